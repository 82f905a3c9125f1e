/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Trap entry and exit. While a thread runs in U-mode, mscratch holds its k_thread
 * (whose first member is the register frame); in the kernel mscratch is 0, which is
 * how a trap taken in the kernel itself is recognised. The kernel always starts on an
 * empty kernel stack: nothing of a thread lives there across traps. A frame saved by
 * a syscall holds valid callee-saved registers, sp, pc and results only (and the id
 * and arguments of a restarted call); the other caller-saved registers come back as
 * zero.
 */
#include <arch/offsets.h>

/*
 * The kernel_latency benchmark's kernel (KEEL_MEASURE_LATENCY) counts the
 * instructions from a trap's entry to its return; every other kernel has nothing
 * here. A span starts with the third instruction of the entry and ends before the
 * last 5 (full return) or 14 (syscall return) instructions: at most 16 are not
 * counted.
 */
.macro LATENCY_BEGIN
#ifdef KEEL_MEASURE_LATENCY
	sw	t2, 7*4(sp)
	csrr	t1, minstret
	la	t2, arch_latency_begin
	sw	t1, 0(t2)
	lw	t2, 7*4(sp)
#endif
.endm

/* Uses t0-t2, which the return loads afterwards (or the syscall ABI clobbers). */
.macro LATENCY_END
#ifdef KEEL_MEASURE_LATENCY
	csrr	t0, minstret
	la	t1, arch_latency_begin
	lw	t1, 0(t1)
	sub	t0, t0, t1
	la	t1, arch_latency_longest
	lw	t2, 0(t1)
	bgeu	t2, t0, 1f
	sw	t0, 0(t1)
1:
#endif
.endm

/*
 * The kernel's global pointer: its C code reaches every kernel global with one
 * gp-relative instruction (the linker relaxes the address pairs against
 * __global_pointer$), so each trap sets it, and the user's gp is saved on entry and
 * restored on return. The pair itself must not be relaxed against the gp it sets.
 */
.macro LOAD_GP
	.option push
	.option norelax
	la	gp, __global_pointer$
	.option pop
.endm

/* The syscall caller's callee-saved registers (and tp; gp is saved on entry). */
.macro SAVE_CALLEE_SAVED
	sw	x4, 4*4(a0)
	sw	x8, 8*4(a0)
	sw	x9, 9*4(a0)
	sw	x18, 18*4(a0)
	sw	x19, 19*4(a0)
	sw	x20, 20*4(a0)
	sw	x21, 21*4(a0)
	sw	x22, 22*4(a0)
	sw	x23, 23*4(a0)
	sw	x24, 24*4(a0)
	sw	x25, 25*4(a0)
	sw	x26, 26*4(a0)
	sw	x27, 27*4(a0)
.endm

	.section .text.trap, "ax"
	.balign 4
	.globl arch_trap_entry
arch_trap_entry:
	csrrw	sp, mscratch, sp
	beqz	sp, kernel_trap
	sw	t1, 6*4(sp)
	LATENCY_BEGIN
	/*
	 * Kernel-only images have no U-mode and no syscall layer: a kernel thread's ecall
	 * (from M-mode) and every interrupt fall through to the full path and arch_trap.
	 */
#ifndef KEEL_KERNEL_ONLY
	csrr	t1, mcause
	addi	t1, t1, -8		/* ecall from U-mode */
	bnez	t1, full_trap

	/*
	 * Syscall. The user's syscall wrapper declares every caller-saved register but
	 * a0/a1 clobbered, and the kernel's C code preserves s0-s11 and never touches
	 * tp: the arguments stay in a0..a6 for the handler (the id stays in t0), and
	 * only sp, ra (kept for the caller: a wrapper in a leaf function then needs no
	 * stack frame), gp (the kernel's own from here on; the user's comes back on every
	 * return) and the id (a restarted call needs it again) are saved; the pc
	 * stays in mepc, which nothing in the kernel changes (it takes no traps), and
	 * goes into the frame only on the general return. If the caller does not go on at
	 * once, its callee-saved registers (still its own) are stored into its frame on
	 * the way out.
	 */
	sw	t0, 5*4(sp)
	sw	ra, 1*4(sp)
	sw	gp, 3*4(sp)
	csrrw	t1, mscratch, zero
	sw	t1, 2*4(sp)
	LOAD_GP
	la	sp, __kernel_stack_top
