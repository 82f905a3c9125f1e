/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Kernel threads, for kernel-only images (a system.json5 without processes; see
 * doc/kernel-only.md). The code of such an image is linked into the kernel through
 * keel_system_image(... KERNEL_SOURCES ...) and starts in kernel_main(), which runs in
 * the first kernel thread. Kernel threads run privileged with interrupts enabled;
 * every call below that touches the scheduler traps into the kernel (ecall from
 * M-mode, svc from privileged thread mode), so it runs with interrupts masked and
 * to completion like a syscall, and a call that must wait parks the thread.
 *
 * Only kt_event_signal() may be called from a kernel interrupt handler; the other
 * calls are for threads (from a handler they end the system with a kernel panic).
 * Priorities are 0..31, higher runs first; K_DEFAULT_PRIORITY is 15.
 */
#ifndef K_KTHREAD_H
#define K_KTHREAD_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdnoreturn.h>
#include <k/kernel.h>
#include <target/board.h>

struct kt_mutex;

typedef void (*kt_entry_t)(uintptr_t arg);

/* A kernel thread. Allocate it statically (or on a stack that outlives it), zeroed. */
struct kt_thread {
	struct k_thread k; /* first: what the scheduler sees */
	/* A process thread's are in flash (k_thread_info); a kernel thread's come at run time. */
	const char *name;
	uintptr_t stack_top;
	uint8_t base_priority; /* as created; k.priority is raised by inheritance */
	bool cancelled; /* kt_thread_terminate asked it to end */
	/*
	 * Has been created. Here, not in struct k_thread: a process's threads never
	 * needed it (their state says as much), and there it cost 8 bytes of padding.
	 */
	bool started;
	struct kt_mutex *held; /* the mutexes it owns, most recent first */
	void *waiting_on; /* the mutex, event or thread it is parked on */
	struct k_list joiners; /* threads in kt_thread_join on it */
	kt_entry_t entry;
	uintptr_t arg;
};

/* A mutex with priority inheritance. Zeroed (static storage) is unlocked. */
struct kt_mutex {
	struct kt_thread *owner;
	struct k_list waiters; /* highest priority first, first come first among equals */
	struct kt_mutex *next_held; /* in the owner's list of mutexes */
};

/*
 * An event: signal sets it, a wait takes it (auto-reset). A signal while threads wait
 * wakes the one of highest priority instead of setting it. Zeroed is not set.
 */
struct kt_event {
	bool set;
	struct k_list waiters;
};

/* A static stack for a kernel thread: aligned as both ABIs ask. */
#define KT_STACK(name_, bytes_) static uint8_t name_[bytes_] __attribute__((aligned(16)))

/*
 * The image's code: runs in the first kernel thread ("main", K_DEFAULT_PRIORITY, a
 * KT_MAIN_STACK_BYTES stack). Its return value ends the system: 0 is success (the
 * emulator exits 0), anything else failure.
 */
int kernel_main(void);
#define KT_MAIN_STACK_BYTES 2048

/*
 * Start `t`: entry(arg) on stack [stack, stack + bytes) at `priority`. When entry
 * returns the thread ends (as kt_thread_exit). INVALID_ARGUMENT for a priority above 31
 * or a stack under 256 bytes; ALREADY_EXISTS for a thread that was started before.
 */
enum keel_status kt_thread_create(struct kt_thread *t, const char *name, kt_entry_t entry,
				  uintptr_t arg, void *stack, size_t bytes, unsigned priority);

/* End the calling thread: mutexes it holds are released, joiners woken. */
noreturn void kt_thread_exit(void);

/*
 * Ask `t` to end: its wait in progress (sleep, join, lock, event) and every later one
 * fails with CANCELLED, so it can unwind and return. It ends when it returns from its
 * entry (or calls kt_thread_exit). FAILED_PRECONDITION for a thread that has ended or
 * never started.
 */
enum keel_status kt_thread_terminate(struct kt_thread *t);

/*
 * Wait until `t` has ended, or until `deadline`: OK, DEADLINE_EXCEEDED, CANCELLED (the
 * caller was asked to end), FAILED_PRECONDITION (t never started, or t is the caller).
 */
enum keel_status kt_thread_join(struct kt_thread *t, k_instant_t deadline);

/* The calling thread; its effective priority (raised while it holds a mutex waited for). */
struct kt_thread *kt_thread_self(void);
unsigned kt_thread_priority(const struct kt_thread *t);

/* Sleep until `deadline`: OK, or CANCELLED when the thread is asked to end first. */
enum keel_status kt_sleep_until(k_instant_t deadline);

/* The system clock, TARGET_SYSTEM_CLOCK_HZ ticks per second. */
k_instant_t kt_now(void);
#define KT_MS(ms_) ((k_instant_t)(ms_) * (TARGET_SYSTEM_CLOCK_HZ / 1000u))

/*
 * Lock `m`, waiting until `deadline` at most: OK, DEADLINE_EXCEEDED, CANCELLED,
 * FAILED_PRECONDITION (the caller holds it already). While a thread waits, the owner
 * runs at the waiter's priority if that is higher, and so on along a chain of owners.
 */
enum keel_status kt_mutex_lock_until(struct kt_mutex *m, k_instant_t deadline);
static inline enum keel_status kt_mutex_lock(struct kt_mutex *m)
{
	return kt_mutex_lock_until(m, K_FOREVER);
}

/* Unlock `m`, handing it to its highest-priority waiter. FAILED_PRECONDITION: not ours. */
enum keel_status kt_mutex_unlock(struct kt_mutex *m);

/* Set `e` (from a thread or a kernel interrupt handler). */
void kt_event_signal(struct kt_event *e);

/* Take `e`, waiting until `deadline`: OK, DEADLINE_EXCEEDED, CANCELLED. */
enum keel_status kt_event_wait_until(struct kt_event *e, k_instant_t deadline);

/* Make `irq` pending as its device would (tests of kernel interrupt handlers). */
void kt_irq_trigger(unsigned irq);

/* One line on the kernel console (k_printf's formats; the newline is added). */
void kt_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* End the system: code 0 is success. */
noreturn void kt_shutdown(int code);

/* The kernel's side, for main.c and the arch ports of kernel-only images. */
void k_kthreads_start(void); /* the main thread, the kernel IRQs */
void k_kcall(struct k_thread *caller); /* a kernel thread's trap */
noreturn void k_kthread_fault(struct k_thread *t, uint32_t cause, uintptr_t pc, uintptr_t addr,
			      const char *kind, const char *what);

#endif /* K_KTHREAD_H */
