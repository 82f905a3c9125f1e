/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file
 * @brief The syscalls, one wrapper each.
 *
 * Each wrapper returns a keel_status and gives its results through out-parameters
 * (any out pointer may be NULL). Handles are the HANDLE_* constants of the process's
 * generated `<process>_codegen.h`. doc/syscalls.md says every call's results in full.
 */
#ifndef KEEL_SYSCALL_H
#define KEEL_SYSCALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdnoreturn.h>
#include <keel/exit_status.h>
#include <keel/signals.h>
#include <keel/status.h>
#include <keel/syscall_ids.h>

/** An index in the calling process's object table (a generated HANDLE_* constant). */
typedef uint32_t keel_handle_t;
/** A set of signals (KEEL_SIGNAL_* bits). */
typedef uint32_t keel_signals_t;
/** An absolute time in ticks of the system clock (see keel/time.h). */
typedef uint64_t keel_instant_t;

/** A deadline that never passes. */
#define KEEL_FOREVER UINT64_MAX

/** One slice of a vectored buffer (the wrappers pass -count as the length). */
struct keel_iovec {
	const void *base; /**< the slice's first byte */
	size_t len; /**< its length in bytes */
};

/** What sys_object_wait() woke for. */
struct keel_wait_result {
	uint32_t user_data; /**< the member's user_data (a wait group), else 0 */
	keel_signals_t pending_signals; /**< the signals of the mask that are raised */
};

/** How a thread or process ended, as sys_task_join() returns it. */
struct keel_exit_status {
	uint32_t tag; /**< an enum keel_exit_tag */
	uint32_t payload; /**< the exit code, or the fault's cause (see enum keel_exit_tag) */
};

/** The two result words of a raw syscall. */
struct keel_sysret {
	uint32_t r0; /**< the first result word (a value, or a negated status) */
	uint32_t r1; /**< the second result word */
};

/** What sys_task_state() reports (a Keel extension). */
enum keel_task_state {
	KEEL_TASK_STOPPED = 0, /**< never started, or ended and joined */
	KEEL_TASK_RUNNING = 1, /**< started (a process: or being started) and not ended */
	KEEL_TASK_ENDED = 2, /**< ended, not joined yet: status holds how */
};

/** A task's state as sys_task_state() returns it. */
struct keel_task_info {
	uint32_t state; /**< an enum keel_task_state */
	struct keel_exit_status status; /**< how it ended; {0, 0} unless ENDED */
};

/** @cond INTERNAL (the raw syscall; the sys_* wrappers are the interface to use) */
#if defined(__riscv)
/**
 * @brief A raw syscall; the sys_* wrappers are the interface to use.
 *
 * ecall: id in t0, arguments in a0..a6, results in a0 and a1. Every other caller-saved
 * register but ra is clobbered (the kernel's syscall entry does not save them; they
 * come back zero); ra, the callee-saved registers, sp, gp and tp are preserved. A call
 * with fewer arguments sets only their registers (the kernel reads no others).
 */
#define KEEL_CLOBBERS "memory", "t1", "t2", "t3", "t4", "t5", "t6", "a7"
#define KEEL_ID_REG "t0"
#define KEEL_R0 "a0"
#define KEEL_R1 "a1"
#define KEEL_TRAP "ecall"
#define KEEL_ID_OPERAND "+r"(t0)
#define KEEL_ARGS_CLOBBER_FROM_2 , "a2", "a3", "a4", "a5", "a6"
#define KEEL_ARGS_CLOBBER_FROM_4 , "a4", "a5", "a6"
#define KEEL_R2 "a2"
#define KEEL_R3 "a3"
#elif defined(__arm__)
/*
 * svc 0: id in r12, arguments in r0..r6, results in r0 and r1; every other register
 * is preserved (the exception return restores r2, r3 and r12 as stacked).
 */
