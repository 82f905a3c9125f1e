// SPDX-License-Identifier: Apache-2.0
/* The process_termination test's simple victims: each ends in its own way. */
#include <keel/keel.h>
/* Only the exiter uses handles. */
#include <exiter_codegen.h>
#include "protocol.h"

static uint32_t initialised = 0x12345678u;
static uint32_t zeroed;
static uint64_t worker_stack[128];

static void worker_main(void)
{
	for (;;)
		(void)sys_object_wait(HANDLE_PROCESS, 0, KEEL_FOREVER, NULL);
}

/*
 * Exits with 42 if it starts like new: its RAM image re-initialised and its second
 * thread stopped. Then it dirties both, so a restart that forgets either shows.
 */
KEEL_PROCESS_ENTRY(exiter)
{
	if (initialised != 0x12345678u || zeroed != 0) {
		KEEL_ERR("started with a stale RAM image");
		sys_process_exit(EXITER_STALE_RAM);
	}
	if (sys_task_join(HANDLE_WORKER, NULL) != KEEL_FAILED_PRECONDITION) {
		KEEL_ERR("started with its worker thread not stopped");
		sys_process_exit(EXITER_STALE_THREAD);
	}
	initialised = 0;
	zeroed = 1;
	if (sys_thread_start(HANDLE_WORKER, worker_main,
			     worker_stack + sizeof(worker_stack) / sizeof(worker_stack[0])) !=
	    KEEL_OK)
		sys_process_exit(EXITER_STALE_THREAD);
	sys_process_exit(42);
}

KEEL_PROCESS_ENTRY(spinner)
{
	for (volatile uint32_t spins = 0;; spins++)
		;
}

KEEL_PROCESS_ENTRY(crasher)
{
	/* Through a volatile so the compiler emits a plain store, not a trap. */
	volatile uintptr_t null = 0;

	*(volatile uint32_t *)null = 1;
	KEEL_ERR("the store to address 0 did not fault");
	sys_process_exit(1);
}
