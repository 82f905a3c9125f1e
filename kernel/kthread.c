// SPDX-License-Identifier: Apache-2.0
/*
 * Kernel-only images: kernel threads, mutexes with priority inheritance, events and
 * the kernel interrupt handlers of kernel.interrupt_table (doc/kernel-only.md).
 *
 * A kernel thread reaches this code through a trap (arch_kcall), never by calling it
 * directly: the trap masks interrupts and hands the thread to the same scheduler the
 * syscall path uses, so a call runs to completion on the kernel stack and a call that
 * must wait parks the thread with k_park and is finished by k_wake, exactly as a
 * syscall is. The syscall layer, the process objects and the MPU/PMP code are not in
 * these images at all: this file replaces them.
 */
#include <k/arch.h>
#include <k/console.h>
#include <k/kthread.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/target.h>
#include <arch/kthread.h>

/* Thread-side calls, one trap each: the id, up to three words in, two words out. */
enum kcall {
	KC_CREATE,
	KC_EXIT,
	KC_TERMINATE,
	KC_JOIN,
	KC_SLEEP,
	KC_NOW,
	KC_LOCK,
	KC_UNLOCK,
	KC_SIGNAL,
	KC_WAIT,
	KC_TRIGGER,
	KC_LOG,
	KC_SHUTDOWN,
	KC_PRIORITY,
};

/* What a parked kernel thread waits for (k_thread.wait_kind, after the syscalls' kinds). */
enum {
	KT_WAIT_JOIN = K_WAIT_SLEEP + 1,
	KT_WAIT_MUTEX,
	KT_WAIT_EVENT,
};

struct create_args {
	const char *name;
	kt_entry_t entry;
	uintptr_t arg;
	void *stack;
	size_t bytes;
	unsigned priority;
};

#define MIN_STACK_BYTES 256u

static struct kt_thread *kt_of(struct k_thread *t)
{
	return K_CONTAINER_OF(t, struct kt_thread, k);
}

static struct kt_thread *kt_of_link(struct k_list *n)
{
	return kt_of(K_CONTAINER_OF(n, struct k_thread, link));
}

static void park(struct kt_thread *t, uint8_t kind, void *on, k_instant_t deadline)
{
	t->waiting_on = on;
	/* No object: the waiter lists here are kept by priority, not FIFO. */
	k_park(&t->k, (enum k_wait_kind)kind, NULL, 0, deadline);
}

/* Highest priority first; a newcomer goes behind its equals. */
static void waiter_insert(struct k_list *l, struct kt_thread *t)
{
	struct k_list *pos = l;

	if (!l->next)
		k_list_init(l);
	for (struct k_list *n = l->next; n != l; n = n->next) {
		if (kt_of_link(n)->k.priority < t->k.priority) {
			pos = n;
			break;
		}
	}
	k_list_insert_before(pos, &t->k.link);
}

/* Its own priority, or the highest of the threads waiting for a mutex it holds. */
static uint8_t effective_priority(const struct kt_thread *t)
{
	uint8_t p = t->base_priority;

	for (const struct kt_mutex *m = t->held; m; m = m->next_held) {
		struct k_list *n = k_list_front(&m->waiters);
		if (n && kt_of_link(n)->k.priority > p)
			p = kt_of_link(n)->k.priority;
	}
	return p;
}

static void set_priority(struct kt_thread *t, uint8_t p)
{
	struct k_thread *k = &t->k;

	if (k->priority == p)
		return;
	if (k->state == K_THREAD_READY) {
		k_sched_detach(k);
		k->priority = p;
		k_sched_ready(k);
	} else if (k->state == K_THREAD_WAITING && k->wait_kind == KT_WAIT_MUTEX) {
		k_list_remove(&k->link);
		k->priority = p;
		waiter_insert(&((struct kt_mutex *)t->waiting_on)->waiters, t);
	} else if (k->state == K_THREAD_WAITING && k->wait_kind == KT_WAIT_EVENT) {
		k_list_remove(&k->link);
		k->priority = p;
		waiter_insert(&((struct kt_event *)t->waiting_on)->waiters, t);
	} else {
		k->priority = p;
	}
}

/*
 * Priority inheritance along a chain of owners: each owner runs at least at the
 * priority of its highest waiter. The walk stops where nothing changes; the bound only
 * matters for a cycle of owners, a deadlock in the image's code.
 */
static void reevaluate(struct kt_thread *t)
{
	for (unsigned hops = 0; t && hops < 64; hops++) {
		uint8_t p = effective_priority(t);
		if (p == t->k.priority)
			return;
		set_priority(t, p);
		if (t->k.state != K_THREAD_WAITING || t->k.wait_kind != KT_WAIT_MUTEX)
			return;
		t = ((struct kt_mutex *)t->waiting_on)->owner;
	}
}

