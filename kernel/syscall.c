// SPDX-License-Identifier: Apache-2.0
/*
 * The syscall table. A handler gets its arguments as they came in the caller's
 * registers (a0..a6 here, ARG(n) in its body) and the caller as t, and returns the
 * result word: >= 0 success, -status on error, or K_PARKED / K_WRITTEN / K_RESTART.
 * The arch's trap code calls k_syscall_call with the registers untouched; what the
 * caller gets back, and whether it goes on at once, is the arch's (k_syscall_words,
 * k_syscall_commit).
 */
#include <keel/syscall_ids.h>
#include <k/arch.h>
#include <k/channel.h>
#include <k/console.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/syscall.h>
#include <k/target.h>
#include <k/trace.h>
#include <k/uaccess.h>

/* A constant n picks its parameter: the switch folds away. */
static inline uintptr_t k_arg(unsigned n, uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3,
			      uintptr_t a4, uintptr_t a5, uintptr_t a6)
{
	switch (n) {
	case 0:
		return a0;
	case 1:
		return a1;
	case 2:
		return a2;
	case 3:
		return a3;
	case 4:
		return a4;
	case 5:
		return a5;
	default:
		return a6;
	}
}

#define ARG(n) k_arg(n, a0, a1, a2, a3, a4, a5, a6)
#define ARG_LEN(n) ((intptr_t)(int32_t)ARG(n))
/* A 64-bit deadline in two argument words, low word first. */
#define ARG_DEADLINE(n) (((uint64_t)(uint32_t)ARG((n) + 1) << 32) | (uint32_t)ARG(n))

#define K_SYSCALL_ARGS                                                                      \
	uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5, \
		uintptr_t a6

/*
 * A handler: `name` is what the table holds, the body (which follows the macro) is
 * inlined into it with the caller as t. The caller is always the current thread, so
 * t costs a load, not an argument register: all seven arguments stay where the trap
 * left them on rv32, and r0..r3 on the M33.
 */
#define SYSCALL(name)                                                          \
	static inline int32_t name##_body(struct k_thread *t, K_SYSCALL_ARGS); \
	static int32_t name(K_SYSCALL_ARGS)                                    \
	{                                                                      \
		return name##_body(k_current, a0, a1, a2, a3, a4, a5, a6);     \
	}                                                                      \
	static inline __attribute__((always_inline))                           \
	int32_t name##_body(struct k_thread *t, K_SYSCALL_ARGS)

/*
 * A handler that may return K_RESTART: the caller then executes its trap again with
 * the same arguments, which the fast entry keeps in registers only, so they go to the
 * frame first (the general return restores every register from there). Only these
 * handlers pay for it.
 */
#define SYSCALL_RESTARTABLE(name)                                              \
	static inline int32_t name##_body(struct k_thread *t, K_SYSCALL_ARGS); \
	static __attribute__((noinline)) int32_t name(K_SYSCALL_ARGS)          \
	{                                                                      \
		struct k_thread *t = k_current;                                \
		arch_frame_save_args(&t->frame, a0, a1, a2, a3, a4, a5, a6);   \
		return name##_body(t, a0, a1, a2, a3, a4, a5, a6);             \
	}                                                                      \
	static inline __attribute__((always_inline))                           \
	int32_t name##_body(struct k_thread *t, K_SYSCALL_ARGS)

/* Handle h of t's process, which must be of `type` (K_OBJ_TYPES: any). */
static int32_t lookup(struct k_thread *t, uintptr_t h, int type, struct k_object **out)
{
	struct k_process *p = t->process;

	if (h >= p->table_size)
		return k_err(KEEL_OUT_OF_RANGE);
	struct k_object *o = p->table[h];
	if (type != K_OBJ_TYPES && o->type != type)
		return k_err(KEEL_UNIMPLEMENTED);
	*out = o;
	return 0;
}

/* What lookup answers for a type no handle table holds: the handle's range decides. */
static inline __attribute__((always_inline)) int32_t absent_type(struct k_thread *t, uintptr_t h)
{
	return k_err(h >= t->process->table_size ? KEEL_OUT_OF_RANGE : KEEL_UNIMPLEMENTED);
}

