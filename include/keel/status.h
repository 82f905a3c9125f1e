/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief Status codes: pw_status's canonical numbers, shared by kernel and userspace.
 */
#ifndef KEEL_STATUS_H
#define KEEL_STATUS_H

/** What a call returns: KEEL_OK or why it failed (doc/system-model.md). */
enum keel_status {
	KEEL_OK = 0, /**< done */
	KEEL_CANCELLED = 1, /**< the operation was cancelled */
	KEEL_UNKNOWN = 2, /**< an unknown error */
	KEEL_INVALID_ARGUMENT = 3, /**< an argument no call state makes valid */
	KEEL_DEADLINE_EXCEEDED = 4, /**< the deadline passed first */
	KEEL_NOT_FOUND = 5, /**< no such thing (e.g. not a wait group's member) */
	KEEL_ALREADY_EXISTS = 6, /**< already there (e.g. a task that is not stopped) */
	KEEL_PERMISSION_DENIED = 7, /**< not allowed: memory not the caller's, a grant missing */
	KEEL_RESOURCE_EXHAUSTED = 8, /**< no room (e.g. an object already in a wait group) */
	KEEL_FAILED_PRECONDITION = 9, /**< the object's state does not allow the call */
	KEEL_ABORTED = 10, /**< aborted */
	KEEL_OUT_OF_RANGE = 11, /**< past an end (a handle, an offset, a buffer) */
	KEEL_UNIMPLEMENTED = 12, /**< not a call this object (or the kernel) has */
	KEEL_INTERNAL = 13, /**< an internal error */
	KEEL_UNAVAILABLE = 14, /**< not now (no transaction, the peer gone, still running) */
	KEEL_DATA_LOSS = 15, /**< data was lost */
	KEEL_UNAUTHENTICATED = 16, /**< unauthenticated */
};

#endif /* KEEL_STATUS_H */
