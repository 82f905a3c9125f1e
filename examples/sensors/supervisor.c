// SPDX-License-Identifier: Apache-2.0
/*
 * The supervisor: restarts the sensor or the logger whenever one ends, and every
 * 200 ms asks the logger how many readings it holds; once it holds enough, it ends the
 * run (the emulator's exit code 0 is the example's test verdict).
 */
#include <keel/keel.h>
#include <supervisor_codegen.h>
#include "sensors.h"

#define CHECK_PERIOD KEEL_MS(200)

static const char *name_of(uint32_t handle)
{
	return handle == HANDLE_SENSOR_PROCESS ? "sensor" : "logger";
}

static const char *tag_str(uint32_t tag)
{
	switch (tag) {
	case KEEL_EXIT_SUCCESS:
		return "Success";
	case KEEL_EXIT_UNHANDLED_EXCEPTION:
		return "UnhandledException";
	case KEEL_EXIT_TERMINATED_BY_SYSCALL:
		return "TerminatedBySyscall";
	case KEEL_EXIT_TERMINATED_BY_KERNEL:
		return "TerminatedByKernel";
	default:
		return "?";
	}
}

/* handle's process has ended: collect its status (which resets its objects), restart it. */
static enum keel_status restart(uint32_t handle)
{
	struct keel_exit_status st;
	enum keel_status s = sys_task_join(handle, &st);

	if (s != KEEL_OK)
		return s;
	KEEL_WRN("'%s' ended: %s(%u)", name_of(handle), tag_str(st.tag), (unsigned)st.payload);
	s = sys_process_start(handle);
	if (s == KEEL_OK)
		KEEL_INF("'%s' restarted", name_of(handle));
	return s;
}

/* Asks the logger for its statistics; true once it holds enough readings. */
static bool enough_readings(void)
{
	struct stats st;
	size_t len;
	enum keel_status s = sys_channel_transact(HANDLE_STATS, NULL, 0, &st, sizeof(st),
						  keel_deadline_in(KEEL_MS(500)), &len);

	if (s != KEEL_OK || len != sizeof(st)) {
		KEEL_WRN("no statistics from the logger: %s", keel_status_str(s));
		return false;
	}
	KEEL_INF("the logger holds %u readings, %d.%d..%d.%d C", (unsigned)st.count,
		 (int)(st.min_decidegrees / 10), (int)(st.min_decidegrees % 10),
		 (int)(st.max_decidegrees / 10), (int)(st.max_decidegrees % 10));
	return st.count >= CONST_READINGS_WANTED;
}

static enum keel_status supervise(void)
{
	enum keel_status s;

	/* user_data is the member's handle, so a wake says which process ended. */
	s = sys_wait_group_add(HANDLE_CHILDREN, HANDLE_SENSOR_PROCESS, KEEL_SIGNAL_JOINABLE,
			       HANDLE_SENSOR_PROCESS);
	if (s != KEEL_OK)
		return s;
	s = sys_wait_group_add(HANDLE_CHILDREN, HANDLE_LOGGER_PROCESS, KEEL_SIGNAL_JOINABLE,
			       HANDLE_LOGGER_PROCESS);
	if (s != KEEL_OK)
		return s;

	keel_instant_t check_at = keel_deadline_in(CHECK_PERIOD);
	for (;;) {
		struct keel_wait_result w;

		s = sys_object_wait(HANDLE_CHILDREN, KEEL_SIGNAL_READABLE, check_at, &w);
		if (s == KEEL_DEADLINE_EXCEEDED) {
			if (enough_readings())
				return KEEL_OK;
			check_at += CHECK_PERIOD;
			continue;
		}
		if (s != KEEL_OK)
			return s;
		s = restart(w.user_data);
		if (s != KEEL_OK)
			return s;
	}
}

KEEL_ENTRY()
{
	enum keel_status s = supervise();

	if (s == KEEL_OK)
		KEEL_INF("enough readings: shutting down");
	else
		KEEL_ERR("supervisor failed: %s", keel_status_str(s));
	sys_debug_shutdown(s);
}
