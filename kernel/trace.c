// SPDX-License-Identifier: Apache-2.0
/*
 * The trace ring: the last k_trace_ring_size events, oldest overwritten first. Built
 * only into the kernel of images with kernel.trace_buffer_events (KEEL_TRACE), whose
 * generated kernel_gen.c holds the ring itself.
 */
#include <k/arch.h>
#include <k/console.h>
#include <k/kernel.h>
#include <k/trace.h>
#include <target/board.h>

extern struct k_trace_event k_trace_ring[];
extern const uint32_t k_trace_ring_size;

static uint32_t next; /* the slot the next event goes to */
static uint32_t recorded; /* how many events there were, saturating */

void k_trace(uint32_t type, const void *thread, uint32_t arg)
{
	struct k_trace_event *e = &k_trace_ring[next];

	e->when = arch_now();
	e->thread = (uintptr_t)thread;
	e->arg = arg;
	e->type = type;
	if (++next == k_trace_ring_size)
		next = 0;
	if (recorded != UINT32_MAX)
		recorded++;
}

/*
 * One line per event, after one per thread and process naming their addresses (the
 * events carry addresses: cheaper to record than indices). tools/trace.py parses
 * this; `lost` tells it how many older events the ring dropped.
 */
void k_trace_dump(void)
{
	static bool dumped; /* a panic while dumping must not dump again */
	uint32_t n = recorded < k_trace_ring_size ? recorded : k_trace_ring_size;
	uint32_t i = recorded < k_trace_ring_size ? 0 : next;

	if (dumped)
		return;
	dumped = true;
	k_printf("TRACE begin %u %u %u\n", (unsigned)n, (unsigned)(recorded - n),
		 (unsigned)TARGET_SYSTEM_CLOCK_HZ);
	for (unsigned p = 0; p < k_process_count; p++) {
		const struct k_process *proc = k_processes[p];

		k_printf("TRACE P %lx %s\n", (unsigned long)(uintptr_t)proc, proc->name);
		for (unsigned t = 0; t < proc->thread_count; t++)
			k_printf("TRACE T %lx %s %s\n", (unsigned long)(uintptr_t)&proc->threads[t],
				 proc->name, proc->threads[t].name);
	}
	for (; n; n--) {
		const struct k_trace_event *e = &k_trace_ring[i];

		k_printf("TRACE E %llx %u %lx %lx\n", (unsigned long long)e->when,
			 (unsigned)e->type, (unsigned long)e->thread, (unsigned long)e->arg);
		if (++i == k_trace_ring_size)
			i = 0;
	}
	k_printf("TRACE end\n");
}
