// SPDX-License-Identifier: Apache-2.0
/* The copier: reads each request whole and responds with the most bytes it can. */
#include <check.h>
#include <copier_codegen.h>
#include "protocol.h"

static uint8_t buf[COPY_SEGMENT] __attribute__((aligned(4)));

static void copier(void)
{
	struct keel_iovec v[SEGMENTS];

	fill_vector(v, buf + 1, COPIER_SEGMENT);
	for (;;) {
		size_t n;
		CHECK_OK(sys_object_wait(HANDLE_IPC, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL));
		CHECK_OK(sys_channel_readv(HANDLE_IPC, 0, v, SEGMENTS, &n));
		CHECK_EQ(n, RESPONSE_SIZE);
		for (size_t j = 0; j < COPIER_SEGMENT; j++)
			if (buf[1 + j] != copier_byte(j))
				CHECK_FAIL("request byte %u of the last segment is %u, expected %u",
					   (unsigned)j, buf[1 + j], copier_byte(j));
		CHECK_OK(sys_channel_respondv(HANDLE_IPC, v, SEGMENTS));
	}
}

KEEL_PROCESS_ENTRY(copier)
{
	copier();
}
