// SPDX-License-Identifier: Apache-2.0
/*
 * irq_to_user's measuring thread, in a process of its own: it spins reading the clock
 * while the driver waits, so the device's interrupt is taken from user mode in
 * another process. The reading before the first gap is the last point before the
 * trap; it goes to the driver by IPC, after the driver has measured its side.
 */
#include <keel/keel.h>
#include <spinner_codegen.h>
#include "clock.h"

static uint32_t reading_before_trap(void)
{
	uint32_t prev = clock_read(), now;

	while ((now = clock_read()) - prev < CLOCK_GAP)
		prev = now;
	return prev;
}

KEEL_PROCESS_ENTRY(spinner)
{
	/* The first message only says the spinner is about to spin. */
	uint32_t reading = 0;

	for (;;) {
		uint32_t reply;
		size_t len;

		if (sys_channel_transact(HANDLE_SAMPLES, &reading, sizeof(reading), &reply,
					 sizeof(reply), KEEL_FOREVER, &len) != KEEL_OK)
			for (;;)
				;
		reading = reading_before_trap();
	}
}
