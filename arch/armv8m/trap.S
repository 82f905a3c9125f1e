/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Exception entry and exit on ARMv8-M. Every kernel exception has the same priority,
 * so none preempts another: the kernel runs to completion on the main stack. The
 * hardware has stacked r0-r3, r12, lr, pc, xPSR on the thread's PSP, and that frame
 * stays there: the entry saves r4-r11 into the thread, the C code records and checks
 * where the frame is, and `resume` makes the chosen thread the one that runs (its
 * frame checked, its stack limit, its process's MPU regions) and loads its r4-r11 and
 * PSP (struct arch_frame: r4..r11, then psp).
 *
 * The kernel stack is empty whenever a thread runs, so sp is the same at every entry
 * from a thread: its two words above that (the top of the stack's region) hold the
 * thread resume last made run, which is k_current while it runs, and its frame's top,
 * for the svc entry to find with one load.
 */
#include <arch/offsets.h>

/* EXC_RETURN of every thread: secure thread mode on the PSP, a standard frame. */
#define EXC_RETURN_THREAD 0xfffffffd
#define MPU_RBAR 0xe000ed9c /* MPU_RNR is the word below */
#define RUNNING_SLOTS 8 /* the running thread, its frame's top: above the empty stack */

	.syntax unified
	.thumb

	.section .text.trap, "ax"
	.globl arch_exception_entry
	.type arch_exception_entry, %function
	.thumb_func
arch_exception_entry:
	/*
	 * EXC_RETURN 0xfffffffd: from a secure thread on its PSP with a standard frame,
	 * the only way a thread of Keel's enters. Anything else is the boot code or a
	 * kernel fault (on the MSP), or an untrusted frame (non-secure state).
	 */
	cmn	lr, #3
	bne	not_thread
	ldr	r0, =k_current
	ldr	r0, [r0]
	stmia	r0, {r4-r11}
	mrs	r1, psp
	mrs	r2, ipsr
	bl	arch_exception
	b	resume

not_thread:
	tst	lr, #0x40		/* EXC_RETURN.S: stacked in secure state? */
	beq	foreign
	tst	lr, #4			/* EXC_RETURN.SPSEL: on the main stack? */
	bne	foreign
	/*
	 * From the main stack: legitimate only while the boot code waits in
	 * arch_enter_user for its PendSV (an interrupt may come first); the exception is
	 * handled and the first thread resumed. Anything later is a kernel fault.
	 * The boot's own stack is left for good: the kernel's starts empty.
	 */
	mrs	r0, ipsr
	ldr	r1, =__kernel_stack_top - RUNNING_SLOTS
	mov	sp, r1
	bl	arch_boot_exception
	b	resume

foreign:
	mrs	r0, ipsr
	bl	arch_foreign_exception
	b	resume
	.size arch_exception_entry, . - arch_exception_entry

#ifndef KEEL_KERNEL_ONLY
	.globl arch_svc_entry
	.type arch_svc_entry, %function
	.thumb_func
arch_svc_entry:
	/*
	 * Only a thread of a process executes svc (the boot enters the first thread
	 * through PendSV; the kernel's own exceptions cannot take SVCall, and a
	 * non-secure svc goes to the non-secure table), so EXC_RETURN is 0xfffffffd: it
	 * is kept on the stack, for the pop that returns. The stack: the handler's
	 * parameters 5..7 (a4, a5, a6), then the caller's r7 and r8, which hold the
	 * caller's frame and scratch meanwhile (r7 is callee-saved, so the frame is still
	 * there when the handler returns); above them the running slots.
	 */
	push	{r4, r5, r6, r7, r8, lr}
	/*
	 * The frame must lie in the caller's stack before the kernel reads or writes it.
	 * The hardware has made it 8-byte aligned and, with PSPLIM at the stack limit,
	 * not below the limit: only the top is left to check. A frame above it ends the
	 * caller, in the general entry.
	 */
	mrs	r7, psp
	ldrd	r2, r3, [sp, #24]	/* the caller (k_current), its frame's top */
	cmp	r7, r3
	bhi	svc_frame_outside_stack
	str	r7, [r2, #ARCH_FRAME_PSP_OFFSET]
	/* The live r0-r3 may not be the caller's: its frame is. r12: the id. */
	ldmia	r7, {r0-r3, r12}
#if defined(KEEL_MEASURE_LATENCY) || defined(KEEL_TRACE)
	push	{r4, r5, r6, r12}	/* parameters 5..8: a4, a5, a6, id */
#ifdef KEEL_MEASURE_LATENCY
	bl	arch_svc		/* arch_svc_finish's answer */
	add	sp, #16
	b	svc_finished
#else
	/* k_syscall_call traces the call and jumps to the handler, which returns here. */
	bl	k_syscall_call
	add	sp, #16
#endif
#else
	/*
	 * k_syscall_call's dispatch (kernel/syscall.c) without the call: the id's slot,
	 * K_SYSCALL_SLOT(id), holds the id it answers to and its handler.
	 */
	ldrd	lr, r8, svc_dispatch
	mul	lr, lr, r12
	lsr	lr, lr, #ARCH_SYSCALL_SLOT_SHIFT
	add	r8, r8, lr, lsl #3
	ldrd	r8, lr, [r8]
	cmp	r8, r12
	bne	svc_no_such_id
svc_call:
	blx	lr
#endif
#ifndef KEEL_MEASURE_LATENCY
	/*
	 * The common case without more C: a success (r >= 0 is its own first result
	 * word, the second is 0) and nothing made ready, parked or due since the
	 * scheduler last chose (k_sched_dirty clear), so k_sched_next would keep the
	 * caller. The caller still runs then: a handler that parks or ends its caller
	 * returns a K_* code or sets k_sched_dirty (the host tests' sim_syscall checks
	 * it after every call). The pop gives back r7 and r8 and returns; r0-r2 take
	 * the parameter words (the hardware loads r0-r3 from the frame).
	 */
	cmp	r0, #0
	blt	svc_negative
	ldr	r2, =k_sched_dirty
	ldrb	r2, [r2]
	cbnz	r2, svc_general
	strd	r0, r2, [r7]		/* r2 is 0: the second result word */
	pop	{r0, r1, r2, r7, r8, pc}

svc_general:
	/*
	 * Anything else: arch_svc_finish, with the id the caller's frame still holds
	 * (one whose call wrote over its own frame changes only its own result's shape).
	 */
	ldr	r1, [r7, #16]
	bl	arch_svc_finish
#endif
svc_finished:
	/*
	 * r0: the thread to resume, or 0 when the caller goes on (its results, or its pc
	 * moved back to the svc, are in its frame already); r1: the caller.
	 */
	cbnz	r0, svc_switch
	pop	{r0, r1, r2, r7, r8, pc}

svc_frame_outside_stack:
	/* As the svc came: the general entry saves r4-r11 and ends the caller. */
	ldr	r7, [sp, #12]
	add	sp, #24
	b	arch_exception_entry
#if !defined(KEEL_MEASURE_LATENCY) && !defined(KEEL_TRACE)
svc_no_such_id:
	ldr	lr, =k_syscall_unknown
	b	svc_call
	.p2align 2
svc_dispatch:
	.word	ARCH_SYSCALL_HASH
	.word	k_syscall_table
#endif
#ifndef KEEL_MEASURE_LATENCY
svc_negative:
	/* The direct switch (K_SWITCHED): k_current runs, k_switch_from is the caller. */
	eor	r2, r0, #0x80000000
	cmp	r2, #(ARCH_K_SWITCHED ^ 0x80000000)
	bne	svc_general
	ldr	r1, [sp, #24]		/* k_switch_from: the caller */
	ldr	r0, =k_current
	ldr	r0, [r0]
#endif
svc_switch:
	/* The caller's r4-r11 into the thread: r7 and r8 back from the stack first. */
	ldrd	r7, r8, [sp, #12]
	add	sp, #24
	stmia	r1, {r4-r11}		/* and on into resume */
	.size arch_svc_entry, . - arch_svc_entry
#endif /* !KEEL_KERNEL_ONLY */

/*
 * Make r0, the thread the scheduler chose, the one that runs, and return into it; the
 * kernel stack is empty. Its frame must be one the kernel checked (a thread started
 * on a stack with no room for its first frame has none, and one whose limit, set
 * after its frame, lies above it is refused too): arch_resume_refused ends it and asks
 * for the next. PSPLIM is its stack limit (a push below it is a UsageFault, STKOF),
 * and the MPU holds its process's regions.
 */
	.type resume, %function
	.thumb_func
resume:
	ldr	r3, [r0, #ARCH_FRAME_PSP_OFFSET]
#ifdef KEEL_KERNEL_ONLY
	ldr	r2, [r0, #ARCH_THREAD_STACK_LIMIT_OFFSET]
#else
	ldrd	r1, r2, [r0, #ARCH_THREAD_PROCESS_OFFSET]	/* the process, the limit */
#endif
	cbz	r3, resume_refused
	cmp	r3, r2
	blo	resume_refused
	msr	psplim, r2
#ifndef KEEL_KERNEL_ONLY
	/*
	 * The MPU is reloaded only for another process. It stays on meanwhile: the
	 * regions are the processes' (unprivileged, none covering the kernel's memory),
	 * and the kernel touches none of theirs here, so a mix of the two processes'
	 * regions for a few instructions grants nobody anything.
	 */
	ldrd	r3, r12, resume_mpu	/* &arch_mpu, MPU_RBAR */
	ldrd	r2, lr, [r3]		/* the process loaded, whether it used regions 4..7 */
	cmp	r1, r2
	beq	resume_thread
	ldr	r4, [r1, #ARCH_PROCESS_INFO_OFFSET]	/* the image is in its info, in flash */
	ldrb	r2, [r4, #ARCH_INFO_MPU_HIGH_OFFSET]
	strd	r1, r2, [r3]
	orr	r2, r2, lr
	add	r1, r4, #ARCH_INFO_MPU_OFFSET
	/*
	 * Regions 0..3 in one block: RBAR, RLAR, RBAR_A1 .. RLAR_A3, with MPU_RNR 0 (it
	 * always is, but while regions 4..7 are written). Those are written when the new
	 * or the old process uses one; otherwise both have them off and so does the MPU.
	 * r4-r11 are free: the thread's own are loaded below.
	 */
	ldmia	r1!, {r4-r11}
	stmia	r12, {r4-r11}
	cbnz	r2, mpu_high
	/* The writes done before the exception return, which synchronises the context. */
	dsb
#endif
resume_thread:
#ifdef KEEL_MEASURE_LATENCY
	push	{r0, r1}
	bl	arch_latency_pause
	pop	{r0, r1}
#endif
#ifdef KEEL_KERNEL_ONLY
	ldmia	r0, {r4-r12}		/* r12: frame.psp */
#else
	ldmia	r0, {r4-r12, lr}	/* r12: frame.psp, lr: frame.top */
	strd	r0, lr, [sp]		/* the running slots, for the svc entry */
#endif
	msr	psp, r12
	ldr	pc, =EXC_RETURN_THREAD

resume_refused:
	bl	arch_resume_refused
	b	resume

#ifndef KEEL_KERNEL_ONLY
mpu_high:
	movs	r2, #4
	str	r2, [r12, #-4]		/* MPU_RNR 4: the block is regions 4..7 */
	ldmia	r1!, {r4-r11}
	stmia	r12, {r4-r11}
	movs	r2, #0
	str	r2, [r12, #-4]
	dsb
	b	resume_thread
	.p2align 2
resume_mpu:
	.word	arch_mpu
	.word	MPU_RBAR
#endif
	.size resume, . - resume

	.globl arch_hard_fault
	.type arch_hard_fault, %function
	.thumb_func
arch_hard_fault:
	mrs	r0, ipsr
	bl	arch_kernel_fault
	.size arch_hard_fault, . - arch_hard_fault
	.ltorg