#ifdef KEEL_TRACE
	/* k_syscall_call traces the call and jumps to the handler, which returns here. */
	mv	a7, t0
	call	k_syscall_call
#else
	/*
	 * k_syscall_call's dispatch (kernel/syscall.c) without the call: the id's slot,
	 * K_SYSCALL_SLOT(id), holds the id it answers to and its handler. The table is
	 * 8-byte aligned, so %hi of its start serves the handler word's %lo too.
	 */
	lui	t1, ARCH_SYSCALL_HASH >> 12
	mul	t1, t0, t1
	srli	t1, t1, ARCH_SYSCALL_SLOT_SHIFT
	slli	t1, t1, 3
	lui	t2, %hi(k_syscall_table)
	add	t1, t1, t2
	lw	t2, %lo(k_syscall_table)(t1)
	bne	t2, t0, syscall_no_such_id
	lw	t1, %lo(k_syscall_table + 4)(t1)
	jalr	t1
syscall_returned:
#endif
	/*
	 * The common case without more C: a success (r >= 0 is its own first result
	 * word, the second is 0) and nothing made ready, parked or due since the
	 * scheduler last chose (k_sched_dirty clear), so k_sched_next would keep the
	 * caller. The caller still runs then: a handler that parks or ends its caller
	 * returns a K_* code or sets k_sched_dirty (the host tests' sim_syscall checks
	 * it after every call). Anything else: arch_syscall_finish.
	 */
	bltz	a0, syscall_finish
	lui	t1, %hi(k_sched_dirty)
	lbu	t1, %lo(k_sched_dirty)(t1)
	bnez	t1, syscall_finish
	lui	t1, %hi(k_current)
	lw	t1, %lo(k_current)(t1)
	li	a1, 0
syscall_go_on:
	/* The caller goes on, past its ecall (mepc is still the ecall's own pc). */
	csrw	mscratch, t1
	lw	sp, 2*4(t1)
	lw	ra, 1*4(t1)
	csrr	t0, mepc
	addi	t0, t0, 4
	csrw	mepc, t0
	LATENCY_END
	/* After the last gp-relative access (LATENCY_END's, when it has any). */
	lw	gp, 3*4(t1)
	/*
	 * The kernel's C code left its own values (kernel addresses, other threads'
	 * pointers, words it copied) in the caller-saved registers: none may leave.
	 */
	li	t0, 0
	li	t1, 0
	li	t2, 0
	li	t3, 0
	li	t4, 0
	li	t5, 0
	li	t6, 0
	li	a2, 0
	li	a3, 0
	li	a4, 0
	li	a5, 0
	li	a6, 0
	li	a7, 0
	mret

#ifndef KEEL_TRACE
syscall_no_such_id:
	call	k_syscall_unknown
	j	syscall_returned
#endif

syscall_finish:
	li	t1, ARCH_K_SWITCHED
	beq	a0, t1, syscall_switch
	call	arch_syscall_finish	/* a0/a1: the results, or a0: the caller */
	lui	t1, %hi(arch_syscall_next)
	lw	t2, %lo(arch_syscall_next)(t1)
	bnez	t2, syscall_general
	lui	t1, %hi(k_current)
	lw	t1, %lo(k_current)(t1)
	j	syscall_go_on

syscall_general:
	/* a0 = the caller, t2 = the thread to resume (perhaps the caller itself). */
	sw	zero, %lo(arch_syscall_next)(t1)
	SAVE_CALLEE_SAVED
	mv	a0, t2
	j	arch_return_to