/*
 * A type no handle table holds fails as lookup would: the constant test folds, and
 * the handler's body after it leaves an image whose system has none of that type
 * (the handlers left with the range check alone are one function after the link).
 */
#define LOOKUP(h, type, var)                                     \
	struct k_object *var;                                    \
	do {                                                     \
		if ((type) != K_OBJ_TYPES && !k_type_used(type)) \
			return absent_type(t, (h));              \
		int32_t r_ = lookup(t, (h), (type), &var);       \
		if (r_)                                          \
			return r_;                               \
	} while (0)

SYSCALL(sys_channel_async_cancel)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_cancel((struct k_channel_initiator *)o);
}

SYSCALL(sys_channel_async_transact)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_transact(t, (struct k_channel_initiator *)o, ARG(1), ARG_LEN(2), ARG(3),
				  ARG_LEN(4), K_FOREVER, false);
}

SYSCALL(sys_channel_async_transact_complete)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_complete((struct k_channel_initiator *)o);
}

SYSCALL_RESTARTABLE(channel_read_general)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_HANDLER, o);
	return k_channel_read(t, (struct k_channel_handler *)o, ARG(1), ARG(2), ARG_LEN(3));
}

SYSCALL_RESTARTABLE(channel_respond_general)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_HANDLER, o);
	return k_channel_respond(t, (struct k_channel_handler *)o, ARG(1), ARG_LEN(2));
}

/* Handle h of t's process if it is a channel handler, else NULL. */
static inline __attribute__((always_inline)) struct k_channel_handler *
handler_of(struct k_thread *t, uintptr_t h)
{
	struct k_process *p = t->process;

	if (h >= p->table_size || p->table[h]->type != K_OBJ_CHANNEL_HANDLER)
		return NULL;
	return (struct k_channel_handler *)p->table[h];
}

/* The short form first; the general one (which saves the arguments for a restart) else. */
SYSCALL(sys_channel_read)
{
	struct k_channel_handler *h = handler_of(t, ARG(0));
	int32_t r = K_FAST_PATHS && h ? k_channel_read_short(t, h, ARG(1), ARG(2), ARG_LEN(3))
				      : K_DECLINED;

	return r != K_DECLINED ? r : channel_read_general(a0, a1, a2, a3, a4, a5, a6);
}

static __attribute__((noinline)) int32_t channel_respond_and_receive_general(K_SYSCALL_ARGS)
{
	struct k_thread *t = k_current;

	LOOKUP(ARG(0), K_OBJ_CHANNEL_HANDLER, o);
	return k_channel_respond_and_receive(t, (struct k_channel_handler *)o, ARG(1), ARG_LEN(2),
					     ARG(3), ARG_LEN(4), ARG_DEADLINE(5));
}

/* The server's loop: a short response, then the next request received. */
SYSCALL(sys_channel_respond_and_receive)
{
	struct k_channel_handler *h = handler_of(t, ARG(0));

	if (K_FAST_PATHS && h && ARG_LEN(4) >= 0 &&
	    k_channel_short_response(t, h, ARG(1), ARG_LEN(2)) &&
	    k_range_in_ram(h->owner, ARG(3), (size_t)ARG_LEN(4), K_ACCESS_W))
		return k_channel_reply_receive(h, ARG(1), ARG_LEN(2), ARG(3), ARG_LEN(4),
					       (uint32_t)ARG(5), (uint32_t)ARG(6));
	return channel_respond_and_receive_general(a0, a1, a2, a3, a4, a5, a6);
}

SYSCALL(sys_channel_respond)
{
	struct k_channel_handler *h = handler_of(t, ARG(0));

	if (K_FAST_PATHS && h && k_channel_short_response(t, h, ARG(1), ARG_LEN(2)))
		return k_channel_reply(h, ARG(1), ARG_LEN(2));
	return channel_respond_general(a0, a1, a2, a3, a4, a5, a6);
}

