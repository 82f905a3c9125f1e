// SPDX-License-Identifier: Apache-2.0
/*
 * short_messages' client: short calls to a short server and to an ordinary one, an
 * ordinary transact to the short server, a deadline that passes.
 */
#include <keel/string.h>
#include <check.h>
#include <client_codegen.h>

static size_t text_len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

/* A short call of text on h; the answer must be want. */
static void expect(keel_handle_t h, const char *text, const char *want)
{
	struct keel_short_message m = { (uint32_t)text_len(text), { 0 } };

	memcpy(m.w, text, m.len);
	CHECK_OK(sys_channel_transact_short(h, &m, keel_deadline_in(KEEL_SECONDS(5))));
	CHECK_EQ(m.len, text_len(want));
	CHECK(memcmp(m.w, want, m.len) == 0);
	/* The bytes past the answer read as zero. */
	for (size_t i = m.len; i < KEEL_SHORT_MESSAGE_MAX; i++)
		CHECK_EQ(((const char *)m.w)[i], 0);
}

KEEL_PROCESS_ENTRY(client)
{
	/* Short calls to the short server: 0, 6 and 16 bytes. */
	expect(HANDLE_SHORTY, "", "");
	expect(HANDLE_SHORTY, "uhello", "UHELLO");
	expect(HANDLE_SHORTY, "u0123456789abcde", "U0123456789ABCDE");
	/* A request with junk past its length: only the length travels. */
	struct keel_short_message j = { 2, { 0x7a7a6175u, 0xffffffffu, 1, 2 } };
	CHECK_OK(sys_channel_transact_short(HANDLE_SHORTY, &j, KEEL_FOREVER));
	CHECK_EQ(j.len, 2);
	CHECK_EQ(j.w[0], 0x4155u);
	CHECK_EQ(j.w[1], 0);

	/* An ordinary transact to the short server: the rest past 16 bytes is read. */
	char resp[16];
	size_t n = 0;
	CHECK_OK(sys_channel_transact(HANDLE_SHORTY, "r123456789abcdefTAIL", 20, resp, sizeof(resp),
				      KEEL_FOREVER, &n));
	CHECK_EQ(n, 4);
	CHECK(memcmp(resp, "TAIL", 4) == 0);

	/* Short calls to the ordinary server. */
	expect(HANDLE_PLAIN, "abc", "ABC");
	expect(HANDLE_PLAIN, "0123456789abcdef", "0123456789ABCDEF");
	expect(HANDLE_PLAIN, "L", "big");

	/* A deadline that passes: the server answers late and gets UNAVAILABLE. */
	struct keel_short_message s = { 1, { 's' } };
	CHECK_EQ(sys_channel_transact_short(HANDLE_SHORTY, &s, keel_deadline_in(KEEL_MS(10))),
		 KEEL_DEADLINE_EXCEEDED);
	CHECK_EQ(s.len, 1);
	CHECK_OK(keel_sleep(KEEL_MS(100)));
	expect(HANDLE_SHORTY, "uok", "UOK");

	/* Refused before anything is sent. */
	struct keel_short_message big = { 17, { 0 } };
	CHECK_EQ(sys_channel_transact_short(HANDLE_SHORTY, &big, KEEL_FOREVER),
		 KEEL_INVALID_ARGUMENT);
	KEEL_INF("PASS");
	sys_debug_shutdown(0);
}
