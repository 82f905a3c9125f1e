// SPDX-License-Identifier: Apache-2.0
/* Channel state machine: every transition and every error row of the syscall table. */
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
#define SEND (sim_ram_a + 2048)
#define RECV (sim_ram_a + 2304)
#define HBUF (sim_ram_b + 2048)

static struct k_object *obj(struct k_process *p, unsigned h)
{
	return p->table[h];
}

/* A synchronous transact of `len` bytes from a's SEND buffer into RECV (cap bytes). */
static int32_t transact(size_t len, size_t cap, uint64_t deadline)
{
	return SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, len, RECV, cap, SIM_LO(deadline),
			SIM_HI(deadline));
}

KT_TEST(channel_initiator_starts_writable_and_handler_without_signals)
{
	sim_reset();
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE);
	KT_EQ(obj(&sim_b, B_IPC)->signals, 0);
}

KT_TEST(channel_transact_parks_initiator_and_makes_handler_readable_writable)
{
	sim_reset();
	KT_EQ(transact(4, 8, UINT64_MAX), K_PARKED);
	KT_EQ(A->state, K_THREAD_WAITING);
	KT_EQ(obj(&sim_a, A_IPC)->signals, 0);
	KT_EQ(obj(&sim_b, B_IPC)->signals, KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE);
}

KT_TEST(channel_read_copies_the_request_from_an_offset)
{
	sim_reset();
	memcpy(SEND, "abcdef", 6);
	transact(6, 8, UINT64_MAX);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, HBUF, 16), 6);
	KT_TRUE(memcmp(HBUF, "abcdef", 6) == 0);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 4, HBUF, 16), 2);
	KT_TRUE(memcmp(HBUF, "ef", 2) == 0);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 1, HBUF, 2), 2);
	KT_TRUE(memcmp(HBUF, "bc", 2) == 0);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 6, HBUF, 16), 0);
}

KT_TEST(channel_read_past_the_request_is_out_of_range)
{
	sim_reset();
	transact(6, 8, UINT64_MAX);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 7, HBUF, 16), ERR(KEEL_OUT_OF_RANGE));
}

KT_TEST(channel_read_without_transaction_is_unavailable)
{
	sim_reset();
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, HBUF, 16), ERR(KEEL_UNAVAILABLE));
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 1), ERR(KEEL_UNAVAILABLE));
}

KT_TEST(channel_respond_wakes_initiator_with_the_response_length)
{
	sim_reset();
	transact(4, 8, UINT64_MAX);
	memcpy(HBUF, "ABCDEFGH", 8);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 8), 0);
	KT_EQ(A->state, K_THREAD_READY);
	KT_EQ(sim_r0(A), 8);
	KT_TRUE(memcmp(RECV, "ABCDEFGH", 8) == 0);
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE);
	KT_EQ(obj(&sim_b, B_IPC)->signals, 0);
	/* Exactly once per transaction. */
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 1), ERR(KEEL_UNAVAILABLE));
}

/*
 * The respond takes the caller off the initiator's waiter list before it raises
 * WRITABLE: another thread of the caller's process waiting for WRITABLE there must
 * still be woken, and both lists left empty.
 */
KT_TEST(channel_respond_wakes_the_caller_and_a_thread_waiting_for_writable)
{
	struct k_thread *worker;

	sim_reset();
	/* The threads are the reset process's: taken only now. */
	worker = &sim_a.info->threads[1];
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 1024), 0);
	transact(4, 8, UINT64_MAX);
	KT_EQ(SIM_CALL(worker, KEEL_SYS_OBJECT_WAIT, A_IPC, KEEL_SIGNAL_WRITABLE,
		       SIM_LO(UINT64_MAX), SIM_HI(UINT64_MAX)),
	      K_PARKED);
	memcpy(HBUF, "ABCDEFGH", 8);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 8), 0);
	KT_EQ(A->state, K_THREAD_READY);
	KT_EQ(sim_r0(A), 8);
	KT_EQ(worker->state, K_THREAD_READY);
	KT_EQ(sim_r1(worker), KEEL_SIGNAL_WRITABLE);
	KT_TRUE(k_list_empty(&obj(&sim_a, A_IPC)->waiters));
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE);
}

