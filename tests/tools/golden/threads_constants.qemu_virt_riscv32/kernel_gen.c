/* generated from tests/tools/configs/threads_constants.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

/* Declared first, so that any record may point at any other. */
extern struct k_process k_proc_sampler;
extern struct k_process k_proc_reporter;
extern struct k_process k_proc_watchdog;
static struct k_interrupt obj_sampler_sample_ready;
static struct k_channel_handler obj_sampler_Samples;
static struct k_wait_group obj_sampler_events;
static struct k_channel_initiator obj_reporter_samples;
static struct k_channel_handler obj_reporter_unused;

/* process sampler (app sensors) */
static const struct k_thread_info thread_info_sampler[] = {
	K_THREAD_INFO("worker", 0x81010c10u, 0x81010800u),
	K_THREAD_INFO("boss", 0x81010800u, 0x81010000u), /* main */
	K_THREAD_INFO("spare", 0x00000000u, 0x00000000u),
};
static struct k_thread threads_sampler[] = {
	K_THREAD(threads_sampler[0], &k_proc_sampler, 10),
	K_THREAD(threads_sampler[1], &k_proc_sampler, 20),
	K_THREAD(threads_sampler[2], &k_proc_sampler, 0),
};
static struct k_interrupt obj_sampler_sample_ready =
	K_INTERRUPT(obj_sampler_sample_ready, &k_proc_sampler, 3, 5, 6, 7);
static struct k_channel_handler obj_sampler_Samples =
	K_CHANNEL_HANDLER(obj_sampler_Samples, &k_proc_sampler, &obj_reporter_samples);
static struct k_wait_group obj_sampler_events =
	K_WAIT_GROUP(obj_sampler_events, &k_proc_sampler);
