/* SPDX-License-Identifier: Apache-2.0 */
#ifndef SYSCALL_REGISTERS_SECRET_H
#define SYSCALL_REGISTERS_SECRET_H

/* The first word of the echo process's reply. */
#define SECRET 0x5ec12e70u

#endif /* SYSCALL_REGISTERS_SECRET_H */
