// SPDX-License-Identifier: Apache-2.0
/*
 * kernel_mutex_stress: priority inheritance, then a bounded stress.
 *
 * Inheritance: `low` holds the mutex and needs a few ms of CPU to let it go; `mid`
 * spins for much longer; `high` asks for the mutex. Only if `low` inherits `high`'s
 * priority does it run before `mid` finishes, so `high` must get the mutex while `mid`
 * is still spinning. Without inheritance `high` waits for `mid` and the check fails.
 *
 * Stress: three workers of different priorities take the mutex (with a deadline) a
 * fixed number of times each, sometimes sleeping while they hold it; an observer of
 * the highest priority samples the state every millisecond. Nobody may find the
 * critical section occupied, the count must match, no priority may exceed the
 * highest worker's while inheritance goes on, and none may stay raised afterwards.
 */
#include <kcheck.h>

static struct kt_mutex mutex;

/* Busy for `ms` of the clock (each kt_now is a trap: interrupts are taken). */
static void spin_for(unsigned ms)
{
	k_instant_t until = kt_now() + KT_MS(ms);

	while (kt_now() < until)
		;
}

#define LOW 5
#define MID 10
#define HIGH 20

static struct kt_thread low, mid, high;
KT_STACK(low_stack, 1024);
KT_STACK(mid_stack, 1024);
KT_STACK(high_stack, 1024);
static volatile bool mid_done, high_got_it_while_mid_ran;
static volatile unsigned low_priority_inside, low_priority_after;

static void low_entry(uintptr_t arg)
{
	(void)arg;
	KCHECK_EQ(kt_mutex_lock(&mutex), KEEL_OK);
	spin_for(5);
	low_priority_inside = kt_thread_priority(kt_thread_self());
	KCHECK_EQ(kt_mutex_unlock(&mutex), KEEL_OK);
	low_priority_after = kt_thread_priority(kt_thread_self());
}

static void mid_entry(uintptr_t arg)
{
	(void)arg;
	spin_for(100);
	mid_done = true;
}

static void high_entry(uintptr_t arg)
{
	(void)arg;
	KCHECK_EQ(kt_mutex_lock_until(&mutex, kt_now() + KT_MS(1000)), KEEL_OK);
	high_got_it_while_mid_ran = !mid_done;
	KCHECK_EQ(kt_mutex_unlock(&mutex), KEEL_OK);
}

static void inheritance(uintptr_t arg)
{
	(void)arg;
	/* We (main) run above all three and set the scene. */
	KCHECK_EQ(kt_thread_create(&low, "low", low_entry, 0, low_stack, sizeof(low_stack), LOW),
		  KEEL_OK);
	KCHECK_EQ(kt_sleep_until(kt_now() + KT_MS(1)), KEEL_OK);
	KCHECK(mutex.owner == &low);
	KCHECK_EQ(kt_thread_create(&mid, "mid", mid_entry, 0, mid_stack, sizeof(mid_stack), MID),
		  KEEL_OK);
	KCHECK_EQ(kt_thread_create(&high, "high", high_entry, 0, high_stack, sizeof(high_stack),
				   HIGH),
		  KEEL_OK);
	KCHECK_EQ(kt_thread_join(&high, kt_now() + KT_MS(1000)), KEEL_OK);
	KCHECK_EQ(kt_thread_join(&mid, kt_now() + KT_MS(1000)), KEEL_OK);
	KCHECK_EQ(kt_thread_join(&low, kt_now() + KT_MS(1000)), KEEL_OK);
	KCHECK_EQ(low_priority_inside, HIGH);
	KCHECK_EQ(low_priority_after, LOW);
	KCHECK(high_got_it_while_mid_ran);
	kt_log("mutex: low ran at %u holding the mutex high waited for, %u after; high got it "
	       "before mid finished",
	       low_priority_inside, low_priority_after);
}

