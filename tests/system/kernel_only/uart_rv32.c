// SPDX-License-Identifier: Apache-2.0
/*
 * kernel_uart on qemu_virt_riscv32: a kernel driver for the 16550 (IRQ 10, named in
 * kernel.interrupt_table) in loopback. The thread writes a message a byte at a time;
 * each byte comes back through the receive interrupt, whose handler drains the
 * receiver into a buffer and signals the thread. (The kernel's console is
 * semihosting, so the 16550 is free.)
 */
#include <kcheck.h>

#define UART ((volatile uint8_t *)0x10000000u)
#define THR 0
#define RBR 0
#define IER 1
#define IER_RX 0x01
#define FCR 2
#define FCR_ENABLE 0x07
#define MCR 4
#define MCR_LOOP 0x10
#define LSR 5
#define LSR_DR 0x01
#define LSR_THRE 0x20

void board_uart_isr(void);

static uint8_t received[64];
static volatile unsigned received_len, interrupts;
static struct kt_event rx;

void board_uart_isr(void)
{
	interrupts = interrupts + 1;
	while (UART[LSR] & LSR_DR) {
		uint8_t b = UART[RBR];
		if (received_len < sizeof(received))
			received[received_len++] = b;
	}
	kt_event_signal(&rx);
}

int kernel_main(void)
{
	static const char message[] = "kernel 16550 in loopback";
	const unsigned len = sizeof(message) - 1;

	UART[FCR] = FCR_ENABLE;
	UART[MCR] = MCR_LOOP;
	UART[IER] = IER_RX;
	for (unsigned i = 0; i < len; i++) {
		while (!(UART[LSR] & LSR_THRE))
			;
		UART[THR] = (uint8_t)message[i];
		KCHECK_EQ(kt_event_wait_until(&rx, kt_now() + KT_MS(1000)), KEEL_OK);
		KCHECK_EQ(received_len, i + 1);
	}
	for (unsigned i = 0; i < len; i++)
		KCHECK_EQ(received[i], (uint8_t)message[i]);
	KCHECK(!(UART[LSR] & LSR_DR));
	kt_log("uart: %u bytes back through %u interrupts", received_len, interrupts);
	KPASS();
}
