// SPDX-License-Identifier: Apache-2.0
/*
 * The uart test's driver puts the 16550 in loopback, so what it transmits arrives on its own
 * receiver. Every byte must come back through the receive interrupt: the driver sends
 * one byte, waits for its interrupt, reads it, acks, and only then sends the next (so
 * the 16-byte FIFO never overruns without anyone draining it while sending). Nobody
 * logs while loopback is on (the kernel console may share the transmitter), so the
 * client asks the driver to end loopback before it reports.
 */
#include <keel/keel.h>
#include <keel/stream.h>
#include <keel/string.h>
#include <driver_codegen.h>

#define THR 0
#define RBR 0
#define IER 1
#define FCR 2
#define FCR_ENABLE 0x07
#define MCR 4
#define LSR 5
#define MCR_LOOP 0x10
#define LSR_DR 0x01
#define LSR_THRE 0x20
#define LOOPBACK_OFF 0x10u /* a request type of this test's own */

static volatile uint8_t *const uart = (volatile uint8_t *)MAPPING_UART_START;

static struct keel_stream_server server;
/* Receive interrupts taken, and bytes found beyond the first in one interrupt. */
static unsigned irqs, extra;

/* One receive interrupt: read what it announced, then ack it. */
static void receive_interrupt(void)
{
	bool first = true;

	irqs++;
	while (uart[LSR] & LSR_DR) {
		uint8_t b = uart[RBR];
		if (!first)
			extra++;
		first = false;
		keel_stream_server_received(&server, &b, 1);
	}
	sys_interrupt_ack(HANDLE_UART_INTERRUPT, SIGNAL_UART_RX);
}

/* Each byte goes out only after the one before came back on its own interrupt. */
static size_t transmit(void *ctx, const uint8_t *buf, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		while (!(uart[LSR] & LSR_THRE))
			;
		uart[THR] = buf[i];
		/* Bounded: a byte that never interrupts stops the transfer, not the test. */
		if (sys_object_wait(HANDLE_UART_INTERRUPT, SIGNAL_UART_RX,
				    keel_deadline_in(KEEL_SECONDS(2)), NULL) != KEEL_OK)
			return i;
		receive_interrupt();
	}
	return len;
}

KEEL_PROCESS_ENTRY(driver)
{
	keel_stream_server_init(&server, HANDLE_UART, transmit);
	sys_wait_group_add(HANDLE_WAIT_GROUP, HANDLE_UART_INTERRUPT, SIGNAL_UART_RX, 1);
	sys_wait_group_add(HANDLE_WAIT_GROUP, HANDLE_UART, KEEL_SIGNAL_READABLE, 2);
	uart[FCR] = FCR_ENABLE;
	uart[MCR] = MCR_LOOP;
	uart[IER] = 1;
	for (;;) {
		struct keel_wait_result w;
		/* The stream response served last goes out with this wait. */
		if (keel_stream_server_respond_and_wait(&server, HANDLE_WAIT_GROUP,
							KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w))
			continue;
		if (w.user_data == 1) {
			receive_interrupt();
			continue;
		}
		uint8_t req[4 + KEEL_STREAM_WRITE_MAX];
		size_t len;
		if (sys_channel_read(HANDLE_UART, 0, req, sizeof(req), &len) != KEEL_OK)
			continue;
		uint32_t type;
		memcpy(&type, req, sizeof(type));
		if (type == LOOPBACK_OFF) {
			uart[MCR] = 0;
			uint32_t resp[4] = { KEEL_OK, irqs, extra, uart[LSR] };
			sys_channel_respond(HANDLE_UART, resp, sizeof(resp));
			continue;
		}
		keel_stream_server_serve(&server, req, len);
	}
}
