// SPDX-License-Identifier: Apache-2.0
/*
 * The async_ipc test's client: async transact + cancel (pending and responded), a
 * synchronous transact that another thread cancels, then
 * 100 rounds of one async transaction on each of three channels, gathered through a
 * wait group whose user_data names the channel.
 */
#include <check.h>
#include <client_codegen.h>
#include "protocol.h"

#define ROUNDS 100
#define CHANNELS 3
/* user_data of channel i in the group: not a handle, so it must come from the group. */
#define TAG(i) (0xc0u + (i))

static const keel_handle_t channel[CHANNELS] = { HANDLE_CH0, HANDLE_CH1, HANDLE_CH2 };

#define TXN_SIGNALS (KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE)

static void check_response(const struct response *resp, uint32_t round, uint32_t i)
{
	struct request req = { round, i };

	CHECK_EQ(resp->round, round);
	CHECK_EQ(resp->channel, i);
	CHECK_EQ(resp->handler, i);
	CHECK_EQ(resp->check, response_check(&req));
}

/* One full async transaction on channel i: start, wait for the response, complete. */
static void round_trip(uint32_t i, uint32_t round)
{
	struct request req = { round, i };
	struct response resp = { 0 };
	size_t len = 0;

	CHECK_OK(sys_channel_async_transact(channel[i], &req, sizeof(req), &resp, sizeof(resp)));
	CHECK_EQ(CHECK_WAIT(channel[i], KEEL_SIGNAL_READABLE).pending_signals,
		 KEEL_SIGNAL_READABLE);
	CHECK_OK(sys_channel_async_transact_complete(channel[i], &len));
	CHECK_EQ(len, sizeof(resp));
	check_response(&resp, round, i);
	CHECK_EQ(SIGNALS_NOW(channel[i], TXN_SIGNALS), KEEL_SIGNAL_WRITABLE);
}

/* Cancelled before the handler ran: the request is never answered. */
static void cancel_pending(void)
{
	struct request req = { 1000, 0 };
	struct response resp = { 0 };
	size_t len;

	CHECK_EQ(SIGNALS_NOW(HANDLE_CH0, TXN_SIGNALS), KEEL_SIGNAL_WRITABLE);
	CHECK_OK(sys_channel_async_transact(HANDLE_CH0, &req, sizeof(req), &resp, sizeof(resp)));
	CHECK_EQ(SIGNALS_NOW(HANDLE_CH0, TXN_SIGNALS), 0);
	/* One transaction at a time; no response yet. */
	CHECK_STATUS(sys_channel_async_transact(HANDLE_CH0, &req, sizeof(req), &resp, sizeof(resp)),
		     KEEL_UNAVAILABLE);
	CHECK_STATUS(sys_channel_async_transact_complete(HANDLE_CH0, &len), KEEL_UNAVAILABLE);

	CHECK_OK(sys_channel_async_cancel(HANDLE_CH0));
	CHECK_EQ(SIGNALS_NOW(HANDLE_CH0, TXN_SIGNALS), KEEL_SIGNAL_WRITABLE);
	CHECK_STATUS(sys_channel_async_transact_complete(HANDLE_CH0, &len), KEEL_UNAVAILABLE);
	CHECK_STATUS(sys_channel_async_cancel(HANDLE_CH0), KEEL_UNAVAILABLE);

	/* Let the handler run: it has nothing to answer. */
	CHECK_OK(keel_sleep(KEEL_MS(20)));
	CHECK_EQ(SIGNALS_NOW(HANDLE_CH0, TXN_SIGNALS), KEEL_SIGNAL_WRITABLE);
	CHECK_EQ(resp.round, 0);

	round_trip(0, 1001);
	KEEL_INF("cancel of a pending transaction: complete is UNAVAILABLE, a new one works");
}

/* Cancelled after the response arrived: the response is dropped, not completed. */
static void cancel_responded(void)
{
	struct request req = { 2000, 1 };
	struct response resp = { 0 };
	size_t len;

	CHECK_OK(sys_channel_async_transact(HANDLE_CH1, &req, sizeof(req), &resp, sizeof(resp)));
	CHECK_WAIT(HANDLE_CH1, KEEL_SIGNAL_READABLE);
	CHECK_OK(sys_channel_async_cancel(HANDLE_CH1));
	CHECK_EQ(SIGNALS_NOW(HANDLE_CH1, TXN_SIGNALS), KEEL_SIGNAL_WRITABLE);
	CHECK_STATUS(sys_channel_async_transact_complete(HANDLE_CH1, &len), KEEL_UNAVAILABLE);

	round_trip(1, 2001);
	KEEL_INF("cancel of a responded transaction: complete is UNAVAILABLE, a new one works");
}

