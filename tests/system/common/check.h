/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Checks for system tests. A system test's verdict is the emulator's exit code: a
 * failed check logs where (file:line) and what it saw, then ends the whole system
 * with debug_shutdown(1); PASS() logs "PASS" and shuts down with 0.
 */
#ifndef KEEL_TESTS_SYSTEM_CHECK_H
#define KEEL_TESTS_SYSTEM_CHECK_H

#include <keel/keel.h>

/* The UnhandledException cause of a store to unmapped memory (address 0). */
#if defined(__riscv)
#define CHECK_CAUSE_STORE_FAULT 7u /* mcause: store/AMO access fault */
#elif defined(__arm__)
#define CHECK_CAUSE_STORE_FAULT 0x82u /* CFSR: MMARVALID | DACCVIOL */
#endif

#define CHECK_FAIL(...)                \
	do {                           \
		KEEL_ERR(__VA_ARGS__); \
		sys_debug_shutdown(1); \
	} while (0)

#define CHECK(cond)                                                                            \
	do {                                                                                   \
		if (!(cond))                                                                   \
			CHECK_FAIL("%s:%d: CHECK(%s) failed", __FILE_NAME__, __LINE__, #cond); \
	} while (0)

/* Integers of any width; both values are shown in decimal and hex. */
#define CHECK_EQ(got, want)                                                                  \
	do {                                                                                 \
		unsigned long long got_ = (unsigned long long)(got);                         \
		unsigned long long want_ = (unsigned long long)(want);                       \
		if (got_ != want_)                                                           \
			CHECK_FAIL("%s:%d: %s is %llu (0x%llx), expected %llu (0x%llx)",     \
				   __FILE_NAME__, __LINE__, #got, got_, got_, want_, want_); \
	} while (0)

/* A call that returns enum keel_status. */
#define CHECK_STATUS(call, want)                                                                  \
	do {                                                                                      \
		enum keel_status got_s_ = (call);                                                 \
		enum keel_status want_s_ = (want);                                                \
		if (got_s_ != want_s_)                                                            \
			CHECK_FAIL("%s:%d: %s returned %s, expected %s", __FILE_NAME__, __LINE__, \
				   #call, keel_status_str(got_s_), keel_status_str(want_s_));     \
	} while (0)

#define CHECK_OK(call) CHECK_STATUS(call, KEEL_OK)

static inline const char *check_exit_tag_str(uint32_t tag)
{
	switch (tag) {
	case KEEL_EXIT_SUCCESS:
		return "Success";
	case KEEL_EXIT_UNHANDLED_EXCEPTION:
		return "UnhandledException";
	case KEEL_EXIT_TERMINATED_BY_SYSCALL:
		return "TerminatedBySyscall";
	case KEEL_EXIT_TERMINATED_BY_KERNEL:
		return "TerminatedByKernel";
	case KEEL_EXIT_PROCESS_TERMINATED:
		return "ProcessTerminated";
	default:
		return "?";
	}
}

/* An exit status (from task_join) is exactly (tag, payload). */
#define CHECK_EXIT(st, want_tag, want_payload)                                             \
	do {                                                                               \
		struct keel_exit_status got_e_ = (st);                                     \
		if (got_e_.tag != (uint32_t)(want_tag) ||                                  \
		    got_e_.payload != (uint32_t)(want_payload))                            \
			CHECK_FAIL("%s:%d: %s is %s(%u), expected %s(%u)", __FILE_NAME__,  \
				   __LINE__, #st, check_exit_tag_str(got_e_.tag),          \
				   (unsigned)got_e_.payload, check_exit_tag_str(want_tag), \
				   (unsigned)(want_payload));                              \
	} while (0)

/* The test passed: the verdict is the emulator's exit code 0. */
#define PASS()                         \
	do {                           \
		KEEL_INF("PASS");      \
		sys_debug_shutdown(0); \
	} while (0)

/* How long a test waits for something that should happen at once before failing. */
#define CHECK_PATIENCE KEEL_SECONDS(2)

/*
 * object_wait that must succeed within CHECK_PATIENCE; returns the result. A hang
 * becomes a failed check with the line instead of a test timeout.
 */
#define CHECK_WAIT(h, mask) check_wait_((h), (mask), __FILE_NAME__, __LINE__)

static inline struct keel_wait_result check_wait_(keel_handle_t h, keel_signals_t mask,
						  const char *file, int line)
{
	struct keel_wait_result r;
	enum keel_status s = sys_object_wait(h, mask, keel_deadline_in(CHECK_PATIENCE), &r);

	if (s != KEEL_OK)
		CHECK_FAIL("%s:%d: object_wait(%u, 0x%x) returned %s", file, line, (unsigned)h,
			   (unsigned)mask, keel_status_str(s));
	return r;
}

/*
 * The signals in mask that h has right now (an object_wait that never blocks: a
 * deadline of now). For a wait group: those of the member it picks.
 */
#define SIGNALS_NOW(h, mask) check_signals_now_((h), (mask), __FILE_NAME__, __LINE__)

static inline keel_signals_t check_signals_now_(keel_handle_t h, keel_signals_t mask,
						const char *file, int line)
{
	struct keel_wait_result r;
	enum keel_status s = sys_object_wait(h, mask, keel_now(), &r);

	if (s == KEEL_DEADLINE_EXCEEDED)
		return 0;
	if (s != KEEL_OK)
		CHECK_FAIL("%s:%d: object_wait(%u, 0x%x, now) returned %s", file, line, (unsigned)h,
			   (unsigned)mask, keel_status_str(s));
	return r.pending_signals;
}

#endif /* KEEL_TESTS_SYSTEM_CHECK_H */
