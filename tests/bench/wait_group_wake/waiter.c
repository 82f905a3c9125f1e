// SPDX-License-Identifier: Apache-2.0
/*
 * wait_group_wake: a member of a wait group is signalled by another process, and the
 * count is the instructions from there to the return of the waiter's object_wait on
 * the group.
 *
 * The member is this process's handler end of a channel, in the group with mask USER;
 * the signaller (signaller.c, a lower-priority process) holds the initiator end and
 * raises USER on this one with object_set_peer_user_signal, the one signal a process
 * can set on an object of another. The waiter is parked on the group, so the call
 * wakes it and, being of higher priority, it runs at once.
 *
 * How the count is taken: the signaller reads the clock just before the call (t0) and
 * the waiter just after its object_wait returns (t1); the figure is the mean of t1 - t0
 * over the events after the warm-up. Inside it: the signaller's call from its clock
 * read (the user library's wrapper, the trap, the kernel's dispatch and handle lookup,
 * the signal update that makes the group READABLE and wakes the waiter), the switch to
 * the waiter's process (the protection change included) and object_wait's return to
 * its caller, up to the clock read. Not inside: what makes the next event possible,
 * which only the signaller can do (a USER signal is lowered by the end that raised
 * it): the waiter parks on its channel end, the signaller lowers USER and sends t0
 * with a transact, and the waiter reads it, responds and parks on the group again.
 *
 * The clock is rv32's instret (exact) or, on the M33, the dual timer both processes
 * map (one count per 50 instructions; see ../irq_to_user/clock.h and the signaller's
 * dither, which makes the mean exact in expectation over 10 000 events).
 */
#include <keel/keel.h>
#include <waiter_codegen.h>
#include "../bench.h"
#include "../irq_to_user/clock.h"

#define WARM_UP 100u
#define EVENTS 10000u
#if defined(__riscv)
#define SPAN_MAX 20000u /* instructions: nothing on this path is near it */
#else
#define SPAN_MAX 400u /* counts, 20 000 instructions */
#endif

static noreturn void fail(const char *what, unsigned value)
{
	KEEL_ERR("wait_group_wake: %s %u", what, value);
	sys_debug_shutdown(1);
	for (;;)
		;
}

static void check(enum keel_status s, const char *what)
{
	if (s != KEEL_OK)
		fail(what, s);
}

KEEL_PROCESS_ENTRY(waiter)
{
	uint64_t total = 0;
	struct keel_wait_result w;

	clock_start();
	check(sys_wait_group_add(HANDLE_GROUP, HANDLE_POKES, KEEL_SIGNAL_USER, 1),
	      "wait_group_add:");
	for (unsigned i = 0; i < WARM_UP + EVENTS; i++) {
		enum keel_status s =
			sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, KEEL_FOREVER, &w);
		uint32_t t1 = clock_read();
		check(s, "object_wait on the group:");
		if (w.user_data != 1 || !(w.pending_signals & KEEL_SIGNAL_USER))
			fail("the group returned signals", w.pending_signals);

		uint32_t t0;
		size_t len;
		check(sys_object_wait(HANDLE_POKES, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL),
		      "object_wait on the channel:");
		check(sys_channel_read(HANDLE_POKES, 0, &t0, sizeof(t0), &len), "channel_read:");
		uint32_t span = t1 - t0;
		if (len != sizeof(t0) || span == 0 || span > SPAN_MAX)
			fail("a span out of range:", span);
		if (i >= WARM_UP)
			total += span;
		check(sys_channel_respond(HANDLE_POKES, NULL, 0), "channel_respond:");
	}
	bench_report("wait_group_wake", total * CLOCK_INSTRUCTIONS, EVENTS);
	sys_debug_shutdown(0);
}
