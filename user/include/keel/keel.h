/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief Everything a Keel process needs: syscalls, time, logging and its entry.
 */
#ifndef KEEL_KEEL_H
#define KEEL_KEEL_H

#include <keel/syscall.h>
#include <keel/time.h>
#include <keel/log.h>
#include <keel/channel.h>

/**
 * The entry of process `name` (the counterpart of pw_kernel's
 * `#[process_entry("name")]`); an app with several processes has one per process,
 * and each process's link keeps only its own. Returning from the body exits the
 * process with Success(0).
 *
 *     KEEL_PROCESS_ENTRY(handler) { ... }
 *
 * A process whose app has no entry for it fails to link with an undefined
 * `keel_process_entry_<name>` (or `keel_app_entry`).
 */
#define KEEL_PROCESS_ENTRY(name)                       \
	static void keel_body_##name(void);            \
	noreturn void keel_process_entry_##name(void); \
	noreturn void keel_process_entry_##name(void)  \
	{                                              \
		keel_body_##name();                    \
		sys_process_exit(0);                   \
	}                                              \
	static void keel_body_##name(void)

/**
 * The entry of a single-process app, whatever its process is called:
 *
 *     KEEL_ENTRY() { ... }
 */
#define KEEL_ENTRY()                        \
	static void keel_body_app(void);    \
	noreturn void keel_app_entry(void); \
	noreturn void keel_app_entry(void)  \
	{                                   \
		keel_body_app();            \
		sys_process_exit(0);        \
	}                                   \
	static void keel_body_app(void)

/**
 * The same entries with a body that returns the exit code: the process ends with
 * Success(code), as with process_exit(code).
 *
 *   KEEL_PROCESS_MAIN(handler) { ...; return 0; }
 */
#define KEEL_PROCESS_MAIN(name)                        \
	static uint32_t keel_main_##name(void);        \
	noreturn void keel_process_entry_##name(void); \
	noreturn void keel_process_entry_##name(void)  \
	{                                              \
		sys_process_exit(keel_main_##name());  \
	}                                              \
	static uint32_t keel_main_##name(void)

/** KEEL_ENTRY() with a body that returns the exit code (an app of one process). */
#define KEEL_MAIN()                                \
	static uint32_t keel_main_app(void);       \
	noreturn void keel_app_entry(void);        \
	noreturn void keel_app_entry(void)         \
	{                                          \
		sys_process_exit(keel_main_app()); \
	}                                          \
	static uint32_t keel_main_app(void)

/**
 * The exit code of a process whose KEEL_ASSERT failed (134: a shell's code for a
 * program that aborted). The process ends with Success(KEEL_EXIT_ASSERT_FAILED) like
 * any process_exit; the rest of the system carries on.
 */
#define KEEL_EXIT_ASSERT_FAILED 134u

/** What a failed KEEL_ASSERT() calls: logs the place and the condition, ends the process. */
noreturn void keel_assert_failed(const char *file, int line, const char *expr);

/**
 * Check a condition this process relies on: when it is false, log "<file>:<line>:
 * assertion failed: <cond>" and end this process (every thread of it) with
 * KEEL_EXIT_ASSERT_FAILED, never the system. Always compiled in.
 */
#define KEEL_ASSERT(cond)                                                   \
	do {                                                                \
		if (!(cond))                                                \
			keel_assert_failed(__FILE_NAME__, __LINE__, #cond); \
	} while (0)

#endif /* KEEL_KEEL_H */
