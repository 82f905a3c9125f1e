// SPDX-License-Identifier: Apache-2.0
/*
 * Tokens and messages (keel/tokenize.h, user/tokenize.c) against values fixed outside
 * Keel: the tokens pw_tokenizer's documentation lists in its example database, the
 * hash worked by hand, RFC 4648's Base64 vectors.
 */
#include <string.h>
#include <keel/tokenize.h>
#include "ktest.h"

KT_TEST(tokenize_macro_gives_pigweeds_published_tokens)
{
	/* pw_tokenizer's token database documentation, its CSV example. */
	KT_EQ(KEEL_TOKEN("The answer: \"%s\""), 0x141c35d5u);
	KT_EQ(KEEL_TOKEN("Jello, world!"), 0x2e668cd6u);
	KT_EQ(KEEL_TOKEN("Hello %s! %hd %e"), 0x7b940e2au);
	KT_EQ(KEEL_TOKEN("%u %d"), 0x851beeb6u);
	KT_EQ(keel_token_hash("%u %d", 5), 0x851beeb6u);
}

KT_TEST(tokenize_hash_of_short_strings_by_hand)
{
	/* The length alone; then 1 + 'a' * 65599 = 1 + 97 * 65599 = 6363104. */
	KT_EQ(KEEL_TOKEN(""), 0u);
	KT_EQ(KEEL_TOKEN("a"), 6363104u);
	/* 2 + 'a' * 65599 + 'b' * 65599^2 (mod 2^32): 65599^2 = 4303228801 = 8261505 + 2^32. */
	KT_EQ(KEEL_TOKEN("ab"), (uint32_t)(2u + 97u * 65599u + 98u * 8261505u));
}

/* 130 bytes: the hash reads 128 of them and the length. */
#define LONG_A                                                                            \
	"0123456789012345678901234567890123456789012345678901234567890123456789012345678" \
	"9012345678901234567890123456789012345678901234567AB"
#define LONG_B                                                                            \
	"0123456789012345678901234567890123456789012345678901234567890123456789012345678" \
	"9012345678901234567890123456789012345678901234567CD"

KT_TEST(tokenize_hash_reads_128_bytes_and_the_length)
{
	KT_EQ(sizeof(LONG_A) - 1, 130);
	KT_EQ(KEEL_TOKEN(LONG_A), keel_token_hash(LONG_A, 130));
	KT_EQ(KEEL_TOKEN(LONG_A), KEEL_TOKEN(LONG_B));
	KT_TRUE(KEEL_TOKEN(LONG_A) != keel_token_hash(LONG_A, 129));
	KT_TRUE(keel_token_hash(LONG_A, 128) != keel_token_hash(LONG_A, 127));
}

static size_t encode(uint8_t *buf, size_t size, uint32_t token, uint32_t types, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, types);
	n = keel_token_encode(buf, size, token, types, ap);
	va_end(ap);
	return n;
}

KT_TEST(tokenize_arguments_as_zigzag_varints_and_counted_strings)
{
	uint8_t buf[32];
	/* token LE; -3 -> 5; 300 -> 600 = 0xd8 0x04; "42" -> 2 '4' '2'; -1 (64) -> 1. */
	static const uint8_t want[] = { 0xd5, 0x35, 0x1c, 0x14, 0x05, 0xd8,
					0x04, 0x02, '4',  '2',	0x01 };
	/* cppcheck does not parse _Generic. */
	// cppcheck-suppress internalAstError
	uint32_t types = KEEL_TOKEN_TYPES("%d %d %s %lld", -3, 300, "42", -1ll);
	size_t n = encode(buf, sizeof(buf), 0x141c35d5u, types, -3, 300, "42", -1ll);

	KT_EQ(types & 0xf, 4);
	KT_EQ(n, sizeof(want));
	KT_TRUE(memcmp(buf, want, sizeof(want)) == 0);
	KT_EQ(KEEL_TOKEN_TYPES("none"), 0u);
}

KT_TEST(tokenize_string_cut_to_the_buffer_says_so)
{
	uint8_t buf[8];
	size_t n = encode(buf, sizeof(buf), 1u, KEEL_TOKEN_TYPES("%s", "abcdefgh"), "abcdefgh");

	/* 4 token bytes, a length byte of 3 with bit 7 set, 3 bytes. */
	KT_EQ(n, 8);
	KT_EQ(buf[4], 0x83);
	KT_TRUE(memcmp(buf + 5, "abc", 3) == 0);
}

KT_TEST(tokenize_base64_with_dollar_matches_rfc4648)
{
	char out[16];

	KT_EQ(keel_token_base64(out, sizeof(out), (const uint8_t *)"foobar", 6), 9);
	KT_STREQ(out, "$Zm9vYmFy");
	keel_token_base64(out, sizeof(out), (const uint8_t *)"fo", 2);
	KT_STREQ(out, "$Zm8=");
	keel_token_base64(out, sizeof(out), (const uint8_t *)"f", 1);
	KT_STREQ(out, "$Zg==");
	KT_EQ(keel_token_base64(out, 5, (const uint8_t *)"foobar", 6), 0);
}