#define KEEL_CLOBBERS "memory"
#define KEEL_ID_REG "r12"
#define KEEL_R0 "r0"
#define KEEL_R1 "r1"
#define KEEL_TRAP "svc 0"
#define KEEL_ID_OPERAND "+r"(t0)
#define KEEL_ARGS_CLOBBER_FROM_2
#define KEEL_ARGS_CLOBBER_FROM_4
#define KEEL_R2 "r2"
#define KEEL_R3 "r3"
#endif

#if defined(__riscv) || defined(__arm__)
#define KEEL_REGS                                        \
	register uintptr_t t0 __asm__(KEEL_ID_REG) = id; \
	register uintptr_t r0 __asm__(KEEL_R0) = a0;     \
	register uintptr_t r1 __asm__(KEEL_R1) = a1

/* With two arguments or fewer (a0/a1 are the results in any case). */
static inline struct keel_sysret keel_syscall2(uint32_t id, uintptr_t a0, uintptr_t a1)
{
	KEEL_REGS;
	__asm__ volatile(KEEL_TRAP
			 : "+r"(r0), "+r"(r1), KEEL_ID_OPERAND
			 :
			 : KEEL_CLOBBERS KEEL_ARGS_CLOBBER_FROM_2);
	return (struct keel_sysret){ r0, r1 };
}

/* Without arguments: a0/a1 are not set at all. */
static inline struct keel_sysret keel_syscall0(uint32_t id)
{
	register uintptr_t t0 __asm__(KEEL_ID_REG) = id;
	register uintptr_t r0 __asm__(KEEL_R0);
	register uintptr_t r1 __asm__(KEEL_R1);
	__asm__ volatile(KEEL_TRAP
			 : "=r"(r0), "=r"(r1), KEEL_ID_OPERAND
			 :
			 : KEEL_CLOBBERS KEEL_ARGS_CLOBBER_FROM_2);
	return (struct keel_sysret){ r0, r1 };
}

static inline struct keel_sysret keel_syscall4(uint32_t id, uintptr_t a0, uintptr_t a1,
					       uintptr_t a2, uintptr_t a3)
{
	KEEL_REGS;
	register uintptr_t r2 __asm__(KEEL_R2) = a2;
	register uintptr_t r3 __asm__(KEEL_R3) = a3;
	__asm__ volatile(KEEL_TRAP
			 : "+r"(r0), "+r"(r1), KEEL_ID_OPERAND, "+r"(r2), "+r"(r3)
			 :
			 : KEEL_CLOBBERS KEEL_ARGS_CLOBBER_FROM_4);
	return (struct keel_sysret){ r0, r1 };
}
#endif

#if defined(__riscv)
static inline struct keel_sysret keel_syscall(uint32_t id, uintptr_t a0, uintptr_t a1, uintptr_t a2,
					      uintptr_t a3, uintptr_t a4, uintptr_t a5,
					      uintptr_t a6)
{
	register uintptr_t t0 __asm__("t0") = id;
	register uintptr_t r0 __asm__("a0") = a0;
	register uintptr_t r1 __asm__("a1") = a1;
	register uintptr_t r2 __asm__("a2") = a2;
	register uintptr_t r3 __asm__("a3") = a3;
	register uintptr_t r4 __asm__("a4") = a4;
	register uintptr_t r5 __asm__("a5") = a5;
	register uintptr_t r6 __asm__("a6") = a6;
	__asm__ volatile("ecall"
			 : "+r"(r0), "+r"(r1), "+r"(t0), "+r"(r2), "+r"(r3), "+r"(r4), "+r"(r5),
			   "+r"(r6)
			 :
			 : "memory", "t1", "t2", "t3", "t4", "t5", "t6", "a7");
	return (struct keel_sysret){ r0, r1 };
}
#elif defined(__arm__)
static inline struct keel_sysret keel_syscall(uint32_t id, uintptr_t a0, uintptr_t a1, uintptr_t a2,
					      uintptr_t a3, uintptr_t a4, uintptr_t a5,
					      uintptr_t a6)
{
	register uintptr_t ip __asm__("r12") = id;
	register uintptr_t r0 __asm__("r0") = a0;
	register uintptr_t r1 __asm__("r1") = a1;
	register uintptr_t r2 __asm__("r2") = a2;
	register uintptr_t r3 __asm__("r3") = a3;
	register uintptr_t r4 __asm__("r4") = a4;
	register uintptr_t r5 __asm__("r5") = a5;
	register uintptr_t r6 __asm__("r6") = a6;
	__asm__ volatile("svc 0"
			 : "+r"(r0), "+r"(r1)
			 : "r"(ip), "r"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r6)
			 : "memory");
	return (struct keel_sysret){ r0, r1 };
}
#else
/**
 * @brief A raw syscall; the sys_* wrappers are the interface to use.
 *
 * rv32 traps with ecall (id in t0, arguments in a0..a6, results in a0 and a1), the
 * M33 with svc 0 (id in r12, arguments in r0..r6, results in r0 and r1). Host builds
 * of user code (unit tests) supply their own.
 */
