// SPDX-License-Identifier: Apache-2.0
/* The heartbeat: pings the echo server forever and checks every answer. */
#include <keel/keel.h>
#include <pinger_codegen.h>

KEEL_PROCESS_ENTRY(pinger)
{
	for (uint32_t n = 1;; n++) {
		uint32_t reply = 0;
		size_t len;
		if (sys_channel_transact(HANDLE_PING, &n, sizeof(n), &reply, sizeof(reply),
					 KEEL_FOREVER, &len) != KEEL_OK ||
		    len != sizeof(n) || reply != n) {
			KEEL_ERR("heartbeat %u answered wrong", (unsigned)n);
			sys_debug_shutdown(1);
		}
	}
}
