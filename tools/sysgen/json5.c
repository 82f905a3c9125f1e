/*
 * json5.c - JSON5 reader for the Keel host system generator.
 *
 * A hand-written recursive descent parser.  Recursion only happens per
 * container level and is capped at J5_MAX_DEPTH, every loop consumes at
 * least one byte per iteration, and all reads go through peek helpers that
 * know the buffer length, which is what makes it safe on hostile input.
 * The first error wins: once p->failed is set, callers unwind and free
 * whatever they built.
 */
#include "json5.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
#define J5_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define J5_PRINTF(a, b)
#endif

struct parser {
	const unsigned char *buf;
	size_t len;
	size_t pos;
	int line, col;
	int depth;
	bool failed;
	struct j5_error *err;
};

/* Growable byte buffer used to decode strings. */
struct sbuf {
	char *data;
	size_t len, cap;
};

/* Open-addressing set of member indices, for O(1) duplicate detection. */
struct keyset {
	size_t *slot; /* member index + 1; 0 marks an empty slot */
	size_t mask; /* capacity - 1; capacity is a power of two */
	size_t count;
};

static struct j5_value *parse_value(struct parser *p);

static void J5_PRINTF(4, 5) fail_at(struct parser *p, int line, int col, const char *fmt, ...)
{
	va_list ap;

	if (p->failed)
		return;
	p->failed = true;
	p->err->line = line;
	p->err->col = col;
	va_start(ap, fmt);
	vsnprintf(p->err->msg, sizeof(p->err->msg), fmt, ap);
	va_end(ap);
}

#define fail_here(p, ...) fail_at((p), (p)->line, (p)->col, __VA_ARGS__)

static void fail_oom(struct parser *p)
{
	fail_here(p, "out of memory");
}

static int peek(const struct parser *p)
{
	return p->pos < p->len ? p->buf[p->pos] : -1;
}

static int peek_at(const struct parser *p, size_t off)
{
	return off < p->len - p->pos ? p->buf[p->pos + off] : -1;
}

/* Saturate instead of overflowing on absurd (> 2 GiB) lines or files. */
static void inc_sat(int *v)
{
	if (*v < INT_MAX)
		(*v)++;
}

/*
 * Consume one byte.  \n, \r\n and a lone \r each end one line; the \r of
 * a \r\n pair just advances the column so the pair counts once.
 */
static void advance(struct parser *p)
{
	unsigned char c;

	if (p->pos >= p->len)
		return;
	c = p->buf[p->pos++];
	if (c == '\n' || (c == '\r' && peek(p) != '\n')) {
		inc_sat(&p->line);
		p->col = 1;
	} else {
		inc_sat(&p->col);
	}
}

