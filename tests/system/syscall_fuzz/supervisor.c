// SPDX-License-Identifier: Apache-2.0
/*
 * Runs the fuzzer FUZZ_RUNS times with seeds from FUZZ_SEED_BASE + 1 (printed, so any
 * run replays), or as long as it takes to reach FUZZ_CALL_GOAL syscalls; ends runs that
 * hang with a watchdog; and every 50 runs and at the end checks that the heartbeat kept
 * going and the canary is intact: nothing the fuzzer did reached another process.
 */
#include <keel/keel.h>
#include <supervisor_codegen.h>
#include "check.h"
#include "protocol.h"

/* A variable, not a constant: the comparison with 0 is meant. */
static uint64_t call_goal = FUZZ_CALL_GOAL;

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
	uint32_t seed = FUZZ_SEED_BASE, runs = 0, hung = 0, died = 0, ok;
	uint64_t calls = 0;
	uint32_t pings_before = report(&ok), pings_last = pings_before;

	CHECK_OK(sys_wait_group_add(HANDLE_WG, HANDLE_FUZZER_PROCESS, KEEL_SIGNAL_JOINABLE, 1));
	CHECK_OK(sys_wait_group_add(HANDLE_WG, HANDLE_SEEDS, KEEL_SIGNAL_READABLE, 2));
	keel_instant_t watchdog = keel_deadline_in(KEEL_MS(200));
	while (runs < FUZZ_RUNS || calls < call_goal) {
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
			uint32_t req[2];
			size_t len;
			if (sys_channel_read(HANDLE_SEEDS, 0, req, sizeof(req), &len) != KEEL_OK)
				continue;
			if (len == sizeof(req) && req[0] == FUZZ_PROGRESS) {
				if (req[1] <= 3000)
					calls += req[1];
				(void)sys_channel_respond(HANDLE_SEEDS, NULL, 0);
				continue;
			}
			seed++;
			KEEL_INF("fuzz run %u: seed %u", (unsigned)runs, (unsigned)seed);
			/* A random request may have no room for a seed: answer it anyway, or it
			 * stays pending and this loop spins. */
			if (sys_channel_respond(HANDLE_SEEDS, &seed, sizeof(seed)) != KEEL_OK)
				(void)sys_channel_respond(HANDLE_SEEDS, &seed, 0);
			continue;
		}
		struct keel_exit_status st;
		CHECK_OK(sys_task_join(HANDLE_FUZZER_PROCESS, &st));
		if (st.tag != KEEL_EXIT_SUCCESS)
			died++;
		runs++;
		if (runs % 50 == 0) {
			/* The heartbeat must not stall, nor the canary change, at any time. */
			uint32_t pings = report(&ok);
			CHECK(ok);
			CHECK(pings > pings_last);
			pings_last = pings;
			KEEL_INF("%u runs, %u syscalls so far", (unsigned)runs, (unsigned)calls);
		}
		CHECK_OK(sys_process_start(HANDLE_FUZZER_PROCESS));
		watchdog = keel_deadline_in(KEEL_MS(200));
	}
	uint32_t pings = report(&ok);
	KEEL_INF("%u runs, %llu syscalls (%u ended by the watchdog, %u not Success), heartbeat "
		 "%u -> %u",
		 (unsigned)runs, (unsigned long long)calls, (unsigned)hung, (unsigned)died,
		 (unsigned)pings_before, (unsigned)pings);
	CHECK(ok);
	CHECK(pings > pings_before);
	PASS();
}
