// SPDX-License-Identifier: Apache-2.0
/* The stream protocol over a channel: the client half and the server's channel glue. */
#include <keel/keel.h>
#include <keel/stream.h>
#include <keel/string.h>

enum keel_status keel_stream_write(uint32_t handle, const void *buf, size_t len)
{
	const uint8_t *p = buf;

	while (len) {
		uint8_t req[4 + KEEL_STREAM_WRITE_MAX], resp[KEEL_STREAM_HEADER];
		size_t req_len = keel_stream_frame_write(req, sizeof(req), p, len), got;
		enum keel_status s = sys_channel_transact(handle, req, req_len, resp, sizeof(resp),
							  KEEL_FOREVER, &got);
		if (s != KEEL_OK)
			return s;
		const uint8_t *data;
		size_t n;
		s = keel_stream_parse_response(resp, got, false, &data, &n);
		if (s != KEEL_OK)
			return s;
		/* A partial write: the device took n bytes, send the rest again. */
		if (n > len)
			return KEEL_DATA_LOSS;
		p += n;
		len -= n;
	}
	return KEEL_OK;
}

enum keel_status keel_stream_read(uint32_t handle, void *buf, size_t cap, size_t *got)
{
	uint32_t req = KEEL_STREAM_READ;
	uint8_t resp[KEEL_STREAM_HEADER + KEEL_STREAM_READ_MAX];
	size_t len, n;
	const uint8_t *data;

	*got = 0;
	enum keel_status s = sys_object_wait(handle, KEEL_SIGNAL_USER, KEEL_FOREVER, NULL);
	if (s != KEEL_OK)
		return s;
	s = sys_channel_transact(handle, &req, sizeof(req), resp, sizeof(resp), KEEL_FOREVER, &len);
	if (s != KEEL_OK)
		return s;
	s = keel_stream_parse_response(resp, len, true, &data, &n);
	if (s != KEEL_OK)
		return s;
	if (n > cap)
		n = cap;
	memcpy(buf, data, n);
	*got = n;
	return KEEL_OK;
}

static enum keel_status channel_set_user(void *ctx, bool set)
{
	return sys_object_set_peer_user_signal(((struct keel_stream_server *)ctx)->handle, set);
}

void keel_stream_server_init(struct keel_stream_server *s, uint32_t handle,
			     size_t (*transmit)(void *ctx, const uint8_t *buf, size_t len))
{
	memset(s, 0, sizeof(*s));
	s->handle = handle;
	s->ops = (struct keel_stream_server_ops){ s, channel_set_user, transmit };
}

enum keel_status keel_stream_server_handle(struct keel_stream_server *s)
{
	uint8_t req[4 + KEEL_STREAM_WRITE_MAX];
	size_t len;
	enum keel_status st = sys_channel_read(s->handle, 0, req, sizeof(req), &len);

	if (st == KEEL_OK)
		keel_stream_server_serve(s, req, len);
	return st;
}

/* Where a respond-and-receive puts the next request. */
struct next_request {
	uint8_t buf[4 + KEEL_STREAM_WRITE_MAX];
	size_t len;
	keel_instant_t deadline;
};

/* The wait of a respond-and-wait. */
struct next_wake {
	keel_handle_t handle;
	keel_signals_t mask;
	keel_instant_t deadline;
	struct keel_wait_result *result;
};

static enum keel_status respond_and_receive(struct keel_stream_server *s, size_t len, void *arg)
{
	struct next_request *r = arg;

	return sys_channel_respond_and_receive(s->handle, s->resp, len, r->buf, sizeof(r->buf),
					       r->deadline, &r->len, NULL);
}

static enum keel_status respond_and_wait(struct keel_stream_server *s, size_t len, void *arg)
{
	struct next_wake *w = arg;

	return sys_channel_respond_and_wait(s->handle, s->resp, len, w->handle, w->mask,
					    w->deadline, w->result);
}

enum keel_status keel_stream_server_respond_and_wait(struct keel_stream_server *s,
						     keel_handle_t wait_h, keel_signals_t mask,
						     keel_instant_t deadline,
						     struct keel_wait_result *result)
{
	struct next_wake w = { wait_h, mask, deadline, result };

	return keel_stream_server_respond_with(s, respond_and_wait, &w);
}

enum keel_status keel_stream_server_respond_and_serve(struct keel_stream_server *s,
						      keel_instant_t deadline)
{
	struct next_request r;

	r.deadline = deadline;
	enum keel_status st = keel_stream_server_respond_with(s, respond_and_receive, &r);
	if (st == KEEL_OK)
		keel_stream_server_serve(s, r.buf, r.len);
	return st;
}
