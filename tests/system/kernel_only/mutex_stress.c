// SPDX-License-Identifier: Apache-2.0
/*
 * kernel_mutex_stress: priority inheritance, then a bounded stress.
 *
 * Inheritance: `low` holds the mutex and needs the CPU to let it go (it spins until
 * someone waits for it); `mid` spins for 100 ms; `high` asks for the mutex. Only if `low` inherits `high`'s
 * priority does it run before `mid` finishes, so `high` must get the mutex while `mid`
 * is still spinning. Without inheritance `high` waits for `mid` and the check fails.
 *
 * Then a chain of two mutexes: inheritance is passed along it and taken back when the
 * highest waiter gives up.
 *
 * Stress: three workers of different priorities take the mutex (with a deadline) a
 * fixed number of times each, sometimes sleeping while they hold it; an observer of
 * the highest priority samples the state every millisecond. Nobody may find the
 * critical section occupied, the count must match, no priority may exceed the
 * highest worker's while inheritance goes on, and none may stay raised afterwards.
 */
#include <kcheck.h>

static struct kt_mutex mutex;

/*
 * Wait (1 ms sleeps, a second at most) until `cond` holds: the emulator's clock is the
 * host's, so a scene waits for the state it needs instead of guessing a time.
 */
#define AWAIT(cond)                                                \
	do {                                                       \
		unsigned polls_ = 0;                               \
		while (!(cond)) {                                  \
			KCHECK(++polls_ < 1000);                   \
			(void)kt_sleep_until(kt_now() + KT_MS(1)); \
		}                                                  \
	} while (0)

static bool parked_on(const struct kt_thread *t, const void *on)
{
	return t->k.state == K_THREAD_WAITING && t->waiting_on == on;
}

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
	/* Busy until high waits for it (bounded, so a broken kernel fails, not hangs). */
	k_instant_t give_up = kt_now() + KT_MS(1000);
	while (k_list_empty(&mutex.waiters) && kt_now() < give_up)
		;
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
	AWAIT(mutex.owner == &low);
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

/*
 * A chain: `a` holds m1; `b` holds m2 and waits for m1; `c` waits for m2. Inheritance
 * goes along the chain to `a`; when `c` gives up (its deadline), both drop again.
 */
static struct kt_mutex m1, m2;
static struct kt_thread a, b, c;
KT_STACK(a_stack, 1024);
KT_STACK(b_stack, 1024);
KT_STACK(c_stack, 1024);
static struct kt_event a_go;
static volatile enum keel_status c_got = KEEL_UNKNOWN;

static void a_entry(uintptr_t arg)
{
	(void)arg;
	KCHECK_EQ(kt_mutex_lock(&m1), KEEL_OK);
	KCHECK_EQ(kt_event_wait_until(&a_go, K_FOREVER), KEEL_OK);
	KCHECK_EQ(kt_mutex_unlock(&m1), KEEL_OK);
}

static void b_entry(uintptr_t arg)
{
	(void)arg;
	KCHECK_EQ(kt_mutex_lock(&m2), KEEL_OK);
	KCHECK_EQ(kt_mutex_lock(&m1), KEEL_OK);
	KCHECK_EQ(kt_mutex_unlock(&m1), KEEL_OK);
	KCHECK_EQ(kt_mutex_unlock(&m2), KEEL_OK);
}

static void c_entry(uintptr_t arg)
{
	(void)arg;
	c_got = kt_mutex_lock_until(&m2, kt_now() + KT_MS(200));
}

static void chain(uintptr_t arg)
{
	(void)arg;
	/* Each runs until it waits, one after the other: a, then b, then c. */
	KCHECK_EQ(kt_thread_create(&a, "a", a_entry, 0, a_stack, sizeof(a_stack), 4), KEEL_OK);
	AWAIT(parked_on(&a, &a_go));
	KCHECK_EQ(kt_thread_priority(&a), 4);
	KCHECK_EQ(kt_thread_create(&b, "b", b_entry, 0, b_stack, sizeof(b_stack), 8), KEEL_OK);
	AWAIT(parked_on(&b, &m1));
	KCHECK_EQ(kt_thread_priority(&a), 8);
	KCHECK_EQ(kt_thread_create(&c, "c", c_entry, 0, c_stack, sizeof(c_stack), 12), KEEL_OK);
	AWAIT(parked_on(&c, &m2));
	KCHECK_EQ(kt_thread_priority(&b), 12);
	KCHECK_EQ(kt_thread_priority(&a), 12);
	KCHECK_EQ(kt_thread_join(&c, kt_now() + KT_MS(1000)), KEEL_OK);
	KCHECK_EQ(c_got, KEEL_DEADLINE_EXCEEDED);
	KCHECK_EQ(kt_thread_priority(&b), 8);
	KCHECK_EQ(kt_thread_priority(&a), 8);
	kt_event_signal(&a_go);
	KCHECK_EQ(kt_thread_join(&a, kt_now() + KT_MS(100)), KEEL_OK);
	KCHECK_EQ(kt_thread_join(&b, kt_now() + KT_MS(100)), KEEL_OK);
	KCHECK(m1.owner == NULL && m2.owner == NULL);
	kt_log("mutex chain: a inherited 12 through b, and dropped to 8 when c timed out");
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
	static struct kt_thread chain_director;
	KCHECK_EQ(kt_thread_create(&chain_director, "chain", chain, 0, director_stack,
				   sizeof(director_stack), 25),
		  KEEL_OK);
	KCHECK_EQ(kt_thread_join(&chain_director, K_FOREVER), KEEL_OK);
	stress();
	KPASS();
}
