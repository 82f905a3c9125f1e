// SPDX-License-Identifier: Apache-2.0
/*
 * ARMv8-M port: so far only what the boot image needs. Running processes on the
 * Cortex-M33 (SVC/PendSV switch, MPU, SysTick, NVIC) is not implemented yet; a system
 * with processes stops at once with a clear message instead of misbehaving.
 */
#include <k/arch.h>
#include <k/console.h>
#include <k/target.h>

noreturn void arch_halt(void)
{
	for (;;)
		__asm__ volatile("cpsid i\n\twfi");
}

static noreturn void unsupported(const char *what)
{
	k_printf("[kernel] %s: processes are not supported on this target yet\n", what);
	target_exit(3);
}

uint64_t arch_now(void)
{
	return 0;
}

void arch_timer_set(uint64_t when)
{
}

bool arch_process_init(struct k_process *p)
{
	return false;
}

void arch_idle(void)
{
	unsupported("arch_idle");
}

void arch_irq_mask(unsigned irq)
{
}

void arch_irq_unmask(unsigned irq)
{
}

bool arch_irq_valid(unsigned irq)
{
	return false;
}

void arch_init(void)
{
	unsupported("arch_init");
}

noreturn void arch_enter_user(struct k_thread *t)
{
	unsupported("arch_enter_user");
}
