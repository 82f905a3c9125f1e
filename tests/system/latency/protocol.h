/* SPDX-License-Identifier: Apache-2.0 */
#ifndef LATENCY_PROTOCOL_H
#define LATENCY_PROTOCOL_H

#include <keel/keel.h>

/*
 * Every long call goes through a vector of the most entries a call takes, each
 * naming the same buffer: the most bytes per call for the least RAM.
 */
#define SEGMENTS 16
#define COPY_SEGMENT 8192 /* 128 KiB per channel_read and per channel_respond */
#define LOG_SEGMENT 1024 /* 16 KiB per debug_log */

/* The request's bytes: request byte k is pattern(k % COPY_SEGMENT). */
static inline uint8_t pattern(size_t x)
{
	return (uint8_t)(x * 7u ^ x >> 8);
}

/*
 * The copier reads into (and responds from) a buffer one byte past a word boundary,
 * SEGMENTS times over, so the kernel copies byte by byte: the slowest copy there is.
 */
#define COPIER_SEGMENT (COPY_SEGMENT - 1)
#define REQUEST_SIZE (SEGMENTS * COPY_SEGMENT)
#define RESPONSE_SIZE (SEGMENTS * COPIER_SEGMENT)

/* Byte j of the copier's buffer after its read: the last segment's request bytes. */
static inline uint8_t copier_byte(size_t j)
{
	return pattern(((SEGMENTS - 1) * COPIER_SEGMENT + j) % COPY_SEGMENT);
}

static inline void fill_vector(struct keel_iovec *v, void *buf, size_t len)
{
	for (unsigned i = 0; i < SEGMENTS; i++)
		v[i] = (struct keel_iovec){ buf, len };
}

#endif /* LATENCY_PROTOCOL_H */
