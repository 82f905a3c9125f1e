/* generated from tests/tools/configs/trace_ring.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_only;

/* process only (app app) */
static const struct k_thread_info thread_info_only[] = {
	K_THREAD_INFO("main", 0x81010400u, 0x81010000u), /* main */
};
static struct k_thread threads_only[] = {
	K_THREAD(threads_only[0], &k_proc_only, 15),
};
static struct k_object *const table_only[] = {
	&k_proc_only.base, /* 0: PROCESS */
};
static const struct k_region regions_only[] = {
	K_REGION(0x80040000u, 0x80041000u, K_ACCESS_R | K_ACCESS_X), /* app app flash */
	K_REGION(0x81010000u, 0x81010800u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_only =
	K_PROCESS_INFO("only", threads_only, thread_info_only, 0, regions_only,
		       K_REGION(0x81010000u, 0x81010800u, K_ACCESS_R | K_ACCESS_W), 0x80040000u, 0x81010400u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x20010000u, 0x20010400u, 0x20404000u, 0x20404200u));
struct k_process k_proc_only = K_PROCESS(k_proc_only, &info_only, table_only);

struct k_process *const k_processes[] = {
	&k_proc_only,
};
const unsigned k_process_count = 1;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_PROCESS |
	1u << K_SHORT_MESSAGES;

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
const bool k_system_dump_on = true;

/* The trace ring (kernel.trace_buffer_events): only a traced kernel has it. */
struct k_trace_event k_trace_ring[32];
const uint32_t k_trace_ring_size = 32;
