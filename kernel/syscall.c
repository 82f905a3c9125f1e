// SPDX-License-Identifier: Apache-2.0
/*
 * The syscall table. Each handler reads its arguments from the caller's frame and
 * returns the result word: >= 0 success, -status on error, or K_PARKED / K_WRITTEN.
 */
#include <keel/syscall_ids.h>
#include <k/arch.h>
#include <k/console.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/syscall.h>
#include <k/target.h>
#include <k/uaccess.h>

typedef int32_t (*k_syscall_fn)(struct k_thread *t, const struct arch_frame *f);

#define ARG(n) arch_frame_arg(f, n)
#define ARG_LEN(n) ((intptr_t)(int32_t)arch_frame_arg(f, n))
/* A 64-bit deadline in two argument words, low word first. */
#define ARG_DEADLINE(n) (((uint64_t)(uint32_t)ARG((n) + 1) << 32) | (uint32_t)ARG(n))

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

#define LOOKUP(h, type, var)                               \
	struct k_object *var;                              \
	do {                                               \
		int32_t r_ = lookup(t, (h), (type), &var); \
		if (r_)                                    \
			return r_;                         \
	} while (0)

static int32_t sys_channel_async_cancel(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_cancel((struct k_channel_initiator *)o);
}

static int32_t sys_channel_async_transact(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_transact(t, (struct k_channel_initiator *)o, ARG(1), ARG_LEN(2), ARG(3),
				  ARG_LEN(4), K_FOREVER, false);
}

static int32_t sys_channel_async_transact_complete(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_complete((struct k_channel_initiator *)o);
}

static int32_t sys_channel_read(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_HANDLER, o);
	return k_channel_read(t, (struct k_channel_handler *)o, ARG(1), ARG(2), ARG_LEN(3));
}

static int32_t sys_channel_respond(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_HANDLER, o);
	return k_channel_respond(t, (struct k_channel_handler *)o, ARG(1), ARG_LEN(2));
}

static int32_t sys_channel_respond_and_wait(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_HANDLER, o);
	LOOKUP(ARG(3), K_OBJ_TYPES, w);
	return k_channel_respond_and_wait(t, (struct k_channel_handler *)o, ARG(1), ARG_LEN(2), w,
					  (k_signals_t)ARG(4), ARG_DEADLINE(5));
}

static int32_t sys_channel_respond_and_receive(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_HANDLER, o);
	return k_channel_respond_and_receive(t, (struct k_channel_handler *)o, ARG(1), ARG_LEN(2),
					     ARG(3), ARG_LEN(4), ARG_DEADLINE(5));
}

static int32_t sys_channel_transact(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_CHANNEL_INITIATOR, o);
	return k_channel_transact(t, (struct k_channel_initiator *)o, ARG(1), ARG_LEN(2), ARG(3),
				  ARG_LEN(4), ARG_DEADLINE(5), true);
}

static int32_t sys_interrupt_ack(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_INTERRUPT, o);
	return k_interrupt_ack((struct k_interrupt *)o, (k_signals_t)ARG(1));
}

static int32_t sys_object_wait(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	return k_object_wait(t, o, (k_signals_t)ARG(1), ARG_DEADLINE(2));
}

static int32_t sys_process_exit(struct k_thread *t, const struct arch_frame *f)
{
	k_process_terminate(t->process, KEEL_EXIT_SUCCESS, (uint32_t)ARG(0));
	return K_PARKED;
}

static int32_t sys_process_start(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	return k_process_start_syscall(o);
}

static int32_t sys_object_set_peer_user_signal(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	if (o->type != K_OBJ_CHANNEL_INITIATOR && o->type != K_OBJ_CHANNEL_HANDLER)
		return k_err(KEEL_UNIMPLEMENTED);
	return k_channel_set_peer_user(o, ARG(1) != 0);
}

static int32_t sys_task_join(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	return k_task_join(t, o);
}

static int32_t sys_task_terminate(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	int32_t r = k_task_terminate(o);
	/* Terminating yourself: no result to deliver. */
	return t->state == K_THREAD_TERMINATED ? K_PARKED : r;
}

static int32_t sys_thread_exit(struct k_thread *t, const struct arch_frame *f)
{
	k_thread_terminate(t, KEEL_EXIT_SUCCESS, (uint32_t)ARG(0));
	return K_PARKED;
}

static int32_t sys_thread_start(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_TYPES, o);
	return k_thread_start(t, o, ARG(1), ARG(2));
}

static int32_t sys_wait_group_add(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_WAIT_GROUP, g);
	LOOKUP(ARG(1), K_OBJ_TYPES, o);
	return k_wait_group_add((struct k_wait_group *)g, o, (k_signals_t)ARG(2), ARG(3));
}

static int32_t sys_wait_group_remove(struct k_thread *t, const struct arch_frame *f)
{
	LOOKUP(ARG(0), K_OBJ_WAIT_GROUP, g);
	LOOKUP(ARG(1), K_OBJ_TYPES, o);
	return k_wait_group_remove((struct k_wait_group *)g, o);
}

/* system.json5 debug_syscalls: the calls a process may make beyond nop and clock_now. */
#define DEBUG_GRANT(grant_)                                   \
	do {                                                  \
		if (!(t->process->debug_grants & (grant_)))   \
			return k_err(KEEL_PERMISSION_DENIED); \
	} while (0)

