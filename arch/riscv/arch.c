// SPDX-License-Identifier: Apache-2.0
/* RISC-V (M-mode kernel, U-mode processes): traps, PMP, CLINT timer, PLIC. */
#include <stddef.h>
#include <k/arch.h>
#include <k/console.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/syscall.h>
#include <arch/offsets.h>
#include <target/board.h>

_Static_assert(offsetof(struct k_thread, frame) == ARCH_THREAD_FRAME_OFFSET,
	       "trap.S saves registers at the start of struct k_thread");

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
#define MIP_MTIP (1u << IRQ_M_TIMER)
#define MIP_MEIP (1u << IRQ_M_EXTERNAL)
#define MSTATUS_MPIE (1u << 7)

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
struct arch_syscall_ret arch_syscall(struct k_thread *t);

/*
 * Two registers back to trap.S: the thread to resume and the one that trapped. next
 * is NULL when the caller resumes itself through a restarted syscall.
 */
struct arch_syscall_ret {
	struct k_thread *next, *caller;
};
void arch_kernel_trap(void);

static struct k_process *pmp_owner;

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

bool arch_process_init(struct k_process *p)
{
	if (p->region_count > 8)
		return false;
	for (unsigned i = 0; i < p->region_count; i++) {
		const struct k_region *r = &p->regions[i];
		uint32_t perm = ((r->access & K_ACCESS_R) ? PMP_R : 0) |
			((r->access & K_ACCESS_W) ? PMP_W : 0) |
			((r->access & K_ACCESS_X) ? PMP_X : 0);
		if ((r->start | r->end) & 3)
			return false;
		/* A TOR pair: entry 2i (OFF) holds the base, entry 2i+1 the top. */
		p->arch.pmpaddr[2 * i] = (uint32_t)r->start >> 2;
		p->arch.pmpaddr[2 * i + 1] = (uint32_t)r->end >> 2;
		unsigned e = 2 * i + 1;
		p->arch.pmpcfg[e / 4] |= (PMP_TOR | perm) << (8 * (e % 4));
	}
	return true;
}

#define PMPADDR(n)                                    \
	case n + 1:                                   \
		csr_write(pmpaddr##n, a->pmpaddr[n]); \
		__attribute__((fallthrough));

static void pmp_load(struct k_process *p)
{
	const struct arch_process *a = &p->arch;

	/* Disable every entry first so a half-loaded map never grants too much. */
	csr_write(pmpcfg0, 0);
	csr_write(pmpcfg1, 0);
	csr_write(pmpcfg2, 0);
	csr_write(pmpcfg3, 0);
	/* Only the entries this process uses: the others stay OFF whatever they hold. */
	switch (2 * p->region_count) {
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
	if (p->region_count > 2) {
		csr_write(pmpcfg1, a->pmpcfg[1]);
		csr_write(pmpcfg2, a->pmpcfg[2]);
		csr_write(pmpcfg3, a->pmpcfg[3]);
	}
	pmp_owner = p;
}

bool arch_irq_valid(unsigned irq)
{
	return irq >= TARGET_IRQ_MIN && irq <= TARGET_IRQ_MAX;
}

void arch_irq_mask(unsigned irq)
{
	if (arch_irq_valid(irq))
		*reg(PLIC_ENABLE(irq)) &= ~(1u << (irq % 32));
}

void arch_irq_unmask(unsigned irq)
{
	if (arch_irq_valid(irq))
		*reg(PLIC_ENABLE(irq)) |= 1u << (irq % 32);
}

void arch_irq_trigger(unsigned irq)
{
	/* The PLIC has no software-pending bit: raise it through the same path instead. */
	k_irq(irq);
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
	if (next->process != pmp_owner)
		pmp_load(next->process);
	return next;
}

struct arch_syscall_ret arch_syscall(struct k_thread *t)
{
	uint32_t after = t->frame.x[0] + 4;

	t->frame.x[0] = after;
	k_syscall(t);
	struct k_thread *next = resume(k_sched_next());
	/*
	 * A restarted syscall (its pc moved back) needs its arguments again, which the
	 * fast return does not restore: no next thread sends trap.S the full way.
	 */
	if (__builtin_expect(t->frame.x[0] != after, 0) && next == t)
		next = NULL;
	return (struct arch_syscall_ret){ next, t };
}

struct k_thread *arch_trap(struct k_thread *t)
{
	uint32_t cause = csr_read(mcause);

	if (cause == (MCAUSE_INTERRUPT | IRQ_M_TIMER)) {
		timer_interrupt();
	} else if (cause == (MCAUSE_INTERRUPT | IRQ_M_EXTERNAL)) {
		external_interrupts();
	} else {
		k_fault(t, cause, t->frame.x[0], csr_read(mtval));
	}
	return resume(k_sched_next());
}

noreturn void arch_enter_user(struct k_thread *t)
{
	/* mret drops to U-mode (MPP = 0) with interrupts on (MPIE). */
	csr_write(mstatus, MSTATUS_MPIE);
	/* The boot is not a span the benchmark measures: the first one starts here. */
	latency_resume();
	arch_return_to(resume(t));
}

void arch_kernel_trap(void)
{
	k_printf("[kernel] PANIC: trap in the kernel: mcause %x mepc %x mtval %x\n",
		 (unsigned)csr_read(mcause), (unsigned)csr_read(mepc), (unsigned)csr_read(mtval));
	arch_halt();
}
