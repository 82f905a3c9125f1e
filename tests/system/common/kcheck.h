/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Checks for the kernel-only system tests (kernel threads, KERNEL_SOURCES): a failed
 * check logs file:line and what it saw, then ends the system with exit code 1;
 * KPASS() logs "PASS" and ends it with 0.
 */
#ifndef KEEL_TESTS_SYSTEM_KCHECK_H
#define KEEL_TESTS_SYSTEM_KCHECK_H

#include <k/kthread.h>

#define KCHECK_FAIL(...)             \
	do {                         \
		kt_log(__VA_ARGS__); \
		kt_shutdown(1);      \
	} while (0)

#define KCHECK(cond)                                                                           \
	do {                                                                                   \
		if (!(cond))                                                                   \
			KCHECK_FAIL("FAIL %s:%d: KCHECK(%s)", __FILE_NAME__, __LINE__, #cond); \
	} while (0)

#define KCHECK_EQ(got, want)                                                              \
	do {                                                                              \
		unsigned long got_ = (unsigned long)(got);                                \
		unsigned long want_ = (unsigned long)(want);                              \
		if (got_ != want_)                                                        \
			KCHECK_FAIL("FAIL %s:%d: %s is %lu, expected %lu", __FILE_NAME__, \
				    __LINE__, #got, got_, want_);                         \
	} while (0)

#define KPASS()                 \
	do {                    \
		kt_log("PASS"); \
		kt_shutdown(0); \
	} while (0)

#endif /* KEEL_TESTS_SYSTEM_KCHECK_H */
