/* generated from tests/tools/configs/pw_rv32_uart.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_uart_owner;
extern struct k_process k_proc_uart_listener;
static struct k_channel_handler obj_uart_owner_ipc;
static struct k_interrupt obj_uart_listener_uart_interrupts;
static struct k_channel_initiator obj_uart_listener_ipc;

/* process uart_owner (app uart_owner) */
static const struct k_thread_info thread_info_uart_owner[] = {
	K_THREAD_INFO("owner_thread", 0x81010800u, 0x81010000u), /* main */
};
static struct k_thread threads_uart_owner[] = {
	K_THREAD(threads_uart_owner[0], &k_proc_uart_owner, 15),
};
static struct k_channel_handler obj_uart_owner_ipc =
	K_CHANNEL_HANDLER(obj_uart_owner_ipc, &k_proc_uart_owner, &obj_uart_listener_ipc);
static struct k_object *const table_uart_owner[] = {
	&obj_uart_owner_ipc.base, /* 0: ipc, channel_handler */
	&threads_uart_owner[0].base, /* 1: owner_thread, thread */
	&k_proc_uart_owner.base, /* 2: PROCESS */
};
static const struct k_region regions_uart_owner[] = {
	K_REGION(0x8003fc00u, 0x8007f800u, K_ACCESS_R | K_ACCESS_X), /* app uart_owner flash */
	K_REGION(0x81010000u, 0x81020000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
	K_REGION(0x10000000u, 0x10002000u, K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE), /* mapping uart0 */
};
static const struct k_process_info info_uart_owner =
	K_PROCESS_INFO("uart_owner", threads_uart_owner, thread_info_uart_owner, 0, regions_uart_owner,
		       K_REGION(0x81010000u, 0x81020000u, K_ACCESS_R | K_ACCESS_W), 0x8003fc00u, 0x81010800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(6, 0x0b000d00u, 0x00000b00u, 0x00000000u, 0x00000000u,
			0x2000ff00u, 0x2001fe00u, 0x20404000u, 0x20408000u,
			0x04000000u, 0x04000800u));
struct k_process k_proc_uart_owner = K_PROCESS(k_proc_uart_owner, &info_uart_owner, table_uart_owner);

/* process uart_listener (app uart_listener) */
static const struct k_thread_info thread_info_uart_listener[] = {
	K_THREAD_INFO("listener_thread", 0x81020800u, 0x81020000u), /* main */
};
static struct k_thread threads_uart_listener[] = {
	K_THREAD(threads_uart_listener[0], &k_proc_uart_listener, 15),
};
static struct k_interrupt obj_uart_listener_uart_interrupts =
	K_INTERRUPT(obj_uart_listener_uart_interrupts, &k_proc_uart_listener, 1, 10);
static struct k_channel_initiator obj_uart_listener_ipc =
	K_CHANNEL_INITIATOR(obj_uart_listener_ipc, &k_proc_uart_listener, &obj_uart_owner_ipc);
static struct k_object *const table_uart_listener[] = {
	&obj_uart_listener_uart_interrupts.base, /* 0: uart_interrupts, interrupt */
	&obj_uart_listener_ipc.base, /* 1: ipc, channel_initiator */
	&threads_uart_listener[0].base, /* 2: listener_thread, thread */
	&k_proc_uart_listener.base, /* 3: PROCESS */
};
static const struct k_region regions_uart_listener[] = {
	K_REGION(0x8007f800u, 0x800bf400u, K_ACCESS_R | K_ACCESS_X), /* app uart_listener flash */
	K_REGION(0x81020000u, 0x81030000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
	K_REGION(0x10000000u, 0x10002000u, K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE), /* mapping uart0 */
};
static const struct k_process_info info_uart_listener =
	K_PROCESS_INFO("uart_listener", threads_uart_listener, thread_info_uart_listener, 0, regions_uart_listener,
		       K_REGION(0x81020000u, 0x81030000u, K_ACCESS_R | K_ACCESS_W), 0x8007f800u, 0x81020800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(6, 0x0b000d00u, 0x00000b00u, 0x00000000u, 0x00000000u,
			0x2001fe00u, 0x2002fd00u, 0x20408000u, 0x2040c000u,
			0x04000000u, 0x04000800u));
struct k_process k_proc_uart_listener = K_PROCESS(k_proc_uart_listener, &info_uart_listener, table_uart_listener);

struct k_process *const k_processes[] = {
	&k_proc_uart_owner,
	&k_proc_uart_listener,
};
const unsigned k_process_count = 2;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_CHANNEL_INITIATOR |
	1u << K_OBJ_CHANNEL_HANDLER |
	1u << K_OBJ_INTERRUPT |
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_THREAD |
	1u << K_DEVICE_REGIONS;

/* User IRQs, by number: which interrupt object and signal bit each raises. */
const struct k_irq_binding k_irq_bindings[] = {
	K_IRQ_BINDING(10, &obj_uart_listener_uart_interrupts, 0), /* uart_listener.uart0 */
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
