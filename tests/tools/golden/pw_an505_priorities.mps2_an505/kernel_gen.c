/* generated from tests/tools/configs/pw_an505_priorities.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_sched;

/* process sched (app sched) */
static struct k_thread threads_sched[] = {
	K_THREAD(&k_proc_sched, "control", 15, 0x38010800u), /* main */
	K_THREAD(&k_proc_sched, "idle_work", 0, 0x38010a00u),
	K_THREAD(&k_proc_sched, "lowest", 1, 0x00000000u),
	K_THREAD(&k_proc_sched, "low", 8, 0x00000000u),
	K_THREAD(&k_proc_sched, "high", 23, 0x00000000u),
	K_THREAD(&k_proc_sched, "highest", 31, 0x00000000u),
	K_THREAD(&k_proc_sched, "numbered", 20, 0x00000000u),
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
struct k_process k_proc_sched =
	K_PROCESS("sched", threads_sched, 0, table_sched, regions_sched, 0x10040400u,
		  K_DEBUG_ALL);

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
