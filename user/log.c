// SPDX-License-Identifier: Apache-2.0
#include <keel/format.h>
#include <stdbool.h>
#include <keel/keel.h>

static const char level_words[][4] = { "DBG", "INF", "WRN", "ERR" };

/*
 * The process's log_level (bits 0..1) from system.json5: a word the generator's linker
 * script puts in the process's flash.
 */
extern const uint32_t keel_log_config;

static bool filtered(unsigned level)
{
	return (level & 3) < (keel_log_config & 3);
}

/*
 * "S.uuuuuu " (the time since boot) into buf, its length returned: user/log_time.c,
 * linked only into a process whose config sets log_timestamps (its linker script names
 * it), so that the others carry none of it.
 */
size_t keel_log_timestamp(char *buf) __attribute__((weak));

static size_t put_timestamp(char *buf)
{
	return keel_log_timestamp ? keel_log_timestamp(buf) : 0;
}

void keel_vlog(unsigned level, const char *fmt, va_list ap)
{
	char line[160];
	size_t n;

	if (filtered(level))
		return;
	n = put_timestamp(line);
	n += keel_snformat(line + n, sizeof(line) - n, "%s ", level_words[level & 3]);

	n += keel_vsnformat(line + n, sizeof(line) - n - 1, fmt, ap);
	line[n++] = '\n';
	(void)sys_debug_log(line, n);
}

void keel_log(unsigned level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	keel_vlog(level, fmt, ap);
	va_end(ap);
}

void keel_log_tokens(unsigned level, uint32_t token, uint32_t types, ...)
{
	/* 12 arguments of 5 bytes, or a few strings, fit; the line is its Base64. */
	uint8_t msg[72];
	char line[28 + 2 + sizeof(msg) / 3 * 4 + 4 + 1];
	va_list ap;
	size_t n, t;

	if (filtered(level))
		return;
	/* The time stays text: the detokenizer replaces only the $-message after it. */
	t = put_timestamp(line);
	va_start(ap, types);
	n = keel_token_encode(msg, sizeof(msg), token, types, ap);
	va_end(ap);
	n = t + keel_token_base64(line + t, sizeof(line) - t - 1, msg, n);
	line[n++] = '\n';
	(void)sys_debug_log(line, n);
}

const char *keel_status_str(unsigned status)
{
	static const char *const names[] = {
		"OK",
		"CANCELLED",
		"UNKNOWN",
		"INVALID_ARGUMENT",
		"DEADLINE_EXCEEDED",
		"NOT_FOUND",
		"ALREADY_EXISTS",
		"PERMISSION_DENIED",
		"RESOURCE_EXHAUSTED",
		"FAILED_PRECONDITION",
		"ABORTED",
		"OUT_OF_RANGE",
		"UNIMPLEMENTED",
		"INTERNAL",
		"UNAVAILABLE",
		"DATA_LOSS",
		"UNAUTHENTICATED",
	};

	return status < sizeof(names) / sizeof(names[0]) ? names[status] : "?";
}
