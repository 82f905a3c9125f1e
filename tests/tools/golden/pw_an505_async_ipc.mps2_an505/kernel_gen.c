/* generated from tests/tools/configs/pw_an505_async_ipc.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_initiator;
extern struct k_process k_proc_handler1;
extern struct k_process k_proc_handler2;
extern struct k_process k_proc_handler3;
static struct k_channel_initiator obj_initiator_IPC_1;
static struct k_channel_initiator obj_initiator_IPC_2;
static struct k_channel_initiator obj_initiator_IPC_3;
static struct k_wait_group obj_initiator_WAIT_GROUP;
static struct k_channel_handler obj_handler1_IPC_1;
static struct k_channel_handler obj_handler2_IPC_2;
static struct k_channel_handler obj_handler3_IPC_3;

/* process initiator (app initiator) */
static const struct k_thread_info thread_info_initiator[] = {
	K_THREAD_INFO("initiator thread", 0x38010800u, 0x38010000u), /* main */
};
static struct k_thread threads_initiator[] = {
	K_THREAD(threads_initiator[0], &k_proc_initiator, 15),
};
static struct k_channel_initiator obj_initiator_IPC_1 =
	K_CHANNEL_INITIATOR(obj_initiator_IPC_1, &k_proc_initiator, &obj_handler1_IPC_1);
static struct k_channel_initiator obj_initiator_IPC_2 =
	K_CHANNEL_INITIATOR(obj_initiator_IPC_2, &k_proc_initiator, &obj_handler2_IPC_2);
static struct k_channel_initiator obj_initiator_IPC_3 =
	K_CHANNEL_INITIATOR(obj_initiator_IPC_3, &k_proc_initiator, &obj_handler3_IPC_3);
static struct k_wait_group obj_initiator_WAIT_GROUP =
	K_WAIT_GROUP(obj_initiator_WAIT_GROUP, &k_proc_initiator);
static struct k_object *const table_initiator[] = {
	&obj_initiator_IPC_1.base, /* 0: IPC_1, channel_initiator */
	&obj_initiator_IPC_2.base, /* 1: IPC_2, channel_initiator */
	&obj_initiator_IPC_3.base, /* 2: IPC_3, channel_initiator */
	&obj_initiator_WAIT_GROUP.base, /* 3: WAIT_GROUP, wait_group */
	&k_proc_initiator.base, /* 4: PROCESS */
};
static const struct k_region regions_initiator[] = {
	K_REGION(0x10040400u, 0x10080000u, K_ACCESS_R | K_ACCESS_X), /* app initiator flash */
	K_REGION(0x38010000u, 0x38020000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_initiator =
	K_PROCESS_INFO("initiator", threads_initiator, thread_info_initiator, 0, regions_initiator,
		       K_REGION(0x38010000u, 0x38020000u, K_ACCESS_R | K_ACCESS_W), 0x10040400u, 0x38010800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x1007ffe1u },
			{ 0x38010003u, 0x3801ffe1u }));
struct k_process k_proc_initiator = K_PROCESS(k_proc_initiator, &info_initiator, table_initiator);

/* process handler1 (app handlers) */
static const struct k_thread_info thread_info_handler1[] = {
	K_THREAD_INFO("handler1 thread", 0x38020800u, 0x38020000u), /* main */
};
static struct k_thread threads_handler1[] = {
	K_THREAD(threads_handler1[0], &k_proc_handler1, 15),
};
static struct k_channel_handler obj_handler1_IPC_1 =
	K_CHANNEL_HANDLER(obj_handler1_IPC_1, &k_proc_handler1, &obj_initiator_IPC_1);
