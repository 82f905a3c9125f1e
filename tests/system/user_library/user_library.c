// SPDX-License-Identifier: Apache-2.0
/*
 * The user library, process by process: the returner's body returns its exit code;
 * the asserter's failed KEEL_ASSERT ends it alone; the server (server.c) reads its
 * requests with channel_read_exact; the supervisor drives the vectored async transact and debug_log
 * and watches everything through task_state, which must never disturb what it reports.
 */
#include <keel/string.h>
#include <check.h>
#include <supervisor_codegen.h>

#define RETURNED 7u
#define SINGLE_RETURNED 5u /* single.c */
#define HELPER_CODE 3u

/* task_state of h must be `state`, with that exit status when it has ended. */
#define CHECK_TASK(h, want_state, want_tag, want_payload)          \
	do {                                                       \
		struct keel_task_info i_;                          \
		CHECK_OK(sys_task_state((h), &i_));                \
		CHECK_EQ(i_.state, (want_state));                  \
		CHECK_EXIT(i_.status, (want_tag), (want_payload)); \
	} while (0)

KEEL_PROCESS_MAIN(returner)
{
	keel_sleep_until(keel_deadline_in(KEEL_MS(50)));
	return RETURNED;
}

KEEL_PROCESS_MAIN(asserter)
{
	int four = 4;

	KEEL_ASSERT(four == 4);
	KEEL_ASSERT(four + four == 9);
	KEEL_ERR("survived a failed KEEL_ASSERT");
	return 0;
}

static uint32_t helper_stack[128];

static void helper_main(void)
{
	sys_thread_exit(HELPER_CODE);
}

static void vectored_async_transact(void)
{
	static const char send_a[] = "ab", send_b[] = "cdefgh";
	char recv_a[3] = { 0 }, recv_b[5] = { 0 };
	const struct keel_iovec send[] = { { send_a, 2 }, { send_b, 6 } };
	const struct keel_iovec recv[] = { { recv_a, 3 }, { recv_b, 5 } };
	size_t len;

	CHECK_OK(sys_channel_async_transactv(HANDLE_SERVER, send, 2, recv, 2));
	CHECK_WAIT(HANDLE_SERVER, KEEL_SIGNAL_READABLE);
	CHECK_OK(sys_channel_async_transact_complete(HANDLE_SERVER, &len));
	CHECK_EQ(len, 8);
	CHECK(memcmp(recv_a, "efg", 3) == 0);
	CHECK(memcmp(recv_b, "habcd", 5) == 0);
}

static void vectored_debug_log(void)
{
	const struct keel_iovec parts[] = { { "vectored ", 9 },
					    { "debug_log ", 10 },
					    { "ok\n", 3 } };

	CHECK_OK(sys_debug_logv(parts, 3));
}

static void task_state_of_threads(void)
{
	struct keel_exit_status st;

	CHECK_TASK(HANDLE_MAIN, KEEL_TASK_RUNNING, 0, 0);
	CHECK_TASK(HANDLE_IDLE, KEEL_TASK_STOPPED, 0, 0);
	CHECK_OK(sys_thread_start(HANDLE_HELPER, helper_main,
				  helper_stack + sizeof(helper_stack) / sizeof(helper_stack[0])));
	CHECK_WAIT(HANDLE_HELPER, KEEL_SIGNAL_JOINABLE);
	CHECK_TASK(HANDLE_HELPER, KEEL_TASK_ENDED, KEEL_EXIT_SUCCESS, HELPER_CODE);
	CHECK_TASK(HANDLE_HELPER, KEEL_TASK_ENDED, KEEL_EXIT_SUCCESS, HELPER_CODE);
	CHECK_OK(sys_task_join(HANDLE_HELPER, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, HELPER_CODE);
	CHECK_TASK(HANDLE_HELPER, KEEL_TASK_STOPPED, 0, 0);
}

static void task_state_of_processes(void)
{
	struct keel_exit_status st;

	/* The returner sleeps before it returns: it is running now. */
	CHECK_TASK(HANDLE_RETURNER, KEEL_TASK_RUNNING, 0, 0);
	CHECK_WAIT(HANDLE_RETURNER, KEEL_SIGNAL_JOINABLE);
	/* Asking twice changes nothing; join still gets the status, and then it is gone. */
	CHECK_TASK(HANDLE_RETURNER, KEEL_TASK_ENDED, KEEL_EXIT_SUCCESS, RETURNED);
	CHECK_TASK(HANDLE_RETURNER, KEEL_TASK_ENDED, KEEL_EXIT_SUCCESS, RETURNED);
	CHECK_EQ(SIGNALS_NOW(HANDLE_RETURNER, KEEL_SIGNAL_JOINABLE), KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_RETURNER, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, RETURNED);
	CHECK_TASK(HANDLE_RETURNER, KEEL_TASK_STOPPED, 0, 0);

	/* KEEL_MAIN, the entry of a single-process app, returns its code too. */
	CHECK_WAIT(HANDLE_SINGLE, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_SINGLE, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, SINGLE_RETURNED);

	/* A failed assertion ends the asserter alone, with KEEL_EXIT_ASSERT_FAILED. */
	CHECK_WAIT(HANDLE_ASSERTER, KEEL_SIGNAL_JOINABLE);
	CHECK_TASK(HANDLE_ASSERTER, KEEL_TASK_ENDED, KEEL_EXIT_SUCCESS, KEEL_EXIT_ASSERT_FAILED);
	CHECK_OK(sys_task_join(HANDLE_ASSERTER, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, KEEL_EXIT_ASSERT_FAILED);

	/* Only tasks have a state; a handle past the table has nothing. */
	struct keel_task_info info;
	CHECK_STATUS(sys_task_state(HANDLE_SERVER, &info), KEEL_UNIMPLEMENTED);
	CHECK_STATUS(sys_task_state(0x7fff, &info), KEEL_OUT_OF_RANGE);
}

KEEL_PROCESS_MAIN(supervisor)
{
	task_state_of_processes();
	task_state_of_threads();
	vectored_async_transact();
	vectored_debug_log();
	PASS();
	return 1;
}
