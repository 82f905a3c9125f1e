// SPDX-License-Identifier: Apache-2.0
/* Signals, object_wait and wait groups: the part every object type shares. */
#include <k/object.h>
#include <k/sched.h>

/*
 * Whether o is in a wait group: never in a system without wait group handles, and the
 * constant then folds the group code out of every signal update.
 */
static inline __attribute__((always_inline)) bool in_group(const struct k_object *o)
{
	return k_type_used(K_OBJ_WAIT_GROUP) && o->group;
}

/* The member a wait on g returns: the first signalled one in fairness order. */
static struct k_object *signalled_member(struct k_wait_group *g)
{
	if (!g->members.next)
		return NULL;
	for (struct k_list *n = g->members.next; n != &g->members; n = n->next) {
		struct k_object *m = K_CONTAINER_OF(n, struct k_object, member_link);
		if (m->signals & m->member_mask)
			return m;
	}
	return NULL;
}

/*
 * Hand waiter t the wait's result. For a wait group that is a signalled member (which
 * then moves to the back, so a member that keeps firing cannot starve the others).
 */
static void complete_wait(struct k_thread *t, struct k_object *o, bool park_done)
{
	uint32_t user_data = 0, pending = o->signals & t->wait_mask;

	/* The receive on wake: the request is copied now, in the transact's entry. */
	if (park_done && t->wait_kind == K_WAIT_RECEIVE) {
		uint64_t r = k_channel_receive(t, (struct k_channel_handler *)o);
		k_wake(t, (uint32_t)r, (uint32_t)(r >> 32));
		return;
	}

	if (k_handle_type(o, K_OBJ_WAIT_GROUP)) {
		struct k_wait_group *g = (struct k_wait_group *)o;
		struct k_object *m = signalled_member(g);
		if (m) {
			user_data = (uint32_t)m->user_data;
			pending = m->signals & m->member_mask;
			k_list_remove(&m->member_link);
			k_list_push_back(&g->members, &m->member_link);
		}
	}
	if (park_done)
		k_wake(t, user_data, pending);
	else
		arch_frame_set_result(&t->frame, user_data, pending);
}

/* g's READABLE from its count of signalled members (added or removed). */
static void group_reevaluate(struct k_wait_group *g)
{
	bool any = g->base.signalled != 0;

	k_object_update(&g->base, any ? 0 : KEEL_SIGNAL_READABLE, any ? KEEL_SIGNAL_READABLE : 0);
}

/*
 * The part of a signal change that does work: waking the waiters the raised signals
 * satisfy and telling the group. k_object_update calls it only when there may be some.
 */
void k_object_changed(struct k_object *o, k_signals_t old)
{
	k_signals_t now = o->signals;

	if ((now & ~old) && o->waiters.next) {
		struct k_list *n = o->waiters.next;
		while (n != &o->waiters) {
			struct k_thread *t = K_CONTAINER_OF(n, struct k_thread, link);
			n = n->next;
			/*
			 * Waits on signals (object_wait, the receive) have a mask; a
			 * transact's is empty and a sleep is on no list.
			 */
			if (now & t->wait_mask)
				complete_wait(t, o, true);
		}
	}
	if (in_group(o) && !(old & o->member_mask) != !(now & o->member_mask)) {
		/* The group's count of signalled members says whether it is READABLE. */
		struct k_wait_group *g = o->group;
		if (!(now & o->member_mask))
			k_group_member_fell(g);
		else if (!g->base.signalled++)
			k_object_update(&g->base, 0, KEEL_SIGNAL_READABLE);
	}
}

/*
 * Most updates wake nobody and move no group: those cost a few compares and no stack
 * frame, the rest is a tail call.
 */
void k_object_update(struct k_object *o, k_signals_t clear, k_signals_t set)
{
	k_signals_t old = o->signals;
	k_signals_t now = (old & ~clear) | set;

	o->signals = now;
	if (((now & ~old) && k_list_linked(&o->waiters)) ||
	    (in_group(o) && ((old ^ now) & o->member_mask)))
		k_object_changed(o, old);
}

