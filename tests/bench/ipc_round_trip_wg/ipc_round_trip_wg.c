// SPDX-License-Identifier: Apache-2.0
/*
 * The usual server's round trip: the handler waits on a wait group, not on its channel.
 * The group holds an interrupt object that never fires and, after it, the channel
 * handler, as a driver's group holds its device and its clients (examples/adventure's
 * stream server). One iteration: the initiator's transact, the group's object_wait
 * returning with the channel's user data, channel_read, channel_respond.
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

	BENCH_MEASURE("ipc_round_trip_wg", sum += round_trip('a' + bench_i % 26));
	sys_debug_shutdown(sum ? 0 : 1);
}
