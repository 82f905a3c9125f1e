// SPDX-License-Identifier: Apache-2.0
/*
 * ARMv8-M (Cortex-M33, secure state): unprivileged threads on the PSP under the MPU,
 * the kernel in handler mode on the main stack. Every exception the kernel takes has
 * the same priority, so the kernel is never preempted. The clock is SysTick with a
 * software epoch; deadlines use CMSDK timer 0; user interrupts go through the NVIC.
 */
#include <stddef.h>
#include <arch/offsets.h>
#include <k/arch.h>
#include <k/console.h>
#include <k/kthread.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/syscall.h>
#include <k/uaccess.h>
#include <target/board.h>

#define REG(a) (*(volatile uint32_t *)(uintptr_t)(a))

extern const uintptr_t arch_vectors[]; /* vectors.c, linked into VECTORS */

#define ICSR REG(0xe000ed04)
#define VTOR REG(0xe000ed08)
#define ICSR_PENDSTSET (1u << 26)
#define ICSR_PENDSTCLR (1u << 25)
#define SCR REG(0xe000ed10)
#define SCR_SEVONPEND (1u << 4)
#define SHPR1 REG(0xe000ed18)
#define SHPR2 REG(0xe000ed1c)
#define SHPR3 REG(0xe000ed20)
#define SHCSR REG(0xe000ed24)
#define SHCSR_FAULTS_ENABLE (0xfu << 16) /* MemManage, BusFault, UsageFault, SecureFault */
/* UsageFault, MemManage, BusFault, SVCall and SecureFault pending: a thread's own. */
#define SHCSR_SYNC_PENDED (0xfu << 12 | 1u << 20)
#define CFSR REG(0xe000ed28)
#define CFSR_MMARVALID (1u << 7)
#define CFSR_MSTKERR (1u << 4)
#define CFSR_BFARVALID (1u << 15)
#define CFSR_STKERR (1u << 12)
#define CFSR_STKOF (1u << 20)
#define CFSR_NO_FRAME (CFSR_MSTKERR | CFSR_STKERR | CFSR_STKOF)
#define HFSR REG(0xe000ed2c)
#define HFSR_FORCED (1u << 30)
#define HFSR_DEBUGEVT (1u << 31)
#define DFSR REG(0xe000ed30)
#define MMFAR REG(0xe000ed34)
#define BFAR REG(0xe000ed38)
#define SFSR REG(0xe000ede4)

#define SYST_CSR REG(0xe000e010)
#define SYST_RVR REG(0xe000e014)
#define SYST_CVR REG(0xe000e018)
#define SYST_ENABLE_TICKINT_CPUCLK 0x7u
#define SYST_PERIOD (1u << 24)

#define NVIC_ISER(n) REG(0xe000e100 + 4 * (n))
#define NVIC_ICER(n) REG(0xe000e180 + 4 * (n))
#define NVIC_ISPR(n) REG(0xe000e200 + 4 * (n))
#define NVIC_ICPR(n) REG(0xe000e280 + 4 * (n))
#define NVIC_IPR(n) (*(volatile uint8_t *)(uintptr_t)(0xe000e400 + (n)))
#define NVIC_WORDS ((TARGET_IRQ_MAX + 32) / 32)

#define MPU_CTRL REG(0xe000ed94)
#define MPU_RNR REG(0xe000ed98)
#define MPU_RBAR REG(0xe000ed9c)
#define MPU_RLAR REG(0xe000eda0)
#define MPU_MAIR0 REG(0xe000edc0)
#define MPU_CTRL_ENABLE_PRIVDEFENA 0x5u
#define MAIR_NORMAL_DEVICE 0x000004ffu /* attr 0: normal write-back, attr 1: device */

#define TIMER_CTRL REG(TARGET_TIMER0_BASE + 0x0)
#define TIMER_VALUE REG(TARGET_TIMER0_BASE + 0x4)
#define TIMER_RELOAD REG(TARGET_TIMER0_BASE + 0x8)
#define TIMER_INTCLEAR REG(TARGET_TIMER0_BASE + 0xc)
#define TIMER_ENABLE_IRQ 0x9u

