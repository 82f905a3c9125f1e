// SPDX-License-Identifier: Apache-2.0
/* Process and thread lifecycle: exit, terminate, fault, join with object reset, restart. */
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
#define WORKER (&sim_a.info->threads[1])

static int32_t join(unsigned h)
{
	return SIM_CALL(A, KEEL_SYS_TASK_JOIN, h);
}

static bool list_starts_empty(const struct k_list *l)
{
	return l->next == l && l->prev == l;
}

/* The system's records start with every list empty: the boot initialises none. */
KT_TEST(system_objects_start_with_empty_lists_before_the_boot)
{
	struct k_process *procs[] = { &sim_a, &sim_b, &sim_c };
	bool ok = true;

	sim_prepare();
	for (unsigned i = 0; i < 3; i++) {
		struct k_process *p = procs[i];

		ok &= list_starts_empty(&p->base.waiters);
		for (unsigned j = 0; j < p->info->thread_count; j++)
			ok &= list_starts_empty(&p->info->threads[j].base.waiters);
		for (unsigned j = 0; j < p->table_size; j++) {
			struct k_object *o = p->table[j];

			ok &= list_starts_empty(&o->waiters);
			if (o->type == K_OBJ_WAIT_GROUP)
				ok &= list_starts_empty(&((struct k_wait_group *)o)->members);
		}
	}
	KT_TRUE(ok);
}

KT_TEST(process_exit_makes_it_joinable_with_success_and_code)
{
	sim_reset();
	KT_EQ(join(A_B), ERR(KEEL_UNAVAILABLE));
	SIM_CALL(B, KEEL_SYS_PROCESS_EXIT, 42);
	KT_EQ(sim_b.state, K_PROCESS_TERMINATED);
	KT_EQ(B->state, K_THREAD_TERMINATED);
	KT_EQ(sim_b.base.signals, KEEL_SIGNAL_JOINABLE);
	KT_EQ(join(A_B), KEEL_EXIT_SUCCESS);
	KT_EQ(sim_r1(A), 42);
	KT_EQ(sim_b.base.signals, 0);
	KT_EQ(join(A_B), ERR(KEEL_FAILED_PRECONDITION));
}

KT_TEST(process_terminate_gives_terminated_by_syscall)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_B), 0);
	KT_EQ(join(A_B), KEEL_EXIT_TERMINATED_BY_SYSCALL);
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_B), ERR(KEEL_FAILED_PRECONDITION));
}

/*
 * A supervisor that terminates a process the moment it crashes must not fail: the
 * terminate is OK and the status that join returns is still the crash's.
 */
KT_TEST(task_terminate_of_an_ended_but_unjoined_task_is_ok_and_keeps_its_status)
{
	sim_reset();
	sim_run(B);
	k_fault(B, 7, 0x1234, 0, "", "store access fault");
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_B), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_B), 0);
	KT_EQ(sim_b.base.signals, KEEL_SIGNAL_JOINABLE);
	KT_EQ(join(A_B), KEEL_EXIT_UNHANDLED_EXCEPTION);
	KT_EQ(sim_r1(A), 7);
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_B), ERR(KEEL_FAILED_PRECONDITION));

	SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 2048);
	SIM_CALL(WORKER, KEEL_SYS_THREAD_EXIT, 9);
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_WORKER), 0);
	KT_EQ(join(A_WORKER), KEEL_EXIT_SUCCESS);
	KT_EQ(sim_r1(A), 9);
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_WORKER), ERR(KEEL_FAILED_PRECONDITION));
}

KT_TEST(process_fault_gives_unhandled_exception_with_cause_and_logs_one_line)
{
	sim_reset();
	sim_run(B);
	k_fault(B, 7, 0x1234, 0, "", "store access fault");
	KT_TRUE(strstr(host_console, "process 'b'") != NULL);
	KT_TRUE(strstr(host_console, "cause 7") != NULL);
	KT_EQ(join(A_B), KEEL_EXIT_UNHANDLED_EXCEPTION);
	KT_EQ(sim_r1(A), 7);
}

