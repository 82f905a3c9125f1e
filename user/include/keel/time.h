/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Time: instants are absolute ticks of the system clock (KEEL_CLOCK_HZ), durations
 * are ticks too. KEEL_FOREVER never passes.
 */
#ifndef KEEL_TIME_H
#define KEEL_TIME_H

#include <keel/syscall.h>
#include <target/board.h>

#define KEEL_CLOCK_HZ TARGET_SYSTEM_CLOCK_HZ

typedef uint64_t keel_duration_t;

#define KEEL_MS(n) ((keel_duration_t)(n) * (KEEL_CLOCK_HZ / 1000u))
#define KEEL_US(n) ((keel_duration_t)(n)*KEEL_CLOCK_HZ / 1000000u)
#define KEEL_SECONDS(n) ((keel_duration_t)(n)*KEEL_CLOCK_HZ)

static inline keel_instant_t keel_now(void)
{
	return sys_debug_clock_now();
}

static inline uint64_t keel_to_us(keel_duration_t d)
{
	return d * 1000000u / KEEL_CLOCK_HZ;
}

/* now + d, saturating at KEEL_FOREVER. */
static inline keel_instant_t keel_deadline_in(keel_duration_t d)
{
	keel_instant_t now = keel_now();

	return d >= KEEL_FOREVER - now ? KEEL_FOREVER : now + d;
}

/*
 * The handle a sleep names. Every process's table has at least handle 0 (a process
 * with no objects still has its own, HANDLE_PROCESS, last), and a wait with an empty
 * mask does not look at the object, so this works in every process, whatever handle 0
 * is. (HANDLE_PROCESS itself differs between processes that share an app's code.)
 */
#define KEEL_SLEEP_HANDLE 0u

/* Sleep until the deadline has passed (an object_wait with an empty mask). */
static inline enum keel_status keel_sleep_until(keel_instant_t deadline)
{
	enum keel_status s = sys_object_wait(KEEL_SLEEP_HANDLE, 0, deadline, NULL);

	return s == KEEL_DEADLINE_EXCEEDED ? KEEL_OK : s;
}

static inline enum keel_status keel_sleep(keel_duration_t d)
{
	return keel_sleep_until(keel_deadline_in(d));
}

#endif /* KEEL_TIME_H */