SYSCALL(sys_channel_respond_and_wait)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_HANDLER, o);
	LOOKUP(ARG(3), K_OBJ_TYPES, w);
	return k_channel_respond_and_wait(t, (struct k_channel_handler *)o, ARG(1), ARG_LEN(2), w,
					  (k_signals_t)ARG(4), ARG_DEADLINE(5));
}

static __attribute__((noinline)) int32_t channel_transact_general(K_SYSCALL_ARGS)
{
	struct k_thread *t = k_current;

	LOOKUP(ARG(0), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_transact(t, (struct k_channel_initiator *)o, ARG(1), ARG_LEN(2), ARG(3),
				  ARG_LEN(4), ARG_DEADLINE(5), true);
}

SYSCALL(sys_channel_transact)
{
	struct k_process *p = t->process;
	uintptr_t h = ARG(0);

	if (K_FAST_PATHS && h < p->table_size && p->table[h]->type == K_OBJ_CHANNEL_INITIATOR) {
		struct k_channel_initiator *c = (struct k_channel_initiator *)p->table[h];
		/* Tail calls either way: the handler keeps no frame. */
		if (k_channel_transact_target(c, ARG(1), ARG_LEN(2), ARG(3), ARG_LEN(4)))
			return ((uint32_t)ARG(5) & (uint32_t)ARG(6)) == UINT32_MAX
				? k_channel_transact_switch(c, ARG(1), ARG_LEN(2), ARG(3),
							    ARG_LEN(4), (uint32_t)ARG(5),
							    (uint32_t)ARG(6))
				: k_channel_transact_timed(c, ARG(1), ARG_LEN(2), ARG(3),
							   ARG_LEN(4), (uint32_t)ARG(5),
							   (uint32_t)ARG(6));
	}
	return channel_transact_general(a0, a1, a2, a3, a4, a5, a6);
}

/*
 * Short register messages: the tag (ARG(0)) holds the handle and the length (or, the
 * handler's, KEEL_NO_RESPONSE), the words are ARG(1)..ARG(4), the deadline ARG(5..6).
 */
#define SHORT_HANDLE(tag) ((tag)&0xffffu)
#define SHORT_LEN(tag) ((uint32_t)(tag) >> 16)

static __attribute__((noinline)) int32_t channel_transact_short_general(K_SYSCALL_ARGS)
{
	struct k_thread *t = k_current;
	const uint32_t w[4] = { (uint32_t)ARG(1), (uint32_t)ARG(2), (uint32_t)ARG(3),
				(uint32_t)ARG(4) };

	if (SHORT_LEN(ARG(0)) > KEEL_SHORT_MESSAGE_MAX)
		return k_err(KEEL_INVALID_ARGUMENT);
	LOOKUP(SHORT_HANDLE(ARG(0)), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_transact_short(t, (struct k_channel_initiator *)o, SHORT_LEN(ARG(0)), w,
					ARG_DEADLINE(5));
}

/* A short call with a deadline: as k_channel_call_short's other cases, or the general form. */
static __attribute__((noinline)) int32_t channel_transact_short_timed(K_SYSCALL_ARGS)
{
	struct k_process *p = k_current->process;
	uintptr_t h = SHORT_HANDLE(ARG(0));

	if (K_FAST_PATHS && SHORT_LEN(ARG(0)) <= KEEL_SHORT_MESSAGE_MAX && h < p->table_size &&
	    p->table[h]->type == K_OBJ_CHANNEL_INITIATOR)
		return k_channel_transact_short_to((struct k_channel_initiator *)p->table[h],
						   (uint32_t)ARG(1), (uint32_t)ARG(2),
						   (uint32_t)ARG(3), (uint32_t)ARG(4),
						   SHORT_LEN(ARG(0)), ARG_DEADLINE(5));
	return channel_transact_short_general(a0, a1, a2, a3, a4, a5, a6);
}

/*
 * The short form with no deadline: the call's own commit (k_channel_call_short: to a
 * short handler parked in its receive the words go from register to register; it
 * decides the other cases itself). Anything else in another function, so that this
 * one keeps no frame.
 */
SYSCALL(sys_channel_transact_short)
{
	struct k_process *p = t->process;
	uintptr_t h = SHORT_HANDLE(ARG(0));
	size_t len = SHORT_LEN(ARG(0));

	if (K_FAST_PATHS && len <= KEEL_SHORT_MESSAGE_MAX &&
	    ((uint32_t)ARG(5) & (uint32_t)ARG(6)) == UINT32_MAX && h < p->table_size &&
	    p->table[h]->type == K_OBJ_CHANNEL_INITIATOR)
		return k_channel_call_short((struct k_channel_initiator *)p->table[h], ARG(1),
					    ARG(2), ARG(3), ARG(4), len);
	return channel_transact_short_timed(a0, a1, a2, a3, a4, a5, a6);
}

static __attribute__((noinline)) int32_t channel_respond_and_receive_short_general(K_SYSCALL_ARGS)
{
	struct k_thread *t = k_current;
	uint32_t tag = (uint32_t)ARG(0);
	const uint32_t w[4] = { (uint32_t)ARG(1), (uint32_t)ARG(2), (uint32_t)ARG(3),
				(uint32_t)ARG(4) };

	/* A length, or no response and no length. */
	if (tag >> 16 != KEEL_NO_RESPONSE >> 16 && tag >> 16 > KEEL_SHORT_MESSAGE_MAX)
		return k_err(KEEL_INVALID_ARGUMENT);
	LOOKUP(SHORT_HANDLE(tag), K_OBJ_CHANNEL_HANDLER, o);
	return k_channel_respond_and_receive_short(t, (struct k_channel_handler *)o, tag, w,
						   ARG_DEADLINE(5));
}

/*
 * The short form (k_channel_reply_receive_short, which decides by the transaction
 * pending): a short caller waits for the response, which goes into its registers.
 * With a deadline, the general form.
 */
SYSCALL(sys_channel_respond_and_receive_short)
{
	struct k_process *p = t->process;
	uintptr_t hd = SHORT_HANDLE(ARG(0));

	if (K_FAST_PATHS && SHORT_LEN(ARG(0)) <= KEEL_SHORT_MESSAGE_MAX &&
	    ((uint32_t)ARG(5) & (uint32_t)ARG(6)) == UINT32_MAX && hd < p->table_size &&
	    p->table[hd]->type == K_OBJ_CHANNEL_HANDLER)
		return k_channel_reply_receive_short(ARG(0), ARG(1), ARG(2), ARG(3), ARG(4),
						     (struct k_channel_handler *)p->table[hd]);
	return channel_respond_and_receive_short_general(a0, a1, a2, a3, a4, a5, a6);
}

/*
 * The short calls' table entries: a system without kernel.short_messages answers them
 * as a kernel without the calls' code would, and the handlers leave its image.
 */
SYSCALL(short_transact_call)
{
	if (!k_short_messages())
		return k_err(KEEL_UNIMPLEMENTED);
	return sys_channel_transact_short(a0, a1, a2, a3, a4, a5, a6);
}

SYSCALL(short_respond_and_receive_call)
{
	if (!k_short_messages())
		return k_err(KEEL_UNIMPLEMENTED);
	return sys_channel_respond_and_receive_short(a0, a1, a2, a3, a4, a5, a6);
}

SYSCALL(sys_interrupt_ack)
{
	LOOKUP(ARG(0), K_OBJ_INTERRUPT, o);
	return k_interrupt_ack((struct k_interrupt *)o, (k_signals_t)ARG(1));
}

/*
 * object_wait's short form: a valid non-empty mask none of whose signals is raised
 * (on a wait group, which must have members, READABLE says whether one is
 * signalled), and a thread in the hand-off slot to run instead.
 */
static inline __attribute__((always_inline)) bool wait_parks(const struct k_object *o,
							     k_signals_t mask)
{
	return mask && !(mask & ~KEEL_SIGNAL_VALID_MASK) && !(o->signals & mask) &&
		k_sched_handoff_waiting() &&
		(!k_handle_type(o, K_OBJ_WAIT_GROUP) ||
		 !k_list_empty(&((const struct k_wait_group *)o)->members));
}

static __attribute__((noinline)) int32_t object_wait_general(K_SYSCALL_ARGS)
{
	struct k_thread *t = k_current;

	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	return k_object_wait(t, o, (k_signals_t)ARG(1), ARG_DEADLINE(2));
}

/*
 * The server's wait for its next request, with the caller it answered in the hand-off
 * slot: decided inline, then parked and switched (k_object_wait_switch).
 */
SYSCALL(sys_object_wait)
{
	struct k_process *p = t->process;
	uintptr_t h = ARG(0);
	k_signals_t mask = (k_signals_t)ARG(1);

	if (K_FAST_PATHS && h < p->table_size && wait_parks(p->table[h], mask))
		return ((uint32_t)ARG(2) & (uint32_t)ARG(3)) == UINT32_MAX
			? k_object_wait_switch(p->table[h], mask, (uint32_t)ARG(2),
					       (uint32_t)ARG(3))
			: k_object_wait_timed(p->table[h], mask, (uint32_t)ARG(2),
					      (uint32_t)ARG(3));
	return object_wait_general(a0, a1, a2, a3, a4, a5, a6);
}

SYSCALL(sys_process_exit)
{
	k_process_terminate(t->process, KEEL_EXIT_SUCCESS, (uint32_t)ARG(0));
	return K_PARKED;
}

SYSCALL_RESTARTABLE(sys_process_start)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	/* Only the caller's own, running process: the start code serves the boot alone. */
	if (!k_other_processes())
		return k_err(o->type == K_OBJ_PROCESS ? KEEL_ALREADY_EXISTS : KEEL_UNIMPLEMENTED);
	return k_process_start_syscall(o);
}

SYSCALL(sys_object_set_peer_user_signal)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	if (o->type != K_OBJ_CHANNEL_INITIATOR && o->type != K_OBJ_CHANNEL_HANDLER)
		return k_err(KEEL_UNIMPLEMENTED);
	return k_channel_set_peer_user(o, ARG(1) != 0);
}

