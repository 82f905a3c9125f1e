// SPDX-License-Identifier: Apache-2.0
/*
 * The stress test's client: ROUND_TRIPS round trips, alternately synchronous and
 * asynchronous, each answer checked; exits with the server's count of round trips
 * over all runs of the client.
 */
#include <check.h>
#include <client_codegen.h>
#include "protocol.h"

static struct response call(const struct request *req, bool async)
{
	struct response resp = { 0, 0 };
	size_t len = 0;

	if (async) {
		CHECK_OK(sys_channel_async_transact(HANDLE_SERVER, req, sizeof(*req), &resp,
						    sizeof(resp)));
		CHECK_WAIT(HANDLE_SERVER, KEEL_SIGNAL_READABLE);
		CHECK_OK(sys_channel_async_transact_complete(HANDLE_SERVER, &len));
	} else {
		CHECK_OK(sys_channel_transact(HANDLE_SERVER, req, sizeof(*req), &resp, sizeof(resp),
					      keel_deadline_in(CHECK_PATIENCE), &len));
	}
	CHECK_EQ(len, sizeof(resp));
	CHECK_EQ(resp.seq, req->seq);
	return resp;
}

KEEL_PROCESS_ENTRY(client)
{
	uint32_t value = 12345;

	for (uint32_t seq = 0; seq < ROUND_TRIPS; seq++) {
		struct request req = { seq, value };
		CHECK_EQ(call(&req, seq & 1).value, served_value(value));
		value = value * 1103515245u + 12345u;
	}
	struct request count = { COUNT_REQUEST, 0 };
	sys_process_exit(call(&count, false).value);
}
