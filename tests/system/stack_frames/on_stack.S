/* SPDX-License-Identifier: Apache-2.0 */
/*
 * uint64_t on_stack_call(uintptr_t sp, uint32_t id, uintptr_t a0, uintptr_t a1,
 *                        uintptr_t a2, uintptr_t a3)
 * Makes syscall `id` with a0..a3 on the stack `sp`, then returns to the caller's stack
 * with the two result words. on_stack_sp_after: the sp right after the svc; on_stack_kept:
 * 1 when r4..r11 came back as they went in.
 */
	.syntax unified
	.thumb

	.section .text.on_stack_call, "ax"
	.globl on_stack_call
	.type on_stack_call, %function
	.thumb_func
on_stack_call:
	push	{r4-r11, lr}
	mov	r11, sp
	mov	r12, r1
	ldr	r4, [r11, #36]		/* a2 */
	ldr	r5, [r11, #40]		/* a3 */
	mov	sp, r0
	mov	r0, r2
	mov	r1, r3
	mov	r2, r4
	mov	r3, r5
	ldr	r4, =0x5eed0004
	ldr	r5, =0x5eed0005
	ldr	r6, =0x5eed0006
	ldr	r7, =0x5eed0007
	ldr	r8, =0x5eed0008
	ldr	r9, =0x5eed0009
	ldr	r10, =0x5eed000a
	svc	0
	mov	r12, sp
	mov	sp, r11
	ldr	r2, =on_stack_sp_after
	str	r12, [r2]
	movs	r3, #0
	ldr	r2, =0x5eed0004
	cmp	r4, r2
	bne	1f
	ldr	r2, =0x5eed0005
	cmp	r5, r2
	bne	1f
	ldr	r2, =0x5eed0006
	cmp	r6, r2
	bne	1f
	ldr	r2, =0x5eed0007
	cmp	r7, r2
	bne	1f
	ldr	r2, =0x5eed0008
	cmp	r8, r2
	bne	1f
	ldr	r2, =0x5eed0009
	cmp	r9, r2
	bne	1f
	ldr	r2, =0x5eed000a
	cmp	r10, r2
	bne	1f
	movs	r3, #1
1:	ldr	r2, =on_stack_kept
	str	r3, [r2]
	pop	{r4-r11, pc}
	.size on_stack_call, . - on_stack_call
	.ltorg
