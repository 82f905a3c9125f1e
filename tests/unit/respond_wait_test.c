// SPDX-License-Identifier: Apache-2.0
/*
 * Keel's extensions channel_respond_and_wait and channel_respond_and_receive: the
 * respond and the wait as one call, atomically (an argument the wait would refuse
 * leaves the transaction unanswered), and the receive on wake.
 */
#include <string.h>
#include <keel/syscall_ids.h>
#include <k/object.h>
#include <k/sched.h>
#include <arch/host.h>
#include "ktest.h"
#include "sim.h"

#define ERR(s) (-(int32_t)(s))
#define A MAIN(sim_a)
#define B MAIN(sim_b)
#define C MAIN(sim_c)
#define SEND (sim_ram_a + 2048)
#define RECV (sim_ram_a + 2304)
#define VEC (sim_ram_a + 2560)
#define HBUF (sim_ram_b + 2048)
#define HRECV (sim_ram_b + 2304)
#define CRECV (sim_ram_c + 2304)
#define RW_ERROR(s) ((int32_t)(s)) /* object_wait's error form: the status, positive */

static int32_t transact(unsigned h, const char *msg, size_t len)
{
	memcpy(SEND, msg, len);
	return SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, h, SEND, len, RECV, 8, SIM_FOREVER);
}

static int32_t respond_and_wait(size_t len, unsigned wait_h, uint32_t mask, uint64_t deadline)
{
	return SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND_AND_WAIT, B_IPC, HBUF, len, wait_h, mask,
			SIM_LO(deadline), SIM_HI(deadline));
}

static int32_t respond_and_receive(struct k_thread *t, unsigned h, uintptr_t resp, size_t len,
				   uintptr_t recv, size_t cap, uint64_t deadline)
{
	return SIM_CALL(t, KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, h, resp, len, recv, cap,
			SIM_LO(deadline), SIM_HI(deadline));
}

/* B has a request from A pending. */
static void pending_request(void)
{
	sim_reset();
	SIM_CALL(B, KEEL_SYS_OBJECT_WAIT, B_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	KT_EQ(transact(A_IPC, "abcd", 4), K_PARKED);
	KT_EQ(B->state, K_THREAD_READY);
	memcpy(HBUF, "ABCDEFGH", 8);
}

KT_TEST(channel_respond_and_wait_responds_then_parks_until_the_next_request)
{
	pending_request();
	KT_EQ(respond_and_wait(8, B_IPC, KEEL_SIGNAL_READABLE, UINT64_MAX), K_PARKED);
	KT_EQ(A->state, K_THREAD_READY);
	KT_EQ(sim_r0(A), 8u);
	KT_TRUE(memcmp(RECV, "ABCDEFGH", 8) == 0);
	KT_EQ(transact(A_IPC, "efgh", 4), K_PARKED);
	KT_EQ(B->state, K_THREAD_READY);
	KT_EQ(sim_r0(B), 0u);
	KT_EQ(sim_r1(B), KEEL_SIGNAL_READABLE);
}

KT_TEST(channel_respond_and_wait_returns_at_once_when_the_wait_is_satisfied)
{
	pending_request();
	/* The initiator raised USER on the handler's end. */
	KT_EQ(k_channel_set_peer_user(sim_a.table[A_IPC], true), 0);
	KT_EQ(respond_and_wait(8, B_IPC, KEEL_SIGNAL_USER, UINT64_MAX), 0);
	KT_EQ(B->state, K_THREAD_RUNNING);
	KT_EQ(sim_r1(B), KEEL_SIGNAL_USER);
	KT_EQ(sim_r0(A), 8u);
}

KT_TEST(channel_respond_and_wait_with_a_bad_wait_handle_or_mask_does_not_respond)
{
	pending_request();
	KT_EQ(respond_and_wait(8, 9, KEEL_SIGNAL_READABLE, UINT64_MAX),
	      RW_ERROR(KEEL_OUT_OF_RANGE));
	KT_EQ(sim_r1(B), KEEL_SIGNAL_ERROR_FLAG);
	KT_EQ(respond_and_wait(8, B_IPC, 1u << 5, UINT64_MAX), RW_ERROR(KEEL_INVALID_ARGUMENT));
	KT_EQ(A->state, K_THREAD_WAITING);
	KT_EQ(sim_r1(B), KEEL_SIGNAL_ERROR_FLAG);
	/* Still pending: the plain respond answers it. */
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 8), 0);
	KT_EQ(sim_r0(A), 8u);
}

