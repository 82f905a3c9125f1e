// SPDX-License-Identifier: Apache-2.0
/*
 * irq_to_user: a device raises its interrupt line while another process runs, and
 * the count is the instructions from there to the return of the driver's object_wait
 * on its interrupt object.
 *
 * The device: on rv32 the 16550 in loopback with its FIFOs on and the receive trigger
 * at 14 bytes. One byte sent comes back into the receive FIFO without an interrupt;
 * four character times later (about 100 000 instructions at divisor 1) the character
 * timeout raises IRQ 10 on its own. On the M33, CMSDK timer 1 (IRQ 4) restarted at
 * 200 counts (10 000 instructions) and reloading to the counter's maximum, so it
 * raises its line once per arming. Either way the driver arms the device, waits, and
 * the line rises while the spinner (spinner.c, a lower-priority process) spins
 * reading the clock: the trap is a genuine external interrupt taken from user mode,
 * followed by the kernel's handler, the wake-up, the switch of protection to the
 * driver and the return from object_wait.
 *
 * How the count is taken: the spinner's last clock reading before the trap (t0) comes
 * here by IPC; the driver reads the clock as soon as object_wait has returned (t1). The
 * figure is the mean of t1 - t0 over the events after the warm-up. Inside it: the
 * rest of the spinner's loop after its reading (at most its loop: 4 instructions on
 * rv32, 6 on the M33), the trap entry, the kernel's interrupt handling, the
 * scheduler's switch to the driver's process, the return to user mode and
 * object_wait's own return to its caller, up to the clock read. Not inside: the driver's clearing of the device, its
 * interrupt_ack, its next wait, and the IPC that carries t0.
 *
 * rv32's clock is instret, so each t1 - t0 is exact. The M33's counts once per 50
 * instructions; each difference is off by less than one count either way, and the
 * mean is exact in expectation when the trap falls at every phase of the count
 * equally often: the driver waits a pseudo-random few instructions before each arming
 * (outside the span), and 10 000 events bring the spread of the mean under one
 * instruction.
 */
#include <keel/keel.h>
#include <driver_codegen.h>
#include "../bench.h"
#include "clock.h"

#define WARM_UP 100u

#if defined(__riscv)
#define EVENTS 1000u
/* No trap path is anywhere near this long: a larger gap is a lost event. */
#define SPAN_MAX 20000u

#define THR 0
#define RBR 0
#define DLL 0
#define IER 1
#define DLM 1
#define FCR 2
#define LCR 3
#define MCR 4
#define IER_RX 0x01
#define FCR_FIFO_ON_CLEAR_TRIGGER_14 0xc7
#define LCR_DLAB 0x80
#define LCR_8N1 0x03
#define MCR_LOOP 0x10

static volatile uint8_t *const uart = (volatile uint8_t *)MAPPING_DEVICE_START;

static void device_init(void)
{
	/* Divisor 1: the shortest character time, so the timeout comes soonest. */
	uart[LCR] = LCR_DLAB;
	uart[DLL] = 1;
	uart[DLM] = 0;
	uart[LCR] = LCR_8N1;
	uart[FCR] = FCR_FIFO_ON_CLEAR_TRIGGER_14;
	uart[MCR] = MCR_LOOP;
	uart[IER] = IER_RX;
}

static void device_arm(void)
{
	uart[THR] = 0x55;
}

/* Reading the byte empties the FIFO, which ends the timeout and lowers the line. */
static void device_clear(void)
{
	(void)uart[RBR];
}
#else
#define EVENTS 10000u
#define SPAN_MAX 400u /* counts, 20 000 instructions */

#define TIMER_CTRL 0x0
#define TIMER_VALUE 0x4
#define TIMER_RELOAD 0x8
#define TIMER_INTCLEAR 0xc
#define TIMER_ENABLE_IRQ 0x9
#define TIMER_COUNTS 200u

static volatile uint32_t *timer(unsigned off)
{
	return (volatile uint32_t *)(MAPPING_DEVICE_START + off);
}

static void device_init(void)
{
	clock_start();
	/* RELOAD first: QEMU's timer loads VALUE from it when it is written. */
	*timer(TIMER_RELOAD) = 0xffffffffu;
	*timer(TIMER_VALUE) = 0xffffffffu;
	*timer(TIMER_CTRL) = TIMER_ENABLE_IRQ;
}

static void device_arm(void)
{
	static uint32_t seed = 1;

	seed = seed * 1103515245u + 12345u;
	for (volatile unsigned n = (seed >> 16) % 37u; n; n--)
		;
	*timer(TIMER_VALUE) = TIMER_COUNTS;
}

static void device_clear(void)
{
	*timer(TIMER_INTCLEAR) = 1;
}
#endif

static noreturn void fail(const char *what, unsigned value)
{
	KEEL_ERR("irq_to_user: %s %u", what, value);
	sys_debug_shutdown(1);
	for (;;)
		;
}

/* The spinner's reading before the last trap (its first message: none yet). */
static uint32_t spinner_reading(void)
{
	uint32_t t0;
	size_t len;
	enum keel_status s;

	s = sys_object_wait(HANDLE_SAMPLES, KEEL_SIGNAL_READABLE, KEEL_FOREVER, NULL);
	if (s == KEEL_OK)
		s = sys_channel_read(HANDLE_SAMPLES, 0, &t0, sizeof(t0), &len);
	if (s == KEEL_OK)
		s = sys_channel_respond(HANDLE_SAMPLES, &t0, sizeof(t0));
	if (s != KEEL_OK)
		fail("reading the spinner's sample:", s);
	return t0;
}

KEEL_PROCESS_ENTRY(driver)
{
	uint64_t total = 0;
	uint32_t t1 = 0;
	unsigned spurious = 0;

	device_init();
	/* Message i carries the reading before event i - 1; event i is armed after it. */
	for (unsigned i = 0;; i++) {
		uint32_t t0 = spinner_reading();
		if (i > WARM_UP) {
			uint32_t span = t1 - t0;
			if (span == 0 || span > SPAN_MAX)
				fail("a span out of range (a lost or extra trap):", span);
			total += span;
		}
		if (i == WARM_UP + EVENTS)
			break;
		device_arm();
		enum keel_status s = sys_object_wait(HANDLE_IRQ, SIGNAL_DEVICE, KEEL_FOREVER, NULL);
		t1 = clock_read();
		if (s != KEEL_OK)
			fail("object_wait on the interrupt:", s);
		device_clear();
		(void)sys_interrupt_ack(HANDLE_IRQ, SIGNAL_DEVICE);
		/*
		 * The device is cleared, so an interrupt here would be spurious (already
		 * taken by now): consume it outside the measured span and count it. The
		 * M33 had one per event while the ack let through the NVIC's stale latch
		 * of the line; tests/system/device_interrupt_ack checks there is none.
		 */
		if (sys_object_wait(HANDLE_IRQ, SIGNAL_DEVICE, 0, NULL) == KEEL_OK) {
			spurious++;
			(void)sys_interrupt_ack(HANDLE_IRQ, SIGNAL_DEVICE);
		}
	}
	KEEL_INF("irq_to_user: %u events measured, %u spurious interrupts after an ack", EVENTS,
		 spurious);
	bench_report("irq_to_user", total * CLOCK_INSTRUCTIONS, EVENTS);
	sys_debug_shutdown(0);
}
