// SPDX-License-Identifier: Apache-2.0
/*
 * A CMSDK APB UART driver in userspace (mps2_an505's UART 1; UART 0 is the kernel's
 * console): the UART is a device mapping of this process, its RX interrupt an interrupt
 * object; clients use the stream protocol over a channel, as with the 16550 driver.
 */
#include <keel/keel.h>
#include "../uart_server/uart_server.h"
#include <uart_driver_cmsdk_codegen.h>

#define DATA 0x00
#define STATE 0x04
#define CTRL 0x08
#define INTCLEAR 0x0c
#define BAUDDIV 0x10
#define STATE_TX_FULL 0x01
#define STATE_RX_FULL 0x02
#define CTRL_TX_EN 0x01
#define CTRL_RX_EN 0x02
#define CTRL_RX_INT_EN 0x08
#define INT_RX 0x02

static volatile uint32_t *reg(unsigned offset)
{
	return (volatile uint32_t *)(MAPPING_UART_START + offset);
}

static size_t transmit(void *ctx, const uint8_t *buf, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		while (*reg(STATE) & STATE_TX_FULL)
			;
		*reg(DATA) = buf[i];
	}
	return len;
}

/*
 * The receiver holds one byte, and the far side sends the next only once it is read;
 * clearing the interrupt before reading means a byte that lands after the last read
 * raises it again instead of waiting unseen.
 */
static size_t receive(uint8_t *bytes, size_t cap)
{
	size_t n = 0;

	*reg(INTCLEAR) = INT_RX;
	while (n < cap && (*reg(STATE) & STATE_RX_FULL))
		bytes[n++] = (uint8_t)*reg(DATA);
	return n;
}

static const struct uart_server_device device = {
	.channel = HANDLE_UART,
	.interrupt = HANDLE_UART_INTERRUPT,
	.rx_signal = SIGNAL_UART_RX,
	.wait_group = HANDLE_MAIN_LOOP_WAIT_GROUP,
	.transmit = transmit,
	.receive = receive,
};

KEEL_ENTRY()
{
	uart_server_init(&device);
	/* QEMU's CMSDK UART refuses to transmit with a divider below 16. */
	*reg(BAUDDIV) = 16;
	/*
	 * While the receiver is off the UART discards what arrives, so bytes typed before
	 * this driver ran are gone; from here on the far side holds them back until read.
	 */
	*reg(CTRL) = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;
	uart_server_drain();

	uart_server_run();
}
