// SPDX-License-Identifier: Apache-2.0
/* The stack_frames test's sp_unaligned process, which must not fault. */
#include <keel/keel.h>
#include <sp_unaligned_codegen.h>

#include "stack_frames.h"

/*
 * A stack pointer 4 bytes off an 8-byte boundary (the M33's hardware pads the frame;
 * on rv32 it is word-aligned but not 16-byte aligned): the results of a fast return
 * (debug_nop), a failure (an unknown handle) and a park woken by its deadline (another
 * thread runs meanwhile) arrive, the callee-saved registers and sp are kept.
 */
static uintptr_t odd_sp;

static void check_odd(uint64_t got, uint64_t want, const char *what)
{
	if (got != want || on_stack_sp_after != odd_sp || !on_stack_kept) {
		KEEL_ERR("%s: results %x %x sp %x kept %u", what, (unsigned)got,
			 (unsigned)(got >> 32), (unsigned)on_stack_sp_after,
			 (unsigned)on_stack_kept);
		sys_process_exit(2);
	}
}

KEEL_PROCESS_ENTRY(sp_unaligned)
{
	uintptr_t sp = odd_sp = own_stack(4);
	keel_instant_t deadline = keel_deadline_in(KEEL_MS(2));

	check_odd(on_stack_call(sp, KEEL_SYS_DEBUG_NOP, 0, 0, 0, 0), 0, "debug_nop");
	check_odd(on_stack_call(sp, KEEL_SYS_OBJECT_WAIT, 77, 1, 0, 0),
		  KEEL_OUT_OF_RANGE | (uint64_t)KEEL_SIGNAL_ERROR_FLAG << 32, "object_wait(77)");
	check_odd(on_stack_call(sp, KEEL_SYS_OBJECT_WAIT, HANDLE_NOTHING, 0, KEEL_LO(deadline),
				KEEL_HI(deadline)),
		  KEEL_DEADLINE_EXCEEDED | (uint64_t)KEEL_SIGNAL_ERROR_FLAG << 32,
		  "a parked object_wait");
	sys_process_exit(UNALIGNED_DONE);
}
