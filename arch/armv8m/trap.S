/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Exception entry and exit on ARMv8-M. Every kernel exception has the same priority,
 * so none preempts another: the kernel runs to completion on the main stack. The
 * hardware has stacked r0-r3, r12, lr, pc, xPSR on the thread's PSP; r4-r11 are saved
 * here into the thread's frame, arch_exception (C) copies the rest and returns the PSP
 * of the thread to resume, whose hardware frame it has already written.
 */
#include <arch/offsets.h>

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
	ldr	r2, =k_current
	ldr	r2, [r2]
	add	r3, r2, #16		/* frame.r[4] */
	stmia	r3, {r4-r11}
	mov	r0, r2
	mrs	r1, psp
	mrs	r2, ipsr
	bl	arch_exception
resume:
	msr	psp, r0
	ldr	r2, =k_current
	ldr	r2, [r2]
	add	r3, r2, #16
	ldmia	r3, {r4-r11}
	/* Thread mode, PSP, secure state, no FP context. */
	ldr	lr, =0xfffffffd
	bx	lr

not_thread:
	tst	lr, #0x40		/* EXC_RETURN.S: stacked in secure state? */
	beq	foreign
	tst	lr, #4			/* EXC_RETURN.SPSEL: on the main stack? */
	bne	foreign
	/*
	 * From the main stack: legitimate only while the boot code waits in
	 * arch_enter_user for its svc (an interrupt may come first); the exception is
	 * handled and the first thread resumed. Anything later is a kernel fault.
	 */
	mrs	r0, ipsr
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
	cmn	lr, #3
	bne	arch_exception_entry	/* the boot's svc, or a foreign one: sorted out there */
	mrs	r12, psp
	ldr	lr, [r12, #16]		/* the id: the stacked r12 */
	push	{r4, r5, r6, lr}	/* arch_svc's parameters 5..8: a4, a5, a6, id */
	ldmia	r12, {r0-r3}		/* the live r0-r3 may not be the caller's: its frame is */
#ifdef KEEL_MEASURE_LATENCY
	bl	arch_svc
#else
	/* k_syscall_call jumps to the handler, which returns here with the result word. */
	bl	k_syscall_call
	/*
	 * The common case without more C: a success (r >= 0 is its own first result
	 * word, the second is 0), the caller still running, and nothing made ready,
	 * parked or due since the scheduler last chose (k_sched_dirty clear), so
	 * k_sched_next would keep the caller. Anything else: arch_svc_finish.
	 */
	cmp	r0, #0
	blt	svc_finish
	ldr	r2, =k_sched_dirty
	ldrb	r2, [r2]
	cbnz	r2, svc_finish
	ldr	r2, =k_current
	ldr	r2, [r2]
	ldrb	r2, [r2, #ARCH_THREAD_STATE_OFFSET]
	cmp	r2, #ARCH_THREAD_RUNNING
	bne	svc_finish
	add	sp, #16
	movs	r1, #0
	mrs	r2, psp
	strd	r0, r1, [r2]
	mvn	lr, #2
	bx	lr

svc_finish:
	ldr	r1, [sp, #12]		/* the id */
	bl	arch_svc_finish
#endif
	add	sp, #16
	ldr	r2, =arch_svc_next
	ldr	r3, [r2]
	cbnz	r3, svc_general
	mrs	r2, psp
	strd	r0, r1, [r2]
	mvn	lr, #2			/* EXC_RETURN 0xfffffffd, as the entry checked */
	bx	lr

svc_general:
	/* r0 = the caller, r3 = the PSP of the thread to resume (its frame written). */
	movs	r1, #0
	str	r1, [r2]
	adds	r0, #16			/* frame.r[4] */
	stmia	r0, {r4-r11}
	mov	r0, r3
	b	resume
	.size arch_svc_entry, . - arch_svc_entry
#endif

	.globl arch_hard_fault
	.type arch_hard_fault, %function
	.thumb_func
arch_hard_fault:
	mrs	r0, ipsr
	bl	arch_kernel_fault
	.size arch_hard_fault, . - arch_hard_fault
	.ltorg