#define EXC_HARDFAULT 3
#define EXC_MEMMANAGE 4
#define EXC_SECUREFAULT 7
#define EXC_SVC 11
#define EXC_SYSTICK 15
#define EXC_IRQ0 16
#define KERNEL_PRIORITY 0x80u
#define XPSR_ALIGNED (1u << 9) /* the hardware padded the stack to 8 bytes */
#define CAUSE_BAD_STACK 0xffffffffu /* a thread whose sp cannot hold its frame */
#define CAUSE_NON_SECURE 0xfffffffeu /* an exception taken from non-secure state */

uint32_t arch_exception(struct k_thread *t, uint32_t *psp, uint32_t exc);
uint64_t arch_svc(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
		  uintptr_t a5, uintptr_t a6, uint32_t id);
uint64_t arch_svc_finish(int32_t r, uint32_t id);
uint32_t arch_boot_exception(uint32_t exc);
uint32_t arch_foreign_exception(uint32_t exc);
noreturn void arch_kernel_fault(uint32_t exc);

static uint64_t epoch; /* SysTick periods counted so far, in ticks */

_Static_assert(offsetof(struct k_thread, state) == ARCH_THREAD_STATE_OFFSET &&
		       K_THREAD_RUNNING == ARCH_THREAD_RUNNING,
	       "trap.S: arch_svc_entry's state test");

noreturn void arch_halt(void)
{
	for (;;)
		__asm__ volatile("cpsid i\n\twfi");
}

/*
 * Ticks into the current SysTick period. A period starts when the counter reaches 0,
 * the same moment the wrap becomes pending; it then reloads to PERIOD - 1 and counts
 * down to 1.
 */
static uint32_t period_ticks(void)
{
	return (SYST_PERIOD - SYST_CVR) % SYST_PERIOD;
}

uint64_t arch_now(void)
{
	uint32_t t = period_ticks();

	/* A wrap not yet counted: read again, now certainly in the new period. */
	if (ICSR & ICSR_PENDSTSET)
		return epoch + SYST_PERIOD + period_ticks();
	return epoch + t;
}

void arch_timer_set(uint64_t when)
{
	TIMER_CTRL = 0;
	TIMER_INTCLEAR = 1;
	if (when == UINT64_MAX)
		return;
	uint64_t now = arch_now();
	uint64_t delta = when > now ? when - now : 1;
	/* Early is harmless (the kernel rearms): clamp to the counter's width. QEMU's
	 * timer loads VALUE from RELOAD when RELOAD is written, so RELOAD goes first. */
	uint32_t ticks = delta > 0xffffffffu ? 0xffffffffu : (uint32_t)delta;
	TIMER_RELOAD = ticks;
	TIMER_VALUE = ticks;
	TIMER_CTRL = TIMER_ENABLE_IRQ;
}

/* Kernel-only images run every thread privileged in the default map: no MPU code. */
#ifndef KEEL_KERNEL_ONLY
static struct k_process *mpu_owner;

bool arch_process_init(struct k_process *p)
{
	if (p->region_count > 8)
		return false;
	for (unsigned i = 0; i < p->region_count; i++) {
		const struct k_region *r = &p->regions[i];
		if ((r->start | r->end) & 31 || r->end <= r->start)
			return false;
		uint32_t ap = (r->access & K_ACCESS_W) ? 1u : 3u; /* RW or RO, any privilege */
		uint32_t xn = (r->access & K_ACCESS_X) ? 0u : 1u;
		uint32_t attr = (r->access & K_ACCESS_DEVICE) ? 1u : 0u;
		p->arch.region[i][0] = (uint32_t)r->start | ap << 1 | xn;
		p->arch.region[i][1] = ((uint32_t)r->end - 32) | attr << 1 | 1u;
	}
	p->arch.blocks = p->region_count > 4 ? 2 : 1;
	return true;
}

