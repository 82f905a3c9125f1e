// SPDX-License-Identifier: Apache-2.0
/*
 * libFuzzer over the syscall layer: the input is a program of syscalls issued by the
 * simulated system's live threads, with arguments drawn from the worst classes (the
 * kernel's own memory, other processes' RAM, wrapping lengths, huge vectors, every
 * handle, unknown ids), mixed with interrupts, time passing and scheduling. AddressSanitizer
 * and UBSan catch any memory error; after every step the kernel's invariants and a
 * canary in kernel memory are checked. Each program runs twice, with the scheduler's
 * direct hand-off and without it: the fast paths must leave every thread, result word,
 * signal and timer exactly as the general path does, step by step.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <keel/syscall_ids.h>
#include <k/object.h>
#include <k/sched.h>
#include <arch/host.h>
#include "sim.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t kernel_canary[64];

static const uint32_t ids[] = {
	KEEL_SYS_CHANNEL_ASYNC_CANCEL,
	KEEL_SYS_CHANNEL_ASYNC_TRANSACT,
	KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE,
	KEEL_SYS_CHANNEL_READ,
	KEEL_SYS_CHANNEL_RESPOND,
	KEEL_SYS_CHANNEL_TRANSACT,
	KEEL_SYS_INTERRUPT_ACK,
	KEEL_SYS_OBJECT_WAIT,
	KEEL_SYS_PROCESS_EXIT,
	KEEL_SYS_PROCESS_START,
	KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL,
	KEEL_SYS_TASK_JOIN,
	KEEL_SYS_TASK_TERMINATE,
	KEEL_SYS_THREAD_EXIT,
	KEEL_SYS_THREAD_START,
	KEEL_SYS_WAIT_GROUP_ADD,
	KEEL_SYS_WAIT_GROUP_REMOVE,
	KEEL_SYS_CHANNEL_RESPOND_AND_WAIT,
	KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE,
	KEEL_SYS_CHANNEL_TRANSACT_SHORT,
	KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT,
	KEEL_SYS_DEBUG_PUTC,
	KEEL_SYS_DEBUG_LOG,
	KEEL_SYS_DEBUG_NOP,
	KEEL_SYS_DEBUG_TRIGGER_INTERRUPT,
	KEEL_SYS_DEBUG_CLOCK_NOW,
	/* Unknown ids at every edge of the dispatch table's index (none may alias a call). */
	0,
	0x12,
	24,
	25,
	31,
	32,
	0xefe9,
	0xefff,
	0xf000,
	0xf007,
	0x1f004,
	0xffffffff,
};

struct reader {
	const uint8_t *p;
	size_t n;
};

static uint8_t byte(struct reader *r)
{
	if (!r->n)
		return 0;
	r->n--;
	return *r->p++;
}

static uint32_t word(struct reader *r)
{
	uint32_t w = 0;

	for (int i = 0; i < 4; i++)
		w = (w << 8) | byte(r);
	return w;
}

/* One argument, from a class chosen by the input. */
static uintptr_t arg(struct reader *r, struct k_thread *t)
{
	uint8_t c = byte(r);
	uint8_t *own = t->process == &sim_a ? sim_ram_a
		: t->process == &sim_b	    ? sim_ram_b
					    : sim_ram_c;
	switch (c % 13) {
	case 0:
		return c >> 4; /* small: handles, masks, lengths */
	case 1:
		return (uintptr_t)own + (byte(r) << 4); /* inside its own RAM */
	case 2:
		return (uintptr_t)own + SIM_RAM - (byte(r) & 15); /* straddling the end */
	case 3:
		return (uintptr_t)(t->process == &sim_a ? sim_ram_b : sim_ram_a) + byte(r);
	case 4:
		return (uintptr_t)kernel_canary + (byte(r) & 31);
	case 5:
		return (uintptr_t)-1 - (byte(r) & 7);
	case 6:
		return (uintptr_t)(intptr_t)(int32_t)(0u - (byte(r) & 31)); /* vectors */
	case 7:
		return (uintptr_t)(uint32_t)INT32_MIN; /* also KEEL_NO_RESPONSE */
	case 8:
		return 1u << (byte(r) & 31); /* single signal bits */
	case 9:
		return (uintptr_t)sim_flash_a + byte(r);
	case 10:
		return UINT32_MAX;
	case 11: /* a short message's tag: a handle, a length around the limit */
		return KEEL_SHORT_TAG(byte(r) & 7, byte(r) % 20) |
			(c & 0x80 ? KEEL_NO_RESPONSE : 0);
	default:
		return word(r);
	}
}

