// SPDX-License-Identifier: Apache-2.0
/*
 * Runs the fuzzer RUNS times with seeds 1..RUNS (printed, so any run replays), ends runs
 * that hang with a watchdog, and finally checks that the heartbeat kept going and the
 * canary is intact: nothing the fuzzer did reached another process.
 */
#include <keel/keel.h>
#include <supervisor_codegen.h>
#include "check.h"

/* The kernel_latency benchmark runs fewer (it links this app too). */
#ifndef RUNS
#define RUNS 200u
#endif

static uint32_t report(uint32_t *canary_ok)
{
	uint32_t req = 0, resp[2];
	size_t len;

	CHECK_OK(sys_channel_transact(HANDLE_REPORT, &req, sizeof(req), resp, sizeof(resp),
				      keel_deadline_in(KEEL_SECONDS(1)), &len));
	*canary_ok = resp[1];
	return resp[0];
}

KEEL_PROCESS_ENTRY(supervisor)
{
	uint32_t seed = 0, runs = 0, hung = 0, died = 0, ok;
	uint32_t pings_before = report(&ok);

	CHECK_OK(sys_wait_group_add(HANDLE_WG, HANDLE_FUZZER_PROCESS, KEEL_SIGNAL_JOINABLE, 1));
	CHECK_OK(sys_wait_group_add(HANDLE_WG, HANDLE_SEEDS, KEEL_SIGNAL_READABLE, 2));
	keel_instant_t watchdog = keel_deadline_in(KEEL_MS(200));
	while (runs < RUNS) {
		struct keel_wait_result w;
		enum keel_status s = sys_object_wait(HANDLE_WG, KEEL_SIGNAL_READABLE, watchdog, &w);
		if (s == KEEL_DEADLINE_EXCEEDED) {
			/* The fuzzer waits forever somewhere: legitimate, and ended here. */
			if (sys_task_terminate(HANDLE_FUZZER_PROCESS) == KEEL_OK)
				hung++;
			watchdog = keel_deadline_in(KEEL_MS(200));
			continue;
		}
		CHECK_OK(s);
		if (w.user_data == 2) {
			uint32_t req;
			size_t len;
			if (sys_channel_read(HANDLE_SEEDS, 0, &req, sizeof(req), &len) == KEEL_OK) {
				seed++;
				KEEL_INF("fuzz run %u: seed %u", (unsigned)runs, (unsigned)seed);
				/* A random request may have no room for a seed: answer it anyway,
				 * or it stays pending and this loop spins. */
				if (sys_channel_respond(HANDLE_SEEDS, &seed, sizeof(seed)) !=
				    KEEL_OK)
					(void)sys_channel_respond(HANDLE_SEEDS, &seed, 0);
			}
			continue;
		}
		struct keel_exit_status st;
		CHECK_OK(sys_task_join(HANDLE_FUZZER_PROCESS, &st));
		if (st.tag != KEEL_EXIT_SUCCESS)
			died++;
		runs++;
		CHECK_OK(sys_process_start(HANDLE_FUZZER_PROCESS));
		watchdog = keel_deadline_in(KEEL_MS(200));
	}
	uint32_t pings = report(&ok);
	KEEL_INF("%u runs (%u ended by the watchdog, %u not Success), heartbeat %u -> %u",
		 (unsigned)runs, (unsigned)hung, (unsigned)died, (unsigned)pings_before,
		 (unsigned)pings);
	CHECK(ok);
	CHECK(pings > pings_before);
	PASS();
}
