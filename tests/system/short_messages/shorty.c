// SPDX-License-Identifier: Apache-2.0
/*
 * short_messages' short server: channel_respond_and_receive_short in a loop. The
 * request's first byte says what to answer: 'u' the request upper-cased, 'r' the bytes
 * past the first 16 (read with channel_read), 's' a late answer (after the caller's
 * deadline), anything else the request as it came.
 */
#include <keel/string.h>
#include <check.h>
#include <shorty_codegen.h>

static void upper(char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z')
			s[i] = (char)(s[i] - 'a' + 'A');
}

KEEL_PROCESS_ENTRY(shorty)
{
	struct keel_short_message m = { KEEL_NO_RESPONSE, { 0 } };

	for (;;) {
		enum keel_status s =
			sys_channel_respond_and_receive_short(HANDLE_IPC, &m, KEEL_FOREVER);
		if (s == KEEL_UNAVAILABLE) {
			/* The caller gave up (its deadline): nothing to answer. */
			m.len = KEEL_NO_RESPONSE;
			continue;
		}
		CHECK_OK(s);
		char *b = (char *)m.w;
		size_t size = m.len;
		/* The bytes past the request read as zero. */
		for (size_t i = size; i < KEEL_SHORT_MESSAGE_MAX; i++)
			CHECK_EQ(b[i], 0);
		if (size > KEEL_SHORT_MESSAGE_MAX)
			size = KEEL_SHORT_MESSAGE_MAX;
		if (size && b[0] == 'u') {
			upper(b, size);
		} else if (size && b[0] == 'r') {
			size_t n = 0;
			CHECK_OK(sys_channel_read(HANDLE_IPC, KEEL_SHORT_MESSAGE_MAX, b,
						  KEEL_SHORT_MESSAGE_MAX, &n));
			size = n;
		} else if (size && b[0] == 's') {
			CHECK_OK(keel_sleep(KEEL_MS(50)));
		}
		m.len = (uint32_t)size;
	}
}
