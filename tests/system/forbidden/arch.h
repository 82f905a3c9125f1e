/* SPDX-License-Identifier: Apache-2.0 */
/*
 * What the forbidden test needs to know of each target: the instruction each victim
 * runs (VICTIM_*, in asm), an address the process may not touch, and the
 * UnhandledException cause each victim must end with.
 */
#ifndef FORBIDDEN_ARCH_H
#define FORBIDDEN_ARCH_H

#include <keel/syscall_ids.h>

#if defined(__riscv)
/* qemu_virt_riscv32: causes are mcause values. */
#define KERNEL_RAM 0x81000000u
#define KERNEL_RAM_ALIAS KERNEL_RAM /* no aliases on virt */
#define UNWRITABLE 0x10000100u /* the 16550's page: no PMP entry for a process */
#define ILLEGAL 2u
#define BREAKPOINT 3u
#define LOAD_FAULT 5u
#define STORE_FAULT 7u

#define CAUSE_BREAKPOINT BREAKPOINT
#define CAUSE_ILLEGAL ILLEGAL
#define CAUSE_PRIV_READ ILLEGAL
#define CAUSE_PRIV_WRITE ILLEGAL
/* Nothing privileged is silently ignored in U-mode: the victim only does its load. */
#define CAUSE_PRIV_IGNORED LOAD_FAULT
/* U-mode wfi with the S extension present is an illegal instruction in QEMU. */
#define CAUSE_WFI ILLEGAL
/* rv32imac has no F: any FP instruction is illegal. */
#define CAUSE_FLOATING_POINT ILLEGAL
/* mret from U-mode: the way back to machine mode is privileged. */
#define CAUSE_LEAVE_STATE ILLEGAL
#define CAUSE_ALIAS_WRITE STORE_FAULT
/* A fault's own line wins over the frame the kernel could not store below sp. */
#define CAUSE_BAD_SP_FAULT ILLEGAL
/* The sleeping syscall's frame does not lie in the thread's stack: the kernel ends it. */
#define CAUSE_BAD_SP_SYSCALL 0xffffffffu
/* Each step pushes a word and makes a syscall: the push below the RAM faults. */
#define CAUSE_SYSCALL_OVERFLOW STORE_FAULT
#define CAUSE_THREAD_OVERFLOW STORE_FAULT

#elif defined(__arm__)
/* mps2_an505: causes are the fault status registers (CFSR, or HFSR for a HardFault). */
#define KERNEL_RAM 0x38000000u
#define KERNEL_RAM_ALIAS 0x28000000u /* the same SRAM, non-secure alias */
#define UNWRITABLE 0x40200100u /* above every process's RAM, no MPU region */
#define LOAD_FAULT 0x82u /* MMARVALID | DACCVIOL */
/* bkpt without a debug monitor escalates to HardFault: HFSR, FORCED under QEMU. */
#define CAUSE_BREAKPOINT 0x40000000u
#define CAUSE_ILLEGAL 0x10000u /* UFSR.UNDEFINSTR */
/* The System Control Space is privileged: a precise BusFault (BFARVALID | PRECISERR). */
#define CAUSE_PRIV_READ 0x8200u
#define CAUSE_PRIV_WRITE 0x8200u
/* cpsid, msr basepri/primask/control/psplim are ignored unprivileged; the load after
 * them shows the process is still unprivileged and confined. */
#define CAUSE_PRIV_IGNORED LOAD_FAULT
/* wfi is allowed unprivileged (it only sleeps until an interrupt): the load ends it. */
#define CAUSE_WFI LOAD_FAULT
#define CAUSE_FLOATING_POINT 0x80000u /* UFSR.NOCP: no FP context for processes */
#define CAUSE_LEAVE_STATE 0xfffffffeu /* bxns: an exception from non-secure state */
#define CAUSE_ALIAS_WRITE 0x82u /* no MPU region covers the alias: MMARVALID | DACCVIOL */
/* Stacking the UsageFault fails: MSTKERR with the UNDEFINSTR of the fault itself. */
#define CAUSE_BAD_SP_FAULT 0x10010u
#define CAUSE_BAD_SP_SYSCALL 0x10u /* MSTKERR: the svc's frame cannot be stacked */
#define CAUSE_SYSCALL_OVERFLOW 0x100000u /* UFSR.STKOF: the svc's frame crosses PSPLIM */
#define CAUSE_THREAD_OVERFLOW 0x100000u /* UFSR.STKOF */
#endif

#endif /* FORBIDDEN_ARCH_H */
