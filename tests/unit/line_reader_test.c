// SPDX-License-Identifier: Apache-2.0
/* The line reader: what a raw terminal's keys do to the line and to the echo. */
#include <string.h>
#include <keel/line_reader.h>
#include "ktest.h"

/* What feeding a byte string produced: the events, the lines and the echo, in order. */
struct fed {
	char events[64]; /* one letter an event: R ready, C cancelled, E end */
	char lines[8][KEEL_LINE_MAX];
	bool truncated[8];
	int n_lines;
	char echo[512];
	size_t echo_len;
};

static void feed_n(struct keel_line_reader *r, const char *s, size_t n, struct fed *f)
{
	size_t events = strlen(f->events);

	for (size_t i = 0; i < n; i++) {
		const char *line;
		bool t;
		enum keel_line_event e = keel_line_push(r, s[i], &line, &t);

		KT_TRUE(f->echo_len + r->echo_len < sizeof(f->echo));
		memcpy(f->echo + f->echo_len, r->echo, r->echo_len);
		f->echo_len += r->echo_len;
		f->echo[f->echo_len] = '\0';
		if (e == KEEL_LINE_READY) {
			strcpy(f->lines[f->n_lines], line);
			f->truncated[f->n_lines++] = t;
			f->events[events++] = 'R';
		} else if (e == KEEL_LINE_CANCELLED) {
			f->events[events++] = 'C';
		} else if (e == KEEL_LINE_END) {
			f->events[events++] = 'E';
		}
	}
}

static void feed(struct keel_line_reader *r, const char *s, struct fed *f)
{
	feed_n(r, s, strlen(s), f);
}

KT_TEST(line_reader_splits_on_lf_cr_and_crlf_once_each)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed(&r, "help\nlook\rgo north\r\nexit\n", &f);
	KT_STREQ(f.events, "RRRR");
	KT_STREQ(f.lines[0], "help");
	KT_STREQ(f.lines[1], "look");
	KT_STREQ(f.lines[2], "go north");
	KT_STREQ(f.lines[3], "exit");
	/* The terminal sees each line end once, as \r\n. */
	KT_STREQ(f.echo, "help\r\nlook\r\ngo north\r\nexit\r\n");
}

KT_TEST(line_reader_trims_blanks_and_keeps_empty_lines)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed(&r, "  look \t\n\n", &f);
	KT_STREQ(f.events, "RR");
	KT_STREQ(f.lines[0], "look");
	KT_STREQ(f.lines[1], "");
}

KT_TEST(line_reader_truncates_an_overlong_line_and_recovers)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };
	char long_line[200];

	memset(long_line, 'z', 150);
	strcpy(long_line + 150, "\nhelp\n");
	feed(&r, long_line, &f);
	KT_EQ(f.n_lines, 2);
	KT_EQ(strlen(f.lines[0]), KEEL_LINE_MAX - 1);
	KT_TRUE(f.truncated[0]);
	KT_STREQ(f.lines[1], "help");
	KT_TRUE(!f.truncated[1]);
}

KT_TEST(line_reader_backspace_and_del_erase_the_last_character)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed(&r, "lookx\x7f\ngo northh\b\n", &f);
	KT_STREQ(f.events, "RR");
	KT_STREQ(f.lines[0], "look");
	KT_STREQ(f.lines[1], "go north");
	KT_STREQ(f.echo, "lookx\b \b\r\ngo northh\b \b\r\n");
}

KT_TEST(line_reader_backspace_on_an_empty_line_does_nothing)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed(&r, "\b\177ab\b\b\b\177c\n", &f); /* \177 is DEL */
	KT_STREQ(f.lines[0], "c");
	/* Nothing to rub out: no echo that would move the cursor into the prompt. */
	KT_STREQ(f.echo, "ab\b \b\b \bc\r\n");
}

KT_TEST(line_reader_backspace_can_bring_an_overlong_line_back_under_the_limit)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };
	char s[KEEL_LINE_MAX + 8];

	memset(s, 'a', KEEL_LINE_MAX + 2);
	strcpy(s + KEEL_LINE_MAX + 2, "\b\b\b\b\n");
	feed(&r, s, &f);
	KT_EQ(f.n_lines, 1);
	KT_TRUE(!f.truncated[0]);
	KT_EQ(strlen(f.lines[0]), KEEL_LINE_MAX - 2);
}

KT_TEST(line_reader_ignores_escape_sequences_entirely)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	/* Arrows in both forms, a function key with parameters, Alt-x, Delete (ESC [ 3 ~). */
	feed(&r, "\x1b[Ahe\x1bOBl\x1b[15;2~p\x1bx\x1b[3~\n", &f);
	KT_STREQ(f.events, "R");
	KT_STREQ(f.lines[0], "help");
	KT_STREQ(f.echo, "help\r\n");
}

KT_TEST(line_reader_escape_cut_short_by_a_line_end_still_ends_the_line)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed(&r, "look\x1b\nhelp\x1b[\r", &f);
	KT_STREQ(f.events, "RR");
	KT_STREQ(f.lines[0], "look");
	KT_STREQ(f.lines[1], "help");
}

KT_TEST(line_reader_ctrl_c_and_ctrl_u_drop_the_line)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed(&r, "crash\x03look\nexit\x15help\n", &f);
	KT_STREQ(f.events, "CRCR");
	KT_STREQ(f.lines[0], "look");
	KT_STREQ(f.lines[1], "help");
	KT_STREQ(f.echo, "crash^C\r\nlook\r\nexit^U\r\nhelp\r\n");
}

KT_TEST(line_reader_ctrl_c_also_forgets_an_overlong_line)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };
	char s[KEEL_LINE_MAX + 8];

	memset(s, 'a', KEEL_LINE_MAX + 4);
	strcpy(s + KEEL_LINE_MAX + 4, "\x03");
	feed(&r, s, &f);
	feed(&r, "go\n", &f);
	KT_STREQ(f.events, "CR");
	KT_STREQ(f.lines[0], "go");
	KT_TRUE(!f.truncated[0]);
}

KT_TEST(line_reader_ctrl_d_on_an_empty_line_is_the_end_of_input)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed(&r, "look\n\x04", &f);
	KT_STREQ(f.events, "RE");
	KT_STREQ(f.lines[0], "look");
}

KT_TEST(line_reader_ctrl_d_inside_a_line_is_ignored)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed(&r, "lo\x04ok\n", &f);
	KT_STREQ(f.events, "R");
	KT_STREQ(f.lines[0], "look");
	KT_STREQ(f.echo, "look\r\n");
}

KT_TEST(line_reader_drops_other_control_bytes_and_keeps_tabs)
{
	struct keel_line_reader r = { 0 };
	struct fed f = { 0 };

	feed_n(&r, "\x01go\x00\t\x07north\n", 13, &f);
	KT_STREQ(f.events, "R");
	KT_STREQ(f.lines[0], "go\tnorth");
	KT_STREQ(f.echo, "go\tnorth\r\n");
}
