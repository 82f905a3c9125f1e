/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Scheduler, waiting and time. A thread that must wait is parked: it leaves the run
 * queue, is linked on the object it waits for (and the timer queue when it has a
 * deadline), and its syscall result is written into its saved frame when it is woken.
 */
#ifndef K_SCHED_H
#define K_SCHED_H

#include <k/kernel.h>

/* The thread whose frame the kernel returns to; NULL while idle. */
extern struct k_thread *k_current;

/* Empty run queues and timer queue (boot; host tests between cases). */
void k_sched_init(void);

/* Make t runnable at the back of its priority's queue (woken or started). */
void k_sched_ready(struct k_thread *t);

/*
 * Is t the ready thread held for the direct hand-off (ready, but on no run queue until
 * the scheduler needs the queues)?
 */
bool k_sched_handed_off(const struct k_thread *t);

#ifdef K_HANDOFF_SWITCHABLE
/*
 * Host tests: false makes every wake take the general path and turns off every short
 * form of a syscall, to compare the two; k_fast_taken counts the short forms taken.
 */
extern bool k_handoff_enabled;
extern unsigned k_fast_taken;
#define K_FAST_PATHS k_handoff_enabled
#define K_FAST_TAKEN() ((void)k_fast_taken++)
#else
#define K_FAST_PATHS true
#define K_FAST_TAKEN() ((void)0)
#endif

/* Take t off the run queue / waiter list / timer queue, whatever it is on. */
void k_sched_detach(struct k_thread *t);

/*
 * Choose the thread to return to: the current one unless a higher-priority thread is
 * ready (strict preemption), otherwise the front of the highest non-empty queue.
 * Idles (arch_idle) while nothing is runnable.
 */
struct k_thread *k_sched_next(void);

/*
 * Set when a thread is made ready, parks or the timer needs reprogramming, cleared by
 * k_sched_next: while it is clear, k_sched_next returns a running k_current (the
 * arch's syscall return tests it instead of calling k_sched_next).
 */
extern bool k_sched_dirty;

/* Park the current thread. deadline K_FOREVER: no timeout. */
void k_park(struct k_thread *t, enum k_wait_kind kind, struct k_object *obj, k_signals_t mask,
	    k_instant_t deadline);
/*
 * k_park's part besides the timer queue, inline for the short forms: with a finite
 * deadline the thread must be on the timer queue first (k_park_timer), so that a
 * direct switch that follows programs the timer for it.
 */
static inline __attribute__((always_inline)) void k_park_on(struct k_thread *t,
							    enum k_wait_kind kind,
							    struct k_object *obj, k_signals_t mask,
							    k_instant_t deadline)
{
	t->state = K_THREAD_WAITING;
	k_sched_dirty = true;
	t->wait_kind = (uint8_t)kind;
	t->wait_obj = obj;
	t->wait_mask = mask;
	t->deadline = deadline;
	if (obj && kind != K_WAIT_SLEEP)
		k_list_push_back(&obj->waiters, &t->link);
}
/* t (about to park, or parking) on the timer queue with its finite deadline. */
void k_park_timer(struct k_thread *t, k_instant_t deadline) __attribute__((noinline));

/* Wake a parked thread with the two result words of its syscall. */
void k_wake(struct k_thread *t, uint32_t r0, uint32_t r1);

/*
 * The direct switch. A syscall whose caller has just parked may hand the CPU on itself
 * instead of leaving it to k_sched_next, and returns K_SWITCHED: k_current is then the
 * thread to resume (its results in its frame) and k_switch_from the caller, whose
 * registers the arch saves. Every such step leaves the state the general path would.
 */
extern struct k_thread *k_switch_from;
/* Would k_wake(w) now put w in the hand-off slot, to run next? */
static inline __attribute__((always_inline)) bool k_sched_switch_ok(const struct k_thread *w)
{
	extern struct k_thread *k_sched_handoff;
	extern uint32_t k_sched_ready_bitmap;
	return K_FAST_PATHS && !k_sched_handoff && !(k_sched_ready_bitmap >> w->priority);
}
/* Wake w (parked) with its result words and run it now; only when k_sched_switch_ok. */
int32_t k_sched_switch(struct k_thread *w, uint32_t r0, uint32_t r1);
/*
 * The result word of a syscall that parked its caller t: K_SWITCHED when a thread waits
 * in the hand-off slot (it runs now, as k_sched_next would choose), else K_PARKED.
 */
int32_t k_sched_parked(struct k_thread *t);
/*
 * The result word of a syscall whose caller t goes on with success r (>= 0) after
 * making threads ready: the scheduler decides at once (so the syscall takes the fast
 * return) and, when t is preempted, r goes into its frame and the result is K_SWITCHED.
 */
int32_t k_sched_after(struct k_thread *t, int32_t r);
/*
 * k_wake(w, r0, r1) then k_sched_after(t, 0), for a respond: w usually takes the
 * hand-off slot at t's priority or below, where the scheduler keeps t without timer
 * work, and that is decided here in a few compares.
 */
int32_t k_sched_wake_after(struct k_thread *w, uint32_t r0, uint32_t r1, struct k_thread *t)
	__attribute__((noinline));
/* Is a thread waiting in the hand-off slot? */
static inline bool k_sched_handoff_waiting(void)
{
	extern struct k_thread *k_sched_handoff;
	return k_sched_handoff != NULL;
}
/* Called by the arch when the timer fires. */
void k_timer_interrupt(void);

/* Make sure the timer fires by the nearest deadline or slice end. */
void k_timer_update(void);

k_instant_t k_now(void);
/* Has a finite deadline passed? (Out of line: the usual FOREVER costs a compare.) */
bool k_deadline_passed_slow(k_instant_t deadline) __attribute__((noinline));
static inline __attribute__((always_inline)) bool k_deadline_passed(k_instant_t deadline)
{
	return __builtin_expect(deadline != K_FOREVER, 0) && k_deadline_passed_slow(deadline);
}

/* Time slice for round-robin among equal priorities, in ticks. */
extern k_instant_t k_time_slice;

#endif /* K_SCHED_H */
