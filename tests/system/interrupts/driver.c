// SPDX-License-Identifier: Apache-2.0
/*
 * The interrupts test: an interrupt object with IRQs a and b (signals INTERRUPT_A and
 * INTERRUPT_B). A fired IRQ raises its bit until interrupt_ack clears it.
 */
#include <check.h>
#include <driver_codegen.h>

#define BOTH (SIGNAL_A | SIGNAL_B)

static keel_signals_t pending_now(void)
{
	return SIGNALS_NOW(HANDLE_PAIR, BOTH);
}

static volatile uint32_t trigger_irq;
static uint64_t trigger_stack[128];

static void trigger_main(void)
{
	CHECK_OK(sys_debug_trigger_interrupt(trigger_irq));
	sys_thread_exit(0);
}

/* Fire irq from a lower-priority thread: it runs once this thread parks. */
static void fire_later(uint32_t irq)
{
	trigger_irq = irq;
	CHECK_OK(
		sys_thread_start(HANDLE_TRIGGER, trigger_main,
				 trigger_stack + sizeof(trigger_stack) / sizeof(trigger_stack[0])));
}

static void join_trigger(void)
{
	struct keel_exit_status st;

	CHECK_WAIT(HANDLE_TRIGGER, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_TRIGGER, &st));
	CHECK_EXIT(st, KEEL_EXIT_SUCCESS, 0);
}

static void generated_names(void)
{
	CHECK_EQ(IRQ_A, 20);
	CHECK_EQ(IRQ_B, 21);
	CHECK_EQ(SIGNAL_A, KEEL_SIGNAL_INTERRUPT(0));
	CHECK_EQ(SIGNAL_B, KEEL_SIGNAL_INTERRUPT(1));
}

static void trigger_wait_ack(void)
{
	CHECK_EQ(pending_now(), 0);
	CHECK_STATUS(sys_object_wait(HANDLE_PAIR, BOTH, keel_now(), NULL), KEEL_DEADLINE_EXCEEDED);

	CHECK_OK(sys_debug_trigger_interrupt(IRQ_A));
	CHECK_EQ(CHECK_WAIT(HANDLE_PAIR, BOTH).pending_signals, SIGNAL_A);
	/* Only the bits asked for count. */
	CHECK_EQ(SIGNALS_NOW(HANDLE_PAIR, SIGNAL_B), 0);
	CHECK_OK(sys_debug_trigger_interrupt(IRQ_B));
	CHECK_EQ(pending_now(), BOTH);

	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_A));
	CHECK_EQ(pending_now(), SIGNAL_B);
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_B));
	CHECK_EQ(pending_now(), 0);

	/* After the ack it fires again. */
	for (int i = 0; i < 3; i++) {
		CHECK_OK(sys_debug_trigger_interrupt(IRQ_A));
		CHECK_EQ(pending_now(), SIGNAL_A);
		CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_A));
		CHECK_EQ(pending_now(), 0);
	}

	/* Parked on the object, woken by the IRQ. */
	fire_later(IRQ_B);
	CHECK_EQ(CHECK_WAIT(HANDLE_PAIR, BOTH).pending_signals, SIGNAL_B);
	join_trigger();
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, BOTH));
	CHECK_EQ(pending_now(), 0);
	KEEL_INF("trigger, wait and ack on the object");
}

/*
 * An IRQ triggered while it is masked (fired, not yet acked) is latched, as the NVIC
 * does, and arrives exactly once when the ack unmasks it, however often it was
 * triggered meanwhile.
 */
static void trigger_while_masked_arrives_once_after_the_ack(void)
{
	CHECK_EQ(pending_now(), 0);
	CHECK_OK(sys_debug_trigger_interrupt(IRQ_A));
	CHECK_EQ(CHECK_WAIT(HANDLE_PAIR, BOTH).pending_signals, SIGNAL_A);
	for (int i = 0; i < 3; i++)
		CHECK_OK(sys_debug_trigger_interrupt(IRQ_A));
	CHECK_EQ(pending_now(), SIGNAL_A);

	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_A));
	CHECK_EQ(CHECK_WAIT(HANDLE_PAIR, BOTH).pending_signals, SIGNAL_A);
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_A));
	CHECK_OK(keel_sleep(KEEL_MS(5)));
	CHECK_EQ(pending_now(), 0);

	/* Triggered while masked, then acked with the other IRQ: each arrives once. */
	CHECK_OK(sys_debug_trigger_interrupt(IRQ_A));
	CHECK_OK(sys_debug_trigger_interrupt(IRQ_B));
	CHECK_EQ(pending_now(), BOTH);
	CHECK_OK(sys_debug_trigger_interrupt(IRQ_B));
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, BOTH));
	CHECK_EQ(CHECK_WAIT(HANDLE_PAIR, SIGNAL_B).pending_signals, SIGNAL_B);
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_B));
	CHECK_OK(keel_sleep(KEEL_MS(5)));
	CHECK_EQ(pending_now(), 0);
	KEEL_INF("triggered while masked: arrives exactly once after the ack");
}

