// SPDX-License-Identifier: Apache-2.0
#include <k/arch.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/trace.h>

struct k_thread *k_current;
bool k_sched_dirty;
k_instant_t k_time_slice;

static struct k_list run_queue[K_PRIORITIES];
uint32_t k_sched_ready_bitmap; /* bit p: run_queue[p] is not empty */
#define ready_bitmap k_sched_ready_bitmap
static struct k_list timer_queue; /* parked threads with a deadline, earliest first */
static k_instant_t programmed = K_FOREVER; /* what the timer is set to */
static bool timer_dirty; /* the timer queue's head may be earlier than `programmed` */
/*
 * Round-robin without reading the clock on every switch: while equals compete, a
 * slice timer is armed; when it fires, the running thread is rotated only if no
 * switch happened since it was armed (it has had the CPU for a whole slice).
 */
static bool slice_armed;
static k_instant_t slice_at;
static uint32_t switches, slice_seen;
/*
 * The direct hand-off: a woken thread that the scheduler would pick next anyway (nothing
 * is ready at its priority or above) waits here instead of on its run queue. Logically
 * it is at the back of run_queue[priority], which is empty, and ready_bitmap has its
 * bit as if it were there, so every test of the bitmap decides as the queues would;
 * anything that takes from or adds to the queues puts it there first (settle), and
 * k_sched_next takes it without touching them.
 */
struct k_thread *k_sched_handoff;
#define handoff k_sched_handoff
#ifdef K_HANDOFF_SWITCHABLE
bool k_handoff_enabled = true;
unsigned k_fast_taken;
#define HANDOFF_ENABLED k_handoff_enabled
#else
#define HANDOFF_ENABLED true
#endif

void k_sched_init(void)
{
	for (unsigned i = 0; i < K_PRIORITIES; i++)
		k_list_init(&run_queue[i]);
	k_list_init(&timer_queue);
	ready_bitmap = 0;
	k_current = NULL;
	programmed = K_FOREVER;
	timer_dirty = false;
	slice_armed = false;
	switches = slice_seen = 0;
	handoff = NULL;
	k_sched_dirty = true;
}

k_instant_t k_now(void)
{
	return arch_now();
}

bool k_deadline_passed_slow(k_instant_t deadline)
{
	return deadline <= k_now();
}

/* Put a handed-off thread where the general path would have: its queue's back. */
static void settle(void)
{
	struct k_thread *t = handoff;

	if (t) {
		handoff = NULL;
		k_list_push_back(&run_queue[t->priority], &t->link);
	}
}

bool k_sched_handed_off(const struct k_thread *t)
{
	return t == handoff;
}

/* Highest set bit by halving: rv32imac has no clz and libgcc's needs a table. */
static int highest_ready(void)
{
	uint32_t m = ready_bitmap;
	int p = 0;

	if (!m)
		return -1;
	if (m >> 16) {
		m >>= 16;
		p += 16;
	}
	if (m >> 8) {
		m >>= 8;
		p += 8;
	}
	if (m >> 4) {
		m >>= 4;
		p += 4;
	}
	if (m >> 2) {
		m >>= 2;
		p += 2;
	}
	return p + (int)(m >> 1);
}

static void queue(struct k_thread *t, bool front)
{
	struct k_list *q = &run_queue[t->priority];

	settle();
	t->state = K_THREAD_READY;
	if (front)
		k_list_push_front(q, &t->link);
	else
		k_list_push_back(q, &t->link);
	ready_bitmap |= 1u << t->priority;
	k_sched_dirty = true;
}

void k_sched_ready(struct k_thread *t)
{
	queue(t, false);
}

/* Make t ready: in the hand-off slot when it would be picked next anyway. */
static void make_ready(struct k_thread *t)
{
	if (HANDOFF_ENABLED && !handoff && !(ready_bitmap >> t->priority)) {
		t->state = K_THREAD_READY;
		handoff = t;
		ready_bitmap |= 1u << t->priority;
		k_sched_dirty = true;
	} else {
		queue(t, false);
	}
}

void k_sched_detach(struct k_thread *t)
{
	if (t == handoff)
		handoff = NULL;
	k_sched_dirty = true;
	k_list_remove(&t->link);
	/* The slot's thread keeps its bit: it is ready, though on no queue. */
	if (k_list_empty(&run_queue[t->priority]) && !(handoff && handoff->priority == t->priority))
		ready_bitmap &= ~(1u << t->priority);
	k_list_remove(&t->timer_link);
	t->wait_kind = K_WAIT_NONE;
	t->wait_obj = NULL;
}

static struct k_thread *dequeue(int prio)
{
	settle();
	struct k_list *n = k_list_front(&run_queue[prio]);
	struct k_thread *t = K_CONTAINER_OF(n, struct k_thread, link);

	k_list_remove(n);
	if (k_list_empty(&run_queue[prio]))
		ready_bitmap &= ~(1u << prio);
	return t;
}

/*
 * Arm the slice timer when an equal of the running thread waits (`contended`), and
 * move the timer earlier if needed.
 */
