// SPDX-License-Identifier: Apache-2.0
/*
 * The stress test's supervisor: joins whichever of crasher and client ends (one wait
 * group, user_data names it), restarts the crasher RESTARTS times and the client
 * until it has run CLIENT_RUNS times, and checks every exit status and every count.
 * Then it terminates, joins and restarts the runner RUNNER_CYCLES times while it runs.
 */
#include <check.h>
#include <supervisor_codegen.h>
#include "protocol.h"

enum { CRASHER = 1, CLIENT = 2 };

/*
 * The runner never ends by itself, so each join must say TerminatedBySyscall (its
 * own exit would mean it did not start like new). Between restart and terminate this
 * thread sleeps 0 to 3 tenths of a millisecond, so the runner is caught before it has
 * run at all, while running, and parked in a sleep.
 */
static void terminate_running_in_a_loop(void)
{
	keel_instant_t start = keel_now();

	CHECK_OK(sys_process_start(HANDLE_RUNNER));
	for (uint32_t i = 0; i < RUNNER_CYCLES; i++) {
		struct keel_exit_status st;
		CHECK_STATUS(sys_task_join(HANDLE_RUNNER, NULL), KEEL_UNAVAILABLE);
		if (i % 4)
			CHECK_OK(keel_sleep(KEEL_US(100) * (i % 4)));
		CHECK_OK(sys_task_terminate(HANDLE_RUNNER));
		CHECK_OK(sys_task_join(HANDLE_RUNNER, &st));
		CHECK_EXIT(st, KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
		CHECK_STATUS(sys_task_terminate(HANDLE_RUNNER), KEEL_FAILED_PRECONDITION);
		CHECK_OK(sys_process_start(HANDLE_RUNNER));
	}
	/* The last start runs like the first: give it time, it must still be running. */
	CHECK_OK(keel_sleep(KEEL_MS(2)));
	CHECK_STATUS(sys_task_join(HANDLE_RUNNER, NULL), KEEL_UNAVAILABLE);
	KEEL_INF("runner: %u terminate -> join -> restart cycles while running, in %u ms",
		 RUNNER_CYCLES, (unsigned)(keel_to_us(keel_now() - start) / 1000));
}

KEEL_PROCESS_ENTRY(supervisor)
{
	uint32_t crashes = 0, restarts = 0, client_runs = 0;
	keel_instant_t start = keel_now();
	struct keel_exit_status st;

	/* The runner's turn comes later: stop it before it first runs (it may not slow this). */
	CHECK_OK(sys_task_terminate(HANDLE_RUNNER));
	CHECK_OK(sys_task_join(HANDLE_RUNNER, &st));
	CHECK_EXIT(st, KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);

	CHECK_OK(sys_wait_group_add(HANDLE_GROUP, HANDLE_CRASHER, KEEL_SIGNAL_JOINABLE, CRASHER));
	CHECK_OK(sys_wait_group_add(HANDLE_GROUP, HANDLE_CLIENT, KEEL_SIGNAL_JOINABLE, CLIENT));
	while (crashes < RESTARTS + 1 || client_runs < CLIENT_RUNS) {
		struct keel_wait_result w = CHECK_WAIT(HANDLE_GROUP, KEEL_SIGNAL_READABLE);
		CHECK_EQ(w.pending_signals, KEEL_SIGNAL_JOINABLE);
		if (w.user_data == CRASHER) {
			CHECK_OK(sys_task_join(HANDLE_CRASHER, &st));
			CHECK_EXIT(st, KEEL_EXIT_UNHANDLED_EXCEPTION, CHECK_CAUSE_STORE_FAULT);
			crashes++;
			if (restarts < RESTARTS) {
				CHECK_OK(sys_process_start(HANDLE_CRASHER));
				restarts++;
			}
		} else {
			CHECK_EQ(w.user_data, CLIENT);
			CHECK_OK(sys_task_join(HANDLE_CLIENT, &st));
			client_runs++;
			/* Its exit code: the server's count, which outlives the client. */
			CHECK_EXIT(st, KEEL_EXIT_SUCCESS, client_runs * ROUND_TRIPS);
			KEEL_INF("client run %u: %u round trips checked (crashes so far: %u)",
				 (unsigned)client_runs, ROUND_TRIPS, (unsigned)crashes);
			if (client_runs < CLIENT_RUNS)
				CHECK_OK(sys_process_start(HANDLE_CLIENT));
		}
	}
	CHECK_EQ(restarts, RESTARTS);
	CHECK_EQ(crashes, RESTARTS + 1);
	/* Nothing left to join. */
	CHECK_STATUS(sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, keel_now(), NULL),
		     KEEL_DEADLINE_EXCEEDED);
	KEEL_INF("%u crashes, %u restarts, %u round trips in %u client runs, in %u ms",
		 (unsigned)crashes, (unsigned)restarts, CLIENT_RUNS * ROUND_TRIPS,
		 (unsigned)client_runs, (unsigned)(keel_to_us(keel_now() - start) / 1000));
	terminate_running_in_a_loop();
	PASS();
}
