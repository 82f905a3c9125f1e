// SPDX-License-Identifier: Apache-2.0
/* The process_termination test's simple victims: each ends in its own way. */
#include <keel/keel.h>

KEEL_PROCESS_ENTRY(exiter)
{
	sys_process_exit(42);
}

KEEL_PROCESS_ENTRY(spinner)
{
	for (volatile uint32_t spins = 0;; spins++)
		;
}

KEEL_PROCESS_ENTRY(crasher)
{
	/* Through a volatile so the compiler emits a plain store, not a trap. */
	volatile uintptr_t null = 0;

	*(volatile uint32_t *)null = 1;
	KEEL_ERR("the store to address 0 did not fault");
	sys_process_exit(1);
}