syscall_switch:
	/*
	 * The direct switch (K_SWITCHED): the caller, k_switch_from, has parked and its
	 * result comes with its wake; k_current runs now. The caller's frame gets what
	 * syscall_general's C part and the store above give it: its pc past the ecall,
	 * zero in the caller-saved slots (the wake writes a0/a1), its own callee-saved.
	 */
	lui	t1, %hi(k_switch_from)
	lw	a0, %lo(k_switch_from)(t1)
	csrr	t0, mepc
	addi	t0, t0, 4
	sw	t0, 0(a0)
	sw	zero, 5*4(a0)
	sw	zero, 6*4(a0)
	sw	zero, 7*4(a0)
	sw	zero, 12*4(a0)
	sw	zero, 13*4(a0)
	sw	zero, 14*4(a0)
	sw	zero, 15*4(a0)
	sw	zero, 16*4(a0)
	sw	zero, 17*4(a0)
	sw	zero, 28*4(a0)
	sw	zero, 29*4(a0)
	sw	zero, 30*4(a0)
	sw	zero, 31*4(a0)
	SAVE_CALLEE_SAVED
	lui	t1, %hi(k_current)
	lw	a0, %lo(k_current)(t1)
	call	arch_switch_resume
	j	arch_return_to
#endif /* !KEEL_KERNEL_ONLY */

full_trap:
	/* Interrupts and faults: everything is saved (t1 already is). */
	sw	x1, 1*4(sp)
	sw	x3, 3*4(sp)
	sw	x4, 4*4(sp)
	sw	x5, 5*4(sp)
	sw	x7, 7*4(sp)
	sw	x8, 8*4(sp)
	sw	x9, 9*4(sp)
	sw	x10, 10*4(sp)
	sw	x11, 11*4(sp)
	sw	x12, 12*4(sp)
	sw	x13, 13*4(sp)
	sw	x14, 14*4(sp)
	sw	x15, 15*4(sp)
	sw	x16, 16*4(sp)
	sw	x17, 17*4(sp)
	sw	x18, 18*4(sp)
	sw	x19, 19*4(sp)
	sw	x20, 20*4(sp)
	sw	x21, 21*4(sp)
	sw	x22, 22*4(sp)
	sw	x23, 23*4(sp)
	sw	x24, 24*4(sp)
	sw	x25, 25*4(sp)
	sw	x26, 26*4(sp)
	sw	x27, 27*4(sp)
	sw	x28, 28*4(sp)
	sw	x29, 29*4(sp)
	sw	x30, 30*4(sp)
	sw	x31, 31*4(sp)
	csrrw	t0, mscratch, zero
	sw	t0, 2*4(sp)
	csrr	t0, mepc
	sw	t0, 0(sp)
	mv	a0, sp
	LOAD_GP
	la	sp, __kernel_stack_top
	call	arch_trap

	/* arch_return_to(struct k_thread *t): resume t in U-mode. */
	.globl arch_return_to
arch_return_to:
	csrw	mscratch, a0
	lw	t0, 0(a0)
	csrw	mepc, t0
	lw	x1, 1*4(a0)
	lw	x2, 2*4(a0)
	lw	x4, 4*4(a0)
	lw	x8, 8*4(a0)
	lw	x9, 9*4(a0)
	lw	x11, 11*4(a0)
	lw	x12, 12*4(a0)
	lw	x13, 13*4(a0)
	lw	x14, 14*4(a0)
	lw	x15, 15*4(a0)
	lw	x16, 16*4(a0)
	lw	x17, 17*4(a0)
	lw	x18, 18*4(a0)
	lw	x19, 19*4(a0)
	lw	x20, 20*4(a0)
	lw	x21, 21*4(a0)
	lw	x22, 22*4(a0)
	lw	x23, 23*4(a0)
	lw	x24, 24*4(a0)
	lw	x25, 25*4(a0)
	lw	x26, 26*4(a0)
	lw	x27, 27*4(a0)
	lw	x28, 28*4(a0)
	lw	x29, 29*4(a0)
	lw	x30, 30*4(a0)
	lw	x31, 31*4(a0)
	LATENCY_END
	lw	x3, 3*4(a0)
	lw	x5, 5*4(a0)
	lw	x6, 6*4(a0)
	lw	x7, 7*4(a0)
	lw	x10, 10*4(a0)
	mret

kernel_trap:
	/* A trap in the kernel is a kernel bug: back to a sane stack and report it. */
	LOAD_GP
	la	sp, __kernel_stack_top
	call	arch_kernel_trap
1:	j	1b
