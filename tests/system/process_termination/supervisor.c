// SPDX-License-Identifier: Apache-2.0
/*
 * The process_termination test's supervisor. Each run: the exiter's join gives
 * Success(42) (another code if it did not start like new), the spinner's
 * TerminatedBySyscall after task_terminate, the crasher's UnhandledException(store
 * access fault); the peer is terminated with a transaction in flight and its objects'
 * reset is checked from both sides. Then every victim is restarted and the run
 * repeats.
 */
#include <check.h>
#include <supervisor_codegen.h>
#include "protocol.h"

#define RUNS 3

static const keel_handle_t victims[] = {
	HANDLE_EXITER,
	HANDLE_SPINNER,
	HANDLE_CRASHER,
	HANDLE_PEER,
};
#define VICTIMS (sizeof(victims) / sizeof(victims[0]))

static bool joinable(keel_handle_t h)
{
	return SIGNALS_NOW(h, KEEL_SIGNAL_JOINABLE) != 0;
}

/* Wait until task h has terminated and join it; it is stopped afterwards. */
static struct keel_exit_status join(keel_handle_t h)
{
	struct keel_exit_status st;

	CHECK_WAIT(h, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(h, &st));
	CHECK(!joinable(h));
	CHECK_STATUS(sys_task_join(h, NULL), KEEL_FAILED_PRECONDITION);
	CHECK_STATUS(sys_task_terminate(h), KEEL_FAILED_PRECONDITION);
	return st;
}

static void invalid_handles(void)
{
	keel_handle_t bad = HANDLE_PROCESS + 1;

	CHECK_STATUS(sys_task_join(bad, NULL), KEEL_OUT_OF_RANGE);
	CHECK_STATUS(sys_task_terminate(bad), KEEL_OUT_OF_RANGE);
	CHECK_STATUS(sys_process_start(bad), KEEL_OUT_OF_RANGE);
	CHECK_STATUS(sys_object_wait(bad, KEEL_SIGNAL_JOINABLE, keel_now(), NULL),
		     KEEL_OUT_OF_RANGE);
	CHECK_STATUS(sys_task_join(0xffffffffu, NULL), KEEL_OUT_OF_RANGE);
	/* Valid handles of objects that are not tasks. */
	CHECK_STATUS(sys_task_join(HANDLE_PEER_CH, NULL), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_process_start(HANDLE_PEER_CH), KEEL_UNIMPLEMENTED);
	KEEL_INF("invalid handles: OUT_OF_RANGE");
}

/* Freshly (re)started victims have not run yet: nothing to join, nothing to start. */
static void all_running(void)
{
	for (unsigned i = 0; i < VICTIMS; i++) {
		CHECK(!joinable(victims[i]));
		CHECK_STATUS(sys_task_join(victims[i], NULL), KEEL_UNAVAILABLE);
		CHECK_STATUS(sys_process_start(victims[i]), KEEL_ALREADY_EXISTS);
	}
}

static struct peer_report peer_call(uint32_t cmd)
{
	struct peer_report rep = { 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu };
	size_t len = 0;

	CHECK_OK(sys_channel_transact(HANDLE_PEER_CH, &cmd, sizeof(cmd), &rep, sizeof(rep),
				      keel_deadline_in(CHECK_PATIENCE), &len));
	CHECK_EQ(len, sizeof(rep));
	return rep;
}

static keel_signals_t peer_ch_signals(void)
{
	return SIGNALS_NOW(HANDLE_PEER_CH,
			   KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_ERROR |
				   KEEL_SIGNAL_USER);
}

/*
 * The peer's objects after its restart, as the peer saw them at start: its channel
 * joined its own wait group again (the join removed the membership), its doorbell was
 * cleared, and the USER this live supervisor raised on its end is still there.
 */
static void peer_after_restart(void)
{
	struct peer_report rep = peer_call(PEER_REPORT);

	CHECK_STATUS((enum keel_status)rep.added, KEEL_OK);
	CHECK_EQ(rep.own_user, KEEL_SIGNAL_USER);
	CHECK_EQ(rep.doorbell_at_start, 0);
	CHECK_EQ(rep.doorbell_now, 0);
}

/*
 * Each side raises USER on the other; the peer fires its own doorbell (no process may
 * trigger another's IRQ) and does not ack it.
 */
static void peer_raise_everything(void)
{
	CHECK_OK(sys_object_set_peer_user_signal(HANDLE_PEER_CH, true));
	struct peer_report rep = peer_call(PEER_RAISE_USER);
	CHECK_STATUS((enum keel_status)rep.added, KEEL_OK);
	CHECK_EQ(rep.own_user, KEEL_SIGNAL_USER);
	CHECK_EQ(rep.doorbell_now, 1);
	CHECK_EQ(peer_ch_signals(), KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_USER);
}

