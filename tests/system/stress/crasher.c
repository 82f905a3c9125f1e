// SPDX-License-Identifier: Apache-2.0
/* The stress test's crasher: a few syscalls, then a store to address 0. */
#include <keel/keel.h>

KEEL_PROCESS_ENTRY(crasher)
{
	volatile uintptr_t null = 0;

	for (int i = 0; i < 8; i++)
		(void)sys_debug_nop();
	*(volatile uint32_t *)null = 1;
	KEEL_ERR("the store to address 0 did not fault");
	sys_process_exit(1);
}
