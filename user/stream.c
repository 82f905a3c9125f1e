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

/*
 * The header says `len`; only a read's response carries those bytes after it. A
 * client whose receive buffer is too small still gets an answer (an error header, or
 * nothing at all): an unanswered request would stay pending and keep the server busy.
 */
static enum keel_status respond(struct keel_stream_server *s, uint8_t *resp,
				enum keel_status status, size_t len, size_t payload)
{
	put32(resp, status);
	put32(resp + 4, (uint32_t)len);
	enum keel_status st = s->ops.respond(s->ops.ctx, resp, KEEL_STREAM_HEADER + payload);
	if (st != KEEL_OUT_OF_RANGE)
		return st;
	put32(resp, KEEL_RESOURCE_EXHAUSTED);
	put32(resp + 4, 0);
	if (s->ops.respond(s->ops.ctx, resp, KEEL_STREAM_HEADER) == KEEL_OUT_OF_RANGE)
		(void)s->ops.respond(s->ops.ctx, resp, 0);
	return KEEL_OUT_OF_RANGE;
}

enum keel_status keel_stream_server_serve(struct keel_stream_server *s, const uint8_t *req,
					  size_t len)
{
	uint8_t resp[KEEL_STREAM_HEADER + KEEL_STREAM_READ_MAX];

	if (len < 4)
		return respond(s, resp, KEEL_INVALID_ARGUMENT, 0, 0);
	switch (get32(req)) {
	case KEEL_STREAM_READ: {
		size_t n = keel_stream_ring_take(&s->ring, resp + KEEL_STREAM_HEADER,
						 KEEL_STREAM_READ_MAX);
		/* Lower USER first: once the client has its bytes it may wait for more. */
		if (!s->ring.count)
			set_user(s, false);
		return respond(s, resp, KEEL_OK, n, n);
	}
	case KEEL_STREAM_WRITE: {
		size_t n = s->ops.transmit(s->ops.ctx, req + 4, len - 4);
		return respond(s, resp, KEEL_OK, n, 0);
	}
	default:
		return respond(s, resp, KEEL_INVALID_ARGUMENT, 0, 0);
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
