// SPDX-License-Identifier: Apache-2.0
/*
 * The shared formatter (lib/format.c). Needs no C library, so the same file runs in
 * the host unit tests and inside an emulator image (tests/system/ktest_image).
 */
#include <stdint.h>
#include <keel/format.h>
#include "ktest.h"

static char out[128];

KT_TEST(format_integers_in_every_width)
{
	keel_snformat(out, sizeof(out), "%d %u %x %i", -7, 4000000000u, 0xdeadbeefu, 12);
	KT_STREQ(out, "-7 4000000000 deadbeef 12");
	keel_snformat(out, sizeof(out), "%llu %lld %llx", 18446744073709551615ull,
		      (long long)INT64_MIN, 0x123456789abcdefull);
	KT_STREQ(out, "18446744073709551615 -9223372036854775808 123456789abcdef");
}

KT_TEST(format_pads_with_zeros_or_spaces)
{
	keel_snformat(out, sizeof(out), "[%08x][%4d][%02u]", 0xabu, 42, 7u);
	KT_STREQ(out, "[000000ab][  42][07]");
}

KT_TEST(format_strings_chars_percent_and_null)
{
	const char *volatile none = 0;

	keel_snformat(out, sizeof(out), "%s|%c|%%|%s", "keel", 'k', none);
	KT_STREQ(out, "keel|k|%|(null)");
}

KT_TEST(format_truncates_to_the_buffer_and_terminates)
{
	char small[6];

	KT_EQ(keel_snformat(small, sizeof(small), "%s", "overflowing"), 5);
	KT_STREQ(small, "overf");
	KT_EQ(keel_snformat(small, 1, "abc"), 0);
	KT_STREQ(small, "");
}
