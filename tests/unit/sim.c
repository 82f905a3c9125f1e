// SPDX-License-Identifier: Apache-2.0
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/syscall.h>
#include <k/system.h>
#include <arch/host.h>
#include "sim.h"

uint8_t sim_ram_a[SIM_RAM], sim_ram_b[SIM_RAM], sim_ram_c[SIM_RAM];
uint8_t sim_flash_a[SIM_FLASH], sim_flash_b[SIM_FLASH], sim_flash_c[SIM_FLASH];

struct k_process sim_a, sim_b, sim_c;
static struct k_thread threads_a[2], threads_b[1], threads_c[1];
static struct k_channel_initiator a_ipc, a_ipc2;
static struct k_wait_group a_wg, c_wg;
static struct k_interrupt a_int;
static struct k_channel_handler b_ipc, c_ipc;

static struct k_object *const table_a[] = {
	&a_ipc.base,	    &a_wg.base,	  &a_int.base, &sim_b.base,
	&threads_a[1].base, &a_ipc2.base, &sim_c.base, &sim_a.base,
};
static struct k_object *const table_b[] = { &b_ipc.base, &sim_b.base };
static struct k_object *const table_c[] = { &c_ipc.base, &c_wg.base, &sim_c.base };

#define RW (K_ACCESS_R | K_ACCESS_W)
#define RX (K_ACCESS_R | K_ACCESS_X)
#define REGIONS(flash, ram)                                                         \
	{                                                                           \
		K_REGION((uintptr_t)(flash), (uintptr_t)(flash) + SIM_FLASH, RX),   \
			K_REGION((uintptr_t)(ram), (uintptr_t)(ram) + SIM_RAM, RW), \
	}
static struct k_region regions_a[2], regions_b[2], regions_c[2];
/* The generator's flash tables; here filled at run time, as the RAM's address is. */
static struct k_thread_info thread_info_a[2], thread_info_b[1], thread_info_c[1];
static struct k_process_info info_a, info_b, info_c;

struct k_process *const k_processes[] = { &sim_a, &sim_b, &sim_c };
const unsigned k_process_count = 3;
const struct k_irq_binding k_irq_bindings[] = {
	K_IRQ_BINDING(5, &a_int, 0),
	K_IRQ_BINDING(6, &a_int, 1),
};
const unsigned k_irq_binding_count = 2;
unsigned sim_kernel_irqs_taken;
static void kernel_isr(void)
{
	sim_kernel_irqs_taken++;
}
/* IRQ 9 is the kernel's own (kernel.interrupt_table). */
const struct k_kernel_irq k_kernel_irqs[] = { K_KERNEL_IRQ(9, kernel_isr) };
const unsigned k_kernel_irq_count = 1;
const bool k_fault_registers = false;
const bool k_system_dump_on = true;
const uint32_t k_object_types = ((1u << K_OBJ_TYPES) - 1) | 1u << K_OTHER_PROCESSES |
	1u << K_SHORT_MESSAGES | 1u << K_DEVICE_REGIONS;

/* An image header at the start of the flash: entry just after it, no .data or .bss. */
static void image(uint8_t *flash, uint8_t *ram)
{
	struct keel_image_header h = {
		.magic = KEEL_IMAGE_MAGIC,
		.entry = (uintptr_t)(flash + 64),
		.data_load = (uintptr_t)(flash + 64),
		.data_start = (uintptr_t)ram,
		.data_end = (uintptr_t)ram,
		.bss_end = (uintptr_t)ram,
	};
	memcpy(flash, &h, sizeof(h));
}

