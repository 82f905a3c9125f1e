// SPDX-License-Identifier: Apache-2.0
/* Scheduler order, preemption, round-robin, deadlines and the tickless timer. */
#include <keel/syscall_ids.h>
#include <k/object.h>
#include <k/sched.h>
#include <arch/host.h>
#include "ktest.h"
#include "sim.h"

#define A MAIN(sim_a)
#define B MAIN(sim_b)
#define C MAIN(sim_c)

KT_TEST(sched_runs_equal_priorities_in_fifo_order)
{
	sim_reset();
	KT_TRUE(sim_schedule() == A);
	A->state = K_THREAD_WAITING;
	KT_TRUE(sim_schedule() == B);
	B->state = K_THREAD_WAITING;
	KT_TRUE(sim_schedule() == C);
}

KT_TEST(sched_higher_priority_preempts_and_the_preempted_goes_to_the_front)
{
	sim_reset();
	KT_TRUE(sim_schedule() == A);
	k_sched_detach(C);
	C->priority = 20;
	k_sched_ready(C);
	KT_TRUE(sim_schedule() == C);
	C->state = K_THREAD_WAITING;
	/* A was preempted: it runs before B, which was queued earlier. */
	KT_TRUE(sim_schedule() == A);
}

KT_TEST(sched_lower_priority_wake_does_not_preempt)
{
	sim_reset();
	k_sched_detach(A);
	A->priority = 3;
	k_sched_ready(A);
	KT_TRUE(sim_schedule() == B);
	KT_TRUE(sim_schedule() == B);
}

KT_TEST(sched_round_robin_moves_the_running_thread_back_when_its_slice_ends)
{
	sim_reset();
	k_time_slice = 100;
	KT_TRUE(sim_schedule() == A);
	KT_EQ(host_timer, 100);
	host_time = 100;
	k_timer_interrupt();
	KT_TRUE(sim_schedule() == B);
	KT_EQ(A->state, K_THREAD_READY);
}

KT_TEST(sleep_until_returns_deadline_exceeded_no_earlier_than_its_deadline)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, 0, 0, 1000, 0), K_PARKED);
	k_sched_detach(B);
	k_sched_detach(C);
	B->state = C->state = K_THREAD_WAITING;
	KT_TRUE(sim_schedule() == A);
	KT_EQ(host_time, 1000);
	KT_EQ(sim_r0(A), KEEL_DEADLINE_EXCEEDED);
}

KT_TEST(timer_is_programmed_for_the_earliest_deadline)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, 0, 0, 500, 0);
	SIM_CALL(B, KEEL_SYS_OBJECT_WAIT, 0, 0, 300, 0);
	SIM_CALL(C, KEEL_SYS_OBJECT_WAIT, 0, 0, 0x100000000ull & 0xffffffffu, 1);
	sim_schedule();
	KT_EQ(host_time, 300);
	KT_TRUE(k_current == B);
	B->state = K_THREAD_WAITING;
	KT_TRUE(sim_schedule() == A);
	KT_EQ(host_time, 500);
	A->state = K_THREAD_WAITING;
	KT_TRUE(sim_schedule() == C);
	KT_EQ(host_time, 0x100000000ull);
}

KT_TEST(object_wait_with_a_past_deadline_fails_at_once)
{
	sim_reset();
	host_time = 77;
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_INT, KEEL_SIGNAL_INTERRUPT(0), 77, 0),
	      KEEL_DEADLINE_EXCEEDED);
	KT_EQ(A->state, K_THREAD_RUNNING);
}

KT_TEST(clock_now_returns_the_64_bit_clock)
{
	sim_reset();
	host_time = 0x123456789ull;
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_CLOCK_NOW, 0), 0x23456789);
	KT_EQ(sim_r1(A), 1);
}

KT_TEST(a_woken_thread_gets_its_result_only_once_and_leaves_the_timer_queue)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_INT, KEEL_SIGNAL_INTERRUPT(0), 1000, 0);
	k_irq(5);
	KT_EQ(A->state, K_THREAD_READY);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_INTERRUPT(0));
	KT_TRUE(!k_list_linked(&A->timer_link));
	sim_schedule();
	KT_TRUE(host_timer == UINT64_MAX);
}

/*
 * The timer only moves earlier: a later deadline parked while an earlier one is
 * programmed leaves it there, and the early interrupt finds the later one and
 * reprograms for it, so both waits end at their own deadlines.
 */
KT_TEST(timer_takes_a_later_deadline_when_the_earlier_one_fires)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_INT, KEEL_SIGNAL_INTERRUPT(0), 500, 0);
	k_sched_detach(C);
	C->state = K_THREAD_WAITING;
	KT_TRUE(sim_schedule() == B);
	KT_EQ(host_timer, 500);
	SIM_CALL(B, KEEL_SYS_OBJECT_WAIT, 0, 0, 800, 0);
	KT_EQ(host_timer, 500);
	/* A's wait ends early: the timer still fires at 500, for nothing due. */
	k_irq(5);
	KT_TRUE(sim_schedule() == A);
	A->state = K_THREAD_WAITING;
	KT_TRUE(sim_schedule() == B);
	KT_EQ(host_time, 800);
	KT_EQ(sim_r0(B), KEEL_DEADLINE_EXCEEDED);
	KT_EQ(B->state, K_THREAD_RUNNING);
}
