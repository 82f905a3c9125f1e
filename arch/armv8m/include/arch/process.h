/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_PROCESS_H
#define ARCH_PROCESS_H

#include <stdbool.h>
#include <stdint.h>

/*
 * A process's MPU image, computed once at boot: RBAR, RLAR of region 0, then of
 * region 1 and so on, the order of RBAR, RLAR, RBAR_A1 .. RLAR_A3 in the SCS, so four
 * regions are copied to the MPU as one block of eight words (trap.S's resume). The
 * regions a process does not use are off (RLAR 0).
 */
struct arch_process {
	uint32_t region[8][2];
	bool high; /* it uses regions 4..7: the second block */
};

/*
 * The generator's image of a process's MPU regions (K_PROCESS's arch_): the blocks in
 * use, then { RBAR, RLAR } per region.
 */
#define ARCH_PROCESS_MPU(blocks_, ...)                           \
	{                                                        \
		.region = { __VA_ARGS__ }, .high = (blocks_) > 1 \
	}

#endif /* ARCH_PROCESS_H */