void sim_prepare(void)
{
	struct k_region ra[] = REGIONS(sim_flash_a, sim_ram_a);
	struct k_region rb[] = REGIONS(sim_flash_b, sim_ram_b);
	struct k_region rc[] = REGIONS(sim_flash_c, sim_ram_c);
	memcpy(regions_a, ra, sizeof(ra));
	memcpy(regions_b, rb, sizeof(rb));
	memcpy(regions_c, rc, sizeof(rc));

	thread_info_a[0] = (struct k_thread_info)K_THREAD_INFO(
		"a main", (uintptr_t)sim_ram_a + SIM_STACK, (uintptr_t)sim_ram_a);
	thread_info_a[1] = (struct k_thread_info)K_THREAD_INFO("a worker", 0, 0);
	thread_info_b[0] = (struct k_thread_info)K_THREAD_INFO(
		"b main", (uintptr_t)sim_ram_b + SIM_STACK, (uintptr_t)sim_ram_b);
	thread_info_c[0] = (struct k_thread_info)K_THREAD_INFO(
		"c main", (uintptr_t)sim_ram_c + SIM_STACK, (uintptr_t)sim_ram_c);
	threads_a[0] = (struct k_thread)K_THREAD(threads_a[0], &sim_a, 10);
	threads_a[1] = (struct k_thread)K_THREAD(threads_a[1], &sim_a, 10);
	threads_b[0] = (struct k_thread)K_THREAD(threads_b[0], &sim_b, 10);
	threads_c[0] = (struct k_thread)K_THREAD(threads_c[0], &sim_c, 10);
	a_ipc = (struct k_channel_initiator)K_CHANNEL_INITIATOR(a_ipc, &sim_a, &b_ipc);
	a_ipc2 = (struct k_channel_initiator)K_CHANNEL_INITIATOR(a_ipc2, &sim_a, &c_ipc);
	b_ipc = (struct k_channel_handler)K_CHANNEL_HANDLER(b_ipc, &sim_b, &a_ipc);
	c_ipc = (struct k_channel_handler)K_CHANNEL_HANDLER(c_ipc, &sim_c, &a_ipc2);
	a_wg = (struct k_wait_group)K_WAIT_GROUP(a_wg, &sim_a);
	c_wg = (struct k_wait_group)K_WAIT_GROUP(c_wg, &sim_c);
	a_int = (struct k_interrupt)K_INTERRUPT(a_int, &sim_a, 2, 5, 6);
	info_a = (struct k_process_info)K_PROCESS_INFO(
		"a", threads_a, thread_info_a, 0, regions_a, regions_a[1], sim_flash_a,
		(uintptr_t)sim_ram_a + SIM_STACK, K_DEBUG_ALL, ARCH_PROCESS_NONE);
	sim_a = (struct k_process)K_PROCESS(sim_a, &info_a, table_a);
	info_b = (struct k_process_info)K_PROCESS_INFO(
		"b", threads_b, thread_info_b, 0, regions_b, regions_b[1], sim_flash_b,
		(uintptr_t)sim_ram_b + SIM_STACK, K_DEBUG_ALL, ARCH_PROCESS_NONE);
	sim_b = (struct k_process)K_PROCESS(sim_b, &info_b, table_b);
	info_c = (struct k_process_info)K_PROCESS_INFO(
		"c", threads_c, thread_info_c, 0, regions_c, regions_c[1], sim_flash_c,
		(uintptr_t)sim_ram_c + SIM_STACK, K_DEBUG_ALL, ARCH_PROCESS_NONE);
	sim_c = (struct k_process)K_PROCESS(sim_c, &info_c, table_c);
	image(sim_flash_a, sim_ram_a);
	image(sim_flash_b, sim_ram_b);
	image(sim_flash_c, sim_ram_c);
	host_time = 0;
	host_timer = UINT64_MAX;
	host_irq_unmasked = 0;
	host_console_clear();
	k_time_slice = 0;
}

void sim_reset(void)
{
	sim_prepare();
	k_system_start();
}

void sim_run(struct k_thread *t)
{
	struct k_thread *cur = k_current;

	if (cur && cur != t && cur->state == K_THREAD_RUNNING)
		k_sched_ready(cur);
	if (t->state == K_THREAD_READY)
		k_sched_detach(t);
	t->state = K_THREAD_RUNNING;
	k_current = t;
}

/*
 * k_syscall, checking what the targets' fast return relies on: a success with
 * k_sched_dirty clear leaves the caller current and running (a handler that parks,
 * ends or switches away from its caller sets k_sched_dirty or returns a K_* code).
 */
static void sim_syscall(struct k_thread *t)
{
	const struct arch_frame *f = &t->frame;
	uint32_t id = arch_frame_syscall_id(f);
	int32_t r = k_syscall_call(arch_frame_arg(f, 0), arch_frame_arg(f, 1), arch_frame_arg(f, 2),
				   arch_frame_arg(f, 3), arch_frame_arg(f, 4), arch_frame_arg(f, 5),
				   arch_frame_arg(f, 6), id);

	if (r >= 0 && !k_sched_dirty && (k_current != t || t->state != K_THREAD_RUNNING)) {
		fprintf(stderr, "syscall %#x returned %d with k_sched_dirty clear, its caller %s\n",
			(unsigned)id, (int)r, k_current != t ? "not current" : "not running");
		abort();
	}
	k_syscall_commit(t, r, id);
}

int32_t sim_call(struct k_thread *t, uint32_t id, uintptr_t a0, uintptr_t a1, uintptr_t a2,
		 uintptr_t a3, uintptr_t a4, uintptr_t a5, uintptr_t a6)
{
	sim_run(t);
	t->frame.id = id;
	uintptr_t args[8] = { a0, a1, a2, a3, a4, a5, a6, 0 };
	memcpy(t->frame.arg, args, sizeof(args));
	t->frame.result[0] = t->frame.result[1] = 0xdeadbeef;
	t->frame.restarts = 0;
	/* A restarted call is issued again at once, as the thread would on a target. */
	unsigned restarts;
	do {
		restarts = t->frame.restarts;
		sim_syscall(t);
	} while (t->frame.restarts != restarts && t->state == K_THREAD_RUNNING);
	/*
	 * A parked (or terminated) caller has no result yet. One that is ready was
	 * preempted by the syscall's own scheduling (k_sched_after): its result is written.
	 */
	if (t->state != K_THREAD_RUNNING && t->state != K_THREAD_READY)
		return K_PARKED;
	return (int32_t)t->frame.result[0];
}

uint32_t sim_r0(const struct k_thread *t)
{
	return t->frame.result[0];
}

uint32_t sim_r1(const struct k_thread *t)
{
	return t->frame.result[1];
}

struct k_thread *sim_schedule(void)
{
	jmp_buf jb;
	struct k_thread *volatile next = NULL;

	host_exit_jmp = &jb;
	if (!setjmp(jb))
		next = k_sched_next();
	host_exit_jmp = NULL;
	return next;
}
