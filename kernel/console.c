// SPDX-License-Identifier: Apache-2.0
#include <stdint.h>
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

static void put_uint(unsigned long long v, unsigned base, int width, char pad)
{
	char buf[24];
	int n = 0;

	do {
		unsigned d = (unsigned)(v % base);
		buf[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
		v /= base;
	} while (v);
	while (n < width && n < (int)sizeof(buf))
		buf[n++] = pad;
	while (n)
		target_console_putc(buf[--n]);
}

void k_vprintf(const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			target_console_putc(*fmt);
			continue;
		}
		fmt++;
		char pad = ' ';
		int width = 0, longs = 0;
		if (*fmt == '0')
			pad = '0';
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		while (*fmt == 'l') {
			longs++;
			fmt++;
		}
		unsigned long long u;
		long long s;
		switch (*fmt) {
		case 'c':
			target_console_putc((char)va_arg(ap, int));
			break;
		case 's': {
			const char *str = va_arg(ap, const char *);
			k_puts(str ? str : "(null)");
			break;
		}
		case 'd':
			s = longs > 1 ? va_arg(ap, long long) :
			    longs ? va_arg(ap, long) : va_arg(ap, int);
			if (s < 0) {
				target_console_putc('-');
				u = 0ull - (unsigned long long)s;
			} else {
				u = (unsigned long long)s;
			}
			put_uint(u, 10, width, pad);
			break;
		case 'u':
		case 'x':
			u = longs > 1 ? va_arg(ap, unsigned long long) :
			    longs ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
			put_uint(u, *fmt == 'u' ? 10 : 16, width, pad);
			break;
		case 'p':
			k_puts("0x");
			put_uint((uintptr_t)va_arg(ap, void *), 16, 2 * (int)sizeof(void *), '0');
			break;
		case '%':
			target_console_putc('%');
			break;
		case '\0':
			return;
		default:
			target_console_putc('%');
			target_console_putc(*fmt);
		}
	}
}

void k_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	k_vprintf(fmt, ap);
	va_end(ap);
}
