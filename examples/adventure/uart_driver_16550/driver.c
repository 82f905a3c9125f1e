// SPDX-License-Identifier: Apache-2.0
/*
 * A 16550 UART driver in userspace: the UART is a device mapping of this process, its
 * RX interrupt an interrupt object; clients use the stream protocol over a channel.
 */
#include <keel/keel.h>
#include "../uart_server/uart_server.h"
#include <uart_driver_16550_codegen.h>

#define RBR 0 /* receive buffer (read) */
#define THR 0 /* transmit holding (write) */
#define IER 1
#define LCR 3
#define MCR 4
#define LSR 5
#define IER_RX_AVAILABLE 0x01
#define LCR_8N1 0x03
#define MCR_OUT2 0x08
#define LSR_DATA_READY 0x01
#define LSR_THR_EMPTY 0x20

static volatile uint8_t *const uart = (volatile uint8_t *)MAPPING_UART_START;

static size_t transmit(void *ctx, const uint8_t *buf, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		while (!(uart[LSR] & LSR_THR_EMPTY))
			;
		uart[THR] = buf[i];
	}
	return len;
}

static size_t receive(uint8_t *bytes, size_t cap)
{
	size_t n = 0;

	while (n < cap && (uart[LSR] & LSR_DATA_READY))
		bytes[n++] = uart[RBR];
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
	uart[LCR] = LCR_8N1;
	/*
	 * The FIFO stays off: the receive register then holds one byte and the far side
	 * (QEMU's character backend) sends the next only once it is read, so nothing typed
	 * is ever lost, before this driver ran or after. Turning the FIFO on would empty
	 * the register, and a byte that lands between the last read and that write would
	 * be discarded (seen: the first letter of piped input, about one run in 60 on a
	 * loaded machine). Each read of the register tells the far side there is room.
	 */
	uart_server_drain();
	uart[MCR] = MCR_OUT2;
	uart[IER] = IER_RX_AVAILABLE;

	uart_server_run();
}
