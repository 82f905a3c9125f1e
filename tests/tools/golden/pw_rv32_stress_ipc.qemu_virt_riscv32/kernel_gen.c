/* generated from tests/tools/configs/pw_rv32_stress_ipc.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_initiator;
extern struct k_process k_proc_handler;
static struct k_channel_initiator obj_initiator_ipc;
static struct k_channel_handler obj_handler_ipc;

/* process initiator (app initiator) */
static const struct k_thread_info thread_info_initiator[] = {
	K_THREAD_INFO("initiator_thread", 0x81010800u, 0x81010000u), /* main */
};
static struct k_thread threads_initiator[] = {
	K_THREAD(threads_initiator[0], &k_proc_initiator, 15),
};
static struct k_channel_initiator obj_initiator_ipc =
	K_CHANNEL_INITIATOR(obj_initiator_ipc, &k_proc_initiator, &obj_handler_ipc);
static struct k_object *const table_initiator[] = {
	&obj_initiator_ipc.base, /* 0: ipc, channel_initiator */
	&threads_initiator[0].base, /* 1: initiator_thread, thread */
	&k_proc_initiator.base, /* 2: PROCESS */
};
static const struct k_region regions_initiator[] = {
	K_REGION(0x8003fc00u, 0x8007f800u, K_ACCESS_R | K_ACCESS_X), /* app initiator flash */
	K_REGION(0x81010000u, 0x81020000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_initiator =
	K_PROCESS_INFO("initiator", threads_initiator, thread_info_initiator, 0, regions_initiator,
		       K_REGION(0x81010000u, 0x81020000u, K_ACCESS_R | K_ACCESS_W), 0x8003fc00u, 0x81010800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x2000ff00u, 0x2001fe00u, 0x20404000u, 0x20408000u));
struct k_process k_proc_initiator = K_PROCESS(k_proc_initiator, &info_initiator, table_initiator);

/* process handler (app handler) */
static const struct k_thread_info thread_info_handler[] = {
	K_THREAD_INFO("handler_thread", 0x81020800u, 0x81020000u), /* main */
};
static struct k_thread threads_handler[] = {
	K_THREAD(threads_handler[0], &k_proc_handler, 15),
};
static struct k_channel_handler obj_handler_ipc =
	K_CHANNEL_HANDLER(obj_handler_ipc, &k_proc_handler, &obj_initiator_ipc);
static struct k_object *const table_handler[] = {
	&obj_handler_ipc.base, /* 0: ipc, channel_handler */
	&threads_handler[0].base, /* 1: handler_thread, thread */
	&k_proc_handler.base, /* 2: PROCESS */
};
static const struct k_region regions_handler[] = {
	K_REGION(0x8007f800u, 0x800bf400u, K_ACCESS_R | K_ACCESS_X), /* app handler flash */
	K_REGION(0x81020000u, 0x81030000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_handler =
	K_PROCESS_INFO("handler", threads_handler, thread_info_handler, 0, regions_handler,
		       K_REGION(0x81020000u, 0x81030000u, K_ACCESS_R | K_ACCESS_W), 0x8007f800u, 0x81020800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x2001fe00u, 0x2002fd00u, 0x20408000u, 0x2040c000u));
struct k_process k_proc_handler = K_PROCESS(k_proc_handler, &info_handler, table_handler);

struct k_process *const k_processes[] = {
	&k_proc_initiator,
	&k_proc_handler,
};
const unsigned k_process_count = 2;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_CHANNEL_INITIATOR |
	1u << K_OBJ_CHANNEL_HANDLER |
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
