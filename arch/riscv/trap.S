/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Trap entry and exit. While a thread runs in U-mode, mscratch holds its k_thread
 * (whose first member is struct arch_frame); in the kernel mscratch is 0, which is
 * how a trap taken in the kernel itself is recognised. The kernel always starts on an
 * empty kernel stack: nothing of a thread lives there across traps. The thread's
 * registers live in struct arch_frame (sp, ra, gp, t0, a0, a1) and in the words below
 * its sp on its own stack (arch/offsets.h), written only once the kernel has checked
 * they lie in that stack.
 */
#include <arch/offsets.h>

/*
 * The kernel_latency benchmark's kernel (KEEL_MEASURE_LATENCY) counts the
 * instructions from a trap's entry to its return; every other kernel has nothing
 * here. A span starts with the third instruction of the entry and ends before the
 * last 8 (general return) or 14 (syscall return) instructions: at most 16 are not
 * counted.
 */
.macro LATENCY_BEGIN
#ifdef KEEL_MEASURE_LATENCY
	/*
	 * a0's slot is free until the full entry stores a0 there. gp is still the
	 * user's: the address must not be relaxed against it.
	 */
	sw	t2, ARCH_F_A0(sp)
	csrr	t1, minstret
	.option push
	.option norelax
	la	t2, arch_latency_begin
	.option pop
	sw	t1, 0(t2)
	lw	t2, ARCH_F_A0(sp)
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

/*
 * A thread's callee-saved registers and tp into the words below its sp (\base: that
 * sp, checked): the kernel's C code preserved them, so they are still the thread's.
 */
.macro SAVE_CALLEE_SAVED base
	sw	tp, ARCH_U_TP(\base)
	sw	s0, ARCH_U_S(0)(\base)
	sw	s1, ARCH_U_S(1)(\base)
	sw	s2, ARCH_U_S(2)(\base)
	sw	s3, ARCH_U_S(3)(\base)
	sw	s4, ARCH_U_S(4)(\base)
	sw	s5, ARCH_U_S(5)(\base)
	sw	s6, ARCH_U_S(6)(\base)
	sw	s7, ARCH_U_S(7)(\base)
	sw	s8, ARCH_U_S(8)(\base)
	sw	s9, ARCH_U_S(9)(\base)
	sw	s10, ARCH_U_S(10)(\base)
	sw	s11, ARCH_U_S(11)(\base)
.endm

/*
 * Resume a0's pc, tp, s0-s11, ra and sp, and make a0 the thread in mscratch. From here
 * sp is the thread's (interrupts are masked, nothing after this uses the kernel
 * stack), and the frame below it was checked when it was written.
 */
.macro LOAD_CALLEE_SAVED
	csrw	mscratch, a0
	lw	sp, ARCH_F_SP(a0)
	lw	t0, ARCH_U_PC(sp)
	csrw	mepc, t0
	lw	tp, ARCH_U_TP(sp)
	lw	s0, ARCH_U_S(0)(sp)
	lw	s1, ARCH_U_S(1)(sp)
	lw	s2, ARCH_U_S(2)(sp)
	lw	s3, ARCH_U_S(3)(sp)
	lw	s4, ARCH_U_S(4)(sp)
	lw	s5, ARCH_U_S(5)(sp)
	lw	s6, ARCH_U_S(6)(sp)
	lw	s7, ARCH_U_S(7)(sp)
	lw	s8, ARCH_U_S(8)(sp)
	lw	s9, ARCH_U_S(9)(sp)
	lw	s10, ARCH_U_S(10)(sp)
	lw	s11, ARCH_U_S(11)(sp)
	lw	ra, ARCH_F_RA(a0)
.endm

	.section .text.trap, "ax"
	.balign 4
	.globl arch_trap_entry
arch_trap_entry:
	csrrw	sp, mscratch, sp
	beqz	sp, kernel_trap
	sw	t1, ARCH_F_ID(sp)	/* a scratch register: the syscall's id overwrites it */
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
	 * the results clobbered, and the kernel's C code preserves s0-s11 and never touches
	 * tp: the arguments stay in a0..a6 for the handler (the id stays in t0), and
	 * only sp, ra (kept for the caller: a wrapper in a leaf function then needs no
	 * stack frame), gp (the kernel's own from here on; the user's comes back on every
	 * return) and the id (a restarted call needs it again) are saved, into the
	 * thread; the pc stays in mepc, which nothing in the kernel changes (it takes no
	 * traps). Nothing is written below the caller's sp unless it leaves the CPU: then
	 * the C part checks its frame, writes the pc there and trap.S its callee-saved
	 * registers, on the way out.
	 */
	sw	t0, ARCH_F_ID(sp)
	sw	ra, ARCH_F_RA(sp)
	sw	gp, ARCH_F_GP(sp)
	csrrw	t1, mscratch, zero
	sw	t1, ARCH_F_SP(sp)
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
	lw	sp, ARCH_F_SP(t1)
	lw	ra, ARCH_F_RA(t1)
	csrr	t0, mepc
	addi	t0, t0, 4
	csrw	mepc, t0
	LATENCY_END
	/* After the last gp-relative access (LATENCY_END's, when it has any). */
	lw	gp, ARCH_F_GP(t1)
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
	call	arch_syscall_finish	/* a0/a1: the results, or a0: where to save */
	lui	t1, %hi(arch_syscall_next)
	lw	t2, %lo(arch_syscall_next)(t1)
	bnez	t2, syscall_general
	lui	t1, %hi(k_current)
	lw	t1, %lo(k_current)(t1)
	j	syscall_go_on

