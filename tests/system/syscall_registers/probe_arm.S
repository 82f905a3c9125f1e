/* SPDX-License-Identifier: Apache-2.0 */
/*
 * probe_syscall(in, out): load every register the test watches from in[] (the order
 * of PROBE_REGS in probe.h; r12 is the id, r0.. the arguments), svc, store them all to
 * out[]. in and out are kept on the stack, the caller's r4-r11 and lr too.
 */
	.syntax unified
	.thumb
	.section .text.probe_syscall, "ax"
	.globl probe_syscall
	.type probe_syscall, %function
	.thumb_func
probe_syscall:
	push	{r4-r11, lr}
	push	{r0, r1}
	mov	lr, r0
	ldr	r12, [lr, #12*4]
	ldr	r0, [lr, #0*4]
	ldr	r1, [lr, #1*4]
	ldr	r2, [lr, #2*4]
	ldr	r3, [lr, #3*4]
	ldr	r4, [lr, #4*4]
	ldr	r5, [lr, #5*4]
	ldr	r6, [lr, #6*4]
	ldr	r7, [lr, #7*4]
	ldr	r8, [lr, #8*4]
	ldr	r9, [lr, #9*4]
	ldr	r10, [lr, #10*4]
	ldr	r11, [lr, #11*4]
	ldr	lr, [lr, #13*4]
	svc	0
	push	{lr}
	ldr	lr, [sp, #8]		/* out */
	str	r0, [lr, #0*4]
	str	r1, [lr, #1*4]
	str	r2, [lr, #2*4]
	str	r3, [lr, #3*4]
	str	r4, [lr, #4*4]
	str	r5, [lr, #5*4]
	str	r6, [lr, #6*4]
	str	r7, [lr, #7*4]
	str	r8, [lr, #8*4]
	str	r9, [lr, #9*4]
	str	r10, [lr, #10*4]
	str	r11, [lr, #11*4]
	str	r12, [lr, #12*4]
	pop	{r0}
	str	r0, [lr, #13*4]
	add	sp, sp, #8
	pop	{r4-r11, pc}
	.size probe_syscall, . - probe_syscall
