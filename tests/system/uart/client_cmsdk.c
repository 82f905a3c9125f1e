// SPDX-License-Identifier: Apache-2.0
/*
 * The client of the M33 uart test: says it is ready through the driver, reads the line
 * the runner answers (uart.dialog) and writes it back. Passes only if the line came
 * whole, each byte on a receive interrupt of its own, and the receiver was empty at the
 * end.
 */
#include <keel/keel.h>
#include <keel/stream.h>
#include <keel/string.h>
#include <client_codegen.h>

#define COUNTS 0x10u /* the driver's request for its counts (driver_cmsdk.c) */

static const char expected[] = "through the wire and back\n";

static void write_all(const char *s, size_t len)
{
	if (keel_stream_write(HANDLE_UART, s, len) != KEEL_OK) {
		KEEL_ERR("write through the driver failed");
		sys_debug_shutdown(1);
	}
}

KEEL_PROCESS_ENTRY(client)
{
	char got[64];
	size_t total = 0;
	enum keel_status s = KEEL_OK;

	write_all("uart: ready\n", 12);
	while (s == KEEL_OK && total < sizeof(expected) - 1 &&
	       (total == 0 || got[total - 1] != '\n')) {
		size_t n;
		/* Bounded: a lost byte must fail the test, not hang it. */
		s = sys_object_wait(HANDLE_UART, KEEL_SIGNAL_USER,
				    keel_deadline_in(KEEL_SECONDS(5)), NULL);
		if (s == KEEL_OK)
			s = keel_stream_read(HANDLE_UART, got + total, sizeof(got) - total, &n);
		if (s == KEEL_OK)
			total += n;
	}
	if (s != KEEL_OK || total != sizeof(expected) - 1 || memcmp(got, expected, total) != 0) {
		KEEL_ERR("receive failed: %s, %u bytes", keel_status_str(s), (unsigned)total);
		sys_debug_shutdown(1);
	}
	write_all("echo: ", 6);
	write_all(got, total);

	/* {status, interrupts, interrupts without a byte, STATE at the end} */
	uint32_t req = COUNTS, resp[4] = { 0 };
	size_t len;
	sys_channel_transact(HANDLE_UART, &req, sizeof(req), resp, sizeof(resp), KEEL_FOREVER,
			     &len);
	/*
	 * An interrupt may find no byte: the NVIC latches the line as pending while the
	 * kernel has it masked, and the driver's read can lower the line before the ack
	 * unmasks it. Counted, not failed; every byte must have had its own.
	 */
	unsigned with_byte = (unsigned)(resp[1] - resp[2]);
	KEEL_INF("uart: %u bytes in through %u interrupts, receiver %s", (unsigned)total, with_byte,
		 resp[3] & 2u ? "not empty" : "empty");
	KEEL_INF("uart: %u interrupts found no byte", (unsigned)resp[2]);
	if (with_byte != total || (resp[3] & 2u)) {
		KEEL_ERR("expected one interrupt per byte and an empty receiver");
		sys_debug_shutdown(2);
	}
	sys_debug_shutdown(0);
}
