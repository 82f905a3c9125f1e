/* generated from tests/tools/configs/mixed_forms.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_a_b;
extern struct k_process k_proc_a;
extern struct k_process k_proc_lonely;
extern struct k_process k_proc_modern;
static struct k_wait_group obj_a_b_c;
static struct k_channel_handler obj_a_b_ch;
static struct k_wait_group obj_a_b_c_2;
static struct k_channel_initiator obj_modern_to_a;

/* process a_b (app legacy) */
static const struct k_thread_info thread_info_a_b[] = {
	K_THREAD_INFO("first thread: \"quoted\" \\ */ /*", 0x81010200u, 0x81010000u), /* main */
};
static struct k_thread threads_a_b[] = {
	K_THREAD(threads_a_b[0], &k_proc_a_b, 15),
};
static struct k_wait_group obj_a_b_c =
	K_WAIT_GROUP(obj_a_b_c, &k_proc_a_b);
static struct k_channel_handler obj_a_b_ch =
	K_CHANNEL_HANDLER(obj_a_b_ch, &k_proc_a_b, &obj_modern_to_a);
static struct k_object *const table_a_b[] = {
	&obj_a_b_c.base, /* 0: c, wait_group */
	&obj_a_b_ch.base, /* 1: ch, channel_handler */
	&k_proc_a_b.base, /* 2: PROCESS */
};
static const struct k_region regions_a_b[] = {
	K_REGION(0x80040000u, 0x80043000u, K_ACCESS_R | K_ACCESS_X), /* app legacy flash */
	K_REGION(0x81010000u, 0x81011000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_a_b =
	K_PROCESS_INFO("a_b", threads_a_b, thread_info_a_b, 0, regions_a_b,
		       K_REGION(0x81010000u, 0x81011000u, K_ACCESS_R | K_ACCESS_W), 0x80040000u, 0x81010200u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x20010000u, 0x20010c00u, 0x20404000u, 0x20404400u));
struct k_process k_proc_a_b = K_PROCESS(k_proc_a_b, &info_a_b, table_a_b);

/* process a (app legacy) */
static const struct k_thread_info thread_info_a[] = {
	K_THREAD_INFO("second", 0x81011200u, 0x81011000u), /* main */
};
static struct k_thread threads_a[] = {
	K_THREAD(threads_a[0], &k_proc_a, 15),
};
static struct k_wait_group obj_a_b_c_2 =
	K_WAIT_GROUP(obj_a_b_c_2, &k_proc_a);
static struct k_object *const table_a[] = {
	&obj_a_b_c_2.base, /* 0: b_c, wait_group */
	&k_proc_a.base, /* 1: PROCESS */
};
static const struct k_region regions_a[] = {
	K_REGION(0x80040000u, 0x80043000u, K_ACCESS_R | K_ACCESS_X), /* app legacy flash */
	K_REGION(0x81011000u, 0x81012000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
	K_REGION(0x40100000u, 0x40101000u, K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE), /* mapping gpio */
};
static const struct k_process_info info_a =
	K_PROCESS_INFO("a", threads_a, thread_info_a, 0, regions_a,
		       K_REGION(0x81011000u, 0x81012000u, K_ACCESS_R | K_ACCESS_W), 0x80041000u, 0x81011200u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(6, 0x0b000d00u, 0x00000b00u, 0x00000000u, 0x00000000u,
			0x20010000u, 0x20010c00u, 0x20404400u, 0x20404800u,
			0x10040000u, 0x10040400u));
struct k_process k_proc_a = K_PROCESS(k_proc_a, &info_a, table_a);

/* process lonely (app legacy) */
static const struct k_thread_info thread_info_lonely[] = {
	K_THREAD_INFO("third", 0x81012800u, 0x81012000u), /* main */
};
static struct k_thread threads_lonely[] = {
	K_THREAD(threads_lonely[0], &k_proc_lonely, 15),
};
static struct k_object *const table_lonely[] = {
	&k_proc_lonely.base, /* 0: PROCESS */
};
static const struct k_region regions_lonely[] = {
	K_REGION(0x80040000u, 0x80043000u, K_ACCESS_R | K_ACCESS_X), /* app legacy flash */
	K_REGION(0x81012000u, 0x81013000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_lonely =
	K_PROCESS_INFO("lonely", threads_lonely, thread_info_lonely, 0, regions_lonely,
		       K_REGION(0x81012000u, 0x81013000u, K_ACCESS_R | K_ACCESS_W), 0x80042000u, 0x81012800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x20010000u, 0x20010c00u, 0x20404800u, 0x20404c00u));
struct k_process k_proc_lonely = K_PROCESS(k_proc_lonely, &info_lonely, table_lonely);

/* process modern (app modern) */
static const struct k_thread_info thread_info_modern[] = {
	K_THREAD_INFO("t", 0x81013800u, 0x81013000u), /* main */
};
static struct k_thread threads_modern[] = {
	K_THREAD(threads_modern[0], &k_proc_modern, 15),
};
static struct k_channel_initiator obj_modern_to_a =
	K_CHANNEL_INITIATOR(obj_modern_to_a, &k_proc_modern, &obj_a_b_ch);
static struct k_object *const table_modern[] = {
	&obj_modern_to_a.base, /* 0: to_a, channel_initiator */
	&k_proc_a.base, /* 1: legacy_a, process */
	&threads_modern[0].base, /* 2: t, thread */
	&k_proc_modern.base, /* 3: PROCESS */
};
static const struct k_region regions_modern[] = {
	K_REGION(0x80043000u, 0x80044000u, K_ACCESS_R | K_ACCESS_X), /* app modern flash */
	K_REGION(0x81013000u, 0x81014000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
	K_REGION(0x40100000u, 0x40101000u, K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE), /* mapping gpio */
};
static const struct k_process_info info_modern =
	K_PROCESS_INFO("modern", threads_modern, thread_info_modern, 0, regions_modern,
		       K_REGION(0x81013000u, 0x81014000u, K_ACCESS_R | K_ACCESS_W), 0x80043000u, 0x81013800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(6, 0x0b000d00u, 0x00000b00u, 0x00000000u, 0x00000000u,
			0x20010c00u, 0x20011000u, 0x20404c00u, 0x20405000u,
			0x10040000u, 0x10040400u));
struct k_process k_proc_modern = K_PROCESS(k_proc_modern, &info_modern, table_modern);

struct k_process *const k_processes[] = {
	&k_proc_a_b,
	&k_proc_a,
	&k_proc_lonely,
	&k_proc_modern,
};
const unsigned k_process_count = 4;

/* The object types some handle table holds. */
const uint32_t k_object_types =
	1u << K_OBJ_CHANNEL_INITIATOR |
	1u << K_OBJ_CHANNEL_HANDLER |
	1u << K_OBJ_PROCESS |
	1u << K_OBJ_THREAD |
	1u << K_OBJ_WAIT_GROUP |
	1u << K_OTHER_PROCESSES |
	1u << K_DEVICE_REGIONS;

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
