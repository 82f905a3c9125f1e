// SPDX-License-Identifier: Apache-2.0
/*
 * The wait_group test. Members are three interrupt objects (one IRQ each) signalled by
 * debug_trigger_interrupt and cleared by interrupt_ack, so the test decides exactly
 * which members are signalled at every step.
 */
#include <check.h>
#include <tester_codegen.h>

struct member {
	keel_handle_t handle;
	uint32_t irq;
	keel_signals_t signal;
	uint32_t user_data;
};

enum { A, B, C, MEMBERS };

static const struct member members[MEMBERS] = {
	[A] = { HANDLE_INTR_A, IRQ_A, SIGNAL_A, 0xa0 },
	[B] = { HANDLE_INTR_B, IRQ_B, SIGNAL_B, 0xb0 },
	[C] = { HANDLE_INTR_C, IRQ_C, SIGNAL_C, 0xc0 },
};

static void fire(unsigned m)
{
	CHECK_OK(sys_debug_trigger_interrupt(members[m].irq));
}

static void ack(unsigned m)
{
	CHECK_OK(sys_interrupt_ack(members[m].handle, members[m].signal));
}

static void add(keel_handle_t group, unsigned m)
{
	CHECK_OK(sys_wait_group_add(group, members[m].handle, members[m].signal,
				    members[m].user_data));
}

/* Wait on the group; the member it reports (checking its user_data and signals). */
static unsigned wait_member(void)
{
	struct keel_wait_result w = CHECK_WAIT(HANDLE_GROUP, KEEL_SIGNAL_READABLE);

	for (unsigned m = 0; m < MEMBERS; m++) {
		if (w.user_data == members[m].user_data) {
			CHECK_EQ(w.pending_signals, members[m].signal);
			return m;
		}
	}
	CHECK_FAIL("wait on the group returned unknown user_data 0x%x", (unsigned)w.user_data);
}

static bool group_signalled(void)
{
	return SIGNALS_NOW(HANDLE_GROUP, KEEL_SIGNAL_READABLE) != 0;
}

static void invalid_arguments(void)
{
	/* Nothing to wait for in an empty group. */
	CHECK_STATUS(sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE,
				     keel_deadline_in(KEEL_MS(10)), NULL),
		     KEEL_INVALID_ARGUMENT);
	/* Groups do not nest, not even in themselves. */
	CHECK_STATUS(sys_wait_group_add(HANDLE_GROUP, HANDLE_OTHER_GROUP, KEEL_SIGNAL_READABLE, 1),
		     KEEL_INVALID_ARGUMENT);
	CHECK_STATUS(sys_wait_group_add(HANDLE_GROUP, HANDLE_GROUP, KEEL_SIGNAL_READABLE, 1),
		     KEEL_INVALID_ARGUMENT);
	/* Bits 4..14 are undefined signals. */
	CHECK_STATUS(sys_object_wait(HANDLE_INTR_A, 1u << 4, keel_now(), NULL),
		     KEEL_INVALID_ARGUMENT);
	KEEL_INF("empty group and nesting: INVALID_ARGUMENT");
}

static void membership(void)
{
	CHECK_STATUS(sys_wait_group_remove(HANDLE_GROUP, HANDLE_INTR_A), KEEL_NOT_FOUND);
	add(HANDLE_GROUP, A);
	/* An object is in at most one group, once. */
	CHECK_STATUS(sys_wait_group_add(HANDLE_OTHER_GROUP, HANDLE_INTR_A, SIGNAL_A, 1),
		     KEEL_RESOURCE_EXHAUSTED);
	CHECK_STATUS(sys_wait_group_add(HANDLE_GROUP, HANDLE_INTR_A, SIGNAL_A, 1),
		     KEEL_RESOURCE_EXHAUSTED);
	CHECK_STATUS(sys_wait_group_remove(HANDLE_OTHER_GROUP, HANDLE_INTR_A), KEEL_NOT_FOUND);
	CHECK_STATUS(sys_wait_group_remove(HANDLE_GROUP, HANDLE_INTR_B), KEEL_NOT_FOUND);

	CHECK_OK(sys_wait_group_remove(HANDLE_GROUP, HANDLE_INTR_A));
	CHECK_STATUS(sys_wait_group_remove(HANDLE_GROUP, HANDLE_INTR_A), KEEL_NOT_FOUND);
	/* Removed: free to join another group; the first is empty again. */
	add(HANDLE_OTHER_GROUP, A);
	CHECK_STATUS(sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, keel_now(), NULL),
		     KEEL_INVALID_ARGUMENT);
	CHECK_OK(sys_wait_group_remove(HANDLE_OTHER_GROUP, HANDLE_INTR_A));

	/* A removed member's signal no longer reaches the group. */
	add(HANDLE_GROUP, A);
	add(HANDLE_GROUP, B);
	CHECK_OK(sys_wait_group_remove(HANDLE_GROUP, HANDLE_INTR_A));
	fire(A);
	CHECK(!group_signalled());
	ack(A);
	CHECK_OK(sys_wait_group_remove(HANDLE_GROUP, HANDLE_INTR_B));
	KEEL_INF("second group: RESOURCE_EXHAUSTED; wrong group or non-member: NOT_FOUND");
}

