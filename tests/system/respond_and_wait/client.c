// SPDX-License-Identifier: Apache-2.0
/* respond_and_wait's client: one request per server behaviour, each answer checked. */
#include <keel/string.h>
#include <check.h>
#include <client_codegen.h>

/* The library has no strlen: the messages here are short literals. */
static size_t text_len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

static size_t ask(const void *req, size_t len, char *resp, size_t cap)
{
	size_t n = 0;

	CHECK_OK(sys_channel_transact(HANDLE_IPC, req, len, resp, cap,
				      keel_deadline_in(KEEL_SECONDS(5)), &n));
	return n;
}

static void expect(const char *req, const char *want)
{
	char resp[64];
	size_t n = ask(req, text_len(req), resp, sizeof(resp));

	CHECK_EQ(n, text_len(want));
	CHECK(memcmp(resp, want, n) == 0);
}

KEEL_PROCESS_ENTRY(client)
{
	char resp[64];

	/* Received at the wake, whole. */
	expect("uhello", "HELLO");
	/* Longer than the server's receive buffer: the rest is read. */
	expect("uabcdefghijklmnopqrstuvwxyz0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
	/* Sent in three slices. */
	const struct keel_iovec v[3] = { { "u", 1 }, { "abc", 3 }, { "def", 3 } };
	size_t n = 0;
	CHECK_OK(sys_channel_transactv(HANDLE_IPC, v, 3, &(struct keel_iovec){ resp, sizeof(resp) },
				       1, KEEL_FOREVER, &n));
	CHECK_EQ(n, 6);
	CHECK(memcmp(resp, "ABCDEF", 6) == 0);
	/* The server's next wait has a 10 ms deadline: let it pass. */
	expect("t", "ok");
	CHECK_OK(keel_sleep(KEEL_MS(50)));
	expect("?", "timed out");
	/* The server waits on its wait group, which holds the channel. */
	expect("g", "group");
	expect("uzz", "ZZ(7)");
	/* The server's bad calls leave this request pending; it answers it after. */
	expect("b", "refused");
	KEEL_INF("PASS");
	sys_debug_shutdown(0);
}
