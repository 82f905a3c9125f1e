// SPDX-License-Identifier: Apache-2.0
/*
 * Bounded syscalls: a call that copies or prints more than one kernel entry may do is
 * restarted (the thread executes its trap again) until done, and the caller sees one
 * call. sim_call re-issues a restarted call at once; step() issues one entry only,
 * so a test can act between the parts.
 */
#include <string.h>
#include <keel/syscall_ids.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/syscall.h>
#include <k/uaccess.h>
#include <arch/host.h>
#include "ktest.h"
#include "sim.h"

#define ERR(s) (-(int32_t)(s))
#define A MAIN(sim_a)
#define B MAIN(sim_b)
#define BIG 1000 /* not a multiple of either chunk */
#define ABUF (sim_ram_a + 1536)
#define ABUF2 (sim_ram_a + 2560)
#define BBUF (sim_ram_b + 1536)

/*
 * Entries a call of `bytes` (plain buffers) takes: `first` bytes in the first entry
 * (its checks had their share), `next` in each after.
 */
#define ENTRIES(bytes, first, next) \
	((bytes) <= (first) ? 1 : 1 + ((bytes) - (first) + (next)-1) / (next))
#define COPY_ENTRIES(bytes) ENTRIES(bytes, K_COPY_BUDGET / 2, K_COPY_BUDGET)

static void fill(uint8_t *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (uint8_t)(i * 13u + seed);
}

/* One kernel entry of a call from t; true if it restarted (result not written). */
static bool step(struct k_thread *t, uint32_t id, uintptr_t a0, uintptr_t a1, uintptr_t a2,
		 uintptr_t a3)
{
	uintptr_t args[8] = { a0, a1, a2, a3 };
	unsigned before = t->frame.restarts;

	sim_run(t);
	t->frame.id = id;
	memcpy(t->frame.arg, args, sizeof(args));
	t->frame.result[0] = 0xdeadbeef;
	k_syscall(t);
	return t->frame.restarts != before;
}

KT_TEST(bounded_channel_read_of_a_large_request_returns_all_of_it_over_several_entries)
{
	sim_reset();
	fill(ABUF, BIG, 1);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, ABUF, BIG, ABUF2, BIG, SIM_FOREVER),
	      K_PARKED);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, BBUF, 2000), BIG);
	KT_EQ(B->frame.restarts, COPY_ENTRIES(BIG) - 1);
	KT_TRUE(memcmp(BBUF, ABUF, BIG) == 0);
	/* From an offset, into a buffer shorter than the rest: the smaller of the two. */
	memset(BBUF, 0, BIG);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 100, BBUF, 600), 600);
	KT_TRUE(memcmp(BBUF, ABUF + 100, 600) == 0);
	KT_EQ(B->frame.restarts, COPY_ENTRIES(600) - 1);
}

KT_TEST(bounded_channel_respond_of_a_large_response_wakes_the_caller_once_with_all_of_it)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, ABUF, 4, ABUF2, BIG, SIM_FOREVER),
	      K_PARKED);
	fill(BBUF, BIG, 2);
	KT_TRUE(step(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, (uintptr_t)BBUF, BIG, 0));
	/* Part done: still pending, the caller still parked, the handler still signalled. */
	KT_EQ(A->state, K_THREAD_WAITING);
	KT_EQ(sim_a.table[A_IPC]->signals, 0);
	KT_EQ(sim_b.table[B_IPC]->signals, KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE);
	unsigned entries = 1;
	while (step(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, (uintptr_t)BBUF, BIG, 0))
		entries++;
	KT_EQ(entries + 1, COPY_ENTRIES(BIG));
	KT_EQ(B->frame.result[0], 0);
	KT_EQ(A->state, K_THREAD_READY);
	KT_EQ(sim_r0(A), BIG);
	KT_TRUE(memcmp(ABUF2, BBUF, BIG) == 0);
	KT_EQ(sim_b.table[B_IPC]->signals, 0);
}

/* Vectors of one-byte and empty segments: every entry still gets somewhere. */
KT_TEST(bounded_copies_of_small_and_empty_segments_complete)
{
	struct k_iovec *send = (struct k_iovec *)(void *)(sim_ram_a + 3072);
	struct k_iovec *recv = (struct k_iovec *)(void *)(sim_ram_b + 3072);

	sim_reset();
	fill(ABUF, 16, 4);
	for (unsigned i = 0; i < K_MAX_VECTOR; i++) {
		send[i] = (struct k_iovec){ (uintptr_t)(ABUF + i), i % 2 ? 1u : 0u };
		recv[i] = (struct k_iovec){ (uintptr_t)(BBUF + i), i < 8 ? 0u : 1u };
	}
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, send, -K_MAX_VECTOR, ABUF2, 8,
		       SIM_FOREVER),
	      K_PARKED);
	/* 8 one-byte request segments into 8 one-byte buffer segments. */
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, recv, -K_MAX_VECTOR), 8);
	for (unsigned i = 0; i < 8; i++)
		KT_EQ(BBUF[8 + i], ABUF[2 * i + 1]);
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, send, -K_MAX_VECTOR), 0);
	/* "[a] " and the 8 bytes, of which one (0x11) the console writes as \x11. */
	KT_EQ(host_console_len, 4 + 8 + 3);
	KT_TRUE(!strncmp(host_console, "[a] \\x11+E_y", 12));
}

