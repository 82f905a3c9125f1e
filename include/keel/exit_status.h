/* SPDX-License-Identifier: Apache-2.0 */
/* Exit status of a thread or process, as task_join returns it: (tag, payload). */
#ifndef KEEL_EXIT_STATUS_H
#define KEEL_EXIT_STATUS_H

enum keel_exit_tag {
	KEEL_EXIT_NONE = 0,
	KEEL_EXIT_SUCCESS = 1, /* payload: the exit code */
	KEEL_EXIT_UNHANDLED_EXCEPTION = 2, /* payload: mcause (rv32) or fault status (M33) */
	KEEL_EXIT_TERMINATED_BY_SYSCALL = 3,
	KEEL_EXIT_TERMINATED_BY_KERNEL = 4,
	KEEL_EXIT_PROCESS_TERMINATED = 5, /* a thread's status when its process died */
};

#endif /* KEEL_EXIT_STATUS_H */
