// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include <driver_codegen.h>
#include "../bench.h"

/* Each trigger wakes the driver at once (it has the higher priority). */
KEEL_PROCESS_ENTRY(raiser)
{
	BENCH_MEASURE("irq_to_user", (void)sys_debug_trigger_interrupt(IRQ_BENCH));
	sys_debug_shutdown(0);
}

KEEL_PROCESS_ENTRY(driver)
{
	for (;;) {
		(void)sys_object_wait(HANDLE_IRQ, SIGNAL_BENCH, KEEL_FOREVER, NULL);
		(void)sys_interrupt_ack(HANDLE_IRQ, SIGNAL_BENCH);
	}
}