#define WORKERS 3
#define ROUNDS 100
#define OBSERVER_PRIORITY 14

static const unsigned worker_priority[WORKERS] = { 8, 10, 12 };
static struct kt_thread worker[WORKERS], observer;
KT_STACK(worker_stack0, 1024);
KT_STACK(worker_stack1, 1024);
KT_STACK(worker_stack2, 1024);
KT_STACK(observer_stack, 1024);
static uint8_t *const worker_stack[WORKERS] = { worker_stack0, worker_stack1, worker_stack2 };

static volatile unsigned inside, count, timeouts, samples, busy_samples;
static volatile bool workers_done;

static void worker_entry(uintptr_t i)
{
	struct kt_thread *self = kt_thread_self();

	for (unsigned round = 0; round < ROUNDS; round++) {
		enum keel_status s = kt_mutex_lock_until(&mutex, kt_now() + KT_MS(2));
		if (s == KEEL_DEADLINE_EXCEEDED) {
			timeouts = timeouts + 1;
			continue;
		}
		KCHECK_EQ(s, KEEL_OK);
		KCHECK_EQ(inside, 0);
		inside = 1;
		count = count + 1;
		/* Hold it across a sleep now and then, so that others queue behind. */
		if ((round + i) % 4 == 0)
			KCHECK_EQ(kt_sleep_until(kt_now() + KT_MS(1)), KEEL_OK);
		inside = 0;
		KCHECK_EQ(kt_mutex_unlock(&mutex), KEEL_OK);
		/* Holding nothing, it runs at its own priority again. */
		KCHECK_EQ(kt_thread_priority(self), worker_priority[i]);
	}
}

static void observer_entry(uintptr_t arg)
{
	(void)arg;
	while (!workers_done) {
		KCHECK(inside <= 1);
		struct kt_thread *owner = mutex.owner;
		if (owner) {
			unsigned p = kt_thread_priority(owner);
			KCHECK(p >= owner->base_priority && p <= worker_priority[WORKERS - 1]);
			busy_samples = busy_samples + 1;
		}
		samples = samples + 1;
		(void)kt_sleep_until(kt_now() + KT_MS(1));
	}
}

static void stress(void)
{
	KCHECK_EQ(kt_thread_create(&observer, "observer", observer_entry, 0, observer_stack,
				   sizeof(observer_stack), OBSERVER_PRIORITY),
		  KEEL_OK);
	for (unsigned i = 0; i < WORKERS; i++)
		KCHECK_EQ(kt_thread_create(&worker[i], "worker", worker_entry, i, worker_stack[i],
					   1024, worker_priority[i]),
			  KEEL_OK);
	for (unsigned i = 0; i < WORKERS; i++)
		KCHECK_EQ(kt_thread_join(&worker[i], kt_now() + KT_MS(10000)), KEEL_OK);
	workers_done = true;
	KCHECK_EQ(kt_thread_join(&observer, kt_now() + KT_MS(100)), KEEL_OK);
	KCHECK_EQ(count + timeouts, WORKERS * ROUNDS);
	KCHECK(count > 0);
	KCHECK(mutex.owner == NULL);
	KCHECK(busy_samples > 0);
	kt_log("mutex stress: %u locks, %u timed out, %u samples (%u while held)", count, timeouts,
	       samples, busy_samples);
}

int kernel_main(void)
{
	/* Above every other thread here, so that it sets each scene undisturbed. */
	KCHECK_EQ(kt_thread_priority(kt_thread_self()), K_DEFAULT_PRIORITY);
	static struct kt_thread director;
	KT_STACK(director_stack, 1024);
	KCHECK_EQ(kt_thread_create(&director, "director", inheritance, 0, director_stack,
				   sizeof(director_stack), 25),
		  KEEL_OK);
	KCHECK_EQ(kt_thread_join(&director, K_FOREVER), KEEL_OK);
	stress();
	KPASS();
}