static int32_t sys_debug_putc(struct k_thread *t, const struct arch_frame *f)
{
	char c = (char)ARG(0);

	DEBUG_GRANT(K_DEBUG_PUTC);
	/* One byte: a wider value is a caller's mistake, not something to truncate. */
	if (ARG(0) > 0xffu)
		return k_err(KEEL_INVALID_ARGUMENT);
	k_console_user_write(t->process, &c, 1);
	return (int32_t)ARG(0);
}

static int32_t sys_debug_shutdown(struct k_thread *t, const struct arch_frame *f)
{
	DEBUG_GRANT(K_DEBUG_SHUTDOWN);
#ifdef KEEL_MEASURE_LATENCY
	k_printf("BENCH kernel_latency %u\n", (unsigned)arch_latency_max());
#endif
	target_exit((int)ARG(0));
}

/*
 * At most K_LOG_BUDGET of work per entry: a longer message restarts the call, which
 * goes on from where it stopped (resume.done) with the size it checked first
 * (resume.tag). A first entry that checked a whole vector has half the budget.
 */
static int32_t sys_debug_log(struct k_thread *t, const struct arch_frame *f)
{
	struct k_ubuf b = { t->process, ARG(0), ARG_LEN(1) };
	struct k_resume r;
	size_t budget = K_LOG_BUDGET;
	bool more;

	DEBUG_GRANT(K_DEBUG_LOG);
	if (!k_resume_take(t, &r)) {
		size_t size;
		enum keel_status s = k_ubuf_check(&b, K_ACCESS_R, &size);
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

static int32_t sys_debug_nop(struct k_thread *t, const struct arch_frame *f)
{
	return 0;
}

static int32_t sys_debug_trigger_interrupt(struct k_thread *t, const struct arch_frame *f)
{
	unsigned irq = (unsigned)ARG(0);
	uint8_t grants = t->process->debug_grants;

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

static int32_t sys_debug_clock_now(struct k_thread *t, const struct arch_frame *f)
{
	k_instant_t now = k_now();

	arch_frame_set_result(&t->frame, (uint32_t)now, (uint32_t)(now >> 32));
	return K_WRITTEN;
}

static const k_syscall_fn object_calls[] = {
	[KEEL_SYS_CHANNEL_ASYNC_CANCEL] = sys_channel_async_cancel,
	[KEEL_SYS_CHANNEL_ASYNC_TRANSACT] = sys_channel_async_transact,
	[KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE] = sys_channel_async_transact_complete,
	[KEEL_SYS_CHANNEL_READ] = sys_channel_read,
	[KEEL_SYS_CHANNEL_RESPOND] = sys_channel_respond,
	[KEEL_SYS_CHANNEL_TRANSACT] = sys_channel_transact,
	[KEEL_SYS_INTERRUPT_ACK] = sys_interrupt_ack,
	[KEEL_SYS_OBJECT_WAIT] = sys_object_wait,
	[KEEL_SYS_PROCESS_EXIT] = sys_process_exit,
	[KEEL_SYS_PROCESS_START] = sys_process_start,
	[KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL] = sys_object_set_peer_user_signal,
	[KEEL_SYS_TASK_JOIN] = sys_task_join,
	[KEEL_SYS_TASK_TERMINATE] = sys_task_terminate,
	[KEEL_SYS_THREAD_EXIT] = sys_thread_exit,
	[KEEL_SYS_THREAD_START] = sys_thread_start,
	[KEEL_SYS_WAIT_GROUP_ADD] = sys_wait_group_add,
	[KEEL_SYS_WAIT_GROUP_REMOVE] = sys_wait_group_remove,
};

static const k_syscall_fn keel_calls[] = {
	[KEEL_SYS_CHANNEL_RESPOND_AND_WAIT - 0x8000u] = sys_channel_respond_and_wait,
	[KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE - 0x8000u] = sys_channel_respond_and_receive,
};

static const k_syscall_fn debug_calls[] = {
	[KEEL_SYS_DEBUG_PUTC - 0xf000u] = sys_debug_putc,
	[KEEL_SYS_DEBUG_SHUTDOWN - 0xf000u] = sys_debug_shutdown,
	[KEEL_SYS_DEBUG_LOG - 0xf000u] = sys_debug_log,
	[KEEL_SYS_DEBUG_NOP - 0xf000u] = sys_debug_nop,
	[KEEL_SYS_DEBUG_TRIGGER_INTERRUPT - 0xf000u] = sys_debug_trigger_interrupt,
	[KEEL_SYS_DEBUG_CLOCK_NOW - 0xf000u] = sys_debug_clock_now,
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

void k_syscall(struct k_thread *t)
{
	struct arch_frame *f = &t->frame;
	uint32_t id = arch_frame_syscall_id(f);
	k_syscall_fn fn = NULL;

	if (id < COUNT(object_calls))
		fn = object_calls[id];
	else if (id - 0xf000u < COUNT(debug_calls))
		fn = debug_calls[id - 0xf000u];
	else if (id - 0x8000u < COUNT(keel_calls))
		fn = keel_calls[id - 0x8000u];
	int32_t r = fn ? fn(t, f) : k_err(KEEL_INVALID_ARGUMENT);
	if (r <= K_RESTART) {
		if (r == K_RESTART)
			arch_frame_restart(f);
		return;
	}
	/* The calls that end in a wait answer an error as object_wait does. */
	if (r < 0 &&
	    (id == KEEL_SYS_OBJECT_WAIT || id == KEEL_SYS_CHANNEL_RESPOND_AND_WAIT ||
	     id == KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE))
		arch_frame_set_result(f, (uint32_t)-r, KEEL_SIGNAL_ERROR_FLAG);
	else
		arch_frame_set_result(f, (uint32_t)r, 0);
}
