// SPDX-License-Identifier: Apache-2.0
/*
 * Short register messages (channel_transact_short, channel_respond_and_receive_short):
 * each end with the short call and with the ordinary calls, and each scenario twice,
 * with the fast paths and without (k_handoff_enabled), which must give the same
 * threads, the same five result words and the same signals.
 */
#include <string.h>
#include <keel/syscall_ids.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/uaccess.h>
#include <arch/host.h>
#include "ktest.h"
#include "sim.h"

#define ERR(s) (-(int32_t)(s))
#define A MAIN(sim_a)
#define B MAIN(sim_b)
#define C MAIN(sim_c)
#define SEND (sim_ram_a + 2048)
#define RECV (sim_ram_a + 2304)
#define HBUF (sim_ram_b + 2048)
#define VEC (sim_ram_b + 2560)
#define TAG KEEL_SHORT_TAG
#define WORKER (&sim_a.info->threads[1])

/* a's second thread, started (ready) beside its main one. */
static void start_worker(void)
{
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 1024), 0);
}

/* Little-endian words of a string, as a process would load them from memory. */
static uint32_t w(const char *s)
{
	unsigned char b[4] = { 0 };
	uint32_t v = 0;

	/* Up to the NUL: a shorter string's bytes past it read as zero. */
	strncpy((char *)b, s, sizeof(b));
	for (unsigned i = 0; i < 4; i++)
		v |= (uint32_t)b[i] << 8 * i;
	return v;
}

static int32_t call_short(uint32_t tag, uint32_t w0, uint32_t w1, uint32_t w2, uint32_t w3,
			  uint64_t deadline)
{
	return SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT_SHORT, tag, w0, w1, w2, w3, SIM_LO(deadline),
			SIM_HI(deadline));
}

static int32_t serve_short(struct k_thread *t, uint32_t tag, uint32_t w0, uint32_t w1, uint32_t w2,
			   uint32_t w3, uint64_t deadline)
{
	return SIM_CALL(t, KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT, tag, w0, w1, w2, w3,
			SIM_LO(deadline), SIM_HI(deadline));
}

/* The five result words t holds. */
static void results(const struct k_thread *t, uint32_t r[5])
{
	for (unsigned i = 0; i < 5; i++)
		r[i] = t->frame.result[i];
}

#define KT_RESULTS(t, a, b, c, d, e)         \
	do {                                 \
		uint32_t r_[5];              \
		results((t), r_);            \
		KT_EQ(r_[0], (uint32_t)(a)); \
		KT_EQ(r_[1], (uint32_t)(b)); \
		KT_EQ(r_[2], (uint32_t)(c)); \
		KT_EQ(r_[3], (uint32_t)(d)); \
		KT_EQ(r_[4], (uint32_t)(e)); \
	} while (0)

struct record {
	uint32_t v[128];
	unsigned n;
};

static void note(struct record *r, uint32_t v)
{
	if (r->n < 128)
		r->v[r->n++] = v;
}

static uint32_t thread_id(const struct k_thread *t)
{
	return t == A ? 1 : t == B ? 2 : t == C ? 3 : t ? 4 : 0;
}

/* After a step: the thread the scheduler picks, every thread's state and results. */
static void observe(struct record *r)
{
	const struct k_thread *all[] = { A, B, C };

	note(r, thread_id(sim_schedule()));
	for (unsigned i = 0; i < 3; i++) {
		note(r, all[i]->state);
		for (unsigned j = 0; j < 5; j++)
			note(r, all[i]->frame.result[j]);
	}
	note(r, sim_a.table[A_IPC]->signals);
	note(r, sim_b.table[B_IPC]->signals);
	note(r, (uint32_t)host_timer);
}

typedef void scenario_fn(struct record *r);

static unsigned fast_taken;

