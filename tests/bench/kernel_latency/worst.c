// SPDX-License-Identifier: Apache-2.0
/*
 * The worst calls, a few rounds of each: 16-entry logs and exchanges whose entry
 * arrays and bytes are in flash (the slow region check) and off word boundaries (byte
 * copies), with long segments and with 8-byte ones, then the victim's end, join (a
 * full wait group reset) and restart (its 64 KiB slice zeroed).
 */
#include <check.h>
#include <worst_codegen.h>
#include "common.h"

#define ROUNDS 4

static const char text[] = TEXT TEXT TEXT TEXT TEXT TEXT TEXT TEXT;
static const struct keel_iovec log_vec[SEGMENTS] = { REP16({ text + 1, 63 }) };
static const struct keel_iovec send_vec[SEGMENTS] = { REP16({ text + 1, SEGMENT }) };
static const struct keel_iovec tiny_log[SEGMENTS] = TINY_VECTOR(text + 1);
static const struct keel_iovec tiny_send[SEGMENTS] = TINY_VECTOR(text + 1);
static uint8_t recv_buf[SEGMENT + 1];
static struct keel_iovec recv_vec[SEGMENTS];
static struct keel_iovec tiny_recv[SEGMENTS] = TINY_VECTOR(recv_buf + 1);

KEEL_PROCESS_ENTRY(worst)
{
	for (unsigned i = 0; i < SEGMENTS; i++)
		recv_vec[i] = (struct keel_iovec){ recv_buf + 1, SEGMENT };
	for (unsigned round = 0; round < ROUNDS; round++) {
		size_t n;
		struct keel_exit_status st;
		for (unsigned i = 0; i < 3; i++) {
			CHECK_OK(sys_debug_logv(log_vec, SEGMENTS));
			CHECK_OK(sys_debug_logv(tiny_log, SEGMENTS));
		}
		CHECK_OK(sys_channel_transactv(HANDLE_IPC, send_vec, SEGMENTS, recv_vec, SEGMENTS,
					       KEEL_FOREVER, &n));
		CHECK_EQ(n, MESSAGE);
		CHECK_OK(sys_channel_transactv(HANDLE_IPC, tiny_send, SEGMENTS, tiny_recv, SEGMENTS,
					       KEEL_FOREVER, &n));
		CHECK_EQ(n, TINY_MESSAGE);
		CHECK_WAIT(HANDLE_VICTIM, KEEL_SIGNAL_JOINABLE);
		CHECK_OK(sys_task_join(HANDLE_VICTIM, &st));
		CHECK_OK(sys_process_start(HANDLE_VICTIM));
	}
	KEEL_INF("worst calls done: %u rounds", ROUNDS);
}
