/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The kernel's objects and their state. Every instance is allocated statically by
 * the generated kernel_gen.c (see k/system.h for the initialisers it uses).
 */
#ifndef K_KERNEL_H
#define K_KERNEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <keel/exit_status.h>
#include <keel/image.h>
#include <keel/signals.h>
#include <keel/status.h>
#include <arch/frame.h>
#include <arch/process.h>
#include <k/list.h>

typedef uint32_t k_signals_t;
typedef uint64_t k_instant_t;

#define K_FOREVER UINT64_MAX
#define K_PRIORITIES 32
#define K_DEFAULT_PRIORITY 15
#define K_MAX_IRQS_PER_OBJECT 15
#define K_MAX_REGIONS 8
/* What a process's configured stacks hold when it starts (tools/stacks.py reads it). */
#define K_STACK_FILL 0xa5

#define K_WARN_UNUSED __attribute__((warn_unused_result))

enum k_object_type {
	K_OBJ_CHANNEL_INITIATOR,
	K_OBJ_CHANNEL_HANDLER,
	K_OBJ_INTERRUPT,
	K_OBJ_PROCESS,
	K_OBJ_THREAD,
	K_OBJ_WAIT_GROUP,
	K_OBJ_TYPES,
};

struct k_wait_group;
struct k_process;

/* What every object has: its signals, the threads waiting on it, its group membership. */
struct k_object {
	uint8_t type;
	/*
	 * A wait group's members whose signals meet their mask (READABLE iff not 0), so
	 * that a member's change needs no walk of the members. In the padding after type.
	 */
	uint16_t signalled;
	k_signals_t signals;
	struct k_list waiters;
	struct k_wait_group *group;
	struct k_list member_link;
	k_signals_t member_mask;
	uintptr_t user_data;
};

enum k_thread_state {
	K_THREAD_STOPPED,
	K_THREAD_READY,
	K_THREAD_RUNNING,
	K_THREAD_WAITING,
	K_THREAD_TERMINATED,
};

enum k_wait_kind {
	K_WAIT_NONE,
	K_WAIT_OBJECT, /* object_wait: wait_obj, wait_mask */
	K_WAIT_TRANSACT, /* channel_transact: wait_obj is the initiator */
	K_WAIT_SLEEP, /* object_wait with an empty mask */
	K_WAIT_RECEIVE, /* channel_respond_and_receive: wait_obj is the handler, recv the buffer */
};

struct k_thread {
	/* First member: the arch's trap code reaches the frame from the thread pointer. */
	struct arch_frame frame;
	struct k_object base; /* the thread object: JOINABLE once terminated */
	struct k_process *process;
	uintptr_t stack_limit; /* the lowest address its stack may reach (set when it starts) */
	uint8_t priority;
	uint8_t state;
	uint8_t wait_kind;
	bool resuming; /* its syscall was restarted part done: `resume` says how far */
	struct k_list link; /* run queue, or the waiters of wait_obj */
	struct k_list timer_link; /* in the timer queue while a deadline is set */
	struct k_object *wait_obj;
	k_signals_t wait_mask;
	/*
	 * A parked thread has a deadline; a thread whose syscall was restarted is not
	 * parked (it re-executes its trap when it next runs), so the two share a word.
	 */
	union {
		k_instant_t deadline;
		struct k_resume {
			uint32_t done; /* bytes (or steps) the call has done already */
			uint32_t tag; /* what they belong to, e.g. the transaction */
		} resume;
	};
	/*
	 * A terminated thread has an exit status; a parked one may have a receive
	 * buffer (K_WAIT_RECEIVE): never both at once.
	 */
	union {
		struct {
			uint32_t exit_tag, exit_payload;
		};
		struct {
			uintptr_t buf;
			intptr_t len; /* K_RECV_REGISTERS: into the result registers */
		} recv;
	};
};

/* recv.len of channel_respond_and_receive_short: the request goes to the registers. */
#define K_RECV_REGISTERS INTPTR_MIN

struct k_region {
	uintptr_t start, end; /* [start, end) */
	uint8_t access;
};

