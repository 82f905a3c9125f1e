/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The channel's fast-path decisions, inline so that the syscall handler can decide
 * without a call and leave by a tail call either way (the general form, or the short
 * form's commit), with no stack frame of its own.
 */
#ifndef K_CHANNEL_H
#define K_CHANNEL_H

#include <k/object.h>
#include <k/sched.h>
#include <k/uaccess.h>

#define K_TXN_SIGNALS (KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE)

/* h's transaction, if one is pending. */
static inline __attribute__((always_inline)) struct k_channel_initiator *
k_channel_pending(struct k_channel_handler *h)
{
	struct k_channel_initiator *c = h->initiator;

	return c && c->state == K_CHANNEL_PENDING ? c : NULL;
}

/*
 * The short forms of the copies: plain buffers on both sides (checked when they were
 * handed over; regions never change) and a message of at most K_SHORT_MESSAGE aligned
 * bytes, the usual request or response, moved word by word inline. Each process's RAM
 * is its own, so the two buffers of a channel between two processes never overlap.
 */
#define K_SHORT_MESSAGE 16u

static inline __attribute__((always_inline)) bool k_channel_short_message(uintptr_t d, uintptr_t s,
									  size_t n)
{
	return !((d | s | n) & 3) && n <= K_SHORT_MESSAGE;
}

/*
 * A short message's n bytes (k_channel_short_message), word by word: at most four,
 * unrolled (a compare and a load-store pair each, half a loop's cost).
 */
static inline __attribute__((always_inline)) void k_channel_copy_words(uintptr_t d, uintptr_t s,
								       size_t n)
{
	uint32_t *to = (uint32_t *)d;
	const uint32_t *from = (const uint32_t *)s;

	if (n >= 4) {
		to[0] = from[0];
		if (n >= 8) {
			to[1] = from[1];
			if (n >= 12) {
				to[2] = from[2];
				if (n >= 16)
					to[3] = from[3];
			}
		}
	}
}

/*
 * Short register messages (channel_transact_short, channel_respond_and_receive_short):
 * a short caller's transaction has the initiator's own 16 bytes as its buffers. None
 * without kernel.short_messages: the general paths' short-caller cases fold away.
 */
static inline __attribute__((always_inline)) bool
k_channel_short_caller(const struct k_channel_initiator *c)
{
	return k_short_messages() && c->recv == (uintptr_t)c->short_rsp;
}

/*
 * Whose memory c's buffers are: the initiator's process, or for a short caller the
 * kernel's own words in c (no process: a copy does not check them against one).
 */
static inline __attribute__((always_inline)) struct k_process *
k_channel_peer(const struct k_channel_initiator *c)
{
	return k_channel_short_caller(c) ? NULL : c->owner;
}

/*
 * A response of h's thread t that the short form can deliver (a first entry, not a
 * restarted one, to a caller that is not a short caller, whose five result words the
 * general form writes): its transaction, or NULL for the general form.
 */
static inline __attribute__((always_inline)) struct k_channel_initiator *
k_channel_short_response(struct k_thread *t, struct k_channel_handler *h, uintptr_t buf,
			 intptr_t len)
{
	struct k_channel_initiator *c = k_channel_pending(h);

	if (!c || t->resuming || k_channel_short_caller(c) || len < 0 || c->recv_len < 0 ||
	    (size_t)len > c->recv_capacity || !k_channel_short_message(c->recv, buf, (size_t)len) ||
	    h->owner == c->owner || !k_range_in_ram(h->owner, buf, (size_t)len, K_ACCESS_R))
		return NULL;
	return c;
}

/*
 * respond's short form, once the handler has found the response short
 * (k_channel_short_response): the response delivered, the caller woken, the scheduler
 * asked (so that the syscall takes the fast return, or K_SWITCHED). The arguments keep
 * the syscall's registers, h in the handle's place.
 */
int32_t k_channel_reply(struct k_channel_handler *h, uintptr_t buf, intptr_t len)
	__attribute__((noinline));

/*
 * respond_and_receive's short form, once the handler has found the response short
 * (k_channel_short_response) and the receive buffer plain and in the caller's RAM:
 * reply, park, switch. The arguments keep the syscall's registers (h in the handle's
 * place, the deadline as its two words).
 */
int32_t k_channel_reply_receive(struct k_channel_handler *h, uintptr_t buf, intptr_t len,
				uintptr_t recv, intptr_t recv_len, uint32_t deadline_lo,
				uint32_t deadline_hi) __attribute__((noinline));

/*
 * The thread a new request on h wakes, when it is the only one and nothing else needs
 * the signal change (h is in no wait group): waiting on h for READABLE or WRITABLE
 * (object_wait) or for the request itself (the receive). NULL: the general update.
 * While the channel is idle h has neither signal, so such a waiter is satisfied now.
 */
static inline __attribute__((always_inline)) struct k_thread *
k_channel_request_waiter(struct k_channel_handler *h)
{
	struct k_list *n = h->base.waiters.next;

	if (!n || n == &h->base.waiters || n->next != &h->base.waiters || h->base.group)
		return NULL;
	struct k_thread *w = K_CONTAINER_OF(n, struct k_thread, link);
	return w->wait_mask & K_TXN_SIGNALS ? w : NULL;
}

/*
 * Or, the usual server's shape, the thread a new request on h wakes through h's wait
 * group: h has no waiter of its own and is a member for READABLE or WRITABLE, and the
 * group's only waiter waits for READABLE. That waiter is not satisfied, so no member
 * is signalled and h, once it is, is the member its wait returns.
 */
static inline __attribute__((always_inline)) struct k_thread *
k_channel_group_waiter(struct k_channel_handler *h)
{
	struct k_wait_group *g = h->base.group;
	struct k_list *own = h->base.waiters.next;

	if (!g || (own && own != &h->base.waiters) || !(h->base.member_mask & K_TXN_SIGNALS))
		return NULL;
	struct k_list *n = g->base.waiters.next;
	if (!n || n == &g->base.waiters || n->next != &g->base.waiters)
		return NULL;
	struct k_thread *w = K_CONTAINER_OF(n, struct k_thread, link);
	return w->wait_mask & KEEL_SIGNAL_READABLE ? w : NULL;
}

/*
 * The handler thread a synchronous transact on c (the buffers given) can
 * switch to straight away (k_channel_transact_switch), or NULL for the general form:
 * c idle and in no group, plain buffers in the initiator's RAM, and a sole waiting
 * handler (on h or through its group) that the scheduler would run next.
 */
static inline __attribute__((always_inline)) struct k_thread *
k_channel_transact_target(struct k_channel_initiator *c, uintptr_t send, intptr_t send_len,
			  uintptr_t recv, intptr_t recv_len)
{
	struct k_thread *w = k_channel_request_waiter(c->handler);

	if (!w)
		w = k_channel_group_waiter(c->handler);
	if (c->state != K_CHANNEL_IDLE || !w || !k_sched_switch_ok(w) || send_len < 0 ||
	    recv_len < 0 || c->base.group ||
	    !k_range_in_ram(c->owner, send, (size_t)send_len, K_ACCESS_R) ||
	    !k_range_in_ram(c->owner, recv, (size_t)recv_len, K_ACCESS_W))
		return NULL;
	return w;
}

/*
 * The transact once k_channel_transact_target has chosen (the deadline K_FOREVER, or
 * not passed and the caller on the timer queue already): the caller (k_current) parks,
 * the handler thread runs. The arguments keep the syscall's registers (c in the
 * handle's place, the deadline as its two words), so the handler's tail call moves
 * none of them.
 */
int32_t k_channel_transact_switch(struct k_channel_initiator *c, uintptr_t send, intptr_t send_len,
				  uintptr_t recv, intptr_t recv_len, uint32_t deadline_lo,
				  uint32_t deadline_hi) __attribute__((noinline));
/*
 * The same with a finite deadline: one already past fails as in the general form, with
 * nothing changed; else the caller goes on the timer queue, then the switch.
 */
int32_t k_channel_transact_timed(struct k_channel_initiator *c, uintptr_t send, intptr_t send_len,
				 uintptr_t recv, intptr_t recv_len, uint32_t deadline_lo,
				 uint32_t deadline_hi) __attribute__((noinline));

/*
 * The handler thread a short call on c can switch to straight away (as
 * k_channel_transact_target, with no user buffers to check), or NULL.
 */
static inline __attribute__((always_inline)) struct k_thread *
k_channel_short_target(struct k_channel_initiator *c)
{
	struct k_thread *w = k_channel_request_waiter(c->handler);

	if (!w)
		w = k_channel_group_waiter(c->handler);
	if (c->state != K_CHANNEL_IDLE || !w || !k_sched_switch_ok(w) || c->base.group)
		return NULL;
	return w;
}

/*
 * The handler thread a short call on c runs at once through k_channel_call_short: c
 * idle and in no group, h in no group, and h's one waiter parked in a short receive
 * (which waits for READABLE) that the scheduler would run next. NULL: another form.
 */
static inline __attribute__((always_inline)) struct k_thread *
k_channel_short_receiver(struct k_channel_initiator *c)
{
	struct k_channel_handler *h = c->handler;
	struct k_list *n = h->base.waiters.next;

	if (c->state != K_CHANNEL_IDLE || c->base.group || h->base.group || !n ||
	    n == &h->base.waiters || n->next != &h->base.waiters)
		return NULL;
	struct k_thread *w = K_CONTAINER_OF(n, struct k_thread, link);
	if (w->wait_kind != K_WAIT_RECEIVE || w->recv.len != K_RECV_REGISTERS ||
	    !k_sched_switch_ok(w))
		return NULL;
	return w;
}

/*
 * channel_transact_short with no deadline, once the handler has checked the tag and
 * found c: to k_channel_short_receiver's thread, the request into c and straight into
 * that thread's five result words, the caller parked, the handler run; any other case
 * as the short form with a deadline or the general form. The arguments keep the
 * syscall's registers (c in the tag's place, the words where they came).
 */
int32_t k_channel_call_short(struct k_channel_initiator *c, uintptr_t w0, uintptr_t w1,
			     uintptr_t w2, uintptr_t w3, size_t len) __attribute__((noinline));
/*
 * A short call on c (the tag and the handle checked) with any deadline: to a sole
 * waiting handler (k_channel_short_target), the request into c and the transact's own
 * commit (k_channel_transact_switch, or _timed); else the general form's.
 */
int32_t k_channel_transact_short_to(struct k_channel_initiator *c, uint32_t w0, uint32_t w1,
				    uint32_t w2, uint32_t w3, size_t len, k_instant_t deadline)
	__attribute__((noinline));

/*
 * channel_respond_and_receive_short's short form, once the handler has found h, the
 * tag's length at most 16 and the deadline K_FOREVER: to a short caller, the response
 * w0..w3 into its five result words, the handler parked in the receive, the caller
 * run (or woken, when the hand-off would not take it). The usual case keeps no frame
 * (as k_channel_reply_receive's); another waiter of the initiator, its wait group, an
 * ordinary caller or none take the general form's commit. The syscall's
 * registers stay where they came (the tag, the words), h in the deadline's place.
 */
int32_t k_channel_reply_receive_short(uintptr_t tag, uintptr_t w0, uintptr_t w1, uintptr_t w2,
				      uintptr_t w3, struct k_channel_handler *h)
	__attribute__((noinline));
/* The general forms: the same results, any case. w: the message's four words. */
K_WARN_UNUSED int32_t k_channel_transact_short(struct k_thread *t, struct k_channel_initiator *c,
					       size_t len, const uint32_t w[4],
					       k_instant_t deadline);
K_WARN_UNUSED int32_t k_channel_respond_and_receive_short(struct k_thread *t,
							  struct k_channel_handler *h, uint32_t tag,
							  const uint32_t w[4],
							  k_instant_t deadline);

#endif /* K_CHANNEL_H */
