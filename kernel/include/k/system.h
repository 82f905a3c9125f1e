/* SPDX-License-Identifier: Apache-2.0 */
/*
 * What a generated kernel_gen.c includes: the object types and one initialiser per
 * kind of record, so that the generator writes data only and the kernel can change a
 * struct's layout without touching the generator.
 */
#ifndef K_SYSTEM_H
#define K_SYSTEM_H

#include <k/kernel.h>
#include <k/trace.h>

#define K_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* A memory region a process may touch: [start, end) with K_ACCESS_* bits. */
#define K_REGION(start_, end_, access_)                               \
	{                                                             \
		.start = (start_), .end = (end_), .access = (access_) \
	}

/*
 * Every record below names itself first (`self_`, the variable or array element it
 * initialises): its lists start empty, pointing at themselves, so the kernel has no
 * list to set up at boot.
 */
#define K_LIST_EMPTY(list_)        \
	{                          \
		&(list_), &(list_) \
	}
#define K_OBJECT_BASE(self_, type_) .type = (type_), .waiters = K_LIST_EMPTY((self_).base.waiters)

/* A thread of process `proc_`: what changes as it runs (its constants: K_THREAD_INFO). */
#define K_THREAD(self_, proc_, priority_)                                           \
	{                                                                           \
		.base = { K_OBJECT_BASE(self_, K_OBJ_THREAD) }, .process = (proc_), \
		.priority = (priority_),                                            \
	}

/* A thread's constants (in flash); stack_top_ 0 means thread_start supplies the stack. */
#define K_THREAD_INFO(name_, stack_top_, stack_limit_)                                    \
	{                                                                                 \
		.name = (name_), .stack_top = (stack_top_), .stack_limit = (stack_limit_) \
	}

/*
 * At least a process's flash and RAM (regions 0 and 1, which a start reads): checked
 * by the compiler, so that the boot need not.
 */
#define K_REGION_COUNT(regions_) \
	(K_ARRAY_SIZE(regions_) + 0 * sizeof(char[K_ARRAY_SIZE(regions_) >= 2 ? 1 : -1]))

/*
 * A process's constants (in flash). threads_ (its K_THREAD array), thread_info_ (their
 * K_THREAD_INFO) and regions_ are arrays, whose sizes are taken here; main_ the index of
 * its main thread; ram_ the K_REGION of regions_[1], its RAM, again; image_ the flash address of the process image (struct
 * keel_image_header); stacks_end_ the top of its configured stacks (what a start
 * fills with K_STACK_FILL); debug_ the K_DEBUG_* bits of the debug syscalls it may
 * make; arch_ the image of its regions the arch's protection unit loads (the arch's
 * ARCH_PROCESS_* initialiser, computed by the generator).
 */
#define K_PROCESS_INFO(name_, threads_, thread_info_, main_, regions_, ram_, image_, stacks_end_, \
		       debug_, arch_)                                                             \
	{                                                                                         \
		.name = (name_), .threads = (threads_), .thread_info = (thread_info_),            \
		.regions = (regions_), .ram = ram_,                                               \
		.image = (const struct keel_image_header *)(uintptr_t)(image_),                   \
		.stacks_end = (stacks_end_), .thread_count = K_ARRAY_SIZE(threads_),              \
		.main_thread = (main_), .region_count = K_REGION_COUNT(regions_),                 \
		.debug_grants = (debug_), .arch = arch_,                                          \
	}

/* A process: info_ its K_PROCESS_INFO, table_ its handle table (an array). */
#define K_PROCESS(self_, info_, table_)                                           \
	{                                                                         \
		.base = { K_OBJECT_BASE(self_, K_OBJ_PROCESS) }, .info = (info_), \
		.table = (table_), .table_size = K_ARRAY_SIZE(table_),            \
	}

#define K_CHANNEL_INITIATOR(self_, owner_, handler_)                     \
	{                                                                \
		.base = { K_OBJECT_BASE(self_, K_OBJ_CHANNEL_INITIATOR), \
			  .signals = KEEL_SIGNAL_WRITABLE },             \
		.owner = (owner_), .handler = (handler_),                \
	}

/* initiator_ is NULL when no initiator in the system names this handler. */
#define K_CHANNEL_HANDLER(self_, owner_, initiator_)                                        \
	{                                                                                   \
		.base = { K_OBJECT_BASE(self_, K_OBJ_CHANNEL_HANDLER) }, .owner = (owner_), \
		.initiator = (initiator_),                                                  \
	}

#define K_WAIT_GROUP(self_, owner_)                                                    \
	{                                                                              \
		.base = { K_OBJECT_BASE(self_, K_OBJ_WAIT_GROUP) }, .owner = (owner_), \
		.members = K_LIST_EMPTY((self_).members)                               \
	}

/* An interrupt object with count_ IRQs; the IRQ numbers follow in config order. */
#define K_INTERRUPT(self_, owner_, count_, ...)                                       \
	{                                                                             \
		.base = { K_OBJECT_BASE(self_, K_OBJ_INTERRUPT) }, .owner = (owner_), \
		.count = (count_), .irqs = { __VA_ARGS__ },                           \
	}

/* IRQ irq_ raises bit bit_ (0 = INTERRUPT_A) of interrupt object object_. */
#define K_IRQ_BINDING(irq_, object_, bit_)                        \
	{                                                         \
		.irq = (irq_), .bit = (bit_), .object = (object_) \
	}

/* IRQ irq_ calls the kernel function handler_ (kernel.interrupt_table). */
#define K_KERNEL_IRQ(irq_, handler_)                 \
	{                                            \
		.irq = (irq_), .handler = (handler_) \
	}

#endif /* K_SYSTEM_H */
