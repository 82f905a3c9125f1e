// SPDX-License-Identifier: Apache-2.0
/*
 * Channels: one initiator, one handler, at most one transaction in flight. The kernel
 * copies straight between the two processes' buffers; nothing is buffered here.
 *
 *   IDLE      initiator {WRITABLE}   handler {}
 *   PENDING   initiator {}           handler {READABLE, WRITABLE}
 *   RESPONDED initiator {READABLE}   handler {}
 */
#include <keel/syscall_ids.h>
#include <k/arch.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/uaccess.h>
#include <k/channel.h>

#define TXN_SIGNALS K_TXN_SIGNALS

/* Back to IDLE with the transaction forgotten; the sync caller (if any) is not woken. */
static void drop(struct k_channel_initiator *c)
{
	c->state = K_CHANNEL_IDLE;
	c->caller = NULL;
	k_object_update(&c->handler->base, TXN_SIGNALS, 0);
	k_object_update(&c->base, KEEL_SIGNAL_READABLE, KEEL_SIGNAL_WRITABLE);
}

int32_t k_channel_transact(struct k_thread *t, struct k_channel_initiator *c, uintptr_t send,
			   intptr_t send_len, uintptr_t recv, intptr_t recv_len,
			   k_instant_t deadline, bool sync)
{
	struct k_ubuf sb = { c->owner, send, send_len }, rb = { c->owner, recv, recv_len };
	size_t send_size, recv_size;
	enum keel_status s;

	if (c->state != K_CHANNEL_IDLE)
		return k_err(KEEL_UNAVAILABLE);
	if ((s = k_ubuf_check(&sb, K_ACCESS_R, &send_size)) != KEEL_OK ||
	    (s = k_ubuf_check(&rb, K_ACCESS_W, &recv_size)) != KEEL_OK)
		return k_err(s);
	if (sync && deadline != K_FOREVER && deadline <= k_now())
		return k_err(KEEL_DEADLINE_EXCEEDED);
	c->send = send;
	c->send_len = send_len;
	c->recv = recv;
	c->recv_len = recv_len;
	c->send_size = send_size;
	c->recv_capacity = recv_size;
	c->response_len = 0;
	c->state = K_CHANNEL_PENDING;
	c->txn++;
	/* A new transaction means the peer's earlier reset has been seen: ERROR ends. */
	k_object_update(&c->base, TXN_SIGNALS | KEEL_SIGNAL_ERROR, 0);
	if (!sync) {
		k_object_update(&c->handler->base, KEEL_SIGNAL_ERROR, TXN_SIGNALS);
		c->caller = NULL;
		return 0;
	}
	c->caller = t;
	/* Parked first: the handler's wake below never involves the caller's wait. */
	k_park(t, K_WAIT_TRANSACT, &c->base, 0, deadline);
	k_object_update(&c->handler->base, KEEL_SIGNAL_ERROR, TXN_SIGNALS);
	return k_sched_parked(t);
}

/*
 * A request's receive into the buffer t parked with (K_WAIT_RECEIVE), when it is
 * short (k_channel_short_message) and plain: copied word by word, *r the result
 * words. false: k_channel_receive's general copy.
 */
static inline __attribute__((always_inline)) bool receive_short(struct k_thread *t,
								struct k_channel_handler *h,
								struct k_channel_initiator *c,
								uint64_t *r)
{
	if (t->recv.len < 0 || c->send_len < 0)
		return false;
	size_t n = c->send_size < (size_t)t->recv.len ? c->send_size : (size_t)t->recv.len;
	if (!k_channel_short_message(t->recv.buf, c->send, n) || h->owner == c->owner)
		return false;
	k_channel_copy_words(t->recv.buf, c->send, n);
	*r = ((uint64_t)c->send_size << 32) | n;
	return true;
}

/* The switch to w (parked in the receive) after the general copy of the request. */
static __attribute__((noinline)) int32_t receive_switch(struct k_thread *w,
							struct k_channel_handler *h)
{
	uint64_t r = k_channel_receive(w, h);

	return k_sched_switch(w, (uint32_t)r, (uint32_t)(r >> 32));
}

