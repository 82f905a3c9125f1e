// SPDX-License-Identifier: Apache-2.0
/*
 * syscall_registers: after any syscall, whichever path the kernel took (returning at
 * once, an error, parking and being woken by a timer or by another process), every
 * register but the two results holds what the caller put there or zero. A kernel
 * address, another thread's pointer or a word of another process's data is a leak.
 * Each kind is also one of the syscall entry's ways out: the caller going on at once
 * (values and statuses: ids outside the table, a refused grant, a bad pointer) and
 * every fall-back to the general return (a result the handler wrote itself, a
 * restart, parking), with the same result words whichever way it took.
 */
#include <check.h>
#include <prober_codegen.h>
#include "probe.h"
#include "secret.h"

static uint32_t in[PROBE_REGS], out[PROBE_REGS];

/* Patterns in every register, then the id and the arguments over them. */
static void load(uint32_t id, unsigned argc, const uint32_t *args, unsigned run)
{
	for (unsigned i = 0; i < PROBE_REGS; i++)
		in[i] = 0xa5000000u | run << 8 | i;
	in[PROBE_ID] = id;
	for (unsigned i = 0; i < argc; i++)
		in[PROBE_ARG0 + i] = args[i];
}

/* The call's result registers: two, or the short messages' five. */
static unsigned results = 2;

static bool is_result(unsigned i)
{
	return i == PROBE_RESULT0 || i == PROBE_RESULT1 ||
		(results == 5 && (i == PROBE_RESULT2 || i == PROBE_RESULT3 || i == PROBE_RESULT4));
}

static void check_clean(const char *what)
{
	for (unsigned i = 0; i < PROBE_REGS; i++) {
		if (is_result(i))
			continue;
#ifdef PROBE_RA
		if ((i == PROBE_RA || i == PROBE_GP || i == PROBE_TP) && out[i] != in[i])
			CHECK_FAIL("after %s, %s is 0x%08x (was 0x%08x): not kept", what,
				   probe_names[i], (unsigned)out[i], (unsigned)in[i]);
#endif
		if (out[i] != in[i] && out[i] != 0)
			CHECK_FAIL("after %s, %s is 0x%08x (was 0x%08x): a value of the kernel's",
				   what, probe_names[i], (unsigned)out[i], (unsigned)in[i]);
	}
}

static void probe(const char *what, uint32_t id, unsigned argc, const uint32_t *args, unsigned run)
{
	load(id, argc, args, run);
	probe_syscall(in, out);
	check_clean(what);
}

/* A short message's call: five result registers. */
static void probe_short(const char *what, uint32_t id, const uint32_t *args, unsigned run)
{
	results = 5;
	probe(what, id, 7, args, run);
	results = 2;
}

/* The five results of a short call that carried the peer's words SECRET + first.. */
static void check_short(uint32_t len, uint32_t first)
{
	CHECK_EQ(out[PROBE_RESULT0], len);
	CHECK_EQ(out[PROBE_RESULT1], SECRET + first);
	CHECK_EQ(out[PROBE_RESULT2], SECRET + first + 1);
	CHECK_EQ(out[PROBE_RESULT3], SECRET + first + 2);
	CHECK_EQ(out[PROBE_RESULT4], SECRET + first + 3);
}

/*
 * Every return of the short messages' calls: a refused tag (at once), the initiator
 * woken by the peer's respond, the handler's receive of a pending request (its five
 * results written at once) and of one that comes while it waits.
 */
static void probe_short_calls(unsigned run)
{
	const uint32_t bad[] = {
		KEEL_SHORT_TAG(HANDLE_SHORT, 17), 1, 2, 3, 4, 0xffffffffu, 0xffffffffu
	};
	probe_short("a channel_transact_short with a bad length", KEEL_SYS_CHANNEL_TRANSACT_SHORT,
		    bad, run);
	CHECK_EQ(out[PROBE_RESULT0], (uint32_t)-KEEL_INVALID_ARGUMENT);

	const uint32_t call[] = {
		KEEL_SHORT_TAG(HANDLE_SHORT, 4), 'q', 0, 0, 0, 0xffffffffu, 0xffffffffu
	};
	probe_short("a channel_transact_short", KEEL_SYS_CHANNEL_TRANSACT_SHORT, call, run);
	check_short(16, 0);

	/* The peer's first short call is pending: received at once. */
	const uint32_t take[] = { KEEL_SHORT_TAG(HANDLE_BACK, 0) | KEEL_NO_RESPONSE,
				  0,
				  0,
				  0,
				  0,
				  0xffffffffu,
				  0xffffffffu };
	probe_short("a channel_respond_and_receive_short of a pending request",
		    KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT, take, run);
	check_short(16, 4);

	/* Answered; the peer runs and calls again while the receive waits. */
	const uint32_t answer[] = {
		KEEL_SHORT_TAG(HANDLE_BACK, 4), 'a', 0, 0, 0, 0xffffffffu, 0xffffffffu
	};
	probe_short("a channel_respond_and_receive_short that waits",
		    KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT, answer, run);
	check_short(16, 4);

	/* The peer's second call answered: it goes back to serving. */
	CHECK_OK(sys_channel_respond(HANDLE_BACK, answer + 1, 4));
}