KT_TEST(fault_line_keeps_its_fields_then_names_the_cause)
{
	sim_reset();
	sim_run(B);
	host_console_clear();
	k_fault(B, 2, 0x1234, 0, "UsageFault: ", "undefined instruction");
	KT_TRUE(strstr(host_console, " pc 0x") && strstr(host_console, " cause 2 addr 0x"));
	KT_TRUE(strstr(host_console, ": UsageFault: undefined instruction\n") != NULL);
	KT_TRUE(strstr(host_console, "stack overflow") == NULL);
}

static bool fault_says_overflow(uintptr_t below_limit)
{
	sim_reset();
	sim_run(B);
	host_console_clear();
	k_fault(B, 7, 0x1234, B->stack_limit - below_limit, "", "store access fault");
	return strstr(host_console, "store access fault (stack overflow)\n") != NULL;
}

KT_TEST(fault_just_below_the_stack_says_stack_overflow)
{
	KT_TRUE(fault_says_overflow(4));
	KT_TRUE(fault_says_overflow(256));
	KT_TRUE(!fault_says_overflow(257));
	KT_TRUE(!fault_says_overflow(0));
	/* Above the limit (inside the stack or the data) is no overflow. */
	KT_TRUE(!fault_says_overflow((uintptr_t)-16));
}

KT_TEST(process_start_restarts_with_a_fresh_ram_image)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_PROCESS_START, A_B), ERR(KEEL_ALREADY_EXISTS));
	sim_ram_b[100] = 0x5a;
	sim_ram_b[SIM_STACK + 100] = 0x5a;
	SIM_CALL(B, KEEL_SYS_PROCESS_EXIT, 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_PROCESS_START, A_B), ERR(KEEL_ALREADY_EXISTS));
	join(A_B);
	KT_EQ(SIM_CALL(A, KEEL_SYS_PROCESS_START, A_B), 0);
	/* The stack holds the fill (tools/stacks.py), the rest zeros. */
	KT_EQ(sim_ram_b[100], K_STACK_FILL);
	KT_EQ(sim_ram_b[SIM_STACK + 100], 0);
	KT_EQ(sim_b.state, K_PROCESS_RUNNING);
	KT_EQ(B->state, K_THREAD_READY);
	KT_EQ(B->frame.pc, (uintptr_t)sim_flash_b + 64);
	KT_EQ(B->frame.sp, k_thread_info(B)->stack_top);
	KT_EQ(SIM_CALL(A, KEEL_SYS_PROCESS_START, A_WG), ERR(KEEL_UNIMPLEMENTED));
}

/*
 * b's header names memory of a's (or the kernel's): the kernel must copy b's .data
 * (0xee bytes in b's flash) into none of it. a starts first, with a fresh RAM (its
 * stack filled, the rest zero).
 */
static void start_with_b_header(uintptr_t data_load, uintptr_t data_start, uintptr_t data_end,
				uintptr_t bss_end)
{
	struct keel_image_header h;

	sim_prepare();
	memcpy(&h, sim_flash_b, sizeof(h));
	h.data_load = data_load;
	h.data_start = data_start;
	h.data_end = data_end;
	h.bss_end = bss_end;
	memcpy(sim_flash_b, &h, sizeof(h));
	memset(sim_flash_b + 256, 0xee, SIM_FLASH - 256);
	k_system_start();
}