int32_t k_channel_transact_switch(struct k_channel_initiator *c, uintptr_t send, intptr_t send_len,
				  uintptr_t recv, intptr_t recv_len, uint32_t deadline_lo,
				  uint32_t deadline_hi)
{
	struct k_channel_handler *h = c->handler;
	struct k_thread *t = k_current;
	/*
	 * The handler thread k_channel_transact_target found: h's sole waiter, or else the
	 * sole waiter of h's group.
	 */
	struct k_list *n = h->base.waiters.next;
	if (!n || n == &h->base.waiters)
		n = h->base.group->base.waiters.next;
	struct k_thread *w = K_CONTAINER_OF(n, struct k_thread, link);
	uint64_t r;

	K_FAST_TAKEN();
	c->send = send;
	c->send_len = send_len;
	c->recv = recv;
	c->recv_len = recv_len;
	c->send_size = (size_t)send_len;
	c->recv_capacity = (size_t)recv_len;
	c->response_len = 0;
	c->state = K_CHANNEL_PENDING;
	c->txn++;
	c->caller = t;
	/* Signals only cleared, c in no group: the update would wake nobody. */
	c->base.signals &= ~(TXN_SIGNALS | KEEL_SIGNAL_ERROR);
	/* On the timer queue already, with a finite deadline (k_channel_transact_timed). */
	k_park_on(t, K_WAIT_TRANSACT, &c->base, 0, (uint64_t)deadline_hi << 32 | deadline_lo);
	/*
	 * The request is in place and the caller parked: raise h's signals and run w with
	 * the result its wait gets from the general update, which this does without
	 * walking.
	 */
	h->base.signals = (h->base.signals & ~KEEL_SIGNAL_ERROR) | TXN_SIGNALS;
	if (w->wait_kind == K_WAIT_RECEIVE) {
		if (!receive_short(w, h, c, &r))
			return receive_switch(w, h);
	} else if (w->wait_obj == &h->base) {
		r = (uint64_t)(h->base.signals & w->wait_mask) << 32;
	} else {
		/* Through the group: h is its one signalled member, which moves to the back. */
		struct k_wait_group *g = h->base.group;
		g->base.signals |= KEEL_SIGNAL_READABLE;
		g->base.signalled++;
		k_list_remove(&h->base.member_link);
		k_list_push_back(&g->members, &h->base.member_link);
		r = (uint32_t)h->base.user_data |
			(uint64_t)(h->base.signals & h->base.member_mask) << 32;
	}
	return k_sched_switch(w, (uint32_t)r, (uint32_t)(r >> 32));
}

int32_t k_channel_transact_timed(struct k_channel_initiator *c, uintptr_t send, intptr_t send_len,
				 uintptr_t recv, intptr_t recv_len, uint32_t deadline_lo,
				 uint32_t deadline_hi)
{
	k_instant_t deadline = (uint64_t)deadline_hi << 32 | deadline_lo;

	if (k_deadline_passed_slow(deadline))
		return k_err(KEEL_DEADLINE_EXCEEDED);
	k_park_timer(k_current, deadline);
	return k_channel_transact_switch(c, send, send_len, recv, recv_len, deadline_lo,
					 deadline_hi);
}

int32_t k_channel_complete(struct k_channel_initiator *c)
{
	if (c->state != K_CHANNEL_RESPONDED || c->caller)
		return k_err(KEEL_UNAVAILABLE);
	size_t len = c->response_len;
	drop(c);
	return (int32_t)len;
}

int32_t k_channel_cancel(struct k_channel_initiator *c)
{
	if (c->state == K_CHANNEL_IDLE)
		return k_err(KEEL_UNAVAILABLE);
	struct k_thread *caller = c->caller;
	drop(c);
	/* Another thread of the caller's process cancelled a synchronous transaction. */
	if (caller)
		k_wake(caller, (uint32_t)k_err(KEEL_CANCELLED), 0);
	return 0;
}

/*
 * The pending transaction of h that a (possibly restarted) read or respond works on;
 * NULL when there is none, or when the one a restarted call began with has ended.
 */
static inline __attribute__((always_inline)) struct k_channel_initiator *
transaction_of(struct k_thread *t, struct k_channel_handler *h, struct k_resume *r)
{
	struct k_channel_initiator *c = k_channel_pending(h);

	if (!k_resume_take(t, r))
		r->done = 0;
	else if (c && c->txn != r->tag)
		c = NULL;
	return c;
}

static void respond_done(struct k_channel_handler *h, struct k_channel_initiator *c, size_t n);

