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

/*
 * The generator's image of a process's PMP (K_PROCESS's arch_): the entries in use,
 * the four pmpcfg words, then pmpaddr from entry 0. A no-access NAPOT guard right
 * above every configured stack top but the highest, then a TOR pair per region.
 */
#define ARCH_PROCESS_PMP(entries_, cfg0_, cfg1_, cfg2_, cfg3_, ...)                           \
	{                                                                                     \
		.pmpaddr = { __VA_ARGS__ }, .pmpcfg = { (cfg0_), (cfg1_), (cfg2_), (cfg3_) }, \
		.entries = (entries_)                                                         \
	}

#endif /* ARCH_PROCESS_H */
