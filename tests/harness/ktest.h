/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ktest: the one unit-test harness. Tests register themselves into a linker section
 * (no constructors, so the same file also runs inside a freestanding emulator image);
 * a failed check prints file:line and the values, and the run ends with the line
 * "N passed, N failed" that CTest and CI read.
 *
 *   KT_TEST(channel_read_without_transaction_is_unavailable) { KT_EQ(x, 14); }
 */
#ifndef KTEST_H
#define KTEST_H

#include <stdbool.h>
#include <stdint.h>

struct kt_case {
	const char *name;
	void (*fn)(void);
};

#define KT_TEST(name)                                                                              \
	static void kt_fn_##name(void);                                                            \
	static const struct kt_case kt_case_##name __attribute__((                                 \
		used, section("ktest_cases"), aligned(sizeof(void *)))) = { #name, kt_fn_##name }; \
	static void kt_fn_##name(void)

/* Record a failure; the current test goes on so that one run shows every broken check. */
void kt_fail(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#define KT_TRUE(c)                                                      \
	do {                                                            \
		if (!(c))                                               \
			kt_fail(__FILE__, __LINE__, "expected %s", #c); \
	} while (0)

#define KT_EQ(a, b)                                                                          \
	do {                                                                                 \
		long long kt_a_ = (long long)(a), kt_b_ = (long long)(b);                    \
		if (kt_a_ != kt_b_)                                                          \
			kt_fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, kt_a_, \
				kt_b_);                                                      \
	} while (0)

#define KT_STREQ(a, b)                                                                    \
	do {                                                                              \
		const char *kt_a_ = (a), *kt_b_ = (b);                                    \
		if (!kt_streq(kt_a_, kt_b_))                                              \
			kt_fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b, \
				kt_a_ ? kt_a_ : "(null)", kt_b_ ? kt_b_ : "(null)");      \
	} while (0)

bool kt_streq(const char *a, const char *b);

/*
 * Run every registered test whose name contains `filter` (NULL: all), print the
 * summary line and return the number of failed tests.
 */
int kt_run(const char *filter);

/* Supplied by the platform: write text (stdio on the host, debug_log in an image). */
void kt_output(const char *s, unsigned len);

#endif /* KTEST_H */
