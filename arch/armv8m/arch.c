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
#define ICSR_PENDSVSET (1u << 28)
#define ICSR_PENDSVCLR (1u << 27)
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
#define HFSR REG(0xe000ed2c)
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
#define EXC_PENDSV 14
#define EXC_SYSTICK 15
#define EXC_IRQ0 16
#define KERNEL_PRIORITY 0x80u
#define CAUSE_BAD_STACK 0xffffffffu /* a thread whose frame is not in its own stack */
#define CAUSE_NON_SECURE 0xfffffffeu /* an exception taken from non-secure state */

/*
 * trap.S's calls: each returns the thread to resume, as the scheduler chose it; trap.S's
 * resume checks its frame, sets its stack limit and MPU regions and loads its r4-r11
 * and PSP, or calls arch_resume_refused for a thread with no frame to resume.
 */
struct k_thread *arch_exception(struct k_thread *t, uint32_t *psp, uint32_t exc);
struct k_thread *arch_resume_refused(struct k_thread *t);
uint64_t arch_svc(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
		  uintptr_t a5, uintptr_t a6, uint32_t id);
uint64_t arch_svc_finish(int32_t r, uint32_t id);
struct k_thread *arch_boot_exception(uint32_t exc);
struct k_thread *arch_foreign_exception(uint32_t exc);
noreturn void arch_kernel_fault(uint32_t exc);

static uint64_t epoch; /* SysTick periods counted so far, in ticks */

_Static_assert(K_SYSCALL_HASH == ARCH_SYSCALL_HASH &&
		       K_SYSCALL_SLOTS == 1u << (32 - ARCH_SYSCALL_SLOT_SHIFT) &&
		       sizeof(struct k_syscall_entry) == 8 &&
		       offsetof(struct k_syscall_entry, fn) == 4,
	       "trap.S: the syscall dispatch");
_Static_assert(offsetof(struct k_thread, frame) == 0 &&
		       offsetof(struct arch_frame, psp) == ARCH_FRAME_PSP_OFFSET &&
		       offsetof(struct arch_frame, top) == ARCH_FRAME_TOP_OFFSET &&
		       ARCH_FRAME_TOP_OFFSET == ARCH_FRAME_PSP_OFFSET + 4 &&
		       offsetof(struct arch_frame, r) == 0,
	       "trap.S: ldmia/stmia of r4-r11 and the PSP at the thread pointer");
_Static_assert(offsetof(struct k_thread, stack_limit) == ARCH_THREAD_STACK_LIMIT_OFFSET &&
		       offsetof(struct k_thread, process) == ARCH_THREAD_PROCESS_OFFSET &&
		       ARCH_THREAD_PROCESS_OFFSET + 4 == ARCH_THREAD_STACK_LIMIT_OFFSET &&
		       offsetof(struct k_process, info) == ARCH_PROCESS_INFO_OFFSET &&
		       offsetof(struct k_process_info, arch) == ARCH_INFO_MPU_OFFSET &&
		       offsetof(struct k_process_info, arch.high) == ARCH_INFO_MPU_HIGH_OFFSET &&
		       offsetof(struct arch_process, region) == 0 && sizeof(bool) == 1,
	       "trap.S's resume: arch/offsets.h");
_Static_assert(K_SWITCHED == (int32_t)ARCH_K_SWITCHED, "trap.S: K_SWITCHED");

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
/*
 * What the MPU holds (trap.S's resume reloads it): the process whose regions they are
 * (NULL: none yet, every region off) and whether any of regions 4..7 is on.
 */
struct {
	struct k_process *owner;
	uint32_t high;
} arch_mpu;
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
	/*
	 * On from now on, every region off: the kernel keeps the default map
	 * (PRIVDEFENA), threads get what resume loads. MPU_RNR stays 0 (resume's block
	 * writes go through RBAR and its aliases).
	 */
	MPU_MAIR0 = MAIR_NORMAL_DEVICE;
	for (unsigned i = 0; i < 8; i++) {
		MPU_RNR = i;
		MPU_RLAR = 0;
	}
	MPU_RNR = 0;
	MPU_CTRL = MPU_CTRL_ENABLE_PRIVDEFENA;
	__asm__ volatile("dsb\n\tisb" ::: "memory");
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
 * its return: trap.S's resume ends a span once the next thread's MPU regions are
 * loaded, arch_svc_finish the span of a syscall whose caller goes on. Under -icount a
 * tick is 1e9 / TARGET_SYSTEM_CLOCK_HZ instructions. The few instructions of trap.S
 * before the C entry and after the span's end are not counted.
 */
