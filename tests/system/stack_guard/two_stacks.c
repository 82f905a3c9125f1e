// SPDX-License-Identifier: Apache-2.0
/* stack_guard: the overflowing thread's stack lies right above the main thread's. */
#include <two_stacks_codegen.h>

#include "overflow.h"

KEEL_PROCESS_ENTRY(two_stacks)
{
	start_overflowing();
}
