// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include <keel/stream.h>
#include "uart_server.h"

enum { WAKE_IRQ = 1, WAKE_IPC = 2 };

static const struct uart_server_device *dev;
static struct keel_stream_server server;

/* Bytes dropped since the ring was last empty, not yet reported. */
static uint32_t unreported;

void uart_server_init(const struct uart_server_device *d)
{
	dev = d;
	keel_stream_server_init(&server, d->channel, d->transmit);
}

void uart_server_drain(void)
{
	uint8_t bytes[16];
	uint32_t before = server.dropped;
	bool was_dropping = unreported != 0;
	size_t n;

	do {
		n = dev->receive(bytes, sizeof(bytes));
		keel_stream_server_received(&server, bytes, n);
	} while (n == sizeof(bytes));
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

static void warn_dropped(enum keel_status s)
{
	/* The client may have been restarted in between: its transaction is gone. */
	if (s != KEEL_OK)
		KEEL_WRN("request dropped: %s", keel_status_str(s));
}

/*
 * Each response goes out in the call that waits for what comes next (an interrupt or
 * the next request): with the read, two syscalls a request.
 */
void uart_server_run(void)
{
	if (sys_wait_group_add(dev->wait_group, dev->interrupt, dev->rx_signal, WAKE_IRQ) !=
		    KEEL_OK ||
	    sys_wait_group_add(dev->wait_group, dev->channel, KEEL_SIGNAL_READABLE, WAKE_IPC) !=
		    KEEL_OK) {
		KEEL_ERR("cannot set up the wait group");
		return;
	}
	for (;;) {
		struct keel_wait_result w;
		enum keel_status s = keel_stream_server_respond_and_wait(
			&server, dev->wait_group, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w);
		warn_dropped(server.refused);
		if (s != KEEL_OK)
			continue;
		if (w.user_data == WAKE_IRQ) {
			uart_server_drain();
			(void)sys_interrupt_ack(dev->interrupt, dev->rx_signal);
		} else {
			warn_dropped(keel_stream_server_handle(&server));
			report_drops();
		}
	}
}
