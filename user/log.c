// SPDX-License-Identifier: Apache-2.0
#include <keel/format.h>
#include <keel/keel.h>

static const char level_words[][4] = { "DBG", "INF", "WRN", "ERR" };

void keel_vlog(unsigned level, const char *fmt, va_list ap)
{
	char line[160];
	size_t n = keel_snformat(line, sizeof(line), "%s ", level_words[level & 3]);

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
	char line[2 + sizeof(msg) / 3 * 4 + 4 + 1];
	va_list ap;
	size_t n;

	va_start(ap, types);
	n = keel_token_encode(msg, sizeof(msg), token, types, ap);
	va_end(ap);
	n = keel_token_base64(line, sizeof(line) - 1, msg, n);
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
