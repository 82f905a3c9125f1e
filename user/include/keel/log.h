/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Leveled, printf-style logging through debug_log (the kernel prefixes the process
 * name). KEEL_INF("x=%d", x) prints "[proc] INF x=1".
 */
#ifndef KEEL_LOG_H
#define KEEL_LOG_H

#include <stdarg.h>

void keel_log(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void keel_vlog(const char *level, const char *fmt, va_list ap);

#define KEEL_DBG(...) keel_log("DBG", __VA_ARGS__)
#define KEEL_INF(...) keel_log("INF", __VA_ARGS__)
#define KEEL_WRN(...) keel_log("WRN", __VA_ARGS__)
#define KEEL_ERR(...) keel_log("ERR", __VA_ARGS__)

/* Name of a status, e.g. "DEADLINE_EXCEEDED". */
const char *keel_status_str(unsigned status);

#endif /* KEEL_LOG_H */
