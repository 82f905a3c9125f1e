// SPDX-License-Identifier: Apache-2.0
/*
 * syscall_registers' peer: serves the prober's short calls as an ordinary handler, then
 * makes two short calls of its own to the prober's handler, so that the prober sees
 * every return of the short messages' calls. Its words must reach the prober only in
 * the result registers.
 */
#include <check.h>
#include <peer_codegen.h>
#include "secret.h"

KEEL_PROCESS_ENTRY(peer)
{
	uint32_t secret[4] = { SECRET, SECRET + 1, SECRET + 2, SECRET + 3 };

	for (;;) {
		char request[16];
		size_t n;
		CHECK_OK(sys_object_wait(HANDLE_SHORT, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL));
		CHECK_OK(sys_channel_read(HANDLE_SHORT, 0, request, sizeof(request), &n));
		CHECK_OK(sys_channel_respond(HANDLE_SHORT, secret, sizeof(secret)));
		for (unsigned i = 0; i < 2; i++) {
			struct keel_short_message m = {
				16, { SECRET + 4, SECRET + 5, SECRET + 6, SECRET + 7 }
			};
			CHECK_OK(sys_channel_transact_short(HANDLE_BACK, &m, KEEL_FOREVER));
			CHECK_EQ(m.len, 4);
		}
	}
}
