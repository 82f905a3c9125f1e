// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include <driver_codegen.h>
#include "../bench.h"

/* Each trigger wakes the driver at once (it has the higher priority). */
KEEL_PROCESS_ENTRY(raiser)
{
	for (unsigned i = 0; i < 100; i++)
		(void)sys_debug_trigger_interrupt(IRQ_BENCH);
	uint64_t empty0 = bench_instret();
	for (unsigned i = 0; i < BENCH_ITERATIONS; i++)
		__asm__ volatile("" ::: "memory");
	uint64_t empty1 = bench_instret();
	for (unsigned i = 0; i < BENCH_ITERATIONS; i++)
		(void)sys_debug_trigger_interrupt(IRQ_BENCH);
	uint64_t end = bench_instret();
	uint64_t per = ((end - empty1) - (empty1 - empty0)) / BENCH_ITERATIONS;
	KEEL_INF("BENCH irq_to_user %u", (unsigned)per);
	sys_debug_shutdown(0);
}

KEEL_PROCESS_ENTRY(driver)
{
	for (;;) {
		(void)sys_object_wait(HANDLE_IRQ, SIGNAL_BENCH, KEEL_FOREVER, NULL);
		(void)sys_interrupt_ack(HANDLE_IRQ, SIGNAL_BENCH);
	}
}
