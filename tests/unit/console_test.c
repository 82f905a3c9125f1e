// SPDX-License-Identifier: Apache-2.0
#include <stdint.h>
#include <k/console.h>
#include <arch/host.h>
#include "ktest.h"

KT_TEST(console_printf_formats_integers_in_decimal_and_hex)
{
	host_console_clear();
	k_printf("%d %u %x %08x %lld|%5d", -42, 42u, 0xbeefu, 0x1au, -9000000000ll, 7);
	KT_STREQ(host_console, "-42 42 beef 0000001a -9000000000|    7");
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
	k_printf("%lld", (long long)INT64_MIN);
	KT_STREQ(host_console, "-9223372036854775808");
}
