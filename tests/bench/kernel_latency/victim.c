// SPDX-License-Identifier: Apache-2.0
/*
 * The victim: every object it may put in its wait group is a member, three threads
 * wait on the group, and the main thread's exit wakes all three at once; they end the
 * process, which the worst joins (resetting the full group) and starts again.
 */
#include <check.h>
#include <victim_codegen.h>
#include "common.h"

static uint64_t stacks[3][64];

static void waiter(void)
{
	CHECK_OK(sys_object_wait(HANDLE_WG, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL));
	sys_process_exit(0);
}

KEEL_PROCESS_ENTRY(victim)
{
	static const keel_handle_t members[] = { HANDLE_W1, HANDLE_W2, HANDLE_W3, HANDLE_MAIN,
						 HANDLE_PROCESS };
	static const keel_handle_t waiters[] = { HANDLE_W1, HANDLE_W2, HANDLE_W3 };

	for (unsigned i = 0; i < sizeof(members) / sizeof(members[0]); i++)
		CHECK_OK(sys_wait_group_add(HANDLE_WG, members[i], KEEL_SIGNAL_JOINABLE, i));
	for (unsigned i = 0; i < 3; i++)
		CHECK_OK(sys_thread_start(waiters[i], waiter, stacks[i] + 64));
	sys_thread_exit(0);
}
