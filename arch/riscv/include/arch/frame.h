/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#include <stdint.h>

/*
 * A thread's saved user registers. x[i] holds register xi (x[0] holds the pc: x0 is
 * never saved), so the trap code indexes by register number.
 */
struct arch_frame {
	uint32_t x[32];
};

#define ARCH_FRAME_PC 0
/* The frame's slots in order, for the fault line's register dump (x0's slot is the pc). */
#define ARCH_FRAME_NAMES                                                                          \
	"pc", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", \
		"a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",   \
		"t3", "t4", "t5", "t6"
#define ARCH_REG_RA 1
#define ARCH_REG_SP 2
#define ARCH_REG_T0 5
#define ARCH_REG_A0 10

/* Syscall arguments a0..a7 and the id in t0. */
static inline uint32_t arch_frame_word(const struct arch_frame *f, unsigned i)
{
	return f->x[i];
}

static inline uintptr_t arch_frame_arg(const struct arch_frame *f, unsigned n)
{
	return f->x[ARCH_REG_A0 + n];
}

static inline uint32_t arch_frame_syscall_id(const struct arch_frame *f)
{
	return f->x[ARCH_REG_T0];
}

static inline void arch_frame_set_result(struct arch_frame *f, uint32_t r0, uint32_t r1)
{
	f->x[ARCH_REG_A0] = r0;
	f->x[ARCH_REG_A0 + 1] = r1;
}

/* n (at most 5) result words, a0..a4: the short messages' calls have five. */
static inline __attribute__((always_inline)) void
arch_frame_set_results(struct arch_frame *f, const uint32_t *r, unsigned n)
{
#pragma GCC unroll 5
	for (unsigned i = 0; i < n; i++)
		f->x[ARCH_REG_A0 + i] = r[i];
}

/* A restartable syscall's arguments, for the trap it executes again. */
static inline void arch_frame_save_args(struct arch_frame *f, uintptr_t a0, uintptr_t a1,
					uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5,
					uintptr_t a6)
{
	f->x[ARCH_REG_A0] = a0;
	f->x[ARCH_REG_A0 + 1] = a1;
	f->x[ARCH_REG_A0 + 2] = a2;
	f->x[ARCH_REG_A0 + 3] = a3;
	f->x[ARCH_REG_A0 + 4] = a4;
	f->x[ARCH_REG_A0 + 5] = a5;
	f->x[ARCH_REG_A0 + 6] = a6;
}

static inline void arch_frame_init(struct arch_frame *f, uintptr_t pc, uintptr_t sp)
{
	for (unsigned i = 0; i < 32; i++)
		f->x[i] = 0;
	f->x[ARCH_FRAME_PC] = (uint32_t)pc;
	f->x[ARCH_REG_SP] = (uint32_t)sp;
}

/*
 * Make the thread execute its ecall (4 bytes, never compressed) again: the syscall
 * entry had already moved the pc past it. arch_syscall sees the pc moved back and
 * restores every register on the way out, so the arguments are there again.
 */
static inline void arch_frame_restart(struct arch_frame *f)
{
	f->x[ARCH_FRAME_PC] -= 4;
}

static inline uintptr_t arch_frame_pc(const struct arch_frame *f)
{
	return f->x[ARCH_FRAME_PC];
}

#endif /* ARCH_FRAME_H */
