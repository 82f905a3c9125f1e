/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Instruction counting for benchmark images, under QEMU's -icount shift=0 (one
 * retired instruction per nanosecond of virtual time). On rv32 the instret counter is
 * the exact count (the kernel lets user mode read it). The Cortex-M33 has no counter a
 * process can read, so the system clock stands in: 20 MHz is one tick per 50
 * instructions, exact once averaged over many iterations.
 */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>
#include <keel/keel.h>

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
	return keel_now() * (1000000000u / KEEL_CLOCK_HZ);
#endif
}

/* How many instructions an empty measured loop iteration costs, to subtract. */
#define BENCH_ITERATIONS 1000u

#endif /* BENCH_H */
