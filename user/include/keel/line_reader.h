/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief Line input from a raw terminal, one byte at a time.
 *
 * - `\n`, `\r` and `\r\n` each end one line; leading and trailing blanks are trimmed.
 * - Backspace (0x08) and DEL (0x7f) erase the last character.
 * - Escape sequences (ESC [ ... final byte, ESC O x, ESC x) are ignored entirely:
 *   arrow and function keys do nothing.
 * - Ctrl-C and Ctrl-U drop the line being typed; Ctrl-D on an empty line is the end of
 *   the input (elsewhere it is ignored). Other control bytes are ignored; tabs are kept.
 * - A line longer than the buffer keeps its first KEEL_LINE_MAX - 1 bytes and is marked
 *   `truncated` unless the extra bytes are erased again before it ends.
 *
 * The reader also says what to echo for each byte (the terminal does not echo).
 */
#ifndef KEEL_LINE_READER_H
#define KEEL_LINE_READER_H

#include <stdbool.h>
#include <stddef.h>

/** The buffer's size: a line keeps at most KEEL_LINE_MAX - 1 bytes. */
#define KEEL_LINE_MAX 80

/** What a byte did to the line. */
enum keel_line_event {
	KEEL_LINE_MORE, /**< the line goes on */
	KEEL_LINE_READY, /**< a line ended: it is in *line */
	KEEL_LINE_CANCELLED, /**< Ctrl-C or Ctrl-U dropped the line being typed */
	KEEL_LINE_END, /**< Ctrl-D on an empty line: there is no more input */
};

/** A line being typed; zero-initialise it before the first byte. */
struct keel_line_reader {
	char buf[KEEL_LINE_MAX]; /**< the line so far */
	size_t len; /**< its length */
	size_t dropped; /**< bytes typed past the buffer and not erased again */
	bool after_cr; /**< the previous byte was `\r`: a following `\n` ends nothing */
	unsigned char escape; /**< where in an escape sequence the input is */
	char echo[4]; /**< what the last byte shows on the terminal */
	size_t echo_len; /**< how many bytes of echo */
};

/**
 * Feed one byte. On KEEL_LINE_READY the line is in `line` (NUL-terminated, trimmed)
 * until the next call, and *truncated says whether bytes were dropped from it.
 * Afterwards r->echo holds r->echo_len bytes to write back to the terminal.
 */
enum keel_line_event keel_line_push(struct keel_line_reader *r, char c, const char **line,
				    bool *truncated);

#endif /* KEEL_LINE_READER_H */