static void advance_n(struct parser *p, size_t n)
{
	while (n--)
		advance(p);
}

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int hex_val(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool is_ident_start(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

static bool is_ident_part(int c)
{
	return is_ident_start(c) || is_digit(c);
}

/* Length of the identifier starting at the current position (maybe 0). */
static size_t ident_len(const struct parser *p)
{
	size_t n = 0;

	if (!is_ident_start(peek(p)))
		return 0;
	while (is_ident_part(peek_at(p, n)))
		n++;
	return n;
}

static bool ident_is(const struct parser *p, size_t n, const char *word)
{
	return strlen(word) == n && !memcmp(p->buf + p->pos, word, n);
}

/*
 * Length of a multi-byte Unicode space (JSON5 allows all of Zs, BOM,
 * U+2028/U+2029) at the current position, or 0.  They are treated as plain
 * whitespace; only \n and \r end lines for position reporting.
 */
static size_t unicode_space_len(const struct parser *p)
{
	int b0 = peek(p), b1 = peek_at(p, 1), b2 = peek_at(p, 2);

	if (b0 == 0xC2 && b1 == 0xA0)
		return 2; /* U+00A0 */
	if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)
		return 3; /* U+FEFF */
	if (b0 == 0xE1 && b1 == 0x9A && b2 == 0x80)
		return 3; /* U+1680 */
	if (b0 == 0xE2 && b1 == 0x80 &&
	    ((b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF))
		return 3; /* U+2000..200A, U+2028/9, U+202F */
	if (b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F)
		return 3; /* U+205F */
	if (b0 == 0xE3 && b1 == 0x80 && b2 == 0x80)
		return 3; /* U+3000 */
	return 0;
}

/* Skip whitespace and comments; false (with error set) on a bad comment. */
static bool skip_ws(struct parser *p)
{
	for (;;) {
		int c = peek(p);
		size_t n;

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
			advance(p);
			continue;
		}
		n = unicode_space_len(p);
		if (n) {
			advance_n(p, n);
			continue;
		}
		if (c == '/' && peek_at(p, 1) == '/') {
			while (p->pos < p->len && peek(p) != '\n' && peek(p) != '\r')
				advance(p);
			continue;
		}
		if (c == '/' && peek_at(p, 1) == '*') {
			int line = p->line, col = p->col;

			advance_n(p, 2);
			for (;;) {
				if (p->pos >= p->len) {
					fail_at(p, line, col, "unterminated block comment");
					return false;
				}
				if (peek(p) == '*' && peek_at(p, 1) == '/') {
					advance_n(p, 2);
					break;
				}
				advance(p);
			}
			continue;
		}
		return true;
	}
}

/* Describe the byte c for an error message ("'x'", "byte 0x..."). */
static const char *describe(int c, char *buf, size_t size)
{
	if (c < 0)
		return "end of input";
	if (c >= 0x20 && c < 0x7F)
		snprintf(buf, size, "'%c'", c);
	else
		snprintf(buf, size, "byte 0x%02X", (unsigned int)c);
	return buf;
}

/*
 * Render (a prefix of) a key for an error message.  Keys come from the
 * input, so control bytes are escaped to keep the diagnostic on one line.
 */
static const char *snippet(const char *s, size_t len, char *out, size_t size)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t o = 0, i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (o + 8 >= size) {
			memcpy(out + o, "...", 3);
			o += 3;
			break;
		}
		if (c >= 0x20 && c < 0x7F && c != '\\') {
			out[o++] = (char)c;
		} else {
			out[o++] = '\\';
			out[o++] = 'x';
			out[o++] = hex[c >> 4];
			out[o++] = hex[c & 15];
		}
	}
	out[o] = '\0';
	return out;
}

static bool sbuf_put(struct sbuf *b, const void *src, size_t n)
{
	if (n > b->cap - b->len) {
		size_t ncap = b->cap ? b->cap : 32;
		char *d;

		while (ncap - b->len < n) {
			if (ncap > SIZE_MAX / 2)
				return false;
			ncap *= 2;
		}
		d = realloc(b->data, ncap);
		if (!d)
			return false;
		b->data = d;
		b->cap = ncap;
	}
	memcpy(b->data + b->len, src, n);
	b->len += n;
	return true;
}

