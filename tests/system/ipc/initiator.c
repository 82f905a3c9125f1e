// SPDX-License-Identifier: Apache-2.0
/*
 * The ipc test's initiator: seed 000's 'a'..'z' exchange, then USER set by each side
 * on the other, then a vectored request and response. Any failed check ends the system
 * with exit code 1; PASS ends it with 0.
 */
#include <keel/string.h>
#include <check.h>
#include <initiator_codegen.h>
#include "protocol.h"

/* One u32 request; returns the response length (recv is filled). */
static size_t transact_word(uint32_t word, void *recv, size_t recv_len)
{
	size_t len;

	CHECK_OK(sys_channel_transact(HANDLE_IPC, &word, sizeof(word), recv, recv_len,
				      keel_deadline_in(CHECK_PATIENCE), &len));
	return len;
}

/* A command whose answer is one u32; returns it. */
static uint32_t command(uint32_t cmd)
{
	uint32_t answer = 0xdeadbeef;

	CHECK_EQ(transact_word(cmd, &answer, sizeof(answer)), sizeof(answer));
	return answer;
}

/* Seed 000: each letter comes back as {upper case, the letter}. */
static void send_letter(uint32_t c)
{
	uint32_t reply[2] = { 0, 0 };

	CHECK_EQ(transact_word(c, reply, sizeof(reply)), sizeof(reply));
	CHECK_EQ(reply[0], c - 'a' + 'A');
	CHECK_EQ(reply[1], c);
}

static bool user_raised_here(void)
{
	return SIGNALS_NOW(HANDLE_IPC, KEEL_SIGNAL_USER) != 0;
}

static void seed_exchange(void)
{
	for (uint32_t c = 'a'; c <= 'z'; c++)
		send_letter(c);
	KEEL_INF("all 26 replies correct");
}

/* USER is level-triggered and owned by the peer: transactions do not touch it. */
static void user_raised_by_handler_survives(void)
{
	CHECK(!user_raised_here());
	CHECK_EQ(command(CMD_RAISE_USER), 0);
	CHECK(user_raised_here());
	for (uint32_t c = 'a'; c <= 'z'; c++) {
		send_letter(c);
		CHECK(user_raised_here());
	}
	/* Waiting on it does not consume it either. */
	struct keel_wait_result w = CHECK_WAIT(HANDLE_IPC, KEEL_SIGNAL_USER);
	CHECK_EQ(w.pending_signals, KEEL_SIGNAL_USER);
	CHECK(user_raised_here());

	CHECK_EQ(command(CMD_LOWER_USER), 0);
	CHECK(!user_raised_here());
	send_letter('q');
	CHECK(!user_raised_here());
	KEEL_INF("USER raised by the handler survives transactions");
}

/* USER raised here lands on the handler's end, not this one; the handler echoes it. */
static void user_raised_by_initiator_is_echoed(void)
{
	CHECK_EQ(command(CMD_ECHO_USER), 0);
	CHECK_OK(sys_object_set_peer_user_signal(HANDLE_IPC, true));
	CHECK(!user_raised_here());
	CHECK_EQ(command(CMD_ECHO_USER), KEEL_SIGNAL_USER);
	send_letter('x');
	CHECK_EQ(command(CMD_ECHO_USER), KEEL_SIGNAL_USER);
	/* Setting it twice is still one level. */
	CHECK_OK(sys_object_set_peer_user_signal(HANDLE_IPC, true));
	CHECK_OK(sys_object_set_peer_user_signal(HANDLE_IPC, false));
	CHECK_EQ(command(CMD_ECHO_USER), 0);
	KEEL_INF("USER raised by the initiator is echoed back");
}

/*
 * A request in 4 slices, answered into 2 receive slices: the handler sees one
 * contiguous request, the response fills the slices in order and nothing beyond.
 */
