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

static enum keel_status set_peer_user(void *ctx, bool set)
{
	return sys_object_set_peer_user_signal(HANDLE_UART, set);
}

static enum keel_status respond(void *ctx, const void *buf, size_t len)
{
	return sys_channel_respond(HANDLE_UART, buf, len);
}

static size_t transmit(void *ctx, const uint8_t *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		sys_debug_putc((char)buf[i]);
	return len;
}

static struct keel_stream_server server = {
	.ops = { NULL, set_peer_user, respond, transmit },
};

KEEL_ENTRY()
{
	unsigned next = 0;
	keel_instant_t type_at = keel_deadline_in(KEEL_MS(100));

	for (;;) {
		enum keel_status s = sys_object_wait(
			HANDLE_UART, KEEL_SIGNAL_READABLE,
			next < sizeof(script) / sizeof(script[0]) ? type_at : KEEL_FOREVER, NULL);
		if (s == KEEL_DEADLINE_EXCEEDED) {
			const char *line = script[next++];
			size_t n = 0;
			while (line[n])
				n++;
			keel_stream_server_received(&server, (const uint8_t *)line, n);
			type_at += KEEL_MS(100);
			continue;
		}
		uint8_t req[4 + KEEL_STREAM_WRITE_MAX];
		size_t len;
		if (sys_channel_read(HANDLE_UART, 0, req, sizeof(req), &len) == KEEL_OK)
			(void)keel_stream_server_serve(&server, req, len);
	}
}