#define K_ACCESS_R 1u
#define K_ACCESS_W 2u
#define K_ACCESS_X 4u
#define K_ACCESS_DEVICE 8u

enum k_process_state {
	K_PROCESS_STOPPED,
	K_PROCESS_RUNNING,
	K_PROCESS_TERMINATED,
	K_PROCESS_STARTING, /* process_start is zeroing its RAM and copying .data, in parts */
};

/*
 * The debug syscalls a process may make (system.json5 debug_syscalls; all by default).
 * debug_nop and debug_clock_now are every process's.
 */
#define K_DEBUG_LOG (1u << 0)
#define K_DEBUG_PUTC (1u << 1)
#define K_DEBUG_SHUTDOWN (1u << 2)
#define K_DEBUG_TRIGGER_INTERRUPT (1u << 3)
/* IRQs of kernel.interrupt_table too (tests of kernel handlers); never a default. */
#define K_DEBUG_TRIGGER_KERNEL_INTERRUPT (1u << 4)
#define K_DEBUG_ALL (K_DEBUG_LOG | K_DEBUG_PUTC | K_DEBUG_SHUTDOWN | K_DEBUG_TRIGGER_INTERRUPT)

/*
 * What the generator fixes for one thread of a process, in flash rather than in each
 * struct k_thread: k_thread_info() finds it. (A kernel thread's are in its kt_thread.)
 */
struct k_thread_info {
	const char *name;
	uintptr_t stack_top; /* initial sp of a thread the process starts; 0: from thread_start */
	uintptr_t stack_limit; /* its stack's limit when it starts at stack_top */
};

/*
 * What the generator fixes for a process: in flash, one pointer from the process. Only
 * the handle table stays in struct k_process (every syscall reads it, and a load more
 * on each would cost more than its four bytes of RAM are worth).
 */
struct k_process_info {
	const char *name;
	struct k_thread *threads;
	const struct k_thread_info *thread_info; /* one per thread, in that order */
	const struct k_region *regions;
	/*
	 * regions[1], the process's RAM, again: nearly every buffer a syscall checks is
	 * there, and a copy here is one load from the process, as when it was in RAM.
	 */
	struct k_region ram;
	const struct keel_image_header *image;
	uintptr_t stacks_end; /* the top of the configured stacks (the RAM's start: none) */
	uint8_t thread_count;
	uint8_t main_thread;
	uint8_t region_count;
	uint8_t debug_grants; /* K_DEBUG_* */
	struct arch_process arch; /* the protection unit's image, loaded on a switch */
};

/* A process in RAM: only what changes as it runs (and the handle table, see above). */
struct k_process {
	struct k_object base; /* the process object: JOINABLE once terminated */
	const struct k_process_info *info;
	uint8_t state;
	uint16_t table_size;
	struct k_object *const *table; /* handle -> object; the last is the process itself */
	uint32_t exit_tag, exit_payload;
	size_t start_done; /* STARTING: bytes of RAM zeroed, then of .data copied */
};

/* The constants of t, a thread of a process. */
static inline const struct k_thread_info *k_thread_info(const struct k_thread *t)
{
	const struct k_process_info *info = t->process->info;

	return &info->thread_info[t - info->threads];
}

enum k_channel_state {
	K_CHANNEL_IDLE,
	K_CHANNEL_PENDING,
	K_CHANNEL_RESPONDED,
};

struct k_channel_handler;

struct k_channel_initiator {
	struct k_object base;
	struct k_process *owner;
	struct k_channel_handler *handler;
	uint8_t state;
	/*
	 * Its process died while a thread waited in a synchronous transaction, which was
	 * dropped then: the join must still report the reset to the handler (ERROR).
	 */
	bool died_in_flight;
	struct k_thread *caller; /* parked in channel_transact, or NULL for async */
	/* The transaction's buffers as the initiator passed them (len < 0: a vector). */
	uintptr_t send, recv;
	intptr_t send_len, recv_len;
	size_t send_size, recv_capacity;
	size_t response_len;
	/* Counts transactions: a restarted read or respond goes on only with its own. */
	uint32_t txn;
	/*
	 * A short call's request and response (channel_transact_short): its send and recv
	 * point here, so the ordinary handler calls find an ordinary 16-byte exchange.
	 */
	uint32_t short_req[4], short_rsp[4];
};