static void vectored_request_and_response(void)
{
	uint32_t cmd = CMD_UPPER;
	const struct keel_iovec send[4] = {
		{ &cmd, sizeof(cmd) },
		{ "abc", 3 },
		{ "defgh", 5 },
		{ "ij", 2 },
	};
	uint8_t head[4], tail[8];
	memset(head, 0xee, sizeof(head));
	memset(tail, 0xee, sizeof(tail));
	const struct keel_iovec recv[2] = { { head, sizeof(head) }, { tail, sizeof(tail) } };
	size_t len = 0;

	CHECK_OK(sys_channel_transactv(HANDLE_IPC, send, 4, recv, 2,
				       keel_deadline_in(CHECK_PATIENCE), &len));
	CHECK_EQ(len, 10);
	CHECK(memcmp(head, "ABCD", 4) == 0);
	CHECK(memcmp(tail, "EFGHIJ", 6) == 0);
	CHECK_EQ(tail[6], 0xee);
	CHECK_EQ(tail[7], 0xee);
	KEEL_INF("vectored request and response land right");
}

/* No buffers at all (NULL, 0): an empty request gets an empty response. */
static void empty_request(void)
{
	size_t len = 1;

	CHECK_OK(sys_channel_transact(HANDLE_IPC, NULL, 0, NULL, 0,
				      keel_deadline_in(CHECK_PATIENCE), &len));
	CHECK_EQ(len, 0);
	KEEL_INF("empty request, empty response");
}

/*
 * This system has no interrupt, thread or wait group objects, so the kernel linked for
 * it leaves their code out: a call for one of them on the handles it does have still
 * fails as a wrong handle type does anywhere (UNIMPLEMENTED), and a handle past the
 * table as OUT_OF_RANGE.
 */
static void calls_for_absent_object_types(void)
{
	struct keel_exit_status status;

	CHECK_STATUS(sys_interrupt_ack(HANDLE_IPC, 1), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_interrupt_ack(7, 1), KEEL_OUT_OF_RANGE);
	CHECK_STATUS(sys_wait_group_add(HANDLE_IPC, HANDLE_PROCESS, KEEL_SIGNAL_READABLE, 0),
		     KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_wait_group_add(HANDLE_PROCESS, HANDLE_IPC, KEEL_SIGNAL_READABLE, 0),
		     KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_wait_group_remove(HANDLE_PROCESS, HANDLE_IPC), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_thread_start(HANDLE_PROCESS, seed_exchange, NULL), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_thread_start(HANDLE_IPC, seed_exchange, NULL), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_task_join(HANDLE_IPC, &status), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_task_terminate(HANDLE_IPC), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_process_start(HANDLE_IPC), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_process_start(7), KEEL_OUT_OF_RANGE);
	/*
	 * Its own process, the only one its table holds, is running: joining it is not
	 * possible yet, nor starting it again, and its state says running.
	 */
	CHECK_STATUS(sys_task_join(HANDLE_PROCESS, &status), KEEL_UNAVAILABLE);
	CHECK_STATUS(sys_process_start(HANDLE_PROCESS), KEEL_ALREADY_EXISTS);
	struct keel_task_info info = { 0 };
	CHECK_OK(sys_task_state(HANDLE_PROCESS, &info));
	CHECK_EQ(info.state, KEEL_TASK_RUNNING);
	KEEL_INF("calls for object types the system lacks fail as for a wrong handle");
}

/*
 * Nor has it kernel.short_messages: both short calls are UNIMPLEMENTED, whatever the
 * handle, and leave the message as it was.
 */
static void short_calls_without_short_messages(void)
{
	struct keel_short_message m = { 4, { 0x61, 1, 2, 3 } };

	CHECK_STATUS(sys_channel_transact_short(HANDLE_IPC, &m, KEEL_FOREVER), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_channel_transact_short(7, &m, KEEL_FOREVER), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_channel_respond_and_receive_short(HANDLE_IPC, &m, KEEL_FOREVER),
		     KEEL_UNIMPLEMENTED);
	CHECK_EQ(m.len, 4);
	CHECK_EQ(m.w[0], 0x61);
	CHECK_EQ(m.w[3], 3);
	KEEL_INF("short calls without kernel.short_messages are UNIMPLEMENTED");
}

KEEL_PROCESS_ENTRY(initiator)
{
	calls_for_absent_object_types();
	short_calls_without_short_messages();
	seed_exchange();
	user_raised_by_handler_survives();
	user_raised_by_initiator_is_echoed();
	vectored_request_and_response();
	empty_request();
	PASS();
}
