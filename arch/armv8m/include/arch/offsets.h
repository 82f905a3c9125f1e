/* SPDX-License-Identifier: Apache-2.0 */
/* struct k_thread offsets that trap.S uses (arch.c checks them at compile time). */
#ifndef ARCH_OFFSETS_H
#define ARCH_OFFSETS_H

/* The frame is the thread's first member: r4..r11 at 0, then psp and top. */
#define ARCH_FRAME_PSP_OFFSET 32
#define ARCH_FRAME_TOP_OFFSET 36

/* The state byte and K_THREAD_RUNNING: the syscall return tests whether the caller runs. */
#define ARCH_THREAD_STATE_OFFSET 85
#define ARCH_THREAD_RUNNING 2

#endif /* ARCH_OFFSETS_H */
