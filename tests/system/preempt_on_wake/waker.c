// SPDX-License-Identifier: Apache-2.0
/*
 * The preempt_on_wake test. Every syscall of the main thread here succeeds and leaves
 * it running, which is the syscall return's fast case; each also makes the
 * higher-priority thread ready, so strict preemption must switch to that thread before
 * the call returns. The high thread records each step it reaches in `step`, which the
 * main thread reads right after the call.
 */
#include <check.h>
#include <waker_codegen.h>

static volatile unsigned step;
static uint32_t high_stack[256];

static void wait_intr(keel_handle_t h, keel_signals_t mask, uint64_t deadline)
{
	struct keel_wait_result w;

	CHECK_OK(sys_object_wait(h, mask, deadline, &w));
	CHECK_OK(sys_interrupt_ack(HANDLE_INTR, SIGNAL_WAKE));
}

static void high_main(void)
{
	step = 1;
	/* Woken by the interrupt itself, with no deadline. */
	wait_intr(HANDLE_INTR, SIGNAL_WAKE, KEEL_FOREVER);
	step = 2;
	/* Through a wait group, with a deadline (the timer is reprogrammed on the park). */
	wait_intr(HANDLE_GROUP, KEEL_SIGNAL_READABLE, keel_deadline_in(CHECK_PATIENCE));
	step = 3;
	sys_thread_exit(0);
}

KEEL_PROCESS_ENTRY(waker)
{
	struct keel_exit_status st;

	CHECK_OK(sys_wait_group_add(HANDLE_GROUP, HANDLE_INTR, SIGNAL_WAKE, 1));
	CHECK_OK(sys_thread_start(HANDLE_HIGH, high_main,
				  high_stack + sizeof(high_stack) / sizeof(high_stack[0])));
	CHECK_EQ(step, 1u);
	KEEL_INF("thread_start of a higher-priority thread: it ran first");
	CHECK_OK(sys_debug_trigger_interrupt(IRQ_WAKE));
	CHECK_EQ(step, 2u);
	KEEL_INF("interrupt waking a higher-priority waiter: it ran first");
	CHECK_OK(sys_debug_trigger_interrupt(IRQ_WAKE));
	CHECK_EQ(step, 3u);
	KEEL_INF("wait group member waking a higher-priority waiter: it ran first");
	CHECK_WAIT(HANDLE_HIGH, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_HIGH, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, 0);
	PASS();
}
