// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include "../bench.h"

KEEL_ENTRY()
{
	for (unsigned i = 0; i < 100; i++)
		(void)sys_debug_nop();
	uint64_t empty0 = bench_instret();
	for (unsigned i = 0; i < BENCH_ITERATIONS; i++)
		__asm__ volatile("" ::: "memory");
	uint64_t empty1 = bench_instret();
	for (unsigned i = 0; i < BENCH_ITERATIONS; i++)
		(void)sys_debug_nop();
	uint64_t end = bench_instret();
	uint64_t per = ((end - empty1) - (empty1 - empty0)) / BENCH_ITERATIONS;
	KEEL_INF("BENCH null_syscall %u", (unsigned)per);
	sys_debug_shutdown(0);
}