/* A parked thread stops waiting with `status` (deadline passed, or cancelled). */
static void unwait(struct kt_thread *t, enum keel_status status)
{
	uint8_t kind = t->k.wait_kind;
	void *on = t->waiting_on;

	t->waiting_on = NULL;
	k_wake(&t->k, (uint32_t)status, 0);
	if (kind == KT_WAIT_MUTEX)
		reevaluate(((struct kt_mutex *)on)->owner);
}

void k_wait_timed_out(struct k_thread *t);
void k_wait_timed_out(struct k_thread *t)
{
	if (t->wait_kind == K_WAIT_SLEEP)
		k_wake(t, KEEL_OK, 0);
	else
		unwait(kt_of(t), KEEL_DEADLINE_EXCEEDED);
}

static void take(struct kt_thread *t, struct kt_mutex *m)
{
	m->owner = t;
	m->next_held = t->held;
	t->held = m;
}

static enum keel_status mutex_unlock(struct kt_thread *t, struct kt_mutex *m)
{
	if (m->owner != t)
		return KEEL_FAILED_PRECONDITION;
	for (struct kt_mutex **p = &t->held; *p; p = &(*p)->next_held) {
		if (*p == m) {
			*p = m->next_held;
			break;
		}
	}
	m->next_held = NULL;
	m->owner = NULL;
	struct k_list *n = k_list_front(&m->waiters);
	if (n) {
		/* Handed over, not released: nobody can take it between wake and run. */
		struct kt_thread *w = kt_of_link(n);
		k_list_remove(n);
		take(w, m);
		w->waiting_on = NULL;
		w->k.priority = effective_priority(w);
		k_wake(&w->k, KEEL_OK, 0);
	}
	/* The inherited priority goes with the mutex. */
	set_priority(t, effective_priority(t));
	return KEEL_OK;
}

static void mutex_lock(struct kt_thread *t, struct kt_mutex *m, k_instant_t deadline)
{
	enum keel_status s;

	if (t->cancelled) {
		s = KEEL_CANCELLED;
	} else if (!m->owner) {
		take(t, m);
		s = KEEL_OK;
	} else if (m->owner == t) {
		s = KEEL_FAILED_PRECONDITION;
	} else if (deadline <= k_now()) {
		s = KEEL_DEADLINE_EXCEEDED;
	} else {
		park(t, KT_WAIT_MUTEX, m, deadline);
		waiter_insert(&m->waiters, t);
		reevaluate(m->owner);
		return;
	}
	arch_frame_set_result(&t->k.frame, (uint32_t)s, 0);
}

static void event_signal(struct kt_event *e)
{
	struct k_list *n = k_list_front(&e->waiters);

	if (!n) {
		e->set = true;
		return;
	}
	struct kt_thread *w = kt_of_link(n);
	w->waiting_on = NULL;
	k_wake(&w->k, KEEL_OK, 0);
}

static void event_wait(struct kt_thread *t, struct kt_event *e, k_instant_t deadline)
{
	enum keel_status s;

	if (t->cancelled) {
		s = KEEL_CANCELLED;
	} else if (e->set) {
		e->set = false;
		s = KEEL_OK;
	} else if (deadline <= k_now()) {
		s = KEEL_DEADLINE_EXCEEDED;
	} else {
		park(t, KT_WAIT_EVENT, e, deadline);
		waiter_insert(&e->waiters, t);
		return;
	}
	arch_frame_set_result(&t->k.frame, (uint32_t)s, 0);
}

static void thread_start(struct kt_thread *t, const struct create_args *a)
{
	uintptr_t lo = ((uintptr_t)a->stack + 15u) & ~(uintptr_t)15u;
	uintptr_t hi = ((uintptr_t)a->stack + a->bytes) & ~(uintptr_t)15u;

	t->k.base.type = K_OBJ_THREAD;
	t->k.process = NULL;
	t->name = a->name;
	t->k.priority = t->base_priority = (uint8_t)a->priority;
	t->k.stack_limit = lo;
	t->stack_top = hi;
	t->started = true;
	t->cancelled = false;
	t->held = NULL;
	t->waiting_on = NULL;
	k_list_init(&t->joiners);
	t->entry = a->entry;
	t->arg = a->arg;
	arch_kthread_frame_init(&t->k.frame, (uintptr_t)a->entry, hi, a->arg,
				(uintptr_t)kt_thread_exit);
	k_sched_ready(&t->k);
}

static enum keel_status thread_create(struct kt_thread *t, const struct create_args *a)
{
	if (a->priority >= K_PRIORITIES || a->bytes < MIN_STACK_BYTES || !a->entry)
		return KEEL_INVALID_ARGUMENT;
	if (t->started)
		return KEEL_ALREADY_EXISTS;
	thread_start(t, a);
	return KEEL_OK;
}

