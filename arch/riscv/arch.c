// SPDX-License-Identifier: Apache-2.0
/* RISC-V (M-mode kernel, U-mode processes): traps, PMP, CLINT timer, PLIC. */
#include <stddef.h>
#include <k/arch.h>
#include <k/console.h>
#include <k/kthread.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/syscall.h>
#include <arch/offsets.h>
#include <target/board.h>

_Static_assert(K_SWITCHED == (int32_t)ARCH_K_SWITCHED, "trap.S tests K_SWITCHED");
_Static_assert(offsetof(struct k_thread, frame) == ARCH_THREAD_FRAME_OFFSET,
	       "trap.S saves registers at the start of struct k_thread");
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

#define PMP_R 0x01u
#define PMP_W 0x02u
#define PMP_X 0x04u
#define PMP_TOR 0x08u

#define PLIC_PRIORITY(irq) (TARGET_PLIC_BASE + 4u * (irq))
#define PLIC_ENABLE(irq) (TARGET_PLIC_BASE + 0x2000u + 4u * ((irq) / 32u))
#define PLIC_THRESHOLD (TARGET_PLIC_BASE + 0x200000u)
#define PLIC_CLAIM (TARGET_PLIC_BASE + 0x200004u)

void arch_trap_entry(void);
noreturn void arch_return_to(struct k_thread *t);
struct k_thread *arch_trap(struct k_thread *t);
uint64_t arch_syscall_finish(int32_t r);

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
static struct k_process *pmp_owner;

/*
 * The generator leaves ARCH_STACK_GUARD bytes between two thread stacks (its
 * targets.c says the same): a no-access NAPOT entry there makes an overflow of any
 * stack but the lowest fault instead of running into the stack below. Guards sit
 * right above every configured stack top but the highest.
 */
#define ARCH_STACK_GUARD 16u
#define PMP_NAPOT 0x18u

static unsigned stack_guards(const struct k_process *p, uint32_t *guard)
{
	uintptr_t highest = 0;
	unsigned n = 0;

	for (unsigned i = 0; i < p->thread_count; i++)
		if (p->info->threads[i].stack_top > highest)
			highest = p->info->threads[i].stack_top;
	for (unsigned i = 0; i < p->thread_count && n < 16; i++) {
		uintptr_t top = p->info->threads[i].stack_top;
		if (top && top != highest)
			guard[n++] = (uint32_t)top;
	}
	return n;
}

static void pmp_entry(struct arch_process *a, unsigned e, uint32_t addr, uint32_t cfg)
{
	a->pmpaddr[e] = addr;
	a->pmpcfg[e / 4] |= cfg << (8 * (e % 4));
}

bool arch_process_init(struct k_process *p)
{
	struct arch_process *a = &p->arch;
	uint32_t guard[16];
	unsigned guards = stack_guards(p, guard);

	if (p->region_count > 8 || guards + 2u * p->region_count > 16)
		return false;
	/* Guards first: the lowest-numbered matching entry decides. */
	for (unsigned i = 0; i < guards; i++) {
		if (guard[i] & (ARCH_STACK_GUARD - 1))
			return false;
		pmp_entry(a, i, (guard[i] >> 2) | (ARCH_STACK_GUARD / 8 - 1), PMP_NAPOT);
	}
	for (unsigned i = 0; i < p->region_count; i++) {
		const struct k_region *r = &p->regions[i];
		uint32_t perm = ((r->access & K_ACCESS_R) ? PMP_R : 0) |
			((r->access & K_ACCESS_W) ? PMP_W : 0) |
			((r->access & K_ACCESS_X) ? PMP_X : 0);
		if ((r->start | r->end) & 3)
			return false;
		/* A TOR pair: the first entry (OFF) holds the base, the next the top. */
		unsigned e = guards + 2 * i;
		pmp_entry(a, e, (uint32_t)r->start >> 2, 0);
		pmp_entry(a, e + 1, (uint32_t)r->end >> 2, PMP_TOR | perm);
	}
	a->entries = (uint8_t)(guards + 2 * p->region_count);
	return true;
}

