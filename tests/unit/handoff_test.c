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
#include <arch/host.h>
#include "ktest.h"
#include "sim.h"

#define A MAIN(sim_a)
#define B MAIN(sim_b)
#define C MAIN(sim_c)
#define WORKER (&sim_a.threads[1])
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
