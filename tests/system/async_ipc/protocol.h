/* SPDX-License-Identifier: Apache-2.0 */
/* The async_ipc test's messages: a request names a round and a channel. */
#ifndef ASYNC_IPC_PROTOCOL_H
#define ASYNC_IPC_PROTOCOL_H

#include <stdint.h>

struct request {
	uint32_t round;
	uint32_t channel;
};

/* The request echoed, which handler answered, and a value derived from the request. */
struct response {
	uint32_t round;
	uint32_t channel;
	uint32_t handler;
	uint32_t check;
};

static inline uint32_t response_check(const struct request *r)
{
	return r->round * 2654435761u ^ r->channel;
}

#endif /* ASYNC_IPC_PROTOCOL_H */
