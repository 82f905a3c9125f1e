// SPDX-License-Identifier: Apache-2.0
/* Wait groups: membership rules, wake-ups, user_data and fairness. */
#include <keel/syscall_ids.h>
#include <k/object.h>
#include <k/sched.h>
#include <arch/host.h>
#include "ktest.h"
#include "sim.h"

#define ERR(s) (-(int32_t)(s))
#define A MAIN(sim_a)
#define WAIT_WG(deadline)                                                               \
	SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_WG, KEEL_SIGNAL_READABLE, SIM_LO(deadline), \
		 SIM_HI(deadline))

KT_TEST(wait_group_wait_on_an_empty_group_is_invalid_argument)
{
	sim_reset();
	KT_EQ((int32_t)WAIT_WG(UINT64_MAX), KEEL_INVALID_ARGUMENT);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_ERROR_FLAG);
}

/* A sleep (empty mask) on an empty group is still a sleep: it must not depend on it. */
KT_TEST(wait_group_empty_mask_on_an_empty_group_sleeps_until_the_deadline)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_WG, 0, 700, 0), K_PARKED);
	k_sched_detach(MAIN(sim_b));
	k_sched_detach(MAIN(sim_c));
	MAIN(sim_b)->state = MAIN(sim_c)->state = K_THREAD_WAITING;
	KT_TRUE(sim_schedule() == A);
	KT_EQ(host_time, 700);
	KT_EQ(sim_r0(A), KEEL_DEADLINE_EXCEEDED);
}

KT_TEST(wait_group_cannot_nest)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_WG, KEEL_SIGNAL_READABLE, 0),
	      ERR(KEEL_INVALID_ARGUMENT));
}

KT_TEST(wait_group_member_of_a_second_group_is_resource_exhausted)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC, KEEL_SIGNAL_READABLE, 1), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC, KEEL_SIGNAL_READABLE, 1),
	      ERR(KEEL_RESOURCE_EXHAUSTED));
	/* c's group, c's own handler: a member of one group only, too. */
	KT_EQ(SIM_CALL(MAIN(sim_c), KEEL_SYS_WAIT_GROUP_ADD, C_WG, C_IPC, KEEL_SIGNAL_READABLE, 1),
	      0);
}

KT_TEST(wait_group_remove_of_a_non_member_or_from_the_wrong_group_is_not_found)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_REMOVE, A_WG, A_IPC), ERR(KEEL_NOT_FOUND));
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_REMOVE, A_IPC, A_IPC), ERR(KEEL_UNIMPLEMENTED));
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC, KEEL_SIGNAL_READABLE, 1);
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_REMOVE, A_WG, A_IPC), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_REMOVE, A_WG, A_IPC), ERR(KEEL_NOT_FOUND));
}

KT_TEST(wait_group_returns_user_data_and_signals_of_a_signalled_member)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC, KEEL_SIGNAL_WRITABLE, 42);
	KT_EQ(WAIT_WG(UINT64_MAX), 42);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_WRITABLE);
}

KT_TEST(wait_group_parks_until_a_member_is_signalled)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_INT, KEEL_SIGNAL_INTERRUPT(1), 7);
	KT_EQ(WAIT_WG(UINT64_MAX), K_PARKED);
	k_irq(5); /* INTERRUPT_A: not in the member's mask */
	KT_EQ(A->state, K_THREAD_WAITING);
	k_irq(6);
	KT_EQ(A->state, K_THREAD_READY);
	KT_EQ(sim_r0(A), 7);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_INTERRUPT(1));
}

KT_TEST(wait_group_member_that_keeps_firing_does_not_starve_others)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC, KEEL_SIGNAL_WRITABLE, 1);
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC2, KEEL_SIGNAL_WRITABLE, 2);
	KT_EQ(WAIT_WG(UINT64_MAX), 1);
	KT_EQ(WAIT_WG(UINT64_MAX), 2);
	KT_EQ(WAIT_WG(UINT64_MAX), 1);
	KT_EQ(WAIT_WG(UINT64_MAX), 2);
}

KT_TEST(wait_group_times_out_with_deadline_exceeded)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_INT, KEEL_SIGNAL_INTERRUPT(0), 7);
	KT_EQ(WAIT_WG(500), K_PARKED);
	MAIN(sim_b)->state = K_THREAD_WAITING;
	MAIN(sim_c)->state = K_THREAD_WAITING;
	k_sched_detach(MAIN(sim_b));
	k_sched_detach(MAIN(sim_c));
	sim_schedule();
	KT_EQ(sim_r0(A), KEEL_DEADLINE_EXCEEDED);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_ERROR_FLAG);
}