#define PMPADDR(n)                                    \
	case n + 1:                                   \
		csr_write(pmpaddr##n, a->pmpaddr[n]); \
		__attribute__((fallthrough));

static void pmp_load(struct k_process *p)
{
	const struct arch_process *a = &p->arch;

	/*
	 * Disable every entry first so a half-loaded map never grants too much. Writing
	 * only what differs from the old image does not pay under -icount: a compare
	 * costs two loads and a branch, a write a load and a CSR write; dropping these
	 * four writes for a test of whether either process uses entries 4..15 measured
	 * ipc_round_trip 1940 -> 1942.
	 */
	csr_write(pmpcfg0, 0);
	csr_write(pmpcfg1, 0);
	csr_write(pmpcfg2, 0);
	csr_write(pmpcfg3, 0);
	/* Only the entries this process uses: the others stay OFF whatever they hold. */
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
	if (a->entries > 4) {
		csr_write(pmpcfg1, a->pmpcfg[1]);
		csr_write(pmpcfg2, a->pmpcfg[2]);
		csr_write(pmpcfg3, a->pmpcfg[3]);
	}
	pmp_owner = p;
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

static struct k_thread *resume(struct k_thread *next)
{
#ifndef KEEL_KERNEL_ONLY
	if (next->process != pmp_owner)
		pmp_load(next->process);
#endif
	return next;
}

#ifndef KEEL_KERNEL_ONLY
/*
 * Everything but the common case: the caller parked, restarted, wrote its own results
 * (K_WRITTEN) or is switched away from. Returns the result words for a K_WRITTEN
 * caller that goes on; otherwise sets arch_syscall_next and returns the caller, whose
 * callee-saved registers trap.S stores into its frame before resuming next.
 */
static __attribute__((noinline)) uint64_t syscall_general(struct k_thread *t, struct k_thread *next,
							  int32_t r, uint32_t id)
{
	uint32_t *x = t->frame.x;
	/* A call with five results that wrote them (a2..a4 too) returns through the frame. */
	bool five = r == K_WRITTEN && k_syscall_results(id) > 2;

	if (r == K_WRITTEN && next == t && !five)
		return x[ARCH_REG_A0] | (uint64_t)x[ARCH_REG_A0 + 1] << 32;
	/* The entry left the pc in mepc: the frame gets it only now (a restart moves it). */
	x[ARCH_FRAME_PC] = csr_read(mepc) + 4;
	k_syscall_commit(t, r, id);
	/*
	 * The caller resumes later through arch_return_to, which loads every slot: its
	 * caller-saved ones but ra (kept, as the fast return keeps it) are cleared as the fast return clears the
	 * registers, so it finds zero there as after any syscall. A restarted call keeps
	 * its id and arguments (trap.S and its handler saved them) for the trap again.
	 * Written out: a loop over a table of slots cost 7 instructions a slot.
	 */
	x[6] = 0;
	x[7] = 0;
	x[17] = 0;
	x[28] = 0;
	x[29] = 0;
	x[30] = 0;
	x[31] = 0;
	if (r != K_RESTART) {
		x[5] = 0;
		x[15] = 0;
		x[16] = 0;
	}
	if (r != K_RESTART && !five) {
		x[12] = 0;
		x[13] = 0;
		x[14] = 0;
	}
	arch_syscall_next = resume(next);
	return (uintptr_t)t;
}

/* The direct switch's return (trap.S): next's process in the PMP. */
struct k_thread *arch_switch_resume(struct k_thread *next);
struct k_thread *arch_switch_resume(struct k_thread *next)
{
	return resume(next);
}

/*
 * The syscall return when trap.S cannot take its own: the handler's result is an
 * error or a K_* code, or the scheduler may have changed (k_sched_dirty), or the
 * caller no longer runs. Only the caller's sp, ra and id are in its frame, its pc in
 * mepc.
 */
uint64_t arch_syscall_finish(int32_t r)
{
	struct k_thread *t = k_current;
	uint32_t id = t->frame.x[ARCH_REG_T0];

	struct k_thread *next = k_sched_next();

	if (next == t && r > K_RESTART)
		return k_syscall_words(r, id);
	return syscall_general(t, next, r, id);
}
#endif /* !KEEL_KERNEL_ONLY */

/*
 * mcause's exception codes 0..7 (the only ones U-mode code can raise but ecall) in
 * words: six are an access kind and an error, so each name is two pieces of one
 * string, found by their offsets (about half the flash of eight whole names).
 */
#define S_INSN "instruction "
#define S_LOAD "load "
#define S_STORE "store "
#define S_MISALIGNED "address misaligned"
#define S_ACCESS "access fault"
#define S_ILLEGAL "illegal instruction"
#define S_BREAKPOINT "breakpoint"
#define S_EXCEPTION "exception"
/* Offset 0 is the empty kind; each piece starts past the one before it and its NUL. */
static const char fault_words[] = "\0" S_INSN "\0" S_LOAD "\0" S_STORE "\0" S_MISALIGNED
				  "\0" S_ACCESS "\0" S_ILLEGAL "\0" S_BREAKPOINT "\0" S_EXCEPTION;
enum {
	W_NONE = 0,
	W_INSN = 1,
	W_LOAD = W_INSN + sizeof(S_INSN),
	W_STORE = W_LOAD + sizeof(S_LOAD),
	W_MISALIGNED = W_STORE + sizeof(S_STORE),
	W_ACCESS = W_MISALIGNED + sizeof(S_MISALIGNED),
	W_ILLEGAL = W_ACCESS + sizeof(S_ACCESS),
	W_BREAKPOINT = W_ILLEGAL + sizeof(S_ILLEGAL),
	W_EXCEPTION = W_BREAKPOINT + sizeof(S_BREAKPOINT),
};
static const uint8_t fault_kind[8] = { W_INSN, W_INSN, W_NONE,	W_NONE,
				       W_LOAD, W_LOAD, W_STORE, W_STORE };
static const uint8_t fault_what[8] = { W_MISALIGNED, W_ACCESS, W_ILLEGAL,    W_BREAKPOINT,
				       W_MISALIGNED, W_ACCESS, W_MISALIGNED, W_ACCESS };

struct k_thread *arch_trap(struct k_thread *t)
{
	uint32_t cause = csr_read(mcause);

	if (cause == (MCAUSE_INTERRUPT | IRQ_M_TIMER)) {
		timer_interrupt();
	} else if (cause == (MCAUSE_INTERRUPT | IRQ_M_EXTERNAL)) {
		external_interrupts();
#ifdef KEEL_KERNEL_ONLY
	} else if (cause == EXC_ECALL_M) {
		/* A kernel thread's call: it resumes after its ecall (4 bytes). */
		t->frame.x[0] += 4;
		k_kcall(t);
#endif
	} else {
		const char *kind = fault_words + (cause < 8 ? fault_kind[cause] : W_NONE);
		const char *what = fault_words + (cause < 8 ? fault_what[cause] : W_EXCEPTION);
#ifdef KEEL_KERNEL_ONLY
		k_kthread_fault(t, cause, t->frame.x[0], csr_read(mtval), kind, what);
#else
		k_fault(t, cause, t->frame.x[0], csr_read(mtval), kind, what);
#endif
	}
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
