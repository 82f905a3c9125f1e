// SPDX-License-Identifier: Apache-2.0
/*
 * A 16550 UART driver in userspace: the UART is a device mapping of this process, its
 * RX interrupt an interrupt object; clients use the stream protocol over a channel.
 */
#include <keel/keel.h>
#include <keel/stream.h>
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

enum { WAKE_IRQ = 1, WAKE_IPC = 2 };

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

static struct keel_stream_server server;

/* Bytes dropped since the ring was last empty, not yet reported. */
static uint32_t unreported;

static void drain_rx(void)
{
	uint8_t bytes[16];
	size_t n = 0;
	uint32_t before = server.dropped;
	bool was_dropping = unreported != 0;

	while (uart[LSR] & LSR_DATA_READY) {
		bytes[n++] = uart[RBR];
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
	uart[LCR] = LCR_8N1;
	/*
	 * The FIFO stays off: the receive register then holds one byte and the far side
	 * (QEMU's character backend) sends the next only once it is read, so nothing typed
	 * is ever lost, before this driver ran or after. Turning the FIFO on would empty
	 * the register, and a byte that lands between the last read and that write would
	 * be discarded (seen: the first letter of piped input, about one run in 60 on a
	 * loaded machine). Each read of the register tells the far side there is room.
	 */
	drain_rx();
	uart[MCR] = MCR_OUT2;
	uart[IER] = IER_RX_AVAILABLE;

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