/*
 * read (from offset of the request into buf) and respond (buf as the response): one
 * copy between the handler's buffer and the initiator's, at most K_COPY_BUDGET of
 * work per kernel entry; with more to do the call restarts and goes on at
 * resume.done. A respond's last part ends the transaction.
 */
static __attribute__((noinline)) int32_t transfer(struct k_thread *t, struct k_channel_handler *h,
						  bool respond, size_t offset, uintptr_t buf,
						  intptr_t len)
{
	struct k_resume r;
	struct k_channel_initiator *c = transaction_of(t, h, &r);
	struct k_ubuf mine = { h->owner, buf, len };

	if (!c)
		return k_err(KEEL_UNAVAILABLE);
	struct k_ubuf peer = { k_channel_peer(c), respond ? c->recv : c->send,
			       respond ? c->recv_len : c->send_len };
	size_t budget = K_COPY_BUDGET;
	bool more;
	if (!r.done) {
		size_t size;
		enum keel_status s;
		if ((s = k_ubuf_check(&mine, respond ? K_ACCESS_R : K_ACCESS_W, &size)) != KEEL_OK)
			return k_err(s);
		/*
		 * A read's offset against the request's size as checked at the transact:
		 * if the initiator has rewritten its vector since, the copy (which checks
		 * each segment it reaches) ends where the new one does.
		 */
		if (respond ? size > c->recv_capacity : offset > c->send_size)
			return k_err(KEEL_OUT_OF_RANGE);
		/* The checks had their share of this entry. */
		budget /= 2;
	}
	/* A respond's offset is 0. */
	size_t n = k_ubuf_copy(respond ? &peer : &mine, r.done, respond ? &mine : &peer,
			       offset + r.done, budget, &more);
	/* Until a response's last part the transaction stays pending, its signals unchanged. */
	if (more && r.done + n < INT32_MAX - K_COPY_BUDGET)
		return k_restart(t, r.done + n, c->txn);
	if (!respond)
		return (int32_t)(r.done + n);
	respond_done(h, c, n + r.done);
	return 0;
}

int32_t k_channel_read(struct k_thread *t, struct k_channel_handler *h, size_t offset,
		       uintptr_t buf, intptr_t len)
{
	return transfer(t, h, false, offset, buf, len);
}

int32_t k_channel_respond(struct k_thread *t, struct k_channel_handler *h, uintptr_t buf,
			  intptr_t len)
{
	return transfer(t, h, true, 0, buf, len);
}

/*
 * The response's update of h: its transaction signals fall, which wakes nobody; of its
 * group, only the count of signalled members (and with the last, READABLE) changes.
 */
static inline __attribute__((always_inline)) void handler_idle(struct k_channel_handler *h)
{
	k_signals_t old = h->base.signals;

	h->base.signals = old & ~TXN_SIGNALS;
	if (k_type_used(K_OBJ_WAIT_GROUP) && h->base.group && (old & h->base.member_mask) &&
	    !(h->base.signals & h->base.member_mask))
		k_group_member_fell(h->base.group);
}

/*
 * A synchronous transaction's end: c idle, its caller off c's waiters first (its
 * empty mask never matches, and without it the update usually has no list to walk).
 */
static inline __attribute__((always_inline)) void end_sync(struct k_channel_initiator *c,
							   struct k_thread *caller)
{
	c->state = K_CHANNEL_IDLE;
	c->caller = NULL;
	k_list_remove(&caller->link);
}

/*
 * The response (n bytes) is in place: the transaction ends. Returns its synchronous
 * caller, off c's waiters, for the caller of this to wake with n; or NULL.
 */
static inline __attribute__((always_inline)) struct k_thread *
respond_end(struct k_channel_handler *h, struct k_channel_initiator *c, size_t n)
{
	struct k_thread *caller = c->caller;

	handler_idle(h);
	if (caller) {
		end_sync(c, caller);
	} else {
		c->state = K_CHANNEL_RESPONDED;
		c->response_len = n;
	}
	k_object_update(&c->base, 0, caller ? KEEL_SIGNAL_WRITABLE : KEEL_SIGNAL_READABLE);
	return caller;
}

static void short_wake(struct k_thread *t, const uint32_t *m, size_t n) __attribute__((noinline));

static __attribute__((noinline)) void respond_done(struct k_channel_handler *h,
						   struct k_channel_initiator *c, size_t n)
{
	struct k_thread *caller = respond_end(h, c, n);

