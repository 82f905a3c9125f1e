// SPDX-License-Identifier: Apache-2.0
/*
 * The stale regions test: wide writes the memory of its last mapping (the fifth
 * region), narrow then reads it and must fault, and judge checks both ends.
 */
#include <check.h>
#include <judge_codegen.h>

#if defined(__riscv)
#define LAST_MAPPING 0x82004000u
#define LOAD_FAULT 5u /* mcause: load access fault */
#elif defined(__arm__)
#define LAST_MAPPING 0x38104000u
#define LOAD_FAULT 0x82u /* CFSR: MMARVALID | DACCVIOL */
#endif

#define MARK 0x57a1e5u

KEEL_PROCESS_ENTRY(wide)
{
	volatile uint32_t *last = (volatile uint32_t *)(uintptr_t)LAST_MAPPING;

	/* Its own mapping: this must work, and leaves the region loaded for narrow. */
	*last = MARK;
	sys_process_exit(*last == MARK ? 0 : 1);
}

KEEL_PROCESS_ENTRY(narrow)
{
	volatile uintptr_t a = LAST_MAPPING;
	uint32_t v = *(volatile uint32_t *)a;

	KEEL_ERR("narrow read 0x%x from wide's mapping", (unsigned)v);
	sys_process_exit(1);
}

KEEL_PROCESS_ENTRY(judge)
{
	struct keel_exit_status st;

	CHECK_WAIT(HANDLE_NARROW, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_NARROW, &st));
	if (st.tag != KEEL_EXIT_UNHANDLED_EXCEPTION || st.payload != LOAD_FAULT)
		CHECK_FAIL("narrow ended with %s(%u), expected UnhandledException(%u)",
			   check_exit_tag_str(st.tag), (unsigned)st.payload, LOAD_FAULT);
	CHECK_OK(sys_task_join(HANDLE_WIDE, &st));
	CHECK_EQ(st.tag, KEEL_EXIT_SUCCESS);
	CHECK_EQ(st.payload, 0);
	PASS();
}
