// SPDX-License-Identifier: Apache-2.0
/*
 * debug_grants' checker (default grants): muted ended with 0 (each refusal as
 * expected), and debug_trigger_interrupt reaches only the checker's own IRQs.
 */
#include <check.h>
#include <checker_codegen.h>
#include "irqs.h"

KEEL_PROCESS_ENTRY(checker)
{
	struct keel_exit_status st;

	CHECK_WAIT(HANDLE_MUTED, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_MUTED, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, 0);
	KEEL_INF("muted was refused log, putc, trigger_interrupt and shutdown");

	/* Another process's IRQ, and one no process owns: refused, nothing raised. */
	CHECK_STATUS(sys_debug_trigger_interrupt(MUTED_IRQ), KEEL_PERMISSION_DENIED);
	CHECK_STATUS(sys_debug_trigger_interrupt(NOBODYS_IRQ), KEEL_PERMISSION_DENIED);
	CHECK_EQ(SIGNALS_NOW(HANDLE_OWN, SIGNAL_OWN), 0);
	/* Its own: raised. */
	CHECK_OK(sys_debug_trigger_interrupt(OWN_IRQ));
	CHECK_WAIT(HANDLE_OWN, SIGNAL_OWN);
	CHECK_OK(sys_interrupt_ack(HANDLE_OWN, SIGNAL_OWN));
	KEEL_INF("trigger_interrupt: own IRQ only");
	PASS();
}