syscall_general:
	/*
	 * a0 = the caller's sp, its frame checked and its pc written (0: it does not
	 * resume), t2 = the thread to resume (perhaps the caller itself).
	 */
	sw	zero, %lo(arch_syscall_next)(t1)
	beqz	a0, 1f
	SAVE_CALLEE_SAVED a0
1:	mv	a0, t2
	j	arch_return_to

syscall_switch:
	/*
	 * The direct switch (K_SWITCHED): the caller, k_switch_from, has parked (or been
	 * preempted with its result in the thread); k_current runs now. The caller's
	 * frame: the 76 bytes below its sp must lie in its own stack (word-aligned, not
	 * above its top, not below its limit), then its pc past the ecall and its
	 * callee-saved registers go there. A frame that does not fit, or a caller that
	 * restarts or left more results (kind CALL6 or RESTART), takes arch_switch_resume.
	 */
	lui	t1, %hi(k_switch_from)
	lw	a0, %lo(k_switch_from)(t1)
	lw	t0, ARCH_F_SP(a0)
	lbu	t2, ARCH_F_KIND(a0)
	andi	t1, t0, 3
	bnez	t1, switch_general
	lw	t1, ARCH_F_TOP(a0)
	bltu	t1, t0, switch_general
	lw	t1, ARCH_THREAD_LIMIT_OFFSET(a0)
	addi	t1, t1, ARCH_CALL_BYTES
	bltu	t0, t1, switch_general
	li	t1, ARCH_KIND_CALL6
	bgeu	t2, t1, switch_general
	sb	zero, ARCH_F_KIND(a0)	/* ARCH_KIND_CALL (it may have run after an interrupt) */
	csrr	t1, mepc
	addi	t1, t1, 4
	sw	t1, ARCH_U_PC(t0)
	SAVE_CALLEE_SAVED t0
	/* k_current (arch_resume: its process's PMP). */
	lui	t1, %hi(k_current)
	lw	a0, %lo(k_current)(t1)
	call	arch_resume
	j	arch_return_to

switch_general:
	/* a0 = the thread to resume, a1 = the caller's sp (0: it faulted). */
	call	arch_switch_resume
	beqz	a1, arch_return_to
	SAVE_CALLEE_SAVED a1
	j	arch_return_to
#endif /* !KEEL_KERNEL_ONLY */

full_trap:
	/*
	 * Interrupts and faults (and a kernel thread's call): every register is saved,
	 * ra, sp, gp, a0 and a1 into the thread, the others below its sp, once the 27
	 * words are found to lie in its own stack (t1 is in the id slot meanwhile).
	 */
	sw	ra, ARCH_F_RA(sp)
	sw	gp, ARCH_F_GP(sp)
	sw	a0, ARCH_F_A0(sp)
	sw	a1, ARCH_F_A1(sp)
	csrrw	ra, mscratch, zero
	sw	ra, ARCH_F_SP(sp)
	andi	gp, ra, 3
	bnez	gp, no_frame
	lw	gp, ARCH_F_TOP(sp)
	bltu	gp, ra, no_frame
	lw	gp, ARCH_THREAD_LIMIT_OFFSET(sp)
	addi	gp, gp, ARCH_ALL_BYTES
	bltu	ra, gp, no_frame
	lw	gp, ARCH_F_ID(sp)
	sw	gp, ARCH_U_T(1)(ra)
	sw	t0, ARCH_U_T(0)(ra)
#ifdef KEEL_KERNEL_ONLY
	sw	t0, ARCH_F_ID(sp)	/* a kernel thread's call id */