SYSCALL(sys_task_join)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	return k_task_join(t, o);
}

SYSCALL(sys_task_terminate)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	int32_t r = k_task_terminate(o);
	/* Terminating yourself: no result to deliver. */
	return t->state == K_THREAD_TERMINATED ? K_PARKED : r;
}

SYSCALL(sys_task_state)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	return k_task_state(t, o);
}

SYSCALL(sys_thread_exit)
{
	k_thread_terminate(t, KEEL_EXIT_SUCCESS, (uint32_t)ARG(0));
	return K_PARKED;
}

SYSCALL(sys_thread_start)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	return k_thread_start(t, o, ARG(1), ARG(2));
}

SYSCALL(sys_wait_group_add)
{
	LOOKUP(ARG(0), K_OBJ_WAIT_GROUP, g);
	LOOKUP(ARG(1), K_OBJ_TYPES, o);
	return k_wait_group_add((struct k_wait_group *)g, o, (k_signals_t)ARG(2), ARG(3));
}

SYSCALL(sys_wait_group_remove)
{
	LOOKUP(ARG(0), K_OBJ_WAIT_GROUP, g);
	LOOKUP(ARG(1), K_OBJ_TYPES, o);
	return k_wait_group_remove((struct k_wait_group *)g, o);
}

/* system.json5 debug_syscalls: the calls a process may make beyond nop and clock_now. */
#define DEBUG_GRANT(grant_)                                       \
	do {                                                      \
		if (!(t->process->info->debug_grants & (grant_))) \
			return k_err(KEEL_PERMISSION_DENIED);     \
	} while (0)

