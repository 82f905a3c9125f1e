/* generated from tests/tools/configs/pw_an505_process_termination.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_main;
extern struct k_process k_proc_clean_exit;
extern struct k_process k_proc_forced_exit;
extern struct k_process k_proc_restart;
extern struct k_process k_proc_exception_exit;
static struct k_channel_initiator obj_main_ipc_control_initiator;
static struct k_channel_handler obj_main_ipc_reset;
static struct k_wait_group obj_main_wait_group;
static struct k_wait_group obj_restart_wait_group;
static struct k_channel_handler obj_restart_ipc_control_handler;
static struct k_channel_initiator obj_restart_ipc_reset;

/* process main (app process_termination) */
static const struct k_thread_info thread_info_main[] = {
	K_THREAD_INFO("main_thread", 0x38010800u, 0x38010000u), /* main */
	K_THREAD_INFO("test_thread", 0x00000000u, 0x00000000u),
};
static struct k_thread threads_main[] = {
	K_THREAD(threads_main[0], &k_proc_main, 15),
	K_THREAD(threads_main[1], &k_proc_main, 15),
};
static struct k_channel_initiator obj_main_ipc_control_initiator =
	K_CHANNEL_INITIATOR(obj_main_ipc_control_initiator, &k_proc_main, &obj_restart_ipc_control_handler);
static struct k_channel_handler obj_main_ipc_reset =
	K_CHANNEL_HANDLER(obj_main_ipc_reset, &k_proc_main, &obj_restart_ipc_reset);
static struct k_wait_group obj_main_wait_group =
	K_WAIT_GROUP(obj_main_wait_group, &k_proc_main);
