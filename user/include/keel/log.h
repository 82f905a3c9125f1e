/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Leveled, printf-style logging through debug_log (the kernel prefixes the process
 * name). KEEL_INF("x=%d", x) prints "[proc] INF x=1".
 *
 * In an image built with TOKENIZED_LOGS (keel_system_image), the same macros send
 * "[proc] $<Base64>" instead: the format string, level word included, is replaced by
 * its token (keel/tokenize.h) and kept only in the ELF, and the host runner turns the
 * line back into the text above. The format must then be a string literal.
 */
#ifndef KEEL_LOG_H
#define KEEL_LOG_H

#include <stdarg.h>
#include <stdint.h>
#include <keel/tokenize.h>

enum keel_log_level {
	KEEL_LEVEL_DBG,
	KEEL_LEVEL_INF,
	KEEL_LEVEL_WRN,
	KEEL_LEVEL_ERR,
};

void keel_log(unsigned level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void keel_vlog(unsigned level, const char *fmt, va_list ap);
/* A tokenized message: token of the level word, a space and the format. */
void keel_log_tokens(unsigned level, uint32_t token, uint32_t types, ...);

#ifdef KEEL_LOG_TOKENIZED
/* The printf check stays: the call in the dead branch is never compiled in. */
#define KEEL_LOG_(level, word, fmt, ...)                                              \
	do {                                                                          \
		KEEL_TOKEN_RECORD(word " " fmt);                                      \
		if (0)                                                                \
			keel_log(level, fmt, ##__VA_ARGS__);                          \
		keel_log_tokens(level, KEEL_TOKEN(word " " fmt),                      \
				KEEL_TOKEN_TYPES(fmt, ##__VA_ARGS__), ##__VA_ARGS__); \
	} while (0)
#else
#define KEEL_LOG_(level, word, fmt, ...) keel_log(level, fmt, ##__VA_ARGS__)
#endif

#define KEEL_DBG(...) KEEL_LOG_(KEEL_LEVEL_DBG, "DBG", __VA_ARGS__)
#define KEEL_INF(...) KEEL_LOG_(KEEL_LEVEL_INF, "INF", __VA_ARGS__)
#define KEEL_WRN(...) KEEL_LOG_(KEEL_LEVEL_WRN, "WRN", __VA_ARGS__)
#define KEEL_ERR(...) KEEL_LOG_(KEEL_LEVEL_ERR, "ERR", __VA_ARGS__)

/* Name of a status, e.g. "DEADLINE_EXCEEDED". */
const char *keel_status_str(unsigned status);

#endif /* KEEL_LOG_H */