int32_t k_object_wait_check(const struct k_object *o, k_signals_t mask)
{
	if (mask & ~KEEL_SIGNAL_VALID_MASK)
		return k_err(KEEL_INVALID_ARGUMENT);
	/*
	 * An empty mask is a sleep and never looks at the object, so the user library can
	 * sleep on handle 0 whatever that is in a process (an empty group included).
	 */
	if (mask && k_handle_type(o, K_OBJ_WAIT_GROUP) &&
	    k_list_empty(&((const struct k_wait_group *)o)->members))
		return k_err(KEEL_INVALID_ARGUMENT);
	return 0;
}

int32_t k_object_wait(struct k_thread *t, struct k_object *o, k_signals_t mask,
		      k_instant_t deadline)
{
	int32_t r = k_object_wait_check(o, mask);

	if (r)
		return r;
	if (mask && (o->signals & mask)) {
		t->wait_mask = mask;
		complete_wait(t, o, false);
		return K_WRITTEN;
	}
	if (deadline != K_FOREVER && deadline <= k_now())
		return k_err(KEEL_DEADLINE_EXCEEDED);
	k_park(t, mask ? K_WAIT_OBJECT : K_WAIT_SLEEP, o, mask, deadline);
	return k_sched_parked(t);
}

int32_t k_object_wait_switch(struct k_object *o, k_signals_t mask, uint32_t deadline_lo,
			     uint32_t deadline_hi)
{
	struct k_thread *t = k_current;

	K_FAST_TAKEN();
	/* On the timer queue already, with a finite deadline (k_object_wait_timed). */
	k_park_on(t, K_WAIT_OBJECT, o, mask, (uint64_t)deadline_hi << 32 | deadline_lo);
	return k_sched_parked(t);
}

int32_t k_object_wait_timed(struct k_object *o, k_signals_t mask, uint32_t deadline_lo,
			    uint32_t deadline_hi)
{
	k_instant_t deadline = (uint64_t)deadline_hi << 32 | deadline_lo;

	/* The general form's last check, before anything changes. */
	if (k_deadline_passed_slow(deadline))
		return k_err(KEEL_DEADLINE_EXCEEDED);
	k_park_timer(k_current, deadline);
	return k_object_wait_switch(o, mask, deadline_lo, deadline_hi);
}

int32_t k_wait_group_add(struct k_wait_group *g, struct k_object *o, k_signals_t mask,
			 uintptr_t user_data)
{
	if (o->type == K_OBJ_WAIT_GROUP)
		return k_err(KEEL_INVALID_ARGUMENT);
	if (mask & ~KEEL_SIGNAL_VALID_MASK)
		return k_err(KEEL_INVALID_ARGUMENT);
	if (o->group)
		return k_err(KEEL_RESOURCE_EXHAUSTED);
	o->group = g;
	o->member_mask = mask;
	o->user_data = user_data;
	k_list_push_back(&g->members, &o->member_link);
	if (o->signals & mask)
		g->base.signalled++;
	group_reevaluate(g);
	return 0;
}

void k_wait_group_leave(struct k_object *o)
{
	struct k_wait_group *g = o->group;

	if (!g)
		return;
	k_list_remove(&o->member_link);
	if (o->signals & o->member_mask)
		g->base.signalled--;
	o->group = NULL;
	o->member_mask = 0;
	o->user_data = 0;
	group_reevaluate(g);
}

int32_t k_wait_group_remove(struct k_wait_group *g, struct k_object *o)
{
	if (o->group != g)
		return k_err(KEEL_NOT_FOUND);
	k_wait_group_leave(o);
	return 0;
}

void k_wait_group_clear(struct k_wait_group *g)
{
	struct k_list *n;

	while ((n = k_list_front(&g->members)) != NULL)
		k_wait_group_leave(K_CONTAINER_OF(n, struct k_object, member_link));
}
