/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The clock two processes read with one instruction each, so a reading marks a point
 * in the instruction stream (irq_to_user, wait_group_wake). rv32: instret (exact, user-readable).
 * M33: the CMSDK dual timer's first counter, free-running at the system clock (20 MHz,
 * one count per 50 instructions under -icount shift=0), mapped by both processes; it
 * counts down, so the reading is its complement.
 */
#ifndef IRQ_TO_USER_CLOCK_H
#define IRQ_TO_USER_CLOCK_H

#include <stdint.h>
#include <keel/keel.h>

#if defined(__riscv)
#define CLOCK_INSTRUCTIONS 1u
/* A spinner's consecutive readings differ by its loop (a few instructions). */
#define CLOCK_GAP 64u

static inline uint32_t clock_read(void)
{
	uint32_t v;

	__asm__ volatile("rdinstret %0" : "=r"(v));
	return v;
}

static inline void clock_start(void)
{
}
#else
#define CLOCK_INSTRUCTIONS 50u
/* Consecutive readings differ by 0 or 1; only a trap that ran the driver makes 8. */
#define CLOCK_GAP 8u
#define DUALTIMER1_VALUE 0x04u

static inline uint32_t clock_read(void)
{
	return ~*(volatile uint32_t *)(MAPPING_CLOCK_START + DUALTIMER1_VALUE);
}

#define DUALTIMER1_CONTROL 0x08
#define DUALTIMER_ENABLE_32BIT_FREE 0x82

/* Once, by one of the processes, before either reads the clock. */
static inline void clock_start(void)
{
	*(volatile uint32_t *)(MAPPING_CLOCK_START + DUALTIMER1_CONTROL) =
		DUALTIMER_ENABLE_32BIT_FREE;
	/* The clock must count at the system clock's rate, or 50 per count is wrong. */
	uint32_t c0 = clock_read();
	keel_instant_t k0 = keel_now();
	for (volatile unsigned n = 0; n < 20000; n++)
		;
	uint32_t c = clock_read() - c0;
	uint32_t k = (uint32_t)(keel_now() - k0);
	if (c + 2 < k || k + 2 < c) {
		KEEL_ERR("the dual timer counted %u while the clock counted %u", (unsigned)c,
			 (unsigned)k);
		sys_debug_shutdown(1);
	}
}
#endif

#endif /* IRQ_TO_USER_CLOCK_H */
