// SPDX-License-Identifier: Apache-2.0
/*
 * The 2-syscall protocol: the initiator's transact, and the handler's
 * channel_respond_and_receive that answers one request and receives the next.
 */
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

	BENCH_MEASURE("ipc_round_trip_rw", sum += round_trip('a' + bench_i % 26));
	sys_debug_shutdown(sum ? 0 : 1);
}

KEEL_PROCESS_ENTRY(handler)
{
	uint32_t c, reply[2];
	size_t got, size;
	size_t reply_len = KEEL_NO_RESPONSE;

	for (;;) {
		(void)sys_channel_respond_and_receive(HANDLE_IPC, reply, reply_len, &c, sizeof(c),
						      KEEL_FOREVER, &got, &size);
		reply[0] = c - 'a' + 'A';
		reply[1] = c;
		reply_len = sizeof(reply);
	}
}