struct keel_sysret keel_syscall(uint32_t id, uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3,
				uintptr_t a4, uintptr_t a5, uintptr_t a6);
#define keel_syscall0(id) keel_syscall(id, 0, 0, 0, 0, 0, 0, 0)
#define keel_syscall2(id, a0, a1) keel_syscall(id, a0, a1, 0, 0, 0, 0, 0)
#define keel_syscall4(id, a0, a1, a2, a3) keel_syscall(id, a0, a1, a2, a3, 0, 0, 0)
#endif

/** @endcond */

/**
 * KEEL_SYSCALL(id, args...): a raw syscall with up to seven arguments, through the
 * narrowest trap that carries them, so that a call sets no register it does not use.
 */
#define KEEL_SYSCALL(...)                                                                 \
	KEEL_SYSCALL_PICK(__VA_ARGS__, keel_syscall_7, keel_syscall_6, keel_syscall_5,    \
			  keel_syscall_4, keel_syscall_3, keel_syscall_2, keel_syscall_1, \
			  keel_syscall_0, )                                               \
	(__VA_ARGS__)
/** @cond INTERNAL */
#define KEEL_SYSCALL_PICK(id, a0, a1, a2, a3, a4, a5, a6, f, ...) f
#define KEEL_U(x) ((uintptr_t)(x))
#define keel_syscall_0(id) keel_syscall0(id)
#define keel_syscall_1(id, a0) keel_syscall2(id, KEEL_U(a0), 0)
#define keel_syscall_2(id, a0, a1) keel_syscall2(id, KEEL_U(a0), KEEL_U(a1))
#define keel_syscall_3(id, a0, a1, a2) keel_syscall4(id, KEEL_U(a0), KEEL_U(a1), KEEL_U(a2), 0)
#define keel_syscall_4(id, a0, a1, a2, a3) \
	keel_syscall4(id, KEEL_U(a0), KEEL_U(a1), KEEL_U(a2), KEEL_U(a3))
#define keel_syscall_5(id, a0, a1, a2, a3, a4) \
	keel_syscall(id, KEEL_U(a0), KEEL_U(a1), KEEL_U(a2), KEEL_U(a3), KEEL_U(a4), 0, 0)
#define keel_syscall_6(id, a0, a1, a2, a3, a4, a5) \
	keel_syscall(id, KEEL_U(a0), KEEL_U(a1), KEEL_U(a2), KEEL_U(a3), KEEL_U(a4), KEEL_U(a5), 0)
#define keel_syscall_7(id, a0, a1, a2, a3, a4, a5, a6)                                           \
	keel_syscall(id, KEEL_U(a0), KEEL_U(a1), KEEL_U(a2), KEEL_U(a3), KEEL_U(a4), KEEL_U(a5), \
		     KEEL_U(a6))
