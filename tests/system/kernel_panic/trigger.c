// SPDX-License-Identifier: Apache-2.0
/*
 * Fires the IRQ whose kernel handler breaks the kernel. The panic must end the
 * emulator at once with the panic exit code; coming back here is a failure.
 */
#include <check.h>
#include <trigger_codegen.h>

#define BREAK_IRQ 30u

KEEL_PROCESS_ENTRY(trigger)
{
	KEEL_INF("firing IRQ %u, which the kernel handles by breaking", BREAK_IRQ);
	sys_debug_trigger_interrupt(BREAK_IRQ);
	/* On a controller that latches the IRQ it is taken on the way out of the kernel. */
	keel_sleep(KEEL_MS(10));
	CHECK_FAIL("the kernel survived its own panic");
}