	/* A short caller gets the response's words too. */
	if (caller && k_channel_short_caller(c))
		short_wake(caller, c->short_rsp, n);
	else if (caller)
		k_wake(caller, (uint32_t)n, 0);
}

int32_t k_channel_read_short(struct k_thread *t, struct k_channel_handler *h, size_t offset,
			     uintptr_t buf, intptr_t len)
{
	struct k_channel_initiator *c = k_channel_pending(h);

	if (!c || t->resuming || len < 0 || c->send_len < 0 || offset > c->send_size)
		return K_DECLINED;
	size_t n = c->send_size - offset;
	if ((size_t)len < n)
		n = (size_t)len;
	uintptr_t src = c->send + offset;
	/* Each process's RAM is its own: a request and a buffer never overlap. */
	if (!k_channel_short_message(buf, src, n) || h->owner == c->owner ||
	    !k_range_in_ram(h->owner, buf, (size_t)len, K_ACCESS_W))
		return K_DECLINED;
	k_channel_copy_words(buf, src, n);
	K_FAST_TAKEN();
	return (int32_t)n;
}

/*
 * respond_and_receive's short form where an update may do more than store (any
 * deadline, groups, waiters): the general form, whose checks and copy pass as the
 * short form's did. Its respond wakes the caller into the hand-off slot when that
 * would take it, and the park then runs it (k_sched_parked), as k_sched_switch would.
 */
static __attribute__((noinline)) int32_t
reply_receive_full(struct k_channel_handler *h, uintptr_t buf, intptr_t len, uintptr_t recv,
		   intptr_t recv_len, uint32_t deadline_lo, uint32_t deadline_hi)
{
	return k_channel_respond_and_receive(k_current, h, buf, len, recv, recv_len,
					     (uint64_t)deadline_hi << 32 | deadline_lo);
}

/* The answered caller woken into the run queue (not run at once), then t parked. */
static __attribute__((noinline)) int32_t wake_parked(struct k_thread *caller, uint32_t r0,
						     uint32_t r1, struct k_thread *t)
{
	k_wake(caller, r0, r1);
	return k_sched_parked(t);
}

int32_t k_channel_reply_receive(struct k_channel_handler *h, uintptr_t buf, intptr_t len,
				uintptr_t recv, intptr_t recv_len, uint32_t deadline_lo,
				uint32_t deadline_hi)
{
	struct k_channel_initiator *c = h->initiator;
	struct k_thread *t = k_current, *caller = c->caller;

	K_FAST_TAKEN();
	/*
	 * The usual case, without a frame: no deadline, a synchronous caller with no
	 * waiter of c after it, c in no group. Its signal updates then wake nobody and
	 * change no group but h's count (handler_idle): plain stores. (A wait for
	 * WRITABLE parks only while it is clear, after the caller's transact began: one
	 * before the caller waits for other signals, which the response does not raise.)
	 */
	if ((deadline_lo & deadline_hi) != UINT32_MAX || !caller || c->base.group ||
	    caller->link.next != &c->base.waiters)
		return reply_receive_full(h, buf, len, recv, recv_len, deadline_lo, deadline_hi);
	k_channel_copy_words(c->recv, buf, (size_t)len);
	handler_idle(h);
	end_sync(c, caller);
	c->base.signals |= KEEL_SIGNAL_WRITABLE;
	/* The channel is idle now: no request is there yet, the receive parks. */
	t->recv.buf = recv;
	t->recv.len = recv_len;
	k_park_on(t, K_WAIT_RECEIVE, &h->base, KEEL_SIGNAL_READABLE, K_FOREVER);
	/* The caller woken and run at once, as the hand-off slot would (k_sched_parked). */
	if (k_sched_switch_ok(caller))
		return k_sched_switch(caller, (uint32_t)len, 0);
	return wake_parked(caller, (uint32_t)len, 0, t);
}

/* respond's short form where an update may do more than store: the general ones. */
static __attribute__((noinline)) int32_t reply_full(struct k_channel_handler *h,
						    struct k_channel_initiator *c, size_t len)
{
	respond_done(h, c, len);
	return k_sched_after(k_current, 0);
}

