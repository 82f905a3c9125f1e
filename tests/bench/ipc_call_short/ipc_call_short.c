// SPDX-License-Identifier: Apache-2.0
/*
 * The 2-syscall exchange with short register messages: the initiator's
 * channel_transact_short (4 bytes out, 8 back) and the handler's
 * channel_respond_and_receive_short, which answers one request and receives the next.
 * No buffer on either side: the words travel in registers.
 */
#include <keel/keel.h>
#include <initiator_codegen.h>
#include "../bench.h"

static uint32_t round_trip(uint32_t c)
{
	struct keel_short_message m = { sizeof(c), { c } };

	(void)sys_channel_transact_short(HANDLE_IPC, &m, KEEL_FOREVER);
	return m.w[0];
}

KEEL_PROCESS_ENTRY(initiator)
{
	uint32_t sum = 0;

	BENCH_MEASURE("ipc_call_short", sum += round_trip('a' + bench_i % 26));
	sys_debug_shutdown(sum ? 0 : 1);
}

KEEL_PROCESS_ENTRY(handler)
{
	struct keel_short_message m = { KEEL_NO_RESPONSE, { 0 } };

	for (;;) {
		(void)sys_channel_respond_and_receive_short(HANDLE_IPC, &m, KEEL_FOREVER);
		uint32_t c = m.w[0];
		m.w[0] = c - 'a' + 'A';
		m.w[1] = c;
		m.len = 8;
	}
}
