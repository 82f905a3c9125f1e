// SPDX-License-Identifier: Apache-2.0
/*
 * short_messages' ordinary server (object_wait, channel_read, channel_respond), which
 * serves short calls too: 'L' asks for a response longer than a short caller's 16
 * bytes, refused, then a short one; anything else is answered upper-cased.
 */
#include <keel/string.h>
#include <check.h>
#include <plain_codegen.h>

KEEL_PROCESS_ENTRY(plain)
{
	for (;;) {
		char b[32];
		size_t n = 0;
		CHECK_OK(sys_object_wait(HANDLE_IPC, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL));
		CHECK_OK(sys_channel_read(HANDLE_IPC, 0, b, sizeof(b), &n));
		if (n && b[0] == 'L') {
			CHECK_EQ(sys_channel_respond(HANDLE_IPC, "0123456789abcdefg", 17),
				 KEEL_OUT_OF_RANGE);
			CHECK_OK(sys_channel_respond(HANDLE_IPC, "big", 3));
			continue;
		}
		for (size_t i = 0; i < n; i++)
			if (b[i] >= 'a' && b[i] <= 'z')
				b[i] = (char)(b[i] - 'a' + 'A');
		CHECK_OK(sys_channel_respond(HANDLE_IPC, b, n));
	}
}
