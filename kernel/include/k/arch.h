/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The arch contract: everything the portable kernel needs from a CPU port. Each port
 * (arch/riscv, arch/armv8m, arch/host) implements every function here; portable code
 * calls nothing else of the port. All functions run with interrupts masked (the kernel
 * is never preempted), on the single kernel stack.
 */
#ifndef K_ARCH_H
#define K_ARCH_H

#include <stdint.h>
#include <stdnoreturn.h>

/* Stop the CPU for good (after a panic or a shutdown that the target could not do). */
noreturn void arch_halt(void);

#endif /* K_ARCH_H */
