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
#include <keel/syscall.h>

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
	/** Send bytes to the device; returns how many it took (may be fewer). */
	size_t (*transmit)(void *ctx, const uint8_t *buf, size_t len);
};

/**
 * A stream server (a driver's half): its ring, what it knows of the client, and the
 * response to the request it served last, which goes out with the server's next wait
 * (keel_stream_server_respond_and_wait(), keel_stream_server_respond_and_serve()): one
 * kernel entry per request for the respond and the wait.
 */
struct keel_stream_server {
	struct keel_stream_ring ring; /**< bytes received, not read yet */
	struct keel_stream_server_ops ops; /**< its environment */
	uint32_t handle; /**< the channel handler, for keel_stream_server_init()'s ops */
	bool user_raised; /**< whether USER is up on the client's end */
	bool responding; /**< resp holds a response not sent yet */
	uint16_t resp_len; /**< the response's length */
	uint32_t dropped; /**< bytes lost because the ring was full */
	/**
	 * Why the last response sent did not reach the client whole: KEEL_OUT_OF_RANGE
	 * (its buffer was too small: it got an error header or nothing instead), or the
	 * kernel's refusal (KEEL_UNAVAILABLE: the client restarted); KEEL_OK when it did.
	 */
	enum keel_status refused;
	uint8_t resp[KEEL_STREAM_HEADER + KEEL_STREAM_READ_MAX]; /**< the response */
};

/**
 * A server on channel handler `handle`: USER and responses go through that channel;
 * transmit (called with the server as ctx) sends bytes to the device.
 */
void keel_stream_server_init(struct keel_stream_server *s, uint32_t handle,
			     size_t (*transmit)(void *ctx, const uint8_t *buf, size_t len));

/**
 * Read the request pending on the server's channel and serve it: its response waits
 * in the server for the next keel_stream_server_respond_and_wait(). Returns the read's
 * status: a request whose client has gone (restarted) is UNAVAILABLE and harmless.
 */
enum keel_status keel_stream_server_handle(struct keel_stream_server *s);

/**
 * Send the response the server holds (if any) and wait on wait_h as sys_object_wait()
 * does, in one call (channel_respond_and_wait): for a server that waits on a wait
 * group holding its channel and other objects (a device's interrupt). A response too
 * long for the client's buffer goes as an error header, or as nothing; one the kernel
 * refuses otherwise is dropped and the wait made all the same; s->refused says which.
 * Returns the wait's status; `result` as sys_object_wait()'s.
 */
enum keel_status keel_stream_server_respond_and_wait(struct keel_stream_server *s,
						     keel_handle_t wait_h, keel_signals_t mask,
						     keel_instant_t deadline,
						     struct keel_wait_result *result);

/**
 * Send the response the server holds (if any, as keel_stream_server_respond_and_wait()
 * does), wait for the channel's next request and receive it in the same call
 * (channel_respond_and_receive), then serve it: its response waits in the server for
 * the next call. Two syscalls a request with the client's transact. Returns KEEL_OK
 * once a request was served, KEEL_DEADLINE_EXCEEDED when none came by deadline (the
 * response went out all the same), or the wait's error.
 */
enum keel_status keel_stream_server_respond_and_serve(struct keel_stream_server *s,
						      keel_instant_t deadline);

/**
 * Bytes arrived from the device: queue them and raise USER. Returns false when some
 * did not fit (they are dropped and counted).
 */
bool keel_stream_server_received(struct keel_stream_server *s, const uint8_t *buf, size_t n);

/**
 * Serve one request (its bytes as read from the channel): USER is lowered when a read
 * empties the ring, and the response is left in s->resp for the next respond (USER is
 * therefore down before the client has its bytes).
 */
void keel_stream_server_serve(struct keel_stream_server *s, const uint8_t *req, size_t len);

/**
 * A respond-and-wait of the server's: respond on the server's channel with the first
 * len bytes of s->resp (len KEEL_NO_RESPONSE: no response), then wait, in one call that
 * does nothing at all when it fails, but for KEEL_DEADLINE_EXCEEDED (which comes after
 * the response). arg is the caller's.
 */
typedef enum keel_status keel_stream_respond_fn(struct keel_stream_server *s, size_t len,
						void *arg);

/**
 * Send the response the server holds (if any) through call and return call's status.
 * When the client's buffer cannot take it (KEEL_OUT_OF_RANGE) it becomes an error
 * header (KEEL_RESOURCE_EXHAUSTED), then nothing at all, so that the client still gets
 * an answer and the request does not stay pending; a response refused otherwise (the
 * client restarted: KEEL_UNAVAILABLE) is dropped and the call made without one.
 * s->refused then says why. The wrappers above are this over the channel's syscalls.
 */
enum keel_status keel_stream_server_respond_with(struct keel_stream_server *s,
						 keel_stream_respond_fn *call, void *arg);

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
