// SPDX-License-Identifier: Apache-2.0
/*
 * kernel_uart on mps2_an505: a kernel driver for CMSDK UART 1 (UART 0 is the kernel's
 * console), interrupt-driven on transmit: the thread writes a byte, then waits for
 * the TX interrupt (IRQ 35, named in kernel.interrupt_table), whose handler clears it
 * and signals the thread. QEMU connects nothing to UART 1, so it takes every byte.
 */
#include <kcheck.h>

#define UART1_BASE 0x40201000u
#define REG(off) (*(volatile uint32_t *)(uintptr_t)(UART1_BASE + (off)))
#define DATA REG(0x0)
#define STATE REG(0x4)
#define CTRL REG(0x8)
#define INTSTATUS REG(0xc)
#define BAUDDIV REG(0x10)
#define STATE_TXFULL 0x1u
#define CTRL_TX_EN 0x1u
#define CTRL_TX_INTEN 0x4u
#define INT_TX 0x1u

void board_uart_tx_isr(void);

static volatile unsigned interrupts;
static struct kt_event tx_done;

void board_uart_tx_isr(void)
{
	INTSTATUS = INT_TX;
	interrupts = interrupts + 1;
	kt_event_signal(&tx_done);
}

int kernel_main(void)
{
	static const char message[] = "kernel CMSDK UART 1";
	const unsigned len = sizeof(message) - 1;

	/* QEMU's CMSDK UART refuses to transmit with a divider below 16. */
	BAUDDIV = 16;
	CTRL = CTRL_TX_EN | CTRL_TX_INTEN;
	for (unsigned i = 0; i < len; i++) {
		KCHECK(!(STATE & STATE_TXFULL));
		DATA = (uint8_t)message[i];
		KCHECK_EQ(kt_event_wait_until(&tx_done, kt_now() + KT_MS(1000)), KEEL_OK);
		KCHECK_EQ(interrupts, i + 1);
	}
	kt_log("uart: %u bytes sent through %u interrupts", len, interrupts);
	KPASS();
}
