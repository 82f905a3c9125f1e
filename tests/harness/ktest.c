// SPDX-License-Identifier: Apache-2.0
/* No C library here: the same file runs on the host and inside an emulator image. */
#include <stdarg.h>
#include <keel/format.h>
#include "ktest.h"

/* The linker provides these for a section named like a C identifier. */
extern const struct kt_case __start_ktest_cases[];
extern const struct kt_case __stop_ktest_cases[];

static int current_failed;

static void out(const char *s)
{
	unsigned n = 0;

	while (s[n])
		n++;
	kt_output(s, n);
}

bool kt_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

void kt_fail(const char *file, int line, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	size_t n = keel_snformat(buf, sizeof(buf), "%s:%d: ", file, line);

	va_start(ap, fmt);
	keel_vsnformat(buf + n, sizeof(buf) - n, fmt, ap);
	va_end(ap);
	out(buf);
	out("\n");
	current_failed = 1;
}

static bool contains(const char *s, const char *sub)
{
	for (; *s; s++) {
		const char *a = s, *b = sub;
		while (*a && *a == *b) {
			a++;
			b++;
		}
		if (!*b)
			return true;
	}
	return !*sub;
}

int kt_run(const char *filter)
{
	int passed = 0, failed = 0;
	char buf[160];

	/* Both symbols bound the one ktest_cases section, so comparing them is sound. */
	// cppcheck-suppress comparePointers
	for (const struct kt_case *c = __start_ktest_cases; c < __stop_ktest_cases; c++) {
		if (filter && !contains(c->name, filter))
			continue;
		current_failed = 0;
		c->fn();
		if (current_failed) {
			failed++;
			keel_snformat(buf, sizeof(buf), "FAIL %s\n", c->name);
		} else {
			passed++;
			keel_snformat(buf, sizeof(buf), "ok   %s\n", c->name);
		}
		out(buf);
	}
	keel_snformat(buf, sizeof(buf), "%d passed, %d failed\n", passed, failed);
	out(buf);
	return failed;
}