/* Four regions, from the one MPU_RNR selects: RBAR, RLAR, RBAR_A1 .. RLAR_A3. */
static inline void mpu_block(const uint32_t *image)
{
	const uint32_t *src = image;
	uint32_t dst = 0xe000ed9c;

	__asm__ volatile("ldmia %0!, {r2, r3, r4, r5}\n\t"
			 "stmia %1!, {r2, r3, r4, r5}\n\t"
			 "ldmia %0!, {r2, r3, r4, r5}\n\t"
			 "stmia %1!, {r2, r3, r4, r5}"
			 : "+r"(src), "+r"(dst)
			 :
			 : "r2", "r3", "r4", "r5", "memory");
}

/*
 * Regions 4..7 are written only when the new or the old process uses one: otherwise
 * both have them disabled and the MPU holds the same already.
 */
static void mpu_load(struct k_process *p)
{
	MPU_CTRL = 0;
	__asm__ volatile("dsb" ::: "memory");
	MPU_RNR = 0;
	mpu_block(p->arch.region[0]);
	if (p->arch.blocks > 1 || !mpu_owner || mpu_owner->arch.blocks > 1) {
		MPU_RNR = 4;
		mpu_block(p->arch.region[4]);
	}
	MPU_CTRL = MPU_CTRL_ENABLE_PRIVDEFENA;
	__asm__ volatile("dsb\n\tisb" ::: "memory");
	mpu_owner = p;
}
#endif /* !KEEL_KERNEL_ONLY */

bool arch_irq_valid(unsigned irq)
{
	return irq <= TARGET_IRQ_MAX && irq != TARGET_TIMER0_IRQ;
}

void arch_irq_mask(unsigned irq)
{
	if (arch_irq_valid(irq))
		NVIC_ICER(irq / 32) = 1u << (irq % 32);
}

/*
 * debug_trigger_interrupt's pending bits while the IRQ is masked: the unmask below
 * clears the NVIC's, so a trigger is remembered here (once, however often it comes).
 */
static uint32_t soft_pending[NVIC_WORDS];

/*
 * The NVIC latches a rising line even while the IRQ is disabled, and pends it again
 * when its handler returns with the line still up (or keeps it pending, if the kernel
 * took it from idle), so what it holds by the time the driver acks is stale. ICPR
 * cannot clear a pending bit while the line is up (QEMU's NVIC as the architecture,
 * rule R_CVJS): clearing it first leaves exactly "the device still asserts it".
 */
void arch_irq_unmask(unsigned irq)
{
	if (!arch_irq_valid(irq))
		return;
	unsigned w = irq / 32;
	uint32_t bit = 1u << (irq % 32);
	NVIC_ICPR(w) = bit;
	if (soft_pending[w] & bit) {
		soft_pending[w] &= ~bit;
		NVIC_ISPR(w) = bit;
	}
	NVIC_ISER(w) = bit;
}

void arch_irq_trigger(unsigned irq)
{
	unsigned w = irq / 32;
	uint32_t bit = 1u << (irq % 32);

	/* Pending in the NVIC: taken on the way out of the kernel. */
	if (NVIC_ISER(w) & bit)
		NVIC_ISPR(w) = bit;
	else
		soft_pending[w] |= bit;
}

void arch_init(void)
{
	/* Exceptions use the table where system.json5 placed it, wherever that is. */
	VTOR = (uint32_t)(uintptr_t)arch_vectors;
	__asm__ volatile("dsb\n\tisb" ::: "memory");
	SHPR1 = KERNEL_PRIORITY * 0x01010101u;
	SHPR2 = KERNEL_PRIORITY << 24;
	SHPR3 = KERNEL_PRIORITY << 24 | KERNEL_PRIORITY << 16;
	for (unsigned irq = 0; irq <= TARGET_IRQ_MAX; irq++)
		NVIC_IPR(irq) = KERNEL_PRIORITY;
	for (unsigned w = 0; w < NVIC_WORDS; w++)
		NVIC_ICER(w) = 0xffffffffu;
	SHCSR |= SHCSR_FAULTS_ENABLE;
	/* Non-secure thread mode, should anything ever run there, is unprivileged. */
	__asm__ volatile("msr control_ns, %0\n\tisb" ::"r"(1u) : "memory");
	/* Idle waits with wfe: a new pending interrupt must wake it even though the
	 * kernel's own priority keeps the interrupt from being taken. */
	SCR |= SCR_SEVONPEND;
#ifndef KEEL_KERNEL_ONLY
	MPU_MAIR0 = MAIR_NORMAL_DEVICE;
#endif
	SYST_RVR = SYST_PERIOD - 1;
	SYST_CVR = 0;
	SYST_CSR = SYST_ENABLE_TICKINT_CPUCLK;
	arch_timer_set(UINT64_MAX);
	NVIC_ISER(TARGET_TIMER0_IRQ / 32) = 1u << (TARGET_TIMER0_IRQ % 32);
}

