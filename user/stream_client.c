// SPDX-License-Identifier: Apache-2.0
/* The stream protocol's client half over a channel. */
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
