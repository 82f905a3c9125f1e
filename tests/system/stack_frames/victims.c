// SPDX-License-Identifier: Apache-2.0
/*
 * The stack_frames test's victims. Each moves its stack pointer somewhere and traps
 * (a syscall, or an interrupt while it spins); the supervisor knows how each must end.
 * A victim that survives says so and exits with Success(1).
 */
#include <keel/keel.h>

#include "stack_frames.h"

uint32_t on_stack_sp_after, on_stack_kept, on_stack_seed = 0x5eed0000u;

#ifdef __riscv
/*
 * A syscall made on the stack `sp` that parks its caller (a sleep on the victim's wait
 * group, for ever: a deadline could pass before the call and not park it), then back
 * on the thread's own: only a caller that leaves the CPU needs a frame below its sp on
 * rv32 (debug_nop would simply go on). A victim the kernel wrongly lets park never
 * ends, which the supervisor reports.
 */
static void nop_on(uintptr_t sp)
{
	(void)on_stack_call(sp, KEEL_SYS_OBJECT_WAIT, HANDLE_VICTIM_NOTHING, 0,
			    KEEL_LO(KEEL_FOREVER), KEEL_HI(KEEL_FOREVER));
}

/* Spin on the stack `sp` long enough for several timer interrupts to come. */
static void spin_on(uintptr_t sp)
{
	uint32_t n = SPIN_LOOPS;

	__asm__ volatile("mv t1, sp\n\tmv sp, %1\n\t"
			 "1: addi %0, %0, -1\n\tbnez %0, 1b\n\t"
			 "mv sp, t1"
			 : "+r"(n)
			 : "r"(sp)
			 : "t1", "memory");
}

/* The bottom of the victim's stack (its limit): VICTIM_STACK aligned, at its RAM's start. */
static uintptr_t stack_bottom(void)
{
	return ((current_sp() + VICTIM_STACK - 1) & ~(uintptr_t)(VICTIM_STACK - 1)) - VICTIM_STACK;
}
#else
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
#endif

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

#ifdef __riscv
/* The RAM right below these victims' own is another process's (the canary's, sp_in_other_syscall's). */
KEEL_PROCESS_ENTRY(sp_in_other_syscall)
{
	nop_on(stack_bottom() - 0x400);
	survived("a syscall on a stack in another process's RAM");
}

KEEL_PROCESS_ENTRY(sp_in_other_interrupt)
{
	spin_on(stack_bottom() - 0x400);
	survived("interrupts on a stack in another process's RAM");
}

/* 2 bytes off a word: no word of a frame could be stored there. */
KEEL_PROCESS_ENTRY(sp_odd_syscall)
{
	nop_on(own_stack(2));
	survived("a syscall on a stack pointer that is not word-aligned");
}

KEEL_PROCESS_ENTRY(sp_odd_interrupt)
{
	spin_on(own_stack(2));
	survived("interrupts on a stack pointer that is not word-aligned");
}

/* Inside its own stack, but too close to the bottom for a frame: it would straddle it. */
KEEL_PROCESS_ENTRY(sp_straddling_syscall)
{
	nop_on(stack_bottom() + 48);
	survived("a syscall with its frame across its stack's bottom");
}

KEEL_PROCESS_ENTRY(sp_straddling_interrupt)
{
	spin_on(stack_bottom() + 48);
	survived("interrupts with the frame across its stack's bottom");
}
#endif
