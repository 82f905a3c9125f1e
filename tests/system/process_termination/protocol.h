/* SPDX-License-Identifier: Apache-2.0 */
/* The supervisor's requests to the peer (one u32) and the peer's report; exit codes. */
#ifndef PROCESS_TERMINATION_PROTOCOL_H
#define PROCESS_TERMINATION_PROTOCOL_H

#include <stdint.h>

/* Answer with a report. */
#define PEER_REPORT 1u
/* Raise USER on the supervisor's end, then answer with a report. */
#define PEER_RAISE_USER 2u
/* Never answer: the transaction stays in flight until the peer is terminated. */
#define PEER_HOLD 3u

struct peer_report {
	/* What wait_group_add(own group, own channel handler) returned at start. */
	uint32_t added;
	/* The peer's own USER signal (raised by the supervisor). */
	uint32_t own_user;
	/* Whether its doorbell interrupt was signalled at start, and is now (0 or 1). */
	uint32_t doorbell_at_start;
	uint32_t doorbell_now;
};

/* The exiter's exit codes when it did not start like new (42 when it did). */
#define EXITER_STALE_RAM 1u
#define EXITER_STALE_THREAD 2u

/*
 * The caller victim's request: what wait_group_add(own group, own initiator end)
 * returned at start, and whether it transacts synchronously (1) or not (0): it does
 * so when the supervisor has raised USER on its end.
 */
struct caller_request {
	uint32_t added;
	uint32_t sync;
};

/* The peer's doorbell IRQ, which the peer fires when asked to raise everything. */
#define DOORBELL_IRQ 30u

#endif /* PROCESS_TERMINATION_PROTOCOL_H */