static bool sbuf_put_utf8(struct sbuf *b, uint32_t cp)
{
	unsigned char u[4];
	size_t n;

	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (unsigned char)(0xC0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (unsigned char)(0xE0 | (cp >> 12));
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (unsigned char)(0xF0 | (cp >> 18));
		u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	return sbuf_put(b, u, n);
}

/*
 * Length of the well-formed UTF-8 sequence at the current position, or 0.
 * Overlong forms, surrogates and code points above U+10FFFF are rejected
 * so that decoded strings are always valid UTF-8 for the generator.
 */
static size_t utf8_len(const struct parser *p)
{
	int b0 = peek(p), b1 = peek_at(p, 1);
	int lo = 0x80, hi = 0xBF;
	size_t n, i;

	if (b0 < 0x80)
		return b0 < 0 ? 0 : 1;
	if (b0 >= 0xC2 && b0 <= 0xDF)
		n = 2;
	else if (b0 >= 0xE0 && b0 <= 0xEF)
		n = 3;
	else if (b0 >= 0xF0 && b0 <= 0xF4)
		n = 4;
	else
		return 0;
	if (b0 == 0xE0)
		lo = 0xA0; /* overlong 3-byte */
	else if (b0 == 0xED)
		hi = 0x9F; /* UTF-16 surrogates */
	else if (b0 == 0xF0)
		lo = 0x90; /* overlong 4-byte */
	else if (b0 == 0xF4)
		hi = 0x8F; /* above U+10FFFF */
	if (b1 < lo || b1 > hi)
		return 0;
	for (i = 2; i < n; i++) {
		int b = peek_at(p, i);

		if (b < 0x80 || b > 0xBF)
			return 0;
	}
	return n;
}

/* Read exactly n hex digits starting at offset off; -1 if malformed. */
static long read_hex(const struct parser *p, size_t off, size_t n)
{
	long v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		int h = hex_val(peek_at(p, off + i));

		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/* Decode the escape sequence at the current backslash into b. */
static bool parse_escape(struct parser *p, struct sbuf *b)
{
	int line = p->line, col = p->col;
	int c = peek_at(p, 1);
	char tmp[16];
	long cp, lo;
	char ch;

	switch (c) {
	case 'n':
		ch = '\n';
		break;
	case 'r':
		ch = '\r';
		break;
	case 't':
		ch = '\t';
		break;
	case 'b':
		ch = '\b';
		break;
	case 'f':
		ch = '\f';
		break;
	case 'v':
		ch = '\v';
		break;
	case '\\':
	case '\'':
	case '"':
	case '/':
		ch = (char)c;
		break;
	case '0':
		/* JSON5 forbids \0 before a digit: it would read as octal. */
		if (is_digit(peek_at(p, 2))) {
			fail_here(p, "invalid escape '\\0%c': octal escapes are not allowed",
				  peek_at(p, 2));
			return false;
		}
		ch = '\0';
		break;
	case '\n':
		advance_n(p, 2);
		return true;
	case '\r':
		advance_n(p, 2);
		if (peek(p) == '\n')
			advance(p);
		return true;
	case 0xE2:
		/* U+2028/U+2029 are line terminators, so they continue too. */
		if (peek_at(p, 2) == 0x80 && (peek_at(p, 3) == 0xA8 || peek_at(p, 3) == 0xA9)) {
			advance_n(p, 4);
			return true;
		}
		goto bad;
	case 'x':
		cp = read_hex(p, 2, 2);
		if (cp < 0) {
			fail_here(p, "invalid escape: '\\x' must be followed by 2 hex digits");
			return false;
		}
		advance_n(p, 4);
		if (!sbuf_put_utf8(b, (uint32_t)cp))
			goto oom;
		return true;
	case 'u':
		cp = read_hex(p, 2, 4);
		if (cp < 0) {
			fail_here(p, "invalid escape: '\\u' must be followed by 4 hex digits");
			return false;
		}
		if (cp >= 0xDC00 && cp <= 0xDFFF) {
			fail_here(p, "invalid escape: unpaired low surrogate '\\u%04lX'", cp);
			return false;
		}
		if (cp >= 0xD800 && cp <= 0xDBFF) {
			lo = -1;
			if (peek_at(p, 6) == '\\' && peek_at(p, 7) == 'u')
				lo = read_hex(p, 8, 4);
			if (lo < 0xDC00 || lo > 0xDFFF) {
				fail_here(p,
					  "invalid escape: high surrogate '\\u%04lX' must be "
					  "followed by a '\\uDC00'-'\\uDFFF' low surrogate",
					  cp);
				return false;
			}
			cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			advance_n(p, 6);
		}
		advance_n(p, 6);
		if (!sbuf_put_utf8(b, (uint32_t)cp))
			goto oom;
		return true;
	case -1:
		fail_here(p, "unterminated string: input ends inside an escape sequence");
		return false;
	default:
		goto bad;
	}
	advance_n(p, 2);
	if (!sbuf_put(b, &ch, 1))
		goto oom;
	return true;
bad:
	if (c >= 0x20 && c < 0x7F)
		fail_at(p, line, col, "invalid escape sequence '\\%c'", c);
	else
		fail_at(p, line, col, "invalid escape sequence: '\\' followed by %s",
			describe(c, tmp, sizeof(tmp)));
	return false;
oom:
	fail_oom(p);
	return false;
}

/*
 * Parse a quoted string at the current position.  On success *out is a
 * malloc'ed NUL-terminated copy and *out_len its length.
 */
static bool parse_string(struct parser *p, char **out, size_t *out_len)
{
	int qline = p->line, qcol = p->col;
	int quote = peek(p);
	struct sbuf b = { NULL, 0, 0 };
	char nul = '\0';

	advance(p);
	for (;;) {
		int c = peek(p);
		size_t n;

		if (c < 0) {
			fail_at(p, qline, qcol, "unterminated string");
			goto err;
		}
		if (c == quote) {
			advance(p);
			break;
		}
		if (c == '\n' || c == '\r') {
			fail_at(p, qline, qcol,
				"unterminated string: raw line break in string (use \\n, or '\\' "
				"at the end of the line to continue)");
			goto err;
		}
		if (c == '\\') {
			if (!parse_escape(p, &b))
				goto err;
			continue;
		}
		n = utf8_len(p);
		if (!n) {
			fail_here(p, "invalid UTF-8 byte 0x%02X in string", (unsigned int)c);
			goto err;
		}
		if (!sbuf_put(&b, p->buf + p->pos, n)) {
			fail_oom(p);
			goto err;
		}
		advance_n(p, n);
	}
	if (!sbuf_put(&b, &nul, 1)) {
		fail_oom(p);
		goto err;
	}
	*out = b.data;
	*out_len = b.len - 1;
	return true;
err:
	free(b.data);
	return false;
}

static bool mul_add_overflows(uint64_t *acc, unsigned int base, unsigned int digit)
{
	if (*acc > (UINT64_MAX - digit) / base)
		return true;
	*acc = *acc * base + digit;
	return false;
}

/* Fill in the exact integer fields from sign and magnitude. */
static bool set_int(struct parser *p, struct j5_number *num, bool neg, uint64_t mag, int line,
		    int col)
{
	num->is_int = true;
	if (mag == 0)
		neg = false;
	if (neg) {
		if (mag > (uint64_t)INT64_MAX + 1) {
			fail_at(p, line, col, "number out of range");
			return false;
		}
		num->neg = true;
		num->fits_i64 = true;
		/* Negate in unsigned arithmetic so -2^63 doesn't overflow. */
		num->i = mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag;
		num->u = 0;
		num->d = -(double)mag;
	} else {
		num->neg = false;
		num->u = mag;
		num->fits_i64 = mag <= (uint64_t)INT64_MAX;
		num->i = num->fits_i64 ? (int64_t)mag : 0;
		num->d = (double)mag;
	}
	return true;
}

/* Convert the already validated decimal literal [start, pos) with strtod. */
static bool set_double(struct parser *p, struct j5_number *num, size_t start, int line, int col)
{
	size_t n = p->pos - start;
	char small[64], *lit = small, *end;
	double d;

	if (n >= sizeof(small)) {
		lit = malloc(n + 1);
		if (!lit) {
			fail_oom(p);
			return false;
		}
	}
	memcpy(lit, p->buf + start, n);
	lit[n] = '\0';
	errno = 0;
	d = strtod(lit, &end);
	if ((size_t)(end - lit) != n) {
		/* Only possible if LC_NUMERIC isn't "C". */
		fail_at(p, line, col, "cannot convert number (is LC_NUMERIC \"C\"?)");
	} else if (errno == ERANGE && (d == HUGE_VAL || d == -HUGE_VAL)) {
		fail_at(p, line, col, "number out of range");
	}
	if (lit != small)
		free(lit);
	if (p->failed)
		return false;
	num->d = d;
	return true;
}

static bool parse_number_value(struct parser *p, struct j5_number *num)
{
	int line = p->line, col = p->col;
	size_t start = p->pos, n;
	bool neg = false, overflow = false, is_int = true;
	bool int_digits = false, frac_digits = false;
	uint64_t mag = 0;
	char tmp[16];
	int c = peek(p);

	memset(num, 0, sizeof(*num));
	if (c == '+' || c == '-') {
		neg = c == '-';
		advance(p);
		c = peek(p);
		if (!is_digit(c) && c != '.' && !is_ident_start(c)) {
			fail_here(p, "expected a number after '%c', found %s", neg ? '-' : '+',
				  describe(c, tmp, sizeof(tmp)));
			return false;
		}
	}

	n = ident_len(p);
	if (n) {
		if (ident_is(p, n, "Infinity")) {
			num->d = neg ? -INFINITY : INFINITY;
		} else if (ident_is(p, n, "NaN")) {
			num->d = NAN;
		} else {
			fail_here(p, "expected a number after '%c'", neg ? '-' : '+');
			return false;
		}
		num->neg = neg;
		advance_n(p, n);
		return true;
	}

	if (c == '0' && (peek_at(p, 1) == 'x' || peek_at(p, 1) == 'X')) {
		advance_n(p, 2);
		if (hex_val(peek(p)) < 0) {
			fail_here(p, "expected hex digits after '0x'");
			return false;
		}
		while (hex_val(peek(p)) >= 0) {
			overflow |= mul_add_overflows(&mag, 16, (unsigned int)hex_val(peek(p)));
			advance(p);
		}
	} else {
		if (c == '0' && is_digit(peek_at(p, 1))) {
			fail_at(p, line, col, "leading zeros are not allowed in numbers");
			return false;
		}
		while (is_digit(peek(p))) {
			int_digits = true;
			overflow |= mul_add_overflows(&mag, 10, (unsigned int)(peek(p) - '0'));
			advance(p);
		}
		if (peek(p) == '.') {
			is_int = false;
			advance(p);
			while (is_digit(peek(p))) {
				frac_digits = true;
				advance(p);
			}
		}
		if (!int_digits && !frac_digits) {
			fail_at(p, line, col, "expected a digit in number");
			return false;
		}
		if (peek(p) == 'e' || peek(p) == 'E') {
			is_int = false;
			advance(p);
			if (peek(p) == '+' || peek(p) == '-')
				advance(p);
			if (!is_digit(peek(p))) {
				fail_here(p, "expected digits in exponent");
				return false;
			}
			while (is_digit(peek(p)))
				advance(p);
		}
	}

	/* "12abc" or "1.2.3" is a typo, not a number followed by garbage. */
	c = peek(p);
	if (is_ident_part(c) || c == '.') {
		fail_here(p, "invalid character %s in number", describe(c, tmp, sizeof(tmp)));
		return false;
	}

	if (!is_int) {
		num->neg = neg;
		return set_double(p, num, start, line, col);
	}
	if (overflow) {
		fail_at(p, line, col, "number out of range");
		return false;
	}
	return set_int(p, num, neg, mag, line, col);
}

static bool parse_number(struct parser *p, struct j5_number *num)
{
	size_t start = p->pos, n;

	if (!parse_number_value(p, num))
		return false;
	n = p->pos - start;
	if (n < sizeof(num->text)) {
		memcpy(num->text, p->buf + start, n);
		num->text[n] = '\0';
	} else {
		n = sizeof(num->text) - 4;
		memcpy(num->text, p->buf + start, n);
		memcpy(num->text + n, "...", 4);
	}
	return true;
}

static bool grow(struct parser *p, void **arr, size_t *cap, size_t n, size_t elem)
{
	size_t ncap;
	void *na;

	if (n < *cap)
		return true;
	ncap = *cap ? *cap : 4;
	while (ncap <= n) {
		if (ncap > SIZE_MAX / 2 / elem) {
			fail_oom(p);
			return false;
		}
		ncap *= 2;
	}
	na = realloc(*arr, ncap * elem);
	if (!na) {
		fail_oom(p);
		return false;
	}
	*arr = na;
	*cap = ncap;
	return true;
}

static bool enter(struct parser *p)
{
	if (p->depth >= J5_MAX_DEPTH) {
		fail_here(p, "nesting too deep (more than %d nested arrays/objects)", J5_MAX_DEPTH);
		return false;
	}
	p->depth++;
	return true;
}

static bool parse_array(struct parser *p, struct j5_value *v)
{
	int line = v->line, col = v->col;
	size_t cap = 0;
	char tmp[16];

	advance(p); /* '[' */
	for (;;) {
		struct j5_value *item;
		int c;

		if (!skip_ws(p))
			return false;
		if (peek(p) == ']')
			break;
		item = parse_value(p);
		if (!item)
			return false;
		if (!grow(p, (void **)&v->arr.items, &cap, v->arr.n, sizeof(*v->arr.items))) {
			j5_free(item);
			return false;
		}
		v->arr.items[v->arr.n++] = item;
		if (!skip_ws(p))
			return false;
		c = peek(p);
		if (c == ',') {
			advance(p);
			continue;
		}
		if (c == ']')
			break;
		if (c < 0)
			fail_here(p,
				  "unexpected end of input: array starting at %d:%d is not closed",
				  line, col);
		else
			fail_here(p, "expected ',' or ']' after array element, found %s",
				  describe(c, tmp, sizeof(tmp)));
		return false;
	}
	advance(p); /* ']' */
	return true;
}

static size_t key_hash(const char *k, size_t n)
{
	uint64_t h = 14695981039346656037ULL; /* FNV-1a */
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)k[i];
		h *= 1099511628211ULL;
	}
	return (size_t)(h ^ (h >> 32));
}

