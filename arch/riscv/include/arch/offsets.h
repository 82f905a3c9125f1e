/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Layout facts the trap assembly relies on; arch.c asserts them at compile time so
 * they cannot drift from the C structures.
 */
#ifndef ARCH_OFFSETS_H
#define ARCH_OFFSETS_H

/* struct arch_frame, the first member of struct k_thread (arch/frame.h). */
#define ARCH_THREAD_FRAME_OFFSET 0
#define ARCH_F_SP 0
#define ARCH_F_RA 4
#define ARCH_F_GP 8
#define ARCH_F_ID 12 /* t0 */
#define ARCH_F_A0 16
#define ARCH_F_A1 20
#define ARCH_F_TOP 24
#define ARCH_F_KIND 28
/* struct k_thread's stack_limit: the lowest address of the thread's stack. */
#define ARCH_THREAD_LIMIT_OFFSET 72

/*
 * The words a thread that does not run keeps on its own stack, below its sp, as byte
 * offsets from that sp. A syscall's frame is the first ARCH_CALL_BYTES (pc, tp,
 * s0-s11, then a2..a6 for the results of a short message or a restarted call's
 * arguments); an interrupt's or a fault's is all ARCH_ALL_BYTES. a0 and a1 stay in
 * struct arch_frame.
 */
#define ARCH_U_PC (-4)
#define ARCH_U_TP (-8)
#define ARCH_U_S0 (-12) /* s0..s11 at -12 .. -56 */
#define ARCH_U_S(n) (ARCH_U_S0 - 4 * (n))
#define ARCH_U_A2 (-60) /* a2..a6 at -60 .. -76 */
#define ARCH_U_A(n) (ARCH_U_A2 - 4 * ((n)-2))
#define ARCH_U_A7 (-80)
#define ARCH_U_T0 (-84) /* t0..t6 at -84 .. -108 */
#define ARCH_U_T(n) (ARCH_U_T0 - 4 * (n))
#define ARCH_CALL_BYTES 76
#define ARCH_ALL_BYTES 108

/*
 * What the words below a thread's sp hold (struct arch_frame's kind). A thread keeps
 * CALL or ALL while it runs (its frame is then stale: sp decides where the next one
 * goes); CALL6 and RESTART are set during a syscall and go back to CALL when it
 * resumes.
 */
#define ARCH_KIND_CALL 0 /* left in a syscall: pc, tp, s0-s11; a2..a7, t0..t6 are 0 */
#define ARCH_KIND_ALL 1 /* interrupted or faulted: every register but ra, sp, gp, a0, a1 */
#define ARCH_KIND_CALL6 2 /* CALL, with the results a2..a5 too */
#define ARCH_KIND_RESTART 3 /* CALL, at its ecall again: a2..a6 its arguments, t0 = id */
#define ARCH_KIND_NONE 4 /* nothing: its stack had no room for a frame, it faults */

/* K_SYSCALL_HASH and K_SYSCALL_SLOTS (k/syscall.h): the syscall entry's dispatch. */
#define ARCH_SYSCALL_HASH 0x078b4000
#define ARCH_SYSCALL_SLOT_SHIFT 27
/* K_SWITCHED (k/object.h): the syscall chose the next thread itself. */
#define ARCH_K_SWITCHED 0x80000002

#endif /* ARCH_OFFSETS_H */