KT_TEST(channel_respond_longer_than_receive_buffer_is_out_of_range_and_stays_pending)
{
	sim_reset();
	transact(4, 4, UINT64_MAX);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 5), ERR(KEEL_OUT_OF_RANGE));
	KT_EQ(A->state, K_THREAD_WAITING);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 4), 0);
	KT_EQ(sim_r0(A), 4);
}

KT_TEST(channel_transact_while_one_is_in_flight_is_unavailable)
{
	sim_reset();
	transact(4, 8, UINT64_MAX);
	/* The second thread of the same process tries a second transaction. */
	KT_EQ(SIM_CALL(&sim_a.info->threads[1], KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, 4, RECV, 8,
		       SIM_FOREVER),
	      ERR(KEEL_UNAVAILABLE));
}

KT_TEST(channel_transact_deadline_drops_the_transaction)
{
	sim_reset();
	KT_EQ(transact(4, 8, 1000), K_PARKED);
	/* Nobody else runnable: the clock jumps to the deadline. */
	k_sched_detach(B);
	k_sched_detach(MAIN(sim_c));
	B->state = MAIN(sim_c)->state = K_THREAD_WAITING;
	sim_schedule();
	KT_EQ(host_time, 1000);
	KT_EQ((int32_t)sim_r0(A), ERR(KEEL_DEADLINE_EXCEEDED));
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE);
	KT_EQ(obj(&sim_b, B_IPC)->signals, 0);
	B->state = K_THREAD_RUNNING;
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, HBUF, 4), ERR(KEEL_UNAVAILABLE));
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 4), ERR(KEEL_UNAVAILABLE));
}

KT_TEST(channel_transact_with_past_deadline_fails_at_once)
{
	sim_reset();
	host_time = 50;
	KT_EQ(transact(4, 8, 50), ERR(KEEL_DEADLINE_EXCEEDED));
	KT_EQ(obj(&sim_b, B_IPC)->signals, 0);
}

KT_TEST(channel_async_transact_then_complete)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, SEND, 4, RECV, 8), 0);
	KT_EQ(A->state, K_THREAD_RUNNING);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, SEND, 4, RECV, 8),
	      ERR(KEEL_UNAVAILABLE));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, A_IPC), ERR(KEEL_UNAVAILABLE));
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 3), 0);
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_READABLE);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, A_IPC), 3);
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE);
}

KT_TEST(channel_async_cancel_drops_the_transaction_and_a_new_one_works)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_CANCEL, A_IPC), ERR(KEEL_UNAVAILABLE));
	SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, SEND, 4, RECV, 8);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_CANCEL, A_IPC), 0);
	KT_EQ(obj(&sim_b, B_IPC)->signals, 0);
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 1), ERR(KEEL_UNAVAILABLE));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, A_IPC), ERR(KEEL_UNAVAILABLE));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, SEND, 4, RECV, 8), 0);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 2), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, A_IPC), 2);
}

KT_TEST(channel_cancel_of_a_responded_transaction_returns_to_idle)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, SEND, 4, RECV, 8);
	SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 2);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_CANCEL, A_IPC), 0);
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE);
}

KT_TEST(channel_operations_on_the_wrong_end_are_unimplemented)
{
	sim_reset();
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_TRANSACT, B_IPC, HBUF, 1, HBUF, 1, SIM_FOREVER),
	      ERR(KEEL_UNIMPLEMENTED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_READ, A_IPC, 0, SEND, 1), ERR(KEEL_UNIMPLEMENTED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_RESPOND, A_IPC, SEND, 1), ERR(KEEL_UNIMPLEMENTED));
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_ASYNC_CANCEL, B_IPC), ERR(KEEL_UNIMPLEMENTED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_WG, SEND, 1, RECV, 1, SIM_FOREVER),
	      ERR(KEEL_UNIMPLEMENTED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, A_WG, 1), ERR(KEEL_UNIMPLEMENTED));
}

