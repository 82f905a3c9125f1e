// SPDX-License-Identifier: Apache-2.0
/*
 * The direct hand-off: each scenario runs twice, with the fast path and with every
 * wake going through the run queues, and must give the same threads in the same
 * order, the same result words and the same timer. Each also checks whether the
 * hand-off was taken, so a scenario that means to reach a fall-back does reach it.
 */
#include <string.h>
#include <keel/syscall_ids.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/uaccess.h>
#include <arch/host.h>
#include "ktest.h"
#include "sim.h"

#define A MAIN(sim_a)
#define B MAIN(sim_b)
#define C MAIN(sim_c)
#define WORKER (&sim_a.info->threads[1])
#define SEND (sim_ram_a + 2048)
#define RECV (sim_ram_a + 2304)
#define HBUF (sim_ram_b + 2048)

struct record {
	uint32_t v[64];
	unsigned n;
};

static void note(struct record *r, uint32_t v)
{
	if (r->n < 64)
		r->v[r->n++] = v;
}

static uint32_t thread_id(const struct k_thread *t)
{
	return t == A ? 1 : t == B ? 2 : t == C ? 3 : t == WORKER ? 4 : t ? 5 : 0;
}

/* What a scenario step leaves: the thread chosen, every result word, the timer. */
static void observe(struct record *r, const struct k_thread *picked)
{
	const struct k_thread *all[] = { A, B, C, WORKER };

	note(r, thread_id(picked));
	for (unsigned i = 0; i < 4; i++) {
		note(r, all[i]->state);
		note(r, all[i]->frame.result[0]);
		note(r, all[i]->frame.result[1]);
	}
	note(r, (uint32_t)host_timer);
}

static void schedule(struct record *r)
{
	observe(r, sim_schedule());
}

typedef void scenario_fn(struct record *r);

/* Run s with and without the hand-off; true when both saw the same. */
static bool same_both_ways(scenario_fn *s, struct record *fast)
{
	struct record general = { { 0 }, 0 };

	memset(fast, 0, sizeof(*fast));
	k_handoff_enabled = true;
	s(fast);
	k_handoff_enabled = false;
	s(&general);
	k_handoff_enabled = true;
	return fast->n == general.n && memcmp(fast->v, general.v, sizeof(fast->v)) == 0;
}

static bool took_handoff;
/* The short forms the fast run's step under test took (k_fast_taken's increase). */
static unsigned short_forms;
static unsigned taken_before;

/* Around the step under test: how many short forms it took, in the fast run. */
static void step_begins(void)
{
	taken_before = k_fast_taken;
}

static void step_ends(void)
{
	if (k_handoff_enabled)
		short_forms = k_fast_taken - taken_before;
}

/* Whether the fast run took the hand-off (the general run never does). */
static void handed(bool taken)
{
	if (k_handoff_enabled)
		took_handoff = taken;
}

/*
 * Chosen for the hand-off: waiting in the slot, or already running when the syscall
 * switched to it directly (K_SWITCHED).
 */
static bool chosen(const struct k_thread *t)
{
	return k_sched_handed_off(t) || (k_current == t && t->state == K_THREAD_RUNNING);
}

static void park(struct k_thread *t, unsigned h, uint64_t deadline)
{
	SIM_CALL(t, KEEL_SYS_OBJECT_WAIT, h, KEEL_SIGNAL_READABLE, SIM_LO(deadline),
		 SIM_HI(deadline));
}

static int32_t transact(unsigned h)
{
	return SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, h, SEND, 4, RECV, 8, SIM_FOREVER);
}

/* Everyone but A and B parked: B waits on its handler, A transacts. */
static void plain(struct record *r)
{
	sim_reset();
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(transact(A_IPC), K_PARKED);
	handed(chosen(B));
	schedule(r);
}

KT_TEST(handoff_transact_switches_straight_to_the_waiting_handler)
{
	struct record r;

	KT_TRUE(same_both_ways(plain, &r));
	KT_TRUE(took_handoff);
	KT_EQ(r.v[0], 2u);
}

/* C is ready at B's priority, queued before B woke: C runs first. */
static void equal_ready(struct record *r)
{
	sim_reset();
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(transact(A_IPC), K_PARKED);
	handed(chosen(B));
	schedule(r);
	C->state = K_THREAD_WAITING;
	schedule(r);
}

