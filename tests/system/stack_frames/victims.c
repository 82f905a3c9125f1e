// SPDX-License-Identifier: Apache-2.0
/*
 * The stack_frames test's victims. Each moves its stack pointer somewhere and traps
 * (a syscall, or an interrupt while it spins); the supervisor knows how each must end.
 * A victim that survives says so and exits with Success(1).
 */
#include <keel/keel.h>

#include "stack_frames.h"

uint32_t on_stack_sp_after, on_stack_kept, on_stack_seed = 0x5eed0000u;

/* A syscall (debug_nop) made on the stack `sp`, then back on the thread's own. */
static void nop_on(uintptr_t sp)
{
	(void)on_stack_call(sp, KEEL_SYS_DEBUG_NOP, 0, 0, 0, 0);
}

/* Spin on the stack `sp` long enough for several timer interrupts to come. */
static void spin_on(uintptr_t sp)
{
	uint32_t n = SPIN_LOOPS;

	__asm__ volatile("mov r1, sp\n\tmov sp, %1\n\t"
			 "1: subs %0, %0, #1\n\tbne 1b\n\t"
			 "mov sp, r1"
			 : "+r"(n)
			 : "r"(sp)
			 : "r1", "cc", "memory");
}

/* In the process's .bss, above its configured stack. */
static uint64_t data_area[32];

KEEL_PROCESS_ENTRY(sp_in_data_syscall)
{
	on_stack_seed = DATA_SYSCALL_SEED;
	nop_on((uintptr_t)(data_area + 32));
	survived("a syscall on a stack in the process's data");
}

KEEL_PROCESS_ENTRY(sp_in_data_interrupt)
{
	spin_on((uintptr_t)(data_area + 32));
	survived("interrupts on a stack in the process's data");
}

KEEL_PROCESS_ENTRY(sp_in_mapping_syscall)
{
	nop_on(SPARE_MAPPING_END);
	survived("a syscall on a stack in a read_write_data mapping");
}

KEEL_PROCESS_ENTRY(sp_in_kernel_syscall)
{
	nop_on(KERNEL_RAM + 0x100);
	survived("a syscall on a stack in kernel RAM");
}

KEEL_PROCESS_ENTRY(sp_in_kernel_interrupt)
{
	spin_on(KERNEL_RAM + 0x100);
	survived("interrupts on a stack in kernel RAM");
}

KEEL_PROCESS_ENTRY(sp_unmapped_interrupt)
{
	spin_on(UNMAPPED_RAM);
	survived("interrupts on a stack in memory the process has no region for");
}
