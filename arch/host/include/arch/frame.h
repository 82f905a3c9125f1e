/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#include <stdint.h>

/*
 * The host's fake thread context: the syscall id, eight argument words and two
 * result words, which is all the portable kernel reads or writes.
 */
struct arch_frame {
	uintptr_t pc, sp;
	uint32_t id;
	uintptr_t arg[8];
	uint32_t result[5]; /* the short messages' calls have five (arch_frame_set_results) */
	unsigned restarts; /* times the syscall asked to be executed again */
};

/* The fault line's register dump: the host frame has only these two. */
#define ARCH_FRAME_NAMES "pc", "sp"
static inline uint32_t arch_frame_word(const struct arch_frame *f, unsigned i)
{
	return (uint32_t)(i ? f->sp : f->pc);
}

static inline uintptr_t arch_frame_arg(const struct arch_frame *f, unsigned n)
{
	return f->arg[n];
}

static inline uint32_t arch_frame_syscall_id(const struct arch_frame *f)
{
	return f->id;
}

static inline void arch_frame_set_result(struct arch_frame *f, uint32_t r0, uint32_t r1)
{
	f->result[0] = r0;
	f->result[1] = r1;
}

/* n (at most 5) result words: the short messages' calls have five. */
static inline __attribute__((always_inline)) void
arch_frame_set_results(struct arch_frame *f, const uint32_t *r, unsigned n)
{
#pragma GCC unroll 5
	for (unsigned i = 0; i < n; i++)
		f->result[i] = r[i];
}

/* A restartable syscall's arguments: the same words sim_call put there. */
static inline void arch_frame_save_args(struct arch_frame *f, uintptr_t a0, uintptr_t a1,
					uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5,
					uintptr_t a6)
{
	f->arg[0] = a0;
	f->arg[1] = a1;
	f->arg[2] = a2;
	f->arg[3] = a3;
	f->arg[4] = a4;
	f->arg[5] = a5;
	f->arg[6] = a6;
}

static inline void arch_frame_init(struct arch_frame *f, uintptr_t pc, uintptr_t sp)
{
	*f = (struct arch_frame){ .pc = pc, .sp = sp };
}

/* The host tests re-issue the call themselves (sim_call) and count the restarts. */
static inline void arch_frame_restart(struct arch_frame *f)
{
	f->restarts++;
}

static inline uintptr_t arch_frame_pc(const struct arch_frame *f)
{
	return f->pc;
}

#endif /* ARCH_FRAME_H */