struct k_channel_handler {
	struct k_object base;
	struct k_process *owner;
	struct k_channel_initiator *initiator; /* NULL: no initiator is bound to it */
};

struct k_interrupt {
	struct k_object base;
	struct k_process *owner;
	uint8_t count;
	uint16_t irqs[K_MAX_IRQS_PER_OBJECT];
};

struct k_wait_group {
	struct k_object base;
	struct k_process *owner;
	struct k_list members; /* front is asked first; a returned member moves to the back */
};

/* Which interrupt object (and which of its bits) a user IRQ raises. */
struct k_irq_binding {
	uint16_t irq;
	uint8_t bit;
	struct k_interrupt *object;
};

/* An IRQ the kernel handles itself (kernel.interrupt_table in system.json5). */
struct k_kernel_irq {
	uint16_t irq;
	void (*handler)(void);
};

/* The generated system (kernel_gen.c). */
extern struct k_process *const k_processes[];
extern const unsigned k_process_count;
extern const struct k_irq_binding k_irq_bindings[];
extern const unsigned k_irq_binding_count;
extern const struct k_kernel_irq k_kernel_irqs[];
extern const unsigned k_kernel_irq_count;
extern const bool k_fault_registers;
/* kernel.system_dump: whether k_system_dump prints anything (kernel_gen.c). */
extern const bool k_system_dump_on;
/*
 * Bit t set: some handle table holds an object of type t (kernel_gen.c). The top bits
 * say what else the system uses, each folding the code of a feature it does not.
 * K_OTHER_PROCESSES: some table holds a process other than its own, so a process
 * handle may name one that is not running (a table's own process always is).
 */
extern const uint32_t k_object_types;
#define K_OTHER_PROCESSES 31
/* Bit K_SHORT_MESSAGES: kernel.short_messages, the short register message calls. */
#define K_SHORT_MESSAGES 30
/* Bit K_DEVICE_REGIONS: some process maps a device (a region with K_ACCESS_DEVICE). */
#define K_DEVICE_REGIONS 29

/*
 * Whether a handle can name an object of `type`: a constant at the image's link, so
 * that what serves a type no process has a handle to folds out of the image.
 */
static inline __attribute__((always_inline)) bool k_type_used(enum k_object_type type)
{
	return k_object_types >> type & 1;
}

/* Whether the system has one of k_object_types's feature bits (K_OTHER_PROCESSES...). */
static inline __attribute__((always_inline)) bool k_system_has(unsigned bit)
{
	return k_object_types >> bit & 1;
}

/*
 * Whether a process handle may name a process other than the caller's: when none
 * does, join, start and the reset they lead to can only answer as for a running
 * process, and their code folds out of the image.
 */
static inline __attribute__((always_inline)) bool k_other_processes(void)
{
	return k_system_has(K_OTHER_PROCESSES);
}

/*
 * Whether the system has the short register messages (kernel.short_messages): without
 * them their calls answer UNIMPLEMENTED and no channel has a short caller, so their
 * code, and the general paths' tests for a short caller, fold out of the image.
 */
static inline __attribute__((always_inline)) bool k_short_messages(void)
{
	return k_system_has(K_SHORT_MESSAGES);
}

/* A receive into the result registers (K_RECV_REGISTERS): only a short handler's. */
static inline __attribute__((always_inline)) bool k_recv_registers(intptr_t len)
{
	return k_short_messages() && len == K_RECV_REGISTERS;
}

/*
 * o->type == type for an object reached through a handle, false at once for a type no
 * handle names (every kernel object has a type, whether a handle names it or not).
 */
static inline __attribute__((always_inline)) bool k_handle_type(const struct k_object *o,
								enum k_object_type type)
{
	return k_type_used(type) && o->type == type;
}

#endif /* K_KERNEL_H */
