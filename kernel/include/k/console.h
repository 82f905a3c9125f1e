/* SPDX-License-Identifier: Apache-2.0 */
#ifndef K_CONSOLE_H
#define K_CONSOLE_H

#include <stdarg.h>
#include <stddef.h>

/*
 * Kernel console output. Supports %c %s %d %u %x %p %% and the l length modifier (not
 * ll), with a width for %d/%u/%x padded with spaces or, given as 0N, with zeros (e.g.
 * %08x). Runs with interrupts masked.
 */
void k_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * The start of a kernel console line: its source and level, the words a process's
 * KEEL_INF/WRN/ERR lines use after their name. k_printf(K_ERR "fault: ...").
 */
#define K_INF "[kernel] INF "
#define K_WRN "[kernel] WRN "
#define K_ERR "[kernel] ERR "
void k_vprintf(const char *fmt, va_list ap);
void k_puts(const char *s);
void k_write(const char *s, size_t len);

struct k_process;

/*
 * Bytes a process writes (debug_log, debug_putc): each of its lines starts with
 * "[<name>] ", carriage returns are dropped, other control characters but newline and
 * tab are written as \xNN, and a line someone else left unfinished is ended first
 * (kernel output does the same), so that nothing a process writes can pass for
 * another's line.
 */
void k_console_user_write(const struct k_process *p, const char *s, size_t len);

/* Forget the line state: the console is at the start of a line. */
void k_console_init(void);

#endif /* K_CONSOLE_H */
