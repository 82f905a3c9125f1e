/* generated from tests/tools/configs/an505.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_uart1;
extern struct k_process k_proc_shell;
static struct k_interrupt obj_uart1_uart_irqs;
static struct k_channel_handler obj_uart1_console;
static struct k_channel_initiator obj_shell_console;

/* process uart1 (app console) */
static const struct k_thread_info thread_info_uart1[] = {
	K_THREAD_INFO("main_thread", 0x38008800u, 0x38008000u), /* main */
};
static struct k_thread threads_uart1[] = {
	K_THREAD(threads_uart1[0], &k_proc_uart1, 20),
};
static struct k_interrupt obj_uart1_uart_irqs =
	K_INTERRUPT(obj_uart1_uart_irqs, &k_proc_uart1, 2, 34, 35);
static struct k_channel_handler obj_uart1_console =
	K_CHANNEL_HANDLER(obj_uart1_console, &k_proc_uart1, &obj_shell_console);
static struct k_object *const table_uart1[] = {
	&obj_uart1_uart_irqs.base, /* 0: uart_irqs, interrupt */
	&obj_uart1_console.base, /* 1: console, channel_handler */
	&threads_uart1[0].base, /* 2: main_thread, thread */
	&k_proc_uart1.base, /* 3: PROCESS */
};
static const struct k_region regions_uart1[] = {
	K_REGION(0x10020000u, 0x10024000u, K_ACCESS_R | K_ACCESS_X), /* app console flash */
	K_REGION(0x38008000u, 0x38009000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
	K_REGION(0x40201000u, 0x40202000u, K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE), /* mapping uart1 */
};
static const struct k_process_info info_uart1 =
	K_PROCESS_INFO("uart1", threads_uart1, thread_info_uart1, 0, regions_uart1,
		       K_REGION(0x38008000u, 0x38009000u, K_ACCESS_R | K_ACCESS_W), 0x10020000u, 0x38008800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10020006u, 0x10023fe1u },
			{ 0x38008003u, 0x38008fe1u },
			{ 0x40201003u, 0x40201fe3u }));
struct k_process k_proc_uart1 = K_PROCESS(k_proc_uart1, &info_uart1, table_uart1);

/* process shell (app shell) */
static const struct k_thread_info thread_info_shell[] = {
	K_THREAD_INFO("main", 0x3800a000u, 0x38009000u), /* main */
};
static struct k_thread threads_shell[] = {
	K_THREAD(threads_shell[0], &k_proc_shell, 15),
};
static struct k_channel_initiator obj_shell_console =
	K_CHANNEL_INITIATOR(obj_shell_console, &k_proc_shell, &obj_uart1_console);
static struct k_object *const table_shell[] = {
	&obj_shell_console.base, /* 0: console, channel_initiator */
	&k_proc_uart1.base, /* 1: console_driver, process */
	&threads_shell[0].base, /* 2: main, thread */
	&k_proc_shell.base, /* 3: PROCESS */
};
static const struct k_region regions_shell[] = {
	K_REGION(0x10024000u, 0x1002c000u, K_ACCESS_R | K_ACCESS_X), /* app shell flash */
	K_REGION(0x38009000u, 0x3800b000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_shell =
	K_PROCESS_INFO("shell", threads_shell, thread_info_shell, 0, regions_shell,
		       K_REGION(0x38009000u, 0x3800b000u, K_ACCESS_R | K_ACCESS_W), 0x10024000u, 0x3800a000u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10024006u, 0x1002bfe1u },
			{ 0x38009003u, 0x3800afe1u }));
struct k_process k_proc_shell = K_PROCESS(k_proc_shell, &info_shell, table_shell);

struct k_process *const k_processes[] = {
	&k_proc_uart1,
	&k_proc_shell,
};
const unsigned k_process_count = 2;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_CHANNEL_INITIATOR |
	1u << K_OBJ_CHANNEL_HANDLER |
	1u << K_OBJ_INTERRUPT |
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_THREAD |
	1u << K_OTHER_PROCESSES |
	1u << K_DEVICE_REGIONS;

/* User IRQs, by number: which interrupt object and signal bit each raises. */
const struct k_irq_binding k_irq_bindings[] = {
	K_IRQ_BINDING(34, &obj_uart1_uart_irqs, 0), /* uart1.uart1_rx */
	K_IRQ_BINDING(35, &obj_uart1_uart_irqs, 1), /* uart1.uart1_tx */
};
const unsigned k_irq_binding_count = 2;

/* IRQs the kernel handles itself (kernel.interrupt_table), by number. */
void board_dualtimer_isr(void);
const struct k_kernel_irq k_kernel_irqs[] = {
	K_KERNEL_IRQ(2, board_dualtimer_isr),
	K_KERNEL_IRQ(5, board_dualtimer_isr),
};
const unsigned k_kernel_irq_count = 2;

/* kernel.fault_registers: a process's fault line adds every register. */
const bool k_fault_registers = false;
/* kernel.system_dump: a panic or a failing debug_shutdown prints every thread. */
const bool k_system_dump_on = false;
