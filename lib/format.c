// SPDX-License-Identifier: Apache-2.0
#include <stdint.h>
#include <keel/format.h>

/*
 * v / base in 16-bit steps, so that 32-bit targets need no 64-bit division from libgcc
 * (which would be the largest part of a small kernel's printing). Returns v % base.
 */
static unsigned divide(unsigned long long *v, unsigned base)
{
	unsigned long long q = 0;
	uint32_t r = 0;

	for (int shift = 48; shift >= 0; shift -= 16) {
		uint32_t cur = (r << 16) | (uint32_t)((*v >> shift) & 0xffffu);
		q |= (unsigned long long)(cur / base) << shift;
		r = cur % base;
	}
	*v = q;
	return r;
}

static void put_uint(keel_put_fn put, void *ctx, unsigned long long v, unsigned base, int width,
		     char pad)
{
	char buf[24];
	int n = 0;

	do {
		unsigned d = divide(&v, base);
		buf[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
	} while (v);
	while (n < width && n < (int)sizeof(buf))
		buf[n++] = pad;
	while (n)
		put(buf[--n], ctx);
}

void keel_vformat(keel_put_fn put, void *ctx, const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(*fmt, ctx);
			continue;
		}
		fmt++;
		char pad = ' ';
		int width = 0, longs = 0;
		if (*fmt == '0')
			pad = '0';
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		for (;; fmt++) {
			if (*fmt == 'l')
				longs++;
			else if (*fmt == 'z')
				longs = sizeof(size_t) > sizeof(int) ? 1 : 0;
			else
				break;
		}
		unsigned long long u;
		long long s;
		switch (*fmt) {
		case 'c':
			put((char)va_arg(ap, int), ctx);
			break;
		case 's': {
			const char *str = va_arg(ap, const char *);
			for (str = str ? str : "(null)"; *str; str++)
				put(*str, ctx);
			break;
		}
		case 'd':
		case 'i':
			s = longs > 1	? va_arg(ap, long long)
				: longs ? va_arg(ap, long)
					: va_arg(ap, int);
			if (s < 0) {
				put('-', ctx);
				u = 0ull - (unsigned long long)s;
			} else {
				u = (unsigned long long)s;
			}
			put_uint(put, ctx, u, 10, width, pad);
			break;
		case 'u':
		case 'x':
			u = longs > 1	? va_arg(ap, unsigned long long)
				: longs ? va_arg(ap, unsigned long)
					: va_arg(ap, unsigned);
			put_uint(put, ctx, u, *fmt == 'u' ? 10 : 16, width, pad);
			break;
		case 'p':
			put('0', ctx);
			put('x', ctx);
			put_uint(put, ctx, (uintptr_t)va_arg(ap, void *), 16,
				 2 * (int)sizeof(void *), '0');
			break;
		case '%':
			put('%', ctx);
			break;
		case '\0':
			return;
		default:
			put('%', ctx);
			put(*fmt, ctx);
		}
	}
}

struct sink {
	char *buf;
	size_t size, len;
};

static void put_buf(char c, void *ctx)
{
	struct sink *s = ctx;

	if (s->len + 1 < s->size)
		s->buf[s->len++] = c;
}

size_t keel_vsnformat(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct sink s = { buf, size, 0 };

	keel_vformat(put_buf, &s, fmt, ap);
	if (size)
		buf[s.len] = '\0';
	return s.len;
}

size_t keel_snformat(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	n = keel_vsnformat(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
