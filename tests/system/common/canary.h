/* SPDX-License-Identifier: Apache-2.0 */
/*
 * A canary process for system tests that attack the kernel: it keeps a pattern in its
 * RAM and answers every ping (any request on its channel handler) with its magic,
 * whether the pattern is intact and how many pings it has answered. The supervisor's
 * canary_ping() checks all three, so a stray write, a fault delivered to the wrong
 * process or a restart of the canary shows at the next ping.
 */
#ifndef KEEL_TESTS_SYSTEM_CANARY_H
#define KEEL_TESTS_SYSTEM_CANARY_H

#include <check.h>

#define CANARY_MAGIC 0xc0ffee11u
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

/* The canary's RAM; the test decides where it lives (a static of its canary.c). */
struct canary_state {
	uint32_t pattern[CANARY_WORDS];
	uint32_t magic;
	uint32_t pings;
};

/* The canary's body: write the pattern, then answer pings on `ping` for ever. */
static inline noreturn void canary_serve(struct canary_state *c, keel_handle_t ping)
{
	for (uint32_t i = 0; i < CANARY_WORDS; i++)
		c->pattern[i] = canary_word(i);
	c->magic = CANARY_MAGIC;
	for (;;) {
		CHECK_OK(sys_object_wait(ping, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL));
		c->pings++;
		uint32_t intact = c->magic == CANARY_MAGIC;
		for (uint32_t i = 0; i < CANARY_WORDS; i++)
			intact &= c->pattern[i] == canary_word(i);
		struct canary_report rep = { c->magic, intact, c->pings };
		CHECK_OK(sys_channel_respond(ping, &rep, sizeof(rep)));
	}
}

/*
 * The supervisor's side: one ping through `ping`, whose answer must carry the magic,
 * an intact pattern and *pings + 1 (counted here) pings answered.
 */
static inline void canary_ping(keel_handle_t ping, uint32_t *pings)
{
	uint32_t req = 0;
	struct canary_report rep = { 0 };
	size_t len = 0;

	CHECK_OK(sys_channel_transact(ping, &req, sizeof(req), &rep, sizeof(rep),
				      keel_deadline_in(CHECK_PATIENCE), &len));
	++*pings;
	CHECK_EQ(len, sizeof(rep));
	CHECK_EQ(rep.magic, CANARY_MAGIC);
	CHECK_EQ(rep.intact, 1);
	CHECK_EQ(rep.pings, *pings);
}

#endif /* KEEL_TESTS_SYSTEM_CANARY_H */