/* s with the fast paths and without; true when both saw the same. */
static bool same_both_ways(scenario_fn *s)
{
	struct record fast = { { 0 }, 0 }, general = { { 0 }, 0 };
	unsigned before = k_fast_taken;

	k_handoff_enabled = true;
	s(&fast);
	fast_taken = k_fast_taken - before;
	k_handoff_enabled = false;
	s(&general);
	k_handoff_enabled = true;
	return fast.n == general.n && memcmp(fast.v, general.v, sizeof(fast.v)) == 0;
}

/* B waits in the short receive, A calls with 6 bytes, B answers 5 and waits again. */
static void short_both_ends(struct record *r)
{
	sim_reset();
	/* Nothing else ready, so that the hand-off is open. */
	SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_EQ(call_short(TAG(A_IPC, 6), w("abcd"), w("efgh"), 0x11111111, 0x22222222, UINT64_MAX),
	      K_PARKED);
	observe(r);
	KT_RESULTS(B, 6, w("abcd"), w("ef"), 0, 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 5), w("ABCD"), w("EFGH"), 7, 8, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 5, w("ABCD"), w("E"), 0, 0);
	KT_EQ(B->state, K_THREAD_WAITING);
	/* The next round, 16 bytes each way. */
	KT_EQ(call_short(TAG(A_IPC, 16), 1, 2, 3, 4, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(B, 16, 1, 2, 3, 4);
	KT_EQ(serve_short(B, TAG(B_IPC, 16), 5, 6, 7, 8, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 16, 5, 6, 7, 8);
}

KT_TEST(short_transact_and_short_receive_carry_the_words_both_ways)
{
	KT_TRUE(same_both_ways(short_both_ends));
	/* Both steps of both rounds took their short form. */
	KT_EQ(fast_taken, 4u);
}

/* An ordinary handler (object_wait, channel_read, channel_respond) serves a short call. */
static void ordinary_handler(struct record *r)
{
	sim_reset();
	SIM_CALL(B, KEEL_SYS_OBJECT_WAIT, B_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	KT_EQ(call_short(TAG(A_IPC, 10), w("abcd"), w("efgh"), w("ijkl"), 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_EQ(sim_r1(B), KEEL_SIGNAL_READABLE);
	memset(HBUF, 0, 32);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, HBUF, 32), 10);
	KT_EQ(memcmp(HBUF, "abcdefghij", 10), 0);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 3, HBUF + 1, 5), 5);
	KT_EQ(memcmp(HBUF + 1, "defgh", 5), 0);
	/* A vector of two pieces. */
	struct k_iovec v[2] = { { (uintptr_t)HBUF + 64, 3 }, { (uintptr_t)HBUF + 96, 16 } };
	memcpy(VEC, v, sizeof(v));
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 1, VEC, -2), 9);
	KT_EQ(memcmp(HBUF + 64, "bcd", 3), 0);
	KT_EQ(memcmp(HBUF + 96, "efghij", 6), 0);
	/* The short caller's receive buffer is 16 bytes. */
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 17), ERR(KEEL_OUT_OF_RANGE));
	KT_EQ(A->state, K_THREAD_WAITING);
	memcpy(HBUF, "0123456789ABCDEF", 16);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF + 1, 7), 0);
	observe(r);
	KT_RESULTS(A, 7, w("1234"), w("567"), 0, 0);
}

KT_TEST(short_transact_is_served_by_an_ordinary_handler)
{
	KT_TRUE(same_both_ways(ordinary_handler));
}

/*
 * An ordinary handler answers short calls with word-aligned responses, the shape the
 * ordinary respond's and respond_and_receive's own short forms take: the short caller
 * still gets its five words (those forms write two).
 */
