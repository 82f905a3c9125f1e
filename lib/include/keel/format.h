/* SPDX-License-Identifier: Apache-2.0 */
/*
 * printf-style formatting shared by the kernel console and the user log library:
 * %c %s %d %i %u %x %p %% with the flags - + space 0, a width and a precision (digits
 * or *, as in C) and the l/ll/z modifiers. Zeros from the 0 flag or a precision
 * stop at 36 digits (the rest of a wider field is spaces).
 */
#ifndef KEEL_FORMAT_H
#define KEEL_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

typedef void (*keel_put_fn)(char c, void *ctx);

void keel_vformat(keel_put_fn put, void *ctx, const char *fmt, va_list ap);

/* Format into buf (always NUL-terminated when size > 0); returns the length written. */
size_t keel_vsnformat(char *buf, size_t size, const char *fmt, va_list ap);
size_t keel_snformat(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif /* KEEL_FORMAT_H */
