// SPDX-License-Identifier: Apache-2.0
/*
 * The worst's handler: reads each request whole, then from deep in its last segment
 * into a vector of empty segments but the last, and responds with 16 segments (a
 * tiny request: reads it into 8-byte segments, responds from ones in flash); its
 * buffer is two bytes off a word boundary and the worst's one byte: copies go byte by byte.
 */
#include <check.h>
#include <peer_codegen.h>
#include "common.h"

static const char text[] = TEXT TEXT TEXT;
static const struct keel_iovec tiny_response[SEGMENTS] = TINY_VECTOR(text + 1);
static uint8_t buf[SEGMENT + 2];
static struct keel_iovec full[SEGMENTS], sparse[SEGMENTS];
static struct keel_iovec tiny[SEGMENTS] = TINY_VECTOR(buf + 2);

KEEL_PROCESS_ENTRY(peer)
{
	for (unsigned i = 0; i < SEGMENTS; i++) {
		full[i] = (struct keel_iovec){ buf + 2, SEGMENT };
		sparse[i] = (struct keel_iovec){ buf + 2, i == SEGMENTS - 1 ? SEGMENT : 0 };
	}
	for (;;) {
		size_t n;
		CHECK_WAIT(HANDLE_IPC, KEEL_SIGNAL_READABLE);
		CHECK_OK(sys_channel_readv(HANDLE_IPC, 0, full, SEGMENTS, &n));
		if (n == TINY_MESSAGE) {
			CHECK_OK(sys_channel_readv(HANDLE_IPC, 0, tiny, SEGMENTS, &n));
			CHECK_EQ(n, TINY_MESSAGE);
			CHECK_OK(sys_channel_respondv(HANDLE_IPC, tiny_response, SEGMENTS));
			continue;
		}
		CHECK_EQ(n, MESSAGE);
		CHECK_OK(
			sys_channel_readv(HANDLE_IPC, MESSAGE - SEGMENT + 3, sparse, SEGMENTS, &n));
		CHECK_EQ(n, SEGMENT - 3);
		CHECK_OK(sys_channel_respondv(HANDLE_IPC, full, SEGMENTS));
	}
}