KT_TEST(process_whose_image_header_names_foreign_memory_is_not_started)
{
	static uint8_t kernel_data[64];
	uintptr_t fa = (uintptr_t)sim_flash_b + 256, rb = (uintptr_t)sim_ram_b;
	const uintptr_t bad[][4] = {
		/* .data or .bss in a's RAM, in kernel memory, wrapping, out of order */
		{ fa, (uintptr_t)sim_ram_a, (uintptr_t)sim_ram_a + 16, (uintptr_t)sim_ram_a + 32 },
		{ fa, rb, rb + 16, (uintptr_t)sim_ram_a + 64 },
		{ fa, (uintptr_t)kernel_data, (uintptr_t)kernel_data + 16,
		  (uintptr_t)kernel_data + 16 },
		{ fa, rb + 64, rb + 32, rb + 128 },
		{ fa, rb, rb + 16, rb + 8 },
		{ fa, rb + SIM_RAM - 16, UINTPTR_MAX, UINTPTR_MAX },
		/* .data's initial image from a's flash or beyond b's */
		{ (uintptr_t)sim_flash_a, rb, rb + 16, rb + 16 },
		{ (uintptr_t)sim_flash_b + SIM_FLASH - 8, rb, rb + 16, rb + 16 },
	};

	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		start_with_b_header(bad[i][0], bad[i][1], bad[i][2], bad[i][3]);
		KT_EQ(sim_b.state, K_PROCESS_STOPPED);
		KT_EQ(B->state, K_THREAD_STOPPED);
		KT_TRUE(strstr(host_console, "process 'b': its image header") != NULL);
		for (unsigned k = 0; k < SIM_RAM; k++)
			KT_EQ(sim_ram_a[k], SIM_FRESH(k));
		for (unsigned k = 0; k < sizeof(kernel_data); k++)
			KT_EQ(kernel_data[k], 0);
		KT_EQ(sim_a.state, K_PROCESS_RUNNING);
		/* Nor later, when a supervisor asks. */
		KT_EQ(SIM_CALL(A, KEEL_SYS_PROCESS_START, A_B), ERR(KEEL_FAILED_PRECONDITION));
		KT_EQ(sim_b.state, K_PROCESS_STOPPED);
	}
	/* The same header with b's own memory starts. */
	start_with_b_header(fa, rb + 64, rb + 80, rb + 128);
	KT_EQ(sim_b.state, K_PROCESS_RUNNING);
}

KT_TEST(process_termination_drops_the_transaction_its_thread_was_waiting_in)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, sim_ram_a, 4, sim_ram_a + 8, 8, SIM_FOREVER);
	KT_EQ(sim_b.table[B_IPC]->signals, KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE);
	SIM_CALL(B, KEEL_SYS_TASK_TERMINATE, B_PROCESS);
	/* b terminated itself with its PROCESS handle: a's transaction is still pending. */
	KT_EQ(A->state, K_THREAD_WAITING);
	k_process_terminate(&sim_a, KEEL_EXIT_TERMINATED_BY_KERNEL, 0);
	KT_EQ(sim_b.table[B_IPC]->signals, 0);
	KT_EQ(sim_a.table[A_IPC]->signals, KEEL_SIGNAL_WRITABLE);
}

KT_TEST(process_join_resets_its_objects_and_raises_error_on_the_surviving_peer)
{
	sim_reset();
	/* b raised USER on a's initiator; a raised USER on b's handler. */
	SIM_CALL(B, KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, B_IPC, 1);
	SIM_CALL(A, KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, A_IPC, 1);
	SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, sim_ram_a, 4, sim_ram_a + 8, 8, SIM_FOREVER);
	SIM_CALL(B, KEEL_SYS_TASK_TERMINATE, B_PROCESS);
	KT_EQ(A->state, K_THREAD_WAITING);
	/* c joins b? c has no handle on b: use the kernel call the supervisor's join makes. */
	struct k_thread *c = MAIN(sim_c);
	sim_run(c);
	KT_EQ(k_task_join(c, &sim_b.base), K_WRITTEN);
	KT_EQ(c->frame.result[0], KEEL_EXIT_TERMINATED_BY_SYSCALL);
	/* Keel: the initiator waiting on the reset handler gets UNAVAILABLE. */
	KT_EQ(A->state, K_THREAD_READY);
	KT_EQ((int32_t)sim_r0(A), ERR(KEEL_UNAVAILABLE));
	/* Peer USER raised by b is cleared; ERROR raised on the survivor. */
	KT_EQ(sim_a.table[A_IPC]->signals, KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_ERROR);
	/* b's own USER (raised by live a) is kept. */
	KT_EQ(sim_b.table[B_IPC]->signals, KEEL_SIGNAL_USER);
	/* A new transaction clears ERROR. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, sim_ram_a, 4, sim_ram_a + 8, 8),
	      0);
	KT_EQ(sim_a.table[A_IPC]->signals, 0);
}

/*
 * The initiator's process dies while its thread waits in a synchronous transaction:
 * the transaction is dropped at once, and the join still tells the surviving handler
 * that its peer was reset mid-transaction (ERROR), taking the initiator's USER away.
 */