static void timer_update(bool contended)
{
	if (k_time_slice && !slice_armed && contended) {
		slice_armed = true;
		slice_seen = switches;
		slice_at = k_now() + k_time_slice;
		timer_dirty = true;
	}
	if (!timer_dirty)
		return;
	timer_dirty = false;
	k_instant_t when = slice_armed ? slice_at : K_FOREVER;
	struct k_list *n = k_list_front(&timer_queue);
	if (n && K_CONTAINER_OF(n, struct k_thread, timer_link)->deadline < when)
		when = K_CONTAINER_OF(n, struct k_thread, timer_link)->deadline;
	/*
	 * Only ever move the timer earlier: an interrupt that comes too early finds
	 * nothing due and costs less than reprogramming the timer on every switch.
	 */
	if (when < programmed) {
		programmed = when;
		arch_timer_set(when);
	}
}

static bool contended(void)
{
	struct k_thread *cur = k_current;

	return cur && (ready_bitmap & (1u << cur->priority));
}

void k_timer_update(void)
{
	timer_dirty = true;
	k_sched_dirty = true;
	timer_update(contended());
}

/*
 * The hand-off taken: what sched_pick does when the slot's thread is the only one
 * ready at the top priority (so the slice timer sees no equal waiting).
 */
static __attribute__((noinline)) struct k_thread *handoff_timer(struct k_thread *next)
{
	timer_update(false);
	return next;
}

/* The slot's thread runs: all of the hand-off but the timer. */
static inline __attribute__((always_inline)) void hand_over(struct k_thread *cur,
							    struct k_thread *next)
{
	handoff = NULL;
	ready_bitmap &= ~(1u << next->priority);
	next->state = K_THREAD_RUNNING;
	if (next != cur)
		switches++;
	if (next != k_current) /* not cur: after idling, k_current is NULL */
		K_TRACE(K_TR_SWITCH, next, 0);
	k_current = next;
}

/* Frameless unless the timer needs work: the tail call does that. */
static struct k_thread *take_handoff(struct k_thread *cur, struct k_thread *next)
{
	hand_over(cur, next);
	if (timer_dirty)
		return handoff_timer(next);
	return next;
}

/* Everything but the common case: kept out of line so that case pays no prologue. */
static __attribute__((noinline)) struct k_thread *sched_pick(struct k_thread *cur)
{
	struct k_thread *h = handoff;

	/*
	 * With a thread in the slot, cur is running: a cur that parked (or ended) is
	 * k_sched_next's, which hands over to the slot's thread itself.
	 */
	if (h && cur) {
		/* Nothing else is ready at h's priority or above: h decides alone. */
		if (h->priority > cur->priority) {
			/* Preempted: the front of its queue, as the general path puts it. */
			handoff = NULL;
			queue(cur, true);
			return take_handoff(cur, h);
		}
		/* Otherwise cur goes on, as below: the bitmap counts h where it would be. */
	}
	int top = highest_ready();

	if (cur && cur->state == K_THREAD_RUNNING) {
		if (top <= (int)cur->priority) {
			timer_update(top == (int)cur->priority);
			return cur;
		}
		/* Preempted: it keeps its place at the front of its queue. */
		queue(cur, true);
	}
	if (top < 0)
		K_TRACE(K_TR_SWITCH, NULL, 0);
	while (top < 0) {
		k_current = NULL;
		timer_update(false);
		arch_idle();
		top = highest_ready();
	}
	struct k_thread *next = dequeue(top);
	next->state = K_THREAD_RUNNING;
	if (next != cur)
		switches++;
	if (next != k_current) /* not cur: after idling, k_current is NULL */
		K_TRACE(K_TR_SWITCH, next, 0);
	k_current = next;
	timer_update((ready_bitmap >> top) & 1u);
	return next;
}

struct k_thread *k_sched_next(void)
{
	struct k_thread *cur = k_current;

	/*
	 * The common case after a syscall: nothing of equal or higher priority waits and
	 * nothing was woken for the hand-off.
	 */
	if (cur && cur->state == K_THREAD_RUNNING && !timer_dirty) {
		uint32_t above = ready_bitmap >> cur->priority;
		/*
		 * Or the IPC case: an equal waits in the hand-off slot, nothing is above, and
		 * the slice timer is armed already (or there is no slicing), so sched_pick
		 * would keep cur and leave the timer as it is.
		 */
		if (!above ||
		    (above == 1u && handoff && handoff->priority == cur->priority &&
		     (slice_armed || !k_time_slice))) {
			k_sched_dirty = false;
			return cur;
		}
	}
	/* The caller parked and woke a thread for the hand-off: the IPC switch. */
	if (handoff && cur && cur->state != K_THREAD_RUNNING)
		cur = take_handoff(cur, handoff);
	else
		cur = sched_pick(cur);
	/* Asked again with nothing changed, the pick would be the same thread. */
	k_sched_dirty = false;
	return cur;
}

