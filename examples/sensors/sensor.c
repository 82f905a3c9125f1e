// SPDX-License-Identifier: Apache-2.0
/*
 * The sensor: every 50 ms it takes a reading and sends it to the logger. The emulated
 * boards have no temperature sensor, so the readings are a made-up slow wave between
 * 20.0 and 25.0 degrees.
 */
#include <keel/keel.h>
#include <sensor_codegen.h>
#include "sensors.h"

#define PERIOD KEEL_MS(50)
#define TIMEOUT KEEL_MS(500)

static int32_t measure(uint32_t sample)
{
	uint32_t phase = sample % 10;

	return 200 + 10 * (int32_t)(phase < 5 ? phase : 10 - phase);
}

/* What a glitching sensor does to its driver: a load from an address nobody mapped. */
static void glitch(void)
{
	volatile uint32_t *nowhere = (volatile uint32_t *)0;

	(void)*nowhere;
}

KEEL_ENTRY()
{
	keel_instant_t next = keel_now();

	for (uint32_t sample = 1;; sample++) {
		struct reading r = { .sample = sample, .decidegrees = measure(sample) };
		struct reading_ack ack;
		size_t len;

		/* A logger that does not answer within a period (it crashed) loses the reading. */
		enum keel_status s =
			sys_channel_transact(HANDLE_READINGS, &r, sizeof(r), &ack, sizeof(ack),
					     keel_deadline_in(PERIOD), &len);
		if (s != KEEL_OK) {
			KEEL_WRN("sample %u lost: %s", (unsigned)sample, keel_status_str(s));
		} else if (len == sizeof(ack) && ack.stored == CONST_GLITCH_AT) {
			KEEL_WRN("sample %u: the sensor glitches", (unsigned)sample);
			glitch();
		}
		/* An absolute deadline: the period does not drift by the time spent above. */
		next += PERIOD;
		keel_sleep_until(next);
	}
}
