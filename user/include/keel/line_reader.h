/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Splits a byte stream into lines: \n, \r and \r\n each end one line; leading and
 * trailing blanks are trimmed. A line longer than the buffer keeps its first
 * KEEL_LINE_MAX - 1 bytes, is marked `truncated`, and the rest up to the end of the
 * line is dropped.
 */
#ifndef KEEL_LINE_READER_H
#define KEEL_LINE_READER_H

#include <stdbool.h>
#include <stddef.h>

#define KEEL_LINE_MAX 80

struct keel_line_reader {
	char buf[KEEL_LINE_MAX];
	size_t len;
	bool truncated;
	bool after_cr; /* the previous byte was \r: a following \n ends nothing */
};

/*
 * Feed one byte. Returns true when it completed a line, which is then in
 * `line` (NUL-terminated, trimmed) until the next call; *truncated says whether bytes
 * were dropped from it.
 */
bool keel_line_push(struct keel_line_reader *r, char c, const char **line, bool *truncated);

#endif /* KEEL_LINE_READER_H */
