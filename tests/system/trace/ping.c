// SPDX-License-Identifier: Apache-2.0
/*
 * A small deterministic exchange for the trace and system-dump tests: the initiator
 * sends "ping" and gets "pong", then ends the system with CONST_EXIT_CODE while the
 * handler waits for a next request (what the system dump shows it doing). The
 * initiator sleeps a millisecond first.
 */
#include <keel/string.h>
#include <check.h>
/* Both processes' IPC is their first object, so HANDLE_IPC is the same handle. */
#include <initiator_codegen.h>

KEEL_PROCESS_ENTRY(handler)
{
	char req[8];
	size_t n = 0;

	CHECK_WAIT(HANDLE_IPC, KEEL_SIGNAL_READABLE);
	CHECK_OK(sys_channel_read(HANDLE_IPC, 0, req, sizeof(req), &n));
	CHECK(n == 4 && memcmp(req, "ping", 4) == 0);
	CHECK_OK(sys_channel_respond(HANDLE_IPC, "pong", 4));
	/* The next request never comes: the dump finds this thread waiting here. */
	struct keel_wait_result w;
	sys_object_wait(HANDLE_IPC, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w);
}

KEEL_PROCESS_ENTRY(initiator)
{
	char resp[8];
	size_t n = 0;

	CHECK_OK(sys_channel_transact(HANDLE_IPC, "ping", 4, resp, sizeof(resp), KEEL_FOREVER, &n));
	CHECK(n == 4 && memcmp(resp, "pong", 4) == 0);
	/* A sleep: the timer interrupt, a wake by deadline and the CPU idling meanwhile. */
	keel_sleep(KEEL_MS(1));
	sys_debug_shutdown(CONST_EXIT_CODE);
}
