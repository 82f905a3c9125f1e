// SPDX-License-Identifier: Apache-2.0
#include <k/arch.h>
#include <k/sched.h>

struct k_thread *k_current;
k_instant_t k_time_slice;

static struct k_list run_queue[K_PRIORITIES];
static uint32_t ready_bitmap; /* bit p: run_queue[p] is not empty */
static struct k_list timer_queue; /* parked threads with a deadline, earliest first */
static k_instant_t slice_end = K_FOREVER;
static k_instant_t programmed = K_FOREVER;

void k_sched_init(void)
{
	for (unsigned i = 0; i < K_PRIORITIES; i++)
		k_list_init(&run_queue[i]);
	k_list_init(&timer_queue);
	ready_bitmap = 0;
	k_current = NULL;
	slice_end = K_FOREVER;
	programmed = K_FOREVER;
}

k_instant_t k_now(void)
{
	return arch_now();
}

static int highest_ready(void)
{
	return ready_bitmap ? 31 - __builtin_clz(ready_bitmap) : -1;
}

static void queue(struct k_thread *t, bool front)
{
	struct k_list *q = &run_queue[t->priority];

	t->state = K_THREAD_READY;
	if (front)
		k_list_push_front(q, &t->link);
	else
		k_list_push_back(q, &t->link);
	ready_bitmap |= 1u << t->priority;
}

void k_sched_ready(struct k_thread *t)
{
	queue(t, false);
}

void k_sched_detach(struct k_thread *t)
{
	k_list_remove(&t->link);
	if (k_list_empty(&run_queue[t->priority]))
		ready_bitmap &= ~(1u << t->priority);
	k_list_remove(&t->timer_link);
	t->wait_kind = K_WAIT_NONE;
	t->wait_obj = NULL;
}

static struct k_thread *dequeue(int prio)
{
	struct k_list *n = k_list_front(&run_queue[prio]);
	struct k_thread *t = K_CONTAINER_OF(n, struct k_thread, link);

	k_list_remove(n);
	if (k_list_empty(&run_queue[prio]))
		ready_bitmap &= ~(1u << prio);
	return t;
}

struct k_thread *k_sched_next(void)
{
	struct k_thread *cur = k_current;

	if (cur && cur->state == K_THREAD_RUNNING) {
		if (highest_ready() <= (int)cur->priority) {
			k_timer_update();
			return cur;
		}
		/* Preempted: it keeps its place at the front of its queue. */
		queue(cur, true);
	}
	int prio;
	while ((prio = highest_ready()) < 0) {
		k_current = NULL;
		k_timer_update();
		arch_idle();
	}
	struct k_thread *next = dequeue(prio);
	next->state = K_THREAD_RUNNING;
	if (next != cur)
		slice_end = k_time_slice ? k_now() + k_time_slice : K_FOREVER;
	k_current = next;
	k_timer_update();
	return next;
}

void k_park(struct k_thread *t, enum k_wait_kind kind, struct k_object *obj, k_signals_t mask,
	    k_instant_t deadline)
{
	t->state = K_THREAD_WAITING;
	t->wait_kind = (uint8_t)kind;
	t->wait_obj = obj;
	t->wait_mask = mask;
	t->deadline = deadline;
	if (obj && kind != K_WAIT_SLEEP)
		k_list_push_back(&obj->waiters, &t->link);
	if (deadline != K_FOREVER) {
		struct k_list *pos = &timer_queue;
		if (!timer_queue.next)
			k_list_init(&timer_queue);
		for (struct k_list *n = timer_queue.next; n != &timer_queue; n = n->next) {
			if (K_CONTAINER_OF(n, struct k_thread, timer_link)->deadline > deadline) {
				pos = n;
				break;
			}
		}
		k_list_insert_before(pos, &t->timer_link);
	}
}

void k_wake(struct k_thread *t, uint32_t r0, uint32_t r1)
{
	k_sched_detach(t);
	arch_frame_set_result(&t->frame, r0, r1);
	k_sched_ready(t);
}

/* A deadline passed: the parked syscall fails with DEADLINE_EXCEEDED (and cleans up). */
void k_wait_timed_out(struct k_thread *t);

void k_timer_interrupt(void)
{
	k_instant_t now = k_now();
	struct k_list *n;

	programmed = K_FOREVER;
	while ((n = k_list_front(&timer_queue)) != NULL) {
		struct k_thread *t = K_CONTAINER_OF(n, struct k_thread, timer_link);
		if (t->deadline > now)
			break;
		k_wait_timed_out(t);
	}
	struct k_thread *cur = k_current;
	if (cur && cur->state == K_THREAD_RUNNING && now >= slice_end &&
	    highest_ready() == (int)cur->priority) {
		/* Round-robin: the slice is used up and an equal is waiting. */
		queue(cur, false);
	}
}

void k_timer_update(void)
{
	k_instant_t when = K_FOREVER;
	struct k_list *n = k_list_front(&timer_queue);

	if (n)
		when = K_CONTAINER_OF(n, struct k_thread, timer_link)->deadline;
	struct k_thread *cur = k_current;
	if (cur && highest_ready() == (int)cur->priority && slice_end < when)
		when = slice_end;
	if (when != programmed) {
		programmed = when;
		arch_timer_set(when);
	}
}