static struct k_object *const table_main[] = {
	&k_proc_clean_exit.base, /* 0: clean_exit_process, process */
	&k_proc_forced_exit.base, /* 1: forced_exit_process, process */
	&k_proc_exception_exit.base, /* 2: exception_exit_process, process */
	&k_proc_restart.base, /* 3: restart_process, process */
	&obj_main_ipc_control_initiator.base, /* 4: ipc_control_initiator, channel_initiator */
	&obj_main_ipc_reset.base, /* 5: ipc_reset, channel_handler */
	&obj_main_wait_group.base, /* 6: wait_group, wait_group */
	&threads_main[0].base, /* 7: main_thread, thread */
	&threads_main[1].base, /* 8: test_thread, thread */
	&k_proc_main.base, /* 9: PROCESS */
};
static const struct k_region regions_main[] = {
	K_REGION(0x10040400u, 0x10080000u, K_ACCESS_R | K_ACCESS_X), /* app process_termination flash */
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

/* process clean_exit (app process_termination) */
static const struct k_thread_info thread_info_clean_exit[] = {
	K_THREAD_INFO("clean_exit_thread", 0x38020800u, 0x38020000u), /* main */
};
static struct k_thread threads_clean_exit[] = {
	K_THREAD(threads_clean_exit[0], &k_proc_clean_exit, 15),
};
static struct k_object *const table_clean_exit[] = {
	&threads_clean_exit[0].base, /* 0: clean_exit_thread, thread */
	&k_proc_clean_exit.base, /* 1: PROCESS */
};
static const struct k_region regions_clean_exit[] = {
	K_REGION(0x10040400u, 0x10080000u, K_ACCESS_R | K_ACCESS_X), /* app process_termination flash */
	K_REGION(0x38020000u, 0x38030000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_clean_exit =
	K_PROCESS_INFO("clean_exit", threads_clean_exit, thread_info_clean_exit, 0, regions_clean_exit,
		       K_REGION(0x38020000u, 0x38030000u, K_ACCESS_R | K_ACCESS_W), 0x1004d000u, 0x38020800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x1007ffe1u },
			{ 0x38020003u, 0x3802ffe1u }));
struct k_process k_proc_clean_exit = K_PROCESS(k_proc_clean_exit, &info_clean_exit, table_clean_exit);

/* process forced_exit (app process_termination) */
static const struct k_thread_info thread_info_forced_exit[] = {
	K_THREAD_INFO("forced_exit_thread", 0x38030800u, 0x38030000u), /* main */
};
static struct k_thread threads_forced_exit[] = {
	K_THREAD(threads_forced_exit[0], &k_proc_forced_exit, 15),
};
static struct k_object *const table_forced_exit[] = {
	&threads_forced_exit[0].base, /* 0: forced_exit_thread, thread */
	&k_proc_forced_exit.base, /* 1: PROCESS */
};
static const struct k_region regions_forced_exit[] = {
	K_REGION(0x10040400u, 0x10080000u, K_ACCESS_R | K_ACCESS_X), /* app process_termination flash */
	K_REGION(0x38030000u, 0x38040000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_forced_exit =
	K_PROCESS_INFO("forced_exit", threads_forced_exit, thread_info_forced_exit, 0, regions_forced_exit,
		       K_REGION(0x38030000u, 0x38040000u, K_ACCESS_R | K_ACCESS_W), 0x10059c00u, 0x38030800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x1007ffe1u },
			{ 0x38030003u, 0x3803ffe1u }));
struct k_process k_proc_forced_exit = K_PROCESS(k_proc_forced_exit, &info_forced_exit, table_forced_exit);

/* process restart (app process_termination) */
static const struct k_thread_info thread_info_restart[] = {
	K_THREAD_INFO("restart_thread", 0x38040800u, 0x38040000u), /* main */
};
static struct k_thread threads_restart[] = {
	K_THREAD(threads_restart[0], &k_proc_restart, 15),
};
static struct k_wait_group obj_restart_wait_group =
	K_WAIT_GROUP(obj_restart_wait_group, &k_proc_restart);
static struct k_channel_handler obj_restart_ipc_control_handler =
	K_CHANNEL_HANDLER(obj_restart_ipc_control_handler, &k_proc_restart, &obj_main_ipc_control_initiator);
static struct k_channel_initiator obj_restart_ipc_reset =
	K_CHANNEL_INITIATOR(obj_restart_ipc_reset, &k_proc_restart, &obj_main_ipc_reset);
static struct k_object *const table_restart[] = {
	&obj_restart_wait_group.base, /* 0: wait_group, wait_group */
	&obj_restart_ipc_control_handler.base, /* 1: ipc_control_handler, channel_handler */
	&obj_restart_ipc_reset.base, /* 2: ipc_reset, channel_initiator */
	&threads_restart[0].base, /* 3: restart_thread, thread */
	&k_proc_restart.base, /* 4: PROCESS */
};
static const struct k_region regions_restart[] = {
	K_REGION(0x10040400u, 0x10080000u, K_ACCESS_R | K_ACCESS_X), /* app process_termination flash */
	K_REGION(0x38040000u, 0x38050000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_restart =
	K_PROCESS_INFO("restart", threads_restart, thread_info_restart, 0, regions_restart,
		       K_REGION(0x38040000u, 0x38050000u, K_ACCESS_R | K_ACCESS_W), 0x10066800u, 0x38040800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x1007ffe1u },
			{ 0x38040003u, 0x3804ffe1u }));
struct k_process k_proc_restart = K_PROCESS(k_proc_restart, &info_restart, table_restart);

/* process exception_exit (app process_termination) */
static const struct k_thread_info thread_info_exception_exit[] = {
	K_THREAD_INFO("exception_exit_thread", 0x38050800u, 0x38050000u), /* main */
};
static struct k_thread threads_exception_exit[] = {
	K_THREAD(threads_exception_exit[0], &k_proc_exception_exit, 15),
};
static struct k_object *const table_exception_exit[] = {
	&threads_exception_exit[0].base, /* 0: exception_exit_thread, thread */
	&k_proc_exception_exit.base, /* 1: PROCESS */
};
static const struct k_region regions_exception_exit[] = {
	K_REGION(0x10040400u, 0x10080000u, K_ACCESS_R | K_ACCESS_X), /* app process_termination flash */
	K_REGION(0x38050000u, 0x38060000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_exception_exit =
	K_PROCESS_INFO("exception_exit", threads_exception_exit, thread_info_exception_exit, 0, regions_exception_exit,
		       K_REGION(0x38050000u, 0x38060000u, K_ACCESS_R | K_ACCESS_W), 0x10073400u, 0x38050800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x1007ffe1u },
			{ 0x38050003u, 0x3805ffe1u }));
struct k_process k_proc_exception_exit = K_PROCESS(k_proc_exception_exit, &info_exception_exit, table_exception_exit);

struct k_process *const k_processes[] = {
	&k_proc_main,
	&k_proc_clean_exit,
	&k_proc_forced_exit,
	&k_proc_restart,
	&k_proc_exception_exit,
};
const unsigned k_process_count = 5;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_CHANNEL_INITIATOR |
	1u << K_OBJ_CHANNEL_HANDLER |
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_THREAD |
	1u << K_OBJ_WAIT_GROUP |
	1u << K_OTHER_PROCESSES;

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