static struct k_object *const table_sampler[] = {
	&obj_sampler_sample_ready.base, /* 0: sample_ready, interrupt */
	&threads_sampler[0].base, /* 1: worker, thread */
	&obj_sampler_Samples.base, /* 2: Samples, channel_handler */
	&threads_sampler[1].base, /* 3: boss, thread */
	&threads_sampler[2].base, /* 4: spare, thread */
	&obj_sampler_events.base, /* 5: events, wait_group */
	&k_proc_sampler.base, /* 6: PROCESS */
};
static const struct k_region regions_sampler[] = {
	K_REGION(0x80040000u, 0x80050000u, K_ACCESS_R | K_ACCESS_X), /* app sensors flash */
	K_REGION(0x81010000u, 0x81012000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
	K_REGION(0x40100000u, 0x40101000u, K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE), /* mapping adc */
	K_REGION(0x60000000u, 0x60002000u, K_ACCESS_R | K_ACCESS_X), /* mapping dsp_code */
	K_REGION(0x60100000u, 0x60100400u, K_ACCESS_R | K_ACCESS_W), /* mapping shared_buffer */
};
static const struct k_process_info info_sampler =
	K_PROCESS_INFO("sampler", threads_sampler, thread_info_sampler, 1, regions_sampler,
		       K_REGION(0x81010000u, 0x81012000u, K_ACCESS_R | K_ACCESS_W), 0x80040000u, 0x81010c10u,
		       K_DEBUG_ALL,
		       ARCH_PROCESS_PMP(11, 0x000d0018u, 0x000b000bu, 0x000b000du, 0x00000000u,
			0x20404201u, 0x20010000u, 0x20014000u, 0x20404000u,
			0x20404800u, 0x10040000u, 0x10040400u, 0x18000000u,
			0x18000800u, 0x18040000u, 0x18040100u));
struct k_process k_proc_sampler = K_PROCESS(k_proc_sampler, &info_sampler, table_sampler);

/* process reporter (app sensors) */
static const struct k_thread_info thread_info_reporter[] = {
	K_THREAD_INFO("main", 0x81012800u, 0x81012000u), /* main */
};
static struct k_thread threads_reporter[] = {
	K_THREAD(threads_reporter[0], &k_proc_reporter, 31),
};
static struct k_channel_initiator obj_reporter_samples =
	K_CHANNEL_INITIATOR(obj_reporter_samples, &k_proc_reporter, &obj_sampler_Samples);
static struct k_channel_handler obj_reporter_unused =
	K_CHANNEL_HANDLER(obj_reporter_unused, &k_proc_reporter, NULL);
static struct k_object *const table_reporter[] = {
	&obj_reporter_samples.base, /* 0: samples, channel_initiator */
	&obj_reporter_unused.base, /* 1: unused, channel_handler */
	&threads_reporter[0].base, /* 2: main, thread */
	&k_proc_reporter.base, /* 3: PROCESS */
};
static const struct k_region regions_reporter[] = {
	K_REGION(0x80040000u, 0x80050000u, K_ACCESS_R | K_ACCESS_X), /* app sensors flash */
	K_REGION(0x81012000u, 0x81013000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_reporter =
	K_PROCESS_INFO("reporter", threads_reporter, thread_info_reporter, 0, regions_reporter,
		       K_REGION(0x81012000u, 0x81013000u, K_ACCESS_R | K_ACCESS_W), 0x80048000u, 0x81012800u,
		       K_DEBUG_LOG | K_DEBUG_PUTC,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x20010000u, 0x20014000u, 0x20404800u, 0x20404c00u));
struct k_process k_proc_reporter = K_PROCESS(k_proc_reporter, &info_reporter, table_reporter);

/* process watchdog (app watchdog) */
static const struct k_thread_info thread_info_watchdog[] = {
	K_THREAD_INFO("only", 0x81013200u, 0x81013000u), /* main */
};
static struct k_thread threads_watchdog[] = {
	K_THREAD(threads_watchdog[0], &k_proc_watchdog, 15),
};
static struct k_object *const table_watchdog[] = {
	&k_proc_sampler.base, /* 0: sampler, process */
	&k_proc_reporter.base, /* 1: reporter, process */
	&threads_watchdog[0].base, /* 2: only, thread */
	&k_proc_watchdog.base, /* 3: PROCESS */
};
static const struct k_region regions_watchdog[] = {
	K_REGION(0x80050000u, 0x80052000u, K_ACCESS_R | K_ACCESS_X), /* app watchdog flash */
	K_REGION(0x81013000u, 0x81014000u, K_ACCESS_R | K_ACCESS_W), /* RAM */
};
static const struct k_process_info info_watchdog =
	K_PROCESS_INFO("watchdog", threads_watchdog, thread_info_watchdog, 0, regions_watchdog,
		       K_REGION(0x81013000u, 0x81014000u, K_ACCESS_R | K_ACCESS_W), 0x80050000u, 0x81013200u,
		       0,
		       ARCH_PROCESS_PMP(4, 0x0b000d00u, 0x00000000u, 0x00000000u, 0x00000000u,
			0x20014000u, 0x20014800u, 0x20404c00u, 0x20405000u));
struct k_process k_proc_watchdog = K_PROCESS(k_proc_watchdog, &info_watchdog, table_watchdog);

struct k_process *const k_processes[] = {
	&k_proc_sampler,
	&k_proc_reporter,
	&k_proc_watchdog,
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
	K_IRQ_BINDING(5, &obj_sampler_sample_ready, 0), /* sampler.adc_done */
	K_IRQ_BINDING(6, &obj_sampler_sample_ready, 1), /* sampler.adc_overrun */
	K_IRQ_BINDING(7, &obj_sampler_sample_ready, 2), /* sampler.dma_done */
};
const unsigned k_irq_binding_count = 3;

/* IRQs the kernel handles itself (kernel.interrupt_table), by number. */
const struct k_kernel_irq k_kernel_irqs[] = {
	{ 0 }, /* C has no empty arrays */
};
const unsigned k_kernel_irq_count = 0;

/* kernel.fault_registers: a process's fault line adds every register. */
const bool k_fault_registers = false;
/* kernel.system_dump: a panic or a failing debug_shutdown prints every thread. */
const bool k_system_dump_on = false;
