// SPDX-License-Identifier: Apache-2.0
/*
 * The forbidden test's victims: each runs one instruction or stack trick a process has
 * no right to (arch.h says what each must end with). A victim that survives what it
 * did says so and exits with Success(1), which the supervisor reports.
 */
#include <keel/keel.h>
#include <thread_overflow_codegen.h>

#include "arch.h"

static noreturn void survived(const char *what)
{
	KEEL_ERR("%s did not fault", what);
	sys_process_exit(1);
}

/* Ends a victim whose forbidden thing was harmless: it is still confined. */
static noreturn void load_kernel_ram(const char *what)
{
	volatile uintptr_t a = KERNEL_RAM;

	(void)*(volatile uint32_t *)a;
	survived(what);
}

KEEL_PROCESS_ENTRY(breakpoint)
{
#if defined(__riscv)
	__asm__ volatile("ebreak");
#else
	__asm__ volatile("bkpt #0");
#endif
	survived("a breakpoint");
}

KEEL_PROCESS_ENTRY(illegal)
{
#if defined(__riscv)
	__asm__ volatile("unimp");
#else
	__asm__ volatile("udf #0");
#endif
	survived("an undefined instruction");
}

KEEL_PROCESS_ENTRY(priv_read)
{
	uint32_t v;

#if defined(__riscv)
	__asm__ volatile("csrr %0, mstatus" : "=r"(v));
#else
	volatile uintptr_t a = 0xe000ed28u; /* CFSR */
	v = *(volatile uint32_t *)a;
#endif
	(void)v;
	survived("a read of a privileged register");
}

KEEL_PROCESS_ENTRY(priv_write)
{
#if defined(__riscv)
	__asm__ volatile("csrw mtvec, zero");
#else
	volatile uintptr_t a = 0xe000ed24u; /* SHCSR: would disable the fault handlers */
	*(volatile uint32_t *)a = 0;
#endif
	survived("a write to a privileged register");
}

/*
 * Unprivileged, these writes are ignored: interrupts stay enabled (the kernel still
 * preempts and the supervisor's deadline still fires), the thread stays unprivileged
 * and its stack limit stays.
 */
KEEL_PROCESS_ENTRY(priv_ignored)
{
#if defined(__arm__)
	uint32_t control;

	__asm__ volatile("cpsid i\n\tcpsid f\n\t"
			 "msr primask, %0\n\tmsr faultmask, %0\n\tmsr basepri, %1\n\t"
			 "msr control, %2\n\tmsr psplim, %2\n\tmsr msplim, %2\n\tisb" ::"r"(1u),
			 "r"(0x20u), "r"(0u)
			 : "memory");
	__asm__ volatile("mrs %0, control" : "=r"(control));
	if (!(control & 1u))
		survived("dropping nPRIV");
	/* Spin past a round-robin slice: a masked timer would keep this thread running. */
	keel_instant_t until = keel_deadline_in(KEEL_MS(30));
	while (keel_now() < until)
		;
#endif
	load_kernel_ram("a load from kernel RAM after privileged writes");
}

KEEL_PROCESS_ENTRY(wait_for_interrupt)
{
	__asm__ volatile("wfi");
	load_kernel_ram("a load from kernel RAM after wfi");
}

KEEL_PROCESS_ENTRY(floating_point)
{
#if defined(__riscv)
	__asm__ volatile(".word 0xf0050053"); /* fmv.w.x f0, a0 */
#else
	__asm__ volatile(".inst.w 0xee000a10"); /* vmov s0, r0 */
#endif
	survived("a floating-point instruction");
}

KEEL_PROCESS_ENTRY(leave_state)
{
#if defined(__riscv)
	__asm__ volatile("mret");
#else
	/* bxns to an even address: on to non-secure state, at our own code. */
	__asm__ volatile("mov r0, pc\n\tbic r0, r0, #1\n\t.inst.n 0x4704" ::: "r0", "memory");
#endif
	survived("leaving the thread's state");
}

