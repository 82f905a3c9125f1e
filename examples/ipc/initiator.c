// SPDX-License-Identifier: Apache-2.0
/* The IPC example's initiator: sends each of 'a'..'z' and checks every reply. */
#include <keel/keel.h>
#include <initiator_codegen.h>

static enum keel_status send_one(uint32_t c)
{
	uint32_t send_buf = c;
	uint8_t recv_buf[2 * sizeof(uint32_t)];
	size_t len;

	enum keel_status s = sys_channel_transact(HANDLE_IPC, &send_buf, sizeof(send_buf), recv_buf,
						  sizeof(recv_buf), KEEL_FOREVER, &len);
	if (s != KEEL_OK)
		return s;
	uint32_t upper, original;
	__builtin_memcpy(&upper, recv_buf, sizeof(upper));
	__builtin_memcpy(&original, recv_buf + sizeof(upper), sizeof(original));
	if (len != sizeof(recv_buf) || upper != c - 'a' + 'A' || original != c)
		return KEEL_DATA_LOSS;
	return KEEL_OK;
}

KEEL_PROCESS_ENTRY(initiator)
{
	for (uint32_t c = 'a'; c <= 'z'; c++) {
		enum keel_status s = send_one(c);
		if (s != KEEL_OK) {
			KEEL_ERR("'%c' failed: %s", (char)c, keel_status_str(s));
			sys_debug_shutdown(1);
		}
	}
	KEEL_INF("all 26 replies correct");
	sys_debug_shutdown(0);
}
