/* SPDX-License-Identifier: Apache-2.0 */
/* The stress test's numbers and the client/server messages. */
#ifndef STRESS_PROTOCOL_H
#define STRESS_PROTOCOL_H

#include <stdint.h>

/* The crasher is restarted this many times (it crashes once more than that). */
#define RESTARTS 1000u
/* The client runs this many times (restarted after each clean exit)... */
#define CLIENT_RUNS 10u
/* ...making this many round trips each time with the same, never restarted, server. */
#define ROUND_TRIPS 2000u

/* The runner is terminated (while running), joined and restarted this many times. */
#define RUNNER_CYCLES 300u
/* The runner's exit codes when it did not start like new (it never exits otherwise). */
#define RUNNER_STALE_RAM 1u
#define RUNNER_STALE_WORKER 2u
#define RUNNER_NO_WORKER 3u

/* A request: seq < ROUND_TRIPS is a round trip; COUNT_REQUEST asks for the count. */
#define COUNT_REQUEST 0xffffffffu

struct request {
	uint32_t seq;
	uint32_t value;
};

/* The answer to a round trip; to COUNT_REQUEST, value is all round trips served. */
struct response {
	uint32_t seq;
	uint32_t value;
};

static inline uint32_t served_value(uint32_t value)
{
	return value * 3u + 1u;
}

#endif /* STRESS_PROTOCOL_H */
