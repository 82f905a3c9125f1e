/* SPDX-License-Identifier: Apache-2.0 */
/* struct k_thread offsets that trap.S uses (arch.c checks them at compile time). */
#ifndef ARCH_OFFSETS_H
#define ARCH_OFFSETS_H

/* The frame is the thread's first member: r4..r11 at 0, then psp and top. */
#define ARCH_FRAME_PSP_OFFSET 32
#define ARCH_FRAME_TOP_OFFSET 36

/* K_SYSCALL_HASH and K_SYSCALL_SLOTS (k/syscall.h): the svc entry's dispatch. */
#define ARCH_SYSCALL_HASH 0x078b4000
#define ARCH_SYSCALL_SLOT_SHIFT 27

#endif /* ARCH_OFFSETS_H */
