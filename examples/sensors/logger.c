// SPDX-License-Identifier: Apache-2.0
/*
 * The logger: stores the sensor's readings (only statistics, to keep it small), logs
 * each one and serves the statistics to the supervisor. One wait group watches both
 * channels, so one thread serves both.
 */
#include <keel/keel.h>
#include <logger_codegen.h>
#include "sensors.h"

static struct stats stats;

static struct reading_ack ack;

/* Store a reading; its answer (ack) goes out with the wait for the next request. */
static enum keel_status store_reading(void)
{
	struct reading r;
	size_t len;
	enum keel_status s = sys_channel_read(HANDLE_READINGS, 0, &r, sizeof(r), &len);

	if (s != KEEL_OK)
		return s;
	if (len == sizeof(r)) {
		if (stats.count == 0 || r.decidegrees < stats.min_decidegrees)
			stats.min_decidegrees = r.decidegrees;
		if (stats.count == 0 || r.decidegrees > stats.max_decidegrees)
			stats.max_decidegrees = r.decidegrees;
		stats.count++;
		KEEL_INF("reading %u: %d.%d C (sample %u)", (unsigned)stats.count,
			 (int)(r.decidegrees / 10), (int)(r.decidegrees % 10), (unsigned)r.sample);
	} else {
		KEEL_WRN("dropped a reading of %u bytes", (unsigned)len);
	}
	ack.stored = stats.count;
	return KEEL_OK;
}

KEEL_ENTRY()
{
	/* user_data is the member's handle: the wait says which channel has a request. */
	enum keel_status s = sys_wait_group_add(HANDLE_REQUESTS, HANDLE_READINGS,
						KEEL_SIGNAL_READABLE, HANDLE_READINGS);
	if (s == KEEL_OK)
		s = sys_wait_group_add(HANDLE_REQUESTS, HANDLE_STATS, KEEL_SIGNAL_READABLE,
				       HANDLE_STATS);

	/*
	 * Each answer goes out in the same call that waits for the next request
	 * (channel_respond_and_wait): one kernel entry per request instead of two.
	 */
	keel_handle_t answer_on = 0;
	const void *answer = NULL;
	size_t answer_len = 0;

	while (s == KEEL_OK) {
		struct keel_wait_result w;

		if (answer)
			s = sys_channel_respond_and_wait(answer_on, answer, answer_len,
							 HANDLE_REQUESTS, KEEL_SIGNAL_READABLE,
							 KEEL_FOREVER, &w);
		/*
		 * The initiator gave up (its deadline passed) before we answered: not ours,
		 * and the call did nothing, the wait included.
		 */
		if (!answer || s == KEEL_UNAVAILABLE)
			s = sys_object_wait(HANDLE_REQUESTS, KEEL_SIGNAL_READABLE, KEEL_FOREVER,
					    &w);
		answer = NULL;
		if (s != KEEL_OK)
			break;
		answer_on = (keel_handle_t)w.user_data;
		if (answer_on == HANDLE_READINGS) {
			s = store_reading();
			answer = &ack;
			answer_len = sizeof(ack);
		} else {
			s = KEEL_OK;
			answer = &stats;
			answer_len = sizeof(stats);
		}
		/* The request went away before we read it: nothing to answer. */
		if (s == KEEL_UNAVAILABLE) {
			s = KEEL_OK;
			answer = NULL;
		}
	}
	KEEL_ERR("logger failed: %s", keel_status_str(s));
	sys_process_exit(1);
}
