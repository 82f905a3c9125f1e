// SPDX-License-Identifier: Apache-2.0
/*
 * Kernel interrupt handlers that break the kernel on purpose, for the kernel_panic
 * test: a process fires their IRQ with debug_trigger_interrupt. Linked only into the
 * kernel_panic images (never into a real system).
 */
#include <k/object.h>

void test_panic_isr(void);
void test_trap_isr(void);

void test_panic_isr(void)
{
	K_PANIC("the kernel_panic test asked for it");
}

/* An undefined instruction in the kernel: the arch's kernel-fault path. */
void test_trap_isr(void)
{
#if defined(__riscv)
	__asm__ volatile("unimp");
#elif defined(__arm__)
	__asm__ volatile("udf #0");
#endif
}
