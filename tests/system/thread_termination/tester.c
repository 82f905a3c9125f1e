// SPDX-License-Identifier: Apache-2.0
/*
 * The thread_termination test: the worker thread exits with 42, is restarted as a
 * spinner and terminated, and restarted again; every join reports how it ended.
 */
#include <check.h>
#include <tester_codegen.h>

static uint64_t worker_stack[128];
#define WORKER_STACK_TOP (worker_stack + sizeof(worker_stack) / sizeof(worker_stack[0]))

static volatile uint32_t exits, spins;

static void exit_42(void)
{
	exits++;
	sys_thread_exit(42);
}

static void spin(void)
{
	for (;;)
		spins++;
}

static bool worker_joinable(void)
{
	return SIGNALS_NOW(HANDLE_WORKER, KEEL_SIGNAL_JOINABLE) != 0;
}

static struct keel_exit_status join_worker(void)
{
	struct keel_exit_status st;

	CHECK_WAIT(HANDLE_WORKER, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_WORKER, &st));
	/* Joined: stopped again, nothing more to join. */
	CHECK(!worker_joinable());
	CHECK_STATUS(sys_task_join(HANDLE_WORKER, NULL), KEEL_FAILED_PRECONDITION);
	return st;
}

static void never_started(void)
{
	CHECK(!worker_joinable());
	CHECK_STATUS(sys_task_join(HANDLE_WORKER, NULL), KEEL_FAILED_PRECONDITION);
	CHECK_STATUS(sys_task_terminate(HANDLE_WORKER), KEEL_FAILED_PRECONDITION);
	KEEL_INF("never-started thread: join and terminate are FAILED_PRECONDITION");
}

static void bad_starts(void)
{
	/* pc and sp must be this process's code and RAM. */
	CHECK_STATUS(sys_thread_start(HANDLE_WORKER, (void (*)(void))0x81000000u, WORKER_STACK_TOP),
		     KEEL_PERMISSION_DENIED);
	CHECK_STATUS(sys_thread_start(HANDLE_WORKER, exit_42, (void *)0x81000100u),
		     KEEL_PERMISSION_DENIED);
	/* Running already: this very thread. */
	CHECK_STATUS(sys_thread_start(HANDLE_MAIN, exit_42, WORKER_STACK_TOP), KEEL_ALREADY_EXISTS);
	/* Not a thread; not a handle. */
	CHECK_STATUS(sys_thread_start(HANDLE_PROCESS, exit_42, WORKER_STACK_TOP),
		     KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_thread_start(HANDLE_PROCESS + 1, exit_42, WORKER_STACK_TOP),
		     KEEL_OUT_OF_RANGE);
	CHECK(!worker_joinable());
	KEEL_INF("thread_start with foreign pc/sp, a running thread or a non-thread fails");
}

static void exits_with_42(void)
{
	uint32_t before = exits;

	CHECK_OK(sys_thread_start(HANDLE_WORKER, exit_42, WORKER_STACK_TOP));
	/* Started (not yet run: it has the lower priority) is not stopped. */
	CHECK_STATUS(sys_thread_start(HANDLE_WORKER, exit_42, WORKER_STACK_TOP),
		     KEEL_ALREADY_EXISTS);
	CHECK_STATUS(sys_task_join(HANDLE_WORKER, NULL), KEEL_UNAVAILABLE);
	CHECK_EXIT(join_worker(), KEEL_EXIT_SUCCESS, 42);
	CHECK_EQ(exits, before + 1);
	KEEL_INF("thread_exit(42): join gives Success(42)");
}

static void terminated_spinner(void)
{
	CHECK_OK(sys_thread_start(HANDLE_WORKER, spin, WORKER_STACK_TOP));
	CHECK_OK(keel_sleep(KEEL_MS(20)));
	CHECK(spins > 0);
	CHECK(!worker_joinable());
	CHECK_STATUS(sys_task_join(HANDLE_WORKER, NULL), KEEL_UNAVAILABLE);
	CHECK_STATUS(sys_thread_start(HANDLE_WORKER, spin, WORKER_STACK_TOP), KEEL_ALREADY_EXISTS);

	CHECK_OK(sys_task_terminate(HANDLE_WORKER));
	CHECK(worker_joinable());
	/* Ended but not joined: terminating again is OK and changes nothing. */
	CHECK_OK(sys_task_terminate(HANDLE_WORKER));
	/* It really stopped: the counter does not move while this thread sleeps. */
	uint32_t frozen = spins;
	CHECK_OK(keel_sleep(KEEL_MS(20)));
	CHECK_EQ(spins, frozen);
	CHECK_EXIT(join_worker(), KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
	KEEL_INF("spinner restarted, terminated: join gives TerminatedBySyscall");
}

KEEL_PROCESS_ENTRY(tester)
{
	never_started();
	bad_starts();
	exits_with_42();
	terminated_spinner();
	/* Terminated and joined, the thread starts again like new. */
	exits_with_42();
	PASS();
}