/* Kernel RAM through another name for it (on the AN505, its non-secure alias). */
KEEL_PROCESS_ENTRY(alias_write)
{
	volatile uintptr_t a = KERNEL_RAM_ALIAS;

	*(volatile uint32_t *)a = 0;
	survived("a store to kernel RAM through its alias");
}

KEEL_PROCESS_ENTRY(bad_sp_fault)
{
#if defined(__riscv)
	__asm__ volatile("mv sp, %0\n\tunimp" ::"r"(UNWRITABLE));
#else
	__asm__ volatile("mov sp, %0\n\tudf #0" ::"r"(UNWRITABLE));
#endif
	survived("an undefined instruction with a bad sp");
}

/*
 * A syscall whose frame cannot be stacked. On rv32 the kernel stores a frame below sp
 * only for a caller that leaves the CPU, so the call sleeps (for ever: it parks
 * whatever the time), and the push after it would fault were it ever resumed.
 */
KEEL_PROCESS_ENTRY(bad_sp_syscall)
{
#if defined(__riscv)
	register uintptr_t a0 __asm__("a0") = 0; /* its thread: any object, an empty mask */
	register uintptr_t a1 __asm__("a1") = 0;
	register uintptr_t a2 __asm__("a2") = KEEL_LO(KEEL_FOREVER);
	register uintptr_t a3 __asm__("a3") = KEEL_HI(KEEL_FOREVER);

	__asm__ volatile("mv sp, %4\n\tli t0, %5\n\tecall\n\tsw zero, -4(sp)"
			 : "+r"(a0), "+r"(a1)
			 : "r"(a2), "r"(a3), "r"(UNWRITABLE), "i"(KEEL_SYS_OBJECT_WAIT)
			 : "t0", "memory");
#else
	__asm__ volatile("mov sp, %0\n\tmov r12, %1\n\tsvc 0\n\tpush {r0}" ::"r"(UNWRITABLE),
			 "r"(KEEL_SYS_DEBUG_NOP)
			 : "r0", "r1", "r12", "memory");
#endif
	survived("a syscall with a bad sp");
}

/*
 * The stack runs out inside a syscall: each step takes 8 bytes (one word written) and
 * makes a syscall, so the syscall's frame is the first thing to cross the bottom.
 */
KEEL_PROCESS_ENTRY(syscall_overflow)
{
#if defined(__riscv)
	__asm__ volatile("1: addi sp, sp, -8\n\tsw zero, 0(sp)\n\tli t0, %0\n\tecall\n\tj 1b" ::"i"(
				 KEEL_SYS_DEBUG_NOP)
			 : "t0", "a0", "a1", "memory");
#else
	__asm__ volatile("mov r12, %0\n1: sub sp, sp, #8\n\tstr r0, [sp]\n\tsvc 0\n\tb 1b" ::"r"(
				 KEEL_SYS_DEBUG_NOP)
			 : "r0", "r1", "r12", "memory");
#endif
	survived("running out of stack in syscalls");
}

static volatile uint32_t depth;

/* Not a tail call (the frame is used after it returns): every level takes stack. */
static uint32_t recurse(uint32_t n)
{
	volatile uint8_t frame[64];

	frame[0] = (uint8_t)n;
	depth = n;
	if (n == UINT32_MAX)
		return 0;
	return recurse(n + 1) + frame[0];
}

static noreturn void worker_main(void)
{
#if defined(__arm__)
	/* Unprivileged, a write to the stack limit is ignored. */
	__asm__ volatile("msr psplim, %0\n\tisb" ::"r"(0u) : "memory");
#endif
	recurse(0);
	survived("unbounded recursion on a second thread");
}

/*
 * The worker's stack is the process's own data, above the main thread's stack: an
 * overflow must fault before it reaches the main stack, even after the worker tried
 * to clear its stack limit.
 */
KEEL_PROCESS_ENTRY(thread_overflow)
{
	static uint64_t worker_stack[64];

	if (sys_thread_start(HANDLE_WORKER, worker_main, worker_stack + 64) != KEEL_OK)
		survived("starting the worker");
	sys_object_wait(HANDLE_WORKER, KEEL_SIGNAL_JOINABLE, KEEL_FOREVER, NULL);
	survived("the worker's overflow");
}
