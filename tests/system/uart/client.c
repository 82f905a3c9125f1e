// SPDX-License-Identifier: Apache-2.0
/*
 * The client of the uart test: sends bytes out through the driver and reads them back.
 * Passes only if every byte came back, each on its own receive interrupt, and the
 * receive FIFO was empty at the end.
 */
#include <keel/keel.h>
#include <keel/stream.h>
#include <keel/string.h>
#include <client_codegen.h>

#define LOOPBACK_OFF 0x10u /* the driver's request to end loopback (driver.c) */

KEEL_PROCESS_ENTRY(client)
{
	static const char message[] = "through the loop and back";
	char got[64];
	size_t total = 0;

	enum keel_status s = keel_stream_write(HANDLE_UART, message, sizeof(message) - 1);
	while (s == KEEL_OK && total < sizeof(message) - 1) {
		size_t n;
		/* Bounded: a lost byte must fail the test, not hang it. */
		s = sys_object_wait(HANDLE_UART, KEEL_SIGNAL_USER,
				    keel_deadline_in(KEEL_SECONDS(2)), NULL);
		if (s == KEEL_OK)
			s = keel_stream_read(HANDLE_UART, got + total, sizeof(got) - total, &n);
		if (s == KEEL_OK)
			total += n;
	}
	/* {status, interrupts, bytes read per interrupt beyond the first, LSR at the end} */
	uint32_t off = LOOPBACK_OFF, resp[4] = { 0 };
	size_t len;
	sys_channel_transact(HANDLE_UART, &off, sizeof(off), resp, sizeof(resp), KEEL_FOREVER,
			     &len);
	if (s != KEEL_OK || total != sizeof(message) - 1 || memcmp(got, message, total) != 0) {
		KEEL_ERR("loopback failed: %s, %u bytes", keel_status_str(s), (unsigned)total);
		sys_debug_shutdown(1);
	}
	KEEL_INF("uart loopback: %u bytes back through %u interrupts (%u extra bytes), "
		 "receiver %s",
		 (unsigned)total, (unsigned)resp[1], (unsigned)resp[2],
		 resp[3] & 1u ? "not empty" : "empty");
	if (resp[1] != total || resp[2] != 0 || (resp[3] & 1u)) {
		KEEL_ERR("expected one interrupt per byte and an empty receiver");
		sys_debug_shutdown(2);
	}
	sys_debug_shutdown(0);
}
