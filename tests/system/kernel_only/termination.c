// SPDX-License-Identifier: Apache-2.0
/*
 * kernel_thread_termination: a terminated sleeper's sleep ends with CANCELLED and it
 * ends; a join times out while its thread is still running; a terminated thread that
 * never waits runs on, and its next wait fails with CANCELLED at once; a terminated
 * event waiter gets CANCELLED; an ended thread cannot be terminated again.
 */
#include <kcheck.h>

static struct kt_thread sleeper, spinner, waiter;
KT_STACK(sleeper_stack, 1024);
KT_STACK(spinner_stack, 1024);
KT_STACK(waiter_stack, 1024);

static volatile enum keel_status sleeper_got = KEEL_UNKNOWN;
static volatile enum keel_status spinner_got = KEEL_UNKNOWN;
static volatile enum keel_status waiter_got = KEEL_UNKNOWN;
static volatile uint32_t spins;
static volatile bool stop;
static struct kt_event never;

static void sleeper_entry(uintptr_t arg)
{
	(void)arg;
	sleeper_got = kt_sleep_until(K_FOREVER);
}

static void spinner_entry(uintptr_t arg)
{
	(void)arg;
	while (!stop)
		spins = spins + 1;
	spinner_got = kt_sleep_until(K_FOREVER);
}

static void waiter_entry(uintptr_t arg)
{
	(void)arg;
	waiter_got = kt_event_wait_until(&never, K_FOREVER);
}

int kernel_main(void)
{
	/* A sleeper that would sleep for ever. */
	KCHECK_EQ(kt_thread_create(&sleeper, "sleeper", sleeper_entry, 0, sleeper_stack,
				   sizeof(sleeper_stack), K_DEFAULT_PRIORITY + 1),
		  KEEL_OK);
	KCHECK_EQ(sleeper_got, KEEL_UNKNOWN);
	KCHECK_EQ(kt_thread_join(&sleeper, kt_now() + KT_MS(10)), KEEL_DEADLINE_EXCEEDED);
	KCHECK_EQ(kt_thread_terminate(&sleeper), KEEL_OK);
	KCHECK_EQ(kt_thread_join(&sleeper, kt_now() + KT_MS(100)), KEEL_OK);
	KCHECK_EQ(sleeper_got, KEEL_CANCELLED);
	KCHECK_EQ(kt_thread_terminate(&sleeper), KEEL_FAILED_PRECONDITION);
	kt_log("termination: the sleeper woke with CANCELLED and ended");

	/* A thread that keeps running: the join times out, and it ran meanwhile. */
	KCHECK_EQ(kt_thread_create(&spinner, "spinner", spinner_entry, 0, spinner_stack,
				   sizeof(spinner_stack), K_DEFAULT_PRIORITY - 1),
		  KEEL_OK);
	KCHECK_EQ(kt_thread_join(&spinner, kt_now() + KT_MS(20)), KEEL_DEADLINE_EXCEEDED);
	uint32_t seen = spins;
	KCHECK(seen > 0);
	/* Terminated while it runs: it goes on until it waits, then that wait is cancelled. */
	KCHECK_EQ(kt_thread_terminate(&spinner), KEEL_OK);
	KCHECK_EQ(kt_thread_join(&spinner, kt_now() + KT_MS(20)), KEEL_DEADLINE_EXCEEDED);
	KCHECK(spins > seen);
	KCHECK_EQ(spinner_got, KEEL_UNKNOWN);
	stop = true;
	KCHECK_EQ(kt_thread_join(&spinner, kt_now() + KT_MS(100)), KEEL_OK);
	KCHECK_EQ(spinner_got, KEEL_CANCELLED);
	kt_log("termination: join timed out while the spinner ran; its next wait was cancelled");

	/* An event waiter. */
	KCHECK_EQ(kt_thread_create(&waiter, "waiter", waiter_entry, 0, waiter_stack,
				   sizeof(waiter_stack), K_DEFAULT_PRIORITY + 1),
		  KEEL_OK);
	KCHECK_EQ(kt_thread_terminate(&waiter), KEEL_OK);
	KCHECK_EQ(kt_thread_join(&waiter, kt_now() + KT_MS(100)), KEEL_OK);
	KCHECK_EQ(waiter_got, KEEL_CANCELLED);
	KPASS();
}
