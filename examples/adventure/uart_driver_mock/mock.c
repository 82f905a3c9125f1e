// SPDX-License-Identifier: Apache-2.0
/*
 * The mock UART driver: the same stream protocol, but every 100 ms it "types" the next
 * line of a script, and what the game writes goes to the kernel console.
 */
#include <keel/keel.h>
#include <keel/stream.h>
#include <uart_driver_mock_codegen.h>

static const char *const script[] = { "help\n",	 "look\n", "go north\n",
				      "crash\n", "help\n", "exit\n" };

static size_t transmit(void *ctx, const uint8_t *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		sys_debug_putc((char)buf[i]);
	return len;
}

static struct keel_stream_server server;

KEEL_ENTRY()
{
	unsigned next = 0;

	keel_stream_server_init(&server, HANDLE_UART, transmit);
	keel_instant_t type_at = keel_deadline_in(KEEL_MS(100));

	/* Each response goes out in the call that receives the next request. */
	for (;;) {
		enum keel_status s = keel_stream_server_respond_and_serve(
			&server,
			next < sizeof(script) / sizeof(script[0]) ? type_at : KEEL_FOREVER);
		if (s == KEEL_DEADLINE_EXCEEDED) {
			const char *line = script[next++];
			size_t n = 0;
			while (line[n])
				n++;
			keel_stream_server_received(&server, (const uint8_t *)line, n);
			type_at += KEEL_MS(100);
		}
	}
}
