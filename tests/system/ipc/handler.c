// SPDX-License-Identifier: Apache-2.0
/*
 * The ipc test's handler: seed 000's loop (object_wait -> channel_read ->
 * channel_respond) serving letters and the commands of protocol.h.
 */
#include <keel/string.h>
#include <check.h>
#include <handler_codegen.h>
#include "protocol.h"

static void respond_word(uint32_t word)
{
	CHECK_OK(sys_channel_respond(HANDLE_IPC, &word, sizeof(word)));
}

/*
 * The request sent in 4 slices (word, "abc", "defgh", "ij") read into 2 slices whose
 * boundaries match none of the sender's, from the start and from an offset; a slice
 * beyond the request is left alone.
 */
static void vectored_read(void)
{
	uint8_t a[6], b[12];
	size_t n = 0;
	const struct keel_iovec into[2] = { { a, sizeof(a) }, { b, sizeof(b) } };

	memset(a, 0xee, sizeof(a));
	memset(b, 0xee, sizeof(b));
	CHECK_OK(sys_channel_readv(HANDLE_IPC, 0, into, 2, &n));
	CHECK_EQ(n, 14);
	CHECK_EQ(a[0], CMD_UPPER & 0xff);
	CHECK(memcmp(a + 4, "ab", 2) == 0);
	CHECK(memcmp(b, "cdefghij", 8) == 0);
	CHECK_EQ(b[8], 0xee);

	memset(a, 0xee, sizeof(a));
	memset(b, 0xee, sizeof(b));
	CHECK_OK(sys_channel_readv(HANDLE_IPC, 5, into, 2, &n));
	CHECK_EQ(n, 9);
	CHECK(memcmp(a, "bcdefg", 6) == 0);
	CHECK(memcmp(b, "hij", 3) == 0);
	CHECK_EQ(b[3], 0xee);

	/* Slices that end inside the request: only what fits is copied. */
	const struct keel_iovec small[2] = { { a, 1 }, { b, 2 } };
	memset(a, 0xee, sizeof(a));
	memset(b, 0xee, sizeof(b));
	CHECK_OK(sys_channel_readv(HANDLE_IPC, 7, small, 2, &n));
	CHECK_EQ(n, 3);
	CHECK_EQ(a[0], 'd');
	CHECK_EQ(a[1], 0xee);
	CHECK(memcmp(b, "ef", 2) == 0);
	CHECK_EQ(b[2], 0xee);
	CHECK_STATUS(sys_channel_readv(HANDLE_IPC, 15, into, 2, &n), KEEL_OUT_OF_RANGE);
	KEEL_INF("a request sent in 4 slices reads right into 2");
}

/*
 * The request came in 4 slices: here it reads as one, from any offset. The answer
 * goes out in 3 slices whose boundaries differ from the initiator's 2 receive slices.
 */
static void upper(const uint8_t *req, size_t len)
{
	char text[16];
	size_t n = 0;

	CHECK_EQ(len, 4 + 10);
	CHECK(memcmp(req + 4, "abcdefghij", 10) == 0);
	CHECK_OK(sys_channel_read(HANDLE_IPC, 6, text, sizeof(text), &n));
	CHECK_EQ(n, 8);
	CHECK(memcmp(text, "cdefghij", 8) == 0);
	CHECK_OK(sys_channel_read(HANDLE_IPC, 14, text, sizeof(text), &n));
	CHECK_EQ(n, 0);
	CHECK_STATUS(sys_channel_read(HANDLE_IPC, 15, text, sizeof(text), &n), KEEL_OUT_OF_RANGE);
	vectored_read();

	for (size_t i = 0; i < 10; i++)
		text[i] = (char)(req[4 + i] - 'a' + 'A');
	/* Longer than the initiator's 12-byte receive slices: refused, still pending. */
	CHECK_STATUS(sys_channel_respond(HANDLE_IPC, text, 13), KEEL_OUT_OF_RANGE);
	CHECK_EQ(SIGNALS_NOW(HANDLE_IPC, KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE),
		 KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE);

	const struct keel_iovec out[3] = {
		{ text, 2 },
		{ text + 2, 5 },
		{ text + 7, 3 },
	};
	CHECK_OK(sys_channel_respondv(HANDLE_IPC, out, 3));
	/* Exactly one response per transaction. */
	CHECK_STATUS(sys_channel_respond(HANDLE_IPC, text, 1), KEEL_UNAVAILABLE);
	CHECK_STATUS(sys_channel_read(HANDLE_IPC, 0, text, sizeof(text), &n), KEEL_UNAVAILABLE);
}

static void serve(const uint8_t *req, size_t len)
{
	uint32_t word;

	if (len == 0) {
		CHECK_OK(sys_channel_respond(HANDLE_IPC, NULL, 0));
		return;
	}
	CHECK(len >= sizeof(word));
	memcpy(&word, req, sizeof(word));
	switch (word) {
	case CMD_RAISE_USER:
	case CMD_LOWER_USER:
		CHECK_OK(sys_object_set_peer_user_signal(HANDLE_IPC, word == CMD_RAISE_USER));
		/* It lands on the initiator's end, not this one. */
		CHECK_EQ(SIGNALS_NOW(HANDLE_IPC, KEEL_SIGNAL_USER) & ~KEEL_SIGNAL_USER, 0);
		respond_word(0);
		break;
	case CMD_ECHO_USER:
		respond_word(SIGNALS_NOW(HANDLE_IPC, KEEL_SIGNAL_USER));
		break;
	case CMD_UPPER:
		upper(req, len);
		break;
	default: {
		CHECK_EQ(len, sizeof(word));
		CHECK(word >= 'a' && word <= 'z');
		uint32_t response[2] = { word - 'a' + 'A', word };
		CHECK_OK(sys_channel_respond(HANDLE_IPC, response, sizeof(response)));
	}
	}
}

KEEL_PROCESS_ENTRY(handler)
{
	for (;;) {
		struct keel_wait_result w;
		CHECK_OK(sys_object_wait(HANDLE_IPC, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w));
		CHECK(w.pending_signals & KEEL_SIGNAL_READABLE);

		uint8_t req[32];
		size_t len = 0;
		CHECK_OK(sys_channel_read(HANDLE_IPC, 0, req, sizeof(req), &len));
		serve(req, len);
	}
}
