// SPDX-License-Identifier: Apache-2.0
/*
 * Both processes log a line of each level; the config decides which show and whether
 * they carry the time (check_logs.py reads the console). quiet sleeps between its
 * lines, so that its timestamps must advance, and ends the run.
 */
#include <keel/keel.h>

KEEL_PROCESS_ENTRY(quiet)
{
	KEEL_DBG("quiet: debug %d", 0);
	KEEL_INF("quiet: info %d", 1);
	KEEL_WRN("quiet: warning %d", 2);
	(void)keel_sleep(KEEL_SECONDS(1) / 4);
	KEEL_ERR("quiet: error %s", "three");
	sys_debug_shutdown(0);
}

KEEL_PROCESS_ENTRY(chatty)
{
	KEEL_DBG("chatty: debug %d", 0);
	KEEL_INF("chatty: info %d", 1);
	KEEL_WRN("chatty: warning %d", 2);
	KEEL_ERR("chatty: error %s", "three");
}
