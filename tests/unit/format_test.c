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

/*
 * Every flag, width and precision must consume exactly the arguments C gives it, or
 * each later argument prints as the one before it.
 */
KT_TEST(format_left_justify_and_sign_keep_later_arguments)
{
	keel_snformat(out, sizeof(out), "[%-5d][%+d][%+d][%-4s][%-3c]%u", 42, 7, -7, "ab", 'z', 9u);
	KT_STREQ(out, "[42   ][+7][-7][ab  ][z  ]9");
	keel_snformat(out, sizeof(out), "[% d][% d][%-+6d][%-8x]%d", 5, -5, 3, 0xabu, 1);
	KT_STREQ(out, "[ 5][-5][+3    ][ab      ]1");
}

KT_TEST(format_precision_limits_strings_and_pads_digits)
{
	keel_snformat(out, sizeof(out), "[%.3s][%.0s][%.5s][%6.2s]%d", "keelson", "gone", "ab",
		      "xyz", 11);
	KT_STREQ(out, "[kee][][ab][    xy]11");
	keel_snformat(out, sizeof(out), "[%.4d][%.3x][%8.3d][%-6.3u][%.0d][%.0u]%d", 7, 0xau, -5,
		      42u, 0, 0u, 12);
	KT_STREQ(out, "[0007][00a][    -005][042   ][][]12");
}

KT_TEST(format_star_takes_width_and_precision_from_arguments)
{
	keel_snformat(out, sizeof(out), "[%*d][%-*d][%.*s][%*.*u]%d", 4, 1, 3, 2, 2, "abc", 5, 2,
		      7u, 99);
	KT_STREQ(out, "[   1][2  ][ab][   07]99");
	/* A negative width from '*' left-justifies; a negative precision is none. */
	keel_snformat(out, sizeof(out), "[%*d][%.*s]%d", -3, 8, -1, "whole", 4);
	KT_STREQ(out, "[8  ][whole]4");
}

KT_TEST(format_zero_pad_goes_after_the_sign)
{
	keel_snformat(out, sizeof(out), "[%05d][%+05d][%05lld]", -42, 42, -1ll);
	KT_STREQ(out, "[-0042][+0042][-0001]");
}

KT_TEST(format_width_applies_to_strings_chars_and_pointers)
{
	keel_snformat(out, sizeof(out), "[%5s][%3c][%-3c]", "ab", 'q', 'r');
	KT_STREQ(out, "[   ab][  q][r  ]");
}
