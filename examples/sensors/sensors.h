/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The messages of the sensors example. Every process is built with the same compiler
 * for the same target, so the structs have one layout on both sides of a channel.
 */
#ifndef SENSORS_H
#define SENSORS_H

#include <stdint.h>

/* sensor -> logger, on the `readings` channel. */
struct reading {
	uint32_t sample; /* counts from 1 in each run of the sensor */
	int32_t decidegrees; /* temperature in 0.1 degrees Celsius */
};

/* logger -> sensor: the answer to a reading. */
struct reading_ack {
	uint32_t stored; /* readings the logger holds, this one included */
};

/* logger -> supervisor, on the `stats` channel (the request is empty). */
struct stats {
	uint32_t count;
	int32_t min_decidegrees;
	int32_t max_decidegrees;
};

#endif /* SENSORS_H */
