/* SPDX-License-Identifier: Apache-2.0 */
#ifndef ARCH_PROCESS_H
#define ARCH_PROCESS_H

/* The host has no protection unit: nothing to keep per process. */
struct arch_process {
	int unused;
};

#define ARCH_PROCESS_NONE \
	{                 \
		0         \
	}

#endif /* ARCH_PROCESS_H */
