// SPDX-License-Identifier: Apache-2.0
/* fault_registers' supervisor: the victim must end with a fault; the dump is the runner's to check. */
#include <check.h>
#include <supervisor_codegen.h>

KEEL_PROCESS_ENTRY(supervisor)
{
	struct keel_exit_status st;

	CHECK_WAIT(HANDLE_VICTIM, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_VICTIM, &st));
	if (st.tag != KEEL_EXIT_UNHANDLED_EXCEPTION)
		CHECK_FAIL("victim ended with %s, expected UnhandledException",
			   check_exit_tag_str(st.tag));
	PASS();
}