int32_t k_channel_reply(struct k_channel_handler *h, uintptr_t buf, intptr_t len)
{
	struct k_channel_initiator *c = h->initiator;
	struct k_thread *t = k_current, *caller = c->caller;

	K_FAST_TAKEN();
	k_channel_copy_words(c->recv, buf, (size_t)len);
	/* The updates as in k_channel_reply_receive (its reasons), without a frame. */
	if (!caller || c->base.group || caller->link.next != &c->base.waiters)
		return reply_full(h, c, (size_t)len);
	handler_idle(h);
	end_sync(c, caller);
	c->base.signals |= KEEL_SIGNAL_WRITABLE;
	return k_sched_wake_after(caller, (uint32_t)len, 0, t);
}

/*
 * The respond half: 0 once the response is delivered (or there is none), else the
 * respond's error or K_RESTART (a long response goes on in the next entry, which
 * repeats the wait's checks: they are pure).
 */
static int32_t respond_first(struct k_thread *t, struct k_channel_handler *h, uintptr_t buf,
			     intptr_t len)
{
	if ((uint32_t)len == KEEL_NO_RESPONSE)
		return 0;
	return k_channel_respond(t, h, buf, len);
}

int32_t k_channel_respond_and_wait(struct k_thread *t, struct k_channel_handler *h, uintptr_t buf,
				   intptr_t len, struct k_object *o, k_signals_t mask,
				   k_instant_t deadline)
{
	int32_t r = k_object_wait_check(o, mask);

	if (!r)
		r = respond_first(t, h, buf, len);
	if (!r)
		r = k_object_wait(t, o, mask, deadline);
	return r;
}

static uint64_t receive_registers(struct k_thread *t, struct k_channel_initiator *c)
	__attribute__((noinline));

uint64_t k_channel_receive(struct k_thread *t, struct k_channel_handler *h)
{
	struct k_channel_initiator *c = k_channel_pending(h);
	struct k_ubuf dst = { h->owner, t->recv.buf, t->recv.len };
	bool more;

	/*
	 * No word-by-word case: the direct switch has tried it already (receive_switch),
	 * and the general wake-ups and receives copy the same bytes with k_ubuf_copy.
	 */
	if (!c)
		return 0;
	if (k_recv_registers(t->recv.len))
		return receive_registers(t, c);
	struct k_ubuf src = { k_channel_peer(c), c->send, c->send_len };
	/* One copy budget: what does not fit in it the handler reads with channel_read. */
	size_t n = k_ubuf_copy(&dst, 0, &src, 0, K_COPY_BUDGET, &more);
	return ((uint64_t)c->send_size << 32) | n;
}

int32_t k_channel_respond_and_receive(struct k_thread *t, struct k_channel_handler *h,
				      uintptr_t buf, intptr_t len, uintptr_t recv,
				      intptr_t recv_len, k_instant_t deadline)
{
	struct k_ubuf rb = { h->owner, recv, recv_len };
	size_t cap;
	enum keel_status s = k_ubuf_check(&rb, K_ACCESS_W, &cap);
	int32_t r = s == KEEL_OK ? respond_first(t, h, buf, len) : k_err(s);

	if (r)
		return r;
	t->recv.buf = recv;
	t->recv.len = recv_len;
	if (h->base.signals & KEEL_SIGNAL_READABLE) {
		uint64_t got = k_channel_receive(t, h);
		arch_frame_set_result(&t->frame, (uint32_t)got, (uint32_t)(got >> 32));
		return K_WRITTEN;
	}
	if (deadline != K_FOREVER && deadline <= k_now())
		return k_err(KEEL_DEADLINE_EXCEEDED);
	k_park(t, K_WAIT_RECEIVE, &h->base, KEEL_SIGNAL_READABLE, deadline);
	return k_sched_parked(t);
}

int32_t k_channel_set_peer_user(struct k_object *end, bool set)
{
	struct k_object *peer;

	if (end->type == K_OBJ_CHANNEL_INITIATOR) {
		peer = &((struct k_channel_initiator *)end)->handler->base;
	} else {
		struct k_channel_initiator *c = ((struct k_channel_handler *)end)->initiator;
		if (!c)
			return k_err(KEEL_FAILED_PRECONDITION);
		peer = &c->base;
	}
	k_object_update(peer, set ? 0 : KEEL_SIGNAL_USER, set ? KEEL_SIGNAL_USER : 0);
	return 0;
}

void k_channel_caller_gone(struct k_channel_initiator *c, bool process_dies)
{
	if (c->state != K_CHANNEL_IDLE) {
		drop(c);
		c->died_in_flight = process_dies;
	}
}

