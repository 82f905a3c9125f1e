// SPDX-License-Identifier: Apache-2.0
/*
 * The stress test's runner: checks that it started like new (RAM image re-initialised,
 * second thread stopped), dirties both, then runs forever in two threads that mix
 * short sleeps (parked with a deadline) and plain syscalls, so the supervisor's
 * terminate finds it in every state.
 */
#include <keel/keel.h>
#include <runner_codegen.h>
#include "protocol.h"

static uint32_t initialised = 0x600dcafeu;
static uint32_t zeroed;
static uint64_t worker_stack[64];

static void churn(uint32_t salt)
{
	for (uint32_t i = salt;; i++) {
		if (i % 3 == 0)
			(void)keel_sleep(KEEL_US(20));
		else
			(void)sys_debug_nop();
		zeroed++;
	}
}

static void worker_main(void)
{
	churn(1);
}

KEEL_PROCESS_ENTRY(runner)
{
	if (initialised != 0x600dcafeu || zeroed != 0)
		sys_process_exit(RUNNER_STALE_RAM);
	if (sys_task_join(HANDLE_WORKER, NULL) != KEEL_FAILED_PRECONDITION)
		sys_process_exit(RUNNER_STALE_WORKER);
	initialised = 0;
	if (sys_thread_start(HANDLE_WORKER, worker_main,
			     worker_stack + sizeof(worker_stack) / sizeof(worker_stack[0])) !=
	    KEEL_OK)
		sys_process_exit(RUNNER_NO_WORKER);
	churn(0);
}