KT_TEST(bounded_respond_whose_transaction_was_replaced_between_entries_is_unavailable)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, ABUF, 4, ABUF2, BIG), 0);
	fill(BBUF, BIG, 3);
	KT_TRUE(step(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, (uintptr_t)BBUF, BIG, 0));
	/* The initiator gives up and asks again: the old response must not complete it. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_CANCEL, A_IPC), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, ABUF, 4, ABUF2, 8), 0);
	KT_TRUE(!step(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, (uintptr_t)BBUF, BIG, 0));
	KT_EQ(B->frame.result[0], (uint32_t)ERR(KEEL_UNAVAILABLE));
	KT_EQ(sim_b.table[B_IPC]->signals, KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, A_IPC), ERR(KEEL_UNAVAILABLE));
	/* The new transaction is answered normally. */
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, BBUF, 8), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, A_IPC), 8);
}

KT_TEST(bounded_read_whose_transaction_ended_between_entries_is_unavailable)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, ABUF, BIG, ABUF2, 8), 0);
	KT_TRUE(step(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, (uintptr_t)BBUF, BIG));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_CANCEL, A_IPC), 0);
	KT_TRUE(!step(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, (uintptr_t)BBUF, BIG));
	KT_EQ(B->frame.result[0], (uint32_t)ERR(KEEL_UNAVAILABLE));
}

KT_TEST(bounded_debug_log_of_a_long_message_prints_it_whole_with_one_prefix)
{
	static char want[BIG + 8];

	sim_reset();
	memset(ABUF, 'x', BIG);
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, ABUF, BIG), 0);
	KT_EQ(A->frame.restarts,
	      ENTRIES(BIG, K_LOG_BUDGET - K_SEGMENT_COST, K_LOG_BUDGET - K_SEGMENT_COST) - 1);
	memcpy(want, "[a] ", 4);
	memset(want + 4, 'x', BIG);
	want[BIG + 4] = '\0';
	KT_STREQ(host_console, want);
}

KT_TEST(bounded_call_of_a_thread_restarted_meanwhile_starts_afresh)
{
	sim_reset();
	memset(ABUF, 'y', BIG);
	KT_TRUE(step(A, KEEL_SYS_DEBUG_LOG, (uintptr_t)ABUF, BIG, 0, 0));
	/* The process dies between two entries and is started again. */
	k_process_terminate(&sim_a, KEEL_EXIT_TERMINATED_BY_KERNEL, 0);
	sim_run(MAIN(sim_c));
	KT_TRUE(A->state != K_THREAD_RUNNING);
	sim_a.state = K_PROCESS_STOPPED;
	k_process_start(&sim_a);
	host_console_clear();
	memcpy(ABUF, "hi", 2);
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, ABUF, 2), 0);
	KT_STREQ(host_console, "[a] hi");
}

KT_TEST(bounded_process_start_clears_a_large_slice_over_several_entries)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_B), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_JOIN, A_B), KEEL_EXIT_TERMINATED_BY_SYSCALL);
	memset(sim_ram_b, 0x5a, SIM_RAM);
	KT_TRUE(step(A, KEEL_SYS_PROCESS_START, A_B, 0, 0, 0));
	/* Part done: neither stopped nor running, and no thread of it runs. */
	KT_EQ(sim_b.state, K_PROCESS_STARTING);
	KT_EQ(B->state, K_THREAD_STOPPED);
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_JOIN, A_B), ERR(KEEL_UNAVAILABLE));
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_B), ERR(KEEL_FAILED_PRECONDITION));
	/* Any process_start carries it on (its first caller may have died meanwhile). */
	KT_EQ(SIM_CALL(A, KEEL_SYS_PROCESS_START, A_B), 0);
	/* The first entry was step()'s; the last one finishes without restarting. */
	KT_EQ(A->frame.restarts, SIM_RAM / K_START_CHUNK - 2);
	KT_EQ(sim_b.state, K_PROCESS_RUNNING);
	KT_EQ(B->state, K_THREAD_READY);
	for (size_t i = 0; i < SIM_RAM; i++)
		if (sim_ram_b[i] != SIM_FRESH(i))
			KT_EQ(i, SIM_RAM);
	KT_EQ(SIM_CALL(A, KEEL_SYS_PROCESS_START, A_B), ERR(KEEL_ALREADY_EXISTS));
}
