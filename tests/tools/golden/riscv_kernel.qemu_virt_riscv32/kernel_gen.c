/* generated from tests/tools/configs/riscv_kernel.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_power;
static struct k_interrupt obj_power_rtc;

/* process power (app power) */
static const struct k_thread_info thread_info_power[] = {
	K_THREAD_INFO("main_thread", 0x80108800u, 0x80108000u), /* main */
};
static struct k_thread threads_power[] = {
	K_THREAD(threads_power[0], &k_proc_power, 15),
};
static struct k_interrupt obj_power_rtc =
	K_INTERRUPT(obj_power_rtc, &k_proc_power, 1, 11);
static struct k_object *const table_power[] = {
	&obj_power_rtc.base, /* 0: rtc, interrupt */
	&threads_power[0].base, /* 1: main_thread, thread */
	&k_proc_power.base, /* 2: PROCESS */
};
static const struct k_region regions_power[] = {
	K_REGION(0x80030000u, 0x80031000u, K_ACCESS_R | K_ACCESS_X), /* app power flash */
	K_REGION(0x80108000u, 0x80109000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
	K_REGION(0x00101000u, 0x00102000u, K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE), /* mapping rtc_regs */
};
static const struct k_process_info info_power =
	K_PROCESS_INFO("power", threads_power, thread_info_power, 0, regions_power,
		       K_REGION(0x80108000u, 0x80109000u, K_ACCESS_R | K_ACCESS_W), 0x80030000u, 0x80108800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(6, 0x0b000d00u, 0x00000b00u, 0x00000000u, 0x00000000u,
			0x2000c000u, 0x2000c400u, 0x20042000u, 0x20042400u,
			0x00040400u, 0x00040800u));
struct k_process k_proc_power = K_PROCESS(k_proc_power, &info_power, table_power);

struct k_process *const k_processes[] = {
	&k_proc_power,
};
const unsigned k_process_count = 1;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_INTERRUPT |
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_THREAD |
	1u << K_DEVICE_REGIONS;

/* User IRQs, by number: which interrupt object and signal bit each raises. */
const struct k_irq_binding k_irq_bindings[] = {
	K_IRQ_BINDING(11, &obj_power_rtc, 0), /* power.rtc_alarm */
};
const unsigned k_irq_binding_count = 1;

/* IRQs the kernel handles itself (kernel.interrupt_table), by number. */
void board_virtio_isr(void);
void board_uart_isr(void);
const struct k_kernel_irq k_kernel_irqs[] = {
	K_KERNEL_IRQ(1, board_virtio_isr),
	K_KERNEL_IRQ(10, board_uart_isr),
};
const unsigned k_kernel_irq_count = 2;

/* kernel.fault_registers: a process's fault line adds every register. */
const bool k_fault_registers = false;
/* kernel.system_dump: a panic or a failing debug_shutdown prints every thread. */
const bool k_system_dump_on = false;
