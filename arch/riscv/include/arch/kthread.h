/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Kernel threads on RISC-V (kernel-only images): they run in M-mode with interrupts
 * enabled and enter the kernel's object logic with an ecall from M-mode (mcause 11),
 * which takes the ordinary full trap path: every register is saved and restored, so
 * only a0 and a1 (the results) change across a call.
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
	register uintptr_t r_t0 __asm__("t0") = id;
	register uintptr_t r_a0 __asm__("a0") = a0;
	register uintptr_t r_a1 __asm__("a1") = a1;
	register uintptr_t r_a2 __asm__("a2") = a2;

	__asm__ volatile("ecall" : "+r"(r_a0), "+r"(r_a1) : "r"(r_t0), "r"(r_a2) : "memory");
	return (struct arch_kcall_ret){ (uint32_t)r_a0, (uint32_t)r_a1 };
}

/* In the kernel proper (a trap or an interrupt handler), mscratch is 0. */
static inline bool arch_in_kernel(void)
{
	uint32_t v;

	__asm__ volatile("csrr %0, mscratch" : "=r"(v));
	return v == 0;
}

/* A kernel thread's first frame: entry(arg) on sp, returning into `ret`. */
static inline void arch_kthread_frame_init(struct arch_frame *f, uintptr_t entry, uintptr_t sp,
					   uintptr_t arg, uintptr_t ret)
{
	arch_frame_init(f, entry, sp);
	f->a[0] = (uint32_t)arg;
	f->ra = (uint32_t)ret;
	/* Kernel threads are kernel code: they address globals through the kernel's gp. */
	__asm__("mv %0, gp" : "=r"(f->gp));
}

#endif /* ARCH_KTHREAD_H */