static void irq(unsigned n)
{
	if (n == TARGET_TIMER0_IRQ) {
		arch_timer_set(UINT64_MAX);
		k_timer_interrupt();
	} else {
		k_irq(n);
	}
}

#ifdef KEEL_MEASURE_LATENCY
/*
 * The kernel_latency benchmark's kernel: spans measured on the system clock (the
 * M33 has no instruction counter QEMU models), from the C entry of an exception to
 * its return; under -icount a tick is 1e9 / TARGET_SYSTEM_CLOCK_HZ instructions. The
 * few instructions of trap.S around it are not counted.
 */
static uint64_t latency_begin, latency_longest;

uint32_t arch_latency_max(void)
{
	return (uint32_t)(latency_longest * (1000000000u / TARGET_SYSTEM_CLOCK_HZ));
}

static void latency_pause(void)
{
	uint64_t d = arch_now() - latency_begin;

	if (d > latency_longest)
		latency_longest = d;
}

static void latency_resume(void)
{
	latency_begin = arch_now();
}
#else
static inline void latency_pause(void)
{
}

static inline void latency_resume(void)
{
}
#endif

void arch_idle(void)
{
	for (;;) {
		if (ICSR & ICSR_PENDSTSET) {
			ICSR = ICSR_PENDSTCLR;
			epoch += SYST_PERIOD;
			return;
		}
		for (unsigned w = 0; w < NVIC_WORDS; w++) {
			uint32_t pending = NVIC_ISPR(w) & NVIC_ISER(w);
			if (pending) {
				unsigned bit = (unsigned)__builtin_ctz(pending);
				NVIC_ICPR(w) = 1u << bit;
				irq(w * 32 + bit);
				return;
			}
		}
		/* Waiting is not work: a span ends before it and another begins after. */
		latency_pause();
		__asm__ volatile("wfe");
		latency_resume();
	}
}

#ifdef KEEL_KERNEL_ONLY
/* A kernel thread that faults is the kernel faulting: a panic. */
#define thread_fault_report k_kthread_fault
#define thread_call k_kcall
#else
#define thread_fault_report k_fault
#endif

/* Write next's hardware frame on its stack; returns the PSP to resume it with. */
static uint32_t prepare(struct k_thread *next)
{
	for (;;) {
		struct arch_frame *f = &next->frame;
		uint32_t sp = f->r[ARCH_R_SP], xpsr = f->r[ARCH_R_XPSR] & ~XPSR_ALIGNED;
		if (sp & 4) {
			sp -= 4;
			xpsr |= XPSR_ALIGNED;
		}
		sp -= 32;
		/*
		 * The frame goes where the thread's own code could write, nowhere else, and
		 * not below its stack limit (which also rules out a wrapped sp).
		 */
#ifdef KEEL_KERNEL_ONLY
		/* A kernel thread's frame must stay within its own stack. */
		bool fits = sp >= next->stack_limit && sp + 32 <= next->stack_top;
#else
		bool fits = k_range_ok(next->process, sp, 32, K_ACCESS_R | K_ACCESS_W) &&
			sp >= next->stack_limit;
#endif
		if (fits) {
			uint32_t *s = (uint32_t *)(uintptr_t)sp;
			s[0] = f->r[0];
			s[1] = f->r[1];
			s[2] = f->r[2];
			s[3] = f->r[3];
			s[4] = f->r[12];
			s[5] = f->r[ARCH_R_LR];
			s[6] = f->r[ARCH_R_PC] & ~1u;
			s[7] = xpsr | ARCH_XPSR_THUMB;
			/* A push below the limit is a UsageFault (STKOF), whichever thread. */
			__asm__ volatile("msr psplim, %0" ::"r"(next->stack_limit));
#ifndef KEEL_KERNEL_ONLY
			if (next->process != mpu_owner)
				mpu_load(next->process);
#endif
			return sp;
		}
		thread_fault_report(next, CAUSE_BAD_STACK, f->r[ARCH_R_PC], f->r[ARCH_R_SP], "",
				    "bad stack pointer");
		next = k_sched_next();
	}
}

