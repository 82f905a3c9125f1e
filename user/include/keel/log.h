/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief Leveled, printf-style logging through debug_log.
 *
 * The kernel prefixes each line with the process's name: `KEEL_INF("x=%d", x)` in
 * process `proc` prints `[proc] INF x=1`. The process needs the debug_log grant (a
 * default). The format knows %c %s %d %i %u %x %p %% with the flags - + space 0, a
 * width and a precision (digits or *) and the l, ll and z lengths. A line longer
 * than about 150 bytes is cut.
 */
#ifndef KEEL_LOG_H
#define KEEL_LOG_H

#include <stdarg.h>

/** One log line: the level's name, a space, then fmt formatted with the arguments. */
void keel_log(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/** keel_log() with a va_list. */
void keel_vlog(const char *level, const char *fmt, va_list ap);

/** Logs at level DBG (debugging detail). */
#define KEEL_DBG(...) keel_log("DBG", __VA_ARGS__)
/** Logs at level INF (what happens). */
#define KEEL_INF(...) keel_log("INF", __VA_ARGS__)
/** Logs at level WRN (something went wrong and was handled). */
#define KEEL_WRN(...) keel_log("WRN", __VA_ARGS__)
/** Logs at level ERR (something went wrong). */
#define KEEL_ERR(...) keel_log("ERR", __VA_ARGS__)

/** The name of a status, e.g. "DEADLINE_EXCEEDED". */
const char *keel_status_str(unsigned status);

#endif /* KEEL_LOG_H */
