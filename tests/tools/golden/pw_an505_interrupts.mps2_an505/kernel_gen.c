/* generated from tests/tools/configs/pw_an505_interrupts.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_source;
extern struct k_process k_proc_listener;
static struct k_channel_handler obj_source_ipc;
static struct k_interrupt obj_listener_test_interrupts;
static struct k_channel_initiator obj_listener_ipc;

/* process source (app irq_source) */
static const struct k_thread_info thread_info_source[] = {
	K_THREAD_INFO("source_thread", 0x38010800u, 0x38010000u), /* main */
};
static struct k_thread threads_source[] = {
	K_THREAD(threads_source[0], &k_proc_source, 15),
};
static struct k_channel_handler obj_source_ipc =
	K_CHANNEL_HANDLER(obj_source_ipc, &k_proc_source, &obj_listener_ipc);
static struct k_object *const table_source[] = {
	&obj_source_ipc.base, /* 0: ipc, channel_handler */
	&threads_source[0].base, /* 1: source_thread, thread */
	&k_proc_source.base, /* 2: PROCESS */
};
static const struct k_region regions_source[] = {
	K_REGION(0x10040400u, 0x10080000u, K_ACCESS_R | K_ACCESS_X), /* app irq_source flash */
	K_REGION(0x38010000u, 0x38020000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_source =
	K_PROCESS_INFO("source", threads_source, thread_info_source, 0, regions_source,
		       K_REGION(0x38010000u, 0x38020000u, K_ACCESS_R | K_ACCESS_W), 0x10040400u, 0x38010800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x1007ffe1u },
			{ 0x38010003u, 0x3801ffe1u }));
struct k_process k_proc_source = K_PROCESS(k_proc_source, &info_source, table_source);

/* process listener (app irq_listener) */
static const struct k_thread_info thread_info_listener[] = {
	K_THREAD_INFO("listener_thread", 0x38020800u, 0x38020000u), /* main */
};
static struct k_thread threads_listener[] = {
	K_THREAD(threads_listener[0], &k_proc_listener, 15),
};
static struct k_interrupt obj_listener_test_interrupts =
	K_INTERRUPT(obj_listener_test_interrupts, &k_proc_listener, 1, 42);
static struct k_channel_initiator obj_listener_ipc =
	K_CHANNEL_INITIATOR(obj_listener_ipc, &k_proc_listener, &obj_source_ipc);
static struct k_object *const table_listener[] = {
	&obj_listener_test_interrupts.base, /* 0: test_interrupts, interrupt */
	&obj_listener_ipc.base, /* 1: ipc, channel_initiator */
	&threads_listener[0].base, /* 2: listener_thread, thread */
	&k_proc_listener.base, /* 3: PROCESS */
};
static const struct k_region regions_listener[] = {
	K_REGION(0x10080000u, 0x100bfc00u, K_ACCESS_R | K_ACCESS_X), /* app irq_listener flash */
	K_REGION(0x38020000u, 0x38030000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_listener =
	K_PROCESS_INFO("listener", threads_listener, thread_info_listener, 0, regions_listener,
		       K_REGION(0x38020000u, 0x38030000u, K_ACCESS_R | K_ACCESS_W), 0x10080000u, 0x38020800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10080006u, 0x100bfbe1u },
			{ 0x38020003u, 0x3802ffe1u }));
struct k_process k_proc_listener = K_PROCESS(k_proc_listener, &info_listener, table_listener);

struct k_process *const k_processes[] = {
	&k_proc_source,
	&k_proc_listener,
};
const unsigned k_process_count = 2;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_CHANNEL_INITIATOR |
	1u << K_OBJ_CHANNEL_HANDLER |
	1u << K_OBJ_INTERRUPT |
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_THREAD;

/* User IRQs, by number: which interrupt object and signal bit each raises. */
const struct k_irq_binding k_irq_bindings[] = {
	K_IRQ_BINDING(42, &obj_listener_test_interrupts, 0), /* listener.test_irq */
};
const unsigned k_irq_binding_count = 1;

/* IRQs the kernel handles itself (kernel.interrupt_table), by number. */
const struct k_kernel_irq k_kernel_irqs[] = {
	{ 0 }, /* C has no empty arrays */
};
const unsigned k_kernel_irq_count = 0;

/* kernel.fault_registers: a process's fault line adds every register. */
const bool k_fault_registers = false;
/* kernel.system_dump: a panic or a failing debug_shutdown prints every thread. */
const bool k_system_dump_on = false;