/** @endcond */

/**
 * A result word: >= 0 a value, stored in *value; < 0 the negated status (*value is
 * then 0).
 */
static inline enum keel_status keel_result(struct keel_sysret r, size_t *value)
{
	int32_t v = (int32_t)r.r0;

	if (value)
		*value = v < 0 ? 0 : (size_t)v;
	return v < 0 ? (enum keel_status) - v : KEEL_OK;
}

/** The low word of a 64-bit argument (a deadline). */
#define KEEL_LO(t) ((uint32_t)(t))
/** The high word of a 64-bit argument (a deadline). */
#define KEEL_HI(t) ((uint32_t)((uint64_t)(t) >> 32))

/**
 * Sends a request on channel initiator h and waits for its response.
 *
 * Parks until the handler responds or the deadline passes (DEADLINE_EXCEEDED, also
 * at once for a deadline already past); UNAVAILABLE when the handler's process is
 * joined meanwhile.
 * Out: recv_count, the response's length.
 */
static inline enum keel_status sys_channel_transact(keel_handle_t h, const void *send,
						    size_t send_len, void *recv, size_t recv_len,
						    keel_instant_t deadline, size_t *recv_count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_TRANSACT, h, send, send_len, recv,
					recv_len, KEEL_LO(deadline), KEEL_HI(deadline)),
			   recv_count);
}

/**
 * sys_channel_transact() with vectored buffers: send_count and recv_count slices.
 * Out: received, the response's length.
 */
static inline enum keel_status sys_channel_transactv(keel_handle_t h, const struct keel_iovec *send,
						     size_t send_count,
						     const struct keel_iovec *recv,
						     size_t recv_count, keel_instant_t deadline,
						     size_t *received)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_TRANSACT, h, send, -(intptr_t)send_count,
					recv, -(intptr_t)recv_count, KEEL_LO(deadline),
					KEEL_HI(deadline)),
			   received);
}

/**
 * Starts a transaction on channel initiator h without waiting; READABLE on h says
 * when it is responded (then sys_channel_async_transact_complete()). UNAVAILABLE
 * while one is active; both buffers must stay valid until it completes.
 */
static inline enum keel_status sys_channel_async_transact(keel_handle_t h, const void *send,
							  size_t send_len, void *recv,
							  size_t recv_len)
{
	return keel_result(
		KEEL_SYSCALL(KEEL_SYS_CHANNEL_ASYNC_TRANSACT, h, send, send_len, recv, recv_len),
		NULL);
}

/** sys_channel_async_transact() with send_count and recv_count slices. */
static inline enum keel_status
sys_channel_async_transactv(keel_handle_t h, const struct keel_iovec *send, size_t send_count,
			    const struct keel_iovec *recv, size_t recv_count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_ASYNC_TRANSACT, h, send,
					-(intptr_t)send_count, recv, -(intptr_t)recv_count),
			   NULL);
}

/**
 * Completes the responded transaction of sys_channel_async_transact().
 * UNAVAILABLE until the handler has responded.
 * Out: recv_count, the response's length.
 */
static inline enum keel_status sys_channel_async_transact_complete(keel_handle_t h,
								   size_t *recv_count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, h), recv_count);
}

/**
 * Drops the pending or responded transaction of initiator h (UNAVAILABLE when idle).
 * A thread parked in a synchronous transact on h gets CANCELLED.
 */
static inline enum keel_status sys_channel_async_cancel(keel_handle_t h)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_ASYNC_CANCEL, h), NULL);
}

/**
 * Copies up to len bytes of the pending request on channel handler h, from offset.
 * Never blocks: UNAVAILABLE without a pending transaction, OUT_OF_RANGE when offset
 * is past the request's end.
 * Out: count, the bytes copied (0 at the request's end).
 */
