// SPDX-License-Identifier: Apache-2.0
/*
 * The forbidden test's canary: a process that never faults, keeps a pattern in its RAM
 * and answers every ping. A fault delivered to the wrong process, or a kernel that
 * stacks a frame in the wrong place, shows here.
 */
#include <check.h>
#include <canary_codegen.h>
#include "protocol.h"

static struct {
	uint32_t pattern[CANARY_WORDS];
	uint32_t magic;
	uint32_t pings;
} canary;

static bool intact(void)
{
	for (uint32_t i = 0; i < CANARY_WORDS; i++)
		if (canary.pattern[i] != canary_word(i))
			return false;
	return canary.magic == CANARY_MAGIC;
}

KEEL_PROCESS_ENTRY(canary)
{
	for (uint32_t i = 0; i < CANARY_WORDS; i++)
		canary.pattern[i] = canary_word(i);
	canary.magic = CANARY_MAGIC;

	for (;;) {
		CHECK_OK(sys_object_wait(HANDLE_PING, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL));
		canary.pings++;
		struct canary_report rep = { canary.magic, intact(), canary.pings };
		CHECK_OK(sys_channel_respond(HANDLE_PING, &rep, sizeof(rep)));
	}
}