/* The hardware-stacked registers of t (its exception entry stacked them on psp). */
static inline void save_frame(struct k_thread *t, const uint32_t *psp)
{
	struct arch_frame *f = &t->frame;

	f->r[0] = psp[0];
	f->r[1] = psp[1];
	f->r[2] = psp[2];
	f->r[3] = psp[3];
	f->r[12] = psp[4];
	f->r[ARCH_R_LR] = psp[5];
	f->r[ARCH_R_PC] = psp[6];
	f->r[ARCH_R_XPSR] = psp[7];
	f->r[ARCH_R_SP] = (uint32_t)(uintptr_t)(psp + 8) + ((psp[7] & XPSR_ALIGNED) ? 4 : 0);
}

/*
 * Forget the fault state the current thread left: every status bit is reported, and
 * a synchronous exception still pending is its own (an SVCall or UsageFault whose
 * stacking failed, leaving only the MemManage taken): left pending, it would be taken
 * in the context of the next thread resumed. Interrupts stay pending.
 */
static uint32_t take_fault_status(void)
{
	uint32_t cfsr = CFSR;

	CFSR = cfsr; /* write-one-to-clear, as HFSR, DFSR and SFSR */
	HFSR = HFSR;
	DFSR = DFSR;
	SHCSR &= ~SHCSR_SYNC_PENDED;
	return cfsr;
}

/*
 * CFSR bits in words, by bit number; the lowest set bit is named (a failed stacking,
 * bit 4 or 12, comes before the fault being stacked). MemManage is bits 0..7, BusFault
 * 8..15, UsageFault 16 up. Left out: lazy FP stacking (no process has FP) and divide by
 * zero (CCR.DIV_0_TRP stays clear).
 */
static const char *const cfsr_words[] = {
	[0] = "instruction access violation",
	[1] = "data access violation",
	[3] = "unstacking failed",
	[4] = "stacking failed",
	[8] = "instruction bus error",
	[9] = "precise data bus error",
	[10] = "imprecise data bus error",
	[11] = "unstacking failed",
	[12] = "stacking failed",
	[16] = "undefined instruction",
	[17] = "invalid state",
	[18] = "invalid exception return",
	[19] = "no coprocessor",
	[20] = "stack overflow (PSPLIM)",
	[24] = "unaligned access",
};

static void fault_words(uint32_t exc, uint32_t cfsr, uint32_t hfsr, const char **kind,
			const char **what)
{
	*kind = "";
	if (exc == EXC_SECUREFAULT) {
		*what = "SecureFault";
		return;
	}
	for (unsigned b = 0; b < sizeof(cfsr_words) / sizeof(cfsr_words[0]); b++) {
		if ((cfsr >> b & 1) && cfsr_words[b]) {
			*kind = b < 8 ? "MemManage: " : b < 16 ? "BusFault: " : "UsageFault: ";
			*what = cfsr_words[b];
			return;
		}
	}
	/*
	 * A FORCED HardFault records why in the CFSR (or SFSR), except an escalated debug
	 * event: what a thread's bkpt becomes with no debugger (QEMU sets no DFSR bit).
	 */
	*kind = "HardFault: ";
	*what = (hfsr & (HFSR_FORCED | HFSR_DEBUGEVT)) ? "breakpoint" : "fault";
}