/* Slot holding key, or the empty slot where it would go. */
static size_t *keyset_slot(const struct keyset *ks, const struct j5_member *m, const char *k,
			   size_t n)
{
	size_t i = key_hash(k, n) & ks->mask;

	/* Terminates: the load factor is kept at or below 1/2. */
	for (;;) {
		size_t s = ks->slot[i];

		if (!s || (m[s - 1].key_len == n && !memcmp(m[s - 1].key, k, n)))
			return &ks->slot[i];
		i = (i + 1) & ks->mask;
	}
}

/* Make room for one more key; members[0..count) are (re)inserted. */
static bool keyset_reserve(struct parser *p, struct keyset *ks, const struct j5_member *m)
{
	struct keyset nks;
	size_t cap, i;

	if (ks->slot && (ks->count + 1) * 2 <= ks->mask + 1)
		return true;
	cap = ks->slot ? (ks->mask + 1) * 2 : 16;
	if (cap > SIZE_MAX / sizeof(size_t) / 2) {
		fail_oom(p);
		return false;
	}
	nks.slot = calloc(cap, sizeof(size_t));
	if (!nks.slot) {
		fail_oom(p);
		return false;
	}
	nks.mask = cap - 1;
	nks.count = ks->count;
	for (i = 0; i < ks->count; i++)
		*keyset_slot(&nks, m, m[i].key, m[i].key_len) = i + 1;
	free(ks->slot);
	*ks = nks;
	return true;
}

