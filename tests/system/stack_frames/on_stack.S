/* SPDX-License-Identifier: Apache-2.0 */
/*
 * uint64_t on_stack_call(uintptr_t sp, uint32_t id, uintptr_t a0, uintptr_t a1,
 *                        uintptr_t a2, uintptr_t a3)
 * Makes syscall `id` with a0..a3 on the stack `sp`, then returns to the caller's stack
 * with the two result words. r4..r10 go in as on_stack_seed + 4 .. + 10 (each victim
 * its own, so its fault line's registers tell it from the others). on_stack_sp_after:
 * the sp right after the svc; on_stack_kept: 1 when r4..r10 came back as they went in.
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
	ldr	r10, =on_stack_seed
	ldr	r10, [r10]
	add	r4, r10, #4
	add	r5, r10, #5
	add	r6, r10, #6
	add	r7, r10, #7
	add	r8, r10, #8
	add	r9, r10, #9
	add	r10, r10, #10
	svc	0
	mov	r12, sp
	mov	sp, r11
	ldr	r2, =on_stack_sp_after
	str	r12, [r2]
	ldr	r2, =on_stack_seed
	ldr	r2, [r2]
	add	r3, r2, #4
	cmp	r4, r3
	bne	1f
	add	r3, r2, #5
	cmp	r5, r3
	bne	1f
	add	r3, r2, #6
	cmp	r6, r3
	bne	1f
	add	r3, r2, #7
	cmp	r7, r3
	bne	1f
	add	r3, r2, #8
	cmp	r8, r3
	bne	1f
	add	r3, r2, #9
	cmp	r9, r3
	bne	1f
	add	r3, r2, #10
	cmp	r10, r3
	bne	1f
	movs	r3, #1
	b	2f
1:	movs	r3, #0
2:	ldr	r2, =on_stack_kept
	str	r3, [r2]
	pop	{r4-r11, pc}
	.size on_stack_call, . - on_stack_call
	.ltorg
