// SPDX-License-Identifier: Apache-2.0
/*
 * The adventure's supervisor: waits on both process objects through a wait group,
 * joins whichever exits, logs how, and restarts it, unless the game exited
 * successfully, which shuts the system down.
 */
#include <keel/keel.h>
#include <supervisor_codegen.h>

#define SUPERVISOR_TIMEOUT KEEL_SECONDS(15)

static const char *process_name(uint32_t handle)
{
	return handle == HANDLE_UART_DRIVER_PROCESS ? CONST_DRIVER_NAME : CONST_GAME_NAME;
}

static void log_exit_status(uint32_t handle, struct keel_exit_status st)
{
	const char *name = process_name(handle);

	switch (st.tag) {
	case KEEL_EXIT_SUCCESS:
		KEEL_INF("Process '%s' exited with Success(%u)", name, (unsigned)st.payload);
		break;
	case KEEL_EXIT_UNHANDLED_EXCEPTION:
		KEEL_WRN("Process '%s' exited with UnhandledException(cause %u)", name,
			 (unsigned)st.payload);
		break;
	case KEEL_EXIT_TERMINATED_BY_SYSCALL:
		KEEL_WRN("Process '%s' exited with TerminatedBySyscall", name);
		break;
	case KEEL_EXIT_TERMINATED_BY_KERNEL:
		KEEL_WRN("Process '%s' exited with TerminatedByKernel", name);
		break;
	default:
		KEEL_WRN("Process '%s' exited with status %u/%u", name, (unsigned)st.tag,
			 (unsigned)st.payload);
	}
}

/* Returns OK on the game's successful exit, an error status on failures. */
static enum keel_status run_supervisor(void)
{
	enum keel_status s;

	/* Both children in the wait group, with their handles as user_data. */
	s = sys_wait_group_add(HANDLE_MAIN_LOOP_WAIT_GROUP, HANDLE_UART_DRIVER_PROCESS,
			       KEEL_SIGNAL_JOINABLE, HANDLE_UART_DRIVER_PROCESS);
	if (s != KEEL_OK)
		return s;
	s = sys_wait_group_add(HANDLE_MAIN_LOOP_WAIT_GROUP, HANDLE_ADVENTURE_GAME_PROCESS,
			       KEEL_SIGNAL_JOINABLE, HANDLE_ADVENTURE_GAME_PROCESS);
	if (s != KEEL_OK)
		return s;

	for (;;) {
		/* Wait for a process to become joinable; the timeout could pet a watchdog. */
		keel_instant_t deadline = keel_deadline_in(SUPERVISOR_TIMEOUT);
		struct keel_wait_result wait;
		s = sys_object_wait(HANDLE_MAIN_LOOP_WAIT_GROUP, KEEL_SIGNAL_READABLE, deadline,
				    &wait);
		if (s == KEEL_DEADLINE_EXCEEDED)
			continue;
		if (s != KEEL_OK)
			return s;
		uint32_t triggered = wait.user_data;

		struct keel_exit_status status;
		s = sys_task_join(triggered, &status);
		if (s != KEEL_OK)
			return s;
		log_exit_status(triggered, status);

		if (triggered == HANDLE_ADVENTURE_GAME_PROCESS && status.tag == KEEL_EXIT_SUCCESS) {
			KEEL_INF("Supervisor shutting down system due to successful game exit.");
			return KEEL_OK;
		}

		KEEL_WRN("Process '%s' exited, restarting...", process_name(triggered));
		s = sys_process_start(triggered);
		if (s != KEEL_OK) {
			KEEL_ERR("Failed to restart process '%s': %s", process_name(triggered),
				 keel_status_str(s));
			return s;
		}
	}
}

KEEL_ENTRY()
{
	enum keel_status s = run_supervisor();

	if (s != KEEL_OK)
		KEEL_ERR("supervisor failed: %s", keel_status_str(s));
	sys_debug_shutdown(s);
}
