// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include <handler_codegen.h>

#define IDLE 1u
#define CLIENT 2u

KEEL_PROCESS_ENTRY(handler)
{
	if (sys_wait_group_add(HANDLE_GROUP, HANDLE_IDLE, SIGNAL_IDLE, IDLE) != KEEL_OK ||
	    sys_wait_group_add(HANDLE_GROUP, HANDLE_IPC, KEEL_SIGNAL_READABLE, CLIENT) != KEEL_OK)
		sys_debug_shutdown(1);
	for (;;) {
		struct keel_wait_result w;
		uint32_t c, reply[2];
		size_t len;

		if (sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w) !=
			    KEEL_OK ||
		    w.user_data != CLIENT)
			sys_debug_shutdown(1);
		(void)sys_channel_read(HANDLE_IPC, 0, &c, sizeof(c), &len);
		reply[0] = c - 'a' + 'A';
		reply[1] = c;
		(void)sys_channel_respond(HANDLE_IPC, reply, sizeof(reply));
	}
}
