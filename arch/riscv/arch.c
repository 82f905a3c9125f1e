// SPDX-License-Identifier: Apache-2.0
/* RISC-V (M-mode kernel, U-mode processes): traps, PMP, CLINT timer, PLIC. */
#include <stddef.h>
#include <k/arch.h>
#include <k/console.h>
#include <k/kthread.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/syscall.h>
#include <k/uaccess.h>
#include <arch/offsets.h>
#include <target/board.h>

_Static_assert(K_SWITCHED == (int32_t)ARCH_K_SWITCHED, "trap.S tests K_SWITCHED");
_Static_assert(offsetof(struct k_thread, frame) == ARCH_THREAD_FRAME_OFFSET &&
		       offsetof(struct arch_frame, sp) == ARCH_F_SP &&
		       offsetof(struct arch_frame, ra) == ARCH_F_RA &&
		       offsetof(struct arch_frame, gp) == ARCH_F_GP &&
		       offsetof(struct arch_frame, id) == ARCH_F_ID &&
		       offsetof(struct arch_frame, a) == ARCH_F_A0 &&
		       offsetof(struct arch_frame, a[1]) == ARCH_F_A1 &&
		       offsetof(struct arch_frame, top) == ARCH_F_TOP &&
		       offsetof(struct arch_frame, kind) == ARCH_F_KIND &&
		       offsetof(struct k_thread, stack_limit) == ARCH_THREAD_LIMIT_OFFSET,
	       "trap.S: struct arch_frame at the start of struct k_thread, and the stack limit");
_Static_assert(ARCH_U_S(11) == ARCH_U_A(2) + 4 && ARCH_U_A(6) == ARCH_U_A7 + 4 &&
		       ARCH_U_A7 == ARCH_U_T(0) + 4 && ARCH_CALL_BYTES == -ARCH_U_A(6) &&
		       ARCH_ALL_BYTES == -ARCH_U_T(6),
	       "the words below sp: pc, tp, s0-s11, a2-a6 (a syscall's), a7, t0-t6");
_Static_assert(K_SYSCALL_HASH == ARCH_SYSCALL_HASH && (K_SYSCALL_HASH & 0xfff) == 0 &&
		       K_SYSCALL_SLOTS == 1u << (32 - ARCH_SYSCALL_SLOT_SHIFT) &&
		       sizeof(struct k_syscall_entry) == 8 &&
		       offsetof(struct k_syscall_entry, fn) == 4 && _Alignof(k_syscall_table) == 8,
	       "trap.S: the syscall dispatch");

