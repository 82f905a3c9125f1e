/* SPDX-License-Identifier: Apache-2.0 */
/* Object operations shared by the syscall layer and the object files. */
#ifndef K_OBJECT_H
#define K_OBJECT_H

#include <k/kernel.h>

/* Result word of a syscall that parked its thread: the wake writes the result. */
#define K_PARKED INT32_MIN
/* Result word of a syscall that wrote both result words itself. */
#define K_WRITTEN (INT32_MIN + 1)
/*
 * Result word of a syscall that parked its caller (k_switch_from) and chose the thread
 * to run next itself (k_current, its results written): see k_sched_switch.
 */
#define K_SWITCHED (INT32_MIN + 2)
/*
 * Result word of a syscall that did a bounded part of its work and left its progress
 * in t->resume (k_restart): the thread re-executes the same trap when it next runs,
 * so interrupts are taken between the parts and the caller sees one call. The largest
 * K_* code: every one below it delivers no result word.
 */
#define K_RESTART (INT32_MIN + 3)

/* Finish this entry of a restartable syscall: it goes on from `done` next time. */
static inline int32_t k_restart(struct k_thread *t, uint32_t done, uint32_t tag)
{
	t->resuming = true;
	t->resume.done = done;
	t->resume.tag = tag;
	return K_RESTART;
}

/*
 * At the entry of a restartable syscall: true when it is a restarted one, with its
 * progress in *r. Taken once: an entry that does not restart again ends the call.
 */
static inline bool k_resume_take(struct k_thread *t, struct k_resume *r)
{
	if (!t->resuming)
		return false;
	t->resuming = false;
	*r = t->resume;
	return true;
}

static inline int32_t k_err(enum keel_status s)
{
	return -(int32_t)s;
}

/*
 * Change an object's signals: clear then set. Wakes the threads whose wait is now
 * satisfied and re-evaluates the object's wait group.
 */
void k_object_update(struct k_object *o, k_signals_t clear, k_signals_t set);
/* The part of an update that wakes waiters or moves a group (object/wait.c). */
void k_object_changed(struct k_object *o, k_signals_t old) __attribute__((noinline));
/*
 * A member of g whose signals met its mask no longer does. g's READABLE falls with its
 * last such member: a clear, which wakes nobody, and g is in no group (a plain store).
 */
static inline __attribute__((always_inline)) void k_group_member_fell(struct k_wait_group *g)
{
	if (!--g->base.signalled)
		g->base.signals &= ~KEEL_SIGNAL_READABLE;
}

/* The arguments object_wait refuses, checked alone: 0 or the error. */
K_WARN_UNUSED int32_t k_object_wait_check(const struct k_object *o, k_signals_t mask);

/* object_wait on any object (wait groups included). */
K_WARN_UNUSED int32_t k_object_wait(struct k_thread *t, struct k_object *o, k_signals_t mask,
				    k_instant_t deadline);

/*
 * object_wait's short form, once the syscall layer has found that the wait parks and a
 * thread waits in the hand-off slot: park the caller and switch to that thread. The
 * arguments keep the syscall's registers (o in the handle's place, the deadline as its
 * two words); the deadline K_FOREVER, else k_object_wait_timed.
 */
int32_t k_object_wait_switch(struct k_object *o, k_signals_t mask, uint32_t deadline_lo,
			     uint32_t deadline_hi) __attribute__((noinline));
/*
 * The same with a finite deadline: one already past fails as in the general form, with
 * nothing changed; else the caller goes on the timer queue, then the switch.
 */
int32_t k_object_wait_timed(struct k_object *o, k_signals_t mask, uint32_t deadline_lo,
			    uint32_t deadline_hi) __attribute__((noinline));
/* Leave whatever group o is in. */
void k_wait_group_leave(struct k_object *o);
K_WARN_UNUSED int32_t k_wait_group_add(struct k_wait_group *g, struct k_object *o, k_signals_t mask,
				       uintptr_t user_data);
K_WARN_UNUSED int32_t k_wait_group_remove(struct k_wait_group *g, struct k_object *o);
/* Drop every member (process reset). */
void k_wait_group_clear(struct k_wait_group *g);

/* Channel operations (object/channel.c). */
K_WARN_UNUSED int32_t k_channel_transact(struct k_thread *t, struct k_channel_initiator *c,
					 uintptr_t send, intptr_t send_len, uintptr_t recv,
					 intptr_t recv_len, k_instant_t deadline, bool sync);
K_WARN_UNUSED int32_t k_channel_complete(struct k_channel_initiator *c);
K_WARN_UNUSED int32_t k_channel_cancel(struct k_channel_initiator *c);
K_WARN_UNUSED int32_t k_channel_read(struct k_thread *t, struct k_channel_handler *h, size_t offset,
				     uintptr_t buf, intptr_t len);
K_WARN_UNUSED int32_t k_channel_respond(struct k_thread *t, struct k_channel_handler *h,
					uintptr_t buf, intptr_t len);
