// SPDX-License-Identifier: Apache-2.0
/*
 * The M33 uart test's driver for CMSDK UART 1. Its receiver holds one byte and the far
 * side sends the next as soon as that one is read, so each interrupt takes exactly one
 * byte: clear the interrupt, read, ack. The byte that arrives during the read raises
 * the interrupt again, and the ack must let it through; a lost edge stops the test.
 */
#include <keel/keel.h>
#include <keel/stream.h>
#include <keel/string.h>
#include <driver_codegen.h>

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
#define COUNTS 0x10u /* a request type of this test's own (client_cmsdk.c) */

static volatile uint32_t *reg(unsigned offset)
{
	return (volatile uint32_t *)(MAPPING_UART_START + offset);
}

static struct keel_stream_server server;
/* Receive interrupts taken, and those that found no byte. */
static unsigned irqs, empty;

static void receive_interrupt(void)
{
	irqs++;
	*reg(INTCLEAR) = INT_RX;
	if (*reg(STATE) & STATE_RX_FULL) {
		uint8_t b = (uint8_t)*reg(DATA);
		keel_stream_server_received(&server, &b, 1);
	} else {
		empty++;
	}
	sys_interrupt_ack(HANDLE_UART_INTERRUPT, SIGNAL_UART_RX);
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

KEEL_PROCESS_ENTRY(driver)
{
	keel_stream_server_init(&server, HANDLE_UART, transmit);
	sys_wait_group_add(HANDLE_WAIT_GROUP, HANDLE_UART_INTERRUPT, SIGNAL_UART_RX, 1);
	sys_wait_group_add(HANDLE_WAIT_GROUP, HANDLE_UART, KEEL_SIGNAL_READABLE, 2);
	*reg(BAUDDIV) = 16;
	*reg(CTRL) = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;
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
		if (type == COUNTS) {
			uint32_t resp[4] = { KEEL_OK, irqs, empty, *reg(STATE) };
			sys_channel_respond(HANDLE_UART, resp, sizeof(resp));
			continue;
		}
		keel_stream_server_serve(&server, req, len);
	}
}
