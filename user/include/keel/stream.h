/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The stream protocol over one channel (the adventure example's UART service). The
 * client is the initiator, the server (a driver) the handler.
 *
 *   request:  u32 type (KEEL_STREAM_READ or KEEL_STREAM_WRITE), then for a write the bytes
 *   response: u32 status, u32 length, then for a read `length` bytes
 *
 * The server keeps a ring of received bytes and raises USER on the client's end while
 * the ring is not empty, lowering it *before* the response that empties it, so a
 * client that waits for USER never misses data and never reads an empty ring.
 */
#ifndef KEEL_STREAM_H
#define KEEL_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <keel/status.h>

#define KEEL_STREAM_READ 1u
#define KEEL_STREAM_WRITE 2u
/* Most bytes one read response carries / one write request carries. */
#define KEEL_STREAM_READ_MAX 64u
#define KEEL_STREAM_WRITE_MAX 128u
#define KEEL_STREAM_HEADER 8u

struct keel_stream_ring {
	uint8_t buf[256];
	uint16_t head, count;
};

/* Append one byte; false (and nothing stored) when the ring is full. */
bool keel_stream_ring_push(struct keel_stream_ring *r, uint8_t b);
/* Take up to n bytes into out; returns how many. */
size_t keel_stream_ring_take(struct keel_stream_ring *r, uint8_t *out, size_t n);

/* What the server needs from its environment (syscalls and the device). */
struct keel_stream_server_ops {
	void *ctx;
	/* Raise or lower USER on the client's end. */
	enum keel_status (*set_peer_user)(void *ctx, bool set);
	enum keel_status (*respond)(void *ctx, const void *buf, size_t len);
	/* Send bytes to the device; returns how many it took (may be fewer). */
	size_t (*transmit)(void *ctx, const uint8_t *buf, size_t len);
};

struct keel_stream_server {
	struct keel_stream_ring ring;
	struct keel_stream_server_ops ops;
	uint32_t handle; /* the channel handler, for keel_stream_server_init's ops */
	bool user_raised;
	uint32_t dropped; /* bytes lost because the ring was full */
};

/*
 * A server on channel handler `handle`: USER and responses go through that channel;
 * transmit (called with the server as ctx) sends bytes to the device.
 */
void keel_stream_server_init(struct keel_stream_server *s, uint32_t handle,
			     size_t (*transmit)(void *ctx, const uint8_t *buf, size_t len));

/*
 * Read the request pending on the server's channel and serve it. A request whose
 * client has gone (restarted) is UNAVAILABLE and harmless.
 */
enum keel_status keel_stream_server_handle(struct keel_stream_server *s);

/*
 * Bytes arrived from the device: queue them and raise USER. Returns false when some
 * did not fit (they are dropped and counted).
 */
bool keel_stream_server_received(struct keel_stream_server *s, const uint8_t *buf, size_t n);

/* Serve one request (its bytes as read from the channel). */
enum keel_status keel_stream_server_serve(struct keel_stream_server *s, const uint8_t *req,
					  size_t len);

/*
 * Client half: frame a write; parse a response (a read's carries its data, a write's
 * length is the count of bytes the device took).
 */
size_t keel_stream_frame_write(uint8_t *out, size_t cap, const void *data, size_t len);
enum keel_status keel_stream_parse_response(const uint8_t *resp, size_t len, bool carries_data,
					    const uint8_t **data, size_t *data_len);

/* Client over a channel handle: write all of buf; read what is there (waits for USER). */
enum keel_status keel_stream_write(uint32_t handle, const void *buf, size_t len);
enum keel_status keel_stream_read(uint32_t handle, void *buf, size_t cap, size_t *got);

#endif /* KEEL_STREAM_H */
