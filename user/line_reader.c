// SPDX-License-Identifier: Apache-2.0
#include <keel/line_reader.h>

static bool blank(char c)
{
	return c == ' ' || c == '\t';
}

bool keel_line_push(struct keel_line_reader *r, char c, const char **line, bool *truncated)
{
	bool was_cr = r->after_cr;

	r->after_cr = c == '\r';
	if (c == '\n' && was_cr)
		return false;
	if (c == '\n' || c == '\r') {
		size_t end = r->len, start = 0;
		while (end > 0 && blank(r->buf[end - 1]))
			end--;
		while (start < end && blank(r->buf[start]))
			start++;
		r->buf[end] = '\0';
		*line = r->buf + start;
		*truncated = r->truncated;
		r->len = 0;
		r->truncated = false;
		return true;
	}
	if (r->len + 1 < sizeof(r->buf))
		r->buf[r->len++] = c;
	else
		r->truncated = true;
	return false;
}