void k_channel_reset(struct k_object *end)
{
	if (end->type == K_OBJ_CHANNEL_INITIATOR) {
		struct k_channel_initiator *c = (struct k_channel_initiator *)end;
		bool in_flight = c->state != K_CHANNEL_IDLE || c->died_in_flight;
		if (c->state != K_CHANNEL_IDLE)
			drop(c);
		c->died_in_flight = false;
		k_object_update(&c->handler->base, KEEL_SIGNAL_USER,
				in_flight ? KEEL_SIGNAL_ERROR : 0);
		/* The USER the live handler raised here is the handler's: it stays. */
		k_object_update(&c->base, KEEL_SIGNAL_ERROR | KEEL_SIGNAL_READABLE,
				KEEL_SIGNAL_WRITABLE);
		return;
	}
	struct k_channel_handler *h = (struct k_channel_handler *)end;
	struct k_channel_initiator *c = h->initiator;
	k_object_update(&h->base, TXN_SIGNALS | KEEL_SIGNAL_ERROR, 0);
	if (!c)
		return;
	bool in_flight = c->state != K_CHANNEL_IDLE;
	struct k_thread *caller = c->caller;
	if (in_flight)
		drop(c);
	if (caller)
		k_wake(caller, (uint32_t)k_err(KEEL_UNAVAILABLE), 0);
	k_object_update(&c->base, KEEL_SIGNAL_USER, in_flight ? KEEL_SIGNAL_ERROR : 0);
}

/*
 * Short register messages. A short caller's request and response live in its
 * initiator (short_req, short_rsp), which its transaction names as plain buffers of
 * the initiator's: the ordinary calls copy them as they copy any plain buffer (checked
 * when handed over, never again), so an ordinary handler serves a short call and a
 * short handler an ordinary one with the same code.
 *
 * Enough budget for one copy of at most 16 bytes between a plain buffer and a vector
 * of K_MAX_VECTOR segments, so that neither call ever restarts.
 */
#define SHORT_BUDGET ((K_MAX_VECTOR + 1) * K_SEGMENT_COST + KEEL_SHORT_MESSAGE_MAX)

/* Result words {n, the message's n bytes}: the bytes past n read as zero. */
static inline __attribute__((always_inline)) void short_words_inline(uint32_t r[5],
								     const uint32_t *m, size_t n)
{
	static const uint32_t tail[4] = { 0, 0xff, 0xffff, 0xffffff };
	size_t whole = n / 4;
	uint32_t last = tail[n % 4];

	r[0] = (uint32_t)n;
#pragma GCC unroll 4
	for (unsigned i = 0; i < 4; i++)
		r[i + 1] = i < whole ? m[i] : i == whole ? m[i] & last : 0;
}

/* The same of the four words w0..w3, in registers: the short call's commits. */
#define SHORT_WORDS(r, w0, w1, w2, w3, n)                          \
	do {                                                       \
		const uint32_t m_[4] = { (w0), (w1), (w2), (w3) }; \
		short_words_inline((r), m_, (n));                  \
	} while (0)

/* The same out of line, for the general forms (the short forms have theirs inline). */
static __attribute__((noinline)) void short_words(uint32_t r[5], const uint32_t *m, size_t n)
{
	short_words_inline(r, m, n);
}

/* Wake t (a short caller) with the response's length and its n bytes in m. */
static void short_wake(struct k_thread *t, const uint32_t *m, size_t n)
{
	uint32_t r[5];

	short_words(r, m, n);
	arch_frame_set_results(&t->frame, r, 5);
	k_wake(t, r[0], r[1]);
}

/*
 * The register receive (K_RECV_REGISTERS) of c's request: its size and its first 16
 * bytes into t's five result registers; the first two are returned as well, for the
 * caller's wake or switch to write again.
 */
static uint64_t receive_registers(struct k_thread *t, struct k_channel_initiator *c)
{
	uint32_t m[4] = { 0, 0, 0, 0 }, r[5];
	size_t n = c->send_size < KEEL_SHORT_MESSAGE_MAX ? c->send_size : KEEL_SHORT_MESSAGE_MAX;

	/* A short caller's request: its words as they are, the bytes past n masked. */
	if (c->send == (uintptr_t)c->short_req) {
		short_words_inline(r, c->short_req, n);
		arch_frame_set_results(&t->frame, r, 5);
		return r[0] | (uint64_t)r[1] << 32;
	}
	struct k_ubuf dst = { NULL, (uintptr_t)m, (intptr_t)n };
	struct k_ubuf src = { c->owner, c->send, c->send_len };
	bool more;
	/* A vector's segment its owner made invalid meanwhile ends the copy: zero past it. */
	n = k_ubuf_copy(&dst, 0, &src, 0, SHORT_BUDGET, &more);
	short_words(r, m, n);
	r[0] = (uint32_t)c->send_size;
	arch_frame_set_results(&t->frame, r, 5);
	return r[0] | (uint64_t)r[1] << 32;
}

