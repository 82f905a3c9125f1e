// SPDX-License-Identifier: Apache-2.0
/* The stream protocol's logic, free of syscalls so that host tests drive it. */
#include <keel/stream.h>
#include <keel/string.h>

bool keel_stream_ring_push(struct keel_stream_ring *r, uint8_t b)
{
	if (r->count == sizeof(r->buf))
		return false;
	r->buf[(r->head + r->count) % sizeof(r->buf)] = b;
	r->count++;
	return true;
}

size_t keel_stream_ring_take(struct keel_stream_ring *r, uint8_t *out, size_t n)
{
	size_t k = 0;

	for (; k < n && r->count; k++) {
		out[k] = r->buf[r->head];
		r->head = (uint16_t)((r->head + 1) % sizeof(r->buf));
		r->count--;
	}
	return k;
}

static void put32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, sizeof(v));
}

static uint32_t get32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static void set_user(struct keel_stream_server *s, bool set)
{
	if (s->user_raised == set)
		return;
	if (s->ops.set_peer_user(s->ops.ctx, set) == KEEL_OK)
		s->user_raised = set;
}

bool keel_stream_server_received(struct keel_stream_server *s, const uint8_t *buf, size_t n)
{
	bool all = true;

	for (size_t i = 0; i < n; i++) {
		if (!keel_stream_ring_push(&s->ring, buf[i])) {
			s->dropped++;
			all = false;
		}
	}
	if (s->ring.count)
		set_user(s, true);
	return all;
}

/* The header says `len`; only a read's response carries those bytes after it. */
static void respond(struct keel_stream_server *s, enum keel_status status, size_t len,
		    size_t payload)
{
	put32(s->resp, status);
	put32(s->resp + 4, (uint32_t)len);
	s->resp_len = (uint16_t)(KEEL_STREAM_HEADER + payload);
	s->responding = true;
}

void keel_stream_server_serve(struct keel_stream_server *s, const uint8_t *req, size_t len)
{
	if (len < 4) {
		respond(s, KEEL_INVALID_ARGUMENT, 0, 0);
		return;
	}
	switch (get32(req)) {
	case KEEL_STREAM_READ: {
		size_t n = keel_stream_ring_take(&s->ring, s->resp + KEEL_STREAM_HEADER,
						 KEEL_STREAM_READ_MAX);
		/* Lower USER first: once the client has its bytes it may wait for more. */
		if (!s->ring.count)
			set_user(s, false);
		respond(s, KEEL_OK, n, n);
		break;
	}
	case KEEL_STREAM_WRITE:
		respond(s, KEEL_OK, s->ops.transmit(s->ops.ctx, req + 4, len - 4), 0);
		break;
	default:
		respond(s, KEEL_INVALID_ARGUMENT, 0, 0);
	}
}

/*
 * A client whose receive buffer is too small still gets an answer (an error header, or
 * nothing at all): an unanswered request would stay pending and keep the server busy.
 */
static bool shrink(struct keel_stream_server *s)
{
	if (s->resp_len == 0)
		return false;
	if (s->resp_len > KEEL_STREAM_HEADER || get32(s->resp) != KEEL_RESOURCE_EXHAUSTED) {
		respond(s, KEEL_RESOURCE_EXHAUSTED, 0, 0);
		return true;
	}
	s->resp_len = 0;
	return true;
}

/*
 * Each call does nothing at all when it fails for any reason but the deadline, so the
 * response can be made smaller, or dropped, and the call made again.
 */
enum keel_status keel_stream_server_respond_with(struct keel_stream_server *s,
						 keel_stream_respond_fn *call, void *arg)
{
	s->refused = KEEL_OK;
	for (;;) {
		enum keel_status st = call(s, s->responding ? s->resp_len : KEEL_NO_RESPONSE, arg);
		if (!s->responding || st == KEEL_OK || st == KEEL_DEADLINE_EXCEEDED) {
			s->responding = false;
			return st;
		}
		s->refused = st;
		if (st != KEEL_OUT_OF_RANGE || !shrink(s))
			s->responding = false;
	}
}

size_t keel_stream_frame_write(uint8_t *out, size_t cap, const void *data, size_t len)
{
	if (cap < 4)
		return 0;
	if (len > cap - 4)
		len = cap - 4;
	put32(out, KEEL_STREAM_WRITE);
	memcpy(out + 4, data, len);
	return 4 + len;
}

enum keel_status keel_stream_parse_response(const uint8_t *resp, size_t len, bool carries_data,
					    const uint8_t **data, size_t *data_len)
{
	if (len < KEEL_STREAM_HEADER)
		return KEEL_DATA_LOSS;
	uint32_t status = get32(resp), n = get32(resp + 4);
	if (carries_data && n > len - KEEL_STREAM_HEADER)
		return KEEL_DATA_LOSS;
	*data = resp + KEEL_STREAM_HEADER;
	*data_len = n;
	return (enum keel_status)status;
}
