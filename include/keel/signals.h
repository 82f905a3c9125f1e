/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief Object signals: a 32-bit, level-triggered mask that sys_object_wait() waits on.
 */
#ifndef KEEL_SIGNALS_H
#define KEEL_SIGNALS_H

/** A channel handler has a request; an async initiator has its response. */
#define KEEL_SIGNAL_READABLE (1u << 0)
/** A channel initiator can start a transaction. */
#define KEEL_SIGNAL_WRITABLE (1u << 1)
/** The object is in error (e.g. its peer is gone). */
#define KEEL_SIGNAL_ERROR (1u << 2)
/** A thread or process has ended and can be joined. */
#define KEEL_SIGNAL_JOINABLE (1u << 3)
/** Raised and lowered by the channel's peer (sys_object_set_peer_user_signal()). */
#define KEEL_SIGNAL_USER (1u << 15)
/** INTERRUPT_A..INTERRUPT_O: one bit per IRQ of an interrupt object, in config order. */
#define KEEL_SIGNAL_INTERRUPT(n) (1u << (16 + (n)))
/** Every INTERRUPT bit. */
#define KEEL_SIGNAL_INTERRUPT_ALL (0x7fffu << 16)
/** Set in object_wait's second result word when the first holds an error status. */
#define KEEL_SIGNAL_ERROR_FLAG (1u << 31)

/** Every bit a wait mask may name; bits 4..14 and 31 are INVALID_ARGUMENT. */
#define KEEL_SIGNAL_VALID_MASK                                                                    \
	(KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_ERROR | KEEL_SIGNAL_JOINABLE | \
	 KEEL_SIGNAL_USER | KEEL_SIGNAL_INTERRUPT_ALL)

#endif /* KEEL_SIGNALS_H */
