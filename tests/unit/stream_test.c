// SPDX-License-Identifier: Apache-2.0
/* The stream protocol (server and client framing). */
#include <string.h>
#include <keel/stream.h>
#include "ktest.h"

/*
 * A fake environment that records the order of USER changes and responses: R a
 * response delivered, X one refused as too long, G one refused because the client has
 * gone, W a call that only waits.
 */
struct fake {
	char log[256];
	uint8_t resp[256];
	size_t resp_len;
	size_t tx_accept; /* how many bytes transmit takes per call */
	size_t client_cap; /* the client's receive buffer; 0: unlimited */
	bool gone; /* the client has restarted: its transaction is no more */
	uint8_t tx[512];
	size_t tx_len;
};

static void note(struct fake *f, const char *s)
{
	strncat(f->log, s, sizeof(f->log) - strlen(f->log) - 1);
}

static enum keel_status fake_user(void *ctx, bool set)
{
	note(ctx, set ? "U+" : "U-");
	return KEEL_OK;
}

/* A respond-and-wait as the kernel makes it: nothing at all is done when it fails. */
static enum keel_status fake_respond_and_wait(struct keel_stream_server *s, size_t len, void *arg)
{
	struct fake *f = arg;

	if (len == KEEL_NO_RESPONSE) {
		note(f, "W");
		return KEEL_OK;
	}
	if (f->gone) {
		note(f, "G");
		return KEEL_UNAVAILABLE;
	}
	if (f->client_cap && len > f->client_cap) {
		note(f, "X");
		return KEEL_OUT_OF_RANGE;
	}
	note(f, "R");
	memcpy(f->resp, s->resp, len);
	f->resp_len = len;
	return KEEL_OK;
}

static size_t fake_transmit(void *ctx, const uint8_t *buf, size_t len)
{
	struct fake *f = ctx;
	size_t n = len < f->tx_accept ? len : f->tx_accept;

	memcpy(f->tx + f->tx_len, buf, n);
	f->tx_len += n;
	return n;
}

static void server_init(struct keel_stream_server *s, struct fake *f)
{
	memset(s, 0, sizeof(*s));
	memset(f, 0, sizeof(*f));
	f->tx_accept = 1000;
	s->ops = (struct keel_stream_server_ops){ f, fake_user, fake_transmit };
}

/* Serve a request, then send its response with the next wait. */
static void serve(struct keel_stream_server *s, struct fake *f, const void *req, size_t len)
{
	keel_stream_server_serve(s, req, len);
	KT_EQ(keel_stream_server_respond_with(s, fake_respond_and_wait, f), KEEL_OK);
}

static void serve_read(struct keel_stream_server *s, struct fake *f)
{
	uint32_t req = KEEL_STREAM_READ;

	serve(s, f, &req, sizeof(req));
}

KT_TEST(stream_read_returns_the_ring_and_lowers_user_before_the_emptying_response)
{
	struct keel_stream_server s;
	struct fake f;
	const uint8_t *data;
	size_t n;

	server_init(&s, &f);
	KT_TRUE(keel_stream_server_received(&s, (const uint8_t *)"look\n", 5));
	KT_STREQ(f.log, "U+");
	serve_read(&s, &f);
	KT_STREQ(f.log, "U+U-R");
	KT_EQ(keel_stream_parse_response(f.resp, f.resp_len, true, &data, &n), KEEL_OK);
	KT_EQ(n, 5);
	KT_TRUE(memcmp(data, "look\n", 5) == 0);
}

KT_TEST(stream_read_of_more_than_one_response_keeps_user_until_the_last)
{
	struct keel_stream_server s;
	struct fake f;
	uint8_t bytes[100];

	server_init(&s, &f);
	memset(bytes, 'x', sizeof(bytes));
	keel_stream_server_received(&s, bytes, sizeof(bytes));
	serve_read(&s, &f);
	KT_STREQ(f.log, "U+R");
	KT_EQ(f.resp_len, KEEL_STREAM_HEADER + KEEL_STREAM_READ_MAX);
	serve_read(&s, &f);
	KT_STREQ(f.log, "U+RU-R");
	KT_EQ(f.resp_len, KEEL_STREAM_HEADER + 100 - KEEL_STREAM_READ_MAX);
}

KT_TEST(stream_full_ring_drops_and_counts_the_excess)
{
	struct keel_stream_server s;
	struct fake f;
	uint8_t bytes[300];

	server_init(&s, &f);
	memset(bytes, 'y', sizeof(bytes));
	KT_TRUE(!keel_stream_server_received(&s, bytes, sizeof(bytes)));
	KT_EQ(s.ring.count, sizeof(s.ring.buf));
	KT_EQ(s.dropped, 300 - sizeof(s.ring.buf));
}

