// SPDX-License-Identifier: Apache-2.0
/* syscall_registers' echo process: its data must reach the prober only in the reply. */
#include <check.h>
#include <echo_codegen.h>
#include "secret.h"

/* Answers every request with words of its own that the prober must see only in reply. */
KEEL_PROCESS_ENTRY(echo)
{
	uint32_t secret[8];

	for (unsigned i = 0; i < 8; i++)
		secret[i] = SECRET + i;
	for (;;) {
		char request[32];
		size_t n;
		CHECK_OK(sys_object_wait(HANDLE_ECHO, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL));
		CHECK_OK(sys_channel_read(HANDLE_ECHO, 0, request, sizeof(request), &n));
		CHECK_OK(sys_channel_respond(HANDLE_ECHO, secret, sizeof(secret)));
	}
}
