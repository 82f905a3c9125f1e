// SPDX-License-Identifier: Apache-2.0
/*
 * The isolation test's canary: keeps a pattern in its RAM (at canary_data, where the
 * victims aim) and answers every ping with its canary value and whether the pattern
 * is intact.
 */
#include <check.h>
#include <canary_codegen.h>
#include "protocol.h"

/* The only RAM data of this process: first in its data region. */
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
	if ((uintptr_t)canary.pattern != CONST_CANARY_DATA)
		CHECK_FAIL("the canary's pattern is at %p: set canary_data to that in "
			   "system.json5",
			   (void *)canary.pattern);
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
