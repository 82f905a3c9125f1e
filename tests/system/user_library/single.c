// SPDX-License-Identifier: Apache-2.0
/* The user_library test's single-process app: KEEL_MAIN's body returns the exit code. */
#include <keel/keel.h>

KEEL_MAIN()
{
	return 5; /* SINGLE_RETURNED in user_library.c */
}
