/* SPDX-License-Identifier: Apache-2.0 */
/* What the isolation test needs to know of each target: addresses and fault causes. */
#ifndef ISOLATION_ARCH_H
#define ISOLATION_ARCH_H

#if defined(__riscv)
/* qemu_virt_riscv32: kernel memory, the 16550, and mcause values. */
#define KERNEL_FLASH 0x80000000u
#define KERNEL_RAM 0x81000000u
#define DEVICE 0x10000000u
#define LOAD_FAULT 5u /* load access fault */
#define STORE_FAULT 7u /* store/AMO access fault */
#define FETCH_FAULT 1u /* instruction access fault */
#define BREAKPOINT_FAULT 3u /* breakpoint: the emulator ignores U-mode semihosting */
#define STACK_FAULT 7u /* the push that leaves the RAM: a store access fault */
#define RAM_CODE 0x00008067u /* ret */
#define CODE_ADDRESS(p) ((uintptr_t)(p))
#elif defined(__arm__)
/* mps2_an505: kernel memory, CMSDK UART 0, and CFSR values (MemManage). */
#define KERNEL_FLASH 0x10000000u
#define KERNEL_RAM 0x38000000u
#define DEVICE 0x40200000u
#define LOAD_FAULT 0x82u /* MMARVALID | DACCVIOL */
#define STORE_FAULT 0x82u
#define FETCH_FAULT 0x01u /* IACCVIOL */
/* A bkpt (semihosting refused to unprivileged code) escalates: HFSR.FORCED. */
#define BREAKPOINT_FAULT 0x40000000u
/* The push below the thread's stack limit (PSPLIM, the bottom of its stack) is a
 * UsageFault before it reaches the MPU: UFSR.STKOF. */
#define STACK_FAULT 0x100000u
#define RAM_CODE 0x47704770u /* bx lr; bx lr */
#define CODE_ADDRESS(p) ((uintptr_t)(p) | 1u) /* Thumb */
#endif

#endif /* ISOLATION_ARCH_H */
