/* SPDX-License-Identifier: Apache-2.0 */
/*
 * uint64_t on_stack_call(uintptr_t sp, uint32_t id, uintptr_t a0, uintptr_t a1,
 *                        uintptr_t a2, uintptr_t a3)
 * Makes syscall `id` with a0..a3 on the stack `sp`, then returns to the caller's stack
 * with the two result words. on_stack_sp_after: the sp right after the ecall;
 * on_stack_kept: 1 when s1..s11 and tp came back as they went in.
 */
	.section .text.on_stack_call, "ax"
	.globl on_stack_call
	.type on_stack_call, @function
on_stack_call:
	addi	sp, sp, -64
	sw	ra, 0(sp)
	sw	s0, 4(sp)
	sw	s1, 8(sp)
	sw	s2, 12(sp)
	sw	s3, 16(sp)
	sw	s4, 20(sp)
	sw	s5, 24(sp)
	sw	s6, 28(sp)
	sw	s7, 32(sp)
	sw	s8, 36(sp)
	sw	s9, 40(sp)
	sw	s10, 44(sp)
	sw	s11, 48(sp)
	sw	tp, 52(sp)
	mv	s0, sp
	mv	t0, a1
	mv	sp, a0
	mv	a0, a2
	mv	a1, a3
	mv	a2, a4
	mv	a3, a5
	li	s1, 0x5eed0001
	li	s2, 0x5eed0002
	li	s3, 0x5eed0003
	li	s4, 0x5eed0004
	li	s5, 0x5eed0005
	li	s6, 0x5eed0006
	li	s7, 0x5eed0007
	li	s8, 0x5eed0008
	li	s9, 0x5eed0009
	li	s10, 0x5eed000a
	li	s11, 0x5eed000b
	li	tp, 0x5eed000c
	ecall
	mv	t1, sp
	mv	sp, s0
	la	t2, on_stack_sp_after
	sw	t1, 0(t2)
	li	t3, 0
	li	t2, 0x5eed0001
	bne	s1, t2, 1f
	li	t2, 0x5eed0002
	bne	s2, t2, 1f
	li	t2, 0x5eed0003
	bne	s3, t2, 1f
	li	t2, 0x5eed0004
	bne	s4, t2, 1f
	li	t2, 0x5eed0005
	bne	s5, t2, 1f
	li	t2, 0x5eed0006
	bne	s6, t2, 1f
	li	t2, 0x5eed0007
	bne	s7, t2, 1f
	li	t2, 0x5eed0008
	bne	s8, t2, 1f
	li	t2, 0x5eed0009
	bne	s9, t2, 1f
	li	t2, 0x5eed000a
	bne	s10, t2, 1f
	li	t2, 0x5eed000b
	bne	s11, t2, 1f
	li	t2, 0x5eed000c
	bne	tp, t2, 1f
	li	t3, 1
1:	la	t2, on_stack_kept
	sw	t3, 0(t2)
	lw	ra, 0(sp)
	lw	s0, 4(sp)
	lw	s1, 8(sp)
	lw	s2, 12(sp)
	lw	s3, 16(sp)
	lw	s4, 20(sp)
	lw	s5, 24(sp)
	lw	s6, 28(sp)
	lw	s7, 32(sp)
	lw	s8, 36(sp)
	lw	s9, 40(sp)
	lw	s10, 44(sp)
	lw	s11, 48(sp)
	lw	tp, 52(sp)
	addi	sp, sp, 64
	ret
	.size on_stack_call, . - on_stack_call
