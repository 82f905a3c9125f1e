// SPDX-License-Identifier: Apache-2.0
#include <stdbool.h>
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

static void put_n(keel_put_fn put, void *ctx, char c, int n)
{
	while (n-- > 0)
		put(c, ctx);
}

/* len bytes of s in a field of width: spaces before, or after when left-justified. */
static void put_field(keel_put_fn put, void *ctx, const char *s, int len, int width, bool left)
{
	if (!left)
		put_n(put, ctx, ' ', width - len);
	for (int i = 0; i < len; i++)
		put(s[i], ctx);
	if (left)
		put_n(put, ctx, ' ', width - len);
}

/* A width or precision: digits, or '*' taking an int argument. */
static int parse_count(const char **fmt, va_list *ap)
{
	int n = 0;

	if (**fmt == '*') {
		(*fmt)++;
		return va_arg(*ap, int);
	}
	/* Capped, so that a long run of digits cannot overflow. */
	for (; **fmt >= '0' && **fmt <= '9'; (*fmt)++)
		if (n < 100000)
			n = n * 10 + (**fmt - '0');
	return n;
}

static void format_ap(keel_put_fn put, void *ctx, const char *fmt, va_list *ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(*fmt, ctx);
			continue;
		}
		bool left = false, zero = false;
		char sign = 0; /* what a non-negative number is prefixed with: '+', ' ' or none */
		for (fmt++;; fmt++) {
			if (*fmt == '-')
				left = true;
			else if (*fmt == '0')
				zero = true;
			else if (*fmt == '+' || (*fmt == ' ' && !sign))
				sign = *fmt;
			else
				break;
		}
		int width = parse_count(&fmt, ap), prec = -1;
		if (width < 0) {
			left = true;
			width = -width;
		}
		if (*fmt == '.') {
			fmt++;
			prec = parse_count(&fmt, ap);
		}
		int longs = 0;
		for (;; fmt++) {
			if (*fmt == 'l')
				longs++;
			else if (*fmt == 'z')
				longs = sizeof(size_t) > sizeof(int) ? 1 : 0;
			else
				break;
		}
		/* A number is built backwards in buf: digits, zeros, then its prefix. */
		char buf[40], *end = buf + sizeof(buf), *p = end;
		unsigned long long u;
		unsigned base = 10;
		const char *str;
		int len;
		switch (*fmt) {
		case 'c':
			buf[0] = (char)va_arg(*ap, int);
			put_field(put, ctx, buf, 1, width, left);
			continue;
		case 's':
			str = va_arg(*ap, const char *);
			if (!str)
				str = "(null)";
			for (len = 0; str[len] && (prec < 0 || len < prec); len++)
				;
			put_field(put, ctx, str, len, width, left);
			continue;
		case 'd':
		case 'i': {
			long long s = longs > 1 ? va_arg(*ap, long long)
				: longs		? va_arg(*ap, long)
						: va_arg(*ap, int);
			u = (unsigned long long)s;
			if (s < 0) {
				sign = '-';
				u = 0ull - u;
			}
			break;
		}
		case 'x':
			base = 16;
			/* fall through */
		case 'u':
			sign = 0;
			u = longs > 1	? va_arg(*ap, unsigned long long)
				: longs ? va_arg(*ap, unsigned long)
					: va_arg(*ap, unsigned);
			break;
		case 'p':
			u = (uintptr_t)va_arg(*ap, void *);
			base = 16;
			prec = 2 * (int)sizeof(void *);
			sign = 'x';
			zero = false;
			break;
		case '%':
			put('%', ctx);
			continue;
		case '\0':
			return;
		default:
			put('%', ctx);
			put(*fmt, ctx);
			continue;
		}
		/* A precision of 0 prints the value 0 as no digits at all, as C does. */
		if (u || prec) {
			do {
				unsigned d = divide(&u, base);
				*--p = (char)(d < 10 ? '0' + d : 'a' + d - 10);
			} while (u);
		}
		/* The 0 flag pads with zeros after the sign; a precision turns it off. */
		int digits = prec >= 0 ? prec : zero && !left ? width - (sign != 0) : 0;
		while (end - p < digits && p > buf + 2) /* room for the prefix */
			*--p = '0';
		if (sign)
			*--p = sign;
		if (sign == 'x')
			*--p = '0';
		put_field(put, ctx, p, (int)(end - p), width, left);
	}
}

void keel_vformat(keel_put_fn put, void *ctx, const char *fmt, va_list ap)
{
	va_list copy;

	/* Through a pointer, so the helpers that read '*' arguments share one list. */
	va_copy(copy, ap);
	format_ap(put, ctx, fmt, &copy);
	va_end(copy);
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