static struct k_thread *pick_thread(uint8_t sel)
{
	struct k_thread *all[] = { &sim_a.info->threads[0], &sim_a.info->threads[1], MAIN(sim_b),
				   MAIN(sim_c) };
	for (unsigned i = 0; i < 4; i++) {
		struct k_thread *t = all[(sel + i) % 4];
		if (t->state == K_THREAD_READY || t->state == K_THREAD_RUNNING)
			return t;
	}
	return NULL;
}

/* What must hold after every step, whatever the processes did. */
static void check_invariants(void)
{
	static const uint8_t zero[sizeof(kernel_canary)];

	if (memcmp(kernel_canary, zero, sizeof(zero)) != 0) {
		fprintf(stderr, "kernel memory written by a syscall\n");
		abort();
	}
	struct k_process *ps[] = { &sim_a, &sim_b, &sim_c };
	for (unsigned i = 0; i < 3; i++) {
		/* A group's count and READABLE: its members whose signals meet their mask. */
		for (unsigned j = 0; j < ps[i]->table_size; j++) {
			struct k_object *o = ps[i]->table[j];
			if (o->type != K_OBJ_WAIT_GROUP)
				continue;
			struct k_wait_group *g = (struct k_wait_group *)o;
			unsigned n = 0;
			for (struct k_list *m = g->members.next; m && m != &g->members;
			     m = m->next) {
				struct k_object *mo =
					K_CONTAINER_OF(m, struct k_object, member_link);
				n += (mo->signals & mo->member_mask) != 0;
			}
			if (n != o->signalled || !n != !(o->signals & KEEL_SIGNAL_READABLE))
				abort(); /* a group that miscounts its signalled members */
		}
		for (unsigned j = 0; j < ps[i]->info->thread_count; j++) {
			struct k_thread *t = &ps[i]->info->threads[j];
			bool queued = k_list_linked(&t->link) || k_sched_handed_off(t);
			if (t->state == K_THREAD_READY && !queued)
				abort(); /* a ready thread the scheduler cannot find */
			if ((t->state == K_THREAD_STOPPED || t->state == K_THREAD_TERMINATED) &&
			    (queued || k_list_linked(&t->timer_link)))
				abort(); /* a dead thread still linked somewhere */
			if (ps[i]->state != K_PROCESS_RUNNING &&
			    (t->state == K_THREAD_READY || t->state == K_THREAD_RUNNING ||
			     t->state == K_THREAD_WAITING))
				abort(); /* a thread outliving its process */
		}
	}
}

#define MAX_STEPS 200

/* FNV-1a over what a process or the scheduler can observe after a step. */
static uint32_t mix(uint32_t h, uint32_t v)
{
	for (int i = 0; i < 4; i++, v >>= 8)
		h = (h ^ (v & 0xffu)) * 16777619u;
	return h;
}

static uint32_t digest(int32_t call_result)
{
	struct k_process *ps[] = { &sim_a, &sim_b, &sim_c };
	uint32_t h = mix(2166136261u, (uint32_t)call_result);

	h = mix(h, (uint32_t)host_timer);
	h = mix(h, (uint32_t)(host_timer >> 32));
	for (unsigned i = 0; i < 3; i++) {
		h = mix(h, ps[i]->state);
		h = mix(h, ps[i]->base.signals);
		for (unsigned j = 0; j < ps[i]->table_size; j++)
			h = mix(h, ps[i]->table[j]->signals);
		for (unsigned j = 0; j < ps[i]->info->thread_count; j++) {
			struct k_thread *t = &ps[i]->info->threads[j];
			h = mix(h, t->state | (t->wait_kind << 8) | ((t == k_current) << 16));
			h = mix(h, t->frame.result[0]);
			h = mix(h, t->frame.result[1]);
			h = mix(h, t->base.signals);
		}
	}
	return h;
}

