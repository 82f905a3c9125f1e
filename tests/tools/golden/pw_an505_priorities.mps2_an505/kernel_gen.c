/* generated from tests/tools/configs/pw_an505_priorities.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_sched;

/* process sched (app sched) */
static const struct k_thread_info thread_info_sched[] = {
	K_THREAD_INFO("control", 0x38010800u, 0x38010000u), /* main */
	K_THREAD_INFO("idle_work", 0x38010a00u, 0x38010800u),
	K_THREAD_INFO("lowest", 0x00000000u, 0x00000000u),
	K_THREAD_INFO("low", 0x00000000u, 0x00000000u),
	K_THREAD_INFO("high", 0x00000000u, 0x00000000u),
	K_THREAD_INFO("highest", 0x00000000u, 0x00000000u),
	K_THREAD_INFO("numbered", 0x00000000u, 0x00000000u),
};
static struct k_thread threads_sched[] = {
	K_THREAD(threads_sched[0], &k_proc_sched, 15),
	K_THREAD(threads_sched[1], &k_proc_sched, 0),
	K_THREAD(threads_sched[2], &k_proc_sched, 1),
	K_THREAD(threads_sched[3], &k_proc_sched, 8),
	K_THREAD(threads_sched[4], &k_proc_sched, 23),
	K_THREAD(threads_sched[5], &k_proc_sched, 31),
	K_THREAD(threads_sched[6], &k_proc_sched, 20),
};
static struct k_object *const table_sched[] = {
	&threads_sched[0].base, /* 0: control, thread */
	&threads_sched[1].base, /* 1: idle_work, thread */
	&threads_sched[2].base, /* 2: lowest, thread */
	&threads_sched[3].base, /* 3: low, thread */
	&threads_sched[4].base, /* 4: high, thread */
	&threads_sched[5].base, /* 5: highest, thread */
	&threads_sched[6].base, /* 6: numbered, thread */
	&k_proc_sched.base, /* 7: PROCESS */
};
static const struct k_region regions_sched[] = {
	K_REGION(0x10040400u, 0x10048400u, K_ACCESS_R | K_ACCESS_X), /* app sched flash */
	K_REGION(0x38010000u, 0x38014000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_sched =
	K_PROCESS_INFO("sched", threads_sched, thread_info_sched, 0, regions_sched,
		       K_REGION(0x38010000u, 0x38014000u, K_ACCESS_R | K_ACCESS_W), 0x10040400u, 0x38010a00u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x100483e1u },
			{ 0x38010003u, 0x38013fe1u }));
struct k_process k_proc_sched = K_PROCESS(k_proc_sched, &info_sched, table_sched);

struct k_process *const k_processes[] = {
	&k_proc_sched,
};
const unsigned k_process_count = 1;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_THREAD;

/* User IRQs, by number: which interrupt object and signal bit each raises. */
const struct k_irq_binding k_irq_bindings[] = {
	{ 0 }, /* C has no empty arrays */
};
const unsigned k_irq_binding_count = 0;

/* IRQs the kernel handles itself (kernel.interrupt_table), by number. */
const struct k_kernel_irq k_kernel_irqs[] = {
	{ 0 }, /* C has no empty arrays */
};
const unsigned k_kernel_irq_count = 0;

/* kernel.fault_registers: a process's fault line adds every register. */
const bool k_fault_registers = false;
/* kernel.system_dump: a panic or a failing debug_shutdown prints every thread. */
const bool k_system_dump_on = false;