/*
 * The short forms (a first entry, plain buffers, at most 16 aligned bytes): the general
 * forms' results, or K_DECLINED with nothing changed.
 */
#define K_DECLINED (INT32_MIN + 4)
K_WARN_UNUSED int32_t k_channel_read_short(struct k_thread *t, struct k_channel_handler *h,
					   size_t offset, uintptr_t buf, intptr_t len);
K_WARN_UNUSED int32_t k_channel_set_peer_user(struct k_object *end, bool set);
/*
 * Keel's extensions: respond on h (unless len is KEEL_NO_RESPONSE), then object_wait
 * on o; or then wait for h's next request and copy it into recv at the wake. Nothing
 * happens when an argument is refused; a deadline already past fails after the respond.
 */
K_WARN_UNUSED int32_t k_channel_respond_and_wait(struct k_thread *t, struct k_channel_handler *h,
						 uintptr_t buf, intptr_t len, struct k_object *o,
						 k_signals_t mask, k_instant_t deadline);
K_WARN_UNUSED int32_t k_channel_respond_and_receive(struct k_thread *t, struct k_channel_handler *h,
						    uintptr_t buf, intptr_t len, uintptr_t recv,
						    intptr_t recv_len, k_instant_t deadline);
/*
 * Copy h's pending request into the receive buffer of t (parked in
 * K_WAIT_RECEIVE): {bytes copied, request size}.
 */
uint64_t k_channel_receive(struct k_thread *t, struct k_channel_handler *h);
/*
 * The transaction's synchronous caller is gone (terminated, or timed out): drop it.
 * process_dies: with its whole process, so the join raises ERROR on the handler.
 */
void k_channel_caller_gone(struct k_channel_initiator *c, bool process_dies);
/* Reset a channel end at its process's join (§6.4). */
void k_channel_reset(struct k_object *end);

/* Interrupt objects (object/interrupt.c). */
void k_irq(unsigned irq);
/* The process whose interrupt object irq raises; NULL for the kernel's and unbound. */
struct k_process *k_irq_owner(unsigned irq);
/* Is irq one the kernel handles itself (kernel.interrupt_table)? */
bool k_irq_is_kernel(unsigned irq);
K_WARN_UNUSED int32_t k_interrupt_ack(struct k_interrupt *i, k_signals_t mask);
void k_interrupt_reset(struct k_interrupt *i);
void k_interrupts_start(void);

/* Processes and threads (object/task.c). */
bool k_process_start(struct k_process *p);
void k_process_terminate(struct k_process *p, uint32_t tag, uint32_t payload);
void k_thread_terminate(struct k_thread *t, uint32_t tag, uint32_t payload);
K_WARN_UNUSED int32_t k_task_join(struct k_thread *caller, struct k_object *o);
K_WARN_UNUSED int32_t k_task_terminate(struct k_object *o);
/* task_state (Keel's): writes {state | exit tag << 8, exit payload}, changes nothing. */
K_WARN_UNUSED int32_t k_task_state(struct k_thread *caller, struct k_object *o);
K_WARN_UNUSED int32_t k_process_start_syscall(struct k_object *o);
K_WARN_UNUSED int32_t k_thread_start(struct k_thread *caller, struct k_object *o, uintptr_t pc,
				     uintptr_t sp);
/*
 * An unhandled fault of t: log one line, terminate its process. The host tools put
 * the cause in words (tools/qemu_run.py), so the arch gives `what` "" for a cause that
 * says it all, and words (`kind`, "" or e.g. "HardFault: ", then `what`) only where
 * the number alone would not tell.
 */
void k_fault(struct k_thread *t, uint32_t cause, uintptr_t pc, uintptr_t addr, const char *kind,
	     const char *what);

/* Boot: the scheduler, each process's memory protection, then every process started. */
void k_system_start(void);

/* A broken kernel invariant: print file:line and end the system. Never reachable from userspace. */
_Noreturn void k_panic(const char *file, int line, const char *what);
/*
 * End the system after a panic's report line: the emulator exits with
 * K_EXIT_KERNEL_PANIC, so a broken kernel fails a test at once instead of timing out.
 * The arch's kernel-fault paths call it too.
 */
_Noreturn void k_panic_end(void);
/*
 * Every process and thread: state, wait, pc (kernel/dump.c); why heads it. Prints
 * nothing unless the system sets kernel.system_dump.
 */
void k_system_dump(const char *why);
/*
 * The file's name without its directory: a path would make the image's size and bytes
 * depend on where the tree is checked out (gcc 12 and clang have __FILE_NAME__).
 */
#ifdef __FILE_NAME__
#define K_PANIC(what) k_panic(__FILE_NAME__, __LINE__, what)
#else
#define K_PANIC(what) k_panic(__FILE__, __LINE__, what)
#endif

#endif /* K_OBJECT_H */