static inline enum keel_status sys_channel_read(keel_handle_t h, size_t offset, void *buf,
						size_t len, size_t *count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_READ, h, offset, buf, len), count);
}

/**
 * sys_channel_read() into n slices.
 * Out: count, the bytes copied.
 */
static inline enum keel_status sys_channel_readv(keel_handle_t h, size_t offset,
						 const struct keel_iovec *v, size_t n,
						 size_t *count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_READ, h, offset, v, -(intptr_t)n), count);
}

/**
 * Responds to the pending request on channel handler h, ending the transaction.
 * OUT_OF_RANGE (the transaction stays pending) when longer than the initiator's
 * receive buffer.
 */
static inline enum keel_status sys_channel_respond(keel_handle_t h, const void *buf, size_t len)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_RESPOND, h, buf, len), NULL);
}

/** sys_channel_respond() from n slices. */
static inline enum keel_status sys_channel_respondv(keel_handle_t h, const struct keel_iovec *v,
						    size_t n)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_RESPOND, h, v, -(intptr_t)n), NULL);
}

/**
 * Clears the INTERRUPT bits of mask on interrupt object h and unmasks those IRQs;
 * an empty mask or bits outside the object's IRQs are INVALID_ARGUMENT.
 */
static inline enum keel_status sys_interrupt_ack(keel_handle_t h, keel_signals_t mask)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_INTERRUPT_ACK, h, mask), NULL);
}

/**
 * Waits until object h raises a signal of mask, or the deadline passes
 * (DEADLINE_EXCEEDED). On a wait group: until a member raises one of the signals it
 * was added with. An empty mask only sleeps (see keel_sleep_until()); bits 4..14 or
 * 31 are INVALID_ARGUMENT.
 * Out: result, what woke it.
 */
static inline enum keel_status sys_object_wait(keel_handle_t h, keel_signals_t mask,
					       keel_instant_t deadline,
					       struct keel_wait_result *result)
{
	struct keel_sysret r =
		KEEL_SYSCALL(KEEL_SYS_OBJECT_WAIT, h, mask, KEEL_LO(deadline), KEEL_HI(deadline));
	bool failed = (r.r1 & KEEL_SIGNAL_ERROR_FLAG) != 0;

	if (result) {
		result->user_data = failed ? 0 : r.r0;
		result->pending_signals = failed ? 0 : r.r1;
	}
	return failed ? (enum keel_status)r.r0 : KEEL_OK;
}

/** Ends the calling process with Success(code); all its threads stop. */
static inline noreturn void sys_process_exit(uint32_t code)
{
	KEEL_SYSCALL(KEEL_SYS_PROCESS_EXIT, code);
	__builtin_unreachable();
}

/**
 * Starts process object h from its image: RAM zeroed, .data copied, the main thread
 * at the entry. ALREADY_EXISTS unless the process is stopped (a process that ended
 * must be joined first).
 */
static inline enum keel_status sys_process_start(keel_handle_t h)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_PROCESS_START, h), NULL);
}

/**
 * Raises (set true) or lowers USER on the other end of channel end h.
 * FAILED_PRECONDITION for a handler that no initiator names.
 */
static inline enum keel_status sys_object_set_peer_user_signal(keel_handle_t h, bool set)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, h, set), NULL);
}

/**
 * Collects how thread or process h ended and makes it stopped (startable again).
 * UNAVAILABLE while it runs; FAILED_PRECONDITION when it is stopped already.
 * Out: status, its exit status.
 */
static inline enum keel_status sys_task_join(keel_handle_t h, struct keel_exit_status *status)
{
	struct keel_sysret r = KEEL_SYSCALL(KEEL_SYS_TASK_JOIN, h);
	bool failed = (int32_t)r.r0 < 0;

	if (status) {
		status->tag = failed ? KEEL_EXIT_NONE : r.r0;
		status->payload = failed ? 0 : r.r1;
	}
	return failed ? (enum keel_status)(-(int32_t)r.r0) : KEEL_OK;
}

