/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Instruction counting for benchmark images. Under QEMU's -icount shift=0 the rv32
 * instret counter is the exact number of retired instructions (the kernel lets user
 * mode read it through mcounteren).
 */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>

static inline uint64_t bench_instret(void)
{
#if defined(__riscv)
	uint32_t hi, lo, hi2;

	do {
		__asm__ volatile("rdinstreth %0" : "=r"(hi));
		__asm__ volatile("rdinstret %0" : "=r"(lo));
		__asm__ volatile("rdinstreth %0" : "=r"(hi2));
	} while (hi != hi2);
	return ((uint64_t)hi << 32) | lo;
#else
	return 0;
#endif
}

/* How many instructions an empty measured loop iteration costs, to subtract. */
#define BENCH_ITERATIONS 1000u

#endif /* BENCH_H */
