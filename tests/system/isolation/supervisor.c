// SPDX-License-Identifier: Apache-2.0
/*
 * The isolation test's supervisor: every victim must end with UnhandledException and
 * the fault its access causes (twice: they are restarted once); the kernel must refuse
 * to touch memory that is not the caller's on its behalf; and the canary must still
 * be running with its pattern intact.
 */
#include <keel/string.h>
#include <check.h>
#include <supervisor_codegen.h>
#include <canary.h>

#include "arch.h"

/* Each victim faults RUNS times; ./keel soak builds this system with 1000. */
#ifndef RUNS
#define RUNS 2
#endif

struct victim {
	const char *name;
	keel_handle_t handle;
	uint32_t cause;
};

static const struct victim victims[] = {
	{ "read_kernel_flash", HANDLE_READ_KERNEL_FLASH, LOAD_FAULT },
	{ "write_kernel_ram", HANDLE_WRITE_KERNEL_RAM, STORE_FAULT },
	{ "read_other_ram", HANDLE_READ_OTHER_RAM, LOAD_FAULT },
	{ "write_other_ram", HANDLE_WRITE_OTHER_RAM, STORE_FAULT },
	{ "exec_own_ram", HANDLE_EXEC_OWN_RAM, FETCH_FAULT },
	{ "write_own_flash", HANDLE_WRITE_OWN_FLASH, STORE_FAULT },
	{ "stack_overflow", HANDLE_STACK_OVERFLOW, STACK_FAULT },
	{ "read_device", HANDLE_READ_DEVICE, LOAD_FAULT },
	{ "user_semihosting", HANDLE_USER_SEMIHOSTING, BREAKPOINT_FAULT },
};
#define VICTIMS (sizeof(victims) / sizeof(victims[0]))

static uint32_t pings;

/* The canary answers with its value, an intact pattern and the right ping count. */
static void ping_canary(void)
{
	canary_ping(HANDLE_PING, &pings);
	/* And it is still the same, running process. */
	CHECK_EQ(SIGNALS_NOW(HANDLE_CANARY, KEEL_SIGNAL_JOINABLE), 0);
	CHECK_STATUS(sys_task_join(HANDLE_CANARY, NULL), KEEL_UNAVAILABLE);
}

static void victims_fault(unsigned run)
{
	for (unsigned i = 0; i < VICTIMS; i++) {
		const struct victim *v = &victims[i];
		struct keel_exit_status st;
		CHECK_WAIT(v->handle, KEEL_SIGNAL_JOINABLE);
		CHECK_OK(sys_task_join(v->handle, &st));
		if (st.tag != KEEL_EXIT_UNHANDLED_EXCEPTION || st.payload != v->cause)
			CHECK_FAIL("%s ended with %s(%u), expected UnhandledException(%u)", v->name,
				   check_exit_tag_str(st.tag), (unsigned)st.payload,
				   (unsigned)v->cause);
		KEEL_INF("run %u: %s faulted (cause %u)", run, v->name, (unsigned)v->cause);
	}
}

/*
 * The kernel checks every buffer against the caller's own regions: it must not read
 * or write another process's or its own memory for a caller that could not.
 */
static void kernel_is_no_deputy(void)
{
	static uint32_t word;
	void *canary = (void *)(uintptr_t)CONST_CANARY_DATA;
	void *kernel_ram = (void *)(uintptr_t)KERNEL_RAM;
	void *kernel_flash = (void *)(uintptr_t)KERNEL_FLASH;
	void *own_code = (void *)(uintptr_t)ping_canary;
	size_t len;

	CHECK_STATUS(sys_debug_log(kernel_flash, 16), KEEL_PERMISSION_DENIED);
	CHECK_STATUS(sys_debug_log(kernel_ram, 16), KEEL_PERMISSION_DENIED);
	CHECK_STATUS(sys_debug_log(canary, 16), KEEL_PERMISSION_DENIED);
	/* Running past the end of its own RAM; wrapping around the address space. */
	CHECK_STATUS(sys_debug_log(&word, 0x10000), KEEL_PERMISSION_DENIED);
	CHECK_STATUS(sys_debug_log((void *)(uintptr_t)0xfffffff0u, 0x20), KEEL_PERMISSION_DENIED);
	/* A vector whose entry array is in kernel RAM. */
	CHECK_STATUS(sys_channel_transactv(HANDLE_PING, kernel_ram, 2, kernel_ram, 2,
					   keel_deadline_in(CHECK_PATIENCE), &len),
		     KEEL_PERMISSION_DENIED);
	CHECK_STATUS(sys_channel_transact(HANDLE_PING, canary, 4, &word, sizeof(word),
					  keel_deadline_in(CHECK_PATIENCE), &len),
		     KEEL_PERMISSION_DENIED);
	/* A response must not land in the canary, the kernel or read-only code. */
	CHECK_STATUS(sys_channel_transact(HANDLE_PING, &word, 4, canary, 16,
					  keel_deadline_in(CHECK_PATIENCE), &len),
		     KEEL_PERMISSION_DENIED);
	CHECK_STATUS(sys_channel_transact(HANDLE_PING, &word, 4, kernel_ram, 16,
					  keel_deadline_in(CHECK_PATIENCE), &len),
		     KEEL_PERMISSION_DENIED);
	CHECK_STATUS(sys_channel_transact(HANDLE_PING, &word, 4, own_code, 16,
					  keel_deadline_in(CHECK_PATIENCE), &len),
		     KEEL_PERMISSION_DENIED);
	/* A vector whose slice points at the canary. */
	const struct keel_iovec send[2] = { { &word, 4 }, { canary, 4 } };
	const struct keel_iovec recv[1] = { { &word, 4 } };
	CHECK_STATUS(sys_channel_transactv(HANDLE_PING, send, 2, recv, 1,
					   keel_deadline_in(CHECK_PATIENCE), &len),
		     KEEL_PERMISSION_DENIED);
	KEEL_INF("the kernel refuses buffers outside the caller's memory");
}

KEEL_PROCESS_ENTRY(supervisor)
{
	ping_canary();
	kernel_is_no_deputy();
	for (unsigned run = 0; run < RUNS; run++) {
		victims_fault(run);
		ping_canary();
		for (unsigned i = 0; i < VICTIMS; i++)
			CHECK_OK(sys_process_start(victims[i].handle));
	}
	for (unsigned i = 0; i < VICTIMS; i++)
		CHECK_OK(sys_task_terminate(victims[i].handle));
	ping_canary();
	KEEL_INF("canary still running, its value and pattern intact after %u pings",
		 (unsigned)pings);
	PASS();
}
