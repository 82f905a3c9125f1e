// SPDX-License-Identifier: Apache-2.0
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <k/console.h>
#include <arch/host.h>
#include "ktest.h"

KT_TEST(console_printf_formats_integers_in_decimal_and_hex)
{
	host_console_clear();
	k_printf("%d %u %x %08x %ld|%5d|%5d|%05d", -42, 42u, 0xbeefu, 0x1au, -9000000l, 7, -7, -42);
	KT_STREQ(host_console, "-42 42 beef 0000001a -9000000|    7|   -7|-0042");
}

KT_TEST(console_printf_prints_strings_chars_and_null)
{
	const char *volatile none = 0;

	host_console_clear();
	k_printf("[%s][%c][%s]%%", "ipc", 'x', none);
	KT_STREQ(host_console, "[ipc][x][(null)]%");
}

KT_TEST(console_printf_prints_pointer_full_width)
{
	host_console_clear();
	k_printf("%p", (void *)(uintptr_t)0x10);
	KT_EQ(host_console_len, 2 + 2 * sizeof(void *));
}

KT_TEST(console_printf_handles_most_negative_value)
{
	host_console_clear();
	k_printf("%ld %d", LONG_MIN, INT_MIN);
#if LONG_MAX > INT_MAX
	KT_STREQ(host_console, "-9223372036854775808 -2147483648");
#else
	KT_STREQ(host_console, "-2147483648 -2147483648");
#endif
}

/* Through va_list: the format checker would reject the malformed formats. */
static void printf_unchecked(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	k_vprintf(fmt, ap);
	va_end(ap);
}

KT_TEST(console_printf_shows_unknown_conversions_and_a_trailing_percent)
{
	const char *volatile fmt = "%q %";

	host_console_clear();
	printf_unchecked(fmt);
	KT_STREQ(host_console, "%q %");
}
