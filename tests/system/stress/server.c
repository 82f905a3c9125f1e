// SPDX-License-Identifier: Apache-2.0
/*
 * The stress test's server: answers round trips in order and counts them over all the
 * client's runs (each run numbers its round trips from 0).
 */
#include <check.h>
#include <server_codegen.h>
#include "protocol.h"

KEEL_PROCESS_ENTRY(server)
{
	uint32_t served = 0;

	for (;;) {
		CHECK_OK(sys_object_wait(HANDLE_CLIENTS, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL));
		struct request req;
		size_t len = 0;
		CHECK_OK(sys_channel_read(HANDLE_CLIENTS, 0, &req, sizeof(req), &len));
		CHECK_EQ(len, sizeof(req));
		struct response resp = { req.seq, served };
		if (req.seq != COUNT_REQUEST) {
			CHECK_EQ(req.seq, served % ROUND_TRIPS);
			resp.value = served_value(req.value);
			served++;
		}
		CHECK_OK(sys_channel_respond(HANDLE_CLIENTS, &resp, sizeof(resp)));
	}
}
