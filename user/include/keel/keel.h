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

#endif /* KEEL_KEEL_H */
