/* SPDX-License-Identifier: Apache-2.0 */
/* The canary's answer to a ping (any request). */
#ifndef FORBIDDEN_PROTOCOL_H
#define FORBIDDEN_PROTOCOL_H

#include <stdint.h>

#define CANARY_MAGIC 0x5afe5afeu
#define CANARY_WORDS 256u

static inline uint32_t canary_word(uint32_t i)
{
	return CANARY_MAGIC ^ (i * 0x9e3779b9u);
}

struct canary_report {
	uint32_t magic; /* CANARY_MAGIC */
	uint32_t intact; /* 1 while every word of the pattern is as written */
	uint32_t pings; /* pings answered since the canary started, this one included */
};

#endif /* FORBIDDEN_PROTOCOL_H */
