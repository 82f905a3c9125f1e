// SPDX-License-Identifier: Apache-2.0
#include <keel/format.h>
#include <keel/keel.h>

void keel_vlog(const char *level, const char *fmt, va_list ap)
{
	char line[160];
	size_t n = keel_snformat(line, sizeof(line), "%s ", level);

	n += keel_vsnformat(line + n, sizeof(line) - n - 1, fmt, ap);
	line[n++] = '\n';
	(void)sys_debug_log(line, n);
}

void keel_log(const char *level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	keel_vlog(level, fmt, ap);
	va_end(ap);
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