static void ordinary_aligned_responses(struct record *r)
{
	sim_reset();
	SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	KT_EQ(SIM_CALL(B, KEEL_SYS_OBJECT_WAIT, B_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER),
	      K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 4), w("ping"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	memcpy(HBUF, "0123456789ABCDEF", 16);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 12), 0);
	observe(r);
	KT_RESULTS(A, 12, w("0123"), w("4567"), w("89AB"), 0);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, B_IPC, 0, KEEL_NO_RESPONSE,
		       HBUF + 32, 16, SIM_FOREVER),
	      K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 16), 1, 2, 3, 4, UINT64_MAX), K_PARKED);
	observe(r);
	KT_EQ(sim_r0(B), 16u);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, B_IPC, HBUF, 16, HBUF + 32, 16,
		       SIM_FOREVER),
	      K_PARKED);
	observe(r);
	KT_RESULTS(A, 16, w("0123"), w("4567"), w("89AB"), w("CDEF"));
}

KT_TEST(short_caller_gets_every_word_of_an_aligned_ordinary_response)
{
	KT_TRUE(same_both_ways(ordinary_aligned_responses));
}

/* respond_and_receive (the ordinary one) serves a short call, with a vector response. */
static void ordinary_respond_and_receive(struct record *r)
{
	sim_reset();
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, B_IPC, 0, KEEL_NO_RESPONSE, HBUF,
		       16, SIM_FOREVER),
	      K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 4), w("ping"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_EQ(sim_r0(B), 4u);
	KT_EQ(memcmp(HBUF, "ping", 4), 0);
	struct k_iovec v[3] = { { (uintptr_t)HBUF + 64, 1 },
				{ (uintptr_t)HBUF + 96, 0 },
				{ (uintptr_t)HBUF + 128, 4 } };
	memcpy(HBUF + 64, "p", 1);
	memcpy(HBUF + 128, "ong!", 4);
	memcpy(VEC, v, sizeof(v));
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, B_IPC, VEC, -3, HBUF, 16,
		       SIM_FOREVER),
	      K_PARKED);
	observe(r);
	KT_RESULTS(A, 5, w("pong"), w("!"), 0, 0);
}

KT_TEST(short_transact_is_served_by_respond_and_receive_with_a_vector_response)
{
	KT_TRUE(same_both_ways(ordinary_respond_and_receive));
}

/* A short handler serves an ordinary transact of 20 bytes into an 8-byte buffer. */
static void short_handler_ordinary_caller(struct record *r)
{
	sim_reset();
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	memcpy(SEND, "abcdefghijklmnopqrst", 20);
	memset(RECV, 0, 16);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, 20, RECV, 8, SIM_FOREVER),
	      K_PARKED);
	observe(r);
	KT_RESULTS(B, 20, w("abcd"), w("efgh"), w("ijkl"), w("mnop"));
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 16, HBUF, 16), 4);
	KT_EQ(memcmp(HBUF, "qrst", 4), 0);
	/* Longer than the initiator's buffer: nothing is done. */
	KT_EQ(serve_short(B, TAG(B_IPC, 9), 1, 2, 3, 4, UINT64_MAX), ERR(KEEL_OUT_OF_RANGE));
	KT_EQ(A->state, K_THREAD_WAITING);
	KT_EQ(serve_short(B, TAG(B_IPC, 7), w("ABCD"), w("EFGH"), 3, 4, UINT64_MAX), K_PARKED);
	observe(r);
	KT_EQ(sim_r0(A), 7u);
	KT_EQ(memcmp(RECV, "ABCDEFG\0", 8), 0);
}

KT_TEST(short_handler_serves_an_ordinary_transact_and_the_rest_is_read)
{
	KT_TRUE(same_both_ways(short_handler_ordinary_caller));
}

/* The ordinary caller's request is a vector, and so is its receive buffer. */
static void short_handler_vector_caller(struct record *r)
{
	sim_reset();
	struct k_iovec sv[2] = { { (uintptr_t)SEND, 3 }, { (uintptr_t)SEND + 101, 3 } };
	struct k_iovec rv[2] = { { (uintptr_t)RECV, 1 }, { (uintptr_t)RECV + 33, 8 } };
	memcpy(SEND, "abc", 3);
	memcpy(SEND + 101, "def", 3);
	memcpy(SEND + 128, sv, sizeof(sv));
	memcpy(SEND + 160, rv, sizeof(rv));
	memset(RECV, 0, 64);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND + 128, -2, SEND + 160, -2,
		       SIM_FOREVER),
	      K_PARKED);
	/* The request is pending already: received at once. */
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), 6);
	observe(r);
	KT_RESULTS(B, 6, w("abcd"), w("ef"), 0, 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 5), w("ABCD"), w("E"), 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_EQ(sim_r0(A), 5u);
	KT_EQ(memcmp(RECV, "A", 1), 0);
	KT_EQ(memcmp(RECV + 33, "BCDE", 4), 0);
}