KT_TEST(process_join_of_an_initiator_that_died_in_a_sync_transact_raises_error_on_the_handler)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, A_IPC, 1);
	SIM_CALL(A, KEEL_SYS_CHANNEL_TRANSACT, A_IPC, sim_ram_a, 4, sim_ram_a + 8, 8, SIM_FOREVER);
	KT_EQ(sim_b.table[B_IPC]->signals,
	      KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_USER);
	k_process_terminate(&sim_a, KEEL_EXIT_TERMINATED_BY_KERNEL, 0);
	KT_EQ(sim_b.table[B_IPC]->signals, KEEL_SIGNAL_USER);
	struct k_thread *c = MAIN(sim_c);
	sim_run(c);
	KT_EQ(k_task_join(c, &sim_a.base), K_WRITTEN);
	KT_EQ(sim_b.table[B_IPC]->signals, KEEL_SIGNAL_ERROR);
	/* Reported once: after a transaction that ended cleanly a join raises nothing. */
	k_process_start(&sim_a);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_TRANSACT, A_IPC, sim_ram_a, 4, sim_ram_a + 8, 8),
	      0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_CHANNEL_ASYNC_CANCEL, A_IPC), 0);
	KT_EQ(sim_b.table[B_IPC]->signals, 0);
	k_process_terminate(&sim_a, KEEL_EXIT_TERMINATED_BY_KERNEL, 0);
	KT_EQ(k_task_join(c, &sim_a.base), K_WRITTEN);
	KT_EQ(sim_b.table[B_IPC]->signals, 0);
}

KT_TEST(process_join_removes_its_wait_group_members_and_rearms_interrupts)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_IPC, KEEL_SIGNAL_READABLE, 1);
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_B, KEEL_SIGNAL_JOINABLE, 2);
	k_irq(5);
	KT_TRUE(!(host_irq_unmasked & (1u << 5)));
	struct k_thread *c = MAIN(sim_c);
	k_process_terminate(&sim_a, KEEL_EXIT_TERMINATED_BY_KERNEL, 0);
	sim_run(c);
	KT_EQ(k_task_join(c, &sim_a.base), K_WRITTEN);
	KT_TRUE(sim_a.table[A_IPC]->group == NULL);
	KT_TRUE(sim_b.base.group == NULL);
	KT_EQ(sim_a.table[A_INT]->signals, 0);
	KT_TRUE(host_irq_unmasked & (1u << 5));
}

KT_TEST(process_join_keeps_its_own_process_object_in_the_supervisors_group)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_WAIT_GROUP_ADD, A_WG, A_B, KEEL_SIGNAL_JOINABLE, 2);
	SIM_CALL(B, KEEL_SYS_PROCESS_EXIT, 1);
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_WG, KEEL_SIGNAL_READABLE, SIM_FOREVER), 2);
	join(A_B);
	KT_TRUE(sim_b.base.group != NULL);
	SIM_CALL(A, KEEL_SYS_PROCESS_START, A_B);
	SIM_CALL(B, KEEL_SYS_PROCESS_EXIT, 3);
	KT_EQ(SIM_CALL(A, KEEL_SYS_OBJECT_WAIT, A_WG, KEEL_SIGNAL_READABLE, SIM_FOREVER), 2);
}

KT_TEST(thread_start_exit_join_and_restart)
{
	sim_reset();
	KT_EQ(join(A_WORKER), ERR(KEEL_FAILED_PRECONDITION));
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_WORKER), ERR(KEEL_FAILED_PRECONDITION));
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 2048), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 2048),
	      ERR(KEEL_ALREADY_EXISTS));
	KT_EQ(join(A_WORKER), ERR(KEEL_UNAVAILABLE));
	SIM_CALL(WORKER, KEEL_SYS_THREAD_EXIT, 42);
	KT_EQ(sim_a.state, K_PROCESS_RUNNING);
	KT_EQ(join(A_WORKER), KEEL_EXIT_SUCCESS);
	KT_EQ(sim_r1(A), 42);
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 2048), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_WORKER), 0);
	KT_EQ(join(A_WORKER), KEEL_EXIT_TERMINATED_BY_SYSCALL);
}