/**
 * A Keel extension: the state of a thread or process without joining it (its status
 * and JOINABLE stay for task_join). The kernel returns {state | tag << 8, payload}.
 */
static inline enum keel_status sys_task_state(keel_handle_t h, struct keel_task_info *info)
{
	struct keel_sysret r = KEEL_SYSCALL(KEEL_SYS_TASK_STATE, h);

	if ((int32_t)r.r0 < 0)
		return (enum keel_status)(-(int32_t)r.r0);
	info->state = r.r0 & 0xffu;
	info->status.tag = r.r0 >> 8;
	info->status.payload = r.r1;
	return KEEL_OK;
}

/**
 * Ends thread or process h (TerminatedBySyscall); JOINABLE is raised when it has
 * ended. FAILED_PRECONDITION only when it is stopped.
 */
static inline enum keel_status sys_task_terminate(keel_handle_t h)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_TASK_TERMINATE, h), NULL);
}

/**
 * Ends the calling thread with Success(code); the last live thread of a process ends
 * the process with the same status.
 */
static inline noreturn void sys_thread_exit(uint32_t code)
{
	KEEL_SYSCALL(KEEL_SYS_THREAD_EXIT, code);
	__builtin_unreachable();
}

/**
 * Starts thread object h of the calling process at entry with stack_top as its
 * stack pointer. PERMISSION_DENIED for another process's thread, an entry outside
 * executable memory or a stack outside writable memory; ALREADY_EXISTS unless the
 * thread is stopped.
 */
static inline enum keel_status sys_thread_start(keel_handle_t h, void (*entry)(void),
						void *stack_top)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_THREAD_START, h, entry, stack_top), NULL);
}

/**
 * Adds object h to wait group wg: sys_object_wait() on wg then wakes when h raises a
 * signal of mask, returning user_data. RESOURCE_EXHAUSTED when h is in a group
 * already; INVALID_ARGUMENT for a wait group as member or an invalid mask.
 */
static inline enum keel_status sys_wait_group_add(keel_handle_t wg, keel_handle_t h,
						  keel_signals_t mask, uint32_t user_data)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_WAIT_GROUP_ADD, wg, h, mask, user_data), NULL);
}

/** Removes h from wait group wg (NOT_FOUND unless it is a member). */
static inline enum keel_status sys_wait_group_remove(keel_handle_t wg, keel_handle_t h)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_WAIT_GROUP_REMOVE, wg, h), NULL);
}

/** Writes one byte to the console, as sys_debug_log() does (grant debug_putc). */
static inline void sys_debug_putc(char c)
{
	KEEL_SYSCALL(KEEL_SYS_DEBUG_PUTC, (unsigned char)c);
}

/**
 * Ends the whole system: 0 is success (the emulator exits 0). A process without the
 * debug_shutdown grant is refused (PERMISSION_DENIED): it then ends itself instead,
 * with the same code, so that the call never returns.
 */
static inline noreturn void sys_debug_shutdown(uint32_t code)
{
	KEEL_SYSCALL(KEEL_SYS_DEBUG_SHUTDOWN, code);
	sys_process_exit(code);
}

/**
 * Writes len bytes to the console, each line prefixed with `[<process>] ` (grant
 * debug_log). Most code logs with KEEL_INF() and its kin instead.
 */
static inline enum keel_status sys_debug_log(const void *buf, size_t len)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_LOG, buf, len), NULL);
}

/** One log line from the pieces of a vector (at most 16), printed in order. */
static inline enum keel_status sys_debug_logv(const struct keel_iovec *v, size_t n)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_LOG, v, -(intptr_t)n), NULL);
}

/** Does nothing: the cheapest round trip through the kernel. */
static inline enum keel_status sys_debug_nop(void)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_NOP), NULL);
}