KT_TEST(channel_user_signal_is_set_on_the_peer_and_survives_transactions)
{
	sim_reset();
	KT_EQ(SIM_CALL(B, KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, B_IPC, 1), 0);
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_USER);
	transact(1, 8, UINT64_MAX);
	SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 1);
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_USER);
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, A_IPC, 1), 0);
	KT_EQ(obj(&sim_b, B_IPC)->signals, KEEL_SIGNAL_USER);
	KT_EQ(SIM_CALL(B, KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, B_IPC, 0), 0);
	KT_EQ(obj(&sim_a, A_IPC)->signals, KEEL_SIGNAL_WRITABLE);
}

KT_TEST(channel_vectored_request_of_four_slices_answered_into_two)
{
	sim_reset();
	struct k_iovec send[4] = {
		{ (uintptr_t)SEND, 1 },
		{ (uintptr_t)SEND + 10, 2 },
		{ (uintptr_t)SEND + 20, 3 },
		{ (uintptr_t)SEND + 30, 4 },
	};
	struct k_iovec recv[2] = { { (uintptr_t)RECV, 3 }, { (uintptr_t)RECV + 100, 7 } };
	memcpy(sim_ram_a + 1100, send, sizeof(send));
	memcpy(sim_ram_a + 1200, recv, sizeof(recv));
	memcpy(SEND, "a", 1);
	memcpy(SEND + 10, "bc", 2);
	memcpy(SEND + 20, "def", 3);
	memcpy(SEND + 30, "ghij", 4);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, sim_ram_a + 1100, -4, sim_ram_a + 1200,
		       -2, SIM_FOREVER),
	      K_PARKED);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, HBUF, 64), 10);
	KT_TRUE(memcmp(HBUF, "abcdefghij", 10) == 0);
	memcpy(HBUF, "0123456789", 10);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 10), 0);
	KT_EQ(sim_r0(A), 10);
	KT_TRUE(memcmp(RECV, "012", 3) == 0);
	KT_TRUE(memcmp(RECV + 100, "3456789", 7) == 0);
}

KT_TEST(channel_buffers_outside_the_callers_memory_are_permission_denied)
{
	static uint8_t kernel_memory[64];

	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, kernel_memory, 4, RECV, 8, SIM_FOREVER),
	      ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, sim_ram_b, 4, RECV, 8, SIM_FOREVER),
	      ERR(KEEL_PERMISSION_DENIED));
	/* Flash is readable but not writable. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, sim_flash_a, 4, sim_flash_a, 8,
		       SIM_FOREVER),
	      ERR(KEEL_PERMISSION_DENIED));
	/* Straddling the end of the RAM region. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, sim_ram_a + SIM_RAM - 2, 4, RECV, 8,
		       SIM_FOREVER),
	      ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(obj(&sim_b, B_IPC)->signals, 0);
}

KT_TEST(buffer_base_plus_length_overflow_is_permission_denied_not_a_wrap)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, (uintptr_t)sim_ram_a + 16, INT32_MAX),
	      ERR(KEEL_PERMISSION_DENIED));
	KT_TRUE(!k_range_ok(&sim_a, UINTPTR_MAX - 3, 8, K_ACCESS_R));
	KT_TRUE(!k_range_ok(&sim_a, (uintptr_t)sim_ram_a, SIZE_MAX, K_ACCESS_R));
}

KT_TEST(buffer_null_with_zero_length_is_accepted)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, 0, 0, 0, 0, SIM_FOREVER), K_PARKED);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, 0, 0), 0);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, 0, 0), 0);
	KT_EQ(sim_r0(A), 0);
}

KT_TEST(buffer_vectors_too_long_or_unreadable_or_pointing_away_are_refused)
{
	static struct k_iovec kernel_vec[2];

	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, sim_ram_a + 1100, -17), ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, sim_ram_a + 1100, INT32_MIN),
	      ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, kernel_vec, -2), ERR(KEEL_PERMISSION_DENIED));
	struct k_iovec away[1] = { { (uintptr_t)sim_ram_b, 4 } };
	memcpy(sim_ram_a + 1100, away, sizeof(away));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, sim_ram_a + 1100, -1), ERR(KEEL_PERMISSION_DENIED));
	struct k_iovec wrap[2] = { { (uintptr_t)SEND, SIZE_MAX }, { (uintptr_t)SEND, 2 } };
	memcpy(sim_ram_a + 1100, wrap, sizeof(wrap));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, sim_ram_a + 1100, -2), ERR(KEEL_PERMISSION_DENIED));
}

KT_TEST(syscall_handle_outside_the_table_is_out_of_range)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_CANCEL, 8), ERR(KEEL_OUT_OF_RANGE));
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_CANCEL, UINTPTR_MAX), ERR(KEEL_OUT_OF_RANGE));
	KT_EQ(SIM_CALL(B, KEEL_SYS_TASK_JOIN, 2), ERR(KEEL_OUT_OF_RANGE));
}

KT_TEST(syscall_unknown_ids_are_invalid_argument)
{
	static const uint32_t ids[] = { 0, 0x12, 0xefff, 0xf000, 0xf007, 0xffffffff, 0x10001 };

	sim_reset();
	for (unsigned i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		KT_EQ(SIM_CALL(A, ids[i], 0), ERR(KEEL_INVALID_ARGUMENT));
}

/* Every call there is. */
static const uint32_t real[] = {
	KEEL_SYS_CHANNEL_ASYNC_CANCEL,
	KEEL_SYS_CHANNEL_ASYNC_TRANSACT,
	KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE,
	KEEL_SYS_CHANNEL_READ,
	KEEL_SYS_CHANNEL_RESPOND,
	KEEL_SYS_CHANNEL_TRANSACT,
	KEEL_SYS_INTERRUPT_ACK,
	KEEL_SYS_OBJECT_WAIT,
	KEEL_SYS_PROCESS_EXIT,
	KEEL_SYS_PROCESS_START,
	KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL,
	KEEL_SYS_TASK_JOIN,
	KEEL_SYS_TASK_TERMINATE,
	KEEL_SYS_THREAD_EXIT,
	KEEL_SYS_THREAD_START,
	KEEL_SYS_WAIT_GROUP_ADD,
	KEEL_SYS_WAIT_GROUP_REMOVE,
	KEEL_SYS_TASK_STATE,
	KEEL_SYS_CHANNEL_RESPOND_AND_WAIT,
	KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE,
	KEEL_SYS_CHANNEL_TRANSACT_SHORT,
	KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT,
	KEEL_SYS_DEBUG_PUTC,
	KEEL_SYS_DEBUG_SHUTDOWN,
	KEEL_SYS_DEBUG_LOG,
	KEEL_SYS_DEBUG_NOP,
	KEEL_SYS_DEBUG_TRIGGER_INTERRUPT,
	KEEL_SYS_DEBUG_CLOCK_NOW,
};

