// SPDX-License-Identifier: Apache-2.0
/*
 * The process_termination test's peer: serves the supervisor's channel through its own
 * wait group and reports what it saw at start (could it add its channel to its group?
 * was its doorbell interrupt still signalled?) and its own USER signal, so the
 * supervisor can check what survives a restart.
 */
#include <check.h>
#include <peer_codegen.h>
#include "protocol.h"

#define CH_TAG 0x5eu

KEEL_PROCESS_ENTRY(peer)
{
	/* After a restart this must work again: the join removed the old membership. */
	enum keel_status added =
		sys_wait_group_add(HANDLE_GROUP, HANDLE_CH, KEEL_SIGNAL_READABLE, CH_TAG);
	bool doorbell_at_start = SIGNALS_NOW(HANDLE_DOORBELL, SIGNAL_DOORBELL) != 0;

	CHECK_EQ(IRQ_DOORBELL, DOORBELL_IRQ);

	for (;;) {
		struct keel_wait_result w;
		if (added == KEEL_OK) {
			CHECK_OK(sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, KEEL_FOREVER,
						 &w));
			CHECK_EQ(w.user_data, CH_TAG);
		} else {
			CHECK_OK(
				sys_object_wait(HANDLE_CH, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w));
		}

		uint32_t cmd = 0;
		size_t len = 0;
		CHECK_OK(sys_channel_read(HANDLE_CH, 0, &cmd, sizeof(cmd), &len));
		CHECK_EQ(len, sizeof(cmd));
		if (cmd == PEER_HOLD) {
			/* Keep the transaction in flight until the supervisor terminates us. */
			for (;;)
				(void)sys_object_wait(HANDLE_CH, 0, KEEL_FOREVER, NULL);
		}
		if (cmd == PEER_RAISE_USER) {
			CHECK_OK(sys_object_set_peer_user_signal(HANDLE_CH, true));
			CHECK_OK(sys_debug_trigger_interrupt(IRQ_DOORBELL));
		} else {
			CHECK_EQ(cmd, PEER_REPORT);
		}
		struct peer_report rep = {
			.added = added,
			.own_user = SIGNALS_NOW(HANDLE_CH, KEEL_SIGNAL_USER),
			.doorbell_at_start = doorbell_at_start,
			.doorbell_now = SIGNALS_NOW(HANDLE_DOORBELL, SIGNAL_DOORBELL) != 0,
		};
		CHECK_OK(sys_channel_respond(HANDLE_CH, &rep, sizeof(rep)));
	}
}
