// SPDX-License-Identifier: Apache-2.0
/* The async_ipc test's three handlers: each answers every request on its channel. */
#include <check.h>
#include "protocol.h"
/* handler1 and handler2 have the same object table as handler0: only HANDLE_CH is used. */
#include <handler0_codegen.h>

static noreturn void serve(uint32_t me)
{
	for (;;) {
		struct keel_wait_result w;
		CHECK_OK(sys_object_wait(HANDLE_CH, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w));

		struct request req;
		size_t len = 0;
		enum keel_status s = sys_channel_read(HANDLE_CH, 0, &req, sizeof(req), &len);
		/* The client cancelled the transaction after this thread was woken for it. */
		if (s == KEEL_UNAVAILABLE)
			continue;
		CHECK_OK(s);
		CHECK_EQ(len, sizeof(req));
		struct response resp = { req.round, req.channel, me, response_check(&req) };
		CHECK_OK(sys_channel_respond(HANDLE_CH, &resp, sizeof(resp)));
	}
}

KEEL_PROCESS_ENTRY(handler0)
{
	serve(0);
}

KEEL_PROCESS_ENTRY(handler1)
{
	serve(1);
}

KEEL_PROCESS_ENTRY(handler2)
{
	serve(2);
}
