// SPDX-License-Identifier: Apache-2.0
/*
 * The seed's exchange with finite deadlines: the initiator's transact and the
 * handler's object_wait each carry one (an hour away, so none passes), which a kernel
 * must arm, or at least weigh, on every block where KEEL_FOREVER lets it skip the timer.
 * The deadlines are taken once, before the loop: one iteration holds no clock read.
 */
#include <keel/keel.h>
#include <initiator_codegen.h>
#include "../bench.h"

static keel_instant_t deadline;

static uint32_t round_trip(uint32_t c)
{
	uint32_t reply[2];
	size_t len;

	if (sys_channel_transact(HANDLE_IPC, &c, sizeof(c), reply, sizeof(reply), deadline, &len) !=
	    KEEL_OK)
		sys_debug_shutdown(1);
	return reply[0];
}

KEEL_PROCESS_ENTRY(initiator)
{
	uint32_t sum = 0;

	deadline = keel_deadline_in(KEEL_SECONDS(3600));
	BENCH_MEASURE("ipc_round_trip_deadline", sum += round_trip('a' + bench_i % 26));
	sys_debug_shutdown(sum ? 0 : 1);
}

KEEL_PROCESS_ENTRY(handler)
{
	keel_instant_t until = keel_deadline_in(KEEL_SECONDS(3600));

	for (;;) {
		uint32_t c, reply[2];
		size_t len;

		if (sys_object_wait(HANDLE_IPC, KEEL_SIGNAL_READABLE, until, NULL) != KEEL_OK)
			sys_debug_shutdown(1);
		(void)sys_channel_read(HANDLE_IPC, 0, &c, sizeof(c), &len);
		reply[0] = c - 'a' + 'A';
		reply[1] = c;
		(void)sys_channel_respond(HANDLE_IPC, reply, sizeof(reply));
	}
}