KT_TEST(stream_write_response_is_the_header_and_reports_a_partial_write)
{
	struct keel_stream_server s;
	struct fake f;
	uint8_t req[64];
	const uint8_t *data;
	size_t n;

	server_init(&s, &f);
	f.tx_accept = 3;
	size_t len = keel_stream_frame_write(req, sizeof(req), "hello", 5);
	KT_EQ(len, 9);
	serve(&s, &f, req, len);
	/* A write's response is the header alone: it must fit the client's 8 bytes. */
	KT_EQ(f.resp_len, KEEL_STREAM_HEADER);
	KT_EQ(keel_stream_parse_response(f.resp, f.resp_len, false, &data, &n), KEEL_OK);
	KT_EQ(n, 3);
	KT_EQ(f.tx_len, 3);
	KT_TRUE(memcmp(f.tx, "hel", 3) == 0);
}

KT_TEST(stream_malformed_requests_get_invalid_argument)
{
	struct keel_stream_server s;
	struct fake f;
	const uint8_t *data;
	size_t n;
	uint32_t bad = 7;

	server_init(&s, &f);
	serve(&s, &f, &bad, 2);
	KT_EQ(keel_stream_parse_response(f.resp, f.resp_len, true, &data, &n),
	      KEEL_INVALID_ARGUMENT);
	serve(&s, &f, &bad, 4);
	KT_EQ(keel_stream_parse_response(f.resp, f.resp_len, true, &data, &n),
	      KEEL_INVALID_ARGUMENT);
}

KT_TEST(stream_response_shorter_than_its_length_is_data_loss)
{
	uint8_t resp[12] = { 0, 0, 0, 0, 9, 0, 0, 0 };
	const uint8_t *data;
	size_t n;

	KT_EQ(keel_stream_parse_response(resp, sizeof(resp), true, &data, &n), KEEL_DATA_LOSS);
	KT_EQ(keel_stream_parse_response(resp, 4, false, &data, &n), KEEL_DATA_LOSS);
}

KT_TEST(stream_client_with_a_too_small_buffer_still_gets_an_answer)
{
	struct keel_stream_server s;
	struct fake f;
	const uint8_t *data;
	size_t n;

	server_init(&s, &f);
	keel_stream_server_received(&s, (const uint8_t *)"abc", 3);
	f.client_cap = 8;
	serve_read(&s, &f);
	/* The read did not fit: an error header took its place, the request is done. */
	KT_STREQ(f.log, "U+U-XR");
	KT_EQ(keel_stream_parse_response(f.resp, f.resp_len, false, &data, &n),
	      KEEL_RESOURCE_EXHAUSTED);
	f.client_cap = 4;
	f.log[0] = '\0';
	serve_read(&s, &f);
	KT_STREQ(f.log, "XXR");
	KT_EQ(f.resp_len, 0);
	KT_EQ(s.refused, KEEL_OUT_OF_RANGE);
}

KT_TEST(stream_response_refused_as_the_client_has_gone_is_dropped_and_the_wait_still_made)
{
	struct keel_stream_server s;
	struct fake f;

	server_init(&s, &f);
	keel_stream_server_received(&s, (const uint8_t *)"abc", 3);
	f.gone = true;
	serve_read(&s, &f);
	KT_STREQ(f.log, "U+U-GW");
	KT_EQ(s.refused, KEEL_UNAVAILABLE);
	/* Nothing is left to send: the next call only waits. */
	f.log[0] = '\0';
	KT_EQ(keel_stream_server_respond_with(&s, fake_respond_and_wait, &f), KEEL_OK);
	KT_STREQ(f.log, "W");
	KT_EQ(s.refused, KEEL_OK);
}

KT_TEST(stream_response_goes_out_with_the_next_wait_not_before)
{
	struct keel_stream_server s;
	struct fake f;
	uint32_t req = KEEL_STREAM_READ;

	server_init(&s, &f);
	keel_stream_server_received(&s, (const uint8_t *)"hi", 2);
	keel_stream_server_serve(&s, (const uint8_t *)&req, sizeof(req));
	KT_STREQ(f.log, "U+U-");
	KT_TRUE(s.responding);
	KT_EQ(keel_stream_server_respond_with(&s, fake_respond_and_wait, &f), KEEL_OK);
	KT_STREQ(f.log, "U+U-R");
	KT_EQ(f.resp_len, KEEL_STREAM_HEADER + 2);
	KT_TRUE(!s.responding);
}