static struct k_object *const table_handler1[] = {
	&obj_handler1_IPC_1.base, /* 0: IPC_1, channel_handler */
	&k_proc_handler1.base, /* 1: PROCESS */
};
static const struct k_region regions_handler1[] = {
	K_REGION(0x10080000u, 0x1013f400u, K_ACCESS_R | K_ACCESS_X), /* app handlers flash */
	K_REGION(0x38020000u, 0x38030000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_handler1 =
	K_PROCESS_INFO("handler1", threads_handler1, thread_info_handler1, 0, regions_handler1,
		       K_REGION(0x38020000u, 0x38030000u, K_ACCESS_R | K_ACCESS_W), 0x10080000u, 0x38020800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10080006u, 0x1013f3e1u },
			{ 0x38020003u, 0x3802ffe1u }));
struct k_process k_proc_handler1 = K_PROCESS(k_proc_handler1, &info_handler1, table_handler1);

/* process handler2 (app handlers) */
static const struct k_thread_info thread_info_handler2[] = {
	K_THREAD_INFO("handler2 thread", 0x38030800u, 0x38030000u), /* main */
};
static struct k_thread threads_handler2[] = {
	K_THREAD(threads_handler2[0], &k_proc_handler2, 15),
};
static struct k_channel_handler obj_handler2_IPC_2 =
	K_CHANNEL_HANDLER(obj_handler2_IPC_2, &k_proc_handler2, &obj_initiator_IPC_2);
static struct k_object *const table_handler2[] = {
	&obj_handler2_IPC_2.base, /* 0: IPC_2, channel_handler */
	&k_proc_handler2.base, /* 1: PROCESS */
};
static const struct k_region regions_handler2[] = {
	K_REGION(0x10080000u, 0x1013f400u, K_ACCESS_R | K_ACCESS_X), /* app handlers flash */
	K_REGION(0x38030000u, 0x38040000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_handler2 =
	K_PROCESS_INFO("handler2", threads_handler2, thread_info_handler2, 0, regions_handler2,
		       K_REGION(0x38030000u, 0x38040000u, K_ACCESS_R | K_ACCESS_W), 0x100bfc00u, 0x38030800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10080006u, 0x1013f3e1u },
			{ 0x38030003u, 0x3803ffe1u }));
struct k_process k_proc_handler2 = K_PROCESS(k_proc_handler2, &info_handler2, table_handler2);

/* process handler3 (app handlers) */
static const struct k_thread_info thread_info_handler3[] = {
	K_THREAD_INFO("handler3 thread", 0x38040800u, 0x38040000u), /* main */
};
static struct k_thread threads_handler3[] = {
	K_THREAD(threads_handler3[0], &k_proc_handler3, 15),
};
static struct k_channel_handler obj_handler3_IPC_3 =
	K_CHANNEL_HANDLER(obj_handler3_IPC_3, &k_proc_handler3, &obj_initiator_IPC_3);
static struct k_object *const table_handler3[] = {
	&obj_handler3_IPC_3.base, /* 0: IPC_3, channel_handler */
	&k_proc_handler3.base, /* 1: PROCESS */
};
static const struct k_region regions_handler3[] = {
	K_REGION(0x10080000u, 0x1013f400u, K_ACCESS_R | K_ACCESS_X), /* app handlers flash */
	K_REGION(0x38040000u, 0x38050000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_handler3 =
	K_PROCESS_INFO("handler3", threads_handler3, thread_info_handler3, 0, regions_handler3,
		       K_REGION(0x38040000u, 0x38050000u, K_ACCESS_R | K_ACCESS_W), 0x100ff800u, 0x38040800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10080006u, 0x1013f3e1u },
			{ 0x38040003u, 0x3804ffe1u }));
struct k_process k_proc_handler3 = K_PROCESS(k_proc_handler3, &info_handler3, table_handler3);

struct k_process *const k_processes[] = {
	&k_proc_initiator,
	&k_proc_handler1,
	&k_proc_handler2,
	&k_proc_handler3,
};
const unsigned k_process_count = 4;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_CHANNEL_INITIATOR |
	1u << K_OBJ_CHANNEL_HANDLER |
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_WAIT_GROUP;

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