static uint64_t latency_begin, latency_longest;

uint32_t arch_latency_max(void)
{
	return (uint32_t)(latency_longest * (1000000000u / TARGET_SYSTEM_CLOCK_HZ));
}

void arch_latency_pause(void);
void arch_latency_pause(void)
{
	uint64_t d = arch_now() - latency_begin;

	if (d > latency_longest)
		latency_longest = d;
}

static void latency_resume(void)
{
	latency_begin = arch_now();
}

static inline void latency_pause(void)
{
	arch_latency_pause();
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

void arch_frame_init(struct arch_frame *f, uintptr_t pc, uintptr_t sp)
{
	uint32_t xpsr = ARCH_XPSR_THUMB;

	/* Where an exception taken at sp would stack: sp as the register holds it (bits 1:0
	 * clear), the frame 8-byte aligned below it. */
	sp &= ~(uintptr_t)3;
	uintptr_t end = sp;
	if (sp & 4) {
		sp -= 4;
		xpsr |= ARCH_XPSR_ALIGNED;
	}
	uint32_t *s = (uint32_t *)(sp - ARCH_HW_WORDS * 4);

	for (unsigned i = 0; i < 8; i++)
		f->r[i] = 0;
	f->top = s;
	f->psp = NULL;
#ifndef KEEL_KERNEL_ONLY
	/* frame is struct k_thread's first member. The stack must be the process's own. */
	if (sp < ARCH_HW_WORDS * 4 ||
	    !k_range_ok(((struct k_thread *)f)->process, (uintptr_t)s, end - (uintptr_t)s,
			K_ACCESS_R | K_ACCESS_W))
		return;
#else
	(void)end;
#endif
	for (unsigned i = 0; i < ARCH_HW_PC; i++)
		s[i] = 0;
	s[ARCH_HW_PC] = (uint32_t)pc & ~1u;
	s[ARCH_HW_XPSR] = xpsr;
	f->psp = s;
}

/* Does t's frame at psp lie in t's own stack (where the kernel may read and write it)? */
static bool frame_in_stack(const struct k_thread *t, const uint32_t *psp)
{
	return !((uintptr_t)psp & 7) && (uintptr_t)psp >= t->stack_limit && psp <= t->frame.top;
}

/*
 * trap.S's resume found no frame to resume t with: started on a stack with no room
 * for its first frame, or with its limit (set after arch_frame_init) above it. It
 * faults instead, and the next thread is asked for.
 */
struct k_thread *arch_resume_refused(struct k_thread *t)
{
	t->frame.psp = NULL;
	thread_fault_report(t, CAUSE_BAD_STACK, 0, (uintptr_t)t->frame.top, "",
			    "stack pointer outside its stack");
	return k_sched_next();
}

/* t trapped with its frame outside its stack: ended, the frame left untouched. */
static void frame_outside_stack(struct k_thread *t, const uint32_t *psp)
{
	thread_fault_report(t, CAUSE_BAD_STACK, 0, (uintptr_t)psp, "",
			    "stack pointer outside its stack");
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
 * A fault (HardFault, MemManage, BusFault, UsageFault, SecureFault, DebugMonitor) of t;
 * t->frame.psp is its frame if that lies in its stack, else NULL.
 */
static void thread_fault(struct k_thread *t, uint32_t exc)
{
	uint32_t hfsr = HFSR, cfsr = take_fault_status(), cause = cfsr, addr = 0;

	/*
	 * A fault while stacking leaves no frame to read: the MPU or the bus refused it,
	 * or it would have crossed PSPLIM, which leaves the PSP at the limit. (A push
	 * that crossed the limit, then a frame stacked above it, leaves a good frame.)
	 */
	if ((cfsr & (CFSR_MSTKERR | CFSR_STKERR)) ||
	    ((cfsr & CFSR_STKOF) && (uintptr_t)t->frame.psp == t->stack_limit))
		t->frame.psp = NULL;
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
	/*
	 * The host tools name the lowest CFSR bit set, or a HardFault (a breakpoint when
	 * HFSR says FORCED or DEBUGEVT): words here only for what the cause cannot tell.
	 */
	const char *kind = "", *what = "";
	if (exc == EXC_SECUREFAULT) {
		what = "SecureFault";
	} else if (!cause) {
		kind = "HardFault: ";
		what = "fault";
		cause = exc;
	}
	thread_fault_report(t, cause, arch_frame_pc(&t->frame), addr, kind, what);
}

/*
 * Any exception from a thread but a syscall of a process's (trap.S's arch_svc_entry),
 * which comes here too when its frame is above the caller's stack. t's r4-r11 are
 * saved; psp is where the hardware stacked its frame.
 */
struct k_thread *arch_exception(struct k_thread *t, uint32_t *psp, uint32_t exc)
{
	latency_resume();
	bool fits = frame_in_stack(t, psp);

	t->frame.psp = fits ? psp : NULL;
	if (exc >= EXC_SYSTICK) {
		if (exc == EXC_SYSTICK)
			epoch += SYST_PERIOD;
		else
			irq(exc - EXC_IRQ0);
		if (!fits)
			frame_outside_stack(t, psp);
	} else if (exc != EXC_SVC) {
		thread_fault(t, exc);
	} else if (!fits) {
		frame_outside_stack(t, psp);
	} else {
#ifdef KEEL_KERNEL_ONLY
		/* Kernel threads call the kernel with svc through this general entry. */
		thread_call(t);
#endif
	}
	return k_sched_next();
}

#ifndef KEEL_KERNEL_ONLY
/*
 * The syscall return when trap.S cannot take its own: the handler's result is an
 * error or a K_* code, the scheduler may have changed (k_sched_dirty), or the caller
 * no longer runs. The result goes into the caller's frame first (a parked caller
 * woken while the scheduler idles gets its results there too). Returns 0 when the
 * caller goes on, else the thread to resume and, in the high word, the caller, whose
 * r4-r11 trap.S saves.
 */
uint64_t arch_svc_finish(int32_t r, uint32_t id)
{
	struct k_thread *t = k_current;

	/*
	 * The syscall chose: k_current runs now, the caller (k_switch_from) saves. (trap.S
	 * takes this case itself but in the kernel_latency kernel.)
	 */
	if (r == K_SWITCHED)
		return (uintptr_t)t | (uint64_t)(uintptr_t)k_switch_from << 32;
	k_syscall_commit(t, r, id);
	struct k_thread *next = k_sched_next();
	if (__builtin_expect(next == t, 1)) {
		latency_pause();
		return 0;
	}
	return (uintptr_t)next | (uint64_t)(uintptr_t)t << 32;
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

struct k_thread *arch_boot_exception(uint32_t exc)
{
	if (!booting)
		arch_kernel_fault(exc);
	if (exc == EXC_SYSTICK)
		epoch += SYST_PERIOD;
	else if (exc >= EXC_IRQ0)
		irq(exc - EXC_IRQ0);
	else if (exc != EXC_PENDSV)
		arch_kernel_fault(exc);
	booting = false;
	/*
	 * An interrupt taken first leaves the PendSV pending: taken from the first thread,
	 * it would be that thread's fault.
	 */
	ICSR = ICSR_PENDSVCLR;
#ifndef KEEL_KERNEL_ONLY
	/* Thread mode is unprivileged from now on (CONTROL.nPRIV; kernel threads keep it). */
	__asm__ volatile("msr control, %0" ::"r"(1u) : "memory");
#endif
	return k_sched_next();
}

/*
 * An exception from anything but a secure thread on its PSP or the kernel: nothing
 * Keel starts runs non-secure, so the current thread got there itself (bxns). Its
 * frame is on a stack the kernel does not know and is not read; the thread is ended.
 * An interrupt that brought the kernel here is still served.
 */
struct k_thread *arch_foreign_exception(uint32_t exc)
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
	t->frame.psp = NULL; /* its last frame is long gone */
	thread_fault_report(t, CAUSE_NON_SECURE, 0, 0, "", "non-secure state");
	return k_sched_next();
}

noreturn void arch_enter_user(struct k_thread *t)
{
	k_current = t;
	booting = true;
	/* The boot is not a span the benchmark measures: the first one starts here. */
	latency_resume();
	/*
	 * The PendSV (or an interrupt taken the moment they are enabled) leaves the boot
	 * stack for good: arch_boot_exception makes thread mode unprivileged and the
	 * first thread is resumed. Not an svc: SVCall's entry takes only a thread's.
	 */
	ICSR = ICSR_PENDSVSET;
	__asm__ volatile("cpsie i\n\tisb" ::: "memory");
	for (;;)
		;
}

noreturn void arch_kernel_fault(uint32_t exc)
{
	k_printf(K_ERR "PANIC: exception %u in the kernel, CFSR %x HFSR %x\n", (unsigned)exc,
		 (unsigned)CFSR, (unsigned)HFSR);
	k_panic_end();
}