KT_TEST(handoff_falls_back_when_an_equal_priority_thread_is_ready)
{
	struct record r;

	KT_TRUE(same_both_ways(equal_ready, &r));
	KT_TRUE(!took_handoff);
	KT_EQ(r.v[0], 3u);
}

/* A higher-priority thread is ready: it runs, the handler after it. */
static void higher_ready(struct record *r)
{
	sim_reset();
	park(B, B_IPC, UINT64_MAX);
	k_sched_detach(C);
	C->priority = 20;
	k_sched_ready(C);
	KT_EQ(transact(A_IPC), K_PARKED);
	handed(chosen(B));
	schedule(r);
	park(C, C_IPC, UINT64_MAX);
	schedule(r);
}

KT_TEST(handoff_falls_back_when_a_higher_priority_thread_is_ready)
{
	struct record r;

	KT_TRUE(same_both_ways(higher_ready, &r));
	KT_TRUE(!took_handoff);
	KT_EQ(r.v[0], 3u);
}

/* The handler waits with a deadline: the wake takes it off the timer queue. */
static void with_deadline(struct record *r)
{
	sim_reset();
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, 5000);
	KT_EQ(transact(A_IPC), K_PARKED);
	handed(chosen(B));
	KT_TRUE(!k_list_linked(&B->timer_link));
	schedule(r);
	/* The deadline passing later finds nothing due. */
	host_time = 6000;
	k_timer_interrupt();
	schedule(r);
}

KT_TEST(handoff_of_a_handler_with_a_deadline_cancels_the_deadline)
{
	struct record r;

	KT_TRUE(same_both_ways(with_deadline, &r));
	KT_TRUE(took_handoff);
	KT_EQ(B->state, K_THREAD_RUNNING);
}

/* The handler waits on a wait group holding its channel. */
static void group(struct record *r)
{
	sim_reset();
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(SIM_CALL(C, KEEL_SYS_WAIT_GROUP_ADD, C_WG, C_IPC, KEEL_SIGNAL_READABLE, 77), 0);
	park(C, C_WG, UINT64_MAX);
	KT_EQ(transact(A_IPC2), K_PARKED);
	handed(chosen(C));
	schedule(r);
}

KT_TEST(handoff_to_a_handler_waiting_on_a_wait_group_returns_the_member)
{
	struct record r;

	KT_TRUE(same_both_ways(group, &r));
	KT_TRUE(took_handoff);
	KT_EQ(r.v[0], 3u);
	KT_EQ(sim_r0(C), 77u);
	KT_EQ(sim_r1(C), KEEL_SIGNAL_READABLE);
}

/* The woken handler's process dies in the same kernel entry (a fault, a kill). */
static void terminated(struct record *r)
{
	sim_reset();
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(transact(A_IPC), K_PARKED);
	handed(chosen(B));
	k_process_terminate(&sim_b, KEEL_EXIT_SUCCESS, 9);
	KT_TRUE(!k_sched_handed_off(B));
	schedule(r);
}

KT_TEST(handoff_to_a_thread_terminated_before_it_runs_is_dropped)
{
	struct record r;

	KT_TRUE(same_both_ways(terminated, &r));
	KT_TRUE(took_handoff);
	KT_EQ(r.v[0], 0u);
	KT_EQ(B->state, K_THREAD_TERMINATED);
}

/*
 * The respond wakes the caller while the handler goes on at the same priority: the
 * caller waits for the hand-off across the handler's next call, and the slice timer
 * is armed as for a queued equal.
 */
static void respond_then_wait(struct record *r)
{
	sim_reset();
	k_time_slice = 100;
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(transact(A_IPC), K_PARKED);
	schedule(r);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 8), 0);
	handed(chosen(A));
	schedule(r);
	host_time = 50;
	park(B, B_IPC, UINT64_MAX);
	schedule(r);
	/*
	 * A got the CPU at 50: the slice armed at the respond must not rotate it when it
	 * ends, though an equal is ready by then.
	 */
	k_wake(C, 0, 0);
	host_time = 100;
	k_timer_interrupt();
	schedule(r);
}

KT_TEST(handoff_respond_wakes_the_caller_and_keeps_round_robin)
{
	struct record r;

	KT_TRUE(same_both_ways(respond_then_wait, &r));
	KT_TRUE(took_handoff);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(k_current, A);
}

