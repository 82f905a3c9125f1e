// SPDX-License-Identifier: Apache-2.0
/* A process with a large RAM slice, for the hog to restart: it only waits. */
#include <check.h>
#include <big_codegen.h>

KEEL_PROCESS_ENTRY(big)
{
	for (;;)
		(void)keel_sleep_until(KEEL_FOREVER);
}