/*
 * The limit a thread's stack may grow down to (the M33 loads it into PSPLIM): main's
 * configured stack ends at the RAM start; a stack thread_start places above the
 * configured stacks may not grow into them; one inside them may use the whole RAM.
 */
KT_TEST(stack_limit_is_the_stack_bottom_or_the_top_of_the_configured_stacks)
{
	sim_reset();
	KT_EQ(A->stack_limit, (uintptr_t)sim_ram_a);
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 2048), 0);
	KT_EQ(WORKER->stack_limit, (uintptr_t)sim_ram_a + 1024);
	SIM_CALL(WORKER, KEEL_SYS_THREAD_EXIT, 0);
	KT_EQ(join(A_WORKER), KEEL_EXIT_SUCCESS);
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 512), 0);
	KT_EQ(WORKER->stack_limit, (uintptr_t)sim_ram_a);
}

KT_TEST(thread_start_with_pc_or_sp_outside_the_process_is_permission_denied)
{
	static uint8_t kernel_memory[16];

	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_ram_a, sim_ram_a + 2048),
	      ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, kernel_memory, sim_ram_a + 2048),
	      ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_b + 64),
	      ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, 0),
	      ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_THREAD_START, A_B, sim_flash_a + 64, sim_ram_a + 64),
	      ERR(KEEL_UNIMPLEMENTED));
}

KT_TEST(thread_exit_of_the_last_thread_ends_the_process)
{
	sim_reset();
	SIM_CALL(B, KEEL_SYS_THREAD_EXIT, 5);
	KT_EQ(sim_b.state, K_PROCESS_TERMINATED);
	KT_EQ(join(A_B), KEEL_EXIT_SUCCESS);
	KT_EQ(sim_r1(A), 5);
}

KT_TEST(process_death_gives_its_threads_process_terminated)
{
	sim_reset();
	SIM_CALL(A, KEEL_SYS_THREAD_START, A_WORKER, sim_flash_a + 64, sim_ram_a + 2048);
	SIM_CALL(WORKER, KEEL_SYS_OBJECT_WAIT, A_INT, KEEL_SIGNAL_INTERRUPT(0), SIM_FOREVER);
	k_process_terminate(&sim_a, KEEL_EXIT_TERMINATED_BY_KERNEL, 0);
	KT_EQ(WORKER->state, K_THREAD_TERMINATED);
	KT_EQ(WORKER->exit_tag, KEEL_EXIT_PROCESS_TERMINATED);
	KT_TRUE(!k_list_linked(&WORKER->link));
}

KT_TEST(task_join_of_objects_that_are_not_tasks_is_unimplemented)
{
	sim_reset();
	KT_EQ(join(A_IPC), ERR(KEEL_UNIMPLEMENTED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_TASK_TERMINATE, A_WG), ERR(KEEL_UNIMPLEMENTED));
}

/*
 * A woken thread's results (arch_frame_set_results, which the short message uses): up
 * to six words, the ones past n zero, whatever the frame held before.
 */
KT_TEST(thread_results_carry_up_to_six_words_and_zero_the_rest)
{
	static const uint32_t six[6] = { 1, 2, 3, 4, 5, 6 };
	static const uint32_t three[3] = { 7, 8, 9 };

	sim_reset();
	arch_frame_set_results(&B->frame, six, 6);
	for (unsigned i = 0; i < 6; i++)
		KT_EQ(B->frame.result[i], six[i]);
	arch_frame_set_results(&B->frame, three, 3);
	KT_EQ(B->frame.result[0], 7);
	KT_EQ(B->frame.result[2], 9);
	for (unsigned i = 3; i < 6; i++)
		KT_EQ(B->frame.result[i], 0);
	arch_frame_set_result(&B->frame, 10, 11);
	KT_EQ(B->frame.result[0], 10);
	KT_EQ(B->frame.result[1], 11);
}
