// SPDX-License-Identifier: Apache-2.0
/* The IPC example's handler: object_wait -> channel_read -> channel_respond, looped. */
#include <keel/keel.h>
#include <handler_codegen.h>

static enum keel_status handle_messages(void)
{
	for (;;) {
		struct keel_wait_result wait;
		if (sys_object_wait(HANDLE_IPC, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &wait) !=
		    KEEL_OK)
			return KEEL_INTERNAL;
		if (!(wait.pending_signals & KEEL_SIGNAL_READABLE))
			return KEEL_INTERNAL;

		uint32_t request;
		size_t len;
		enum keel_status s =
			sys_channel_read(HANDLE_IPC, 0, &request, sizeof(request), &len);
		if (s != KEEL_OK)
			return s;
		if (len != sizeof(request) || request > 0x7f)
			return KEEL_INVALID_ARGUMENT;
		uint32_t upper = request >= 'a' && request <= 'z' ? request - 'a' + 'A' : request;

		uint32_t response[2] = { upper, request };
		s = sys_channel_respond(HANDLE_IPC, response, sizeof(response));
		if (s != KEEL_OK)
			return s;
	}
}

KEEL_PROCESS_ENTRY(handler)
{
	enum keel_status s = handle_messages();

	KEEL_ERR("handler stopped: %s", keel_status_str(s));
	sys_debug_shutdown(s);
}