/**
 * Makes IRQ irq pending, as if the device had raised it: one of the caller's own
 * interrupt objects' IRQs (grant debug_trigger_interrupt).
 */
static inline enum keel_status sys_debug_trigger_interrupt(uint32_t irq)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, irq), NULL);
}

/** The system clock's ticks since boot; keel_now() is the usual spelling. */
static inline keel_instant_t sys_debug_clock_now(void)
{
	struct keel_sysret r = KEEL_SYSCALL(KEEL_SYS_DEBUG_CLOCK_NOW);

	return ((uint64_t)r.r1 << 32) | r.r0;
}

/**
 * Keel extension: respond on h with buf (len KEEL_NO_RESPONSE: no response), then wait
 * on wait_h as sys_object_wait does, in one call. Nothing is done when the respond or
 * the wait refuses its arguments; KEEL_DEADLINE_EXCEEDED comes after the respond.
 */
static inline enum keel_status sys_channel_respond_and_wait(keel_handle_t h, const void *buf,
							    size_t len, keel_handle_t wait_h,
							    keel_signals_t mask,
							    keel_instant_t deadline,
							    struct keel_wait_result *result)
{
	struct keel_sysret r = KEEL_SYSCALL(KEEL_SYS_CHANNEL_RESPOND_AND_WAIT, h, buf, len, wait_h,
					    mask, KEEL_LO(deadline), KEEL_HI(deadline));
	bool failed = (r.r1 & KEEL_SIGNAL_ERROR_FLAG) != 0;

	if (result) {
		result->user_data = failed ? 0 : r.r0;
		result->pending_signals = failed ? 0 : r.r1;
	}
	return failed ? (enum keel_status)r.r0 : KEEL_OK;
}

/**
 * Keel extension: respond on h (as above), then wait for h's next request and receive
 * it into recv: *received bytes were copied (what one kernel entry copies; the rest,
 * up to *request_size, is read with sys_channel_read from offset *received).
 */
static inline enum keel_status
sys_channel_respond_and_receive(keel_handle_t h, const void *buf, size_t len, void *recv,
				size_t recv_len, keel_instant_t deadline, size_t *received,
				size_t *request_size)
{
	struct keel_sysret r = KEEL_SYSCALL(KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE, h, buf, len, recv,
					    recv_len, KEEL_LO(deadline), KEEL_HI(deadline));
	bool failed = (r.r1 & KEEL_SIGNAL_ERROR_FLAG) != 0;

	if (received)
		*received = failed ? 0 : r.r0;
	if (request_size)
		*request_size = failed ? 0 : r.r1;
	return failed ? (enum keel_status)r.r0 : KEEL_OK;
}

/**
 * Keel extension: a short register message, at most 16 bytes (KEEL_SHORT_MESSAGE_MAX)
 * in four words, in memory order (byte 0 is the low byte of w[0]). The short calls
 * need `kernel: { short_messages: true }` in the system.json5; without it they return
 * UNIMPLEMENTED.
 */
struct keel_short_message {
	uint32_t len; /**< bytes; KEEL_NO_RESPONSE: none (the handler's first call) */
	uint32_t w[4]; /**< the bytes; past len they read as zero when received */
};

