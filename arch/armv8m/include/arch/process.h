/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_PROCESS_H
#define ARCH_PROCESS_H

#include <stdint.h>

/* A process's MPU image (RBAR/RLAR pairs), computed once at boot. */
struct arch_process {
	uint32_t rbar[8];
	uint32_t rlar[8];
};

#endif /* ARCH_PROCESS_H */
