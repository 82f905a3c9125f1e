// SPDX-License-Identifier: Apache-2.0
/*
 * Console lines a process cannot forge. The forger writes what would read as kernel
 * lines (after an embedded newline, byte by byte at a line start, behind a carriage
 * return or an escape sequence) and faults with half a line written; CMakeLists.txt
 * lists what must and must not appear on the console. The checker also checks that
 * debug_putc refuses more than a byte.
 */
#include <check.h>
#include <checker_codegen.h>

/* A string literal, without its terminating NUL. */
#define LOG(s) CHECK_OK(sys_debug_log(s, sizeof(s) - 1))

KEEL_PROCESS_ENTRY(forger)
{
	LOG("hello\n[kernel] forged by debug_log\n");
	for (const char *s = "[kernel] forged by debug_putc\n"; *s; s++)
		sys_debug_putc(*s);
	LOG("\r[kernel] forged over a carriage return\n");
	LOG("\x1b"
	    "c[kernel] forged after resetting the terminal\n");
	/* Half a line, then a fault: the kernel's report must start a line of its own. */
	LOG("half a line");
	volatile uintptr_t zero = 0;
	*(volatile uint32_t *)zero = 0;
	sys_process_exit(1);
}

KEEL_PROCESS_ENTRY(checker)
{
	struct keel_exit_status st;

	CHECK_WAIT(HANDLE_FORGER, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_FORGER, &st));
	CHECK_EXIT(st, KEEL_EXIT_UNHANDLED_EXCEPTION, CHECK_CAUSE_STORE_FAULT);
	/* A value wider than a byte is refused, not truncated (to an 'X': REJECT). */
	CHECK_EQ(keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_PUTC, 0x100u | 'X'), NULL),
		 KEEL_INVALID_ARGUMENT);
	CHECK_EQ(keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_PUTC, 0xffffffffu), NULL),
		 KEEL_INVALID_ARGUMENT);
	PASS();
}
