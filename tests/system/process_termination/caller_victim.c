// SPDX-License-Identifier: Apache-2.0
/*
 * The process_termination test's caller victim: it joins its channel end to its own
 * wait group, raises USER on the supervisor's end, then starts a transaction the
 * supervisor never answers (synchronous or not, as the supervisor's USER on this end
 * says) and stays in it until it is terminated.
 */
#include <check.h>
#include <caller_victim_codegen.h>
#include "protocol.h"

static struct caller_request req;
static uint32_t unanswered;

KEEL_PROCESS_ENTRY(caller_victim)
{
	size_t len;

	/* After a restart this must work again: the join removed the old membership. */
	req.added = sys_wait_group_add(HANDLE_GROUP, HANDLE_TO_SUP, KEEL_SIGNAL_ERROR, 1);
	req.sync = SIGNALS_NOW(HANDLE_TO_SUP, KEEL_SIGNAL_USER) != 0;
	CHECK_OK(sys_object_set_peer_user_signal(HANDLE_TO_SUP, true));
	if (req.sync) {
		sys_channel_transact(HANDLE_TO_SUP, &req, sizeof(req), &unanswered,
				     sizeof(unanswered), KEEL_FOREVER, &len);
		CHECK_FAIL("the unanswered transaction returned");
	}
	CHECK_OK(sys_channel_async_transact(HANDLE_TO_SUP, &req, sizeof(req), &unanswered,
					    sizeof(unanswered)));
	for (;;)
		(void)sys_object_wait(HANDLE_PROCESS, 0, KEEL_FOREVER, NULL);
}
