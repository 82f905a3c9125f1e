/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Tokenized strings in pw_tokenizer's formats, so that Pigweed's tools read Keel's
 * databases and logs:
 *  - the token is the 65599 hash of the string's first 128 bytes plus its length
 *    (pw_tokenizer's fixed-length C hash at its default length), folded at compile
 *    time from the literal;
 *  - the string itself goes to `.pw_tokenizer.entries`, which a process's linker
 *    script keeps as an INFO section: in the ELF, never in flash;
 *  - a message is the token (4 bytes, little-endian) followed by its arguments:
 *    integers as ZigZag varints, strings as a length byte (bit 7: cut short) and
 *    the bytes; sent as '$' and Base64.
 */
#ifndef KEEL_TOKENIZE_H
#define KEEL_TOKENIZE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define KEEL_TOKEN_HASH_LENGTH 128
/* The database entry's magic (pw_tokenizer's _PW_TOKENIZER_ENTRY_MAGIC). */
#define KEEL_TOKEN_ENTRY_MAGIC 0xBAA98DEEu

/* Byte i of literal s, 0 past its end (the guard keeps the index in bounds). */
#define KEEL_TOKEN_C_(s, i) \
	((uint32_t)((i) < sizeof(s) - 1 ? (unsigned char)(s)[(i) < sizeof(s) ? (i) : 0] : 0))
/* Bytes i..i+7 in Horner form: sum of c[i+j] * 65599^(j+1). */
#define KEEL_TOKEN_8_(s, i)                                                               \
	(65599u *                                                                         \
	 (KEEL_TOKEN_C_(s, i) +                                                           \
	  65599u *                                                                        \
		  (KEEL_TOKEN_C_(s, i + 1) +                                              \
		   65599u *                                                               \
			   (KEEL_TOKEN_C_(s, i + 2) +                                     \
			    65599u *                                                      \
				    (KEEL_TOKEN_C_(s, i + 3) +                            \
				     65599u *                                             \
					     (KEEL_TOKEN_C_(s, i + 4) +                   \
					      65599u *                                    \
						      (KEEL_TOKEN_C_(s, i + 5) +          \
						       65599u *                           \
							       (KEEL_TOKEN_C_(s, i + 6) + \
								65599u *                  \
									KEEL_TOKEN_C_(    \
										s, i + 7)))))))))
/* 65599^8 mod 2^32: moves a block of eight bytes eight places up. */
#define KEEL_TOKEN_K8_ 0xd319be01u
#define KEEL_TOKEN_64_(s, i)                                                              \
	(KEEL_TOKEN_8_(s, i) +                                                            \
	 KEEL_TOKEN_K8_ *                                                                 \
		 (KEEL_TOKEN_8_(s, i + 8) +                                               \
		  KEEL_TOKEN_K8_ *                                                        \
			  (KEEL_TOKEN_8_(s, i + 16) +                                     \
			   KEEL_TOKEN_K8_ *                                               \
				   (KEEL_TOKEN_8_(s, i + 24) +                            \
				    KEEL_TOKEN_K8_ *                                      \
					    (KEEL_TOKEN_8_(s, i + 32) +                   \
					     KEEL_TOKEN_K8_ *                             \
						     (KEEL_TOKEN_8_(s, i + 40) +          \
						      KEEL_TOKEN_K8_ *                    \
							      (KEEL_TOKEN_8_(s, i + 48) + \
							       KEEL_TOKEN_K8_ *           \
								       KEEL_TOKEN_8_(     \
									       s, i + 56))))))))
/* 65599^64 mod 2^32. */
#define KEEL_TOKEN_K64_ 0x553df001u

/* The token of string literal s: a constant expression for GCC. */
#define KEEL_TOKEN(s) \
	((uint32_t)(sizeof(s) - 1) + KEEL_TOKEN_64_(s, 0) + KEEL_TOKEN_K64_ * KEEL_TOKEN_64_(s, 64))

/* The same hash at run time, for any string (tests, tools). */
uint32_t keel_token_hash(const char *s, size_t len);

/*
 * Records literal s under token in the ELF's database (domain ""), once per use site.
 * Unaligned, unpadded, as pw_tokenizer lays its entries out.
 */
#define KEEL_TOKEN_RECORD(s)                                                                 \
	static const struct __attribute__((packed)) {                                        \
		uint32_t magic, token, domain_length, string_length;                         \
		char domain[1];                                                              \
		char string[sizeof(s)];                                                      \
	} keel_token_entry_                                                                  \
		__attribute__((section(".pw_tokenizer.entries.keel"), used, aligned(1))) = { \
			KEEL_TOKEN_ENTRY_MAGIC, KEEL_TOKEN(s), 1, sizeof(s), "", s           \
		}

/*
 * Argument types, packed into a word for the encoder: the count in bits 0..3, then two
 * bits per argument (0: up to 32 bits, 1: 64 bits, 3: a string). Up to 12 arguments.
 */
#define KEEL_TOKEN_ARG_INT 0u
#define KEEL_TOKEN_ARG_INT64 1u
#define KEEL_TOKEN_ARG_STRING 3u
#define KEEL_TOKEN_TYPE_(x) \
	_Generic((x), char *: KEEL_TOKEN_ARG_STRING,                         \
		 const char *: KEEL_TOKEN_ARG_STRING,                        \
		 default: (sizeof(x) > 4 ? KEEL_TOKEN_ARG_INT64 : KEEL_TOKEN_ARG_INT))
#define KEEL_TOKEN_T_(n, x) (KEEL_TOKEN_TYPE_(x) << (4 + 2 * (n)))
#define KEEL_TOKEN_TYPES_0_(fmt_) 0u
#define KEEL_TOKEN_TYPES_1_(fmt_, a) KEEL_TOKEN_T_(0, a)
#define KEEL_TOKEN_TYPES_2_(fmt_, a, b) (KEEL_TOKEN_TYPES_1_(fmt_, a) | KEEL_TOKEN_T_(1, b))
#define KEEL_TOKEN_TYPES_3_(fmt_, a, b, c) (KEEL_TOKEN_TYPES_2_(fmt_, a, b) | KEEL_TOKEN_T_(2, c))
#define KEEL_TOKEN_TYPES_4_(fmt_, a, b, c, d) \
	(KEEL_TOKEN_TYPES_3_(fmt_, a, b, c) | KEEL_TOKEN_T_(3, d))
#define KEEL_TOKEN_TYPES_5_(fmt_, a, b, c, d, e) \
	(KEEL_TOKEN_TYPES_4_(fmt_, a, b, c, d) | KEEL_TOKEN_T_(4, e))
#define KEEL_TOKEN_TYPES_6_(fmt_, a, b, c, d, e, f) \
	(KEEL_TOKEN_TYPES_5_(fmt_, a, b, c, d, e) | KEEL_TOKEN_T_(5, f))
#define KEEL_TOKEN_TYPES_7_(fmt_, a, b, c, d, e, f, g) \
	(KEEL_TOKEN_TYPES_6_(fmt_, a, b, c, d, e, f) | KEEL_TOKEN_T_(6, g))
#define KEEL_TOKEN_TYPES_8_(fmt_, a, b, c, d, e, f, g, h) \
	(KEEL_TOKEN_TYPES_7_(fmt_, a, b, c, d, e, f, g) | KEEL_TOKEN_T_(7, h))
#define KEEL_TOKEN_TYPES_9_(fmt_, a, b, c, d, e, f, g, h, i) \
	(KEEL_TOKEN_TYPES_8_(fmt_, a, b, c, d, e, f, g, h) | KEEL_TOKEN_T_(8, i))
#define KEEL_TOKEN_TYPES_10_(fmt_, a, b, c, d, e, f, g, h, i, j) \
	(KEEL_TOKEN_TYPES_9_(fmt_, a, b, c, d, e, f, g, h, i) | KEEL_TOKEN_T_(9, j))
#define KEEL_TOKEN_TYPES_11_(fmt_, a, b, c, d, e, f, g, h, i, j, k) \
	(KEEL_TOKEN_TYPES_10_(fmt_, a, b, c, d, e, f, g, h, i, j) | KEEL_TOKEN_T_(10, k))
#define KEEL_TOKEN_TYPES_12_(fmt_, a, b, c, d, e, f, g, h, i, j, k, l) \
	(KEEL_TOKEN_TYPES_11_(fmt_, a, b, c, d, e, f, g, h, i, j, k) | KEEL_TOKEN_T_(11, l))
#define KEEL_TOKEN_PICK_(f, _1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, n, ...) n
#define KEEL_TOKEN_COUNT_(...) \
	KEEL_TOKEN_PICK_(__VA_ARGS__, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define KEEL_TOKEN_CAT_(a, b) a##b
#define KEEL_TOKEN_XCAT_(a, b) KEEL_TOKEN_CAT_(a, b)
/*
 * The descriptor of the arguments after a format: KEEL_TOKEN_TYPES(fmt, args...). The
 * format is counted along so that the list is never empty (ISO C needs an argument).
 */
#define KEEL_TOKEN_TYPES(...)                       \
	((uint32_t)KEEL_TOKEN_COUNT_(__VA_ARGS__) | \
	 KEEL_TOKEN_XCAT_(KEEL_TOKEN_TYPES_,        \
			  KEEL_TOKEN_XCAT_(KEEL_TOKEN_COUNT_(__VA_ARGS__), _))(__VA_ARGS__))

/*
 * Encodes token and the arguments types describes into buf; returns the bytes
 * written. A string longer than fits is cut (its length byte's bit 7 set); arguments
 * that do not fit at all are dropped.
 */
size_t keel_token_encode(uint8_t *buf, size_t size, uint32_t token, uint32_t types, va_list ap);

/* '$' and the Base64 of in[0..n) into out, NUL-terminated; returns the length. */
size_t keel_token_base64(char *out, size_t size, const uint8_t *in, size_t n);

#endif /* KEEL_TOKENIZE_H */
