/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief Exit status of a thread or process, as task_join returns it: (tag, payload).
 */
#ifndef KEEL_EXIT_STATUS_H
#define KEEL_EXIT_STATUS_H

/** How a task ended: struct keel_exit_status's tag. */
enum keel_exit_tag {
	KEEL_EXIT_NONE = 0, /**< no status (the join failed) */
	KEEL_EXIT_SUCCESS = 1, /**< it exited; payload: the exit code */
	/** it faulted; payload: mcause (rv32) or fault status (M33) */
	KEEL_EXIT_UNHANDLED_EXCEPTION = 2,
	KEEL_EXIT_TERMINATED_BY_SYSCALL = 3, /**< task_terminate ended it */
	KEEL_EXIT_TERMINATED_BY_KERNEL = 4, /**< the kernel ended it */
	KEEL_EXIT_PROCESS_TERMINATED = 5, /**< a thread's status when its process ended */
};

#endif /* KEEL_EXIT_STATUS_H */
