// SPDX-License-Identifier: Apache-2.0
/*
 * The clock test. Lower bounds are exact (a sleep never ends before its deadline);
 * upper bounds are loose (SLACK) because the emulator's clock follows the host's, and
 * a busy host can stall the guest.
 */
#include <check.h>
#include <timekeeper_codegen.h>

#define SLACK KEEL_SECONDS(1)

static void now_advances(void)
{
	keel_instant_t first = keel_now(), prev = first;
	unsigned long reads = 0;

	while (prev == first) {
		keel_instant_t t = keel_now();
		CHECK(t >= prev);
		prev = t;
		CHECK(++reads < 10000000ul);
	}
	/* Monotonic over many reads. */
	for (int i = 0; i < 10000; i++) {
		keel_instant_t t = keel_now();
		CHECK(t >= prev);
		prev = t;
	}
	CHECK(prev > first);
	KEEL_INF("now() advances (%lu reads for the first tick)", reads);
}

static void sleep_until_deadlines(void)
{
	static const unsigned ms[] = { 0, 1, 10, 50 };

	for (unsigned i = 0; i < sizeof(ms) / sizeof(ms[0]); i++) {
		keel_instant_t deadline = keel_now() + KEEL_MS(ms[i]);
		CHECK_OK(keel_sleep_until(deadline));
		keel_instant_t woke = keel_now();
		CHECK(woke >= deadline);
		CHECK(woke - deadline < SLACK);
		KEEL_INF("sleep %u ms: woke %u us after the deadline", ms[i],
			 (unsigned)keel_to_us(woke - deadline));
	}
}

/* A deadline already past does not wait: the raw wait says DEADLINE_EXCEEDED. */
static void past_deadline(void)
{
	keel_instant_t start = keel_now();

	CHECK_OK(keel_sleep_until(0));
	CHECK_OK(keel_sleep_until(start - 1));
	CHECK_STATUS(sys_object_wait(HANDLE_PROCESS, 0, start - 1, NULL), KEEL_DEADLINE_EXCEEDED);
	CHECK_STATUS(sys_object_wait(HANDLE_PROCESS, KEEL_SIGNAL_JOINABLE, 0, NULL),
		     KEEL_DEADLINE_EXCEEDED);
	CHECK(keel_now() - start < SLACK);
	KEEL_INF("past deadlines return at once");
}

/* A wait for a signal that never comes times out no earlier than its deadline. */
static void wait_times_out(void)
{
	keel_instant_t deadline = keel_now() + KEEL_MS(10);

	CHECK_STATUS(sys_object_wait(HANDLE_PROCESS, KEEL_SIGNAL_JOINABLE, deadline, NULL),
		     KEEL_DEADLINE_EXCEEDED);
	keel_instant_t woke = keel_now();
	CHECK(woke >= deadline);
	CHECK(woke - deadline < SLACK);
	KEEL_INF("a 10 ms wait times out %u us after its deadline",
		 (unsigned)keel_to_us(woke - deadline));
}

/*
 * Handle 0 is an empty wait group. Waiting on it for a signal is INVALID_ARGUMENT, but
 * a sleep (an empty mask) does not care what the object is, so every sleep above and
 * these hold in any process.
 */
static void sleep_beside_an_empty_group(void)
{
	CHECK_EQ(HANDLE_EMPTY_GROUP, 0);
	CHECK_STATUS(sys_object_wait(HANDLE_EMPTY_GROUP, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL),
		     KEEL_INVALID_ARGUMENT);
	keel_instant_t deadline = keel_deadline_in(KEEL_MS(5));
	CHECK_STATUS(sys_object_wait(HANDLE_EMPTY_GROUP, 0, deadline, NULL),
		     KEEL_DEADLINE_EXCEEDED);
	CHECK(keel_now() >= deadline);
	KEEL_INF("a sleep ignores that handle 0 is an empty wait group");
}

KEEL_PROCESS_ENTRY(timekeeper)
{
	CHECK_EQ(KEEL_MS(1000), KEEL_CLOCK_HZ);
	sleep_beside_an_empty_group();
	now_advances();
	sleep_until_deadlines();
	past_deadline();
	wait_times_out();
	PASS();
}
