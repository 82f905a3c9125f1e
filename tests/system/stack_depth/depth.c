// SPDX-License-Identifier: Apache-2.0
/*
 * Each process writes every byte of a local array of a known size, so its stack's
 * high-water mark is that size plus the few frames above it. The shallow process
 * (higher priority) sleeps while the deep one runs, then ends the run.
 */
#include <keel/keel.h>

#define SHALLOW_BYTES 512
#define DEEP_BYTES 1792

/* Not inlined, the array sized at run time: the frame below the caller's is n bytes. */
static __attribute__((noinline)) unsigned use_stack(unsigned n)
{
	volatile unsigned char buf[n];

	/* Its lowest byte is the deepest the thread goes: written, and not with the fill. */
	for (unsigned i = 0; i < n; i++)
		buf[i] = (unsigned char)(i & 0x7f);
	return buf[n - 1];
}

KEEL_PROCESS_ENTRY(shallow)
{
	(void)use_stack(SHALLOW_BYTES);
	(void)keel_sleep(KEEL_SECONDS(1) / 5);
	KEEL_INF("shallow done");
	sys_debug_shutdown(0);
}

KEEL_PROCESS_ENTRY(deep)
{
	(void)use_stack(DEEP_BYTES);
	KEEL_INF("deep done");
}