KT_TEST(interrupt_ack_clears_the_bit_and_the_group_is_no_longer_signalled)
{
	sim_reset();
	KT_TRUE(host_irq_unmasked & (1u << 5));
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_INT, KEEL_SIGNAL_INTERRUPT_ALL, 9);
	k_irq(5);
	KT_TRUE(!(host_irq_unmasked & (1u << 5)));
	KT_EQ(sim_a.table[A_WG]->signals, KEEL_SIGNAL_READABLE);
	KT_EQ(WAIT_WG(UINT64_MAX), 9);
	KT_EQ(SIM_CALL(A, KEEL_SYS_INTERRUPT_ACK, A_INT, KEEL_SIGNAL_INTERRUPT(0)), 0);
	KT_TRUE(host_irq_unmasked & (1u << 5));
	KT_EQ(sim_a.table[A_WG]->signals, 0);
	KT_EQ(WAIT_WG(0), KEEL_DEADLINE_EXCEEDED);
}

KT_TEST(interrupt_ack_of_bits_the_object_does_not_have_is_invalid_argument)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_INTERRUPT_ACK, A_INT, KEEL_SIGNAL_INTERRUPT(2)),
	      ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(SIM_CALL(A, KEEL_SYS_INTERRUPT_ACK, A_INT, KEEL_SIGNAL_READABLE),
	      ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(SIM_CALL(A, KEEL_SYS_INTERRUPT_ACK, A_INT, 0), ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(SIM_CALL(A, KEEL_SYS_INTERRUPT_ACK, A_IPC, KEEL_SIGNAL_INTERRUPT(0)),
	      ERR(KEEL_UNIMPLEMENTED));
}

KT_TEST(debug_trigger_interrupt_raises_the_bit_and_refuses_bad_numbers)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 6), 0);
	KT_EQ(sim_a.table[A_INT]->signals, KEEL_SIGNAL_INTERRUPT(1));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 100000), ERR(KEEL_INVALID_ARGUMENT));
}

KT_TEST(object_wait_with_bits_4_to_14_or_31_is_invalid_argument)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_IPC, 1u << 4, SIM_FOREVER),
	      KEEL_INVALID_ARGUMENT);
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_IPC, 1u << 31, SIM_FOREVER),
	      KEEL_INVALID_ARGUMENT);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_ERROR_FLAG);
}

KT_TEST(object_wait_returns_at_once_when_a_signal_is_active)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_IPC, KEEL_SIGNAL_WRITABLE, SIM_FOREVER), 0);
	KT_EQ(sim_r1(A), KEEL_SIGNAL_WRITABLE);
	KT_EQ(A->state, K_THREAD_RUNNING);
}

/*
 * A group is READABLE while any member's signals meet its mask: through members
 * signalled when added, raised, changed within the mask, cleared and removed.
 */
KT_TEST(wait_group_is_readable_while_any_member_is_signalled)
{
	struct k_object *g;

	sim_reset();
	g = sim_a.table[A_WG];
	/* An idle initiator is WRITABLE: signalled as it joins. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC,
		       KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_READABLE, 1),
	      0);
	KT_EQ(g->signals, KEEL_SIGNAL_READABLE);
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_INT, KEEL_SIGNAL_INTERRUPT_ALL, 2), 0);
	k_irq(5);
	k_irq(6);
	KT_EQ(g->signals, KEEL_SIGNAL_READABLE);
	/* One of two interrupt bits acked: still signalled. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_INTERRUPT_ACK, A_INT, KEEL_SIGNAL_INTERRUPT(0)), 0);
	KT_EQ(g->signals, KEEL_SIGNAL_READABLE);
	/* The initiator leaves signalled: the interrupt keeps the group READABLE. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_REMOVE, A_WG, A_IPC), 0);
	KT_EQ(g->signals, KEEL_SIGNAL_READABLE);
	KT_EQ(SIM_CALL(A, KEEL_SYS_INTERRUPT_ACK, A_INT, KEEL_SIGNAL_INTERRUPT(1)), 0);
	KT_EQ(g->signals, 0);
	/* Back in, then busy (async transact: WRITABLE falls), then answered (READABLE). */
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC,
		       KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_READABLE, 1),
	      0);
	KT_EQ(g->signals, KEEL_SIGNAL_READABLE);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, sim_ram_a + 2048, 4,
		       sim_ram_a + 2304, 8),
	      0);
	KT_EQ(g->signals, 0);
	KT_EQ(SIM_CALL(MAIN(sim_b), KEEL_SYS_CHANNEL_RESPOND, B_IPC, sim_ram_b + 2048, 4), 0);
	KT_EQ(g->signals, KEEL_SIGNAL_READABLE);
	KT_EQ(WAIT_WG(UINT64_MAX), 1);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, A_IPC), 4);
	/* Idle again: WRITABLE, one signal for another within the mask. */
	KT_EQ(g->signals, KEEL_SIGNAL_READABLE);
	KT_EQ(SIM_CALL(A, KEEL_SYS_WAIT_GROUP_REMOVE, A_WG, A_IPC), 0);
	KT_EQ(g->signals, 0);
}