static bool parse_key(struct parser *p, char **key, size_t *len)
{
	int c = peek(p);
	size_t n;

	if (c == '"' || c == '\'')
		return parse_string(p, key, len);
	n = ident_len(p);
	if (!n) {
		char tmp[16];

		fail_here(p, "expected property name or '}', found %s",
			  describe(c, tmp, sizeof(tmp)));
		return false;
	}
	*key = malloc(n + 1);
	if (!*key) {
		fail_oom(p);
		return false;
	}
	memcpy(*key, p->buf + p->pos, n);
	(*key)[n] = '\0';
	*len = n;
	advance_n(p, n);
	return true;
}

static bool parse_object(struct parser *p, struct j5_value *v)
{
	int line = v->line, col = v->col;
	struct keyset ks = { NULL, 0, 0 };
	size_t cap = 0;
	char tmp[48];
	bool ok = false;

	advance(p); /* '{' */
	for (;;) {
		struct j5_member m;
		size_t *slot;
		int c;

		if (!skip_ws(p))
			goto out;
		c = peek(p);
		if (c == '}')
			break;
		if (c < 0) {
			fail_here(p,
				  "unexpected end of input: object starting at %d:%d is not closed",
				  line, col);
			goto out;
		}
		m.key_line = p->line;
		m.key_col = p->col;
		if (!parse_key(p, &m.key, &m.key_len))
			goto out;
		if (!keyset_reserve(p, &ks, v->obj.members)) {
			free(m.key);
			goto out;
		}
		slot = keyset_slot(&ks, v->obj.members, m.key, m.key_len);
		if (*slot) {
			fail_at(p, m.key_line, m.key_col, "duplicate key '%s'",
				snippet(m.key, m.key_len, tmp, sizeof(tmp)));
			free(m.key);
			goto out;
		}
		if (!skip_ws(p) || peek(p) != ':') {
			fail_here(p, "expected ':' after property name '%s'",
				  snippet(m.key, m.key_len, tmp, sizeof(tmp)));
			free(m.key);
			goto out;
		}
		advance(p);
		if (!skip_ws(p)) {
			free(m.key);
			goto out;
		}
		m.value = parse_value(p);
		if (!m.value) {
			free(m.key);
			goto out;
		}
		if (!grow(p, (void **)&v->obj.members, &cap, v->obj.n, sizeof(*v->obj.members))) {
			free(m.key);
			j5_free(m.value);
			goto out;
		}
		v->obj.members[v->obj.n] = m;
		*slot = ++v->obj.n;
		ks.count++;
		if (!skip_ws(p))
			goto out;
		c = peek(p);
		if (c == ',') {
			advance(p);
			continue;
		}
		if (c == '}')
			break;
		if (c < 0)
			fail_here(p,
				  "unexpected end of input: object starting at %d:%d is not closed",
				  line, col);
		else
			fail_here(p, "expected ',' or '}' after object member");
		goto out;
	}
	advance(p); /* '}' */
	ok = true;
out:
	free(ks.slot);
	return ok;
}

