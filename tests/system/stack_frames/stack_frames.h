/* SPDX-License-Identifier: Apache-2.0 */
/* What the stack_frames test's processes share: addresses, causes, on_stack.S. */
#ifndef STACK_FRAMES_H
#define STACK_FRAMES_H

#include <keel/keel.h>

#define KERNEL_RAM 0x38000000u
#define SPARE_MAPPING_END 0x38101000u /* the end of sp_in_mapping_syscall's mapping */
#define UNMAPPED_RAM 0x38108000u /* above every process, in no process's regions */
#define SPIN_LOOPS 200000000u

/* The kernel's cause for a trap whose frame is not in the thread's own stack. */
#define CAUSE_FRAME_OUTSIDE_STACK 0xffffffffu
#define CAUSE_MSTKERR 0x10u /* CFSR: the MPU refused the frame's stacking */
/* Kernel RAM lies below every process's: the push crosses PSPLIM before the MPU looks. */
#define CAUSE_STKOF 0x100000u
#define CAUSE_INVSTATE 0x20000u /* CFSR: executing with the Thumb bit clear */
#define UNALIGNED_DONE 0x5au /* sp_unaligned's exit code when all it saw was right */

uint64_t on_stack_call(uintptr_t sp, uint32_t id, uintptr_t a0, uintptr_t a1, uintptr_t a2,
		       uintptr_t a3);
extern uint32_t on_stack_sp_after, on_stack_kept, on_stack_seed;
/* sp_in_data_syscall's r4..r10: its fault line shows them (CMakeLists.txt expects it). */
#define DATA_SYSCALL_SEED 0xda7a0000u

/* A victim that survived what it did says so and exits with Success(1). */
static inline noreturn void survived(const char *what)
{
	KEEL_ERR("%s did not fault", what);
	sys_process_exit(1);
}

/* An sp in the caller's own stack, below its frames: 8-byte aligned, minus `off`. */
static inline uintptr_t own_stack(uintptr_t off)
{
	uintptr_t sp;

	__asm__ volatile("mov %0, sp" : "=r"(sp));
	return ((sp - 128) & ~(uintptr_t)7) - off;
}

#endif /* STACK_FRAMES_H */
