/* SPDX-License-Identifier: Apache-2.0 */
/* Host port: what unit tests can see of the fake CPU and board. */
#ifndef ARCH_HOST_H
#define ARCH_HOST_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdnoreturn.h>

#define HOST_CONSOLE_SIZE 65536

extern char host_console[HOST_CONSOLE_SIZE];
extern size_t host_console_len;
extern int host_exit_code;
void host_console_clear(void);

/*
 * Kernel paths that never return on hardware (halt, shutdown) jump back to the test
 * that armed host_exit_jmp; without one armed they abort the test run.
 */
extern jmp_buf *host_exit_jmp;
noreturn void host_longjmp_exit(void);

/* The simulated clock, the programmed timer and the fake interrupt controller. */
extern uint64_t host_time;
extern uint64_t host_timer;
extern uint64_t host_irq_unmasked;

#endif /* ARCH_HOST_H */
