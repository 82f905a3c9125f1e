/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief The stream protocol: a byte stream over one channel.
 *
 * The stream protocol over one channel (the adventure example's UART service). The
 * client is the initiator, the server (a driver) the handler.
 *
 *     request:  u32 type (KEEL_STREAM_READ or KEEL_STREAM_WRITE), then for a write the bytes
 *     response: u32 status, u32 length, then for a read `length` bytes
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

/** A request for the bytes received so far. */
#define KEEL_STREAM_READ 1u
/** A request to send the bytes that follow. */
#define KEEL_STREAM_WRITE 2u
/** Most bytes one read response carries. */
#define KEEL_STREAM_READ_MAX 64u
/** Most bytes one write request carries. */
#define KEEL_STREAM_WRITE_MAX 128u
/** A response's header: status and length, a u32 each. */
#define KEEL_STREAM_HEADER 8u

/** The server's ring of bytes received and not read yet. */
struct keel_stream_ring {
	uint8_t buf[256]; /**< the bytes */
	uint16_t head; /**< where the oldest byte is */
	uint16_t count; /**< how many bytes it holds */
};

/** Appends one byte; false (and nothing stored) when the ring is full. */
bool keel_stream_ring_push(struct keel_stream_ring *r, uint8_t b);
/** Takes up to n bytes into out, oldest first; returns how many. */
size_t keel_stream_ring_take(struct keel_stream_ring *r, uint8_t *out, size_t n);

/** What the server needs from its environment (syscalls and the device). */
struct keel_stream_server_ops {
	void *ctx; /**< passed to each function */
	/** Raise or lower USER on the client's end. */
	enum keel_status (*set_peer_user)(void *ctx, bool set);
	/** Respond to the pending request. */
	enum keel_status (*respond)(void *ctx, const void *buf, size_t len);
	/** Send bytes to the device; returns how many it took (may be fewer). */
	size_t (*transmit)(void *ctx, const uint8_t *buf, size_t len);
};

/** A stream server (a driver's half): its ring and what it knows of the client. */
struct keel_stream_server {
	struct keel_stream_ring ring; /**< bytes received, not read yet */
	struct keel_stream_server_ops ops; /**< its environment */
	uint32_t handle; /**< the channel handler, for keel_stream_server_init()'s ops */
	bool user_raised; /**< whether USER is up on the client's end */
	uint32_t dropped; /**< bytes lost because the ring was full */
};

/**
 * A server on channel handler `handle`: USER and responses go through that channel;
 * transmit (called with the server as ctx) sends bytes to the device.
 */
void keel_stream_server_init(struct keel_stream_server *s, uint32_t handle,
			     size_t (*transmit)(void *ctx, const uint8_t *buf, size_t len));

/**
 * Read the request pending on the server's channel and serve it. A request whose
 * client has gone (restarted) is UNAVAILABLE and harmless.
 */
enum keel_status keel_stream_server_handle(struct keel_stream_server *s);

/**
 * Bytes arrived from the device: queue them and raise USER. Returns false when some
 * did not fit (they are dropped and counted).
 */
bool keel_stream_server_received(struct keel_stream_server *s, const uint8_t *buf, size_t n);

/** Serve one request (its bytes as read from the channel). */
enum keel_status keel_stream_server_serve(struct keel_stream_server *s, const uint8_t *req,
					  size_t len);

/**
 * Client half: frames a write of data into out (cap bytes): as many of its len bytes
 * as fit. Returns the request's length (0 when cap cannot hold the type word).
 */
size_t keel_stream_frame_write(uint8_t *out, size_t cap, const void *data, size_t len);
/**
 * Client half: parses a response of len bytes and returns its status (DATA_LOSS when
 * it is too short). Out: data, where a read's bytes start (carries_data); data_len,
 * their count, or for a write the count of bytes the device took.
 */
enum keel_status keel_stream_parse_response(const uint8_t *resp, size_t len, bool carries_data,
					    const uint8_t **data, size_t *data_len);

/** Client over channel initiator `handle`: writes all of buf. */
enum keel_status keel_stream_write(uint32_t handle, const void *buf, size_t len);
/**
 * Client over channel initiator `handle`: reads what has arrived, up to cap bytes,
 * waiting for USER while nothing has.
 */
enum keel_status keel_stream_read(uint32_t handle, void *buf, size_t cap, size_t *got);

#endif /* KEEL_STREAM_H */
