/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_PROCESS_H
#define ARCH_PROCESS_H

#include <stdint.h>

/*
 * A process's MPU image, computed once at boot: RBAR, RLAR of region 0, then of
 * region 1 and so on, the order of RBAR, RLAR, RBAR_A1 .. RLAR_A3 in the SCS, so four
 * regions are copied to the MPU as one block of eight words.
 */
struct arch_process {
	uint32_t region[8][2];
	uint8_t blocks; /* blocks of four regions in use: 1 or 2 */
};

/*
 * The generator's image of a process's MPU regions (K_PROCESS's arch_): the blocks in
 * use, then { RBAR, RLAR } per region.
 */
#define ARCH_PROCESS_MPU(blocks_, ...)                         \
	{                                                      \
		.region = { __VA_ARGS__ }, .blocks = (blocks_) \
	}

#endif /* ARCH_PROCESS_H */
