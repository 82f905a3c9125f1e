// SPDX-License-Identifier: Apache-2.0
/*
 * The forbidden test's witness: a thread of the highest priority waits for each victim
 * whose syscall cannot be stacked, so it is the thread the kernel resumes right after
 * the victim dies. An SVCall the victim left pending would be taken in the witness's
 * context: its object_wait would run again with its results as arguments, handle 0
 * (an empty wait group: INVALID_ARGUMENT) instead of the victim. Either thread checks
 * that its wait got exactly the victim's JOINABLE.
 */
#include <check.h>
#include <witness_codegen.h>

static void watch(keel_handle_t victim)
{
	for (;;) {
		struct keel_wait_result r = { 1, 0 };
		CHECK_OK(sys_object_wait(victim, KEEL_SIGNAL_JOINABLE, KEEL_FOREVER, &r));
		CHECK_EQ(r.user_data, 0);
		CHECK_EQ(r.pending_signals, KEEL_SIGNAL_JOINABLE);
		/*
		 * The supervisor joins and restarts it; wait for that before watching again
		 * (sleeping on the victim: keel_sleep's handle 0 is the empty group here).
		 */
		while (SIGNALS_NOW(victim, KEEL_SIGNAL_JOINABLE))
			CHECK_STATUS(sys_object_wait(victim, 0, keel_deadline_in(KEEL_MS(1)), NULL),
				     KEEL_DEADLINE_EXCEEDED);
	}
}

static noreturn void second_main(void)
{
	watch(HANDLE_SYSCALL_OVERFLOW);
	sys_thread_exit(1);
}

KEEL_PROCESS_ENTRY(witness)
{
	static uint64_t second_stack[128];

	CHECK_EQ(HANDLE_NOTHING, 0);
	CHECK_OK(sys_thread_start(HANDLE_SECOND, second_main, second_stack + 128));
	watch(HANDLE_BAD_SP_SYSCALL);
}
