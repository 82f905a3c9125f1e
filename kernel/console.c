// SPDX-License-Identifier: Apache-2.0
/*
 * The kernel console and its line discipline. Processes write to the same console as
 * the kernel, so that none can pass its text off as the kernel's or as another
 * process's: every line a process writes starts with "[<process>] " (an embedded
 * newline starts a new prefixed line), control characters that could move the cursor
 * or rewrite the line are dropped (carriage return) or shown escaped, and whoever
 * writes after someone else's unfinished line starts a new line first.
 */
#include <stdbool.h>
#include <stdint.h>
#include <k/console.h>
#include <k/object.h>
#include <k/target.h>

/* Who wrote the current line (NULL: the kernel), and whether it is unfinished. */
static const struct k_process *line_owner;
static bool mid_line;

/* What is not yet handed to the target: a line at most, and room for its NUL. */
static char pending[80];
static unsigned pending_len;

static void flush(void)
{
	if (!pending_len)
		return;
	pending[pending_len] = '\0';
	target_console_write(pending);
	pending_len = 0;
}

void k_console_init(void)
{
	line_owner = NULL;
	mid_line = false;
	pending_len = 0;
}

/*
 * Inlined only where a process's bytes pass one by one with interrupts masked (a long
 * debug_log is the kernel's longest masked span); everywhere else a call, as a copy at
 * each of the console's dozen call sites cost more flash than the call costs time.
 */
static inline __attribute__((always_inline)) void put_inline(char c)
{
	pending[pending_len++] = c;
	mid_line = c != '\n';
	if (c == '\n' || pending_len == sizeof(pending) - 1)
		flush();
}

static void put(char c)
{
	put_inline(c);
}

static void take_line(const struct k_process *p)
{
	if (mid_line && line_owner != p)
		put('\n');
	line_owner = p;
}

void k_console_user_write(const struct k_process *p, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";

	/* Once per call: within it, only this process writes. */
	take_line(p);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		/*
		 * A carriage return is dropped: it could return over the prefix, and most
		 * are the first half of a CRLF line end.
		 */
		if (c == '\r')
			continue;
		if (!mid_line) {
			put('[');
			for (const char *n = p->info->name; *n; n++)
				put(*n);
			put(']');
			put(' ');
		}
		/* Bytes from 0x80 pass: they are UTF-8 text. */
		if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f)) {
			put_inline((char)c);
		} else {
			put('\\');
			put('x');
			put(hex[c >> 4]);
			put(hex[c & 0xf]);
		}
	}
	flush();
}

void k_write(const char *s, size_t len)
{
	take_line(NULL);
	for (size_t i = 0; i < len; i++)
		put(s[i]);
	flush();
}

void k_puts(const char *s)
{
	take_line(NULL);
	while (*s)
		put(*s++);
	flush();
}

/* Digits of u, padded to width with pad, a '-' first when neg. */
static void put_number(unsigned long u, unsigned base, bool neg, int width, char pad)
{
	char buf[24];
	int n = 0;

	do {
		unsigned d = (unsigned)(u % base);

		buf[n++] = (char)(d < 10 ? '0' + d : 'a' - 10 + d);
		u /= base;
	} while (u);
	/* Zeros go between the sign and the digits, spaces before the sign. */
	if (neg && pad == '0') {
		put('-');
		width--;
	} else if (neg) {
		buf[n++] = '-';
	}
	while (n < width && n < (int)sizeof(buf))
		buf[n++] = pad;
	while (n)
		put(buf[--n]);
}

/*
 * The kernel's own formatter rather than the user library's keel_vformat: the kernel's
 * lines need only these conversions, and the general one was the largest function in
 * a small kernel.
 */
void k_vprintf(const char *fmt, va_list ap)
{
	take_line(NULL);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(*fmt);
			continue;
		}
		char pad = *++fmt == '0' ? '0' : ' ';
		int width = 0;
		bool is_long = false, neg = false;
		unsigned long u;
		unsigned base = 10;
		const char *s;

		for (; *fmt >= '0' && *fmt <= '9'; fmt++)
			if (width < 1000)
				width = width * 10 + (*fmt - '0');
		if (*fmt == 'l') {
			is_long = true;
			fmt++;
		}
		switch (*fmt) {
		case 'c':
			put((char)va_arg(ap, int));
			continue;
		case 's':
			s = va_arg(ap, const char *);
			for (s = s ? s : "(null)"; *s; s++)
				put(*s);
			continue;
		case 'd': {
			long v = is_long ? va_arg(ap, long) : va_arg(ap, int);

			neg = v < 0;
			u = neg ? 0ul - (unsigned long)v : (unsigned long)v;
			break;
		}
		case 'x':
			base = 16;
			/* fall through */
		case 'u':
			u = is_long ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
			break;
		case 'p':
			put('0');
			put('x');
			u = (uintptr_t)va_arg(ap, void *);
			base = 16;
			width = 2 * (int)sizeof(void *);
			pad = '0';
			break;
		case '\0':
			fmt--; /* the loop ends at the NUL */
			/* fall through */
		case '%':
			put('%');
			continue;
		default:
			put('%');
			put(*fmt);
			continue;
		}
		put_number(u, base, neg, width, pad);
	}
	flush();
}

void k_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	k_vprintf(fmt, ap);
	va_end(ap);
}
