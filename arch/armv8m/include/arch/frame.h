/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#include <stdint.h>

/*
 * A thread's saved user registers on ARMv8-M: r0..r12, sp, lr, pc, xPSR. The
 * syscall ABI (Keel's own): id in r12, arguments in r0..r7, results in r0, r1.
 */
struct arch_frame {
	uint32_t r[17];
};

#define ARCH_R_SP 13
/* The frame's slots in order, for the fault line's register dump. */
#define ARCH_FRAME_NAMES                                                                       \
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "sp", \
		"lr", "pc", "xpsr"
#define ARCH_R_LR 14
#define ARCH_R_PC 15
#define ARCH_R_XPSR 16
#define ARCH_XPSR_THUMB (1u << 24)

static inline uint32_t arch_frame_word(const struct arch_frame *f, unsigned i)
{
	return f->r[i];
}

static inline uintptr_t arch_frame_arg(const struct arch_frame *f, unsigned n)
{
	return f->r[n];
}

static inline uint32_t arch_frame_syscall_id(const struct arch_frame *f)
{
	return f->r[12];
}

static inline void arch_frame_set_result(struct arch_frame *f, uint32_t r0, uint32_t r1)
{
	f->r[0] = r0;
	f->r[1] = r1;
}

/* A restartable syscall's arguments, for the svc it executes again. */
static inline void arch_frame_save_args(struct arch_frame *f, uintptr_t a0, uintptr_t a1,
					uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5,
					uintptr_t a6)
{
	f->r[0] = a0;
	f->r[1] = a1;
	f->r[2] = a2;
	f->r[3] = a3;
	f->r[4] = a4;
	f->r[5] = a5;
	f->r[6] = a6;
}

static inline void arch_frame_init(struct arch_frame *f, uintptr_t pc, uintptr_t sp)
{
	for (unsigned i = 0; i < 17; i++)
		f->r[i] = 0;
	f->r[ARCH_R_PC] = (uint32_t)pc & ~1u;
	f->r[ARCH_R_SP] = (uint32_t)sp;
	f->r[ARCH_R_XPSR] = ARCH_XPSR_THUMB;
}

/*
 * Make the thread execute its svc (a 16-bit instruction) again: the stacked pc is the
 * one after it. Every register is restored from the frame, the arguments included.
 */
static inline void arch_frame_restart(struct arch_frame *f)
{
	f->r[ARCH_R_PC] -= 2;
}

static inline uintptr_t arch_frame_pc(const struct arch_frame *f)
{
	return f->r[ARCH_R_PC];
}

#endif /* ARCH_FRAME_H */
