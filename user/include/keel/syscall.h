/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Userspace syscall wrappers: one per syscall, each returning a keel_status with
 * results by out-parameter (any out pointer may be NULL). Handles are the generated
 * HANDLE_* constants of <process>_codegen.h.
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

typedef uint32_t keel_handle_t;
typedef uint32_t keel_signals_t;
typedef uint64_t keel_instant_t;

/* A deadline that never passes. */
#define KEEL_FOREVER UINT64_MAX

/* One slice of a vectored buffer (the wrappers pass -count as the length). */
struct keel_iovec {
	const void *base;
	size_t len;
};

struct keel_wait_result {
	uint32_t user_data;
	keel_signals_t pending_signals;
};

struct keel_exit_status {
	uint32_t tag; /* enum keel_exit_tag */
	uint32_t payload;
};

struct keel_sysret {
	uint32_t r0, r1;
};

#if defined(__riscv)
/*
 * ecall: id in t0, arguments in a0..a6, results in a0 and a1. Every other caller-saved
 * register is clobbered (the kernel's fast path does not save them); callee-saved
 * registers, sp, gp and tp are preserved.
 */
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
			 : "memory", "ra", "t1", "t2", "t3", "t4", "t5", "t6", "a7");
	return (struct keel_sysret){ r0, r1 };
}
#elif defined(__arm__)
/* svc 0: id in r12, arguments in r0..r6, results in r0 and r1. */
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
/* Host builds of user code (unit tests) supply their own. */
struct keel_sysret keel_syscall(uint32_t id, uintptr_t a0, uintptr_t a1, uintptr_t a2, uintptr_t a3,
				uintptr_t a4, uintptr_t a5, uintptr_t a6);
#endif

#define KEEL_SYSCALL(...) keel_syscall_n(__VA_ARGS__, 0, 0, 0, 0, 0, 0, 0)
#define keel_syscall_n(id, a0, a1, a2, a3, a4, a5, a6, ...)                                  \
	keel_syscall(id, (uintptr_t)(a0), (uintptr_t)(a1), (uintptr_t)(a2), (uintptr_t)(a3), \
		     (uintptr_t)(a4), (uintptr_t)(a5), (uintptr_t)(a6))

/* A result word: >= 0 a value, < 0 the negated status (the value is then 0). */
static inline enum keel_status keel_result(struct keel_sysret r, size_t *value)
{
	int32_t v = (int32_t)r.r0;

	if (value)
		*value = v < 0 ? 0 : (size_t)v;
	return v < 0 ? (enum keel_status) - v : KEEL_OK;
}

#define KEEL_LO(t) ((uint32_t)(t))
#define KEEL_HI(t) ((uint32_t)((uint64_t)(t) >> 32))

static inline enum keel_status sys_channel_transact(keel_handle_t h, const void *send,
						    size_t send_len, void *recv, size_t recv_len,
						    keel_instant_t deadline, size_t *recv_count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_TRANSACT, h, send, send_len, recv,
					recv_len, KEEL_LO(deadline), KEEL_HI(deadline)),
			   recv_count);
}

/* Vectored: send_count and recv_count slices. */
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

static inline enum keel_status sys_channel_async_transact(keel_handle_t h, const void *send,
							  size_t send_len, void *recv,
							  size_t recv_len)
{
	return keel_result(
		KEEL_SYSCALL(KEEL_SYS_CHANNEL_ASYNC_TRANSACT, h, send, send_len, recv, recv_len),
		NULL);
}

static inline enum keel_status sys_channel_async_transact_complete(keel_handle_t h,
								   size_t *recv_count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE, h), recv_count);
}

static inline enum keel_status sys_channel_async_cancel(keel_handle_t h)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_ASYNC_CANCEL, h), NULL);
}

static inline enum keel_status sys_channel_read(keel_handle_t h, size_t offset, void *buf,
						size_t len, size_t *count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_READ, h, offset, buf, len), count);
}

static inline enum keel_status sys_channel_readv(keel_handle_t h, size_t offset,
						 const struct keel_iovec *v, size_t n,
						 size_t *count)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_READ, h, offset, v, -(intptr_t)n), count);
}

static inline enum keel_status sys_channel_respond(keel_handle_t h, const void *buf, size_t len)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_RESPOND, h, buf, len), NULL);
}

static inline enum keel_status sys_channel_respondv(keel_handle_t h, const struct keel_iovec *v,
						    size_t n)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_CHANNEL_RESPOND, h, v, -(intptr_t)n), NULL);
}

static inline enum keel_status sys_interrupt_ack(keel_handle_t h, keel_signals_t mask)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_INTERRUPT_ACK, h, mask), NULL);
}

/* Waits until h has a signal in mask (a wait group: until a member is signalled). */
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

static inline noreturn void sys_process_exit(uint32_t code)
{
	KEEL_SYSCALL(KEEL_SYS_PROCESS_EXIT, code);
	__builtin_unreachable();
}

static inline enum keel_status sys_process_start(keel_handle_t h)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_PROCESS_START, h), NULL);
}

static inline enum keel_status sys_object_set_peer_user_signal(keel_handle_t h, bool set)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL, h, set), NULL);
}

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

static inline enum keel_status sys_task_terminate(keel_handle_t h)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_TASK_TERMINATE, h), NULL);
}

static inline noreturn void sys_thread_exit(uint32_t code)
{
	KEEL_SYSCALL(KEEL_SYS_THREAD_EXIT, code);
	__builtin_unreachable();
}

static inline enum keel_status sys_thread_start(keel_handle_t h, void (*entry)(void),
						void *stack_top)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_THREAD_START, h, entry, stack_top), NULL);
}

static inline enum keel_status sys_wait_group_add(keel_handle_t wg, keel_handle_t h,
						  keel_signals_t mask, uint32_t user_data)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_WAIT_GROUP_ADD, wg, h, mask, user_data), NULL);
}

static inline enum keel_status sys_wait_group_remove(keel_handle_t wg, keel_handle_t h)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_WAIT_GROUP_REMOVE, wg, h), NULL);
}

static inline void sys_debug_putc(char c)
{
	KEEL_SYSCALL(KEEL_SYS_DEBUG_PUTC, (unsigned char)c);
}

/*
 * Ends the whole system: 0 is success (the emulator exits 0). A process without the
 * debug_shutdown grant is refused (PERMISSION_DENIED): it then ends itself instead,
 * with the same code, so that the call never returns.
 */
static inline noreturn void sys_debug_shutdown(uint32_t code)
{
	KEEL_SYSCALL(KEEL_SYS_DEBUG_SHUTDOWN, code);
	sys_process_exit(code);
}

static inline enum keel_status sys_debug_log(const void *buf, size_t len)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_LOG, buf, len), NULL);
}

/* One log line from the pieces of a vector (at most 16), printed in order. */
static inline enum keel_status sys_debug_logv(const struct keel_iovec *v, size_t n)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_LOG, v, -(intptr_t)n), NULL);
}

static inline enum keel_status sys_debug_nop(void)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_NOP, 0), NULL);
}

static inline enum keel_status sys_debug_trigger_interrupt(uint32_t irq)
{
	return keel_result(KEEL_SYSCALL(KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, irq), NULL);
}

static inline keel_instant_t sys_debug_clock_now(void)
{
	struct keel_sysret r = KEEL_SYSCALL(KEEL_SYS_DEBUG_CLOCK_NOW, 0);

	return ((uint64_t)r.r1 << 32) | r.r0;
}

/*
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

/*
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

#endif /* KEEL_SYSCALL_H */
