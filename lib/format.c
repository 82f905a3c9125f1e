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

/* How one conversion is laid out: flags, width and precision (-1: none). */
struct spec {
	bool left, zero;
	char sign; /* '+', ' ' or 0: what a non-negative number is prefixed with */
	int width, prec;
};

static void put_n(keel_put_fn put, void *ctx, char c, int n)
{
	while (n-- > 0)
		put(c, ctx);
}

/*
 * Lay out prefix (a sign or "0x") and body (digits or text) in the field: spaces
 * before (or after, for '-'), zeros between prefix and body for the 0 flag.
 */
static void put_field(keel_put_fn put, void *ctx, const struct spec *sp, const char *prefix,
		      const char *body, int len, int zeros)
{
	int plen = 0;

	while (prefix[plen])
		plen++;
	int pad = sp->width - plen - zeros - len;
	if (sp->zero && !sp->left && pad > 0) {
		zeros += pad;
		pad = 0;
	}
	if (!sp->left)
		put_n(put, ctx, ' ', pad);
	for (int i = 0; i < plen; i++)
		put(prefix[i], ctx);
	put_n(put, ctx, '0', zeros);
	for (int i = 0; i < len; i++)
		put(body[i], ctx);
	if (sp->left)
		put_n(put, ctx, ' ', pad);
}

static void put_uint(keel_put_fn put, void *ctx, const struct spec *sp, const char *prefix,
		     unsigned long long v, unsigned base)
{
	char buf[24];
	int n = sizeof(buf);

	/* A precision of 0 prints the value 0 as no digits at all, as C does. */
	if (v || sp->prec != 0) {
		do {
			unsigned d = divide(&v, base);
			buf[--n] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
		} while (v);
	}
	int len = (int)sizeof(buf) - n;
	put_field(put, ctx, sp, prefix, buf + n, len, sp->prec > len ? sp->prec - len : 0);
}

/* A width or precision: digits, or '*' taking an int argument. */
static int parse_count(const char **fmt, va_list *ap)
{
	int n = 0;

	if (**fmt == '*') {
		(*fmt)++;
		return va_arg(*ap, int);
	}
	while (**fmt >= '0' && **fmt <= '9')
		n = n * 10 + (*(*fmt)++ - '0');
	return n;
}

static void format_ap(keel_put_fn put, void *ctx, const char *fmt, va_list *ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(*fmt, ctx);
			continue;
		}
		struct spec sp = { false, false, 0, 0, -1 };
		for (fmt++;; fmt++) {
			if (*fmt == '-')
				sp.left = true;
			else if (*fmt == '0')
				sp.zero = true;
			else if (*fmt == '+')
				sp.sign = '+';
			else if (*fmt == ' ' && !sp.sign)
				sp.sign = ' ';
			else
				break;
		}
		sp.width = parse_count(&fmt, ap);
		if (sp.width < 0) {
			sp.left = true;
			sp.width = -sp.width;
		}
		if (*fmt == '.') {
			fmt++;
			sp.prec = parse_count(&fmt, ap);
			if (sp.prec < 0)
				sp.prec = -1;
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
		bool is_num = *fmt == 'd' || *fmt == 'i' || *fmt == 'u' || *fmt == 'x';
		if (is_num && sp.prec >= 0)
			sp.zero = false;
		unsigned long long u;
		long long s;
		char sign[2] = { sp.sign, 0 };
		switch (*fmt) {
		case 'c': {
			char c = (char)va_arg(*ap, int);
			sp.zero = false;
			put_field(put, ctx, &sp, "", &c, 1, 0);
			break;
		}
		case 's': {
			const char *str = va_arg(*ap, const char *);
			int len = 0;
			if (!str)
				str = "(null)";
			while (str[len] && (sp.prec < 0 || len < sp.prec))
				len++;
			sp.zero = false;
			put_field(put, ctx, &sp, "", str, len, 0);
			break;
		}
		case 'd':
		case 'i':
			s = longs > 1	? va_arg(*ap, long long)
				: longs ? va_arg(*ap, long)
					: va_arg(*ap, int);
			if (s < 0) {
				sign[0] = '-';
				u = 0ull - (unsigned long long)s;
			} else {
				u = (unsigned long long)s;
			}
			put_uint(put, ctx, &sp, sign, u, 10);
			break;
		case 'u':
		case 'x':
			u = longs > 1	? va_arg(*ap, unsigned long long)
				: longs ? va_arg(*ap, unsigned long)
					: va_arg(*ap, unsigned);
			put_uint(put, ctx, &sp, "", u, *fmt == 'u' ? 10 : 16);
			break;
		case 'p':
			sp.zero = false;
			sp.prec = 2 * (int)sizeof(void *);
			put_uint(put, ctx, &sp, "0x", (uintptr_t)va_arg(*ap, void *), 16);
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