/* A fault (HardFault, MemManage, BusFault, UsageFault, SecureFault, DebugMonitor) of t. */
static void thread_fault(struct k_thread *t, const uint32_t *psp, uint32_t exc)
{
	uint32_t hfsr = HFSR, cfsr = take_fault_status(), cause = cfsr, addr = 0;
	const char *kind, *what;

	/* A fault while stacking leaves no frame to read. */
	if (!(cfsr & CFSR_NO_FRAME))
		save_frame(t, psp);
	if (cfsr & CFSR_MMARVALID)
		addr = MMFAR;
	else if (cfsr & CFSR_BFARVALID)
		addr = BFAR;
	if (exc == EXC_SECUREFAULT) {
		cause = SFSR;
		SFSR = cause;
	} else if (exc < EXC_MEMMANAGE || exc > EXC_SECUREFAULT) {
		/* A HardFault (bkpt with no debugger, an escalation) or a debug event. */
		cause |= hfsr;
	}
	fault_words(exc, cfsr, hfsr, &kind, &what);
	thread_fault_report(t, cause ? cause : exc, t->frame.r[ARCH_R_PC], addr, kind, what);
}

uint32_t arch_exception(struct k_thread *t, uint32_t *psp, uint32_t exc)
{
	latency_resume();
#ifdef KEEL_KERNEL_ONLY
	/* Kernel threads call the kernel with svc through the general entry. */
	if (exc == EXC_SVC) {
		save_frame(t, psp);
		thread_call(t);
		struct k_thread *next = k_sched_next();
		const struct arch_frame *f = &t->frame;
		/*
		 * The caller goes on, neither restarted nor reset (its pc and sp are the ones
		 * stacked): its hardware frame, stack limit and MPU are still right, only the
		 * results are new. A restarted call takes the full way below.
		 */
		if (next == t && f->r[ARCH_R_PC] == psp[6] &&
		    f->r[ARCH_R_SP] ==
			    (uint32_t)(uintptr_t)(psp + 8) + ((psp[7] & XPSR_ALIGNED) ? 4 : 0)) {
			psp[0] = f->r[0];
			psp[1] = f->r[1];
			latency_pause();
			return (uint32_t)(uintptr_t)psp;
		}
		uint32_t next_psp = prepare(next);
		latency_pause();
		return next_psp;
	}
#endif
	if (exc >= EXC_SYSTICK) {
		save_frame(t, psp);
		if (exc == EXC_SYSTICK)
			epoch += SYST_PERIOD;
		else
			irq(exc - EXC_IRQ0);
	} else {
		thread_fault(t, psp, exc);
	}
	uint32_t next_psp = prepare(k_sched_next());
	latency_pause();
	return next_psp;
}

#ifndef KEEL_KERNEL_ONLY
/*
 * Set by arch_svc when its caller does not simply go on: the PSP of the thread to
 * resume, whose hardware frame prepare() has written (trap.S clears it again).
 */
uint32_t arch_svc_next;

/*
 * Everything but the common case: the caller parked, restarted, or is switched away
 * from (next: the thread to run, NULL if not chosen yet). Its hardware frame is copied
 * into its thread first, as every other exception does, then the general return runs.
 */
static __attribute__((noinline)) uint64_t svc_general(struct k_thread *t, struct k_thread *next,
						      int32_t r, uint32_t id)
{
	uint32_t *psp;
	struct arch_frame *f = &t->frame;
	uint32_t w0 = f->r[0], w1 = f->r[1];

	__asm__ volatile("mrs %0, psp" : "=r"(psp));
	save_frame(t, psp);
	/* The handler's own result words (K_WRITTEN) are in the thread, not on its stack. */
	if (r == K_WRITTEN) {
		f->r[0] = w0;
		f->r[1] = w1;
	}
	k_syscall_commit(t, r, id);
	if (!next)
		next = k_sched_next();
	arch_svc_next = prepare(next);
	latency_pause();
	return (uintptr_t)t;
}