/* An interrupt wakes a higher-priority waiter: it preempts through the hand-off. */
static void preempt(struct record *r)
{
	sim_reset();
	/* C stays ready: B, preempted, must still run before it. */
	k_sched_detach(A);
	A->priority = 20;
	k_sched_ready(A);
	SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_INT, KEEL_SIGNAL_INTERRUPT(0), SIM_FOREVER);
	sim_run(B);
	k_irq(5);
	handed(chosen(A));
	schedule(r);
	SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_INT, KEEL_SIGNAL_INTERRUPT(1), SIM_FOREVER);
	schedule(r);
}

KT_TEST(handoff_preempts_for_a_higher_priority_waiter_and_the_preempted_goes_first)
{
	struct record r;

	KT_TRUE(same_both_ways(preempt, &r));
	KT_TRUE(took_handoff);
	KT_EQ(r.v[0], 1u);
	KT_EQ(k_current, B);
}

/*
 * Another thread at the slot's priority leaves (its process is killed) while the slot
 * is taken: the slot's thread is still counted ready, so the running equal gets its
 * time slice armed as for a queued one.
 */
static void equal_leaves(struct record *r)
{
	sim_reset();
	k_time_slice = 100;
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, SEND, 4, RECV, 8), 0);
	handed(chosen(B));
	k_process_terminate(&sim_c, KEEL_EXIT_SUCCESS, 0);
	schedule(r);
	KT_EQ(host_timer, 100u);
}

KT_TEST(handoff_thread_stays_ready_when_an_equal_leaves)
{
	struct record r;

	KT_TRUE(same_both_ways(equal_leaves, &r));
	KT_TRUE(took_handoff);
	KT_EQ(r.v[0], 1u);
}

/*
 * The short forms of the IPC calls: each scenario drives one into its common case or
 * into one of its fall-backs, and must end as the general forms end (same_both_ways
 * turns every short form off for the general run).
 */
#define WBUF (sim_ram_b + 2560)
#define VEC_A (sim_ram_a + 3072)

static uint32_t scenario_len;

/* A transact's step: B waits on its handler (or not), A transacts. */
static void transact_step(struct record *r, bool b_waits, uint64_t deadline, intptr_t send_len)
{
	sim_reset();
	park(C, C_IPC, UINT64_MAX);
	if (b_waits)
		park(B, B_IPC, UINT64_MAX);
	memcpy(SEND, "abcd", 4);
	step_begins();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, send_len, RECV, 8,
		       SIM_LO(deadline), SIM_HI(deadline)),
	      K_PARKED);
	step_ends();
	schedule(r);
}

static void transact_plain(struct record *r)
{
	transact_step(r, true, UINT64_MAX, 4);
}

static void transact_deadline(struct record *r)
{
	transact_step(r, true, 1000000, 4);
}

static void transact_not_waiting(struct record *r)
{
	transact_step(r, false, UINT64_MAX, 4);
}

static void transact_vector(struct record *r)
{
	struct k_iovec v[2] = { { (uintptr_t)SEND, 2 }, { (uintptr_t)SEND + 2, 2 } };

	sim_reset();
	memcpy(VEC_A, v, sizeof(v));
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	memcpy(SEND, "abcd", 4);
	step_begins();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, VEC_A, -2, RECV, 8, SIM_FOREVER),
	      K_PARKED);
	step_ends();
	schedule(r);
}

/* A higher-priority thread is ready: the handler is woken but does not run next. */
static void transact_higher_ready(struct record *r)
{
	sim_reset();
	park(B, B_IPC, UINT64_MAX);
	k_sched_detach(C);
	C->priority = 20;
	k_sched_ready(C);
	step_begins();
	KT_EQ(transact(A_IPC), K_PARKED);
	step_ends();
	schedule(r);
}