static void run(const uint8_t *data, size_t size, uint32_t *trace, unsigned *steps_out)
{
	struct reader r = { data, size };
	jmp_buf jb;
	/* Read again after the longjmp of a shutdown. */
	volatile unsigned n = 0;

	sim_reset();
	/*
	 * The first byte shapes the system: time slices on or off, and each thread's
	 * priority (equal ones round-robin, higher ones preempt): the hand-off must
	 * yield to both exactly as the run queues do.
	 */
	uint8_t shape = byte(&r);
	k_time_slice = shape & 1u ? 40u : 0u;
	struct k_thread *all[] = { &sim_a.info->threads[0], &sim_a.info->threads[1], MAIN(sim_b),
				   MAIN(sim_c) };
	for (unsigned i = 0; i < 4; i++) {
		bool ready = all[i]->state == K_THREAD_READY;
		if (ready)
			k_sched_detach(all[i]);
		all[i]->priority = (uint8_t)(10u + ((shape >> (1 + 2 * i)) & 1u) * 5u);
		if (ready)
			k_sched_ready(all[i]);
	}
	host_exit_jmp = &jb;
	if (setjmp(jb)) {
		/* debug_shutdown, or nothing left to run: the run is over. */
		host_exit_jmp = NULL;
		check_invariants();
		trace[n] = digest(0);
		*steps_out = n + 1;
		return;
	}
	for (; r.n && n < MAX_STEPS; n++) {
		int32_t result = 0;
		uint8_t op = byte(&r);
		if (op < 8) {
			k_irq(byte(&r) & 7);
		} else if (op < 16) {
			host_time += byte(&r) * 10u;
			if (host_time >= host_timer) {
				host_timer = UINT64_MAX;
				k_timer_interrupt();
			}
		} else if (op < 24) {
			struct k_thread *nx = sim_schedule();
			if (getenv("FUZZ_TRACE"))
				fprintf(stderr, "%u: schedule -> %p\n", n, (void *)nx);
			host_exit_jmp = &jb;
		} else {
			struct k_thread *t = pick_thread(byte(&r));
			if (!t) {
				sim_schedule();
				host_exit_jmp = &jb;
				trace[n] = digest(0);
				continue;
			}
			uint32_t id = ids[byte(&r) % (sizeof(ids) / sizeof(ids[0]))];
			uintptr_t a[7];
			for (int i = 0; i < 7; i++)
				a[i] = arg(&r, t);
			result = sim_call(t, id, a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
			/*
			 * On a target the scheduler decides after every syscall (the arch's
			 * return, or the syscall itself on a fast path): the two ways are
			 * compared once it has.
			 */
			sim_schedule();
			host_exit_jmp = &jb;
			if (getenv("FUZZ_TRACE"))
				fprintf(stderr,
					"%u: t%p id %x (%lx %lx %lx %lx %lx) -> %d cur %p\n", n,
					(void *)t, id, (long)a[0], (long)a[1], (long)a[2],
					(long)a[3], (long)a[4], result, (void *)k_current);
		}
		check_invariants();
		trace[n] = digest(result);
	}
	host_exit_jmp = NULL;
	*steps_out = n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint32_t fast[MAX_STEPS + 1], general[MAX_STEPS + 1];
	unsigned fast_steps = 0, general_steps = 0;

	k_handoff_enabled = true;
	run(data, size, fast, &fast_steps);
	k_handoff_enabled = false;
	run(data, size, general, &general_steps);
	k_handoff_enabled = true;
	if (fast_steps != general_steps) {
		fprintf(stderr, "hand-off: %u steps, general path: %u\n", fast_steps,
			general_steps);
		abort();
	}
	for (unsigned i = 0; i < fast_steps; i++) {
		if (fast[i] != general[i]) {
			fprintf(stderr, "hand-off and general path differ after step %u\n", i);
			abort();
		}
	}
	return 0;
}
