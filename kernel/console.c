// SPDX-License-Identifier: Apache-2.0
#include <keel/format.h>
#include <k/console.h>
#include <k/target.h>

void k_write(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		target_console_putc(s[i]);
}

void k_puts(const char *s)
{
	while (*s)
		target_console_putc(*s++);
}

static void put_console(char c, void *ctx)
{
	target_console_putc(c);
}

void k_vprintf(const char *fmt, va_list ap)
{
	keel_vformat(put_console, NULL, fmt, ap);
}

void k_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	k_vprintf(fmt, ap);
	va_end(ap);
}
