// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include <waiter_codegen.h>
#include "../bench.h"

static uint32_t raiser_stack[256] __attribute__((aligned(16)));

static void raiser(void)
{
	BENCH_MEASURE("wait_group_wake", (void)sys_debug_trigger_interrupt(IRQ_BENCH));
	sys_debug_shutdown(0);
}

KEEL_PROCESS_ENTRY(waiter)
{
	(void)sys_wait_group_add(HANDLE_GROUP, HANDLE_IRQ, SIGNAL_BENCH, 1);
	(void)sys_thread_start(HANDLE_RAISER, raiser, raiser_stack + 256);
	for (;;) {
		(void)sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL);
		(void)sys_interrupt_ack(HANDLE_IRQ, SIGNAL_BENCH);
	}
}
