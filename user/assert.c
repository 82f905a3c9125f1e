// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>

noreturn void keel_assert_failed(const char *file, int line, const char *expr)
{
	KEEL_ERR("%s:%d: assertion failed: %s", file, line, expr);
	sys_process_exit(KEEL_EXIT_ASSERT_FAILED);
}
