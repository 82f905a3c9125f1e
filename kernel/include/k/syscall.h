/* SPDX-License-Identifier: Apache-2.0 */
#ifndef K_SYSCALL_H
#define K_SYSCALL_H

#include <k/kernel.h>

#include <keel/signals.h>
#include <keel/syscall_ids.h>

/*
 * Run syscall `id` for the current thread (k_current) with its argument registers
 * as they came: returns the handler's result word (>= 0, -status, or K_PARKED,
 * K_WRITTEN, K_RESTART). Nothing is written to the caller's frame but what the
 * handler itself writes (a restartable one saves its arguments there first). The
 * parameter order leaves a0..a6 where an rv32 ecall put them, the id in a7.
 */
int32_t k_syscall_call(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
		       uintptr_t a5, uintptr_t a6, uint32_t id);

/*
 * The dispatch table (kernel/syscall.c), which rv32's trap.S reads too: id's slot is
 * K_SYSCALL_SLOT(id), and holds id and its handler, or id 0 and the handler that
 * answers INVALID_ARGUMENT.
 */
#define K_SYSCALL_SLOTS 32u
#define K_SYSCALL_HASH 0x078b4000u
#define K_SYSCALL_SLOT(id) (((uint32_t)(id)*K_SYSCALL_HASH) >> 27)

typedef int32_t (*k_syscall_fn)(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3,
				uintptr_t a4, uintptr_t a5, uintptr_t a6);

struct k_syscall_entry {
	uint32_t id;
	k_syscall_fn fn;
};

extern _Alignas(8) const struct k_syscall_entry k_syscall_table[K_SYSCALL_SLOTS];
/* What a hole (and the dispatch, for an id not in its slot) runs: INVALID_ARGUMENT. */
int32_t k_syscall_unknown(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
			  uintptr_t a5, uintptr_t a6);

/*
 * The two result registers of a result word that is a value or a status (r0 in the
 * low half): object_wait reports a failure as (status, KEEL_SIGNAL_ERROR_FLAG), every
 * other call as (-status, 0). One 64-bit value: two registers on both targets.
 */
static inline uint64_t k_syscall_words(int32_t r, uint32_t id)
{
	/* The calls that end in a wait answer an error as object_wait does. */
	if (r < 0 && (id == KEEL_SYS_OBJECT_WAIT || id - KEEL_SYS_CHANNEL_RESPOND_AND_WAIT < 2u))
		return (uint32_t)-r | (uint64_t)KEEL_SIGNAL_ERROR_FLAG << 32;
	return (uint32_t)r;
}

/*
 * How many result registers call id has: the short messages' calls five
 * (arch_frame_set_results), every other two.
 */
static inline unsigned k_syscall_results(uint32_t id)
{
	return id - KEEL_SYS_CHANNEL_TRANSACT_SHORT < 2u ? 5u : 2u;
}

/*
 * The general return's part: write r into t's frame (a value or status), or move
 * its pc back to the trap (K_RESTART); K_PARKED and K_WRITTEN leave it as it is.
 */
void k_syscall_commit(struct k_thread *t, int32_t r, uint32_t id);

/*
 * k_syscall_call with the id and arguments in t's saved frame, then
 * k_syscall_commit. t must be k_current. The host tests call it directly.
 */
void k_syscall(struct k_thread *t);

#endif /* K_SYSCALL_H */