KT_TEST(fast_transact_runs_a_sole_waiting_handler_at_once)
{
	struct record r;

	KT_TRUE(same_both_ways(transact_plain, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(r.v[0], 2u);
	KT_EQ(sim_r1(B), KEEL_SIGNAL_READABLE);
}

KT_TEST(fast_transact_with_a_deadline_parks_the_caller_on_the_timer)
{
	struct record r;

	KT_TRUE(same_both_ways(transact_deadline, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(r.v[0], 2u);
	KT_TRUE(k_list_linked(&A->timer_link));
	KT_EQ(host_timer, 1000000u);
}

/* The deadline has passed: DEADLINE_EXCEEDED and nothing changes, both ways. */
static void transact_late(struct record *r)
{
	sim_reset();
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	host_time = 2000;
	step_begins();
	note(r,
	     (uint32_t)SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, 4, RECV, 8, SIM_LO(1000),
				SIM_HI(1000)));
	step_ends();
	schedule(r);
}

KT_TEST(fast_transact_falls_back_when_the_deadline_has_passed)
{
	struct record r;

	KT_TRUE(same_both_ways(transact_late, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(r.v[0], (uint32_t) - (int32_t)KEEL_DEADLINE_EXCEEDED);
	KT_EQ(B->state, K_THREAD_WAITING);
}

KT_TEST(fast_transact_falls_back_when_the_handler_is_not_waiting)
{
	struct record r;

	KT_TRUE(same_both_ways(transact_not_waiting, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(B->state, K_THREAD_RUNNING);
}

KT_TEST(fast_transact_falls_back_with_vector_buffers)
{
	struct record r;

	KT_TRUE(same_both_ways(transact_vector, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(r.v[0], 2u);
}

KT_TEST(fast_transact_falls_back_when_a_higher_priority_thread_is_ready)
{
	struct record r;

	KT_TRUE(same_both_ways(transact_higher_ready, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(r.v[0], 3u);
	KT_EQ(B->state, K_THREAD_READY);
}

/* The handler's side: B reads, responds, waits again, with a request pending. */
static void handler_step(struct record *r, uint32_t call, uintptr_t a1, uintptr_t a2, uintptr_t a3,
			 uintptr_t a4, uint64_t deadline)
{
	sim_reset();
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	memcpy(SEND, "abcdefghijklmnopqrstuvwx", 24);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, scenario_len, RECV, 24,
		       SIM_FOREVER),
	      K_PARKED);
	schedule(r);
	memcpy(HBUF, "ABCDEFGHIJKLMNOPQRSTUVWX", 24);
	step_begins();
	int32_t res = call == KEEL_SYS_OBJECT_WAIT
		? SIM_CALL(B, call, a1, KEEL_SIGNAL_USER, SIM_LO(deadline), SIM_HI(deadline))
		: SIM_CALL(B, call, B_IPC, a1, a2, a3, a4, SIM_LO(deadline), SIM_HI(deadline));
	step_ends();
	note(r, (uint32_t)res);
	schedule(r);
	note(r, sim_r0(A));
	note(r, sim_r1(A));
	for (unsigned i = 0; i < 24; i++)
		note(r, RECV[i] | WBUF[i] << 8);
}

static void read_short(struct record *r)
{
	scenario_len = 8;
	handler_step(r, KEEL_SYS_CHANNEL_READ, 0, (uintptr_t)WBUF, 8, 0, UINT64_MAX);
}

static void read_long(struct record *r)
{
	scenario_len = 24;
	handler_step(r, KEEL_SYS_CHANNEL_READ, 0, (uintptr_t)WBUF, 24, 0, UINT64_MAX);
}

static void read_unaligned(struct record *r)
{
	scenario_len = 8;
	handler_step(r, KEEL_SYS_CHANNEL_READ, 1, (uintptr_t)WBUF, 4, 0, UINT64_MAX);
}

static void read_past_the_end(struct record *r)
{
	scenario_len = 8;
	handler_step(r, KEEL_SYS_CHANNEL_READ, 9, (uintptr_t)WBUF, 4, 0, UINT64_MAX);
}

KT_TEST(fast_read_copies_a_short_request)
{
	struct record r;

	KT_TRUE(same_both_ways(read_short, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(memcmp(WBUF, "abcdefgh", 8), 0);
}

KT_TEST(fast_read_falls_back_for_long_unaligned_and_refused_reads)
{
	struct record r;

	KT_TRUE(same_both_ways(read_long, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(memcmp(WBUF, "abcdefghijklmnopqrstuvwx", 24), 0);
	KT_TRUE(same_both_ways(read_unaligned, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(memcmp(WBUF, "bcde", 4), 0);
	KT_TRUE(same_both_ways(read_past_the_end, &r));
	KT_EQ(short_forms, 0u);
}

static void respond_short(struct record *r)
{
	scenario_len = 4;
	handler_step(r, KEEL_SYS_CHANNEL_RESPOND, (uintptr_t)HBUF, 8, 0, 0, UINT64_MAX);
}

static void respond_too_long(struct record *r)
{
	scenario_len = 4;
	handler_step(r, KEEL_SYS_CHANNEL_RESPOND, (uintptr_t)HBUF, 28, 0, 0, UINT64_MAX);
}

static void respond_odd(struct record *r)
{
	scenario_len = 4;
	handler_step(r, KEEL_SYS_CHANNEL_RESPOND, (uintptr_t)HBUF + 1, 5, 0, 0, UINT64_MAX);
}

KT_TEST(fast_respond_delivers_a_short_response_and_wakes_the_caller)
{
	struct record r;

	KT_TRUE(same_both_ways(respond_short, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(memcmp(RECV, "ABCDEFGH", 8), 0);
}

KT_TEST(fast_respond_falls_back_for_refused_and_unaligned_responses)
{
	struct record r;

	KT_TRUE(same_both_ways(respond_too_long, &r));
	KT_EQ(short_forms, 0u);
	KT_TRUE(same_both_ways(respond_odd, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(memcmp(RECV, "BCDEF", 5), 0);
}

static void receive_step(struct record *r, uint64_t deadline, uintptr_t len)
{
	scenario_len = 4;
	handler_step(r, KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, (uintptr_t)HBUF, len, (uintptr_t)WBUF,
		     16, deadline);
	/* Without a response the pending request is received at once. */
	if (len == KEEL_NO_RESPONSE)
		return;
	/* A's next request is received into WBUF by the hand-off. */
	memcpy(SEND, "next", 4);
	step_begins();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, 4, RECV, 8, SIM_FOREVER),
	      K_PARKED);
	step_ends();
	schedule(r);
	note(r, sim_r0(B));
	note(r, sim_r1(B));
}

static void receive_short(struct record *r)
{
	receive_step(r, UINT64_MAX, 8);
}

static void receive_deadline(struct record *r)
{
	receive_step(r, 1000000, 8);
}

static void receive_no_response(struct record *r)
{
	receive_step(r, UINT64_MAX, KEEL_NO_RESPONSE);
}

KT_TEST(fast_respond_and_receive_replies_parks_and_takes_the_next_request)
{
	struct record r;

	KT_TRUE(same_both_ways(receive_short, &r));
	/* The last step: the transact's short form, into the parked receive. */
	KT_EQ(short_forms, 1u);
	KT_EQ(memcmp(WBUF, "next", 4), 0);
	KT_EQ(sim_r0(B), 4u);
	KT_EQ(sim_r1(B), 4u);
}

KT_TEST(fast_respond_and_receive_takes_a_deadline_and_falls_back_without_a_response)
{
	struct record r;

	KT_TRUE(same_both_ways(receive_deadline, &r));
	/* The next transact switches to the receive, which leaves the timer queue. */
	KT_EQ(short_forms, 1u);
	KT_TRUE(!k_list_linked(&B->timer_link));
	KT_TRUE(same_both_ways(receive_no_response, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(sim_r0(B), 4u);
	KT_EQ(memcmp(WBUF, "abcd", 4), 0);
}

/* B responds, then waits: on its handler (short), on a group, or with a deadline. */
static void wait_after_respond(struct record *r, unsigned h, uint64_t deadline)
{
	sim_reset();
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(transact(A_IPC), K_PARKED);
	schedule(r);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 8), 0);
	step_begins();
	KT_EQ(SIM_CALL(B, KEEL_SYS_OBJECT_WAIT, h, KEEL_SIGNAL_READABLE, SIM_LO(deadline),
		       SIM_HI(deadline)),
	      K_PARKED);
	step_ends();
	schedule(r);
}

static void wait_plain(struct record *r)
{
	wait_after_respond(r, B_IPC, UINT64_MAX);
}

static void wait_deadline(struct record *r)
{
	wait_after_respond(r, B_IPC, 1000000);
}

KT_TEST(fast_object_wait_parks_and_runs_the_answered_caller)
{
	struct record r;

	KT_TRUE(same_both_ways(wait_plain, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(k_current, A);
	KT_EQ(sim_r0(A), 8u);
}

KT_TEST(fast_object_wait_with_a_deadline_parks_on_the_timer)
{
	struct record r;

	KT_TRUE(same_both_ways(wait_deadline, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(k_current, A);
	KT_TRUE(k_list_linked(&B->timer_link));
}

/* B's wait comes after its deadline: DEADLINE_EXCEEDED, B goes on, both ways. */
static void wait_late(struct record *r)
{
	sim_reset();
	park(C, C_IPC, UINT64_MAX);
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(transact(A_IPC), K_PARKED);
	schedule(r);
	KT_EQ(SIM_CALL(B, KEEL_SYS_CHANNEL_RESPOND, B_IPC, HBUF, 8), 0);
	host_time = 2000;
	step_begins();
	note(r,
	     (uint32_t)SIM_CALL(B, KEEL_SYS_OBJECT_WAIT, B_IPC, KEEL_SIGNAL_READABLE, SIM_LO(1000),
				SIM_HI(1000)));
	step_ends();
	schedule(r);
}

KT_TEST(fast_object_wait_falls_back_when_the_deadline_has_passed)
{
	struct record r;

	KT_TRUE(same_both_ways(wait_late, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(k_current, B);
	/* object_wait's error form: the status, and the error flag in the second word. */
	KT_EQ(sim_r0(B), (uint32_t)KEEL_DEADLINE_EXCEEDED);
	KT_EQ(sim_r1(B), KEEL_SIGNAL_ERROR_FLAG);
}

/*
 * A direct switch is the scheduler's decision too: a deadline parked before it must be
 * on the timer when the switched-to thread runs, since its next syscalls may all take
 * the return that does not ask the scheduler again.
 */
KT_TEST(fast_switch_programs_the_timer_for_a_deadline_parked_before_it)
{
	sim_reset();
	park(C, C_IPC, 5000);
	park(B, B_IPC, UINT64_MAX);
	step_begins();
	short_forms = 0;
	KT_EQ(transact(A_IPC), K_PARKED);
	step_ends();
	KT_EQ(short_forms, 1u);
	KT_EQ(k_current, B);
	KT_TRUE(!k_sched_dirty);
	KT_EQ(host_timer, 5000u);
}

/* The usual server: C waits on its group holding its handler; A transacts on IPC2. */
static void group_step(struct record *r, uint32_t member_mask)
{
	sim_reset();
	park(B, B_IPC, UINT64_MAX);
	KT_EQ(SIM_CALL(C, KEEL_SYS_WAIT_GROUP_ADD, C_WG, C_IPC, member_mask, 77), 0);
	park(C, C_WG, UINT64_MAX);
	step_begins();
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC2, SEND, 4, RECV, 8, SIM_FOREVER),
	      K_PARKED);
	step_ends();
	schedule(r);
}

static void group_readable(struct record *r)
{
	group_step(r, KEEL_SIGNAL_READABLE);
}

static void group_user(struct record *r)
{
	group_step(r, KEEL_SIGNAL_USER);
}

KT_TEST(fast_transact_runs_a_handler_waiting_on_its_wait_group)
{
	struct record r;

	KT_TRUE(same_both_ways(group_readable, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(k_current, C);
	KT_EQ(sim_r0(C), 77u);
	KT_EQ(sim_r1(C), KEEL_SIGNAL_READABLE);
	KT_TRUE(sim_c.table[C_WG]->signals & KEEL_SIGNAL_READABLE);
}

KT_TEST(fast_transact_falls_back_when_the_group_does_not_wait_for_requests)
{
	struct record r;

	KT_TRUE(same_both_ways(group_user, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(C->state, K_THREAD_WAITING);
}

/*
 * The usual server's wait for its next request: C answers A through its handler, then
 * waits on its group (holding the handler, or nothing: an empty group is refused).
 */
static void group_wait_step(struct record *r, bool member)
{
	sim_reset();
	park(B, B_IPC, UINT64_MAX);
	if (member)
		KT_EQ(SIM_CALL(C, KEEL_SYS_WAIT_GROUP_ADD, C_WG, C_IPC, KEEL_SIGNAL_READABLE, 77),
		      0);
	park(C, member ? C_WG : C_IPC, UINT64_MAX);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC2, SEND, 4, RECV, 8, SIM_FOREVER),
	      K_PARKED);
	schedule(r);
	KT_EQ(SIM_CALL(C, KEEL_SYS_CHANNEL_RESPOND, C_IPC, sim_ram_c + 2048, 8), 0);
	step_begins();
	note(r,
	     (uint32_t)SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, C_WG, KEEL_SIGNAL_READABLE, SIM_FOREVER));
	step_ends();
	schedule(r);
	note(r, sim_c.table[C_WG]->signals);
}

static void group_wait_member(struct record *r)
{
	group_wait_step(r, true);
}

static void group_wait_empty(struct record *r)
{
	group_wait_step(r, false);
}

KT_TEST(fast_object_wait_on_a_wait_group_parks_and_runs_the_answered_caller)
{
	struct record r;

	KT_TRUE(same_both_ways(group_wait_member, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(k_current, A);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(C->state, K_THREAD_WAITING);
}

KT_TEST(fast_object_wait_falls_back_on_an_empty_wait_group)
{
	struct record r;

	KT_TRUE(same_both_ways(group_wait_empty, &r));
	KT_EQ(short_forms, 0u);
	KT_EQ(k_current, C);
	KT_EQ(sim_r0(C), (uint32_t)KEEL_INVALID_ARGUMENT);
}

/*
 * respond_and_receive where the response's signal updates do more than store: the
 * initiator has another waiter (WORKER, for WRITABLE), the transaction is
 * asynchronous (no caller to wake), or the handler is in a wait group (whose
 * READABLE falls with the request). B answers A's request and receives again.
 */
enum rr_case { RR_WRITABLE_WAITER, RR_ASYNC, RR_GROUP, RR_HIGHER_CALLER, RR_INITIATOR_GROUP };

/* The same cases for channel_respond alone. */
static bool rr_respond_only;

static int32_t rr_answer(struct k_thread *t, unsigned h, uint8_t *buf, uint8_t *wbuf)
{
	if (rr_respond_only)
		return SIM_CALL(t, KEEL_SYS_CHANNEL_RESPOND, h, buf, 8);
	return SIM_CALL(t, KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, h, buf, 8, wbuf, 16, SIM_FOREVER);
}

static void rr_step(struct record *r, enum rr_case k)
{
	sim_reset();
	if (k == RR_HIGHER_CALLER) {
		/* A answered at a higher priority than B's: it preempts B. */
		k_sched_detach(A);
		A->priority = 20;
		k_sched_ready(A);
	}
	memcpy(SEND, "abcd", 4);
	memcpy(HBUF, "ABCDEFGH", 8);
	if (k == RR_GROUP) {
		/* C serves A's second channel, its handler in its group (not waited on). */
		park(B, B_IPC, UINT64_MAX);
		KT_EQ(SIM_CALL(C, KEEL_SYS_WAIT_GROUP_ADD, C_WG, C_IPC, KEEL_SIGNAL_READABLE, 5),
		      0);
		KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC2, SEND, 4, RECV, 8, SIM_FOREVER),
		      K_PARKED);
		schedule(r);
		memcpy(sim_ram_c + 2048, "ABCDEFGH", 8);
		step_begins();
		note(r, (uint32_t)rr_answer(C, C_IPC, sim_ram_c + 2048, sim_ram_c + 2560));
		step_ends();
		note(r, sim_c.table[C_WG]->signals);
	} else {
		park(C, C_IPC, UINT64_MAX);
		park(B, B_IPC, UINT64_MAX);
		if (k == RR_ASYNC) {
			KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, SEND, 4, RECV, 8),
			      0);
			KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_IPC, KEEL_SIGNAL_READABLE,
				       SIM_FOREVER),
			      K_PARKED);
		} else if (k == RR_HIGHER_CALLER || k == RR_INITIATOR_GROUP) {
			/* The initiator's group watches WRITABLE, which the answer raises. */
			if (k == RR_INITIATOR_GROUP)
				KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC,
					       KEEL_SIGNAL_WRITABLE, 3),
				      0);
			KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, 4, RECV, 8,
				       SIM_FOREVER),
			      K_PARKED);
		} else {
			KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64,
				       sim_ram_a + 1024),
			      0);
			KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, SEND, 4, RECV, 8,
				       SIM_FOREVER),
			      K_PARKED);
			KT_EQ(SIM_CALL(WORKER, KEEL_SYS_OBJECT_WAIT, A_IPC, KEEL_SIGNAL_WRITABLE,
				       SIM_FOREVER),
			      K_PARKED);
		}
		schedule(r);
		step_begins();
		note(r, (uint32_t)rr_answer(B, B_IPC, HBUF, WBUF));
		step_ends();
	}
	schedule(r);
	note(r, sim_a.table[A_IPC]->signals);
	note(r, sim_a.table[A_IPC2]->signals);
	note(r, sim_a.table[A_WG]->signals);
	for (unsigned i = 0; i < 8; i++)
		note(r, RECV[i]);
}

static void rr_writable_waiter(struct record *r)
{
	rr_step(r, RR_WRITABLE_WAITER);
}

static void rr_async(struct record *r)
{
	rr_step(r, RR_ASYNC);
}

static void rr_group(struct record *r)
{
	rr_step(r, RR_GROUP);
}

KT_TEST(fast_respond_and_receive_wakes_another_waiter_of_the_initiator)
{
	struct record r;

	KT_TRUE(same_both_ways(rr_writable_waiter, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(sim_r1(WORKER), KEEL_SIGNAL_WRITABLE);
	KT_EQ(B->state, K_THREAD_WAITING);
}

KT_TEST(fast_respond_and_receive_answers_an_asynchronous_transaction)
{
	struct record r;

	KT_TRUE(same_both_ways(rr_async, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_READABLE);
	KT_EQ(memcmp(RECV, "ABCDEFGH", 8), 0);
	KT_EQ(B->state, K_THREAD_WAITING);
}

KT_TEST(fast_respond_and_receive_tells_the_handlers_wait_group)
{
	struct record r;

	KT_TRUE(same_both_ways(rr_group, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(sim_c.table[C_WG]->signals, 0u);
	KT_EQ(C->state, K_THREAD_WAITING);
}

static void rr_higher_caller(struct record *r)
{
	rr_step(r, RR_HIGHER_CALLER);
}

/* The fall-backs of respond's short form (k_channel_reply) and of its wake. */
KT_TEST(fast_respond_wakes_another_waiter_of_the_initiator)
{
	struct record r;

	rr_respond_only = true;
	KT_TRUE(same_both_ways(rr_writable_waiter, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(sim_r1(WORKER), KEEL_SIGNAL_WRITABLE);
	rr_respond_only = false;
}

KT_TEST(fast_respond_answers_an_asynchronous_transaction)
{
	struct record r;

	rr_respond_only = true;
	KT_TRUE(same_both_ways(rr_async, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_READABLE);
	KT_EQ(memcmp(RECV, "ABCDEFGH", 8), 0);
	rr_respond_only = false;
}

KT_TEST(fast_respond_tells_the_handlers_wait_group)
{
	struct record r;

	rr_respond_only = true;
	KT_TRUE(same_both_ways(rr_group, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(sim_c.table[C_WG]->signals, 0u);
	rr_respond_only = false;
}

KT_TEST(fast_respond_lets_a_higher_priority_caller_preempt)
{
	struct record r;

	rr_respond_only = true;
	KT_TRUE(same_both_ways(rr_higher_caller, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(B->state, K_THREAD_READY);
	rr_respond_only = false;
}

KT_TEST(fast_respond_and_receive_lets_a_higher_priority_caller_run)
{
	struct record r;

	KT_TRUE(same_both_ways(rr_higher_caller, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_r0(A), 8u);
	KT_EQ(B->state, K_THREAD_WAITING);
}

static void rr_initiator_group(struct record *r)
{
	rr_step(r, RR_INITIATOR_GROUP);
}

KT_TEST(fast_respond_and_its_receive_form_tell_the_initiators_wait_group)
{
	struct record r;

	KT_TRUE(same_both_ways(rr_initiator_group, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_a.table[A_WG]->signals, KEEL_SIGNAL_READABLE);
	rr_respond_only = true;
	KT_TRUE(same_both_ways(rr_initiator_group, &r));
	KT_EQ(short_forms, 1u);
	KT_EQ(sim_a.table[A_WG]->signals, KEEL_SIGNAL_READABLE);
	rr_respond_only = false;
}
