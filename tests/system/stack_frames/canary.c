// SPDX-License-Identifier: Apache-2.0
/* The stack_frames test's canary: a process no victim may disturb. */
#include <canary.h>
#include <canary_codegen.h>

static struct canary_state canary;

KEEL_PROCESS_ENTRY(canary)
{
	canary_serve(&canary, HANDLE_PING);
}
