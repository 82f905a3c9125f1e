// SPDX-License-Identifier: Apache-2.0
/*
 * The process_termination test's supervisor. Each run: the exiter's join gives
 * Success(42) (another code if it did not start like new), the spinner's
 * TerminatedBySyscall after task_terminate, the crasher's UnhandledException(store
 * access fault), also after a task_terminate that came after the crash; the peer is terminated with a transaction in flight and its objects'
 * reset is checked from both sides. Then every victim is restarted and the run
 * repeats.
 */
#include <check.h>
#include <supervisor_codegen.h>
#include "protocol.h"

#define RUNS 3

static const keel_handle_t victims[] = {
	HANDLE_EXITER, HANDLE_SPINNER, HANDLE_CRASHER, HANDLE_PEER, HANDLE_CALLER_VICTIM,
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

	/* The ERROR arrives through a wait group too. */
	CHECK_OK(sys_wait_group_add(HANDLE_WATCH, HANDLE_PEER_CH, KEEL_SIGNAL_ERROR, 0xfeed));
	CHECK_STATUS(sys_object_wait(HANDLE_WATCH, KEEL_SIGNAL_READABLE, keel_now(), NULL),
		     KEEL_DEADLINE_EXCEEDED);
	CHECK_OK(sys_task_terminate(HANDLE_PEER));
	CHECK_EXIT(join(HANDLE_PEER), KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
	struct keel_wait_result w = CHECK_WAIT(HANDLE_WATCH, KEEL_SIGNAL_READABLE);
	CHECK_EQ(w.user_data, 0xfeed);
	CHECK_EQ(w.pending_signals, KEEL_SIGNAL_ERROR);
	CHECK_OK(sys_wait_group_remove(HANDLE_WATCH, HANDLE_PEER_CH));
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

static keel_signals_t from_caller_signals(void)
{
	return SIGNALS_NOW(HANDLE_FROM_CALLER,
			   KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_ERROR |
				   KEEL_SIGNAL_USER);
}

/*
 * The initiator side of a peer reset: the caller victim dies (terminated, then joined)
 * with a transaction in flight on the channel this supervisor serves. Here the USER it
 * raised goes, ERROR comes (also through a wait group), and the transaction is gone.
 * Its restart shows that the join took its end out of its own wait group. Must run
 * before this thread first waits in a run: the victim reads the USER raised here
 * (synchronous or not) at its start.
 */
static void caller_terminated_mid_transaction(unsigned n)
{
	bool sync = n % 2 == 0;
	struct caller_request req = { 0xffffffffu, 0xffffffffu };

	CHECK_OK(sys_object_set_peer_user_signal(HANDLE_FROM_CALLER, sync));
	CHECK_WAIT(HANDLE_FROM_CALLER, KEEL_SIGNAL_READABLE);
	CHECK_EQ(from_caller_signals(),
		 KEEL_SIGNAL_READABLE | KEEL_SIGNAL_WRITABLE | KEEL_SIGNAL_USER);
	size_t len = 0;
	CHECK_OK(sys_channel_read(HANDLE_FROM_CALLER, 0, &req, sizeof(req), &len));
	CHECK_EQ(len, sizeof(req));
	CHECK_STATUS((enum keel_status)req.added, KEEL_OK);
	CHECK_EQ(req.sync, sync);

	CHECK_OK(sys_wait_group_add(HANDLE_WATCH, HANDLE_FROM_CALLER, KEEL_SIGNAL_ERROR, 0xca11));
	CHECK_OK(sys_task_terminate(HANDLE_CALLER_VICTIM));
	CHECK_EXIT(join(HANDLE_CALLER_VICTIM), KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
	struct keel_wait_result w = CHECK_WAIT(HANDLE_WATCH, KEEL_SIGNAL_READABLE);
	CHECK_EQ(w.user_data, 0xca11);
	CHECK_EQ(w.pending_signals, KEEL_SIGNAL_ERROR);
	CHECK_OK(sys_wait_group_remove(HANDLE_WATCH, HANDLE_FROM_CALLER));
	CHECK_EQ(from_caller_signals(), KEEL_SIGNAL_ERROR);
	CHECK_STATUS(sys_channel_read(HANDLE_FROM_CALLER, 0, &req, sizeof(req), &len),
		     KEEL_UNAVAILABLE);
	CHECK_STATUS(sys_channel_respond(HANDLE_FROM_CALLER, NULL, 0), KEEL_UNAVAILABLE);
	KEEL_INF("run %u: caller terminated mid-%s transaction: ERROR here (through a wait "
		 "group too), its USER gone",
		 n, sync ? "synchronous" : "async");
}

static void run(unsigned n)
{
	all_running();
	caller_terminated_mid_transaction(n);
	if (n > 0) {
		peer_after_restart();
		KEEL_INF("run %u: restarted peer re-added its channel, doorbell clear, "
			 "still sees its USER",
			 n);
	}
	bool sync = n % 2 == 1;
	peer_terminated_mid_transaction(sync);
	KEEL_INF("run %u: peer terminated mid-%s transaction: ERROR here (through a wait group "
		 "too), its USER gone",
		 n, sync ? "synchronous" : "async");

	CHECK_EXIT(join(HANDLE_EXITER), KEEL_EXIT_SUCCESS, 42);
	KEEL_INF("run %u: exiter: Success(42)", n);

	CHECK_OK(sys_task_terminate(HANDLE_SPINNER));
	CHECK(joinable(HANDLE_SPINNER));
	CHECK_EXIT(join(HANDLE_SPINNER), KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
	KEEL_INF("run %u: spinner: TerminatedBySyscall", n);

	/*
	 * A supervisor that terminates a process racing its crash must not fail: the
	 * terminate of an ended, unjoined process is OK and leaves the crash's status.
	 */
	CHECK_WAIT(HANDLE_CRASHER, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_terminate(HANDLE_CRASHER));
	CHECK_EXIT(join(HANDLE_CRASHER), KEEL_EXIT_UNHANDLED_EXCEPTION, CHECK_CAUSE_STORE_FAULT);
	KEEL_INF("run %u: crasher: UnhandledException(%u), terminate after the crash OK", n,
		 CHECK_CAUSE_STORE_FAULT);
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
