// SPDX-License-Identifier: Apache-2.0
/*
 * The fuzzer: asks the supervisor for a seed, then issues random syscalls whose
 * arguments come from the worst classes. Whatever it does, only it may suffer.
 */
#include <keel/keel.h>
#include <fuzzer_codegen.h>

#include "protocol.h"

#define CALLS_PER_RUN 3000u
#define PROGRESS_EVERY 500u

/* The kernel's RAM (others' RAM follows it), its flash, and a device nobody mapped. */
#if defined(__riscv)
#define KERNEL_RAM 0x81000000u
#define KERNEL_FLASH 0x80000000u
#define DEVICE 0x10000000u
#else
#define KERNEL_RAM 0x38000000u
#define KERNEL_FLASH 0x10000000u
#define DEVICE 0x40200000u
#endif

static uint32_t rng;
static uint8_t scratch[256];
static uint64_t second_stack[64];

static uint32_t next(void)
{
	/* xorshift32: deterministic for a seed, so a failing run can be replayed. */
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static void second_thread(void)
{
	for (;;)
		(void)sys_debug_nop();
}

static uintptr_t arg(void)
{
	uint32_t r = next();

	switch (r % 14) {
	case 0:
		return (r >> 4) & 15; /* handles, small lengths, masks */
	case 1:
		return (uintptr_t)scratch + ((r >> 8) & 0xff); /* its own RAM, maybe straddling */
	case 2:
		return KERNEL_RAM + ((r >> 8) & 0xffff); /* kernel RAM and others' RAM */
	case 3:
		return KERNEL_FLASH + ((r >> 8) & 0xffff); /* kernel flash */
	case 4:
		return DEVICE + ((r >> 8) & 0xff); /* the UART: device space, unmapped */
	case 5:
		return 0;
	case 6:
		return 0xffffffffu - ((r >> 8) & 15);
	case 7:
		return (uintptr_t) - (intptr_t)((r >> 8) & 31); /* vectors, huge ones too */
	case 8:
		return 0x80000000u; /* INT32_MIN as a length */
	case 9:
		return 1u << ((r >> 8) & 31); /* one signal bit */
	case 10:
		return (uintptr_t)second_thread;
	case 11:
		return (uintptr_t)(second_stack + 64);
	default:
		return next();
	}
}

/* Tell the supervisor that n more syscalls were made (see protocol.h). */
static void progress(uint32_t n)
{
	uint32_t msg[2] = { FUZZ_PROGRESS, n };
	size_t len;

	(void)sys_channel_transact(HANDLE_SEED, msg, sizeof(msg), NULL, 0, KEEL_FOREVER, &len);
}

/* From 0x0018 on: unknown ids at the edges of the kernel's one dispatch table. */
static const uint32_t ids[] = {
	0x0001,	 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x0008, 0x0009, 0x000a, 0x000b,
	0x000c,	 0x000d, 0x000e, 0x000f, 0x0010, 0x0011, 0xf001, 0xf003, 0xf004, 0xf005, 0xf006,
	0x0000,	 0x0012, 0xf007, 0xffff, 0x0018, 0x0019, 0x001f, 0x0020, 0xefe9, 0xefff, 0xf000,
	0x1f004, 0xe001, 0xe002, 0xe003, 0xe000, 0xe004, 0xe005, 0xdfff,
};

KEEL_PROCESS_ENTRY(fuzzer)
{
	uint32_t seed = 0;
	size_t len;

	if (sys_channel_transact(HANDLE_SEED, &seed, sizeof(seed), &seed, sizeof(seed),
				 KEEL_FOREVER, &len) != KEEL_OK ||
	    !seed)
		return;
	rng = seed;
	for (unsigned i = 0; i < CALLS_PER_RUN; i++) {
		/* Progress for the supervisor's count: a run may die at any call. */
		if (i % PROGRESS_EVERY == 0 && i)
			progress(PROGRESS_EVERY);
		uint32_t id = ids[next() % (sizeof(ids) / sizeof(ids[0]))];
		/* Ending itself or printing noise is allowed, but rarely: runs stay long. */
		if ((id == KEEL_SYS_PROCESS_EXIT || id == KEEL_SYS_THREAD_EXIT ||
		     id == KEEL_SYS_DEBUG_PUTC || id == KEEL_SYS_DEBUG_LOG) &&
		    (next() & 1023))
			id = KEEL_SYS_DEBUG_NOP;
		uintptr_t a[7];
		for (int k = 0; k < 7; k++)
			a[k] = arg();
		/* Deadlines (arguments 2-3 of object_wait, 5-6 of transact and of the
		 * respond-and-wait and short message extensions) stay short most of the time so that a run
		 * makes progress; the supervisor's watchdog ends the runs that wait
		 * forever. */
		keel_instant_t soon = keel_now() + (next() & 0x3ff);
		if (id == KEEL_SYS_OBJECT_WAIT && (next() & 7)) {
			a[2] = KEEL_LO(soon);
			a[3] = KEEL_HI(soon);
		}
		/* The short messages' tag: mostly a handle and a length around the limit. */
		if ((id == KEEL_SYS_CHANNEL_TRANSACT_SHORT ||
		     id == KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT) &&
		    (next() & 3))
			a[0] = KEEL_SHORT_TAG(a[0] & 7, next() % 20) |
				(next() & 8 ? KEEL_NO_RESPONSE : 0);
		if ((id == KEEL_SYS_CHANNEL_TRANSACT || id == KEEL_SYS_CHANNEL_RESPOND_AND_WAIT ||
		     id == KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE ||
		     id == KEEL_SYS_CHANNEL_TRANSACT_SHORT ||
		     id == KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT) &&
		    (next() & 7)) {
			a[5] = KEEL_LO(soon);
			a[6] = KEEL_HI(soon);
		}
		(void)keel_syscall(id, a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
	}
	progress(CALLS_PER_RUN % PROGRESS_EVERY ? CALLS_PER_RUN % PROGRESS_EVERY : PROGRESS_EVERY);
	KEEL_INF("seed %u: %u syscalls done", (unsigned)seed, CALLS_PER_RUN);
}
