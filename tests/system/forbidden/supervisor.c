// SPDX-License-Identifier: Apache-2.0
/*
 * The forbidden test's supervisor: it waits on a wait group holding every victim; each
 * victim must end with UnhandledException and its expected cause (arch.h), be joined
 * and restarted (RUNS times), while the canary keeps answering with its pattern intact
 * and the supervisor's own waits get exactly their right results.
 */
#include <check.h>
#include <supervisor_codegen.h>
#include <canary.h>

#include "arch.h"

/* Each victim faults RUNS + 1 times; ./keel soak builds this system with 1000. */
#ifndef RUNS
#define RUNS 2
#endif

struct victim {
	const char *name;
	keel_handle_t handle;
	uint32_t cause;
};

static const struct victim victims[] = {
	{ "breakpoint", HANDLE_BREAKPOINT, CAUSE_BREAKPOINT },
	{ "illegal", HANDLE_ILLEGAL, CAUSE_ILLEGAL },
	{ "priv_read", HANDLE_PRIV_READ, CAUSE_PRIV_READ },
	{ "priv_write", HANDLE_PRIV_WRITE, CAUSE_PRIV_WRITE },
	{ "priv_ignored", HANDLE_PRIV_IGNORED, CAUSE_PRIV_IGNORED },
	{ "wait_for_interrupt", HANDLE_WAIT_FOR_INTERRUPT, CAUSE_WFI },
	{ "floating_point", HANDLE_FLOATING_POINT, CAUSE_FLOATING_POINT },
	{ "leave_state", HANDLE_LEAVE_STATE, CAUSE_LEAVE_STATE },
	{ "alias_write", HANDLE_ALIAS_WRITE, CAUSE_ALIAS_WRITE },
	{ "bad_sp_fault", HANDLE_BAD_SP_FAULT, CAUSE_BAD_SP_FAULT },
	{ "bad_sp_syscall", HANDLE_BAD_SP_SYSCALL, CAUSE_BAD_SP_SYSCALL },
	{ "syscall_overflow", HANDLE_SYSCALL_OVERFLOW, CAUSE_SYSCALL_OVERFLOW },
	{ "thread_overflow", HANDLE_THREAD_OVERFLOW, CAUSE_THREAD_OVERFLOW },
};
#define VICTIMS (sizeof(victims) / sizeof(victims[0]))

static uint32_t pings;

/* The canary answers with its value, an intact pattern and the right ping count. */
static void ping_canary(void)
{
	canary_ping(HANDLE_PING, &pings);
	/* Still the same, running process; and so is the witness. */
	CHECK_EQ(SIGNALS_NOW(HANDLE_CANARY, KEEL_SIGNAL_JOINABLE), 0);
	CHECK_EQ(SIGNALS_NOW(HANDLE_WITNESS, KEEL_SIGNAL_JOINABLE), 0);
}

/* Every victim ends once, in whatever order, each with its own cause. */
static void victims_fault(unsigned run)
{
	uint32_t seen = 0;

	for (unsigned n = 0; n < VICTIMS; n++) {
		struct keel_wait_result r = CHECK_WAIT(HANDLE_VICTIMS, KEEL_SIGNAL_READABLE);
		CHECK(r.user_data < VICTIMS);
		CHECK_EQ(r.pending_signals, KEEL_SIGNAL_JOINABLE);
		CHECK_EQ(seen & (1u << r.user_data), 0);
		seen |= 1u << r.user_data;

		const struct victim *v = &victims[r.user_data];
		struct keel_exit_status st;
		CHECK_OK(sys_task_join(v->handle, &st));
		if (st.tag != KEEL_EXIT_UNHANDLED_EXCEPTION || st.payload != v->cause)
			CHECK_FAIL("%s ended with %s(0x%x), expected UnhandledException(0x%x)",
				   v->name, check_exit_tag_str(st.tag), (unsigned)st.payload,
				   (unsigned)v->cause);
		KEEL_INF("run %u: %s faulted (cause 0x%x)", run, v->name, (unsigned)v->cause);
		ping_canary();
	}
	/* Nothing is left to end: a deadline wait on the group times out, on time. */
	keel_instant_t deadline = keel_deadline_in(KEEL_MS(20));
	CHECK_STATUS(sys_object_wait(HANDLE_VICTIMS, KEEL_SIGNAL_READABLE, deadline, NULL),
		     KEEL_DEADLINE_EXCEEDED);
	CHECK(keel_now() >= deadline);
}

KEEL_PROCESS_ENTRY(supervisor)
{
	ping_canary();
	for (unsigned i = 0; i < VICTIMS; i++)
		CHECK_OK(sys_wait_group_add(HANDLE_VICTIMS, victims[i].handle, KEEL_SIGNAL_JOINABLE,
					    i));
	for (unsigned run = 0; run < RUNS; run++) {
		victims_fault(run);
		for (unsigned i = 0; i < VICTIMS; i++)
			CHECK_OK(sys_process_start(victims[i].handle));
	}
	victims_fault(RUNS);
	ping_canary();
	KEEL_INF("canary still running, its pattern intact after %u pings", (unsigned)pings);
	PASS();
}
