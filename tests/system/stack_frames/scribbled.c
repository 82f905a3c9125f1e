// SPDX-License-Identifier: Apache-2.0
/* The stack_frames test's frame_scribbled victim (two threads). */
#include <keel/keel.h>
#include <frame_scribbled_codegen.h>

#include "stack_frames.h"

/*
 * The main thread parks in a syscall made at a known sp of its stack; the scribbler
 * clears the word right below that sp. On the M33 (an 8-byte aligned sp: the hardware
 * frame is the 8 words below) that is the xPSR, Thumb bit included: when the deadline
 * wakes main, the first instruction after the svc is a UsageFault of main's own
 * (INVSTATE). On rv32 it is the saved pc: main resumes at 0, where its process may not
 * execute (an instruction access fault of its own).
 */
static volatile uintptr_t parked_sp;
static uint64_t scribbler_stack[32];

static noreturn void scribbler_main(void)
{
	while (!parked_sp)
		sys_object_wait(HANDLE_NOTHING, 0, keel_deadline_in(KEEL_MS(1)), NULL);
	((volatile uint32_t *)parked_sp)[-1] = 0;
	sys_object_wait(HANDLE_NOTHING, 0, KEEL_FOREVER, NULL);
	survived("the scribbler's wait");
}

KEEL_PROCESS_ENTRY(frame_scribbled)
{
	uintptr_t sp = own_stack(0);

	if (sys_thread_start(HANDLE_SCRIBBLER, scribbler_main, scribbler_stack + 32) != KEEL_OK)
		survived("starting the scribbler");
	parked_sp = sp;
	keel_instant_t deadline = keel_deadline_in(KEEL_MS(20));
	(void)on_stack_call(sp, KEEL_SYS_OBJECT_WAIT, HANDLE_NOTHING, 0, KEEL_LO(deadline),
			    KEEL_HI(deadline));
	survived("resuming from a frame without its Thumb bit");
}
