// SPDX-License-Identifier: Apache-2.0
/*
 * respond_and_wait's server: every answer goes out with the call that receives the
 * next request (channel_respond_and_receive), or waits on the wait group holding the
 * channel (channel_respond_and_wait).
 */
#include <keel/string.h>
#include <check.h>
#include <server_codegen.h>

#define GROUP_DATA 7u

/* The library has no strlen: the messages here are short literals. */
static size_t text_len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

static size_t upper(const uint8_t *req, size_t size, char *out)
{
	for (size_t i = 1; i < size; i++)
		out[i - 1] = (char)(req[i] >= 'a' && req[i] <= 'z' ? req[i] - 'a' + 'A' : req[i]);
	return size - 1;
}

static size_t say(char *out, const char *s)
{
	size_t n = text_len(s);

	memcpy(out, s, n);
	return n;
}

KEEL_PROCESS_ENTRY(server)
{
	uint8_t req[16], whole[64];
	char resp[64];
	size_t resp_len = KEEL_NO_RESPONSE, got = 0, size = 0;
	keel_instant_t deadline = KEEL_FOREVER;
	bool timed_out = false;

	CHECK_OK(sys_wait_group_add(HANDLE_GROUP, HANDLE_IPC, KEEL_SIGNAL_READABLE, GROUP_DATA));
	for (;;) {
		enum keel_status s = sys_channel_respond_and_receive(
			HANDLE_IPC, resp, resp_len, req, sizeof(req), deadline, &got, &size);
		deadline = KEEL_FOREVER;
		resp_len = KEEL_NO_RESPONSE;
		if (s == KEEL_DEADLINE_EXCEEDED) {
			timed_out = true;
			continue;
		}
		CHECK_OK(s);
		CHECK(size >= 1 && size <= sizeof(whole));
		CHECK_EQ(got, size < sizeof(req) ? size : sizeof(req));
		memcpy(whole, req, got);
		if (got < size) {
			size_t n = 0;
			CHECK_OK(sys_channel_read(HANDLE_IPC, got, whole + got, size - got, &n));
			CHECK_EQ(got + n, size);
		}
		switch (whole[0]) {
		case 'u':
			resp_len = upper(whole, size, resp);
			break;
		case 't':
			deadline = keel_deadline_in(KEEL_MS(10));
			resp_len = say(resp, "ok");
			break;
		case '?':
			resp_len = say(resp, timed_out ? "timed out" : "no timeout");
			break;
		case 'g': {
			struct keel_wait_result w;
			resp_len = say(resp, "group");
			CHECK_OK(sys_channel_respond_and_wait(
				HANDLE_IPC, resp, resp_len, HANDLE_GROUP, KEEL_SIGNAL_READABLE,
				keel_deadline_in(KEEL_SECONDS(5)), &w));
			CHECK_EQ(w.user_data, GROUP_DATA);
			CHECK_EQ(w.pending_signals, KEEL_SIGNAL_READABLE);
			size_t n = 0;
			CHECK_OK(sys_channel_read(HANDLE_IPC, 0, whole, sizeof(whole), &n));
			CHECK(n > 1 && whole[0] == 'u');
			resp_len = upper(whole, n, resp);
			resp_len += say(resp + resp_len, "(7)");
			break;
		}
		case 'b':
			/* Refused before anything is done: the request stays pending. */
			resp_len = say(resp, "refused");
			CHECK_STATUS(sys_channel_respond_and_wait(HANDLE_IPC, resp, resp_len, 99,
								  KEEL_SIGNAL_READABLE,
								  KEEL_FOREVER, NULL),
				     KEEL_OUT_OF_RANGE);
			CHECK_STATUS(sys_channel_respond_and_wait(HANDLE_IPC, resp, resp_len,
								  HANDLE_IPC, 1u << 5, KEEL_FOREVER,
								  NULL),
				     KEEL_INVALID_ARGUMENT);
			CHECK_STATUS(sys_channel_respond_and_receive(HANDLE_IPC, resp, resp_len,
								     (void *)4, 16, KEEL_FOREVER,
								     NULL, NULL),
				     KEEL_PERMISSION_DENIED);
			break;
		default:
			CHECK_FAIL("unknown request %u", whole[0]);
		}
	}
}
