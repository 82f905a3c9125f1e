/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The arch contract: everything the portable kernel needs from a CPU port. Each port
 * (arch/riscv, arch/armv8m, arch/host) implements every function here; portable code
 * calls nothing else of the port. All functions run with interrupts masked (the kernel
 * is never preempted), on the single kernel stack.
 */
#ifndef K_ARCH_H
#define K_ARCH_H

#include <stdbool.h>
#include <stdint.h>
#include <stdnoreturn.h>

struct k_process;
struct k_thread;

/* Stop the CPU for good (after a panic or a shutdown that the target could not do). */
noreturn void arch_halt(void);

/* The system clock: monotonic 64-bit ticks at TARGET_SYSTEM_CLOCK_HZ. */
uint64_t arch_now(void);

/*
 * Ask for a timer interrupt at `when` (absolute ticks; UINT64_MAX: none). The kernel
 * calls k_timer_interrupt() when it fires; firing early is harmless, late is not.
 */
void arch_timer_set(uint64_t when);

/* Nothing is runnable: wait for an interrupt and dispatch it, then return. */
void arch_idle(void);

/*
 * Mask / unmask a user IRQ at the interrupt controller. Once unmasked, the IRQ is
 * taken if its device asserts the line at that moment or a trigger came while it was
 * masked; a rise the driver has since cleared is dropped where the controller can
 * tell (the NVIC; QEMU's PLIC keeps a latched rise until it is claimed).
 */
void arch_irq_mask(unsigned irq);
void arch_irq_unmask(unsigned irq);

/* Set up traps, the timer and the interrupt controller (once, before any process). */
void arch_init(void);

/* Leave the kernel for the first time, into thread t. */
noreturn void arch_enter_user(struct k_thread *t);

/*
 * Make `irq` pending as if its device had raised it (debug_trigger_interrupt). A masked
 * IRQ stays pending until arch_irq_unmask, which delivers it; a port whose controller
 * cannot latch it in software keeps the pending bit itself.
 */
void arch_irq_trigger(unsigned irq);

/* Is `irq` an interrupt number of this target that processes may use? */
bool arch_irq_valid(unsigned irq);

#ifdef KEEL_MEASURE_LATENCY
/*
 * The kernel_latency benchmark's kernel only: the longest span the kernel has run
 * with interrupts masked since the first process started, in instructions.
 */
uint32_t arch_latency_max(void);
#endif

#endif /* K_ARCH_H */
