// SPDX-License-Identifier: Apache-2.0
#include <keel/line_reader.h>

#define CTRL(x) ((x)&0x1f)
#define ESC 0x1b
#define DEL 0x7f

enum { PLAIN, AFTER_ESC, IN_CSI, IN_SS3 };

static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

static void echo(struct keel_line_reader *r, const char *s)
{
	r->echo_len = 0;
	while (*s && r->echo_len < sizeof(r->echo))
		r->echo[r->echo_len++] = *s++;
}

static void clear(struct keel_line_reader *r)
{
	r->len = 0;
	r->dropped = 0;
}

/*
 * Whether c belongs to the escape sequence in progress (and is swallowed). A control
 * byte ends a sequence early and counts as itself: a lone ESC then Enter still enters.
 */
static bool in_escape(struct keel_line_reader *r, unsigned char c)
{
	switch (r->escape) {
	case AFTER_ESC:
		if (c < 0x20)
			break;
		r->escape = c == '[' ? IN_CSI : c == 'O' ? IN_SS3 : PLAIN;
		return true;
	case IN_CSI:
		if (c < 0x20)
			break;
		/* Parameters and intermediates are 0x20-0x3f; 0x40-0x7e is the final byte. */
		if (c >= 0x40)
			r->escape = PLAIN;
		return true;
	case IN_SS3:
		if (c < 0x20)
			break;
		r->escape = PLAIN;
		return true;
	default:
		return false;
	}
	r->escape = PLAIN;
	return false;
}

static enum keel_line_event end_line(struct keel_line_reader *r, const char **line, bool *truncated)
{
	size_t end = r->len, start = 0;

	while (end > 0 && blank(r->buf[end - 1]))
		end--;
	while (start < end && blank(r->buf[start]))
		start++;
	r->buf[end] = '\0';
	*line = r->buf + start;
	*truncated = r->dropped != 0;
	clear(r);
	echo(r, "\r\n");
	return KEEL_LINE_READY;
}

enum keel_line_event keel_line_push(struct keel_line_reader *r, char c, const char **line,
				    bool *truncated)
{
	unsigned char u = (unsigned char)c;
	bool was_cr = r->after_cr;

	r->echo_len = 0;
	r->after_cr = c == '\r';
	if (in_escape(r, u))
		return KEEL_LINE_MORE;
	if (c == '\n' && was_cr)
		return KEEL_LINE_MORE;
	switch (u) {
	case '\n':
	case '\r':
		return end_line(r, line, truncated);
	case '\b':
	case DEL:
		if (r->dropped)
			r->dropped--;
		else if (r->len)
			r->len--;
		else
			return KEEL_LINE_MORE;
		echo(r, "\b \b");
		return KEEL_LINE_MORE;
	case ESC:
		r->escape = AFTER_ESC;
		return KEEL_LINE_MORE;
	case CTRL('C'):
	case CTRL('U'):
		clear(r);
		echo(r, u == CTRL('C') ? "^C\r\n" : "^U\r\n");
		return KEEL_LINE_CANCELLED;
	case CTRL('D'):
		return r->len || r->dropped ? KEEL_LINE_MORE : KEEL_LINE_END;
	case '\t':
		break;
	default:
		if (u < 0x20)
			return KEEL_LINE_MORE;
	}
	if (r->len + 1 < sizeof(r->buf))
		r->buf[r->len++] = c;
	else
		r->dropped++;
	r->echo[0] = c;
	r->echo_len = 1;
	return KEEL_LINE_MORE;
}