KEEL_PROCESS_ENTRY(prober)
{
	static char request[32] = "a request to the echo process";
	static char reply[32];

	for (unsigned run = 0; run < 4; run++) {
		probe("debug_nop", KEEL_SYS_DEBUG_NOP, 0, NULL, run);
		CHECK_EQ(out[PROBE_RESULT0], 0);
		CHECK_EQ(out[PROBE_RESULT1], 0); /* a success's second word, on the fast return */

		probe("an unknown syscall id", 0x7777u, 0, NULL, run);
		CHECK_EQ(out[PROBE_RESULT0],
			 (uint32_t)-KEEL_INVALID_ARGUMENT); /* -status: the raw word */
		CHECK_EQ(out[PROBE_RESULT1], 0);

		/*
		 * Ids at every edge of the dispatch: 0, past the object calls, between them
		 * and the debug calls, past the debug calls, and debug ids with high bits
		 * set (none may alias a real call, debug_putc least of all); and ids whose
		 * slot of the hashed table is a real call's (0x14: debug_putc's, 0x17 and
		 * 0x39: debug_nop's, 0x2a: object_wait's, 0x1f: respond_and_receive's).
		 */
		static const uint32_t unknown[] = {
			0,	     KEEL_SYS_WAIT_GROUP_REMOVE + 1,
			23,	     24,
			25,	     31,
			32,	     0xefe9u,
			0xefffu,     0xf000u,
			0xf007u,     0xf01fu,
			0xffffu,     0x1f004u,
			0xfffff001u, 0x14u,
			0x17u,	     0x39u,
			0x2au,
		};
		for (unsigned i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
			const uint32_t c[] = { 'X' };
			probe("an id outside the table", unknown[i], 1, c, run);
			CHECK_EQ(out[PROBE_RESULT0], (uint32_t)-KEEL_INVALID_ARGUMENT);
			CHECK_EQ(out[PROBE_RESULT1], 0);
		}

		/* Not granted to the prober: refused, nothing written. */
		const uint32_t putc[] = { 'X' };
		probe("a debug_putc without its grant", KEEL_SYS_DEBUG_PUTC, 1, putc, run);
		CHECK_EQ(out[PROBE_RESULT0], (uint32_t)-KEEL_PERMISSION_DENIED);
		const uint32_t irq[] = { 1 };
		probe("a debug_trigger_interrupt without its grant",
		      KEEL_SYS_DEBUG_TRIGGER_INTERRUPT, 1, irq, run);
		CHECK_EQ(out[PROBE_RESULT0], (uint32_t)-KEEL_PERMISSION_DENIED);

		/* A buffer that is not the caller's: its status, from a restartable handler. */
		const uint32_t bad_log[] = { 0x10u, 16 };
		probe("a debug_log of memory not its own", KEEL_SYS_DEBUG_LOG, 2, bad_log, run);
		CHECK_EQ(out[PROBE_RESULT0], (uint32_t)-KEEL_PERMISSION_DENIED);
		const uint32_t bad_transact[] = { HANDLE_ECHO,
						  (uint32_t)(uintptr_t)request,
						  sizeof(request),
						  0x10u,
						  16,
						  0xffffffffu,
						  0xffffffffu };
		probe("a channel_transact into memory not its own", KEEL_SYS_CHANNEL_TRANSACT, 7,
		      bad_transact, run);
		CHECK_EQ(out[PROBE_RESULT0], (uint32_t)-KEEL_PERMISSION_DENIED);

		const uint32_t bad_wait[] = { 1000, KEEL_SIGNAL_READABLE, 0xffffffffu,
					      0xffffffffu };
		probe("object_wait on a bad handle", KEEL_SYS_OBJECT_WAIT, 4, bad_wait, run);
		CHECK_EQ(out[PROBE_RESULT0], KEEL_OUT_OF_RANGE);
		CHECK_EQ(out[PROBE_RESULT1], KEEL_SIGNAL_ERROR_FLAG);

		/* Both words written by the handler (K_WRITTEN): a clock that moves on. */
		uint64_t before = keel_now();
		probe("debug_clock_now", KEEL_SYS_DEBUG_CLOCK_NOW, 0, NULL, run);
		uint64_t now = (uint64_t)out[PROBE_RESULT1] << 32 | out[PROBE_RESULT0];
		CHECK(now >= before && now <= keel_now());

		/* Long enough to be done in parts: restarted with its arguments, then done. */
		static char line[400];
		for (unsigned i = 0; i < sizeof(line); i++)
			line[i] = i + 1 == sizeof(line) ? '\n' : '.';
		const uint32_t log[] = { (uint32_t)(uintptr_t)line, sizeof(line) };
		probe("a debug_log in parts", KEEL_SYS_DEBUG_LOG, 2, log, run);
		CHECK_EQ(out[PROBE_RESULT0], 0);

		/* Parks, the kernel idles or runs another process, a timer wakes it. */
		keel_instant_t until = keel_deadline_in(KEEL_MS(1));
		const uint32_t sleep[] = { HANDLE_PROCESS, 0, KEEL_LO(until), KEEL_HI(until) };
		probe("a sleep", KEEL_SYS_OBJECT_WAIT, 4, sleep, run);
		CHECK_EQ(out[PROBE_RESULT0], KEEL_DEADLINE_EXCEEDED);
		CHECK_EQ(out[PROBE_RESULT1], KEEL_SIGNAL_ERROR_FLAG);

		/* Parks, the echo process runs (copying its own data), its respond wakes us. */
		const uint32_t transact[] = { HANDLE_ECHO,     (uint32_t)(uintptr_t)request,
					      sizeof(request), (uint32_t)(uintptr_t)reply,
					      sizeof(reply),   0xffffffffu,
					      0xffffffffu };
		probe("a channel_transact", KEEL_SYS_CHANNEL_TRANSACT, 7, transact, run);
		CHECK_EQ(out[PROBE_RESULT0], sizeof(reply));
		CHECK_EQ(out[PROBE_RESULT1], 0);
		CHECK_EQ(((const uint32_t *)reply)[0], SECRET);

		probe_short_calls(run);
	}
	PASS();
}
