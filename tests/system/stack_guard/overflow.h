/* SPDX-License-Identifier: Apache-2.0 */
/*
 * A victim of stack_guard (include after its codegen header): the main thread starts
 * the thread `overflowing` on its configured stack and ends. That thread writes a
 * pattern under its stack (256 to 32 bytes down: the top of the stack configured
 * below it, unused now, clear of any guard), then recurses past its own stack's bottom
 * into it. That must fault the process. If it does not, it stops 200 bytes down and
 * ends the process with 1 if the pattern was overwritten, 2 if not: no guard either way.
 */
#ifndef STACK_GUARD_OVERFLOW_H
#define STACK_GUARD_OVERFLOW_H

#include <keel/keel.h>

#define STACK_SIZE 1024u
#define BELOW_WORDS 56u
#define PATTERN 0x57acc0deu

static volatile uintptr_t stop_at;

/* Not a tail call (the frame is used after it returns): every level takes stack. */
static uint32_t recurse(uint32_t n)
{
	volatile uint8_t frame[48];

	frame[0] = (uint8_t)n;
	if ((uintptr_t)frame < stop_at)
		return 0;
	return recurse(n + 1) + frame[0];
}

static void overflowing_main(void)
{
	uintptr_t bottom = STACK_TOP_OVERFLOWING - STACK_SIZE;
	volatile uint32_t *below = (volatile uint32_t *)(bottom - 4 * BELOW_WORDS);

	for (unsigned i = 0; i < BELOW_WORDS; i++)
		below[i] = PATTERN ^ i;
	stop_at = bottom - 200;
	(void)recurse(0);
	for (unsigned i = 0; i < BELOW_WORDS; i++)
		if (below[i] != (PATTERN ^ i))
			sys_process_exit(1);
	sys_process_exit(2);
}

static void start_overflowing(void)
{
	if (sys_thread_start(HANDLE_OVERFLOWING, overflowing_main,
			     (void *)(uintptr_t)STACK_TOP_OVERFLOWING) != KEEL_OK)
		sys_process_exit(3);
	sys_thread_exit(0);
}

#endif /* STACK_GUARD_OVERFLOW_H */
