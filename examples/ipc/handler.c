// SPDX-License-Identifier: Apache-2.0
/*
 * The IPC example's handler: each answer goes out in the call that waits for the next
 * request and receives it (Keel's channel_respond_and_receive), two syscalls a round
 * trip with the initiator's transact.
 */
#include <keel/keel.h>
#include <handler_codegen.h>

static enum keel_status handle_messages(void)
{
	uint32_t response[2];
	size_t response_len = KEEL_NO_RESPONSE;

	for (;;) {
		uint32_t request;
		size_t got, size;
		enum keel_status s = sys_channel_respond_and_receive(
			HANDLE_IPC, response, response_len, &request, sizeof(request), KEEL_FOREVER,
			&got, &size);
		if (s != KEEL_OK)
			return s;
		if (got != sizeof(request) || size != sizeof(request) || request > 0x7f)
			return KEEL_INVALID_ARGUMENT;
		uint32_t upper = request >= 'a' && request <= 'z' ? request - 'a' + 'A' : request;

		response[0] = upper;
		response[1] = request;
		response_len = sizeof(response);
	}
}

KEEL_PROCESS_ENTRY(handler)
{
	enum keel_status s = handle_messages();

	KEEL_ERR("handler stopped: %s", keel_status_str(s));
	sys_debug_shutdown(s);
}
