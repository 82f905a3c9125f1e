// SPDX-License-Identifier: Apache-2.0
#include <stdint.h>
#include <k/arch.h>
#include <target/board.h>

extern char __kernel_stack_top[];
void k_entry(void);
void arch_exception_entry(void);
void arch_svc_entry(void);
void arch_hard_fault(void);

#define ENTRY ((uintptr_t)arch_exception_entry)
#define IRQS8 ENTRY, ENTRY, ENTRY, ENTRY, ENTRY, ENTRY, ENTRY, ENTRY
#define IRQS32 IRQS8, IRQS8, IRQS8, IRQS8

/*
 * The core reads the initial MSP and the reset vector from here (VTOR points at the
 * start of flash out of reset). Every exception the kernel handles but SVCall,
 * interrupts included, enters through one routine that saves the thread and calls
 * arch_exception; a syscall has an entry that saves nothing unless it must.
 * A HardFault or debug event from a thread ends that thread's process like any fault;
 * from the kernel it is a kernel bug. NMI has no source a process could reach.
 */
__attribute__((section(".vectors"), used)) const uintptr_t arch_vectors[16 + TARGET_IRQ_MAX + 1] = {
	(uintptr_t)__kernel_stack_top,
	(uintptr_t)k_entry,
	(uintptr_t)arch_hard_fault, /* NMI */
	ENTRY, /* HardFault: bkpt without a debugger, escalations */
	ENTRY, /* MemManage */
	ENTRY, /* BusFault */
	ENTRY, /* UsageFault */
	ENTRY, /* SecureFault */
	0,
	0,
	0,
#ifdef KEEL_KERNEL_ONLY
	ENTRY, /* SVCall: kernel threads call the kernel through the general entry */
#else
	(uintptr_t)arch_svc_entry, /* SVCall: its own entry, arguments kept in registers */
#endif
	ENTRY, /* DebugMonitor */
	0,
	ENTRY, /* PendSV: the boot's way into the first thread (arch_enter_user) */
	ENTRY, /* SysTick */
	IRQS32,
	IRQS32,
	IRQS32,
	IRQS8,
	IRQS8,
	IRQS8,
	ENTRY,
	ENTRY,
	ENTRY,
	ENTRY,
};

_Static_assert(sizeof(arch_vectors) / sizeof(arch_vectors[0]) == 16 + 32 * 3 + 8 * 3 + 4,
	       "one vector per exception and IRQ");
