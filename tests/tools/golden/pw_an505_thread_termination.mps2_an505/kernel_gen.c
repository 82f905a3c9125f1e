/* generated from tests/tools/configs/pw_an505_thread_termination.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_main;

/* process main (app main) */
static const struct k_thread_info thread_info_main[] = {
	K_THREAD_INFO("main_thread", 0x38010800u, 0x38010000u), /* main */
	K_THREAD_INFO("worker_thread", 0x00000000u, 0x00000000u),
};
static struct k_thread threads_main[] = {
	K_THREAD(threads_main[0], &k_proc_main, 15),
	K_THREAD(threads_main[1], &k_proc_main, 15),
};
static struct k_object *const table_main[] = {
	&threads_main[0].base, /* 0: main_thread, thread */
	&threads_main[1].base, /* 1: worker_thread, thread */
	&k_proc_main.base, /* 2: PROCESS */
};
static const struct k_region regions_main[] = {
	K_REGION(0x10040400u, 0x10080000u, K_ACCESS_R | K_ACCESS_X), /* app main flash */
	K_REGION(0x38010000u, 0x38020000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_main =
	K_PROCESS_INFO("main", threads_main, thread_info_main, 0, regions_main,
		       K_REGION(0x38010000u, 0x38020000u, K_ACCESS_R | K_ACCESS_W), 0x10040400u, 0x38010800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x1007ffe1u },
			{ 0x38010003u, 0x3801ffe1u }));
struct k_process k_proc_main = K_PROCESS(k_proc_main, &info_main, table_main);

struct k_process *const k_processes[] = {
	&k_proc_main,
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
