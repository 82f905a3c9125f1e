/* SPDX-License-Identifier: Apache-2.0 */
/* What the stack_frames test's processes share: addresses, causes, on_stack_call. */
#ifndef STACK_FRAMES_H
#define STACK_FRAMES_H

#include <keel/keel.h>

#ifdef __riscv
#define KERNEL_RAM 0x81000000u
#define SPARE_MAPPING_END 0x82001000u /* the end of sp_in_mapping_syscall's mapping */
#define UNMAPPED_RAM 0x81100000u /* above every process, in no process's regions */
#define VICTIM_STACK 1024u /* each victim's stack, at the bottom of its RAM (system_rv32.json5) */
#define HANDLE_VICTIM_NOTHING 0u /* every victim's wait group, to park on */
#else
#define KERNEL_RAM 0x38000000u
#define SPARE_MAPPING_END 0x38101000u /* the end of sp_in_mapping_syscall's mapping */
#define UNMAPPED_RAM 0x38108000u /* above every process, in no process's regions */
#endif
#define SPIN_LOOPS 200000000u

/* The kernel's cause for a trap whose frame is not in the thread's own stack. */
#define CAUSE_FRAME_OUTSIDE_STACK 0xffffffffu
#ifdef __riscv
#define CAUSE_INSN_ACCESS 1u /* mcause: executing where the PMP gives no access (pc 0) */
#else
#define CAUSE_MSTKERR 0x10u /* CFSR: the MPU refused the frame's stacking */
/* Kernel RAM lies below every process's: the push crosses PSPLIM before the MPU looks. */
#define CAUSE_STKOF 0x100000u
#define CAUSE_INVSTATE 0x20000u /* CFSR: executing with the Thumb bit clear */
#endif
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

static inline uintptr_t current_sp(void)
{
	uintptr_t sp;

#ifdef __riscv
	__asm__ volatile("mv %0, sp" : "=r"(sp));
#else
	__asm__ volatile("mov %0, sp" : "=r"(sp));
#endif
	return sp;
}

/* An sp in the caller's own stack, below its frames: 8-byte aligned, minus `off`. */
static inline uintptr_t own_stack(uintptr_t off)
{
	return ((current_sp() - 128) & ~(uintptr_t)7) - off;
}

#endif /* STACK_FRAMES_H */
