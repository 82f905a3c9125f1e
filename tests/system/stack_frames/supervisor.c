// SPDX-License-Identifier: Apache-2.0
/*
 * The stack_frames test's supervisor: it watches every victim through a wait group,
 * checks how each ended, joins and restarts it (RUNS times), and pings the canary after
 * each. Its own waits are short, so that timer interrupts keep coming while the
 * interrupt victims spin.
 */
#include <check.h>
#include <supervisor_codegen.h>
#include <canary.h>

#include "stack_frames.h"

#define RUNS 2

struct victim {
	const char *name;
	keel_handle_t handle;
	uint32_t tag, payload;
};

static const struct victim victims[] = {
	{ "sp_in_data_syscall", HANDLE_SP_IN_DATA_SYSCALL, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_in_data_interrupt", HANDLE_SP_IN_DATA_INTERRUPT, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_in_mapping_syscall", HANDLE_SP_IN_MAPPING_SYSCALL, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
#ifdef __riscv
	/* The kernel checks every frame before it writes one: a bad sp is that fault. */
	{ "sp_in_kernel_syscall", HANDLE_SP_IN_KERNEL_SYSCALL, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_in_kernel_interrupt", HANDLE_SP_IN_KERNEL_INTERRUPT, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_unmapped_interrupt", HANDLE_SP_UNMAPPED_INTERRUPT, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "frame_scribbled", HANDLE_FRAME_SCRIBBLED, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_INSN_ACCESS },
	{ "sp_unaligned", HANDLE_SP_UNALIGNED, KEEL_EXIT_SUCCESS, UNALIGNED_DONE },
	{ "sp_in_other_syscall", HANDLE_SP_IN_OTHER_SYSCALL, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_in_other_interrupt", HANDLE_SP_IN_OTHER_INTERRUPT, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_odd_syscall", HANDLE_SP_ODD_SYSCALL, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_odd_interrupt", HANDLE_SP_ODD_INTERRUPT, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_straddling_syscall", HANDLE_SP_STRADDLING_SYSCALL, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
	{ "sp_straddling_interrupt", HANDLE_SP_STRADDLING_INTERRUPT, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_FRAME_OUTSIDE_STACK },
#else
	{ "sp_in_kernel_syscall", HANDLE_SP_IN_KERNEL_SYSCALL, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_STKOF },
	{ "sp_in_kernel_interrupt", HANDLE_SP_IN_KERNEL_INTERRUPT, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_STKOF },
	{ "sp_unmapped_interrupt", HANDLE_SP_UNMAPPED_INTERRUPT, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_MSTKERR },
	{ "frame_scribbled", HANDLE_FRAME_SCRIBBLED, KEEL_EXIT_UNHANDLED_EXCEPTION,
	  CAUSE_INVSTATE },
	{ "sp_unaligned", HANDLE_SP_UNALIGNED, KEEL_EXIT_SUCCESS, UNALIGNED_DONE },
#endif
};
#define VICTIMS (sizeof(victims) / sizeof(victims[0]))

static uint32_t pings;

/* The next victim to end; the waits are 2 ms each, for at most CHECK_PATIENCE. */
static struct keel_wait_result next_ended(void)
{
	keel_instant_t give_up = keel_deadline_in(CHECK_PATIENCE);
	struct keel_wait_result r;

	for (;;) {
		enum keel_status s = sys_object_wait(HANDLE_VICTIMS, KEEL_SIGNAL_READABLE,
						     keel_deadline_in(KEEL_MS(2)), &r);
		if (s == KEEL_OK)
			return r;
		CHECK_EQ(s, KEEL_DEADLINE_EXCEEDED);
		if (keel_now() > give_up)
			CHECK_FAIL("a victim did not end");
	}
}

static void victims_end(unsigned run)
{
	uint32_t seen = 0;

	for (unsigned n = 0; n < VICTIMS; n++) {
		struct keel_wait_result r = next_ended();
		CHECK(r.user_data < VICTIMS);
		CHECK_EQ(r.pending_signals, KEEL_SIGNAL_JOINABLE);
		CHECK_EQ(seen & (1u << r.user_data), 0);
		seen |= 1u << r.user_data;

		const struct victim *v = &victims[r.user_data];
		struct keel_exit_status st;
		CHECK_OK(sys_task_join(v->handle, &st));
		if (st.tag != v->tag || st.payload != v->payload)
			CHECK_FAIL("%s ended with %s(0x%x), expected %s(0x%x)", v->name,
				   check_exit_tag_str(st.tag), (unsigned)st.payload,
				   check_exit_tag_str(v->tag), (unsigned)v->payload);
		KEEL_INF("run %u: %s ended as expected (0x%x)", run, v->name, (unsigned)v->payload);
		canary_ping(HANDLE_PING, &pings);
	}
}

KEEL_PROCESS_ENTRY(supervisor)
{
	canary_ping(HANDLE_PING, &pings);
	for (unsigned i = 0; i < VICTIMS; i++)
		CHECK_OK(sys_wait_group_add(HANDLE_VICTIMS, victims[i].handle, KEEL_SIGNAL_JOINABLE,
					    i));
	for (unsigned run = 0; run < RUNS; run++) {
		victims_end(run);
		for (unsigned i = 0; i < VICTIMS; i++)
			CHECK_OK(sys_process_start(victims[i].handle));
	}
	victims_end(RUNS);
	canary_ping(HANDLE_PING, &pings);
	KEEL_INF("canary intact after %u pings", (unsigned)pings);
	PASS();
}
