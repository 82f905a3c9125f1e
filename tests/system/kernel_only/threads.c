// SPDX-License-Identifier: Apache-2.0
/*
 * kernel_threads: kernel threads start from static stacks with their argument, run by
 * priority (a higher one preempts its creator at once, a lower one waits until the
 * creator waits), sleep until deadlines in deadline order, and are joined when their
 * entry returns.
 */
#include <kcheck.h>

#define SLEEPERS 3
#define ROUNDS 3

static struct kt_thread sleeper[SLEEPERS];
KT_STACK(sleeper_stack0, 1024);
KT_STACK(sleeper_stack1, 1024);
KT_STACK(sleeper_stack2, 1024);
static uint8_t *const sleeper_stack[SLEEPERS] = { sleeper_stack0, sleeper_stack1, sleeper_stack2 };

static k_instant_t start;
static unsigned order[SLEEPERS * ROUNDS];
static unsigned order_len;

/*
 * Thread i wakes at 20 ms * (i + 1) + 60 ms * round: the wake-ups interleave 0, 1, 2,
 * 0 ... (20 ms apart: on the M33 the clock is the host's, which may stall a little).
 */
static void sleeper_entry(uintptr_t i)
{
	for (unsigned round = 0; round < ROUNDS; round++) {
		KCHECK_EQ(kt_sleep_until(start + KT_MS(20) * (i + 1) + KT_MS(60) * round), KEEL_OK);
		order[order_len++] = (unsigned)i;
	}
}

static struct kt_thread other;
KT_STACK(other_stack, 1024);
static volatile uintptr_t ran_with;

static void record_entry(uintptr_t arg)
{
	ran_with = arg;
}

int kernel_main(void)
{
	struct kt_thread *self = kt_thread_self();

	KCHECK_EQ(kt_thread_priority(self), K_DEFAULT_PRIORITY);

	/* Higher priority: it runs before kt_thread_create returns to us. */
	KCHECK_EQ(kt_thread_create(&other, "high", record_entry, 0x1234, other_stack,
				   sizeof(other_stack), K_DEFAULT_PRIORITY + 5),
		  KEEL_OK);
	KCHECK_EQ(ran_with, 0x1234);
	KCHECK_EQ(kt_thread_join(&other, K_FOREVER), KEEL_OK);
	/* Ended threads are joined at once, again and again. */
	KCHECK_EQ(kt_thread_join(&other, 0), KEEL_OK);

	/* Lower priority: it runs only once we wait. */
	static struct kt_thread low;
	KT_STACK(low_stack, 1024);
	KCHECK_EQ(kt_thread_create(&low, "low", record_entry, 0x5678, low_stack, sizeof(low_stack),
				   K_DEFAULT_PRIORITY - 5),
		  KEEL_OK);
	KCHECK_EQ(ran_with, 0x1234);
	KCHECK_EQ(kt_thread_create(&low, "low", record_entry, 1, low_stack, sizeof(low_stack), 1),
		  KEEL_ALREADY_EXISTS);
	KCHECK_EQ(kt_thread_join(&low, K_FOREVER), KEEL_OK);
	KCHECK_EQ(ran_with, 0x5678);

	/* Refused: a priority out of range, a tiny stack, joining oneself or a stranger. */
	static struct kt_thread refused;
	KCHECK_EQ(kt_thread_create(&refused, "bad", record_entry, 0, other_stack,
				   sizeof(other_stack), K_PRIORITIES),
		  KEEL_INVALID_ARGUMENT);
	KCHECK_EQ(kt_thread_create(&refused, "bad", record_entry, 0, other_stack, 64, 1),
		  KEEL_INVALID_ARGUMENT);
	KCHECK_EQ(kt_thread_join(self, K_FOREVER), KEEL_FAILED_PRECONDITION);
	KCHECK_EQ(kt_thread_join(&refused, K_FOREVER), KEEL_FAILED_PRECONDITION);

	/* Sleepers of equal priority wake in deadline order. */
	start = kt_now();
	for (unsigned i = 0; i < SLEEPERS; i++)
		KCHECK_EQ(kt_thread_create(&sleeper[i], "sleeper", sleeper_entry, i,
					   sleeper_stack[i], 1024, K_DEFAULT_PRIORITY),
			  KEEL_OK);
	for (unsigned i = 0; i < SLEEPERS; i++)
		KCHECK_EQ(kt_thread_join(&sleeper[i], start + KT_MS(2000)), KEEL_OK);
	k_instant_t took = kt_now() - start;
	KCHECK_EQ(order_len, SLEEPERS * ROUNDS);
	for (unsigned n = 0; n < SLEEPERS * ROUNDS; n++)
		KCHECK_EQ(order[n], n % SLEEPERS);
	/* The last wake-up is due at 180 ms. */
	KCHECK(took >= KT_MS(180));
	kt_log("threads: %u wake-ups in deadline order, last after %u ms", order_len,
	       (unsigned)(took / KT_MS(1)));
	KPASS();
}