/** @cond INTERNAL */
#if defined(__riscv)
/* Five results: a0..a4. */
static inline int32_t keel_syscall_short(uint32_t id, uint32_t tag, uint32_t w[4],
					 keel_instant_t deadline)
{
	register uintptr_t t0 __asm__("t0") = id;
	register uintptr_t r0 __asm__("a0") = tag;
	register uintptr_t r1 __asm__("a1") = w[0];
	register uintptr_t r2 __asm__("a2") = w[1];
	register uintptr_t r3 __asm__("a3") = w[2];
	register uintptr_t r4 __asm__("a4") = w[3];
	register uintptr_t r5 __asm__("a5") = KEEL_LO(deadline);
	register uintptr_t r6 __asm__("a6") = KEEL_HI(deadline);
	__asm__ volatile("ecall"
			 : "+r"(r0), "+r"(r1), "+r"(t0), "+r"(r2), "+r"(r3), "+r"(r4), "+r"(r5),
			   "+r"(r6)
			 :
			 : "memory", "t1", "t2", "t3", "t4", "t5", "t6", "a7");
	if ((int32_t)r0 >= 0) {
		w[0] = r1;
		w[1] = r2;
		w[2] = r3;
		w[3] = r4;
	}
	return (int32_t)r0;
}
#elif defined(__arm__)
/* Five results: r0..r3 and r12 (the id's register). */
static inline int32_t keel_syscall_short(uint32_t id, uint32_t tag, uint32_t w[4],
					 keel_instant_t deadline)
{
	register uintptr_t ip __asm__("r12") = id;
	register uintptr_t r0 __asm__("r0") = tag;
	register uintptr_t r1 __asm__("r1") = w[0];
	register uintptr_t r2 __asm__("r2") = w[1];
	register uintptr_t r3 __asm__("r3") = w[2];
	register uintptr_t r4 __asm__("r4") = w[3];
	register uintptr_t r5 __asm__("r5") = KEEL_LO(deadline);
	register uintptr_t r6 __asm__("r6") = KEEL_HI(deadline);
	__asm__ volatile("svc 0"
			 : "+r"(r0), "+r"(r1), "+r"(r2), "+r"(r3), "+r"(ip)
			 : "r"(r4), "r"(r5), "r"(r6)
			 : "memory");
	if ((int32_t)r0 >= 0) {
		w[0] = r1;
		w[1] = r2;
		w[2] = r3;
		w[3] = ip;
	}
	return (int32_t)r0;
}
#else
int32_t keel_syscall_short(uint32_t id, uint32_t tag, uint32_t w[4], keel_instant_t deadline);
#endif
/** @endcond */

/**
 * Keel extension: sys_channel_transact with the request and the response in registers
 * (no buffers). In: m's len (at most 16) bytes; out, on success: the response, its
 * length in m->len. On an error *m is unchanged. Errors as sys_channel_transact's, and
 * INVALID_ARGUMENT for a length above 16.
 */
static inline enum keel_status
sys_channel_transact_short(keel_handle_t h, struct keel_short_message *m, keel_instant_t deadline)
{
	int32_t r = keel_syscall_short(KEEL_SYS_CHANNEL_TRANSACT_SHORT, KEEL_SHORT_TAG(h, m->len),
				       m->w, deadline);

	if (r < 0)
		return (enum keel_status) - r;
	m->len = (uint32_t)r;
	return KEEL_OK;
}

/**
 * Keel extension: respond on h with m (m->len KEEL_NO_RESPONSE: no response), then
 * wait for h's next request and receive it into m: m->len its full size, m->w its
 * first 16 bytes (a longer one's rest is read with sys_channel_read from offset 16).
 * On an error *m is unchanged: OUT_OF_RANGE (the response does not fit the initiator's
 * buffer) and UNAVAILABLE (no transaction) did nothing; DEADLINE_EXCEEDED came after
 * the response.
 */
static inline enum keel_status sys_channel_respond_and_receive_short(keel_handle_t h,
								     struct keel_short_message *m,
								     keel_instant_t deadline)
{
	uint32_t tag = m->len == KEEL_NO_RESPONSE ? KEEL_SHORT_TAG(h, 0) | KEEL_NO_RESPONSE
						  : KEEL_SHORT_TAG(h, m->len);
	int32_t r =
		keel_syscall_short(KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT, tag, m->w, deadline);

	if (r < 0)
		return (enum keel_status) - r;
	m->len = (uint32_t)r;
	return KEEL_OK;
}

#endif /* KEEL_SYSCALL_H */
