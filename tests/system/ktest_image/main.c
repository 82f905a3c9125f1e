// SPDX-License-Identifier: Apache-2.0
/* Runs every ktest linked into this process and ends the system with the verdict. */
#include <keel/keel.h>
#include "ktest.h"

void kt_output(const char *s, unsigned len)
{
	(void)sys_debug_log(s, len);
}

KEEL_ENTRY()
{
	sys_debug_shutdown(kt_run(NULL) ? 1 : 0);
}
