/* SPDX-License-Identifier: Apache-2.0 */
/* MPS2 AN505 (Cortex-M33) as QEMU 7.2 models it, secure aliases. */
#ifndef TARGET_BOARD_H
#define TARGET_BOARD_H

#define TARGET_UART0_BASE 0x40200000u
#define TARGET_UART0_RX_IRQ 32u
#define TARGET_UART0_TX_IRQ 33u
/*
 * SysTick on the processor clock: QEMU's AN505 runs it and the APB timers at 20 MHz
 * (under -icount shift=0, one tick per 50 instructions).
 */
#define TARGET_SYSTEM_CLOCK_HZ 20000000u
/* CMSDK APB timer 0: the kernel's deadline timer. */
#define TARGET_TIMER0_BASE 0x50000000u
#define TARGET_TIMER0_IRQ 3u
#define TARGET_IRQ_MIN 0u
#define TARGET_IRQ_MAX 123u /* QEMU 7.2: NVIC num-irq 140, 124 external */

#endif /* TARGET_BOARD_H */
