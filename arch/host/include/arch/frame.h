/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#include <stdint.h>

/*
 * The host's fake thread context: the syscall id, eight argument words and up to six
 * result words, which is all the portable kernel reads or writes.
 */
struct arch_frame {
	uintptr_t pc, sp;
	uint32_t id;
	uintptr_t arg[8];
	uint32_t result[6];
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

/* Up to six result words (a short message's); those past n are 0. */
static inline void arch_frame_set_results(struct arch_frame *f, const uint32_t r[], unsigned n)
{
	for (unsigned i = 0; i < 6; i++)
		f->result[i] = i < n ? r[i] : 0;
}

/* A parked thread's result words past the two its wake writes. */
static inline void arch_frame_set_more_results(struct arch_frame *f, uint32_t r2, uint32_t r3,
					       uint32_t r4)
{
	f->result[2] = r2;
	f->result[3] = r3;
	f->result[4] = r4;
	f->result[5] = 0;
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
