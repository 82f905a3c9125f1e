/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Kernel threads on ARMv8-M (kernel-only images): they run in privileged thread mode
 * on the PSP with interrupts enabled and enter the kernel's object logic with an svc,
 * which takes the same exception entry as an unprivileged thread's: every register
 * is saved and restored, so only r0 and r1 (the results) change across a call.
 */
#ifndef ARCH_KTHREAD_H
#define ARCH_KTHREAD_H

#include <stdbool.h>
#include <stdint.h>
#include <arch/frame.h>

struct arch_kcall_ret {
	uint32_t r0, r1;
};

static inline struct arch_kcall_ret arch_kcall(uint32_t id, uintptr_t a0, uintptr_t a1,
					       uintptr_t a2)
{
	register uintptr_t r_r12 __asm__("r12") = id;
	register uintptr_t r_r0 __asm__("r0") = a0;
	register uintptr_t r_r1 __asm__("r1") = a1;
	register uintptr_t r_r2 __asm__("r2") = a2;

	__asm__ volatile("svc 1" : "+r"(r_r0), "+r"(r_r1) : "r"(r_r12), "r"(r_r2) : "memory");
	return (struct arch_kcall_ret){ (uint32_t)r_r0, (uint32_t)r_r1 };
}

/* In the kernel proper (an exception or an interrupt handler), IPSR is not 0. */
static inline bool arch_in_kernel(void)
{
	uint32_t v;

	__asm__ volatile("mrs %0, ipsr" : "=r"(v));
	return v != 0;
}

/* A kernel thread's first frame: entry(arg) on sp, returning into `ret`. Its stack is
 * the kernel's own: the frame always fits. */
static inline void arch_kthread_frame_init(struct arch_frame *f, uintptr_t entry, uintptr_t sp,
					   uintptr_t arg, uintptr_t ret)
{
	arch_frame_init(f, entry, sp);
	f->psp[0] = (uint32_t)arg;
	f->psp[ARCH_HW_LR] = (uint32_t)ret | 1u;
}

#endif /* ARCH_KTHREAD_H */
