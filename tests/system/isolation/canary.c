// SPDX-License-Identifier: Apache-2.0
/*
 * The isolation test's canary: keeps a pattern in its RAM (at canary_data, where the
 * victims aim) and answers every ping with its canary value and whether the pattern
 * is intact.
 */
#include <canary.h>
#include <canary_codegen.h>

/* The only RAM data of this process: first in its data region. */
static struct canary_state canary;

KEEL_PROCESS_ENTRY(canary)
{
	if ((uintptr_t)canary.pattern != CONST_CANARY_DATA)
		CHECK_FAIL("the canary's pattern is at %p: set canary_data to that in "
			   "system.json5",
			   (void *)canary.pattern);
	canary_serve(&canary, HANDLE_PING);
}