static void bad_arguments(void)
{
	/* Only this object's bits may be acked. */
	CHECK_STATUS(sys_interrupt_ack(HANDLE_PAIR, 0), KEEL_INVALID_ARGUMENT);
	CHECK_STATUS(sys_interrupt_ack(HANDLE_PAIR, KEEL_SIGNAL_INTERRUPT(2)),
		     KEEL_INVALID_ARGUMENT);
	CHECK_STATUS(sys_interrupt_ack(HANDLE_PAIR, KEEL_SIGNAL_READABLE), KEEL_INVALID_ARGUMENT);
	/* Not an interrupt object. */
	CHECK_STATUS(sys_interrupt_ack(HANDLE_GROUP, SIGNAL_A), KEEL_UNIMPLEMENTED);
	/* Numbers the interrupt controller does not have. */
#if defined(__riscv)
	/* IRQ 0 means "none" on the PLIC; QEMU virt's sources end at 95. */
	CHECK_STATUS(sys_debug_trigger_interrupt(0), KEEL_INVALID_ARGUMENT);
	CHECK_STATUS(sys_debug_trigger_interrupt(96), KEEL_INVALID_ARGUMENT);
#else
	/* The AN505's NVIC has 124 external IRQs; 3 is the kernel's own timer. */
	CHECK_STATUS(sys_debug_trigger_interrupt(124), KEEL_INVALID_ARGUMENT);
	CHECK_STATUS(sys_debug_trigger_interrupt(3), KEEL_INVALID_ARGUMENT);
#endif
	CHECK_STATUS(sys_debug_trigger_interrupt(0xffffffffu), KEEL_INVALID_ARGUMENT);
	CHECK_EQ(pending_now(), 0);
	KEEL_INF("bad ack masks and IRQ numbers: INVALID_ARGUMENT");
}

static bool group_signalled(void)
{
	return SIGNALS_NOW(HANDLE_GROUP, KEEL_SIGNAL_READABLE) != 0;
}

static void through_a_wait_group(void)
{
	struct keel_wait_result w;

	CHECK_OK(sys_wait_group_add(HANDLE_GROUP, HANDLE_PAIR, BOTH, 0x1234));
	CHECK(!group_signalled());

	CHECK_OK(sys_debug_trigger_interrupt(IRQ_A));
	w = CHECK_WAIT(HANDLE_GROUP, KEEL_SIGNAL_READABLE);
	CHECK_EQ(w.user_data, 0x1234);
	CHECK_EQ(w.pending_signals, SIGNAL_A);
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_A));
	/* Acked: the group is no longer signalled. */
	CHECK_STATUS(sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, keel_now(), NULL),
		     KEEL_DEADLINE_EXCEEDED);

	CHECK_OK(sys_debug_trigger_interrupt(IRQ_B));
	CHECK_OK(sys_debug_trigger_interrupt(IRQ_A));
	CHECK_EQ(CHECK_WAIT(HANDLE_GROUP, KEEL_SIGNAL_READABLE).pending_signals, BOTH);
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_A));
	/* One bit still up: still signalled, with what is left. */
	CHECK_EQ(CHECK_WAIT(HANDLE_GROUP, KEEL_SIGNAL_READABLE).pending_signals, SIGNAL_B);
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_B));
	CHECK(!group_signalled());

	/* Parked on the group, woken by the IRQ. */
	fire_later(IRQ_B);
	w = CHECK_WAIT(HANDLE_GROUP, KEEL_SIGNAL_READABLE);
	CHECK_EQ(w.user_data, 0x1234);
	CHECK_EQ(w.pending_signals, SIGNAL_B);
	join_trigger();
	CHECK_OK(sys_interrupt_ack(HANDLE_PAIR, SIGNAL_B));
	CHECK_STATUS(sys_object_wait(HANDLE_GROUP, KEEL_SIGNAL_READABLE, keel_now(), NULL),
		     KEEL_DEADLINE_EXCEEDED);
	KEEL_INF("through a wait group; after the ack the group is not signalled");
}

KEEL_PROCESS_ENTRY(driver)
{
	generated_names();
	trigger_wait_ack();
	trigger_while_masked_arrives_once_after_the_ack();
	bad_arguments();
	through_a_wait_group();
	PASS();
}
