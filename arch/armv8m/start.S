/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Reset entry on ARMv8-M: the core has loaded MSP from the vector table's first word,
 * so a stack exists; copy .data and clear .bss before any C runs.
 */
	.syntax unified
	.thumb
	.section .text.entry, "ax"
	.globl k_entry
	.type k_entry, %function
	.thumb_func
k_entry:
	cpsid	i
	ldr	r0, =__data_load
	ldr	r1, =__data_start
	ldr	r2, =__data_end
1:	cmp	r1, r2
	bhs	2f
	ldr	r3, [r0], #4
	str	r3, [r1], #4
	b	1b
2:	ldr	r1, =__bss_start
	ldr	r2, =__bss_end
	movs	r3, #0
3:	cmp	r1, r2
	bhs	4f
	str	r3, [r1], #4
	b	3b
4:	bl	k_main
5:	wfi
	b	5b
	.size k_entry, . - k_entry
