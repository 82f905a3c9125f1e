/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief Leveled, printf-style logging through debug_log.
 *
 * The kernel prefixes each line with the process's name: `KEEL_INF("x=%d", x)` in
 * process `proc` prints `[proc] INF x=1`. The process needs the debug_log grant (a
 * default). The format knows %c %s %d %i %u %x %p %% with the flags - + space 0, a
 * width and a precision (digits or *) and the l, ll and z lengths. A line longer
 * than about 150 bytes is cut. Lines below the process's `log_level` (system.json5)
 * are dropped before they are formatted.
 *
 * In an image built with TOKENIZED_LOGS (keel_system_image), the same macros send
 * `[proc] $<Base64>` instead: the format string, level word included, is replaced by
 * its token (keel/tokenize.h) and kept only in the ELF, and the host runner turns the
 * line back into the text above. The format must then be a string literal.
 */
#ifndef KEEL_LOG_H
#define KEEL_LOG_H

#include <stdarg.h>
#include <stdint.h>
#include <keel/tokenize.h>

/** The levels, lowest first (a process's `log_level` drops the ones below it). */
enum keel_log_level {
	KEEL_LEVEL_DBG, /**< debugging detail */
	KEEL_LEVEL_INF, /**< what happens */
	KEEL_LEVEL_WRN, /**< something went wrong and was handled */
	KEEL_LEVEL_ERR, /**< something went wrong */
};

/** One log line: the level's name, a space, then fmt formatted with the arguments. */
void keel_log(unsigned level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** keel_log() with a va_list. */
void keel_vlog(unsigned level, const char *fmt, va_list ap);
/**
 * A tokenized message (what the KEEL_* macros call under TOKENIZED_LOGS): the token
 * of the level word, a space and the format; `types` describes the arguments.
 */
void keel_log_tokens(unsigned level, uint32_t token, uint32_t types, ...);

/** @cond INTERNAL */

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

/** @endcond */

/** Logs at level DBG (debugging detail). */
#define KEEL_DBG(...) KEEL_LOG_(KEEL_LEVEL_DBG, "DBG", __VA_ARGS__)
/** Logs at level INF (what happens). */
#define KEEL_INF(...) KEEL_LOG_(KEEL_LEVEL_INF, "INF", __VA_ARGS__)
/** Logs at level WRN (something went wrong and was handled). */
#define KEEL_WRN(...) KEEL_LOG_(KEEL_LEVEL_WRN, "WRN", __VA_ARGS__)
/** Logs at level ERR (something went wrong). */
#define KEEL_ERR(...) KEEL_LOG_(KEEL_LEVEL_ERR, "ERR", __VA_ARGS__)

/** The name of a status, e.g. "DEADLINE_EXCEEDED". */
const char *keel_status_str(unsigned status);

#endif /* KEEL_LOG_H */
