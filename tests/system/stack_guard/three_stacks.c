// SPDX-License-Identifier: Apache-2.0
/* stack_guard: the overflowing thread's stack lies right above the worker's. */
#include <three_stacks_codegen.h>

#include "overflow.h"

KEEL_PROCESS_ENTRY(three_stacks)
{
	start_overflowing();
}