#endif
	sw	t2, ARCH_U_T(2)(ra)
	sw	t3, ARCH_U_T(3)(ra)
	sw	t4, ARCH_U_T(4)(ra)
	sw	t5, ARCH_U_T(5)(ra)
	sw	t6, ARCH_U_T(6)(ra)
	sw	a2, ARCH_U_A(2)(ra)
	sw	a3, ARCH_U_A(3)(ra)
	sw	a4, ARCH_U_A(4)(ra)
	sw	a5, ARCH_U_A(5)(ra)
	sw	a6, ARCH_U_A(6)(ra)
	sw	a7, ARCH_U_A7(ra)
	SAVE_CALLEE_SAVED ra
	csrr	t0, mepc
	sw	t0, ARCH_U_PC(ra)
	li	t0, ARCH_KIND_ALL
	sb	t0, ARCH_F_KIND(sp)
trap_c:
	mv	a0, sp
	LOAD_GP
	la	sp, __kernel_stack_top
	call	arch_trap

	/* arch_return_to(struct k_thread *t): resume t (in U-mode, for a process). */
	.globl arch_return_to
arch_return_to:
	lbu	t2, ARCH_F_KIND(a0)
	bnez	t2, resume_other	/* not ARCH_KIND_CALL */
	LOAD_CALLEE_SAVED
	/*
	 * Left in a syscall: every caller-saved register that carries no result (or, for
	 * a restarted call, no argument) is 0.
	 */
	li	a2, 0
	li	a3, 0
	li	a4, 0
	li	a5, 0
resume_call_a6:
	li	a6, 0
	li	a7, 0
	li	t3, 0
	li	t4, 0
	li	t5, 0
	li	t6, 0
	LATENCY_END
	li	t0, 0
resume_call_t0:
	li	t1, 0
	li	t2, 0
resume_a0:
	/* gp after the last gp-relative access (LATENCY_END's, when it has any). */
	lw	gp, ARCH_F_GP(a0)
	lw	a1, ARCH_F_A1(a0)
	lw	a0, ARCH_F_A0(a0)
	mret

resume_other:
	/* A short message's five results first: the hot IPC's other return. */
	li	t0, ARCH_KIND_CALL6
	bne	t2, t0, resume_rare
	LOAD_CALLEE_SAVED
	sb	zero, ARCH_F_KIND(a0)	/* ARCH_KIND_CALL once it runs */
	lw	a2, ARCH_U_A(2)(sp)
	lw	a3, ARCH_U_A(3)(sp)
	lw	a4, ARCH_U_A(4)(sp)
	lw	a5, ARCH_U_A(5)(sp)
	j	resume_call_a6

resume_rare:
	li	t0, ARCH_KIND_NONE
	beq	t2, t0, resume_none
	LOAD_CALLEE_SAVED
	li	t0, ARCH_KIND_ALL
	beq	t2, t0, resume_all
	/* A restarted call's a2..a6 and its id in t0. */
	sb	zero, ARCH_F_KIND(a0)	/* ARCH_KIND_CALL once it runs */
	lw	a2, ARCH_U_A(2)(sp)
	lw	a3, ARCH_U_A(3)(sp)
	lw	a4, ARCH_U_A(4)(sp)
	lw	a5, ARCH_U_A(5)(sp)
	lw	a6, ARCH_U_A(6)(sp)
	li	a7, 0
	li	t3, 0
	li	t4, 0
	li	t5, 0
	li	t6, 0
	LATENCY_END
	lw	t0, ARCH_F_ID(a0)
	j	resume_call_t0

resume_none:
	/* Its first frame did not fit its stack: it faults, and the next one runs. */
	call	arch_no_frame
	j	arch_return_to

resume_all:
	lw	t3, ARCH_U_T(3)(sp)
	lw	t4, ARCH_U_T(4)(sp)
	lw	t5, ARCH_U_T(5)(sp)
	lw	t6, ARCH_U_T(6)(sp)
	lw	a2, ARCH_U_A(2)(sp)
	lw	a3, ARCH_U_A(3)(sp)
	lw	a4, ARCH_U_A(4)(sp)
	lw	a5, ARCH_U_A(5)(sp)
	lw	a6, ARCH_U_A(6)(sp)
	lw	a7, ARCH_U_A7(sp)
	LATENCY_END
	lw	t0, ARCH_U_T(0)(sp)
	lw	t1, ARCH_U_T(1)(sp)
	lw	t2, ARCH_U_T(2)(sp)
	j	resume_a0

no_frame:
	/*
	 * The thread's sp leaves no room for its frame in its own stack: nothing is
	 * written there, and arch_trap ends the thread (after serving an interrupt).
	 */
	li	gp, ARCH_KIND_NONE
	sb	gp, ARCH_F_KIND(sp)
	j	trap_c

kernel_trap:
	/* A trap in the kernel is a kernel bug: back to a sane stack and report it. */
	LOAD_GP
	la	sp, __kernel_stack_top
	call	arch_kernel_trap
1:	j	1b
