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

	for (unsigned i = 0; i < 100; i++)
		sum += round_trip('a');
	uint64_t empty0 = bench_instret();
	for (unsigned i = 0; i < BENCH_ITERATIONS; i++)
		__asm__ volatile("" ::: "memory");
	uint64_t empty1 = bench_instret();
	for (unsigned i = 0; i < BENCH_ITERATIONS; i++)
		sum += round_trip('a' + i % 26);
	uint64_t end = bench_instret();
	uint64_t per = ((end - empty1) - (empty1 - empty0)) / BENCH_ITERATIONS;
	KEEL_INF("BENCH ipc_round_trip %u", (unsigned)per);
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
