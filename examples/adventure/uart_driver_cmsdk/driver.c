// SPDX-License-Identifier: Apache-2.0
/*
 * A CMSDK APB UART driver in userspace (mps2_an505's UART 1; UART 0 is the kernel's
 * console): the UART is a device mapping of this process, its RX interrupt an interrupt
 * object; clients use the stream protocol over a channel, as with the 16550 driver.
 */
#include <keel/keel.h>
#include <keel/stream.h>
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

enum { WAKE_IRQ = 1, WAKE_IPC = 2 };

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

static struct keel_stream_server server;

/* Bytes dropped since the ring was last empty, not yet reported. */
static uint32_t unreported;

/*
 * The receiver holds one byte, and the far side sends the next only once it is read;
 * clearing the interrupt before reading means a byte that lands after the last read
 * raises it again instead of waiting unseen.
 */
static void drain_rx(void)
{
	uint8_t bytes[16];
	size_t n = 0;
	uint32_t before = server.dropped;
	bool was_dropping = unreported != 0;

	*reg(INTCLEAR) = INT_RX;
	while (*reg(STATE) & STATE_RX_FULL) {
		bytes[n++] = (uint8_t)*reg(DATA);
		if (n == sizeof(bytes)) {
			keel_stream_server_received(&server, bytes, n);
			n = 0;
		}
	}
	keel_stream_server_received(&server, bytes, n);
	unreported += server.dropped - before;
	/* One warning when input starts being lost, one total when the ring has drained. */
	if (unreported && !was_dropping)
		KEEL_WRN("receive ring full: dropping input");
}

static void report_drops(void)
{
	if (unreported && server.ring.count == 0) {
		KEEL_WRN("receive ring full: %u bytes were dropped", (unsigned)unreported);
		unreported = 0;
	}
}

static void serve_request(void)
{
	enum keel_status s = keel_stream_server_handle(&server);

	/* The client may have been restarted in between: its transaction is gone. */
	if (s != KEEL_OK)
		KEEL_WRN("request dropped: %s", keel_status_str(s));
	report_drops();
}

KEEL_ENTRY()
{
	keel_stream_server_init(&server, HANDLE_UART, transmit);
	/* QEMU's CMSDK UART refuses to transmit with a divider below 16. */
	*reg(BAUDDIV) = 16;
	/*
	 * While the receiver is off the UART discards what arrives, so bytes typed before
	 * this driver ran are gone; from here on the far side holds them back until read.
	 */
	*reg(CTRL) = CTRL_TX_EN | CTRL_RX_EN | CTRL_RX_INT_EN;
	drain_rx();

	if (sys_wait_group_add(HANDLE_MAIN_LOOP_WAIT_GROUP, HANDLE_UART_INTERRUPT, SIGNAL_UART_RX,
			       WAKE_IRQ) != KEEL_OK ||
	    sys_wait_group_add(HANDLE_MAIN_LOOP_WAIT_GROUP, HANDLE_UART, KEEL_SIGNAL_READABLE,
			       WAKE_IPC) != KEEL_OK) {
		KEEL_ERR("cannot set up the wait group");
		return;
	}
	for (;;) {
		struct keel_wait_result w;
		if (sys_object_wait(HANDLE_MAIN_LOOP_WAIT_GROUP, KEEL_SIGNAL_READABLE, KEEL_FOREVER,
				    &w) != KEEL_OK)
			continue;
		if (w.user_data == WAKE_IRQ) {
			drain_rx();
			(void)sys_interrupt_ack(HANDLE_UART_INTERRUPT, SIGNAL_UART_RX);
		} else {
			serve_request();
		}
	}
}
