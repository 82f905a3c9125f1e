/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#include <stddef.h>
#include <stdint.h>

/*
 * A thread's saved context on ARMv8-M. The frame the hardware stacks on exception
 * entry (r0-r3, r12, lr, pc, xPSR) stays on the thread's own stack and is the only
 * copy: the kernel reads a syscall's arguments there and writes its results there. The
 * thread keeps what the hardware does not stack, r4..r11, and where that frame is.
 * EXC_RETURN is not kept: every thread returns with the one trap.S accepts on entry
 * (secure thread mode on the PSP, no FP frame).
 *
 * psp is NULL (no frame: not started, or its frame could not be stacked) or a frame the
 * kernel checked lies in the thread's own stack: 8-byte aligned, not below its stack
 * limit, not above `top`. The kernel reads and writes it without a further check. The
 * thread's own code may change what the frame holds meanwhile, which only changes what
 * it resumes with.
 *
 * The syscall ABI (Keel's own): id in r12, arguments in r0..r6, results in r0, r1 (the
 * short messages' calls: r0..r3 and r12).
 */
struct arch_frame {
	uint32_t r[8]; /* r4..r11 while the thread does not run */
	uint32_t *psp; /* its hardware frame */
	uint32_t *top; /* its first frame, at the top of its stack: no later one lies higher */
};

/* The hardware frame's words. */
enum { ARCH_HW_R12 = 4, ARCH_HW_LR, ARCH_HW_PC, ARCH_HW_XPSR, ARCH_HW_WORDS };

#define ARCH_XPSR_THUMB (1u << 24)
#define ARCH_XPSR_ALIGNED (1u << 9) /* the hardware padded the stack to 8 bytes */

/* The fault line's register dump, in this order (arch_frame_word). */
#define ARCH_FRAME_NAMES                                                                       \
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "sp", \
		"lr", "pc", "xpsr"
#define ARCH_R_SP 13

/* Register i of ARCH_FRAME_NAMES; what was stacked reads 0 when there is no frame. */
static inline uint32_t arch_frame_word(const struct arch_frame *f, unsigned i)
{
	const uint32_t *s = f->psp;

	if (i >= 4 && i < 12)
		return f->r[i - 4];
	if (!s)
		return 0;
	if (i < 4)
		return s[i];
	if (i == 12)
		return s[ARCH_HW_R12];
	if (i == ARCH_R_SP) /* the sp the thread had: above the frame and its padding */
		return (uint32_t)(uintptr_t)(s + ARCH_HW_WORDS) +
			((s[ARCH_HW_XPSR] & ARCH_XPSR_ALIGNED) ? 4 : 0);
	return s[i - 14 + ARCH_HW_LR];
}

/* Only for the thread that trapped (its frame was checked at the trap). */
static inline uintptr_t arch_frame_arg(const struct arch_frame *f, unsigned n)
{
	return n < 4 ? f->psp[n] : f->r[n - 4];
}

static inline uint32_t arch_frame_syscall_id(const struct arch_frame *f)
{
	return f->psp[ARCH_HW_R12];
}

/* The caller's or a parked thread's: both have a frame. */
static inline void arch_frame_set_result(struct arch_frame *f, uint32_t r0, uint32_t r1)
{
	f->psp[0] = r0;
	f->psp[1] = r1;
}

/*
 * n (at most 5) result words: r0..r3, then r12, the fifth word the hardware stacks
 * (it carried the id in), so that a caller that goes on gets all five from the
 * exception return.
 */
static inline __attribute__((always_inline)) void
arch_frame_set_results(struct arch_frame *f, const uint32_t *r, unsigned n)
{
#pragma GCC unroll 5
	for (unsigned i = 0; i < n; i++)
		f->psp[i < 4 ? i : ARCH_HW_R12] = r[i];
}

/* A parked thread's result words past the two its wake writes (r2, r3 and r12). */
static inline __attribute__((always_inline)) void
arch_frame_set_more_results(struct arch_frame *f, uint32_t r2, uint32_t r3, uint32_t r4)
{
	f->psp[2] = r2;
	f->psp[3] = r3;
	f->psp[ARCH_HW_R12] = r4;
}

/*
 * Nothing to save: a0..a3 are in the frame already (trap.S read them there), and a4..a6
 * are r4..r6, which the kernel's C code preserves and trap.S saves into the thread
 * whenever another thread is resumed.
 */
static inline void arch_frame_save_args(struct arch_frame *f, uintptr_t a0, uintptr_t a1,
					uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5,
					uintptr_t a6)
{
	(void)f;
	(void)a0;
	(void)a1;
	(void)a2;
	(void)a3;
	(void)a4;
	(void)a5;
	(void)a6;
}

/*
 * A thread that starts at pc on the stack below sp: r4..r11 zero, its first hardware
 * frame built right below sp (arch.c). A stack with no room for it inside the
 * thread's process leaves psp NULL: the thread faults when it is first resumed.
 */
void arch_frame_init(struct arch_frame *f, uintptr_t pc, uintptr_t sp);

/* Make the thread execute its svc (a 16-bit instruction) again: the stacked pc is the
 * one after it; r0..r3 and r4..r6 still hold the arguments. */
static inline void arch_frame_restart(struct arch_frame *f)
{
	f->psp[ARCH_HW_PC] -= 2;
}

static inline uintptr_t arch_frame_pc(const struct arch_frame *f)
{
	return f->psp ? f->psp[ARCH_HW_PC] : 0;
}

#endif /* ARCH_FRAME_H */