/* One member signalled at a time: the wait returns that member's user_data. */
static void one_at_a_time(void)
{
	static const unsigned order[] = { C, A, B, B, C };

	CHECK(!group_signalled());
	CHECK_STATUS(sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, keel_now(), NULL),
		     KEEL_DEADLINE_EXCEEDED);
	for (unsigned i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		fire(order[i]);
		CHECK_EQ(wait_member(), order[i]);
		/* Waiting does not consume it: still signalled until acked. */
		CHECK(group_signalled());
		ack(order[i]);
		CHECK(!group_signalled());
	}
	KEEL_INF("each wait returns the signalled member's user_data");
}

static const unsigned trigger_order[] = { C, A, B };
static uint64_t trigger_stack[128];

/* Runs only while the main thread is parked: each fire wakes (and yields to) it. */
static void trigger_main(void)
{
	for (unsigned i = 0; i < sizeof(trigger_order) / sizeof(trigger_order[0]); i++)
		fire(trigger_order[i]);
	sys_thread_exit(0);
}

/* A thread parked on the group is woken by each member in the order they fire. */
static void parked_wake_order(void)
{
	struct keel_exit_status st;

	CHECK_OK(
		sys_thread_start(HANDLE_TRIGGER, trigger_main,
				 trigger_stack + sizeof(trigger_stack) / sizeof(trigger_stack[0])));
	for (unsigned i = 0; i < sizeof(trigger_order) / sizeof(trigger_order[0]); i++) {
		CHECK(!group_signalled());
		CHECK_EQ(wait_member(), trigger_order[i]);
		ack(trigger_order[i]);
	}
	CHECK_WAIT(HANDLE_TRIGGER, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_TRIGGER, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, 0);
	KEEL_INF("parked waiter woken in firing order");
}

/* All signalled together: successive waits report each member before any repeats. */
static void all_at_once(void)
{
	unsigned seen = 0;

	fire(A);
	fire(B);
	fire(C);
	for (unsigned i = 0; i < MEMBERS; i++) {
		unsigned m = wait_member();
		CHECK(!(seen & (1u << m)));
		seen |= 1u << m;
	}
	/* Still all signalled: nothing was acked. */
	CHECK(group_signalled());
	for (unsigned m = 0; m < MEMBERS; m++)
		ack(m);
	CHECK(!group_signalled());
	KEEL_INF("members signalled together are each reported once");
}

/* A fires again every time it is served; B, never served, must still get its turn. */
static void no_starvation(void)
{
	unsigned b_count = 0;
	bool last_was_a = false;

	fire(A);
	fire(B);
	for (unsigned i = 0; i < 10; i++) {
		unsigned m = wait_member();
		if (m == A) {
			CHECK(!last_was_a);
			ack(A);
			fire(A);
			last_was_a = true;
		} else {
			CHECK_EQ(m, B);
			b_count++;
			last_was_a = false;
		}
	}
	CHECK_EQ(b_count, 5);
	ack(A);
	ack(B);
	CHECK(!group_signalled());
	KEEL_INF("a member that keeps firing does not starve another");
}

KEEL_PROCESS_ENTRY(tester)
{
	invalid_arguments();
	membership();
	for (unsigned m = 0; m < MEMBERS; m++)
		add(HANDLE_GROUP, m);
	one_at_a_time();
	parked_wake_order();
	all_at_once();
	no_starvation();
	PASS();
}