KT_TEST(syscall_table_slots_hold_their_ids)
{
	for (unsigned j = 0; j < sizeof(real) / sizeof(real[0]); j++)
		KT_EQ(k_syscall_table[K_SYSCALL_SLOT(real[j])].id, real[j]);
}

/*
 * Every id that is no call, whatever slot of the dispatch it lands in: every id below
 * 0x20000 and, around each real id, every id one bit or one multiple of 2^k away (the
 * ids a dispatch on low bits, ranges or a hash could confuse with it).
 */
KT_TEST(syscall_every_id_outside_the_table_is_invalid_argument)
{
	unsigned wrong = 0;

	sim_reset();
	for (uint32_t id = 0; id < 0x20000u; id++) {
		bool is_real = false;
		for (unsigned j = 0; j < sizeof(real) / sizeof(real[0]); j++)
			is_real |= real[j] == id;
		if (is_real)
			continue;
		wrong += SIM_CALL(A, id, 0x7fffffff, 0, 0) != ERR(KEEL_INVALID_ARGUMENT);
	}
	for (unsigned j = 0; j < sizeof(real) / sizeof(real[0]); j++) {
		for (unsigned k = 17; k < 32; k++) {
			const uint32_t near[] = { real[j] ^ (1u << k), real[j] + (1u << k),
						  real[j] - (1u << k) };
			for (unsigned n = 0; n < 3; n++)
				wrong += SIM_CALL(A, near[n], 0x7fffffff, 0, 0) !=
					ERR(KEEL_INVALID_ARGUMENT);
		}
	}
	KT_EQ(wrong, 0);
}

KT_TEST(debug_log_prefixes_the_process_name)
{
	sim_reset();
	memcpy(SEND, "hello\n", 6);
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, SEND, 6), 0);
	KT_STREQ(host_console, "[a] hello\n");
}
