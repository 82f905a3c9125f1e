// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include <driver_codegen.h>
#include "../bench.h"

/*
 * irq_to_user_sw: no device and no interrupt trap. One iteration is the lower-priority
 * thread's debug_trigger_interrupt syscall, the wake-up inside it, the switch to the
 * driver thread (same process), its interrupt_ack and object_wait, and the switch
 * back: the interrupt object's whole cycle, against irq_to_user's real trap.
 */

static uint32_t raiser_stack[256] __attribute__((aligned(16)));

/* Each trigger wakes the main thread at once (it has the higher priority). */
static void raiser(void)
{
	BENCH_MEASURE("irq_to_user_sw", (void)sys_debug_trigger_interrupt(IRQ_BENCH));
	sys_debug_shutdown(0);
}

KEEL_PROCESS_ENTRY(driver)
{
	(void)sys_thread_start(HANDLE_RAISER, raiser, raiser_stack + 256);
	for (;;) {
		(void)sys_object_wait(HANDLE_IRQ, SIGNAL_BENCH, KEEL_FOREVER, NULL);
		(void)sys_interrupt_ack(HANDLE_IRQ, SIGNAL_BENCH);
	}
}
