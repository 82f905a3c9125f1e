// SPDX-License-Identifier: Apache-2.0
/*
 * The debug syscalls: a process's console lines cannot pass for the kernel's or for
 * another process's.
 */
#include <string.h>
#include <keel/syscall_ids.h>
#include <k/console.h>
#include <k/object.h>
#include <arch/host.h>
#include "ktest.h"
#include "sim.h"

#define ERR(s) (-(int32_t)(s))
#define A MAIN(sim_a)
#define B MAIN(sim_b)
#define BUF (sim_ram_a + 2048)
#define BUF_B (sim_ram_b + 2048)

static int32_t log_a(const char *s)
{
	size_t n = strlen(s);

	memcpy(BUF, s, n);
	return SIM_CALL(A, KEEL_SYS_DEBUG_LOG, BUF, n);
}

KT_TEST(debug_log_embedded_newline_starts_a_prefixed_line)
{
	sim_reset();
	KT_EQ(log_a("one\n[kernel] forged\n"), 0);
	KT_STREQ(host_console, "[a] one\n[a] [kernel] forged\n");
}

KT_TEST(debug_log_continues_its_own_half_line)
{
	sim_reset();
	KT_EQ(log_a("ab"), 0);
	KT_EQ(log_a("c\n"), 0);
	KT_STREQ(host_console, "[a] abc\n");
}

KT_TEST(debug_log_escapes_control_characters_but_newline_and_tab)
{
	sim_reset();
	/* A carriage return (dropped) would let the next bytes overwrite the prefix. */
	KT_EQ(log_a("a\rb\x1b[2J\tc\x7f\x01\xc3\xa9\r\n"), 0);
	KT_STREQ(host_console, "[a] ab\\x1b[2J\tc\\x7f\\x01\xc3\xa9\n");
}

KT_TEST(debug_log_zero_bytes_writes_nothing)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, BUF, 0), 0);
	KT_STREQ(host_console, "");
}

KT_TEST(debug_putc_at_line_start_is_prefixed)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, '['), '[');
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, 'k'), 'k');
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, '\n'), '\n');
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, '\n'), '\n');
	KT_STREQ(host_console, "[a] [k\n[a] \n");
}

KT_TEST(debug_putc_escapes_control_characters)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, '\r'), '\r');
	KT_STREQ(host_console, "");
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, 0x1b), 0x1b);
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, 0xff), 0xff);
	KT_STREQ(host_console, "[a] \\x1b\xff");
}

KT_TEST(debug_putc_above_a_byte_is_invalid_argument)
{
	sim_reset();
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, 0x100 | '\n'), ERR(KEEL_INVALID_ARGUMENT));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, (uintptr_t)-1), ERR(KEEL_INVALID_ARGUMENT));
	KT_STREQ(host_console, "");
}

KT_TEST(debug_kernel_line_never_continues_a_process_line)
{
	sim_reset();
	KT_EQ(log_a("half"), 0);
	k_fault(B, 7, 0x1234, 0, "", "store access fault");
	KT_EQ(log_a("rest\n"), 0);
	KT_TRUE(!strncmp(host_console, "[a] half\n[kernel] ERR fault: process 'b'", 40));
	KT_TRUE(strstr(host_console, "\n[a] rest\n") != NULL);
	KT_EQ(host_console[host_console_len - 1], '\n');
}

KT_TEST(debug_process_line_never_continues_another_process_line)
{
	sim_reset();
	KT_EQ(log_a("half"), 0);
	memcpy(BUF_B, "b\n", 2);
	KT_EQ(SIM_CALL(B, KEEL_SYS_DEBUG_LOG, BUF_B, 2), 0);
	KT_EQ(log_a("rest\n"), 0);
	KT_STREQ(host_console, "[a] half\n[b] b\n[a] rest\n");
}

KT_TEST(debug_process_line_never_continues_a_kernel_line)
{
	sim_reset();
	k_printf("[kernel] half");
	KT_EQ(log_a("x\n"), 0);
	KT_STREQ(host_console, "[kernel] half\n[a] x\n");
}

KT_TEST(debug_syscalls_not_granted_are_permission_denied)
{
	sim_reset();
	SIM_INFO(sim_a)->debug_grants = 0;
	memcpy(BUF, "x\n", 2);
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_LOG, BUF, 2), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, 'x'), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 5), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(sim_a.table[A_INT]->signals, 0);
	/* Refused, so the system goes on (a granted shutdown would leave through exit). */
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_SHUTDOWN, 0), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(host_exit_code, -1);
	KT_STREQ(host_console, "");
	/* nop and clock_now are every process's. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_NOP), 0);
	KT_TRUE(SIM_CALL(A, KEEL_SYS_DEBUG_CLOCK_NOW) >= 0);
	/* Another process keeps its own grants. */
	memcpy(BUF_B, "b\n", 2);
	KT_EQ(SIM_CALL(B, KEEL_SYS_DEBUG_LOG, BUF_B, 2), 0);
	KT_STREQ(host_console, "[b] b\n");
}

KT_TEST(debug_syscalls_are_granted_one_by_one)
{
	sim_reset();
	SIM_INFO(sim_a)->debug_grants = K_DEBUG_PUTC | K_DEBUG_TRIGGER_INTERRUPT;
	KT_EQ(log_a("x\n"), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_PUTC, 'y'), 'y');
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 5), 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_SHUTDOWN, 1), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(host_exit_code, -1);
	KT_STREQ(host_console, "[a] y");
}

KT_TEST(debug_trigger_interrupt_refuses_irqs_the_caller_does_not_own)
{
	sim_reset();
	/* A's interrupt object has IRQs 5 and 6; B has none, and no one has 7. */
	KT_EQ(SIM_CALL(B, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 5), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(B, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 6), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 7), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(sim_a.table[A_INT]->signals, 0);
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 5), 0);
	KT_EQ(sim_a.table[A_INT]->signals, KEEL_SIGNAL_INTERRUPT(0));
}

KT_TEST(debug_trigger_interrupt_reaches_a_kernel_irq_only_with_its_own_grant)
{
	sim_reset();
	sim_kernel_irqs_taken = 0;
	/* The default grants do not include the kernel's IRQs. */
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 9), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(sim_kernel_irqs_taken, 0);
	SIM_INFO(sim_a)->debug_grants = K_DEBUG_TRIGGER_KERNEL_INTERRUPT;
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 9), 0);
	KT_EQ(sim_kernel_irqs_taken, 1);
	/* That grant alone opens neither a process's IRQ nor its own. */
	KT_EQ(SIM_CALL(B, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 5), ERR(KEEL_PERMISSION_DENIED));
	KT_EQ(SIM_CALL(A, KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 5), ERR(KEEL_PERMISSION_DENIED));
}
