// SPDX-License-Identifier: Apache-2.0
#include <stdint.h>
#include <k/arch.h>

extern char __kernel_stack_top[];
void k_entry(void);
void arch_unexpected_exception(void);

void arch_unexpected_exception(void)
{
	arch_halt();
}

/*
 * The core reads the initial MSP and the reset vector from here; the linker places
 * this table at the start of flash, where VTOR points out of reset.
 */
__attribute__((section(".vectors"), used)) const uintptr_t arch_vectors[16] = {
	(uintptr_t)__kernel_stack_top,
	(uintptr_t)k_entry,
	(uintptr_t)arch_unexpected_exception, /* NMI */
	(uintptr_t)arch_unexpected_exception, /* HardFault */
	(uintptr_t)arch_unexpected_exception, /* MemManage */
	(uintptr_t)arch_unexpected_exception, /* BusFault */
	(uintptr_t)arch_unexpected_exception, /* UsageFault */
	(uintptr_t)arch_unexpected_exception, /* SecureFault */
	0,
	0,
	0,
	(uintptr_t)arch_unexpected_exception, /* SVCall */
	(uintptr_t)arch_unexpected_exception, /* DebugMonitor */
	0,
	(uintptr_t)arch_unexpected_exception, /* PendSV */
	(uintptr_t)arch_unexpected_exception, /* SysTick */
};
