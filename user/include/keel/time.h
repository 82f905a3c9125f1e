/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief Time: instants, durations, deadlines and sleeping.
 *
 * Instants (keel_instant_t) are absolute ticks of the system clock (KEEL_CLOCK_HZ
 * ticks a second), durations are ticks too. KEEL_FOREVER never passes.
 */
#ifndef KEEL_TIME_H
#define KEEL_TIME_H

#include <keel/syscall.h>
#include <target/board.h>

/** Ticks of the system clock per second (the target's). */
#define KEEL_CLOCK_HZ TARGET_SYSTEM_CLOCK_HZ

/** A length of time in ticks of the system clock. */
typedef uint64_t keel_duration_t;

/** n milliseconds as a duration. */
#define KEEL_MS(n) ((keel_duration_t)(n) * (KEEL_CLOCK_HZ / 1000u))
/** n microseconds as a duration (rounded down to whole ticks). */
#define KEEL_US(n) ((keel_duration_t)(n)*KEEL_CLOCK_HZ / 1000000u)
/** n seconds as a duration. */
#define KEEL_SECONDS(n) ((keel_duration_t)(n)*KEEL_CLOCK_HZ)

/** The current instant. */
static inline keel_instant_t keel_now(void)
{
	return sys_debug_clock_now();
}

/** A duration in whole microseconds. */
static inline uint64_t keel_to_us(keel_duration_t d)
{
	return d * 1000000u / KEEL_CLOCK_HZ;
}

/** The instant d from now, saturating at KEEL_FOREVER. */
static inline keel_instant_t keel_deadline_in(keel_duration_t d)
{
	keel_instant_t now = keel_now();

	return d >= KEEL_FOREVER - now ? KEEL_FOREVER : now + d;
}

/**
 * The handle a sleep names. Every process's table has at least handle 0 (a process
 * with no objects still has its own, HANDLE_PROCESS, last), and a wait with an empty
 * mask does not look at the object, so this works in every process, whatever handle 0
 * is. (HANDLE_PROCESS itself differs between processes that share an app's code.)
 */
#define KEEL_SLEEP_HANDLE 0u

/**
 * Sleeps until the deadline has passed (an object_wait with an empty mask); OK then,
 * and the wait's error otherwise.
 */
static inline enum keel_status keel_sleep_until(keel_instant_t deadline)
{
	enum keel_status s = sys_object_wait(KEEL_SLEEP_HANDLE, 0, deadline, NULL);

	return s == KEEL_DEADLINE_EXCEEDED ? KEEL_OK : s;
}

/** Sleeps for d (keel_sleep_until() the instant d from now). */
static inline enum keel_status keel_sleep(keel_duration_t d)
{
	return keel_sleep_until(keel_deadline_in(d));
}

#endif /* KEEL_TIME_H */