static struct j5_value *new_value(struct parser *p, enum j5_type type)
{
	struct j5_value *v = calloc(1, sizeof(*v));

	if (!v) {
		fail_oom(p);
		return NULL;
	}
	v->type = type;
	v->line = p->line;
	v->col = p->col;
	return v;
}

/* Parse one value; whitespace before it must already be skipped. */
static struct j5_value *parse_value(struct parser *p)
{
	struct j5_value *v;
	char tmp[48];
	int c = peek(p);
	size_t n;
	bool ok;

	switch (c) {
	case '{':
	case '[':
		if (!enter(p))
			return NULL;
		v = new_value(p, c == '{' ? J5_OBJECT : J5_ARRAY);
		ok = v && (c == '{' ? parse_object(p, v) : parse_array(p, v));
		p->depth--;
		break;
	case '"':
	case '\'':
		v = new_value(p, J5_STRING);
		ok = v && parse_string(p, &v->str.s, &v->str.len);
		break;
	case '+':
	case '-':
	case '.':
	case '0':
	case '1':
	case '2':
	case '3':
	case '4':
	case '5':
	case '6':
	case '7':
	case '8':
	case '9':
		v = new_value(p, J5_NUMBER);
		ok = v && parse_number(p, &v->num);
		break;
	case -1:
		fail_here(p, "unexpected end of input: expected a value");
		return NULL;
	case '/':
		fail_here(p, "unexpected '/': comments start with '//' or '/*'");
		return NULL;
	default:
		n = ident_len(p);
		if (!n) {
			fail_here(p, "unexpected %s: expected a value",
				  describe(c, tmp, sizeof(tmp)));
			return NULL;
		}
		if (ident_is(p, n, "Infinity") || ident_is(p, n, "NaN")) {
			v = new_value(p, J5_NUMBER);
			ok = v && parse_number(p, &v->num);
			break;
		}
		if (ident_is(p, n, "null")) {
			v = new_value(p, J5_NULL);
		} else if (ident_is(p, n, "true") || ident_is(p, n, "false")) {
			v = new_value(p, J5_BOOL);
			if (v)
				v->b = c == 't';
		} else {
			fail_here(p,
				  "unexpected identifier '%s': expected a value (strings must be "
				  "quoted)",
				  snippet((const char *)p->buf + p->pos, n, tmp, sizeof(tmp)));
			return NULL;
		}
		ok = v != NULL;
		advance_n(p, n);
		break;
	}
	if (!ok) {
		j5_free(v);
		return NULL;
	}
	return v;
}

