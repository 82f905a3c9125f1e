// SPDX-License-Identifier: Apache-2.0
/*
 * The echo server: answers the fuzzer and the pinger, counts pings, guards a canary,
 * and reports {pings, canary intact} on its report channel.
 */
#include <keel/keel.h>
#include <echo_codegen.h>

#define CANARY 0x6b65656cu

static volatile uint32_t canary[16];
static uint32_t pings;

static void answer(uint32_t h)
{
	uint8_t buf[64];
	size_t len;

	if (sys_channel_read(h, 0, buf, sizeof(buf), &len) != KEEL_OK)
		return;
	if (h == HANDLE_PINGS)
		pings++;
	if (h == HANDLE_REPORT) {
		uint32_t ok = 1;
		for (unsigned i = 0; i < 16; i++)
			ok &= canary[i] == CANARY + i;
		uint32_t resp[2] = { pings, ok };
		(void)sys_channel_respond(h, resp, sizeof(resp));
		return;
	}
	/* Echo what fits; a response too long for the fuzzer's buffer is its problem. */
	if (sys_channel_respond(h, buf, len) == KEEL_OUT_OF_RANGE)
		(void)sys_channel_respond(h, buf, 0);
}

KEEL_PROCESS_ENTRY(echo)
{
	for (unsigned i = 0; i < 16; i++)
		canary[i] = CANARY + i;
	sys_wait_group_add(HANDLE_WG, HANDLE_FUZZ, KEEL_SIGNAL_READABLE, HANDLE_FUZZ);
	sys_wait_group_add(HANDLE_WG, HANDLE_PINGS, KEEL_SIGNAL_READABLE, HANDLE_PINGS);
	sys_wait_group_add(HANDLE_WG, HANDLE_REPORT, KEEL_SIGNAL_READABLE, HANDLE_REPORT);
	for (;;) {
		struct keel_wait_result w;
		if (sys_object_wait(HANDLE_WG, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w) == KEEL_OK)
			answer(w.user_data);
	}
}
