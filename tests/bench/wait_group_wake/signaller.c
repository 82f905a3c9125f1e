// SPDX-License-Identifier: Apache-2.0
/*
 * wait_group_wake's signaller, in a process of its own (waiter.c says what is
 * counted): it reads the clock, raises USER on the waiter's channel end (a member of
 * the waiter's wait group), and once the waiter has measured its side, lowers it again
 * and sends the reading.
 */
#include <keel/keel.h>
#include <signaller_codegen.h>
#include "../irq_to_user/clock.h"

/*
 * The M33's clock counts once per 50 instructions: a pseudo-random wait before each
 * reading puts it at every phase of the count equally often.
 */
static void dither(void)
{
#if !defined(__riscv)
	static uint32_t seed = 1;

	seed = seed * 1103515245u + 12345u;
	for (volatile unsigned n = (seed >> 16) % 37u; n; n--)
		;
#endif
}

KEEL_PROCESS_ENTRY(signaller)
{
	for (;;) {
		dither();
		uint32_t t0 = clock_read();
		enum keel_status s = sys_object_set_peer_user_signal(HANDLE_POKES, true);
		if (s == KEEL_OK)
			s = sys_object_set_peer_user_signal(HANDLE_POKES, false);
		size_t len;
		if (s == KEEL_OK)
			s = sys_channel_transact(HANDLE_POKES, &t0, sizeof(t0), NULL, 0,
						 KEEL_FOREVER, &len);
		if (s != KEEL_OK) {
			KEEL_ERR("wait_group_wake: the signaller's call failed: %d", (int)s);
			sys_debug_shutdown(1);
		}
	}
}
