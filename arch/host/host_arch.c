// SPDX-License-Identifier: Apache-2.0
/*
 * The host "CPU": a simulated clock that only moves when a test or the idle loop
 * moves it, a recorded timer, and IRQ mask bits. Idling jumps the clock straight to
 * the programmed timer, so deadline tests run instantly and deterministically.
 */
#include <k/arch.h>
#include <k/object.h>
#include <k/sched.h>
#include <arch/host.h>

uint64_t host_time;
uint64_t host_timer = UINT64_MAX;
uint64_t host_irq_unmasked; /* bit n: IRQ n enabled at the fake controller */

uint64_t arch_now(void)
{
	return host_time;
}

void arch_timer_set(uint64_t when)
{
	host_timer = when;
}

void arch_idle(void)
{
	if (host_timer == UINT64_MAX)
		host_longjmp_exit(); /* nothing can ever run again: the test sees a deadlock */
	if (host_time < host_timer)
		host_time = host_timer;
	host_timer = UINT64_MAX;
	k_timer_interrupt();
}

bool arch_irq_valid(unsigned irq)
{
	return irq < 64;
}

void arch_irq_mask(unsigned irq)
{
	if (irq < 64)
		host_irq_unmasked &= ~(1ull << irq);
}

void arch_irq_unmask(unsigned irq)
{
	if (irq < 64)
		host_irq_unmasked |= 1ull << irq;
}

void arch_irq_trigger(unsigned irq)
{
	k_irq(irq);
}

void arch_init(void)
{
}

noreturn void arch_enter_user(struct k_thread *t)
{
	host_longjmp_exit();
}