/* Report the position of an embedded NUL up front: nothing can use one. */
static bool check_nul(struct parser *p)
{
	const unsigned char *z;

	if (!p->len)
		return true;
	z = memchr(p->buf, '\0', p->len);
	if (!z)
		return true;
	while (p->buf + p->pos < z)
		advance(p);
	fail_here(p, "NUL byte in input");
	return false;
}

struct j5_value *j5_parse(const char *file, const char *buf, size_t len, struct j5_error *err)
{
	struct j5_error dummy;
	struct parser p;
	struct j5_value *v;

	if (!err)
		err = &dummy;
	memset(err, 0, sizeof(*err));
	err->file = file ? file : "<input>";

	memset(&p, 0, sizeof(p));
	p.buf = (const unsigned char *)buf;
	p.len = buf ? len : 0;
	p.line = 1;
	p.col = 1;
	p.err = err;

	if (!check_nul(&p) || !skip_ws(&p))
		return NULL;
	if (p.pos >= p.len) {
		fail_here(&p, "empty input: expected a value");
		return NULL;
	}
	v = parse_value(&p);
	if (!v)
		return NULL;
	if (!skip_ws(&p) || p.pos < p.len) {
		fail_here(&p, "unexpected content after the top-level value");
		j5_free(v);
		return NULL;
	}
	return v;
}