SYSCALL(sys_debug_putc)
{
	char c = (char)ARG(0);

	DEBUG_GRANT(K_DEBUG_PUTC);
	/* One byte: a wider value is a caller's mistake, not something to truncate. */
	if (ARG(0) > 0xffu)
		return k_err(KEEL_INVALID_ARGUMENT);
	k_console_user_write(t->process, &c, 1);
	return (int32_t)ARG(0);
}

SYSCALL(sys_debug_shutdown)
{
	DEBUG_GRANT(K_DEBUG_SHUTDOWN);
#ifdef KEEL_MEASURE_LATENCY
	k_printf("BENCH kernel_latency %u\n", (unsigned)arch_latency_max());
#endif
	if (ARG(0))
		k_system_dump("debug_shutdown with a failure code");
	target_exit((int)ARG(0));
}

/*
 * At most K_LOG_BUDGET of work per entry: a longer message restarts the call, which
 * goes on from where it stopped (resume.done) with the size it checked first
 * (resume.tag). A first entry that checked a whole vector has half the budget.
 */
SYSCALL_RESTARTABLE(sys_debug_log)
{
	struct k_ubuf b = { t->process, ARG(0), ARG_LEN(1) };
	struct k_resume r;
	size_t budget = K_LOG_BUDGET;
	bool more;

	DEBUG_GRANT(K_DEBUG_LOG);
	if (!k_resume_take(t, &r)) {
		size_t size;
		enum keel_status s = k_ubuf_check_inline(&b, K_ACCESS_R, &size);
		if (s != KEEL_OK)
			return k_err(s);
		r = (struct k_resume){ 0, (uint32_t)size };
		if (b.len < 0)
			budget /= 2;
	}
	/* A vector its owner rewrote meanwhile may end early: the message ends there. */
	size_t n = k_ubuf_write(&b, r.done, r.tag - r.done, budget, k_console_user_write, &more);
	if (more && r.done + n < r.tag)
		return k_restart(t, r.done + n, r.tag);
	return 0;
}

