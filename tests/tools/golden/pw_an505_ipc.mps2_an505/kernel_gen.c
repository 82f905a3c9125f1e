/* generated from tests/tools/configs/pw_an505_ipc.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_asker;
extern struct k_process k_proc_answerer;
static struct k_channel_initiator obj_asker_chan;
static struct k_channel_handler obj_answerer_chan;

/* process asker (app ping) */
static const struct k_thread_info thread_info_asker[] = {
	K_THREAD_INFO("asker_thread", 0x38010800u, 0x38010000u), /* main */
};
static struct k_thread threads_asker[] = {
	K_THREAD(threads_asker[0], &k_proc_asker, 15),
};
static struct k_channel_initiator obj_asker_chan =
	K_CHANNEL_INITIATOR(obj_asker_chan, &k_proc_asker, &obj_answerer_chan);
static struct k_object *const table_asker[] = {
	&obj_asker_chan.base, /* 0: chan, channel_initiator */
	&threads_asker[0].base, /* 1: asker_thread, thread */
	&k_proc_asker.base, /* 2: PROCESS */
};
static const struct k_region regions_asker[] = {
	K_REGION(0x10040400u, 0x100bfc00u, K_ACCESS_R | K_ACCESS_X), /* app ping flash */
	K_REGION(0x38010000u, 0x38020000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_asker =
	K_PROCESS_INFO("asker", threads_asker, thread_info_asker, 0, regions_asker,
		       K_REGION(0x38010000u, 0x38020000u, K_ACCESS_R | K_ACCESS_W), 0x10040400u, 0x38010800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x100bfbe1u },
			{ 0x38010003u, 0x3801ffe1u }));
struct k_process k_proc_asker = K_PROCESS(k_proc_asker, &info_asker, table_asker);

/* process answerer (app ping) */
static const struct k_thread_info thread_info_answerer[] = {
	K_THREAD_INFO("answerer_thread", 0x38020800u, 0x38020000u), /* main */
};
static struct k_thread threads_answerer[] = {
	K_THREAD(threads_answerer[0], &k_proc_answerer, 15),
};
static struct k_channel_handler obj_answerer_chan =
	K_CHANNEL_HANDLER(obj_answerer_chan, &k_proc_answerer, &obj_asker_chan);
static struct k_object *const table_answerer[] = {
	&obj_answerer_chan.base, /* 0: chan, channel_handler */
	&threads_answerer[0].base, /* 1: answerer_thread, thread */
	&k_proc_answerer.base, /* 2: PROCESS */
};
static const struct k_region regions_answerer[] = {
	K_REGION(0x10040400u, 0x100bfc00u, K_ACCESS_R | K_ACCESS_X), /* app ping flash */
	K_REGION(0x38020000u, 0x38030000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_answerer =
	K_PROCESS_INFO("answerer", threads_answerer, thread_info_answerer, 0, regions_answerer,
		       K_REGION(0x38020000u, 0x38030000u, K_ACCESS_R | K_ACCESS_W), 0x10080000u, 0x38020800u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_MPU(1,
			{ 0x10040406u, 0x100bfbe1u },
			{ 0x38020003u, 0x3802ffe1u }));
struct k_process k_proc_answerer = K_PROCESS(k_proc_answerer, &info_answerer, table_answerer);

struct k_process *const k_processes[] = {
	&k_proc_asker,
	&k_proc_answerer,
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
