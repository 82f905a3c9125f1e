/* SPDX-License-Identifier: Apache-2.0 */
/* struct k_thread offsets that trap.S uses (arch.c checks them at compile time). */
#ifndef ARCH_OFFSETS_H
#define ARCH_OFFSETS_H

/* The state byte and K_THREAD_RUNNING: the syscall return tests whether the caller runs. */
#define ARCH_THREAD_STATE_OFFSET 113
#define ARCH_THREAD_RUNNING 2

#endif /* ARCH_OFFSETS_H */
