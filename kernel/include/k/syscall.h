/* SPDX-License-Identifier: Apache-2.0 */
#ifndef K_SYSCALL_H
#define K_SYSCALL_H

#include <k/kernel.h>

/*
 * Run the syscall whose id and arguments are in t's saved frame and write its result
 * there (or park t, whose result is written when it wakes). A pure function of kernel
 * state and the frame: the host tests call it directly.
 */
void k_syscall(struct k_thread *t);

#endif /* K_SYSCALL_H */
