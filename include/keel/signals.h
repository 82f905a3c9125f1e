/* SPDX-License-Identifier: Apache-2.0 */
/* Object signals: a 32-bit level-triggered mask. */
#ifndef KEEL_SIGNALS_H
#define KEEL_SIGNALS_H

#define KEEL_SIGNAL_READABLE (1u << 0)
#define KEEL_SIGNAL_WRITABLE (1u << 1)
#define KEEL_SIGNAL_ERROR (1u << 2)
#define KEEL_SIGNAL_JOINABLE (1u << 3)
#define KEEL_SIGNAL_USER (1u << 15)
/* INTERRUPT_A..INTERRUPT_O: one bit per IRQ of an interrupt object, in config order. */
#define KEEL_SIGNAL_INTERRUPT(n) (1u << (16 + (n)))
#define KEEL_SIGNAL_INTERRUPT_ALL (0x7fffu << 16)
/* Set in object_wait's second result word when the first holds an error status. */
#define KEEL_SIGNAL_ERROR_FLAG (1u << 31)

/* Every bit a wait mask may name; bits 4..14 and 31 are INVALID_ARGUMENT. */
#define KEEL_SIGNAL_VALID_MASK                                                                    \
	(KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_ERROR | KEEL_SIGNAL_JOINABLE | \
	 KEEL_SIGNAL_USER | KEEL_SIGNAL_INTERRUPT_ALL)

#endif /* KEEL_SIGNALS_H */
