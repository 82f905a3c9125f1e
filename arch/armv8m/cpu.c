// SPDX-License-Identifier: Apache-2.0
#include <k/arch.h>

noreturn void arch_halt(void)
{
	for (;;)
		__asm__ volatile("cpsid i\n\twfi");
}
