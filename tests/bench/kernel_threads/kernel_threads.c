// SPDX-License-Identifier: Apache-2.0
/*
 * Kernel-only benchmarks, under -icount: a kernel-thread call that neither waits nor
 * switches (kt_event_signal with nobody waiting), an uncontended mutex lock and
 * unlock, and a switch between two kernel threads (one iteration: each signals the
 * other's event and waits on its own, so two calls and two switches).
 */
#include <k/kthread.h>

static inline uint64_t instret(void)
{
#if defined(__riscv)
	uint32_t hi, lo, hi2;

	do {
		__asm__ volatile("csrr %0, minstreth" : "=r"(hi));
		__asm__ volatile("csrr %0, minstret" : "=r"(lo));
		__asm__ volatile("csrr %0, minstreth" : "=r"(hi2));
	} while (hi != hi2);
	return ((uint64_t)hi << 32) | lo;
#else
	/* No instruction counter on the M33 model: 20 MHz is one tick per 50. */
	return kt_now() * (1000000000u / TARGET_SYSTEM_CLOCK_HZ);
#endif
}

/* As tests/bench/bench.h: enough iterations, and a tenth, for the M33's clock. */
#define ITERATIONS 10000u

static void report(const char *name, uint64_t total)
{
#if defined(__riscv)
	kt_log("BENCH %s %u", name, (unsigned)((total + ITERATIONS / 2) / ITERATIONS));
#else
	uint64_t tenths = (total * 10 + ITERATIONS / 2) / ITERATIONS;

	kt_log("BENCH %s %u.%u", name, (unsigned)(tenths / 10), (unsigned)(tenths % 10));
#endif
}

#define MEASURE(name, op)                                    \
	do {                                                 \
		for (unsigned i_ = 0; i_ < 100; i_++)        \
			op;                                  \
		uint64_t e0_ = instret();                    \
		for (unsigned i_ = 0; i_ < ITERATIONS; i_++) \
			__asm__ volatile("" ::: "memory");   \
		uint64_t e1_ = instret();                    \
		for (unsigned i_ = 0; i_ < ITERATIONS; i_++) \
			op;                                  \
		uint64_t end_ = instret();                   \
		report(name, (end_ - e1_) - (e1_ - e0_));    \
	} while (0)

static struct kt_event to_peer, to_main, unused;
static struct kt_mutex mutex;
static struct kt_thread peer;
KT_STACK(peer_stack, 1024);

static void peer_entry(uintptr_t arg)
{
	(void)arg;
	for (;;) {
		if (kt_event_wait_until(&to_peer, K_FOREVER) != KEEL_OK)
			return;
		kt_event_signal(&to_main);
	}
}

static void ping(void)
{
	kt_event_signal(&to_peer);
	(void)kt_event_wait_until(&to_main, K_FOREVER);
}

int kernel_main(void)
{
	MEASURE("kernel_call", (kt_event_signal(&unused), unused.set = false));
	MEASURE("kernel_mutex", ((void)kt_mutex_lock(&mutex), (void)kt_mutex_unlock(&mutex)));
	if (kt_thread_create(&peer, "peer", peer_entry, 0, peer_stack, sizeof(peer_stack),
			     K_DEFAULT_PRIORITY) != KEEL_OK)
		return 1;
	MEASURE("kernel_switch", ping());
	(void)kt_thread_terminate(&peer);
	return kt_thread_join(&peer, K_FOREVER) == KEEL_OK ? 0 : 1;
}