/* A short caller's transaction on c (idle): the request's len bytes of short_req. */
static inline __attribute__((always_inline)) void short_begin(struct k_channel_initiator *c,
							      size_t len)
{
	/*
	 * Only a short call's transaction has short_rsp as its receive buffer (a user
	 * buffer never lies in the kernel), and it set the fixed fields with it: after
	 * one, they hold these values already.
	 */
	if (!k_channel_short_caller(c)) {
		c->send = (uintptr_t)c->short_req;
		c->recv = (uintptr_t)c->short_rsp;
		c->recv_len = KEEL_SHORT_MESSAGE_MAX;
		c->recv_capacity = KEEL_SHORT_MESSAGE_MAX;
	}
	c->send_len = (intptr_t)len;
	c->send_size = len;
	c->response_len = 0;
	c->state = K_CHANNEL_PENDING;
	c->txn++;
}

int32_t k_channel_transact_short(struct k_thread *t, struct k_channel_initiator *c, size_t len,
				 const uint32_t w[4], k_instant_t deadline)
{
	if (c->state != K_CHANNEL_IDLE)
		return k_err(KEEL_UNAVAILABLE);
	if (deadline != K_FOREVER && deadline <= k_now())
		return k_err(KEEL_DEADLINE_EXCEEDED);
	for (unsigned i = 0; i < 4; i++)
		c->short_req[i] = w[i];
	short_begin(c, len);
	/* From here as k_channel_transact's synchronous case. */
	k_object_update(&c->base, TXN_SIGNALS | KEEL_SIGNAL_ERROR, 0);
	c->caller = t;
	k_park(t, K_WAIT_TRANSACT, &c->base, 0, deadline);
	k_object_update(&c->handler->base, KEEL_SIGNAL_ERROR, TXN_SIGNALS);
	return k_sched_parked(t);
}

int32_t k_channel_transact_short_to(struct k_channel_initiator *c, uint32_t w0, uint32_t w1,
				    uint32_t w2, uint32_t w3, size_t len, k_instant_t deadline)
{
	const uint32_t w[4] = { w0, w1, w2, w3 };

	if (!k_channel_short_target(c))
		return k_channel_transact_short(k_current, c, len, w, deadline);
	for (unsigned i = 0; i < 4; i++)
		c->short_req[i] = w[i];
	/* The words are c's own, so a past deadline that fails leaves nothing. */
	return deadline == K_FOREVER
		? k_channel_transact_switch(c, (uintptr_t)c->short_req, (intptr_t)len,
					    (uintptr_t)c->short_rsp, KEEL_SHORT_MESSAGE_MAX,
					    UINT32_MAX, UINT32_MAX)
		: k_channel_transact_timed(c, (uintptr_t)c->short_req, (intptr_t)len,
					   (uintptr_t)c->short_rsp, KEEL_SHORT_MESSAGE_MAX,
					   (uint32_t)deadline, (uint32_t)(deadline >> 32));
}

/*
 * k_channel_call_short's other cases, with its own parameters so that it can leave by
 * a tail call (the deadline's two words would not fit its stack arguments on Arm).
 */
static __attribute__((noinline)) int32_t call_short_other(struct k_channel_initiator *c,
							  uintptr_t w0, uintptr_t w1, uintptr_t w2,
							  uintptr_t w3, size_t len)
{
	return k_channel_transact_short_to(c, (uint32_t)w0, (uint32_t)w1, (uint32_t)w2,
					   (uint32_t)w3, len, K_FOREVER);
}

