// SPDX-License-Identifier: Apache-2.0
#include <k/arch.h>
#include <k/console.h>
#include <k/target.h>

void k_main(void);

/* Entered from the arch's reset code with the kernel stack set and .data/.bss ready. */
void k_main(void)
{
	target_init();
	k_printf("Keel kernel on %s\n", target_name);
	target_exit(0);
}