/*
 * The syscall entry (trap.S): the arguments as the caller passed them, the id; the
 * result words go back in r0/r1, which trap.S writes into the hardware frame. Only
 * a caller that goes on with a value or status takes this way out: its frame, stack
 * limit and MPU are still right.
 */
/*
 * The syscall return when trap.S cannot take its own: the handler's result is an
 * error or a K_* code, the scheduler may have changed (k_sched_dirty), or the caller
 * no longer runs.
 */
uint64_t arch_svc_finish(int32_t r, uint32_t id)
{
	struct k_thread *t = k_current;

	/*
	 * A parked caller may be woken while the scheduler idles, which writes its
	 * results into its thread: its frame is saved before the scheduler runs.
	 */
	if (__builtin_expect(r <= K_RESTART && r != K_WRITTEN, 0))
		return svc_general(t, NULL, r, id);
	struct k_thread *next = k_sched_next();
	if (__builtin_expect(next != t, 0))
		return svc_general(t, next, r, id);
	latency_pause();
	if (r == K_WRITTEN)
		return t->frame.r[0] | (uint64_t)t->frame.r[1] << 32;
	return k_syscall_words(r, id);
}

#ifdef KEEL_MEASURE_LATENCY
/* The kernel_latency kernel's syscall entry: every call's span is measured. */
uint64_t arch_svc(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
		  uintptr_t a5, uintptr_t a6, uint32_t id)
{
	latency_resume();
	return arch_svc_finish(k_syscall_call(a0, a1, a2, a3, a4, a5, a6, id), id);
}
#endif
#endif /* !KEEL_KERNEL_ONLY */

static bool booting;

uint32_t arch_boot_exception(uint32_t exc)
{
	if (!booting)
		arch_kernel_fault(exc);
	if (exc == EXC_SYSTICK)
		epoch += SYST_PERIOD;
	else if (exc >= EXC_IRQ0)
		irq(exc - EXC_IRQ0);
	else if (exc != EXC_SVC)
		arch_kernel_fault(exc);
	booting = false;
	return prepare(k_sched_next());
}

/*
 * An exception from anything but a secure thread on its PSP or the kernel: nothing
 * Keel starts runs non-secure, so the current thread got there itself (bxns). Its
 * frame is on a stack the kernel does not know and is not read; the thread is ended.
 * An interrupt that brought the kernel here is still served.
 */
uint32_t arch_foreign_exception(uint32_t exc)
{
	struct k_thread *t = k_current;

	latency_resume();
	if (booting)
		arch_kernel_fault(exc);
	if (exc == EXC_SYSTICK)
		epoch += SYST_PERIOD;
	else if (exc >= EXC_IRQ0)
		irq(exc - EXC_IRQ0);
	(void)take_fault_status();
	SFSR = SFSR;
	thread_fault_report(t, CAUSE_NON_SECURE, t->frame.r[ARCH_R_PC], 0, "", "non-secure state");
	uint32_t next_psp = prepare(k_sched_next());
	latency_pause();
	return next_psp;
}

noreturn void arch_enter_user(struct k_thread *t)
{
	k_current = t;
	booting = true;
	/* The boot is not a span the benchmark measures: the first one starts here. */
	latency_resume();
	/*
	 * Unprivileged thread mode from now on (privileged for the kernel threads of a
	 * kernel-only image). The svc (or an interrupt taken the moment they are enabled)
	 * leaves the boot stack for good.
	 */
#ifdef KEEL_KERNEL_ONLY
	const uint32_t control = 0;
#else
	const uint32_t control = 1;
#endif
	__asm__ volatile("cpsie i\n\tmsr control, %0\n\tisb\n\tsvc 0" ::"r"(control) : "memory");
	arch_halt();
}

noreturn void arch_kernel_fault(uint32_t exc)
{
	k_printf(K_ERR "PANIC: exception %u in the kernel, CFSR %x HFSR %x\n", (unsigned)exc,
		 (unsigned)CFSR, (unsigned)HFSR);
	k_panic_end();
}