int32_t k_channel_call_short(struct k_channel_initiator *c, uintptr_t w0, uintptr_t w1,
			     uintptr_t w2, uintptr_t w3, size_t len)
{
	struct k_channel_handler *h = c->handler;
	struct k_thread *t = k_current, *w = k_channel_short_receiver(c);
	uint32_t r[5];

	if (!w)
		return call_short_other(c, w0, w1, w2, w3, len);
	K_FAST_TAKEN();
	c->short_req[0] = w0;
	c->short_req[1] = w1;
	c->short_req[2] = w2;
	c->short_req[3] = w3;
	short_begin(c, len);
	c->caller = t;
	/* As k_channel_transact_switch: c's signals only fall, c is in no group. */
	c->base.signals &= ~(TXN_SIGNALS | KEEL_SIGNAL_ERROR);
	k_park_on(t, K_WAIT_TRANSACT, &c->base, 0, K_FOREVER);
	/* w is h's one waiter and h in no group: raising h's signals wakes only w. */
	h->base.signals = (h->base.signals & ~KEEL_SIGNAL_ERROR) | TXN_SIGNALS;
	/* receive_registers' results for a short caller's request, from the registers. */
	SHORT_WORDS(r, w0, w1, w2, w3, len);
	arch_frame_set_more_results(&w->frame, r[2], r[3], r[4]);
	return k_sched_switch(w, r[0], r[1]);
}

int32_t k_channel_reply_receive_short(uintptr_t tag, uintptr_t w0, uintptr_t w1, uintptr_t w2,
				      uintptr_t w3, struct k_channel_handler *h)
{
	size_t len = tag >> 16;
	struct k_channel_initiator *c = h->initiator;
	struct k_thread *t = k_current, *caller;
	uint32_t r[5];

	/*
	 * The usual case as k_channel_reply_receive's (its reasons): plain stores. Not a
	 * short caller's transaction, or none, or one in a group or with another waiter
	 * of c: the general form's commit.
	 */
	if (!c || c->state != K_CHANNEL_PENDING || !(caller = c->caller) ||
	    !k_channel_short_caller(c) || c->base.group || caller->link.next != &c->base.waiters) {
		const uint32_t w[4] = { (uint32_t)w0, (uint32_t)w1, (uint32_t)w2, (uint32_t)w3 };
		return k_channel_respond_and_receive_short(t, h, (uint32_t)tag, w, K_FOREVER);
	}
	K_FAST_TAKEN();
	/*
	 * Straight into the caller's registers: short_rsp is read only by the wake of the
	 * response that fills it (short_wake), never once the transaction has ended, so
	 * it need not hold these words.
	 */
	SHORT_WORDS(r, w0, w1, w2, w3, len);
	handler_idle(h);
	end_sync(c, caller);
	c->base.signals |= KEEL_SIGNAL_WRITABLE;
	arch_frame_set_more_results(&caller->frame, r[2], r[3], r[4]);
	/* The channel is idle now: no request is there yet, the receive parks. */
	t->recv.buf = 0;
	t->recv.len = K_RECV_REGISTERS;
	k_park_on(t, K_WAIT_RECEIVE, &h->base, KEEL_SIGNAL_READABLE, K_FOREVER);
	if (k_sched_switch_ok(caller))
		return k_sched_switch(caller, r[0], r[1]);
	return wake_parked(caller, r[0], r[1], t);
}

int32_t k_channel_respond_and_receive_short(struct k_thread *t, struct k_channel_handler *h,
					    uint32_t tag, const uint32_t w[4], k_instant_t deadline)
{
	if (!(tag & KEEL_NO_RESPONSE)) {
		struct k_channel_initiator *c = k_channel_pending(h);
		size_t len = tag >> 16;
		if (!c)
			return k_err(KEEL_UNAVAILABLE);
		if (len > c->recv_capacity)
			return k_err(KEEL_OUT_OF_RANGE);
		struct k_ubuf src = { NULL, (uintptr_t)w, (intptr_t)len };
		struct k_ubuf dst = { k_channel_peer(c), c->recv, c->recv_len };
		bool more;
		/* A vector its owner rewrote meanwhile may take less: the count is the length. */
		respond_done(h, c, k_ubuf_copy(&dst, 0, &src, 0, SHORT_BUDGET, &more));
	}
	t->recv.buf = 0;
	t->recv.len = K_RECV_REGISTERS;
	if (h->base.signals & KEEL_SIGNAL_READABLE) {
		(void)k_channel_receive(t, h);
		return K_WRITTEN;
	}
	if (deadline != K_FOREVER && deadline <= k_now())
		return k_err(KEEL_DEADLINE_EXCEEDED);
	k_park(t, K_WAIT_RECEIVE, &h->base, KEEL_SIGNAL_READABLE, deadline);
	return k_sched_parked(t);
}
