/* SPDX-License-Identifier: Apache-2.0 */
/* QEMU virt (rv32): addresses from the machine's device tree, QEMU 7.2. */
#ifndef TARGET_BOARD_H
#define TARGET_BOARD_H

#define TARGET_UART0_BASE 0x10000000u
#define TARGET_UART0_IRQ 10u
#define TARGET_PLIC_BASE 0x0c000000u
#define TARGET_CLINT_MTIMECMP 0x02004000u
#define TARGET_CLINT_MTIME 0x0200bff8u
#define TARGET_TEST_DEVICE 0x00100000u
#define TARGET_SYSTEM_CLOCK_HZ 10000000u
/* PLIC sources on virt: 1..95 (0 means "no interrupt"). */
#define TARGET_IRQ_MIN 1u
#define TARGET_IRQ_MAX 95u

#endif /* TARGET_BOARD_H */
