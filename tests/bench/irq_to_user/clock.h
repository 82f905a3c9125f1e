/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The clock both processes of irq_to_user read with one instruction, so a reading
 * marks a point in the instruction stream. rv32: instret (exact, user-readable).
 * M33: the CMSDK dual timer's first counter, free-running at the system clock (20 MHz,
 * one count per 50 instructions under -icount shift=0), mapped by both processes; it
 * counts down, so the reading is its complement.
 */
#ifndef IRQ_TO_USER_CLOCK_H
#define IRQ_TO_USER_CLOCK_H

#include <stdint.h>

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
#else
#define CLOCK_INSTRUCTIONS 50u
/* Consecutive readings differ by 0 or 1; only a trap that ran the driver makes 8. */
#define CLOCK_GAP 8u
#define DUALTIMER1_VALUE 0x04u

static inline uint32_t clock_read(void)
{
	return ~*(volatile uint32_t *)(MAPPING_CLOCK_START + DUALTIMER1_VALUE);
}
#endif

#endif /* IRQ_TO_USER_CLOCK_H */