SYSCALL(sys_debug_nop)
{
	return 0;
}

SYSCALL(sys_debug_trigger_interrupt)
{
	unsigned irq = (unsigned)ARG(0);
	uint8_t grants = t->process->info->debug_grants;

	DEBUG_GRANT(K_DEBUG_TRIGGER_INTERRUPT | K_DEBUG_TRIGGER_KERNEL_INTERRUPT);
	if (!arch_irq_valid(irq))
		return k_err(KEEL_INVALID_ARGUMENT);
	/* Never the kernel's timer or another process's device; the kernel's table only
	 * for a process granted exactly that. */
	bool allowed = k_irq_owner(irq) == t->process ? grants & K_DEBUG_TRIGGER_INTERRUPT
		: k_irq_is_kernel(irq)		      ? grants & K_DEBUG_TRIGGER_KERNEL_INTERRUPT
						      : false;
	if (!allowed)
		return k_err(KEEL_PERMISSION_DENIED);
	arch_irq_trigger(irq);
	return 0;
}

SYSCALL(sys_debug_clock_now)
{
	k_instant_t now = k_now();

	arch_frame_set_result(&t->frame, (uint32_t)now, (uint32_t)(now >> 32));
	return K_WRITTEN;
}

/* An id outside the table (or a hole in it): the same status from every path. */
int32_t k_syscall_unknown(K_SYSCALL_ARGS)
{
	return k_err(KEEL_INVALID_ARGUMENT);
}

/*
 * One table for the three ranges, so that every id costs the same to dispatch: an id's
 * slot is the top 5 bits of id * K_SYSCALL_HASH (a multiply, a shift), and the slot
 * holds the one id it answers to, which the dispatch compares. The factor is the
 * first with zero low 12 bits (one lui) that gives the 28 ids 28 different slots
 * (unit test syscall_table_slots_hold_their_ids); a hole holds id 0 (whose slot is 0)
 * and k_syscall_unknown, so every id but the 28 gets INVALID_ARGUMENT. rv32's trap.S
 * dispatches from this table itself.
 */
#define CALL(id, fn) [K_SYSCALL_SLOT(id)] = { (id), (fn) }