static void thread_exit(struct kt_thread *t)
{
	struct k_list *n;

	while (t->held)
		(void)mutex_unlock(t, t->held);
	t->k.state = K_THREAD_TERMINATED;
	while ((n = k_list_front(&t->joiners)) != NULL) {
		struct kt_thread *j = kt_of_link(n);
		j->waiting_on = NULL;
		k_wake(&j->k, KEEL_OK, 0);
	}
}

static enum keel_status thread_terminate(struct kt_thread *t)
{
	if (!t->started || t->k.state == K_THREAD_TERMINATED)
		return KEEL_FAILED_PRECONDITION;
	t->cancelled = true;
	if (t->k.state == K_THREAD_WAITING)
		unwait(t, KEEL_CANCELLED);
	return KEEL_OK;
}

static void thread_join(struct kt_thread *t, struct kt_thread *target, k_instant_t deadline)
{
	enum keel_status s;

	if (!target->started || target == t) {
		s = KEEL_FAILED_PRECONDITION;
	} else if (target->k.state == K_THREAD_TERMINATED) {
		s = KEEL_OK;
	} else if (t->cancelled) {
		s = KEEL_CANCELLED;
	} else if (deadline <= k_now()) {
		s = KEEL_DEADLINE_EXCEEDED;
	} else {
		park(t, KT_WAIT_JOIN, target, deadline);
		k_list_push_back(&target->joiners, &t->k.link);
		return;
	}
	arch_frame_set_result(&t->k.frame, (uint32_t)s, 0);
}

static void sleep_until(struct kt_thread *t, k_instant_t deadline)
{
	if (t->cancelled)
		arch_frame_set_result(&t->k.frame, KEEL_CANCELLED, 0);
	else if (deadline <= k_now())
		arch_frame_set_result(&t->k.frame, KEEL_OK, 0);
	else
		park(t, K_WAIT_SLEEP, NULL, deadline);
}

static void log_line(const char *fmt, va_list *ap)
{
	va_list copy;

	va_copy(copy, *ap);
	k_vprintf(fmt, copy);
	va_end(copy);
	k_puts("\n");
}

/* A kernel thread's trap (the arch calls it with the thread's registers saved). */
void k_kcall(struct k_thread *caller)
{
	struct kt_thread *t = kt_of(caller);
	struct arch_frame *f = &caller->frame;
	uintptr_t a0 = arch_frame_arg(f, 0), a1 = arch_frame_arg(f, 1);
	k_instant_t deadline = (k_instant_t)arch_frame_arg(f, 2) << 32 | (uint32_t)a1;
	uint32_t r0 = KEEL_OK, r1 = 0;

	switch (arch_frame_syscall_id(f)) {
	case KC_CREATE:
		r0 = thread_create((struct kt_thread *)a0, (const struct create_args *)a1);
		break;
	case KC_EXIT:
		thread_exit(t);
		return;
	case KC_TERMINATE:
		r0 = thread_terminate((struct kt_thread *)a0);
		break;
	case KC_JOIN:
		thread_join(t, (struct kt_thread *)a0, deadline);
		return;
	case KC_SLEEP:
		sleep_until(t, deadline);
		return;
	case KC_NOW: {
		k_instant_t now = k_now();
		r0 = (uint32_t)now;
		r1 = (uint32_t)(now >> 32);
		break;
	}
	case KC_LOCK:
		mutex_lock(t, (struct kt_mutex *)a0, deadline);
		return;
	case KC_UNLOCK:
		r0 = mutex_unlock(t, (struct kt_mutex *)a0);
		break;
	case KC_SIGNAL:
		event_signal((struct kt_event *)a0);
		break;
	case KC_WAIT:
		event_wait(t, (struct kt_event *)a0, deadline);
		return;
	case KC_TRIGGER:
		if (arch_irq_valid((unsigned)a0))
			arch_irq_trigger((unsigned)a0);
		else
			r0 = KEEL_INVALID_ARGUMENT;
		break;
	case KC_LOG:
		log_line((const char *)a0, (va_list *)a1);
		break;
	case KC_SHUTDOWN:
		target_exit((int)a0);
	case KC_PRIORITY:
		r1 = ((const struct kt_thread *)a0)->k.priority;
		break;
	default:
		K_PANIC("unknown kernel-thread call");
	}
	arch_frame_set_result(f, r0, r1);
}

/* Kernel-only images have no interrupt objects: every enabled IRQ is a kernel one. */
void k_irq(unsigned irq)
{
	for (unsigned i = 0; i < k_kernel_irq_count; i++) {
		if (k_kernel_irqs[i].irq == irq) {
			k_kernel_irqs[i].handler();
			return;
		}
	}
	arch_irq_mask(irq);
}