void j5_free(struct j5_value *v)
{
	size_t i;

	if (!v)
		return;
	switch (v->type) {
	case J5_STRING:
		free(v->str.s);
		break;
	case J5_ARRAY:
		for (i = 0; i < v->arr.n; i++)
			j5_free(v->arr.items[i]);
		free(v->arr.items);
		break;
	case J5_OBJECT:
		for (i = 0; i < v->obj.n; i++) {
			free(v->obj.members[i].key);
			j5_free(v->obj.members[i].value);
		}
		free(v->obj.members);
		break;
	default:
		break;
	}
	free(v);
}

const struct j5_value *j5_get(const struct j5_value *obj, const char *key)
{
	size_t i, n;

	if (!obj || obj->type != J5_OBJECT || !key)
		return NULL;
	n = strlen(key);
	for (i = 0; i < obj->obj.n; i++) {
		const struct j5_member *m = &obj->obj.members[i];

		if (m->key_len == n && !memcmp(m->key, key, n))
			return m->value;
	}
	return NULL;
}

const char *j5_type_name(enum j5_type t)
{
	switch (t) {
	case J5_NULL:
		return "null";
	case J5_BOOL:
		return "boolean";
	case J5_NUMBER:
		return "number";
	case J5_STRING:
		return "string";
	case J5_ARRAY:
		return "array";
	case J5_OBJECT:
		return "object";
	}
	return "unknown";
}

int j5_format_error(const struct j5_error *err, char *out, size_t size)
{
	return snprintf(out, size, "%s:%d:%d: error: %s", err->file ? err->file : "<input>",
			err->line, err->col, err->msg);
}