KT_TEST(channel_respond_and_wait_with_a_response_too_long_does_not_wait)
{
	pending_request();
	KT_EQ(respond_and_wait(9, B_IPC, KEEL_SIGNAL_READABLE, UINT64_MAX),
	      RW_ERROR(KEEL_OUT_OF_RANGE));
	KT_EQ(sim_r1(B), KEEL_SIGNAL_ERROR_FLAG);
	KT_EQ(B->state, K_THREAD_RUNNING);
	KT_EQ(A->state, K_THREAD_WAITING);
}

KT_TEST(channel_respond_and_wait_with_a_past_deadline_responds_then_times_out)
{
	pending_request();
	host_time = 100;
	KT_EQ(respond_and_wait(8, B_IPC, KEEL_SIGNAL_READABLE, 50),
	      RW_ERROR(KEEL_DEADLINE_EXCEEDED));
	KT_EQ(sim_r1(B), KEEL_SIGNAL_ERROR_FLAG);
	KT_EQ(sim_r0(A), 8u);
}

KT_TEST(channel_respond_and_wait_on_a_wait_group_returns_the_member)
{
	sim_reset();
	KT_EQ(SIM_CALL(C, KEEL_SYS_WAIT_GROUP_ADD, C_WG, C_IPC, KEEL_SIGNAL_READABLE, 42), 0);
	KT_EQ(SIM_CALL(C, KEEL_SYS_CHANNEL_RESPOND_AND_WAIT, C_IPC, 0, KEEL_NO_RESPONSE, C_WG,
		       KEEL_SIGNAL_READABLE, SIM_FOREVER),
	      K_PARKED);
	KT_EQ(transact(A_IPC2, "wxyz", 4), K_PARKED);
	KT_EQ(C->state, K_THREAD_READY);
	KT_EQ(sim_r0(C), 42u);
	KT_EQ(sim_r1(C), KEEL_SIGNAL_READABLE);
}

KT_TEST(channel_respond_and_receive_copies_the_request_at_the_wake)
{
	sim_reset();
	KT_EQ(respond_and_receive(B, B_IPC, 0, KEEL_NO_RESPONSE, (uintptr_t)HRECV, 16, UINT64_MAX),
	      K_PARKED);
	KT_EQ(transact(A_IPC, "abcd", 4), K_PARKED);
	KT_EQ(B->state, K_THREAD_READY);
	KT_EQ(sim_r0(B), 4u);
	KT_EQ(sim_r1(B), 4u);
	KT_TRUE(memcmp(HRECV, "abcd", 4) == 0);
	/* The next round: respond, and the following request arrives the same way. */
	memcpy(HBUF, "ABCD", 4);
	KT_EQ(respond_and_receive(B, B_IPC, (uintptr_t)HBUF, 4, (uintptr_t)HRECV, 16, UINT64_MAX),
	      K_PARKED);
	KT_EQ(sim_r0(A), 4u);
	KT_TRUE(memcmp(RECV, "ABCD", 4) == 0);
	KT_EQ(transact(A_IPC, "efghij", 6), K_PARKED);
	KT_EQ(sim_r0(B), 6u);
	KT_TRUE(memcmp(HRECV, "efghij", 6) == 0);
}

KT_TEST(channel_respond_and_receive_with_a_request_pending_receives_at_once)
{
	pending_request();
	KT_EQ(respond_and_receive(B, B_IPC, 0, KEEL_NO_RESPONSE, (uintptr_t)HRECV, 16, UINT64_MAX),
	      4);
	KT_EQ(sim_r1(B), 4u);
	KT_TRUE(memcmp(HRECV, "abcd", 4) == 0);
}

