/* generated from tests/tools/configs/pw_rv32_kernel_interrupts.json5 by keel-sysgen, do not edit */
/*
 * The kernel's view of the system: every process with its threads, objects,
 * handle table and memory regions, and which IRQ goes where. Data only.
 */
#include <k/system.h>

struct k_process *const k_processes[] = {
	0, /* C has no empty arrays */
};
const unsigned k_process_count = 0;

/* The object types some handle table holds. */
const uint32_t k_object_types = 0;

/* User IRQs, by number: which interrupt object and signal bit each raises. */
const struct k_irq_binding k_irq_bindings[] = {
	{ 0 }, /* C has no empty arrays */
};
const unsigned k_irq_binding_count = 0;

/* IRQs the kernel handles itself (kernel.interrupt_table), by number. */
void board_uart_isr(void);
const struct k_kernel_irq k_kernel_irqs[] = {
	K_KERNEL_IRQ(10, board_uart_isr),
};
const unsigned k_kernel_irq_count = 1;

/* kernel.fault_registers: a process's fault line adds every register. */
const bool k_fault_registers = false;
/* kernel.system_dump: a panic or a failing debug_shutdown prints every thread. */
const bool k_system_dump_on = false;