/* Every slot first a hole, then the calls over it: the dispatch tests no NULL. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
_Alignas(8) const struct k_syscall_entry k_syscall_table[K_SYSCALL_SLOTS] = {
	[0 ... K_SYSCALL_SLOTS - 1] = { 0, k_syscall_unknown },
	CALL(KEEL_SYS_CHANNEL_ASYNC_CANCEL, sys_channel_async_cancel),
	CALL(KEEL_SYS_CHANNEL_ASYNC_TRANSACT, sys_channel_async_transact),
	CALL(KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, sys_channel_async_transact_complete),
	CALL(KEEL_SYS_CHANNEL_READ, sys_channel_read),
	CALL(KEEL_SYS_CHANNEL_RESPOND, sys_channel_respond),
	CALL(KEEL_SYS_CHANNEL_TRANSACT, sys_channel_transact),
	CALL(KEEL_SYS_INTERRUPT_ACK, sys_interrupt_ack),
	CALL(KEEL_SYS_OBJECT_WAIT, sys_object_wait),
	CALL(KEEL_SYS_PROCESS_EXIT, sys_process_exit),
	CALL(KEEL_SYS_PROCESS_START, sys_process_start),
	CALL(KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, sys_object_set_peer_user_signal),
	CALL(KEEL_SYS_TASK_JOIN, sys_task_join),
	CALL(KEEL_SYS_TASK_TERMINATE, sys_task_terminate),
	CALL(KEEL_SYS_THREAD_EXIT, sys_thread_exit),
	CALL(KEEL_SYS_THREAD_START, sys_thread_start),
	CALL(KEEL_SYS_WAIT_GROUP_ADD, sys_wait_group_add),
	CALL(KEEL_SYS_WAIT_GROUP_REMOVE, sys_wait_group_remove),
	CALL(KEEL_SYS_TASK_STATE, sys_task_state),
	CALL(KEEL_SYS_CHANNEL_RESPOND_AND_WAIT, sys_channel_respond_and_wait),
	CALL(KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, sys_channel_respond_and_receive),
	CALL(KEEL_SYS_CHANNEL_TRANSACT_SHORT, short_transact_call),
	CALL(KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT, short_respond_and_receive_call),
	CALL(KEEL_SYS_DEBUG_PUTC, sys_debug_putc),
	CALL(KEEL_SYS_DEBUG_SHUTDOWN, sys_debug_shutdown),
	CALL(KEEL_SYS_DEBUG_LOG, sys_debug_log),
	CALL(KEEL_SYS_DEBUG_NOP, sys_debug_nop),
	CALL(KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, sys_debug_trigger_interrupt),
	CALL(KEEL_SYS_DEBUG_CLOCK_NOW, sys_debug_clock_now),
};
#pragma GCC diagnostic pop

int32_t k_syscall_call(uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
		       uintptr_t a5, uintptr_t a6, uint32_t id)
{
	const struct k_syscall_entry *e = &k_syscall_table[K_SYSCALL_SLOT(id)];
	k_syscall_fn fn = e->id == id ? e->fn : k_syscall_unknown;
#ifdef KEEL_TRACE
	struct k_thread *caller = k_current;
	K_TRACE(K_TR_SYSCALL, caller, id);
	int32_t r = fn(a0, a1, a2, a3, a4, a5, a6);
	/* The caller's: after K_SWITCHED, k_current is the thread switched to. */
	K_TRACE(K_TR_SYSCALL_END, caller, r);
	return r;
#else
	return fn(a0, a1, a2, a3, a4, a5, a6);
#endif
}

void k_syscall_commit(struct k_thread *t, int32_t r, uint32_t id)
{
	if (r == K_RESTART) {
		arch_frame_restart(&t->frame);
	} else if (r > K_RESTART) {
		uint64_t w = k_syscall_words(r, id);
		arch_frame_set_result(&t->frame, (uint32_t)w, (uint32_t)(w >> 32));
	}
}

void k_syscall(struct k_thread *t)
{
	const struct arch_frame *f = &t->frame;
	uint32_t id = arch_frame_syscall_id(f);
	int32_t r = k_syscall_call(arch_frame_arg(f, 0), arch_frame_arg(f, 1), arch_frame_arg(f, 2),
				   arch_frame_arg(f, 3), arch_frame_arg(f, 4), arch_frame_arg(f, 5),
				   arch_frame_arg(f, 6), id);

	k_syscall_commit(t, r, id);
}
