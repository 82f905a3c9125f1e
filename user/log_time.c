// SPDX-License-Identifier: Apache-2.0
/* Log timestamps (log_timestamps in system.json5; user/log.c calls this when linked). */
#include <stddef.h>
#include <stdint.h>
#include <keel/keel.h>

size_t keel_log_timestamp(char *buf);

/*
 * *n / d into *n, the remainder returned, a bit at a time: libgcc's 64-bit division is about a
 * kilobyte, more than some processes' flash has to spare, and a log line is slow anyway.
 */
static __attribute__((noinline)) uint32_t divide(uint64_t *n, uint32_t d)
{
	uint64_t r = 0;

	/* Shifts by one only: no libgcc call for a variable 64-bit shift either. */
	for (int i = 0; i < 64; i++) {
		r = (r << 1) | (*n >> 63);
		*n <<= 1;
		if (r >= d) {
			r -= d;
			*n |= 1;
		}
	}
	return (uint32_t)r;
}

size_t keel_log_timestamp(char *buf)
{
	uint64_t ticks, part;
	uint32_t sec, frac;
	char digits[10];
	size_t n = 0, d = 0;

	ticks = keel_now();
	part = (uint64_t)divide(&ticks, KEEL_CLOCK_HZ) * 1000000u;
	sec = (uint32_t)ticks;
	divide(&part, KEEL_CLOCK_HZ);
	frac = (uint32_t)part;
	do {
		digits[d++] = (char)('0' + sec % 10);
		sec /= 10;
	} while (sec);
	while (d)
		buf[n++] = digits[--d];
	buf[n++] = '.';
	for (uint32_t div = 100000; div; div /= 10)
		buf[n++] = (char)('0' + frac / div % 10);
	buf[n++] = ' ';
	return n;
}
