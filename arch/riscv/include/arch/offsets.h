/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Layout facts the trap assembly relies on; arch.c asserts them at compile time so
 * they cannot drift from the C structures.
 */
#ifndef ARCH_OFFSETS_H
#define ARCH_OFFSETS_H

/* struct k_thread starts with struct arch_frame: x[0] = pc, x[i] = register i. */
#define ARCH_THREAD_FRAME_OFFSET 0
/* K_SYSCALL_HASH and K_SYSCALL_SLOTS (k/syscall.h): the syscall entry's dispatch. */
#define ARCH_SYSCALL_HASH 0x078b4000
#define ARCH_SYSCALL_SLOT_SHIFT 27
/* K_SWITCHED (k/object.h): the syscall chose the next thread itself. */
#define ARCH_K_SWITCHED 0x80000002

#endif /* ARCH_OFFSETS_H */
