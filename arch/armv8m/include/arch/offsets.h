/* SPDX-License-Identifier: Apache-2.0 */
/* Layout facts trap.S relies on; arch.c asserts each at compile time. */
#ifndef ARCH_OFFSETS_H
#define ARCH_OFFSETS_H

/* The frame is the thread's first member: r4..r11 at 0, then psp and top. */
#define ARCH_FRAME_PSP_OFFSET 32
#define ARCH_FRAME_TOP_OFFSET 36
/* struct k_thread: its process, and right after it its stack limit (one ldrd). */
#define ARCH_THREAD_PROCESS_OFFSET 76
#define ARCH_THREAD_STACK_LIMIT_OFFSET 80
/* struct k_process: its info record (in flash). */
#define ARCH_PROCESS_INFO_OFFSET 36
/* struct k_process_info: its MPU image (struct arch_process), and that image's `high`. */
#define ARCH_INFO_MPU_OFFSET 40
#define ARCH_INFO_MPU_HIGH_OFFSET (ARCH_INFO_MPU_OFFSET + 64)

/* K_SYSCALL_HASH and K_SYSCALL_SLOTS (k/syscall.h): the svc entry's dispatch. */
#define ARCH_SYSCALL_HASH 0x078b4000
#define ARCH_SYSCALL_SLOT_SHIFT 27
/* K_SWITCHED (k/object.h): the syscall chose the next thread itself. */
#define ARCH_K_SWITCHED 0x80000002

#endif /* ARCH_OFFSETS_H */
