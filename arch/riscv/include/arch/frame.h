/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#include <stdint.h>
#include <arch/offsets.h>

/*
 * A thread's context on RISC-V. The kernel keeps only what a syscall's entry saves
 * anyway (sp, ra, gp, the id in t0), a0 and a1 (the results a wake writes, or the
 * registers an interrupt found there), where its stack ends (top) and what its stack
 * holds (kind). Every other register of a thread that does not run lives on its own
 * stack, in the words below its sp (arch/offsets.h): all of them after an interrupt or
 * a fault, pc, tp and s0-s11 (and a2..a5 results, or a restarted call's a2..a6) after
 * a syscall it left the CPU in. The kernel writes there only after checking that the
 * words lie in the thread's own stack: sp word-aligned, not above top, the frame not
 * below the thread's stack limit. Nothing read back from there is trusted: the thread
 * (or another of its process) may rewrite it, which changes only what it resumes
 * with, in U-mode.
 *
 * The syscall ABI: id in t0, arguments in a0..a6, results in a0, a1 (a0..a5 for a
 * short message); every other caller-saved register comes back as 0.
 */
struct arch_frame {
	uint32_t sp; /* the thread's sp: its saved words lie below it */
	uint32_t ra, gp;
	uint32_t id; /* t0 at the last trap: a syscall's id */
	uint32_t a[2]; /* a0, a1 */
	uint32_t top; /* the highest sp of its stack (0: no frame fits anywhere) */
	uint8_t kind; /* ARCH_KIND_*: what lies below sp */
};

/* The fault line's register dump, by register number (x0's slot is the pc). */
#define ARCH_FRAME_NAMES                                                                          \
	"pc", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", \
		"a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",   \
		"t3", "t4", "t5", "t6"

/* The saved word at byte offset `off` below the thread's sp. */
static inline uint32_t *arch_frame_below(const struct arch_frame *f, int off)
{
	return (uint32_t *)(uintptr_t)(f->sp + (uint32_t)off);
}

/*
 * Register i of ARCH_FRAME_NAMES. Only an interrupted or faulted thread has every
 * register saved; of any other, the words below its sp read 0.
 */
static inline uint32_t arch_frame_word(const struct arch_frame *f, unsigned i)
{
	int off;

	if (i == 1 || i == 2 || i == 3 || i == 10 || i == 11)
		return i == 1 ? f->ra : i == 2 ? f->sp : i == 3 ? f->gp : f->a[i - 10];
	if (f->kind != ARCH_KIND_ALL)
		return i == 5 ? f->id : 0;
	if (i == 0 || i == 4)
		off = i ? ARCH_U_TP : ARCH_U_PC;
	else if (i <= 7)
		off = ARCH_U_T((int)i - 5);
	else if (i <= 9)
		off = ARCH_U_S((int)i - 8);
	else if (i <= 16)
		off = ARCH_U_A((int)i - 10);
	else if (i == 17)
		off = ARCH_U_A7;
	else if (i <= 27)
		off = ARCH_U_S((int)i - 16);
	else
		off = ARCH_U_T((int)i - 25);
	return *arch_frame_below(f, off);
}

/* A kernel thread's call (kernel-only images): its frame holds every register. */
static inline uintptr_t arch_frame_arg(const struct arch_frame *f, unsigned n)
{
	return n < 2 ? f->a[n] : *arch_frame_below(f, ARCH_U_A(n));
}

static inline uint32_t arch_frame_syscall_id(const struct arch_frame *f)
{
	return f->id;
}

/* The two result words: in the thread, so a wake never touches its stack. */
static inline void arch_frame_set_result(struct arch_frame *f, uint32_t r0, uint32_t r1)
{
	f->a[0] = r0;
	f->a[1] = r1;
}

/*
 * For a syscall caller that still runs: whether its frame fits its stack (arch.c). If
 * not, nothing is written and the caller faults when it leaves the syscall.
 */
_Bool arch_frame_claim(struct arch_frame *f);
struct k_thread;
extern struct k_thread *k_current;

/*
 * Up to six result words (a0..a5; those past n are 0), for a thread parked in a
 * syscall or for the running caller, which must then return K_WRITTEN (the fast
 * return clears a2..a5). a2..a5 go into the frame below its sp.
 */
static inline void arch_frame_set_results(struct arch_frame *f, const uint32_t r[], unsigned n)
{
	f->a[0] = n > 0 ? r[0] : 0;
	f->a[1] = n > 1 ? r[1] : 0;
	_Bool running = (const void *)f == (const void *)k_current;

	if (n <= 2 || (running && !arch_frame_claim(f)))
		return;
	for (unsigned i = 2; i < 6; i++)
		*arch_frame_below(f, ARCH_U_A(i)) = i < n ? r[i] : 0;
	/* A kernel thread parked in a call has every register saved: it stays ALL. */
	if (running || f->kind != ARCH_KIND_ALL)
		f->kind = ARCH_KIND_CALL6;
}

/*
 * A parked process thread's result words past the two its wake writes (a short
 * message's third to fifth), below its sp: its frame was checked when it left the CPU
 * (its kind is CALL). No claim, no loop: the short call's commits.
 */
static inline __attribute__((always_inline)) void
arch_frame_set_more_results(struct arch_frame *f, uint32_t r2, uint32_t r3, uint32_t r4)
{
	/* sp read once: the stores below it cannot change it, but the compiler cannot tell. */
	uint32_t *below = (uint32_t *)(uintptr_t)f->sp;

	below[ARCH_U_A(2) / 4] = r2;
	below[ARCH_U_A(3) / 4] = r3;
	below[ARCH_U_A(4) / 4] = r4;
	below[ARCH_U_A(5) / 4] = 0;
	/* Only process threads make these calls (kernel-only images have no syscalls). */
	f->kind = ARCH_KIND_CALL6;
}

/*
 * A restartable syscall's arguments, for the trap it executes again: a0 and a1 in
 * the thread, a2..a6 here until the call's return writes them below the caller's sp
 * (only one syscall runs at a time).
 */
extern uint32_t arch_restart_args[5];

static inline void arch_frame_save_args(struct arch_frame *f, uintptr_t a0, uintptr_t a1,
					uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5,
					uintptr_t a6)
{
	f->a[0] = a0;
	f->a[1] = a1;
	arch_restart_args[0] = a2;
	arch_restart_args[1] = a3;
	arch_restart_args[2] = a4;
	arch_restart_args[3] = a5;
	arch_restart_args[4] = a6;
}

/*
 * A thread that starts at pc with every other register 0, its first frame built below
 * sp (arch.c). Its stack limit must be set first: a stack with no room for the frame
 * inside the thread's own stack (and, for a process, its writable memory) leaves no
 * frame, and the thread faults when it is first resumed.
 */
void arch_frame_init(struct arch_frame *f, uintptr_t pc, uintptr_t sp);

/*
 * Make the thread execute its ecall (4 bytes, never compressed) again, with the
 * arguments arch_frame_save_args kept: the syscall's return writes its frame.
 */
static inline void arch_frame_restart(struct arch_frame *f)
{
	f->kind = ARCH_KIND_RESTART;
}

/* Where a thread that does not run resumes (0: no frame; the running thread's last). */
static inline uintptr_t arch_frame_pc(const struct arch_frame *f)
{
	return f->kind != ARCH_KIND_NONE && f->top ? *arch_frame_below(f, ARCH_U_PC) : 0;
}

#endif /* ARCH_FRAME_H */
