// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include <initiator_codegen.h>
#include "../bench.h"

static uint32_t round_trip(uint32_t c)
{
	uint32_t reply[2];
	size_t len;

	(void)sys_channel_transact(HANDLE_IPC, &c, sizeof(c), reply, sizeof(reply), KEEL_FOREVER,
				   &len);
	return reply[0];
}

KEEL_PROCESS_ENTRY(initiator)
{
	uint32_t sum = 0;

	BENCH_MEASURE("ipc_round_trip", sum += round_trip('a' + bench_i % 26));
	sys_debug_shutdown(sum ? 0 : 1);
}

KEEL_PROCESS_ENTRY(handler)
{
	for (;;) {
		uint32_t c, reply[2];
		size_t len;
		(void)sys_object_wait(HANDLE_IPC, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL);
		(void)sys_channel_read(HANDLE_IPC, 0, &c, sizeof(c), &len);
		reply[0] = c - 'a' + 'A';
		reply[1] = c;
		(void)sys_channel_respond(HANDLE_IPC, reply, sizeof(reply));
	}
}
