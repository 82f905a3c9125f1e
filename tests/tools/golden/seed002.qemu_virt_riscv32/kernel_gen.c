/* generated from tests/tools/configs/seed002.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_supervisor;
extern struct k_process k_proc_uart_driver_16550;
extern struct k_process k_proc_adventure_game;
static struct k_wait_group obj_supervisor_main_loop_wait_group;
static struct k_interrupt obj_uart_driver_16550_uart_interrupt;
static struct k_channel_handler obj_uart_driver_16550_uart;
static struct k_wait_group obj_uart_driver_16550_main_loop_wait_group;
static struct k_channel_initiator obj_adventure_game_uart;

/* process supervisor (app supervisor) */
static const struct k_thread_info thread_info_supervisor[] = {
	K_THREAD_INFO("main_thread", 0x81010800u, 0x81010000u), /* main */
};
static struct k_thread threads_supervisor[] = {
	K_THREAD(threads_supervisor[0], &k_proc_supervisor, 15),
};
static struct k_wait_group obj_supervisor_main_loop_wait_group =
	K_WAIT_GROUP(obj_supervisor_main_loop_wait_group, &k_proc_supervisor);
static struct k_object *const table_supervisor[] = {
	&k_proc_uart_driver_16550.base, /* 0: uart_driver_process, process */
	&k_proc_adventure_game.base, /* 1: adventure_game_process, process */
	&obj_supervisor_main_loop_wait_group.base, /* 2: main_loop_wait_group, wait_group */
	&threads_supervisor[0].base, /* 3: main_thread, thread */
	&k_proc_supervisor.base, /* 4: PROCESS */
};
static const struct k_region regions_supervisor[] = {
	K_REGION(0x8003fc00u, 0x80043c00u, K_ACCESS_R | K_ACCESS_X), /* app supervisor flash */
	K_REGION(0x81010000u, 0x81011000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_supervisor =
	K_PROCESS_INFO("supervisor", threads_supervisor, thread_info_supervisor, 0, regions_supervisor,
		       K_REGION(0x81010000u, 0x81011000u, K_ACCESS_R | K_ACCESS_W), 0x8003fc00u, 0x81010800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x2000ff00u, 0x20010f00u, 0x20404000u, 0x20404400u));
struct k_process k_proc_supervisor = K_PROCESS(k_proc_supervisor, &info_supervisor, table_supervisor);

/* process uart_driver_16550 (app uart_driver_16550) */
static const struct k_thread_info thread_info_uart_driver_16550[] = {
	K_THREAD_INFO("main_thread", 0x81011800u, 0x81011000u), /* main */
};
static struct k_thread threads_uart_driver_16550[] = {
	K_THREAD(threads_uart_driver_16550[0], &k_proc_uart_driver_16550, 15),
};
static struct k_interrupt obj_uart_driver_16550_uart_interrupt =
	K_INTERRUPT(obj_uart_driver_16550_uart_interrupt, &k_proc_uart_driver_16550, 1, 10);
static struct k_channel_handler obj_uart_driver_16550_uart =
	K_CHANNEL_HANDLER(obj_uart_driver_16550_uart, &k_proc_uart_driver_16550, &obj_adventure_game_uart);
static struct k_wait_group obj_uart_driver_16550_main_loop_wait_group =
	K_WAIT_GROUP(obj_uart_driver_16550_main_loop_wait_group, &k_proc_uart_driver_16550);
static struct k_object *const table_uart_driver_16550[] = {
	&obj_uart_driver_16550_uart_interrupt.base, /* 0: uart_interrupt, interrupt */
	&obj_uart_driver_16550_uart.base, /* 1: uart, channel_handler */
	&obj_uart_driver_16550_main_loop_wait_group.base, /* 2: main_loop_wait_group, wait_group */
	&threads_uart_driver_16550[0].base, /* 3: main_thread, thread */
	&k_proc_uart_driver_16550.base, /* 4: PROCESS */
};
static const struct k_region regions_uart_driver_16550[] = {
	K_REGION(0x80043c00u, 0x80047c00u, K_ACCESS_R | K_ACCESS_X), /* app uart_driver_16550 flash */
	K_REGION(0x81011000u, 0x81012000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
	K_REGION(0x10000000u, 0x10001000u, K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE), /* mapping uart */
};
static const struct k_process_info info_uart_driver_16550 =
	K_PROCESS_INFO("uart_driver_16550", threads_uart_driver_16550, thread_info_uart_driver_16550, 0, regions_uart_driver_16550,
		       K_REGION(0x81011000u, 0x81012000u, K_ACCESS_R | K_ACCESS_W), 0x80043c00u, 0x81011800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(6, 0x0b000d00u, 0x00000b00u, 0x00000000u, 0x00000000u,
			0x20010f00u, 0x20011f00u, 0x20404400u, 0x20404800u,
			0x04000000u, 0x04000400u));
struct k_process k_proc_uart_driver_16550 = K_PROCESS(k_proc_uart_driver_16550, &info_uart_driver_16550, table_uart_driver_16550);

/* process adventure_game (app adventure_game) */
static const struct k_thread_info thread_info_adventure_game[] = {
	K_THREAD_INFO("main_thread", 0x81012800u, 0x81012000u), /* main */
};
static struct k_thread threads_adventure_game[] = {
	K_THREAD(threads_adventure_game[0], &k_proc_adventure_game, 15),
};
static struct k_channel_initiator obj_adventure_game_uart =
	K_CHANNEL_INITIATOR(obj_adventure_game_uart, &k_proc_adventure_game, &obj_uart_driver_16550_uart);
static struct k_object *const table_adventure_game[] = {
	&obj_adventure_game_uart.base, /* 0: uart, channel_initiator */
	&threads_adventure_game[0].base, /* 1: main_thread, thread */
	&k_proc_adventure_game.base, /* 2: PROCESS */
};
static const struct k_region regions_adventure_game[] = {
	K_REGION(0x80047c00u, 0x8004fc00u, K_ACCESS_R | K_ACCESS_X), /* app adventure_game flash */
	K_REGION(0x81012000u, 0x81014000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_adventure_game =
	K_PROCESS_INFO("adventure_game", threads_adventure_game, thread_info_adventure_game, 0, regions_adventure_game,
		       K_REGION(0x81012000u, 0x81014000u, K_ACCESS_R | K_ACCESS_W), 0x80047c00u, 0x81012800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x20011f00u, 0x20013f00u, 0x20404800u, 0x20405000u));
struct k_process k_proc_adventure_game = K_PROCESS(k_proc_adventure_game, &info_adventure_game, table_adventure_game);

struct k_process *const k_processes[] = {
	&k_proc_supervisor,
	&k_proc_uart_driver_16550,
	&k_proc_adventure_game,
};
const unsigned k_process_count = 3;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_CHANNEL_INITIATOR |
	1u << K_OBJ_CHANNEL_HANDLER |
	1u << K_OBJ_INTERRUPT |
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_THREAD |
	1u << K_OBJ_WAIT_GROUP |
	1u << K_OTHER_PROCESSES |
	1u << K_DEVICE_REGIONS;

/* User IRQs, by number: which interrupt object and signal bit each raises. */
const struct k_irq_binding k_irq_bindings[] = {
	K_IRQ_BINDING(10, &obj_uart_driver_16550_uart_interrupt, 0), /* uart_driver_16550.uart */
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
