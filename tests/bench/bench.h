/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Instruction counting for benchmark images, under QEMU's -icount shift=0 (one
 * retired instruction per nanosecond of virtual time). On rv32 the instret counter is
 * the exact count (the kernel lets user mode read it). The Cortex-M33 has no counter a
 * process can read, so the system clock stands in: 20 MHz is one tick per 50
 * instructions. A window's count is then off by less than 50 at either end, so the
 * M33 figure comes from BENCH_ITERATIONS iterations (the two windows' error is under
 * 0.01 per iteration) and is printed to a tenth, rounded: a whole-number division
 * would drop up to one instruction, and a tick too few at the end would print one less.
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

#define BENCH_ITERATIONS 10000u

/*
 * Print "BENCH <name> <total / n>": rounded to a whole instruction on rv32, whose count
 * is exact, and to a tenth on the M33, whose count is averaged from the clock.
 */
static inline void bench_report(const char *name, uint64_t total, uint32_t n)
{
#if defined(__riscv)
	KEEL_INF("BENCH %s %u", name, (unsigned)((total + n / 2) / n));
#else
	uint64_t tenths = (total * 10 + n / 2) / n;

	KEEL_INF("BENCH %s %u.%u", name, (unsigned)(tenths / 10), (unsigned)(tenths % 10));
#endif
}

/*
 * Run `op` 100 times to warm up, then BENCH_ITERATIONS times between two counter
 * reads, subtract what an empty loop of as many iterations costs, and print
 * "BENCH <name> <instructions per op>".
 */
#define BENCH_MEASURE(name, op)                                                    \
	do {                                                                       \
		for (unsigned bench_i = 0; bench_i < 100; bench_i++)               \
			op;                                                        \
		uint64_t bench_e0 = bench_instret();                               \
		for (unsigned bench_i = 0; bench_i < BENCH_ITERATIONS; bench_i++)  \
			__asm__ volatile("" ::: "memory");                         \
		uint64_t bench_e1 = bench_instret();                               \
		for (unsigned bench_i = 0; bench_i < BENCH_ITERATIONS; bench_i++)  \
			op;                                                        \
		uint64_t bench_end = bench_instret();                              \
		bench_report(name, (bench_end - bench_e1) - (bench_e1 - bench_e0), \
			     BENCH_ITERATIONS);                                    \
	} while (0)

#endif /* BENCH_H */
