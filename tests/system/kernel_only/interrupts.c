// SPDX-License-Identifier: Apache-2.0
/*
 * kernel_interrupts: the handler kernel.interrupt_table names for IRQ 30 is linked in
 * from here and runs in the kernel each time the test triggers the IRQ, before the
 * triggering thread goes on; its event signal wakes a waiting thread of higher
 * priority, which runs before the triggering thread resumes.
 */
#include <kcheck.h>

#define TEST_IRQ 30u
#define TRIGGERS 10u

void test_irqs_handler(void);

static volatile unsigned handled;
static struct kt_event irq_event;

void test_irqs_handler(void)
{
	handled = handled + 1;
	kt_event_signal(&irq_event);
}

static struct kt_thread waiter;
KT_STACK(waiter_stack, 1024);
static volatile unsigned woken;

static void waiter_entry(uintptr_t arg)
{
	(void)arg;
	for (unsigned i = 0; i < TRIGGERS; i++) {
		KCHECK_EQ(kt_event_wait_until(&irq_event, kt_now() + KT_MS(1000)), KEEL_OK);
		woken = woken + 1;
	}
}

int kernel_main(void)
{
	/* No waiter: the event stays set until taken. */
	kt_irq_trigger(TEST_IRQ);
	KCHECK_EQ(handled, 1);
	KCHECK_EQ(kt_event_wait_until(&irq_event, 0), KEEL_OK);
	KCHECK_EQ(kt_event_wait_until(&irq_event, 0), KEEL_DEADLINE_EXCEEDED);
	KCHECK_EQ(kt_event_wait_until(&irq_event, kt_now() + KT_MS(5)), KEEL_DEADLINE_EXCEEDED);

	/* A waiter above us: each IRQ wakes it and it runs before we go on. */
	KCHECK_EQ(kt_thread_create(&waiter, "waiter", waiter_entry, 0, waiter_stack,
				   sizeof(waiter_stack), K_DEFAULT_PRIORITY + 1),
		  KEEL_OK);
	for (unsigned i = 1; i <= TRIGGERS; i++) {
		kt_irq_trigger(TEST_IRQ);
		KCHECK_EQ(handled, 1 + i);
		KCHECK_EQ(woken, i);
	}
	KCHECK_EQ(kt_thread_join(&waiter, kt_now() + KT_MS(100)), KEEL_OK);
	kt_log("interrupts: %u IRQs handled in the kernel, %u wake-ups", handled, woken);
	KPASS();
}
