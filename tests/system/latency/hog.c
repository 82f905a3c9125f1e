// SPDX-License-Identifier: Apache-2.0
/*
 * The hog's main thread (priority 1) loops over the longest debug_log, the largest
 * channel exchange and a restart of the process with the largest RAM slice; its beat thread (priority 31) sleeps to a deadline every PERIOD
 * and measures how late it wakes. Any kernel span that grows with what a call passes
 * shows up as lateness of the order of the call's work (tens to hundreds of microseconds
 * before the kernel bounded it); a bounded kernel keeps it to a few microseconds.
 */
#include <keel/string.h>
#include <check.h>
#include <hog_codegen.h>
#include "protocol.h"

#define PERIOD KEEL_US(100)
#define MAX_LATE KEEL_US(20)
#define ROUNDS 3 /* of each long call while the beat runs */
#define MAX_BEATS 20000u

static uint8_t send_buf[COPY_SEGMENT] __attribute__((aligned(4)));
static uint8_t recv_buf[COPY_SEGMENT] __attribute__((aligned(4)));
static char log_buf[LOG_SEGMENT];
static uint64_t beat_stack[256];

static volatile uint32_t logs, exchanges, restarts;
/* What the main thread is in: lateness is told apart by the call that caused it. */
enum phase { LOGGING, EXCHANGING, RESTARTING, PHASES };
static volatile enum phase phase;
static const char *const phase_name[PHASES] = { "debug_log", "channel exchange",
						"process restart" };

/* Response byte k: the copier responds from its buffer, SEGMENTS times over. */
static uint8_t response_byte(size_t k)
{
	return copier_byte(k % COPIER_SEGMENT);
}

static void beat(void)
{
	keel_duration_t worst[PHASES] = { 0 };
	unsigned beats = 0;
	keel_instant_t deadline = keel_now() + PERIOD;

	while (logs < ROUNDS || exchanges < ROUNDS || restarts < ROUNDS) {
		CHECK(++beats < MAX_BEATS);
		CHECK_OK(keel_sleep_until(deadline));
		keel_instant_t now = keel_now();
		enum phase p = phase;
		if (now - deadline > worst[p])
			worst[p] = now - deadline;
		deadline = now + PERIOD;
	}
	bool late = false;
	for (unsigned p = 0; p < PHASES; p++) {
		KEEL_INF("%u beats; during the %s woken at most %u us late (%u ticks)", beats,
			 phase_name[p], (unsigned)keel_to_us(worst[p]), (unsigned)worst[p]);
		late |= worst[p] > MAX_LATE;
	}
	if (late)
		CHECK_FAIL("a beat was late by more than %u us: a syscall held the kernel",
			   (unsigned)keel_to_us(MAX_LATE));
	PASS();
}

static void exchange(void)
{
	struct keel_iovec send[SEGMENTS], recv[SEGMENTS];
	size_t n;

	fill_vector(send, send_buf, COPY_SEGMENT);
	fill_vector(recv, recv_buf, COPY_SEGMENT);
	memset(recv_buf, 0, sizeof(recv_buf));
	CHECK_OK(sys_channel_transactv(HANDLE_IPC, send, SEGMENTS, recv, SEGMENTS, KEEL_FOREVER,
				       &n));
	CHECK_EQ(n, RESPONSE_SIZE);
	/* The last segment took response bytes 15 * 8192.., the one before the tail. */
	for (size_t j = 0; j < COPY_SEGMENT; j++) {
		size_t k = (SEGMENTS - 1) * COPY_SEGMENT + j;
		if (k >= RESPONSE_SIZE)
			k -= COPY_SEGMENT;
		if (recv_buf[j] != response_byte(k))
			CHECK_FAIL("response byte %u is %u, expected %u", (unsigned)k, recv_buf[j],
				   response_byte(k));
	}
}

/* Terminate, join and start the big process again: its whole RAM is zeroed. */
static void restart_big(void)
{
	struct keel_exit_status st;

	CHECK_OK(sys_task_terminate(HANDLE_BIG));
	CHECK_OK(sys_task_join(HANDLE_BIG, &st));
	CHECK_EXIT(st, KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
	CHECK_OK(sys_process_start(HANDLE_BIG));
}

KEEL_PROCESS_ENTRY(hog)
{
	struct keel_iovec log[SEGMENTS];

	for (size_t i = 0; i < COPY_SEGMENT; i++)
		send_buf[i] = pattern(i);
	memset(log_buf, '.', sizeof(log_buf));
	log_buf[LOG_SEGMENT - 1] = '\n';
	fill_vector(log, log_buf, LOG_SEGMENT);
	CHECK_OK(sys_thread_start(HANDLE_BEAT, beat, beat_stack + 256));
	for (;;) {
		phase = LOGGING;
		CHECK_OK(sys_debug_logv(log, SEGMENTS));
		logs++;
		phase = EXCHANGING;
		exchange();
		exchanges++;
		phase = RESTARTING;
		restart_big();
		restarts++;
	}
}
