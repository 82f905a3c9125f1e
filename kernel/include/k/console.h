/* SPDX-License-Identifier: Apache-2.0 */
#ifndef K_CONSOLE_H
#define K_CONSOLE_H

#include <stdarg.h>
#include <stddef.h>

/*
 * Kernel console output. Supports %c %s %d %u %x %p and the l/ll length modifiers,
 * with a zero-pad width for %x/%u/%d (e.g. %08x). Runs with interrupts masked.
 */
void k_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void k_vprintf(const char *fmt, va_list ap);
void k_puts(const char *s);
void k_write(const char *s, size_t len);

#endif /* K_CONSOLE_H */
