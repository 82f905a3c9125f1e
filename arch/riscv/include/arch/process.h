/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_PROCESS_H
#define ARCH_PROCESS_H

#include <stdint.h>

/* A process's PMP image, computed once at boot and written on a process switch. */
struct arch_process {
	uint32_t pmpaddr[16];
	uint32_t pmpcfg[4];
	uint8_t entries; /* in use, from entry 0: stack guards, then a TOR pair per region */
};

#endif /* ARCH_PROCESS_H */