#define csr_read(csr)                                          \
	({                                                     \
		uint32_t v_;                                   \
		__asm__ volatile("csrr %0, " #csr : "=r"(v_)); \
		v_;                                            \
	})
#define csr_write(csr, v) __asm__ volatile("csrw " #csr ", %0" ::"r"(v))

#define MCAUSE_INTERRUPT 0x80000000u
#define IRQ_M_TIMER 7u
#define IRQ_M_EXTERNAL 11u
#define EXC_ECALL_U 8u
#define EXC_ECALL_M 11u
#define MIP_MTIP (1u << IRQ_M_TIMER)
#define MIP_MEIP (1u << IRQ_M_EXTERNAL)
#define MSTATUS_MPIE (1u << 7)
#define MSTATUS_MPP_M (3u << 11)

#define PLIC_PRIORITY(irq) (TARGET_PLIC_BASE + 4u * (irq))
#define PLIC_ENABLE(irq) (TARGET_PLIC_BASE + 0x2000u + 4u * ((irq) / 32u))
#define PLIC_THRESHOLD (TARGET_PLIC_BASE + 0x200000u)
#define PLIC_CLAIM (TARGET_PLIC_BASE + 0x200004u)

void arch_trap_entry(void);
noreturn void arch_return_to(struct k_thread *t);
struct k_thread *arch_trap(struct k_thread *t);
uint64_t arch_syscall_finish(int32_t r);

/* A trap whose frame is not in the thread's own stack (as on the M33). */
#define CAUSE_BAD_STACK 0xffffffffu

#ifdef KEEL_KERNEL_ONLY
/* A kernel thread that faults is the kernel faulting: a panic. */
#define thread_fault_report k_kthread_fault
#else
#define thread_fault_report k_fault
#endif

uint32_t arch_restart_args[5];

/*
 * Set by arch_syscall when its caller does not simply go on with the result: the
 * thread trap.S resumes through the general return (trap.S clears it again).
 */
struct k_thread *arch_syscall_next;
void arch_kernel_trap(void);

#ifdef KEEL_MEASURE_LATENCY
/* minstret at the start of the current span; the longest span (trap.S keeps both). */
uint32_t arch_latency_begin, arch_latency_longest;

uint32_t arch_latency_max(void)
{
	return arch_latency_longest;
}

/* Waiting in wfi is not work: a span ends before it and another begins after it. */
static void latency_pause(void)
{
	uint32_t d = csr_read(minstret) - arch_latency_begin;

	if (d > arch_latency_longest)
		arch_latency_longest = d;
}

static void latency_resume(void)
{
	arch_latency_begin = csr_read(minstret);
}
#else
static inline void latency_pause(void)
{
}

static inline void latency_resume(void)
{
}
#endif

static inline volatile uint32_t *reg(uint32_t addr)
{
	return (volatile uint32_t *)(uintptr_t)addr;
}

noreturn void arch_halt(void)
{
	for (;;)
		__asm__ volatile("csrw mie, zero\n\twfi");
}

uint64_t arch_now(void)
{
	uint32_t hi, lo;

	do {
		hi = *reg(TARGET_CLINT_MTIME + 4);
		lo = *reg(TARGET_CLINT_MTIME);
	} while (hi != *reg(TARGET_CLINT_MTIME + 4));
	return ((uint64_t)hi << 32) | lo;
}

void arch_timer_set(uint64_t when)
{
	/* High word first to all ones so no half-written value can fire spuriously. */
	*reg(TARGET_CLINT_MTIMECMP + 4) = 0xffffffffu;
	*reg(TARGET_CLINT_MTIMECMP) = (uint32_t)when;
	*reg(TARGET_CLINT_MTIMECMP + 4) = (uint32_t)(when >> 32);
}

/* Kernel-only images run every thread in M-mode: no PMP code at all. */
#ifndef KEEL_KERNEL_ONLY
/*
 * What the PMP holds: the process whose image it is (NULL: none yet) and the entries
 * that image uses (16 before the first load, so that all are written), together so
 * that one address reaches both and the old process's image is not read.
 */
static struct {
	struct k_process *owner;
	uint8_t entries;
} pmp = { NULL, 16 };

/* p's PMP image (ARCH_PROCESS_PMP, in its info record in flash) into the PMP. */
#define PMPADDR(n)                                    \
	case n + 1:                                   \
		csr_write(pmpaddr##n, a->pmpaddr[n]); \
		__attribute__((fallthrough));

static void pmp_load(struct k_process *p)
{
	const struct arch_process *a = &p->info->arch;

	/*
	 * Entries without the L bit bind U-mode only, and nothing runs in U-mode before
	 * the map is whole: no entry needs disabling first (that cost four CSR writes a
	 * switch). Only the entries this process uses are written; the others are OFF in
	 * its pmpcfg words, so pmpcfg1..3 are written whenever it or the process before it
	 * uses an entry past the first four. Writing only the entries that differ from
	 * the old image does not pay under -icount: a compare costs two loads and a
	 * branch, a write a load and a CSR write.
	 */
	switch (a->entries) {
		PMPADDR(15)
		PMPADDR(14)
		PMPADDR(13)
		PMPADDR(12)
		PMPADDR(11)
		PMPADDR(10)
		PMPADDR(9)
		PMPADDR(8)
		PMPADDR(7)
		PMPADDR(6)
		PMPADDR(5)
		PMPADDR(4)
		PMPADDR(3)
		PMPADDR(2)
		PMPADDR(1)
		PMPADDR(0)
	default:
		break;
	}
	csr_write(pmpcfg0, a->pmpcfg[0]);
	if (a->entries > 4 || pmp.entries > 4) {
		csr_write(pmpcfg1, a->pmpcfg[1]);
		csr_write(pmpcfg2, a->pmpcfg[2]);
		csr_write(pmpcfg3, a->pmpcfg[3]);
	}
	pmp.entries = a->entries;
	pmp.owner = p;
}
#endif /* !KEEL_KERNEL_ONLY */

bool arch_irq_valid(unsigned irq)
{
	return irq >= TARGET_IRQ_MIN && irq <= TARGET_IRQ_MAX;
}

void arch_irq_mask(unsigned irq)
{
	if (arch_irq_valid(irq))
		*reg(PLIC_ENABLE(irq)) &= ~(1u << (irq % 32));
}

/*
 * debug_trigger_interrupt's pending bits. The PLIC has none a program can set, so the
 * kernel keeps them, and they behave as the NVIC's do on the M33: a trigger while the
 * IRQ is masked is remembered (once, however often it comes) and delivered when the
 * IRQ is unmasked.
 */
static uint32_t soft_pending[TARGET_IRQ_MAX / 32 + 1];

static bool irq_enabled(unsigned irq)
{
	return (*reg(PLIC_ENABLE(irq)) >> (irq % 32)) & 1u;
}

void arch_irq_unmask(unsigned irq)
{
	if (!arch_irq_valid(irq))
		return;
	*reg(PLIC_ENABLE(irq)) |= 1u << (irq % 32);
	/*
	 * QEMU 7.2's PLIC recomputes its output on a line's change, a claim, a completion or
	 * a priority or threshold write, not on an enable write: without this (unchanged)
	 * threshold, a line that rose while masked would wait for some other event.
	 */
	*reg(PLIC_THRESHOLD) = 0;
	uint32_t bit = 1u << (irq % 32);
	if (soft_pending[irq / 32] & bit) {
		soft_pending[irq / 32] &= ~bit;
		/* The kernel runs with interrupts masked: this is where the NVIC would take it. */
		k_irq(irq);
	}
}

void arch_irq_trigger(unsigned irq)
{
	if (irq_enabled(irq))
		k_irq(irq);
	else
		soft_pending[irq / 32] |= 1u << (irq % 32);
}

void arch_init(void)
{
	csr_write(mtvec, (uint32_t)(uintptr_t)arch_trap_entry);
	/* User mode may read cycle, time and instret: benchmarks count instructions. */
	csr_write(mcounteren, 7);
	/* With S-mode present, U-mode also needs the supervisor's permission. */
	csr_write(scounteren, 7);
	csr_write(mscratch, 0);
	arch_timer_set(UINT64_MAX);
	for (unsigned irq = TARGET_IRQ_MIN; irq <= TARGET_IRQ_MAX; irq++) {
		*reg(PLIC_PRIORITY(irq)) = 1;
		arch_irq_mask(irq);
	}
	*reg(PLIC_THRESHOLD) = 0;
	csr_write(mie, MIP_MTIP | MIP_MEIP);
}

static void external_interrupts(void)
{
	uint32_t irq;

	while ((irq = *reg(PLIC_CLAIM)) != 0) {
		/* k_irq masks a user IRQ; completing lets it fire again once unmasked. */
		k_irq(irq);
		*reg(PLIC_CLAIM) = irq;
	}
}

static void timer_interrupt(void)
{
	arch_timer_set(UINT64_MAX);
	k_timer_interrupt();
}

void arch_idle(void)
{
	/* wfi wakes on a pending enabled interrupt even with MIE clear; poll mip then. */
	latency_pause();
	__asm__ volatile("wfi");
	latency_resume();
	uint32_t mip = csr_read(mip);
	if (mip & MIP_MTIP)
		timer_interrupt();
	if (mip & MIP_MEIP)
		external_interrupts();
}

/* t has no frame the kernel may write or read: it ends (its process, for a process's). */
static void frame_outside_stack(struct k_thread *t)
{
	t->frame.kind = ARCH_KIND_NONE;
	thread_fault_report(t, CAUSE_BAD_STACK, 0, t->frame.sp, "",
			    "stack pointer outside its stack");
}

/* Do the `bytes` below sp lie in t's own stack (sp word-aligned, not above its top)? */
static bool frame_fits(const struct k_thread *t, uint32_t sp, uint32_t bytes)
{
	return !(sp & 3) && sp <= t->frame.top && sp >= t->stack_limit + bytes;
}

void arch_frame_init(struct arch_frame *f, uintptr_t pc, uintptr_t sp)
{
	struct k_thread *t = (struct k_thread *)f; /* frame is struct k_thread's first member */

	*f = (struct arch_frame){ .sp = (uint32_t)sp, .top = (uint32_t)sp, .kind = ARCH_KIND_NONE };
#ifndef KEEL_KERNEL_ONLY
	/*
	 * The words the kernel may ever write for t lie between its stack limit and top:
	 * that window must be the process's own writable memory (a stack in a mapping
	 * above the RAM would span whatever lies between).
	 */
	if (sp < t->stack_limit ||
	    !k_range_ok(t->process, t->stack_limit, sp - t->stack_limit, K_ACCESS_R | K_ACCESS_W))
		f->top = 0;
#endif
	if (!frame_fits(t, (uint32_t)sp, ARCH_ALL_BYTES))
		return; /* kind NONE: it faults when first resumed */
	for (int off = ARCH_U_PC; off >= -ARCH_ALL_BYTES; off -= 4)
		*arch_frame_below(f, off) = 0;
	*arch_frame_below(f, ARCH_U_PC) = (uint32_t)pc;
	f->kind = ARCH_KIND_ALL;
}

/*
 * Make next the thread that runs: its process's PMP. (A thread whose first frame did
 * not fit its stack faults in arch_return_to instead: arch_no_frame.)
 */
static struct k_thread *resume(struct k_thread *next)
{
#ifndef KEEL_KERNEL_ONLY
	if (next->process != pmp.owner)
		pmp_load(next->process);
#endif
	return next;
}

/* arch_return_to's: t has no frame (its first did not fit its stack). The next runs. */
struct k_thread *arch_no_frame(struct k_thread *t);
struct k_thread *arch_no_frame(struct k_thread *t)
{
	frame_outside_stack(t);
	return resume(k_sched_next());
}

#ifndef KEEL_KERNEL_ONLY
_Bool arch_frame_claim(struct arch_frame *f)
{
	struct k_thread *t = (struct k_thread *)f;

	if (frame_fits(t, f->sp, ARCH_CALL_BYTES))
		return true;
	f->kind = ARCH_KIND_NONE;
	return false;
}

/* leave_call_slow's: t's frame does not fit its stack, it faulted (never a valid sp). */
#define LEFT_FAULTED 1u

/*
 * The syscall caller t leaves the CPU in a rare case: it has no frame, restarts, left
 * more results, or its frame does not fit its stack. Returns its sp for trap.S to
 * store the callee-saved registers below, after its pc (on the ecall again for a
 * restart, with a2..a6), or LEFT_FAULTED when it faulted.
 */
static __attribute__((noinline)) uint32_t leave_call_slow(struct k_thread *t)
{
	struct arch_frame *f = &t->frame;
	uint32_t pc = csr_read(mepc) + 4;

	if (f->kind == ARCH_KIND_NONE || !frame_fits(t, f->sp, ARCH_CALL_BYTES)) {
		frame_outside_stack(t);
		return LEFT_FAULTED;
	}
	if (f->kind == ARCH_KIND_RESTART) {
		pc -= 4;
		for (unsigned i = 0; i < 5; i++)
			*arch_frame_below(f, ARCH_U_A(2 + (int)i)) = arch_restart_args[i];
	} else if (f->kind != ARCH_KIND_CALL6) {
		f->kind = ARCH_KIND_CALL;
	}
	*arch_frame_below(f, ARCH_U_PC) = pc;
	return f->sp;
}

/*
 * Everything but the common case: the caller parked, restarted, wrote its own results
 * (K_WRITTEN) or is switched away from. Returns the result words for a K_WRITTEN
 * caller that goes on with two; otherwise sets arch_syscall_next and returns the
 * caller's sp, below which trap.S stores its callee-saved registers (0: none, when
 * it ended in the call or its frame did not fit). The caller leaving the CPU gets its
 * pc past the ecall below its sp (leave_call_slow: on it, for a restart).
 */
static __attribute__((noinline)) uint64_t syscall_general(struct k_thread *t, struct k_thread *next,
							  int32_t r, uint32_t id)
{
	struct arch_frame *f = &t->frame;
	uint32_t sp = f->sp;

	if (r == K_WRITTEN && next == t && f->kind < ARCH_KIND_CALL6)
		return f->a[0] | (uint64_t)f->a[1] << 32;
	k_syscall_commit(t, r, id);
	if (__builtin_expect(t->state == K_THREAD_TERMINATED || t->state == K_THREAD_STOPPED, 0)) {
		sp = 0;
	} else if (__builtin_expect(f->kind < ARCH_KIND_CALL6 && frame_fits(t, sp, ARCH_CALL_BYTES),
				    1)) {
		/* A thread that last ran after an interrupt still says ALL: a fresh call too. */
		f->kind = ARCH_KIND_CALL;
		*arch_frame_below(f, ARCH_U_PC) = csr_read(mepc) + 4;
	} else {
		sp = leave_call_slow(t);
		if (sp == LEFT_FAULTED) {
			next = k_sched_next();
			sp = 0;
		}
	}
	arch_syscall_next = resume(next);
	return sp;
}

/*
 * The direct switch's return when trap.S cannot save the caller itself (a restart,
 * more results, or a frame that does not fit): the caller k_switch_from leaves the
 * CPU, k_current runs. Returns the thread to resume and, in the high word, the
 * caller's sp for its callee-saved registers (0: it faulted).
 */
uint64_t arch_switch_resume(void);
uint64_t arch_switch_resume(void)
{
	uint32_t sp = leave_call_slow(k_switch_from);
	struct k_thread *next = k_current;

	if (sp == LEFT_FAULTED) {
		next = k_sched_next();
		sp = 0;
	}
	return (uintptr_t)resume(next) | (uint64_t)sp << 32;
}

/* The direct switch's return when trap.S saved the caller itself: next's PMP. */
struct k_thread *arch_resume(struct k_thread *next);
struct k_thread *arch_resume(struct k_thread *next)
{
	return resume(next);
}

/*
 * The syscall return when trap.S cannot take its own: the handler's result is an
 * error or a K_* code, or the scheduler may have changed (k_sched_dirty), or the
 * caller no longer runs. Only the caller's sp, ra, gp and id are in its frame, its pc
 * in mepc.
 */
uint64_t arch_syscall_finish(int32_t r)
{
	struct k_thread *t = k_current;
	uint32_t id = t->frame.id;

	struct k_thread *next = k_sched_next();

	if (next == t && r > K_RESTART)
		return k_syscall_words(r, id);
	return syscall_general(t, next, r, id);
}
#endif /* !KEEL_KERNEL_ONLY */

/*
 * Any trap but a process's syscall. t's registers are saved (kind ALL), or its sp left
 * no room for them in its own stack (kind NONE): then it ends, once an interrupt that
 * brought the kernel here is served.
 */
struct k_thread *arch_trap(struct k_thread *t)
{
	uint32_t cause = csr_read(mcause);
	bool framed = t->frame.kind == ARCH_KIND_ALL;

	if (cause == (MCAUSE_INTERRUPT | IRQ_M_TIMER)) {
		timer_interrupt();
	} else if (cause == (MCAUSE_INTERRUPT | IRQ_M_EXTERNAL)) {
		external_interrupts();
#ifdef KEEL_KERNEL_ONLY
	} else if (cause == EXC_ECALL_M && framed) {
		/* A kernel thread's call: it resumes after its ecall (4 bytes). */
		*arch_frame_below(&t->frame, ARCH_U_PC) += 4;
		k_kcall(t);
#endif
	} else {
		/* mcause alone says what it was: the host tools put it in words. */
		thread_fault_report(t, cause, csr_read(mepc), csr_read(mtval), "", "");
		framed = true; /* its own fault: that is its line */
	}
	if (!framed)
		frame_outside_stack(t);
	return resume(k_sched_next());
}

noreturn void arch_enter_user(struct k_thread *t)
{
#ifdef KEEL_KERNEL_ONLY
	/*
	 * Kernel threads run in M-mode (MPP = 3) with interrupts on. Every trap after this
	 * one comes from M-mode too, so MPP stays 3 and no switch needs to set it.
	 */
	csr_write(mstatus, MSTATUS_MPIE | MSTATUS_MPP_M);
#else
	/* mret drops to U-mode (MPP = 0) with interrupts on (MPIE). */
	csr_write(mstatus, MSTATUS_MPIE);
#endif
	/* The boot is not a span the benchmark measures: the first one starts here. */
	latency_resume();
	arch_return_to(resume(t));
}

void arch_kernel_trap(void)
{
	k_printf(K_ERR "PANIC: trap in the kernel: mcause %x mepc %x mtval %x\n",
		 (unsigned)csr_read(mcause), (unsigned)csr_read(mepc), (unsigned)csr_read(mtval));
	k_panic_end();
}
