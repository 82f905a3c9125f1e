// SPDX-License-Identifier: Apache-2.0
/*
 * stack_guard's supervisor: each victim must end with UnhandledException and the
 * stack fault of this target, three times over (joined and restarted in between).
 */
#include <check.h>
#include <supervisor_codegen.h>

#if defined(__riscv)
#define STACK_FAULT 7u /* store access fault: the guard under the stack */
#elif defined(__arm__)
#define STACK_FAULT 0x00100000u /* CFSR UsageFault STKOF: PSPLIM */
#endif

static void check_overflow(keel_handle_t h, const char *name, unsigned run)
{
	struct keel_exit_status st;

	CHECK_WAIT(h, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(h, &st));
	if (st.tag != KEEL_EXIT_UNHANDLED_EXCEPTION || st.payload != STACK_FAULT)
		CHECK_FAIL("%s: run %u ended with %s(%u), expected UnhandledException(%u)%s", name,
			   run, check_exit_tag_str(st.tag), (unsigned)st.payload,
			   (unsigned)STACK_FAULT,
			   st.tag == KEEL_EXIT_SUCCESS ? ": the overflow went unnoticed" : "");
	KEEL_INF("%s: run %u: the overflow faulted", name, run);
}

KEEL_PROCESS_ENTRY(supervisor)
{
	for (unsigned run = 0; run < 3; run++) {
		check_overflow(HANDLE_TWO_STACKS, "two_stacks", run);
		check_overflow(HANDLE_THREE_STACKS, "three_stacks", run);
		CHECK_OK(sys_process_start(HANDLE_TWO_STACKS));
		CHECK_OK(sys_process_start(HANDLE_THREE_STACKS));
	}
	PASS();
}
