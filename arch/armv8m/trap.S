/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Exception entry and exit on ARMv8-M. Every kernel exception has the same priority,
 * so none preempts another: the kernel runs to completion on the main stack. The
 * hardware has stacked r0-r3, r12, lr, pc, xPSR on the thread's PSP, and that frame
 * stays there: the entry saves r4-r11 into the thread, the C code records and checks
 * where the frame is, and the exit loads the r4-r11 and PSP of the thread to resume
 * (struct arch_frame: r4..r11, then psp).
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
	ldr	r0, =k_current
	ldr	r0, [r0]
	stmia	r0, {r4-r11}
	mrs	r1, psp
	mrs	r2, ipsr
	bl	arch_exception
resume:
	/* r0: the thread to resume, its frame.psp checked. */
	ldmia	r0, {r4-r12}		/* r12: frame.psp */
	msr	psp, r12
	/* Thread mode, PSP, secure state, no FP context. */
	mvn	lr, #2			/* EXC_RETURN 0xfffffffd */
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
/* What arch_svc_entry pushes: its size, where the id is, where the caller's frame is. */
#if defined(KEEL_MEASURE_LATENCY)
#define SVC_STACK 16
#elif defined(KEEL_TRACE)
#define SVC_STACK 24
#define SVC_ID 12
#define SVC_FRAME 20
#else
#define SVC_STACK 24
#define SVC_ID 20
#define SVC_FRAME 16
#endif

	.globl arch_svc_entry
	.type arch_svc_entry, %function
	.thumb_func
arch_svc_entry:
	cmn	lr, #3
	bne	arch_exception_entry	/* the boot's svc, or a foreign one: sorted out there */
	/*
	 * The frame must lie in the caller's stack before the kernel reads or writes it.
	 * The hardware has made it 8-byte aligned and, with PSPLIM at the stack limit,
	 * not below the limit: only the top is left to check. A frame above it ends the
	 * caller, in the general entry.
	 */
	mrs	r12, psp
	ldr	r2, =k_current
	ldr	r2, [r2]
	ldr	r3, [r2, #ARCH_FRAME_TOP_OFFSET]
	cmp	r12, r3
	bhi	arch_exception_entry
	str	r12, [r2, #ARCH_FRAME_PSP_OFFSET]
#if defined(KEEL_MEASURE_LATENCY) || defined(KEEL_TRACE)
	/* The live r0-r3 may not be the caller's: its frame is. lr: the id, stacked r12. */
	ldmia	r12, {r0-r3, lr}
#ifdef KEEL_TRACE
	push	{r7, r12}		/* the frame for the fast return, 8-byte aligned */
#endif
	push	{r4, r5, r6, lr}	/* the handler's parameters 5..8: a4, a5, a6, id */
#ifdef KEEL_MEASURE_LATENCY
	bl	arch_svc
#else
	/* k_syscall_call traces the call and jumps to the handler, which returns here. */
	bl	k_syscall_call
#endif
#else
	ldr	lr, [r12, #16]		/* the id, stacked r12 */
	/*
	 * The handler's parameters 5..7: a4, a5, a6; then r7 (for the 8-byte alignment
	 * the AAPCS wants), the frame for the fast return and the id for the general one.
	 */
	push	{r4, r5, r6, r7, r12, lr}
	/*
	 * k_syscall_call's dispatch (kernel/syscall.c) without the call: the id's slot,
	 * K_SYSCALL_SLOT(id), holds the id it answers to and its handler.
	 */
	ldr	r0, =ARCH_SYSCALL_HASH
	mul	r0, r0, lr
	ldr	r1, =k_syscall_table
	lsrs	r0, r0, #ARCH_SYSCALL_SLOT_SHIFT
	add	r1, r1, r0, lsl #3
	ldr	r0, [r1]
	cmp	r0, lr
	bne	svc_no_such_id
	ldr	lr, [r1, #4]
svc_call:
	/* The live r0-r3 may not be the caller's: its frame is. */
	ldmia	r12, {r0-r3}
	blx	lr
#endif
#ifndef KEEL_MEASURE_LATENCY
	/*
	 * The common case without more C: a success (r >= 0 is its own first result
	 * word, the second is 0) and nothing made ready, parked or due since the
	 * scheduler last chose (k_sched_dirty clear), so k_sched_next would keep the
	 * caller. The caller still runs then: a handler that parks or ends its caller
	 * returns a K_* code or sets k_sched_dirty (the host tests' sim_syscall checks
	 * it after every call). Anything else: arch_svc_finish.
	 */
	cmp	r0, #0
	blt	svc_finish
	ldr	r2, =k_sched_dirty
	ldrb	r2, [r2]
	cbnz	r2, svc_finish
	ldr	r2, [sp, #SVC_FRAME]	/* the caller's: it is still k_current */
	add	sp, #SVC_STACK
	movs	r1, #0
	strd	r0, r1, [r2]
	mvn	lr, #2
	bx	lr

svc_finish:
	ldr	r1, [sp, #SVC_ID]
	bl	arch_svc_finish
#endif
	/*
	 * r0: the thread to resume, or 0 when the caller goes on (its results, or its pc
	 * moved back to the svc, are in its frame already); r1: the caller.
	 */
	add	sp, #SVC_STACK
	cbz	r0, svc_return
	stmia	r1, {r4-r11}
	b	resume
svc_return:
	mvn	lr, #2			/* EXC_RETURN 0xfffffffd, as the entry checked */
	bx	lr
#if !defined(KEEL_MEASURE_LATENCY) && !defined(KEEL_TRACE)
svc_no_such_id:
	ldr	lr, =k_syscall_unknown
	b	svc_call
#endif
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
