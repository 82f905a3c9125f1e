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

#define BENCH_ITERATIONS 1000u

/*
 * Run `op` 100 times to warm up, then BENCH_ITERATIONS times between two counter
 * reads, subtract what an empty loop of as many iterations costs, and print
 * "BENCH <name> <instructions per op>".
 */
#define BENCH_MEASURE(name, op)                                                        \
	do {                                                                           \
		for (unsigned bench_i = 0; bench_i < 100; bench_i++)                   \
			op;                                                            \
		uint64_t bench_e0 = bench_instret();                                   \
		for (unsigned bench_i = 0; bench_i < BENCH_ITERATIONS; bench_i++)      \
			__asm__ volatile("" ::: "memory");                             \
		uint64_t bench_e1 = bench_instret();                                   \
		for (unsigned bench_i = 0; bench_i < BENCH_ITERATIONS; bench_i++)      \
			op;                                                            \
		uint64_t bench_end = bench_instret();                                  \
		KEEL_INF("BENCH " name " %u",                                          \
			 (unsigned)(((bench_end - bench_e1) - (bench_e1 - bench_e0)) / \
				    BENCH_ITERATIONS));                                \
	} while (0)

#endif /* BENCH_H */
