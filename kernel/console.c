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
#include <keel/format.h>
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

/* Inline: a log's every byte comes through here with interrupts masked. */
static inline __attribute__((always_inline)) void put(char c)
{
	pending[pending_len++] = c;
	mid_line = c != '\n';
	if (c == '\n' || pending_len == sizeof(pending) - 1)
		flush();
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
			for (const char *n = p->name; *n; n++)
				put(*n);
			put(']');
			put(' ');
		}
		/* Bytes from 0x80 pass: they are UTF-8 text. */
		if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f)) {
			put((char)c);
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

static void put_console(char c, void *ctx)
{
	put(c);
}

void k_vprintf(const char *fmt, va_list ap)
{
	take_line(NULL);
	keel_vformat(put_console, NULL, fmt, ap);
	flush();
}

void k_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	k_vprintf(fmt, ap);
	va_end(ap);
}