static uint64_t waiter_stack[128];

/* A synchronous transaction that only a cancel can end; exits with what it returned. */
static void waiter_main(void)
{
	struct request req = { 3000, 0 };
	struct response resp = { 0 };
	size_t len;

	sys_thread_exit(sys_channel_transact(HANDLE_CH0, &req, sizeof(req), &resp, sizeof(resp),
					     KEEL_FOREVER, &len));
}

/*
 * channel_async_cancel from another thread of the process ends a synchronous transact
 * too: the waiter returns CANCELLED. The handlers (priority 10) cannot answer first:
 * this thread (20) runs until it cancels.
 */
static void cancel_sync_from_another_thread(void)
{
	struct keel_exit_status st;
	size_t len;

	CHECK_OK(sys_thread_start(HANDLE_WAITER, waiter_main,
				  waiter_stack + sizeof(waiter_stack) / sizeof(waiter_stack[0])));
	/* The waiter (25) ran at once and is parked in its transact. */
	CHECK_EQ(SIGNALS_NOW(HANDLE_WAITER, KEEL_SIGNAL_JOINABLE), 0);
	CHECK_EQ(SIGNALS_NOW(HANDLE_CH0, TXN_SIGNALS), 0);
	/* Its transaction is synchronous: no other thread may complete it. */
	CHECK_STATUS(sys_channel_async_transact_complete(HANDLE_CH0, &len), KEEL_UNAVAILABLE);
	CHECK_OK(sys_channel_async_cancel(HANDLE_CH0));
	CHECK_EQ(CHECK_WAIT(HANDLE_WAITER, KEEL_SIGNAL_JOINABLE).pending_signals,
		 KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_WAITER, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, KEEL_CANCELLED);
	CHECK_EQ(SIGNALS_NOW(HANDLE_CH0, TXN_SIGNALS), KEEL_SIGNAL_WRITABLE);
	CHECK_STATUS(sys_channel_async_cancel(HANDLE_CH0), KEEL_UNAVAILABLE);

	round_trip(0, 3001);
	KEEL_INF("a synchronous transact cancelled from another thread returns CANCELLED");
}

/*
 * Each round starts one transaction on every channel (in a rotating order) and
 * gathers the three responses through the group, completing each as it comes.
 */
static void gather_rounds(void)
{
	static struct response resp[CHANNELS];
	unsigned completed = 0;

	for (uint32_t i = 0; i < CHANNELS; i++)
		CHECK_OK(
			sys_wait_group_add(HANDLE_GROUP, channel[i], KEEL_SIGNAL_READABLE, TAG(i)));
	for (uint32_t round = 0; round < ROUNDS; round++) {
		struct request req[CHANNELS];
		for (uint32_t k = 0; k < CHANNELS; k++) {
			uint32_t i = (round + k) % CHANNELS;
			req[i] = (struct request){ round, i };
			resp[i] = (struct response){ 0 };
			CHECK_OK(sys_channel_async_transact(channel[i], &req[i], sizeof(req[i]),
							    &resp[i], sizeof(resp[i])));
		}
		unsigned gathered = 0;
		for (uint32_t k = 0; k < CHANNELS; k++) {
			struct keel_wait_result w = CHECK_WAIT(HANDLE_GROUP, KEEL_SIGNAL_READABLE);
			uint32_t i = w.user_data - TAG(0);
			CHECK(i < CHANNELS);
			CHECK(!(gathered & (1u << i)));
			CHECK_EQ(w.pending_signals, KEEL_SIGNAL_READABLE);
			size_t len = 0;
			CHECK_OK(sys_channel_async_transact_complete(channel[i], &len));
			CHECK_EQ(len, sizeof(resp[i]));
			check_response(&resp[i], round, i);
			gathered |= 1u << i;
			completed++;
		}
		/* Every response completed: no member is signalled any more. */
		CHECK_EQ(SIGNALS_NOW(HANDLE_GROUP, KEEL_SIGNAL_READABLE), 0);
	}
	CHECK_EQ(completed, ROUNDS * CHANNELS);
	KEEL_INF("%u async transactions on %u channels gathered and checked", completed, CHANNELS);
}

KEEL_PROCESS_ENTRY(client)
{
	cancel_pending();
	cancel_responded();
	cancel_sync_from_another_thread();
	gather_rounds();
	PASS();
}
