/* SPDX-License-Identifier: Apache-2.0 */
/* Helpers over the channel syscalls. */
#ifndef KEEL_CHANNEL_H
#define KEEL_CHANNEL_H

#include <keel/syscall.h>

/*
 * Read exactly len bytes of the pending request from offset (a handler's end): OK
 * when all of them were there, OUT_OF_RANGE when the request ends before offset + len
 * (buf then holds what there was), or channel_read's own error.
 */
static inline enum keel_status keel_channel_read_exact(keel_handle_t h, size_t offset, void *buf,
						       size_t len)
{
	size_t got = 0;

	while (got < len) {
		size_t n;
		enum keel_status s =
			sys_channel_read(h, offset + got, (uint8_t *)buf + got, len - got, &n);
		if (s != KEEL_OK)
			return s;
		if (n == 0)
			return KEEL_OUT_OF_RANGE;
		got += n;
	}
	return KEEL_OK;
}

#endif /* KEEL_CHANNEL_H */