KT_TEST(channel_respond_and_receive_of_a_longer_request_copies_what_fits)
{
	sim_reset();
	KT_EQ(respond_and_receive(B, B_IPC, 0, KEEL_NO_RESPONSE, (uintptr_t)HRECV, 3, UINT64_MAX),
	      K_PARKED);
	KT_EQ(transact(A_IPC, "abcdef", 6), K_PARKED);
	KT_EQ(sim_r0(B), 3u);
	KT_EQ(sim_r1(B), 6u);
	KT_TRUE(memcmp(HRECV, "abc", 3) == 0);
	/* The rest is read as usual. */
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 3, HBUF, 16), 3);
	KT_TRUE(memcmp(HBUF, "def", 3) == 0);
}

KT_TEST(channel_respond_and_receive_of_a_vectored_request_copies_each_segment)
{
	sim_reset();
	memcpy(SEND, "abcdef", 6);
	uintptr_t v[4] = { (uintptr_t)SEND, 2, (uintptr_t)SEND + 4, 2 };
	memcpy(VEC, v, sizeof(v));
	KT_EQ(respond_and_receive(B, B_IPC, 0, KEEL_NO_RESPONSE, (uintptr_t)HRECV, 16, UINT64_MAX),
	      K_PARKED);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, VEC, -2, RECV, 8, SIM_FOREVER),
	      K_PARKED);
	KT_EQ(sim_r0(B), 4u);
	KT_EQ(sim_r1(B), 4u);
	KT_TRUE(memcmp(HRECV, "abef", 4) == 0);
}

KT_TEST(channel_respond_and_receive_times_out_at_its_deadline)
{
	sim_reset();
	KT_EQ(respond_and_receive(B, B_IPC, 0, KEEL_NO_RESPONSE, (uintptr_t)HRECV, 16, 500),
	      K_PARKED);
	host_time = 500;
	k_timer_interrupt();
	KT_EQ(B->state, K_THREAD_READY);
	KT_EQ(sim_r0(B), (uint32_t)KEEL_DEADLINE_EXCEEDED);
	KT_EQ(sim_r1(B), KEEL_SIGNAL_ERROR_FLAG);
}

KT_TEST(channel_respond_and_receive_with_a_bad_buffer_does_not_respond)
{
	pending_request();
	/* Another process's RAM: not the handler's to receive into. */
	KT_EQ(respond_and_receive(B, B_IPC, (uintptr_t)HBUF, 8, (uintptr_t)RECV, 16, UINT64_MAX),
	      RW_ERROR(KEEL_PERMISSION_DENIED));
	KT_EQ(sim_r1(B), KEEL_SIGNAL_ERROR_FLAG);
	KT_EQ(A->state, K_THREAD_WAITING);
	/* A handle that is no channel handler. */
	KT_EQ(respond_and_receive(B, B_PROCESS, 0, KEEL_NO_RESPONSE, (uintptr_t)HRECV, 16,
				  UINT64_MAX),
	      RW_ERROR(KEEL_UNIMPLEMENTED));
	KT_EQ(A->state, K_THREAD_WAITING);
}

KT_TEST(channel_respond_and_receive_whose_initiator_dies_before_it_runs_finds_it_gone)
{
	sim_reset();
	KT_EQ(respond_and_receive(B, B_IPC, 0, KEEL_NO_RESPONSE, (uintptr_t)HRECV, 16, UINT64_MAX),
	      K_PARKED);
	KT_EQ(transact(A_IPC, "abcd", 4), K_PARKED);
	k_process_terminate(&sim_a, KEEL_EXIT_SUCCESS, 0);
	KT_EQ(sim_r0(B), 4u);
	KT_TRUE(memcmp(HRECV, "abcd", 4) == 0);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 4), ERR(KEEL_UNAVAILABLE));
}