/* A fault of a kernel thread is a fault of the kernel. */
noreturn void k_kthread_fault(struct k_thread *t, uint32_t cause, uintptr_t pc, uintptr_t addr,
			      const char *kind, const char *what)
{
	/* Without words from the arch, the host tools add them after the name. */
	k_printf(K_ERR "PANIC: kernel thread %s%s%s%s (cause %x, pc %x, address %x)\n",
		 t && kt_of(t)->name ? kt_of(t)->name : "?", *what ? ": " : "", kind, what,
		 (unsigned)cause, (unsigned)pc, (unsigned)addr);
	k_panic_end();
}

static void main_entry(uintptr_t arg)
{
	(void)arg;
	kt_shutdown(kernel_main());
}

static struct kt_thread main_thread;
KT_STACK(main_stack, KT_MAIN_STACK_BYTES);

void k_kthreads_start(void)
{
	static const struct create_args a = {
		.name = "main",
		.entry = main_entry,
		.stack = main_stack,
		.bytes = sizeof(main_stack),
		.priority = K_DEFAULT_PRIORITY,
	};

	thread_start(&main_thread, &a);
	for (unsigned i = 0; i < k_kernel_irq_count; i++)
		arch_irq_unmask(k_kernel_irqs[i].irq);
}

/* The thread side: each call is one trap. */

static k_instant_t now_from(struct arch_kcall_ret r)
{
	return (k_instant_t)r.r1 << 32 | r.r0;
}

enum keel_status kt_thread_create(struct kt_thread *t, const char *name, kt_entry_t entry,
				  uintptr_t arg, void *stack, size_t bytes, unsigned priority)
{
	struct create_args a = { name, entry, arg, stack, bytes, priority };

	return (enum keel_status)arch_kcall(KC_CREATE, (uintptr_t)t, (uintptr_t)&a, 0).r0;
}

noreturn void kt_thread_exit(void)
{
	(void)arch_kcall(KC_EXIT, 0, 0, 0);
	/* An ended thread is never resumed. */
	for (;;)
		;
}

enum keel_status kt_thread_terminate(struct kt_thread *t)
{
	return (enum keel_status)arch_kcall(KC_TERMINATE, (uintptr_t)t, 0, 0).r0;
}

enum keel_status kt_thread_join(struct kt_thread *t, k_instant_t deadline)
{
	return (enum keel_status)arch_kcall(KC_JOIN, (uintptr_t)t, (uint32_t)deadline,
					    (uintptr_t)(deadline >> 32))
		.r0;
}

struct kt_thread *kt_thread_self(void)
{
	/* k_current only changes in the kernel, and is this thread whenever it runs. */
	return kt_of(k_current);
}

unsigned kt_thread_priority(const struct kt_thread *t)
{
	return arch_kcall(KC_PRIORITY, (uintptr_t)t, 0, 0).r1;
}

enum keel_status kt_sleep_until(k_instant_t deadline)
{
	return (enum keel_status)arch_kcall(KC_SLEEP, 0, (uint32_t)deadline,
					    (uintptr_t)(deadline >> 32))
		.r0;
}

k_instant_t kt_now(void)
{
	return now_from(arch_kcall(KC_NOW, 0, 0, 0));
}

enum keel_status kt_mutex_lock_until(struct kt_mutex *m, k_instant_t deadline)
{
	return (enum keel_status)arch_kcall(KC_LOCK, (uintptr_t)m, (uint32_t)deadline,
					    (uintptr_t)(deadline >> 32))
		.r0;
}

enum keel_status kt_mutex_unlock(struct kt_mutex *m)
{
	return (enum keel_status)arch_kcall(KC_UNLOCK, (uintptr_t)m, 0, 0).r0;
}

void kt_event_signal(struct kt_event *e)
{
	/* A kernel interrupt handler is in the kernel already: no trap from there. */
	if (arch_in_kernel())
		event_signal(e);
	else
		(void)arch_kcall(KC_SIGNAL, (uintptr_t)e, 0, 0);
}

enum keel_status kt_event_wait_until(struct kt_event *e, k_instant_t deadline)
{
	return (enum keel_status)arch_kcall(KC_WAIT, (uintptr_t)e, (uint32_t)deadline,
					    (uintptr_t)(deadline >> 32))
		.r0;
}

void kt_irq_trigger(unsigned irq)
{
	(void)arch_kcall(KC_TRIGGER, irq, 0, 0);
}

void kt_log(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	(void)arch_kcall(KC_LOG, (uintptr_t)fmt, (uintptr_t)&ap, 0);
	va_end(ap);
}

noreturn void kt_shutdown(int code)
{
	(void)arch_kcall(KC_SHUTDOWN, (uintptr_t)code, 0, 0);
	for (;;)
		;
}
