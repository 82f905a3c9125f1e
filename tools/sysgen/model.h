/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The validated system: what system.json5 declares, with every reference resolved
 * (model.c) and every address assigned (layout.c). The emitters (emit.c) only read it.
 */
#ifndef SYSGEN_MODEL_H
#define SYSGEN_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json5.h"
#include "targets.h"
#include "util.h"

/* Where a value is in the file, and its JSON path, for error messages. */
struct where {
	int line, col;
	const char *path;
	const char *text; /* a number as the file wrote it; NULL for other values */
};

enum obj_type {
	OBJ_CHANNEL_INITIATOR,
	OBJ_CHANNEL_HANDLER,
	OBJ_INTERRUPT,
	OBJ_PROCESS,
	OBJ_THREAD,
	OBJ_WAIT_GROUP,
	OBJ_TYPES,
};

extern const char *const obj_type_names[OBJ_TYPES];

struct process;
struct thread;

struct irq {
	const char *name;
	uint32_t number;
	struct where at, name_at, number_at;
};

struct object {
	const char *name;
	enum obj_type type;
	struct where at, name_at;
	unsigned handle;
	const char *cname; /* the C variable in kernel_gen.c (not for process/thread) */
	struct process *owner;
	bool bad; /* had an error: skip it in cross checks */

	/* channel_initiator: the handler it names; channel_handler: its initiator. */
	const char *handler_process, *handler_object_name;
	struct where handler_process_at, handler_object_at;
	struct object *peer;

	struct irq *irqs; /* interrupt */
	size_t n_irqs;

	const char *linked_name; /* process */
	struct where linked_at;
	struct process *linked;

	struct thread *thread; /* thread */
};

struct thread {
	const char *name; /* older form: free text, may hold NUL bytes */
	size_t name_len;
	struct object *obj; /* NULL for an older-form thread (no handle) */
	unsigned priority;
	bool main_given, main;
	uint32_t stack_size; /* 0: no stack (thread_start supplies one) */
	struct where at, main_at;
	/* layout */
	uint32_t stack_start;
};

enum map_type { MAP_DEVICE, MAP_RX, MAP_RW };

struct mapping {
	const char *name;
	enum map_type type;
	uint64_t start, size;
	struct where at, name_at, start_at;
};

struct app;

struct process {
	const char *name;
	struct where at, name_at;
	struct app *app;
	size_t index; /* system-wide, declaration order */
	bool bad;
	bool has_thread_objects, has_threads_array;
	uint64_t cfg_ram_size; /* own ram_size_bytes, or 0 */
	struct where ram_at;
	struct mapping *maps;
	size_t n_maps;
	struct object *objs;
	size_t n_objs;
	/* Thread objects in declaration order, or the one older-form thread. */
	struct thread **threads;
	size_t n_threads;
	size_t main; /* index into threads */
	struct where threads_at;
	/* Bit i: the process may make debug_grant_names[i] (debug_syscalls; default all). */
	uint32_t debug_grants;
	/* Its KEEL_* log lines: the lowest level printed (0 DBG .. 3 ERR), timestamps. */
	unsigned log_level;
	bool log_timestamps;
	/* layout */
	uint32_t flash_start, flash_size; /* the process's own image slice */
	uint32_t ram_start, ram_size; /* the whole slice: stacks, then data */
	uint32_t data_start; /* after the stacks */
};

/*
 * The debug syscalls a process is granted in system.json5 (debug_syscalls), and the
 * k/system.h macro of each; debug_nop and debug_clock_now are every process's.
 */
#define N_DEBUG_GRANTS 5
/* The default when debug_syscalls is absent: all but debug_trigger_kernel_interrupt. */
#define DEBUG_GRANTS_ALL ((1u << 4) - 1)
extern const char *const debug_grant_names[N_DEBUG_GRANTS];
extern const char *const debug_grant_macros[N_DEBUG_GRANTS];

enum const_type {
	C_BOOL,
	C_CHAR,
	C_U8,
	C_U16,
	C_U32,
	C_U64,
	C_USIZE,
	C_I8,
	C_I16,
	C_I32,
	C_I64,
	C_ISIZE,
	C_STRING,
	C_TYPES,
};

extern const char *const const_type_names[C_TYPES];

struct constant {
	const char *name;
	enum const_type type;
	struct where at;
	bool b;
	uint32_t ch; /* char: the Unicode code point */
	bool neg; /* integers: u when !neg, i when neg */
	uint64_t u;
	int64_t i;
	const char *s; /* string: may hold NUL bytes */
	size_t len;
};

struct app {
	const char *name;
	struct where at, name_at;
	uint64_t flash_size;
	struct where flash_at;
	uint64_t ram_size; /* older form: split among the processes; 0 if absent */
	struct where ram_at;
	struct constant *consts;
	size_t n_consts;
	struct process *procs;
	size_t n_procs;
	bool bad;
	/* layout */
	uint32_t flash_start;
};

struct kernel_irq {
	uint32_t irq;
	const char *symbol;
	struct where at;
};

struct system {
	const char *file;
	const struct target *t;
	struct where root_at;
	bool kernel_given;
	struct where kernel_at, kflash_at, kram_at;
	uint64_t kflash_start, kflash_size, kram_start, kram_size;
	struct where vt_at, vt_size_at;
	bool vt_given;
	bool vt_separate; /* the table lies outside the kernel's flash */
	uint64_t vt_start, vt_size;
	struct kernel_irq *kirqs;
	size_t n_kirqs;
	uint64_t trace_events; /* kernel.trace_buffer_events: 0, no trace ring */
	bool fault_registers; /* kernel.fault_registers: fault lines add every register */
	bool system_dump; /* kernel.system_dump: a panic or failing shutdown dumps the system */
	bool short_messages; /* kernel.short_messages: the short register message calls */
	struct app *apps;
	size_t n_apps;
	struct process **procs; /* every process, in declaration order */
	size_t n_procs;
};

/*
 * Read and validate root (the parsed system.json5) into sys for target t. Errors go
 * to d; every string and array of the model is allocated from a.
 */
void model_read(struct system *sys, const struct j5_value *root, const struct target *t,
		struct arena *a, struct diag *d);

#endif /* SYSGEN_MODEL_H */