static uint64_t caller_stack[128];
static uint32_t hold = PEER_HOLD;
static struct peer_report unanswered;

/* A synchronous PEER_HOLD: it ends only when the peer's end is reset. */
static void caller_main(void)
{
	size_t len;

	sys_thread_exit(sys_channel_transact(HANDLE_PEER_CH, &hold, sizeof(hold), &unanswered,
					     sizeof(unanswered), keel_deadline_in(CHECK_PATIENCE),
					     &len));
}

/*
 * The peer dies with a transaction in flight (asynchronous from this thread, or
 * synchronous from the caller thread). The join resets the peer's end: this end gets
 * ERROR, loses the USER the peer raised, and the transaction is gone; a synchronous
 * caller returns UNAVAILABLE.
 */
static void peer_terminated_mid_transaction(bool sync)
{
	size_t len;

	peer_raise_everything();
	if (sync)
		CHECK_OK(sys_thread_start(HANDLE_CALLER, caller_main,
					  caller_stack +
						  sizeof(caller_stack) / sizeof(caller_stack[0])));
	else
		CHECK_OK(sys_channel_async_transact(HANDLE_PEER_CH, &hold, sizeof(hold),
						    &unanswered, sizeof(unanswered)));
	/* Let the peer read it (it never answers). */
	CHECK_OK(keel_sleep(KEEL_MS(10)));
	CHECK_EQ(peer_ch_signals(), KEEL_SIGNAL_USER);

	CHECK_OK(sys_task_terminate(HANDLE_PEER));
	CHECK_EXIT(join(HANDLE_PEER), KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
	CHECK_EQ(peer_ch_signals(), KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_ERROR);
	CHECK_STATUS(sys_channel_async_transact_complete(HANDLE_PEER_CH, &len), KEEL_UNAVAILABLE);
	CHECK_STATUS(sys_channel_async_cancel(HANDLE_PEER_CH), KEEL_UNAVAILABLE);
	if (sync)
		CHECK_EXIT(join(HANDLE_CALLER), KEEL_EXIT_SUCCESS, KEEL_UNAVAILABLE);
}

/* With nothing in flight the reset raises no ERROR; the peer's USER still goes. */
static void peer_terminated_idle(void)
{
	peer_raise_everything();
	CHECK_OK(sys_task_terminate(HANDLE_PEER));
	CHECK_EXIT(join(HANDLE_PEER), KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
	CHECK_EQ(peer_ch_signals(), KEEL_SIGNAL_WRITABLE);
	KEEL_INF("peer terminated idle: no ERROR here, its USER gone");
}

static void run(unsigned n)
{
	all_running();
	if (n > 0) {
		peer_after_restart();
		KEEL_INF("run %u: restarted peer re-added its channel, doorbell clear, "
			 "still sees its USER",
			 n);
	}
	bool sync = n % 2 == 1;
	peer_terminated_mid_transaction(sync);
	KEEL_INF("run %u: peer terminated mid-%s transaction: ERROR here, its USER gone", n,
		 sync ? "synchronous" : "async");

	CHECK_EXIT(join(HANDLE_EXITER), KEEL_EXIT_SUCCESS, 42);
	KEEL_INF("run %u: exiter: Success(42)", n);

	CHECK_OK(sys_task_terminate(HANDLE_SPINNER));
	CHECK(joinable(HANDLE_SPINNER));
	CHECK_EXIT(join(HANDLE_SPINNER), KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
	KEEL_INF("run %u: spinner: TerminatedBySyscall", n);

	CHECK_EXIT(join(HANDLE_CRASHER), KEEL_EXIT_UNHANDLED_EXCEPTION, CHECK_CAUSE_STORE_FAULT);
	KEEL_INF("run %u: crasher: UnhandledException(%u)", n, CHECK_CAUSE_STORE_FAULT);
}

static void restart_all(void)
{
	for (unsigned i = 0; i < VICTIMS; i++)
		CHECK_OK(sys_process_start(victims[i]));
}

KEEL_PROCESS_ENTRY(supervisor)
{
	invalid_handles();
	for (unsigned n = 0; n < RUNS; n++) {
		run(n);
		restart_all();
	}
	all_running();
	peer_after_restart();
	peer_terminated_idle();
	CHECK_OK(sys_process_start(HANDLE_PEER));
	peer_after_restart();
	PASS();
}
