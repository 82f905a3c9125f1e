// SPDX-License-Identifier: Apache-2.0
/* Kernel panics: shared by every kernel, kernel-only images included. */
#include <k/console.h>
#include <k/object.h>
#include <k/target.h>

_Noreturn void k_panic(const char *file, int line, const char *what)
{
	k_printf(K_ERR "PANIC %s:%d: %s\n", file, line, what);
	k_panic_end();
}

_Noreturn void k_panic_end(void)
{
#ifndef KEEL_KERNEL_ONLY
	k_system_dump("kernel panic");
#endif
	target_exit(K_EXIT_KERNEL_PANIC);
}
