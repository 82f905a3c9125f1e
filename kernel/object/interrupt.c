// SPDX-License-Identifier: Apache-2.0
/*
 * Interrupt objects: a user IRQ is masked at the controller when it fires and its
 * signal bit raised; the driver services the device and acks, which clears the bit
 * and unmasks the IRQ.
 */
#include <k/arch.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/trace.h>

static const struct k_irq_binding *binding_of(unsigned irq)
{
	for (unsigned i = 0; i < k_irq_binding_count; i++)
		if (k_irq_bindings[i].irq == irq)
			return &k_irq_bindings[i];
	return NULL;
}

struct k_process *k_irq_owner(unsigned irq)
{
	const struct k_irq_binding *b = binding_of(irq);

	return b ? b->object->owner : NULL;
}

bool k_irq_is_kernel(unsigned irq)
{
	for (unsigned i = 0; i < k_kernel_irq_count; i++)
		if (k_kernel_irqs[i].irq == irq)
			return true;
	return false;
}

void k_irq(unsigned irq)
{
	K_TRACE(K_TR_IRQ, k_current, irq);
	for (unsigned i = 0; i < k_kernel_irq_count; i++) {
		if (k_kernel_irqs[i].irq == irq) {
			k_kernel_irqs[i].handler();
			return;
		}
	}
	const struct k_irq_binding *b = binding_of(irq);
	arch_irq_mask(irq);
	if (b)
		k_object_update(&b->object->base, 0, KEEL_SIGNAL_INTERRUPT(b->bit));
}

static k_signals_t bits_of(const struct k_interrupt *i)
{
	return ((1u << i->count) - 1u) << 16;
}

int32_t k_interrupt_ack(struct k_interrupt *i, k_signals_t mask)
{
	if (mask == 0 || (mask & ~bits_of(i)))
		return k_err(KEEL_INVALID_ARGUMENT);
	k_object_update(&i->base, mask, 0);
	for (unsigned b = 0; b < i->count; b++)
		if (mask & KEEL_SIGNAL_INTERRUPT(b))
			arch_irq_unmask(i->irqs[b]);
	return 0;
}

void k_interrupt_reset(struct k_interrupt *i)
{
	k_object_update(&i->base, bits_of(i), 0);
	for (unsigned b = 0; b < i->count; b++)
		arch_irq_unmask(i->irqs[b]);
}

void k_interrupts_start(void)
{
	for (unsigned i = 0; i < k_irq_binding_count; i++)
		arch_irq_unmask(k_irq_bindings[i].irq);
	for (unsigned i = 0; i < k_kernel_irq_count; i++)
		arch_irq_unmask(k_kernel_irqs[i].irq);
}
