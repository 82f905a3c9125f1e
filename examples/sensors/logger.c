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
	struct reading_ack ack = { .stored = stats.count };
	return sys_channel_respond(HANDLE_READINGS, &ack, sizeof(ack));
}

static enum keel_status serve_stats(void)
{
	return sys_channel_respond(HANDLE_STATS, &stats, sizeof(stats));
}

KEEL_ENTRY()
{
	/* user_data is the member's handle: the wait says which channel has a request. */
	enum keel_status s = sys_wait_group_add(HANDLE_REQUESTS, HANDLE_READINGS,
						KEEL_SIGNAL_READABLE, HANDLE_READINGS);
	if (s == KEEL_OK)
		s = sys_wait_group_add(HANDLE_REQUESTS, HANDLE_STATS, KEEL_SIGNAL_READABLE,
				       HANDLE_STATS);

	while (s == KEEL_OK) {
		struct keel_wait_result w;

		s = sys_object_wait(HANDLE_REQUESTS, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w);
		if (s != KEEL_OK)
			break;
		s = w.user_data == HANDLE_READINGS ? store_reading() : serve_stats();
		/* The initiator gave up (its deadline passed) before we answered: not ours. */
		if (s == KEEL_UNAVAILABLE)
			s = KEEL_OK;
	}
	KEEL_ERR("logger failed: %s", keel_status_str(s));
	sys_process_exit(1);
}
