/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Reset entry on RISC-V: QEMU's virt jumps here in M-mode with -bios none.
 * Only hart 0 runs Keel; the others would park (virt starts one hart by default).
 */
	.section .text.entry, "ax"
	.globl k_entry
k_entry:
	csrw	mie, zero
	csrw	mstatus, zero
	csrr	t0, mhartid
	bnez	t0, park
	/* The kernel's C code addresses its globals relative to gp (see trap.S). */
	.option push
	.option norelax
	la	gp, __global_pointer$
	.option pop
	la	sp, __kernel_stack_top
	/* .data lives in RAM but loads from flash. */
	la	t0, __data_load
	la	t1, __data_start
	la	t2, __data_end
1:	bgeu	t1, t2, 2f
	lw	t3, 0(t0)
	sw	t3, 0(t1)
	addi	t0, t0, 4
	addi	t1, t1, 4
	j	1b
2:	la	t0, __bss_start
	la	t1, __bss_end
3:	bgeu	t0, t1, 4f
	sw	zero, 0(t0)
	addi	t0, t0, 4
	j	3b
4:	call	k_main
park:
	wfi
	j	park
