// SPDX-License-Identifier: Apache-2.0
/* The user_library test's server: channel_read_exact on its handler end. */
#include <keel/keel.h>
#include <keel/string.h>
#include <server_codegen.h>

/*
 * Requests are 8 bytes: the first 4 must come back whole from offset 0, 4 bytes from
 * offset 4, and 5 bytes from offset 4 must be OUT_OF_RANGE (only 4 are there). The
 * response is the two halves swapped, or 0xff on any surprise.
 */
KEEL_PROCESS_MAIN(server)
{
	for (;;) {
		uint8_t a[4], b[4], c[5], resp[8];
		if (sys_object_wait(HANDLE_EXACT, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL))
			continue;
		bool ok = keel_channel_read_exact(HANDLE_EXACT, 0, a, sizeof(a)) == KEEL_OK &&
			keel_channel_read_exact(HANDLE_EXACT, 4, b, sizeof(b)) == KEEL_OK &&
			keel_channel_read_exact(HANDLE_EXACT, 4, c, sizeof(c)) ==
				KEEL_OUT_OF_RANGE &&
			keel_channel_read_exact(HANDLE_EXACT, 9, c, 1) == KEEL_OUT_OF_RANGE &&
			keel_channel_read_exact(HANDLE_EXACT, 8, c, 0) == KEEL_OK;
		memcpy(resp, b, 4);
		memcpy(resp + 4, a, 4);
		if (!ok)
			memset(resp, 0xff, sizeof(resp));
		sys_channel_respond(HANDLE_EXACT, resp, sizeof(resp));
	}
	return 1;
}
