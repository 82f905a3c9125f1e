// SPDX-License-Identifier: Apache-2.0
/*
 * Known log lines, built twice (plain text and TOKENIZED_LOGS): the runner's text of
 * both must be the same golden lines (CMakeLists.txt). Every argument kind the encoder
 * has: integers of both signs and widths, strings, characters, pointers.
 */
#include <keel/keel.h>

KEEL_ENTRY()
{
	const char *volatile none = 0;
	volatile int small = -3;
	volatile unsigned big = 4000000000u;
	volatile long long wide = -1234567890123ll;

	KEEL_INF("tokens: no arguments");
	KEEL_INF("tokens: %d %i %u", small, 77, big);
	KEEL_WRN("tokens: [%08x] [%4d] [%-4d] [%02u]", 0xabu, 42, 42, 7u);
	KEEL_ERR("tokens: %lld %llu %llx", wide, 18446744073709551615ull, 0x123456789abcdefull);
	KEEL_DBG("tokens: '%s' '%c' %% '%s' '%.3s'", "keel", 'k', none, "truncated");
	KEEL_INF("tokens: %p %p", (void *)0x80001234u, (void *)0);
	KEEL_INF("tokens: %s/%s/%d", "a", "", 0);
	KEEL_INF("tokens: done");
	sys_debug_shutdown(0);
}
