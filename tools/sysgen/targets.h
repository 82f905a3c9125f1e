/* SPDX-License-Identifier: Apache-2.0 */
/*
 * What the generator knows about each board: its memory, its interrupt numbers and
 * the rules of its memory protection unit. Checked against QEMU 7.2 (`info mtree`,
 * `info qtree`); see doc/system-config.md.
 */
#ifndef SYSGEN_TARGETS_H
#define SYSGEN_TARGETS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum arch { ARCH_RISCV, ARCH_ARMV8M };

/* [start, end); end is 64-bit so that a range may reach 0x1_0000_0000. */
struct mem_range {
	uint64_t start, end;
	const char *what;
};

struct target {
	const char *name;
	enum arch arch;
	const char *arch_type; /* arch.type in system.json5 */
	const char *ld_arch; /* OUTPUT_ARCH() of the linker scripts */
	const char *protection; /* the protection unit, for messages */
	/* The kernel's memory when the config has no `kernel` block. */
	uint32_t kflash_start, kflash_size, kram_start, kram_size;
	/* Where flash (kernel and app images) and RAM (kernel and process RAM) may be. */
	struct mem_range code, data;
	/* Devices the kernel drives itself: no process may map them. */
	const struct mem_range *reserved;
	size_t n_reserved;
	uint32_t kernel_stack;
	uint32_t irq_min, irq_max;
	/* An IRQ the kernel's own timer uses (no process and no table may claim it). */
	bool has_timer_irq;
	uint32_t timer_irq;
	uint32_t align; /* region start and size granule of the protection unit */
	uint32_t stack_align; /* the ABI's stack pointer alignment */
	uint32_t max_regions; /* per process */
	/*
	 * Bytes of no-access guard the layout leaves between two thread stacks, each
	 * taking one of the protection unit's `guard_entries` (0: none; the M33 limits
	 * every stack with PSPLIM instead). Regions take two entries each.
	 */
	uint32_t stack_guard;
	uint32_t guard_entries;
	/* ARMv8-M: the vector table, at the start of the kernel's flash. */
	bool has_vector_table;
	uint32_t vt_start, vt_size;
};

const struct target *target_find(const char *name);
/* "a, b" list of the known target names, for usage messages. */
const char *target_names(void);

#endif /* SYSGEN_TARGETS_H */
