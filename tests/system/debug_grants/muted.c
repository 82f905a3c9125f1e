// SPDX-License-Identifier: Apache-2.0
/*
 * debug_grants' muted process (debug_syscalls: []): every debug syscall but nop and
 * clock_now is refused. It cannot log, so it reports by its exit value: 0, or the
 * number of the first step that went wrong. A shutdown that was not refused would end
 * the system before the checker's PASS; anything it prints is in the REJECT list.
 */
#include <check.h>
#include <muted_codegen.h>
#include "irqs.h"

static uint32_t refused(struct keel_sysret r)
{
	return keel_result(r, NULL) == KEEL_PERMISSION_DENIED;
}

KEEL_PROCESS_ENTRY(muted)
{
	static const char line[] = "not granted\n";

	if (!refused(KEEL_SYSCALL(KEEL_SYS_DEBUG_LOG, line, sizeof(line) - 1)))
		sys_process_exit(1);
	if (!refused(KEEL_SYSCALL(KEEL_SYS_DEBUG_PUTC, 'M')))
		sys_process_exit(2);
	/* Its own IRQ, yet not granted. */
	if (!refused(KEEL_SYSCALL(KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, MUTED_IRQ)))
		sys_process_exit(3);
	if (SIGNALS_NOW(HANDLE_DOORBELL, SIGNAL_DOORBELL))
		sys_process_exit(4);
	if (!refused(KEEL_SYSCALL(KEEL_SYS_DEBUG_SHUTDOWN, 0)))
		sys_process_exit(5);
	if (!refused(KEEL_SYSCALL(KEEL_SYS_DEBUG_SHUTDOWN, 1)))
		sys_process_exit(6);
	/* What every process has. */
	if (keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_NOP), NULL) != KEEL_OK)
		sys_process_exit(7);
	/* A refusal would read as the tick count 2^32 - PERMISSION_DENIED (minutes). */
	if (keel_now() == (uint32_t) - (int32_t)KEEL_PERMISSION_DENIED)
		sys_process_exit(8);
	sys_process_exit(0);
}
