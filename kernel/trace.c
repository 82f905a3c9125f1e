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
static bool wrapped; /* the ring went round: older events are lost */

/* The clock is read last: nothing but the slot has to live across that call. */
void k_trace(uint32_t type, const void *thread, uint32_t arg)
{
	uint32_t i = next;
	struct k_trace_event *e = &k_trace_ring[i];

	e->thread = (uint32_t)(uintptr_t)thread;
	e->arg = arg;
	e->type = type;
	if (++i == k_trace_ring_size) {
		i = 0;
		wrapped = true;
	}
	next = i;
	e->when = (uint32_t)arch_now();
}

/*
 * One line per event, after one per thread and process naming their addresses (the
 * events carry addresses: cheaper to record than indices). tools/trace.py parses
 * this; the begin line says how many events follow, whether older ones were
 * overwritten (1) and the clock's rate.
 */
void k_trace_dump(void)
{
	static bool dumped; /* a panic while dumping must not dump again */
	uint32_t n = wrapped ? k_trace_ring_size : next;
	uint32_t i = wrapped ? next : 0;

	if (dumped)
		return;
	dumped = true;
	k_printf("TRACE begin %u %u %u\n", (unsigned)n, (unsigned)wrapped,
		 (unsigned)TARGET_SYSTEM_CLOCK_HZ);
	for (unsigned p = 0; p < k_process_count; p++) {
		const struct k_process *proc = k_processes[p];

		k_printf("TRACE P %lx %s\n", (unsigned long)(uintptr_t)proc, proc->info->name);
		for (unsigned t = 0; t < proc->info->thread_count; t++)
			k_printf("TRACE T %lx %s %s\n",
				 (unsigned long)(uintptr_t)&proc->info->threads[t],
				 proc->info->name, proc->info->thread_info[t].name);
	}
	for (; n; n--) {
		const struct k_trace_event *e = &k_trace_ring[i];

		k_printf("TRACE E %lx %u %lx %lx\n", (unsigned long)e->when, (unsigned)e->type,
			 (unsigned long)e->thread, (unsigned long)e->arg);
		if (++i == k_trace_ring_size)
			i = 0;
	}
	k_printf("TRACE end\n");
}
