// SPDX-License-Identifier: Apache-2.0
/* The kernel_main of a kernel-only image without KERNEL_SOURCES: boot, then success. */
#include <k/kthread.h>

int kernel_main(void)
{
	return 0;
}
