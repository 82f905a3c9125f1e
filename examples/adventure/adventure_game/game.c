// SPDX-License-Identifier: Apache-2.0
/* The text adventure: reads lines from the UART driver, answers, can crash on request. */
#include <keel/keel.h>
#include <keel/line_reader.h>
#include <keel/stream.h>
#include <keel/string.h>
#include <adventure_game_codegen.h>

static void say(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	(void)keel_stream_write(HANDLE_UART, s, n);
}

static bool is(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

static void crash(void)
{
	say("Crashing...\r\n");
	/* A load from address 0: a fault the kernel turns into UnhandledException. */
	volatile uint32_t *null = (volatile uint32_t *)0;
	(void)*null;
}

/* A test hook: leave a write transaction in flight with the driver, then fault. */
static void crash_mid_write(void)
{
	static uint8_t req[16], resp[16];
	size_t len = keel_stream_frame_write(req, sizeof(req), "!", 1);

	(void)sys_channel_async_transact(HANDLE_UART, req, len, resp, sizeof(resp));
	volatile uint32_t *null = (volatile uint32_t *)0;
	(void)*null;
}

static void leave(void)
{
	say("Goodbye!\r\n");
	sys_process_exit(0);
}

static void command(const char *line)
{
	if (is(line, "help")) {
		say("Commands: help, look, go north, wait, crash, exit\r\n");
	} else if (is(line, "look")) {
		say("You are in a dark room. There is a door to the north.\r\n");
	} else if (is(line, "go north")) {
		say("You open the door and walk north. It is just as dark here.\r\n");
	} else if (is(line, "wait")) {
		/*
		 * Long enough that the dialog test's input burst lands while the game
		 * sleeps, even on a loaded machine.
		 */
		say("You wait a while...\r\n");
		keel_sleep(KEEL_MS(1500));
		say("You feel rested.\r\n");
	} else if (is(line, "crash")) {
		crash();
	} else if (is(line, "crash-mid-write")) {
		crash_mid_write();
	} else if (is(line, "exit")) {
		leave();
	} else if (line[0]) {
		say("Unknown command.\r\n");
	}
}

KEEL_ENTRY()
{
	struct keel_line_reader reader = { 0 };

	say("\r\nWelcome to Text Adventure!\r\n"
	    "You are in a dark room. Type 'help' for commands.\r\n> ");
	for (;;) {
		char chunk[KEEL_STREAM_READ_MAX];
		size_t n;
		if (keel_stream_read(HANDLE_UART, chunk, sizeof(chunk), &n) != KEEL_OK)
			continue;
		for (size_t i = 0; i < n; i++) {
			const char *line;
			bool truncated;
			enum keel_line_event e =
				keel_line_push(&reader, chunk[i], &line, &truncated);

			/* The terminal is raw: the player sees what the reader says they typed. */
			(void)keel_stream_write(HANDLE_UART, reader.echo, reader.echo_len);
			if (e == KEEL_LINE_READY) {
				if (truncated)
					say("That line was too long.\r\n");
				else
					command(line);
			} else if (e == KEEL_LINE_END) {
				/* Ctrl-D, or the end of piped input (the runner sends one). */
				say("\r\n");
				leave();
			}
			if (e != KEEL_LINE_MORE)
				say("> ");
		}
	}
}
