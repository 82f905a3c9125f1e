/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The kernel trace ring (kernel.trace_buffer_events in system.json5). Only a kernel
 * built with KEEL_TRACE records anything: elsewhere every hook is an empty macro, so
 * an image without tracing has not one instruction or byte more. tools/trace.py
 * turns the dump (k_trace_dump at shutdown) into a Chrome-trace file.
 */
#ifndef K_TRACE_H
#define K_TRACE_H

#include <stdint.h>

/* What happened; the numbers are the dump's and tools/trace.py's, keep them stable. */
enum k_trace_type {
	K_TR_SWITCH = 1, /* thread now runs (0: the CPU idles) */
	K_TR_SYSCALL = 2, /* arg: syscall id */
	K_TR_SYSCALL_END = 3, /* arg: the handler's result word (K_PARKED etc. included) */
	K_TR_IRQ = 4, /* arg: IRQ number; thread: who was interrupted */
	K_TR_TIMER = 5, /* the kernel's timer interrupt */
	/*
	 * arg: what the thread waited in (enum k_wait_kind) in bits 0..7, the low 24 bits
	 * of the first result word its call gets above (a status, or a transaction's
	 * length or -status).
	 */
	K_TR_WAKE = 6,
	K_TR_START = 7, /* a thread starts (a process's start is its first thread's) */
	K_TR_EXIT = 8, /* arg: the exit tag */
	K_TR_FAULT = 9, /* arg: the cause */
	K_TR_JOIN = 10, /* arg: the joined thread or process */
};

/*
 * 16 bytes, so that a slot is an index shifted. The clock's low word only: the decoder
 * unwraps it, as consecutive events are far less than a wrap apart (7 minutes at the
 * rv32 board's 10 MHz).
 */
struct k_trace_event {
	uint32_t when; /* arch_now(), low word */
	uint32_t thread; /* struct k_thread *, or 0 */
	uint32_t arg;
	uint32_t type;
};

#ifdef KEEL_TRACE
void k_trace(uint32_t type, const void *thread, uint32_t arg);
void k_trace_dump(void);
#define K_TRACE(type, thread, arg) k_trace((type), (thread), (uint32_t)(arg))
#define K_TRACE_DUMP() k_trace_dump()
#else
#define K_TRACE(type, thread, arg) ((void)0)
#define K_TRACE_DUMP() ((void)0)
#endif

#endif /* K_TRACE_H */
