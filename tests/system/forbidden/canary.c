// SPDX-License-Identifier: Apache-2.0
/*
 * The forbidden test's canary: a process that never faults, keeps a pattern in its RAM
 * and answers every ping. A fault delivered to the wrong process, or a kernel that
 * stacks a frame in the wrong place, shows here.
 */
#include <canary.h>
#include <canary_codegen.h>

static struct canary_state canary;

KEEL_PROCESS_ENTRY(canary)
{
	canary_serve(&canary, HANDLE_PING);
}