KT_TEST(short_handler_serves_vector_buffers)
{
	KT_TRUE(same_both_ways(short_handler_vector_caller));
}

KT_TEST(short_calls_refuse_a_bad_tag_and_do_nothing)
{
	sim_reset();
	KT_EQ(call_short(TAG(A_IPC, 17), 0, 0, 0, 0, UINT64_MAX), ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(call_short(TAG(A_IPC, 4) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX),
	      ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(call_short(TAG(A_IPC, 0x100), 0, 0, 0, 0, UINT64_MAX), ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(sim_a.table[A_IPC]->signals, KEEL_SIGNAL_WRITABLE);
	KT_EQ(call_short(TAG(A_INT, 4), 0, 0, 0, 0, UINT64_MAX), ERR(KEEL_UNIMPLEMENTED));
	KT_EQ(call_short(TAG(99, 4), 0, 0, 0, 0, UINT64_MAX), ERR(KEEL_OUT_OF_RANGE));
	KT_EQ(serve_short(B, TAG(B_IPC, 17), 0, 0, 0, 0, UINT64_MAX), ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(serve_short(B, TAG(B_IPC, 1) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX),
	      ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(serve_short(B, TAG(B_PROCESS, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX),
	      ERR(KEEL_UNIMPLEMENTED));
	/* A response with no transaction pending. */
	KT_EQ(serve_short(B, TAG(B_IPC, 4), 0, 0, 0, 0, UINT64_MAX), ERR(KEEL_UNAVAILABLE));
	KT_EQ(B->state, K_THREAD_RUNNING);
}

KT_TEST(short_transact_on_a_busy_channel_is_unavailable_and_keeps_the_request)
{
	sim_reset();
	start_worker();
	KT_EQ(call_short(TAG(A_IPC, 4), w("firs"), 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_EQ(SIM_CALL(WORKER, KEEL_SYS_CHANNEL_TRANSACT_SHORT, TAG(A_IPC, 4), w("seco"), 0, 0, 0,
		       SIM_FOREVER),
	      ERR(KEEL_UNAVAILABLE));
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_READ, B_IPC, 0, HBUF, 16), 4);
	KT_EQ(memcmp(HBUF, "firs", 4), 0);
	/* Another thread cancels it: CANCELLED. */
	KT_EQ(SIM_CALL(WORKER, KEEL_SYS_CHANNEL_ASYNC_CANCEL, A_IPC), 0);
	KT_EQ(sim_r0(A), (uint32_t)ERR(KEEL_CANCELLED));
}

static void deadlines(struct record *r)
{
	sim_reset();
	host_time = 100;
	/* Already past: nothing is sent. */
	KT_EQ(call_short(TAG(A_IPC, 4), 1, 0, 0, 0, 50), ERR(KEEL_DEADLINE_EXCEEDED));
	KT_EQ(sim_b.table[B_IPC]->signals, 0);
	/* Reached while parked, on both ends. */
	KT_EQ(call_short(TAG(A_IPC, 4), 1, 0, 0, 0, 200), K_PARKED);
	observe(r);
	host_time = 200;
	k_timer_interrupt();
	observe(r);
	KT_EQ(sim_r0(A), (uint32_t)ERR(KEEL_DEADLINE_EXCEEDED));
	KT_EQ(sim_b.table[B_IPC]->signals, 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, 300), K_PARKED);
	host_time = 300;
	k_timer_interrupt();
	observe(r);
	KT_EQ(sim_r0(B), (uint32_t)ERR(KEEL_DEADLINE_EXCEEDED));
	/* The handler's past deadline fails after its response is delivered. */
	KT_EQ(call_short(TAG(A_IPC, 4), 1, 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_EQ(serve_short(B, TAG(B_IPC, 4), w("done"), 0, 0, 0, 10), ERR(KEEL_DEADLINE_EXCEEDED));
	observe(r);
	KT_RESULTS(A, 4, w("done"), 0, 0, 0);
}

KT_TEST(short_calls_take_deadlines_as_the_ordinary_ones)
{
	KT_TRUE(same_both_ways(deadlines));
}

KT_TEST(short_transact_gets_unavailable_when_the_handler_process_is_joined)
{
	sim_reset();
	start_worker();
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 4), 1, 0, 0, 0, UINT64_MAX), K_PARKED);
	sim_schedule();
	k_process_terminate(&sim_b, KEEL_EXIT_SUCCESS, 0);
	KT_EQ(A->state, K_THREAD_WAITING);
	KT_EQ(SIM_CALL(WORKER, KEEL_SYS_TASK_JOIN, A_B), KEEL_EXIT_SUCCESS);
	KT_EQ(sim_r0(A), (uint32_t)ERR(KEEL_UNAVAILABLE));
	/* Restarted, the handler serves the next call. */
	KT_EQ(SIM_CALL(WORKER, KEEL_SYS_PROCESS_START, A_B), 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 4), w("agai"), 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_RESULTS(B, 4, w("agai"), 0, 0, 0);
}

KT_TEST(short_transact_of_a_terminated_initiator_is_dropped_and_reported_at_the_join)
{
	sim_reset();
	KT_EQ(call_short(TAG(A_IPC, 4), 1, 0, 0, 0, UINT64_MAX), K_PARKED);
	k_process_terminate(&sim_a, KEEL_EXIT_SUCCESS, 0);
	KT_EQ(sim_b.table[B_IPC]->signals, 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 4), 1, 0, 0, 0, UINT64_MAX), ERR(KEEL_UNAVAILABLE));
}

/* C waits on its wait group, whose member is its handler: A's short call wakes it. */
static void group(struct record *r)
{
	sim_reset();
	SIM_CALL(B, KEEL_SYS_OBJECT_WAIT, B_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	KT_EQ(SIM_CALL(C, KEEL_SYS_WAIT_GROUP_ADD, C_WG, C_IPC, KEEL_SIGNAL_READABLE, 42), 0);
	KT_EQ(SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_WG, KEEL_SIGNAL_READABLE, SIM_FOREVER), K_PARKED);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT_SHORT, TAG(A_IPC2, 2), w("hi"), 0, 0, 0,
		       SIM_FOREVER),
	      K_PARKED);
	observe(r);
	KT_EQ(sim_r0(C), 42u);
	KT_EQ(sim_r1(C), KEEL_SIGNAL_READABLE);
	KT_EQ(serve_short(C, TAG(C_IPC, 3), w("yo!"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 3, w("yo!"), 0, 0, 0);
}

KT_TEST(short_transact_wakes_a_handler_through_its_wait_group)
{
	KT_TRUE(same_both_ways(group));
	/* The call to the group's waiter and the reply. */
	KT_EQ(fast_taken, 2u);
}

/*
 * The short call's own path (a short handler parked in its short receive, no deadline)
 * and the handler's reply to it, each beside the cases that leave it for the general
 * form: a finite deadline on either end, another waiter of the initiator, the
 * initiator in a wait group, a higher-priority thread ready, a termination before the
 * answered caller runs.
 */
static void short_receiver_with_a_deadline(struct record *r)
{
	sim_reset();
	host_time = 100;
	SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	/* The handler's own deadline: off the timer queue when the call comes. */
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, 300), K_PARKED);
	observe(r);
	KT_EQ(call_short(TAG(A_IPC, 3), w("abc"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(B, 3, w("abc"), 0, 0, 0);
	/* The caller's finite deadline, and the handler's on its reply. */
	KT_EQ(serve_short(B, TAG(B_IPC, 2), w("ok"), 0, 0, 0, 400), K_PARKED);
	observe(r);
	KT_RESULTS(A, 2, w("ok"), 0, 0, 0);
	KT_EQ(call_short(TAG(A_IPC, 16), 1, 2, 3, 0xffffffff, 500), K_PARKED);
	observe(r);
	KT_RESULTS(B, 16, 1, 2, 3, 0xffffffff);
	KT_EQ(serve_short(B, TAG(B_IPC, 1), 0x12345678, 9, 9, 9, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 1, 0x78, 0, 0, 0);
	/* Nothing comes before the handler's deadline: DEADLINE_EXCEEDED. */
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, 600), K_PARKED);
	host_time = 600;
	k_timer_interrupt();
	observe(r);
	KT_EQ(sim_r0(B), (uint32_t)ERR(KEEL_DEADLINE_EXCEEDED));
}

KT_TEST(short_call_to_a_short_receiver_keeps_both_deadlines)
{
	KT_TRUE(same_both_ways(short_receiver_with_a_deadline));
	/* Both calls; of the replies only the one without a deadline. */
	KT_EQ(fast_taken, 3u);
}

/*
 * A's worker waits on the initiator after the short call began (it is ready at the
 * call, so the call itself takes the general form too).
 */
static void initiator_has_another_waiter(struct record *r)
{
	sim_reset();
	start_worker();
	SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 8), w("wait"), w("ers!"), 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(B, 8, w("wait"), w("ers!"), 0, 0);
	KT_EQ(SIM_CALL(WORKER, KEEL_SYS_OBJECT_WAIT, A_IPC, KEEL_SIGNAL_READABLE | KEEL_SIGNAL_USER,
		       SIM_FOREVER),
	      K_PARKED);
	KT_EQ(serve_short(B, TAG(B_IPC, 4), w("seen"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 4, w("seen"), 0, 0, 0);
	KT_EQ(WORKER->state, K_THREAD_WAITING);
}

KT_TEST(short_reply_with_another_waiter_on_the_initiator_takes_the_general_form)
{
	KT_TRUE(same_both_ways(initiator_has_another_waiter));
	KT_EQ(fast_taken, 0u);
}

/* The initiator is a member of A's wait group. */
static void initiator_in_a_group(struct record *r)
{
	sim_reset();
	SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC, KEEL_SIGNAL_READABLE, 7), 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 4), w("grp?"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(B, 4, w("grp?"), 0, 0, 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 4), w("grp!"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 4, w("grp!"), 0, 0, 0);
	note(r, sim_a.table[A_WG]->signals);
}

KT_TEST(short_calls_of_an_initiator_in_a_wait_group_take_the_general_form)
{
	KT_TRUE(same_both_ways(initiator_in_a_group));
	KT_EQ(fast_taken, 0u);
}

/* C, above both, becomes ready before the call, or only before the reply. */
static void higher_priority_ready(struct record *r)
{
	sim_reset();
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	k_sched_detach(C);
	C->priority = 20;
	k_sched_ready(C);
	KT_EQ(call_short(TAG(A_IPC, 4), w("1st "), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(B, 4, w("1st "), 0, 0, 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 4), w("1st!"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 4, w("1st!"), 0, 0, 0);
	/* C parks until its deadline: the call is the short one, the reply finds C ready. */
	KT_EQ(SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_LO(50),
		       SIM_HI(50)),
	      K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 4), w("2nd "), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(B, 4, w("2nd "), 0, 0, 0);
	host_time = 50;
	k_timer_interrupt();
	KT_EQ(serve_short(B, TAG(B_IPC, 4), w("2nd!"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 4, w("2nd!"), 0, 0, 0);
	KT_EQ(A->state, K_THREAD_READY);
}

KT_TEST(short_calls_let_a_higher_priority_thread_run_first)
{
	KT_TRUE(same_both_ways(higher_priority_ready));
	/* All but the first call (the replies wake A into the run queue). */
	KT_EQ(fast_taken, 3u);
}

/* The answered caller's process ends before it runs; the handler's goes on waiting. */
static void caller_terminated_after_reply(struct record *r)
{
	sim_reset();
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_EQ(SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_LO(50),
		       SIM_HI(50)),
	      K_PARKED);
	KT_EQ(call_short(TAG(A_IPC, 4), w("bye?"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	host_time = 50;
	k_timer_interrupt();
	KT_EQ(serve_short(B, TAG(B_IPC, 4), w("bye!"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	k_process_terminate(&sim_a, KEEL_EXIT_SUCCESS, 0);
	observe(r);
	KT_EQ(B->state, K_THREAD_WAITING);
	KT_EQ(sim_b.table[B_IPC]->signals, 0);
	/* Restarted, it calls again and the handler's short receive takes it. */
	KT_EQ(SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER),
	      K_PARKED);
	k_process_start(&sim_a);
	KT_EQ(call_short(TAG(A_IPC, 4), w("back"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(B, 4, w("back"), 0, 0, 0);
}

KT_TEST(short_reply_to_a_caller_terminated_before_it_runs_leaves_the_handler_waiting)
{
	KT_TRUE(same_both_ways(caller_terminated_after_reply));
}

/* Ordinary and short calls in turn on one channel: each has its own buffers. */
static void calls_in_turn(struct record *r)
{
	sim_reset();
	SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_IPC, KEEL_SIGNAL_READABLE, SIM_FOREVER);
	KT_EQ(serve_short(B, TAG(B_IPC, 0) | KEEL_NO_RESPONSE, 0, 0, 0, 0, UINT64_MAX), K_PARKED);
	memcpy(SEND, "ordinary", 8);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, 8, RECV, 4, SIM_FOREVER),
	      K_PARKED);
	observe(r);
	KT_RESULTS(B, 8, w("ordi"), w("nary"), 0, 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 5), 1, 2, 3, 4, UINT64_MAX), ERR(KEEL_OUT_OF_RANGE));
	KT_EQ(serve_short(B, TAG(B_IPC, 4), w("ok.."), 2, 3, 4, UINT64_MAX), K_PARKED);
	observe(r);
	KT_EQ(memcmp(RECV, "ok..", 4), 0);
	/* The short call after it has 16 bytes each way again. */
	KT_EQ(call_short(TAG(A_IPC, 16), 5, 6, 7, 8, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(B, 16, 5, 6, 7, 8);
	KT_EQ(serve_short(B, TAG(B_IPC, 16), 9, 10, 11, 12, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 16, 9, 10, 11, 12);
	KT_EQ(call_short(TAG(A_IPC, 2), w("ab"), 0, 0, 0, UINT64_MAX), K_PARKED);
	KT_EQ(serve_short(B, TAG(B_IPC, 16), w("abcd"), 10, 11, 12, UINT64_MAX), K_PARKED);
	observe(r);
	KT_RESULTS(A, 16, w("abcd"), 10, 11, 12);
	/* And an ordinary one after those. */
	memcpy(SEND, "again", 5);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, 5, RECV, 2, SIM_FOREVER),
	      K_PARKED);
	observe(r);
	KT_RESULTS(B, 5, w("agai"), w("n"), 0, 0);
	KT_EQ(serve_short(B, TAG(B_IPC, 3), 1, 2, 3, 4, UINT64_MAX), ERR(KEEL_OUT_OF_RANGE));
	KT_EQ(serve_short(B, TAG(B_IPC, 2), w("OK"), 0, 0, 0, UINT64_MAX), K_PARKED);
	observe(r);
	KT_EQ(memcmp(RECV, "OK", 2), 0);
}

KT_TEST(short_and_ordinary_calls_in_turn_keep_their_own_buffers)
{
	KT_TRUE(same_both_ways(calls_in_turn));
}
