/* SPDX-License-Identifier: Apache-2.0 */
/* The registers probe_syscall loads before its trap and stores after it. */
#ifndef SYSCALL_REGISTERS_PROBE_H
#define SYSCALL_REGISTERS_PROBE_H

#include <stdint.h>

#if defined(__riscv)
/* ra, t0-t6, a0-a7, s2-s11, gp, tp: every register but sp and the two holding in/out. */
#define PROBE_REGS 28
#define PROBE_ID 1 /* t0 */
#define PROBE_ARG0 8 /* a0 */
#define PROBE_RA 0 /* the ABI keeps it: the wrappers do not declare it clobbered */
/* The ABI keeps them too, and the kernel points gp at its own globals while it runs. */
#define PROBE_GP 26
#define PROBE_TP 27
static const char *const probe_names[PROBE_REGS] = {
	"ra", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "a0", "a1", "a2",  "a3",  "a4", "a5",
	"a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "gp", "tp",
};
#elif defined(__arm__)
/* r0-r12 and lr. */
#define PROBE_REGS 14
#define PROBE_ID 12 /* r12 */
#define PROBE_ARG0 0 /* r0 */
static const char *const probe_names[PROBE_REGS] = {
	"r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "lr",
};
#endif

/* The two result registers follow the first argument register on both targets. */
#define PROBE_RESULT0 PROBE_ARG0
#define PROBE_RESULT1 (PROBE_ARG0 + 1)
/*
 * The short messages' calls have five: a0..a4 on rv32; r0..r3 and r12 (the id's
 * register) on the M33.
 */
#define PROBE_RESULT2 (PROBE_ARG0 + 2)
#define PROBE_RESULT3 (PROBE_ARG0 + 3)
#if defined(__riscv)
#define PROBE_RESULT4 (PROBE_ARG0 + 4)
#else
#define PROBE_RESULT4 PROBE_ID
#endif

void probe_syscall(const uint32_t in[PROBE_REGS], uint32_t out[PROBE_REGS]);

#endif /* SYSCALL_REGISTERS_PROBE_H */