void k_park_timer(struct k_thread *t, k_instant_t deadline)
{
	struct k_list *pos = &timer_queue;

	t->deadline = deadline;
	/*
	 * The timer only moves earlier: a deadline at or after the programmed one is
	 * found when that fires, and the timer needs no update now.
	 */
	if (deadline < programmed)
		timer_dirty = true;
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

void k_park(struct k_thread *t, enum k_wait_kind kind, struct k_object *obj, k_signals_t mask,
	    k_instant_t deadline)
{
	k_park_on(t, kind, obj, mask, deadline);
	if (deadline != K_FOREVER)
		k_park_timer(t, deadline);
}

/*
 * k_sched_detach for a parked thread, which is on no run queue: only its waiter list and
 * the timer queue need it. Then its result words.
 */
static inline __attribute__((always_inline)) void unpark(struct k_thread *t, uint32_t r0,
							 uint32_t r1)
{
	K_TRACE(K_TR_WAKE, t, t->wait_kind | r0 << 8);
	k_list_remove(&t->link);
	k_list_remove(&t->timer_link);
	t->wait_kind = K_WAIT_NONE;
	t->wait_obj = NULL;
	arch_frame_set_result(&t->frame, r0, r1);
}

void k_wake(struct k_thread *t, uint32_t r0, uint32_t r1)
{
	unpark(t, r0, r1);
	make_ready(t);
}

struct k_thread *k_switch_from;

/*
 * k_wake(w) would put w in the hand-off slot (k_sched_switch_ok) and k_sched_next, with
 * the caller parked, would take it from there: both in one step, leaving the same state.
 */
int32_t k_sched_switch(struct k_thread *w, uint32_t r0, uint32_t r1)
{
	unpark(w, r0, r1);
	k_switch_from = k_current;
	w->state = K_THREAD_RUNNING;
	switches++;
	K_TRACE(K_TR_SWITCH, w, 0);
	k_current = w;
	k_sched_dirty = false;
	if (timer_dirty)
		timer_update(false);
	return K_SWITCHED;
}

int32_t k_sched_after(struct k_thread *t, int32_t r)
{
	if (!HANDOFF_ENABLED)
		return r;
	struct k_thread *next = k_sched_next();
	if (next == t)
		return r;
	arch_frame_set_result(&t->frame, (uint32_t)r, 0);
	k_switch_from = t;
	return K_SWITCHED;
}

/* k_sched_wake_after's general case, out of line: the usual one keeps no frame. */
static __attribute__((noinline)) int32_t wake_then_after(struct k_thread *w, uint32_t r0,
							 uint32_t r1, struct k_thread *t)
{
	k_wake(w, r0, r1);
	return k_sched_after(t, 0);
}

int32_t k_sched_wake_after(struct k_thread *w, uint32_t r0, uint32_t r1, struct k_thread *t)
{
	/*
	 * make_ready's slot, and k_sched_next's first case once w is there: nothing above
	 * t, and an equal w in the slot with the slice timer armed or no slicing.
	 */
	if (HANDOFF_ENABLED && !handoff && !(ready_bitmap >> w->priority) &&
	    w->priority <= t->priority && !timer_dirty &&
	    (w->priority < t->priority || slice_armed || !k_time_slice)) {
		unpark(w, r0, r1);
		w->state = K_THREAD_READY;
		handoff = w;
		ready_bitmap |= 1u << w->priority;
		/* As k_sched_next leaves it, keeping t. */
		k_sched_dirty = false;
		return 0;
	}
	return wake_then_after(w, r0, r1, t);
}

/* A direct switch whose timer needs work (handoff_timer's). */
static __attribute__((noinline)) int32_t switched_timer(void)
{
	timer_update(false);
	return K_SWITCHED;
}

int32_t k_sched_parked(struct k_thread *t)
{
	struct k_thread *next = handoff;

	if (!next)
		return K_PARKED;
	k_switch_from = t;
	hand_over(t, next);
	k_sched_dirty = false;
	if (timer_dirty)
		return switched_timer();
	return K_SWITCHED;
}

/* A deadline passed: the parked syscall fails with DEADLINE_EXCEEDED (and cleans up). */
void k_wait_timed_out(struct k_thread *t);

void k_timer_interrupt(void)
{
	k_instant_t now = k_now();
	struct k_list *n;

	K_TRACE(K_TR_TIMER, k_current, 0);
	programmed = K_FOREVER;
	timer_dirty = true;
	k_sched_dirty = true;
	while ((n = k_list_front(&timer_queue)) != NULL) {
		struct k_thread *t = K_CONTAINER_OF(n, struct k_thread, timer_link);
		if (t->deadline > now)
			break;
		k_wait_timed_out(t);
	}
	if (slice_armed && now >= slice_at) {
		struct k_thread *cur = k_current;
		slice_armed = false;
		/* Round-robin: it ran a whole slice while an equal was waiting. */
		if (switches == slice_seen && cur && cur->state == K_THREAD_RUNNING &&
		    highest_ready() == (int)cur->priority)
			queue(cur, false);
	}
}
