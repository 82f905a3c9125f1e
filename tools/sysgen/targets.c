// SPDX-License-Identifier: Apache-2.0
#include "targets.h"

#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/*
 * QEMU virt: the test device (the kernel's exit), the ACLINT timer/IPI block and the
 * PLIC are the kernel's. Its console is semihosting, so the 16550 is free to map.
 */
static const struct mem_range riscv_reserved[] = {
	{ 0x00100000u, 0x00101000u, "the test device (the kernel's exit)" },
	{ 0x02000000u, 0x02010000u, "the CLINT (the kernel's timer)" },
	{ 0x0c000000u, 0x0c600000u, "the PLIC (the kernel's interrupt controller)" },
};

/*
 * AN505, both the non-secure and the secure alias of each device: CMSDK UART 0 (the
 * kernel's console), CMSDK timer 0 (its deadline timer), the privilege control blocks
 * (whoever writes them opens peripheral ports to unprivileged code) and the DMA
 * controllers (a process programming one could write past its regions). The Private
 * Peripheral Bus (system control space: NVIC, SysTick, MPU) is never reachable
 * unprivileged.
 */
static const struct mem_range armv8m_reserved[] = {
	{ 0x40000000u, 0x40001000u, "CMSDK timer 0 (the kernel's deadline timer)" },
	{ 0x40080000u, 0x40081000u, "the non-secure privilege control block" },
	{ 0x40110000u, 0x40114000u, "the DMA controllers (they write anywhere)" },
	{ 0x40200000u, 0x40201000u, "CMSDK UART 0 (the kernel's console)" },
	{ 0x50000000u, 0x50001000u, "CMSDK timer 0 (the kernel's deadline timer)" },
	{ 0x50080000u, 0x50081000u, "the secure privilege control block (peripheral access)" },
	{ 0x50110000u, 0x50114000u, "the DMA controllers (they write anywhere)" },
	{ 0x50200000u, 0x50201000u, "CMSDK UART 0 (the kernel's console)" },
	{ 0xe0000000u, 0xe0100000u, "the Private Peripheral Bus (NVIC, SysTick, MPU)" },
};

static const struct target targets[] = {
	{
		.name = "qemu_virt_riscv32",
		.arch = ARCH_RISCV,
		.arch_type = "riscv",
		.ld_arch = "riscv",
		.protection = "PMP",
		.kflash_start = 0x80000000u,
		.kflash_size = 0x40000u,
		.kram_start = 0x81000000u,
		.kram_size = 0x10000u,
		/* virt's 128 MiB of RAM; "flash" is RAM here (-kernel loads the ELF). */
		.code = { 0x80000000u, 0x88000000u, "RAM" },
		.data = { 0x80000000u, 0x88000000u, "RAM" },
		.reserved = riscv_reserved,
		.n_reserved = COUNT(riscv_reserved),
		.kernel_stack = 2048,
		/* PLIC sources; 0 means "no interrupt". */
		.irq_min = 1,
		.irq_max = 95,
		/* The kernel programs each region as a TOR pair: 4-byte granule, 16 entries. */
		.align = 4,
		.stack_align = 16,
		.max_regions = 8,
		/* A NAPOT entry of 16 bytes (one stack alignment) between stacks. */
		.stack_guard = 16,
		.guard_entries = 16,
	},
	{
		.name = "mps2_an505",
		.arch = ARCH_ARMV8M,
		.arch_type = "armv8m",
		.ld_arch = "arm",
		.protection = "MPU",
		.kflash_start = 0x10000000u,
		.kflash_size = 0x40000u,
		.kram_start = 0x38000000u,
		.kram_size = 0x10000u,
		/* Secure aliases: SSRAM1 (4 MiB) for code, SSRAM2+3 (2 x 2 MiB) for data. */
		.code = { 0x10000000u, 0x10400000u, "code memory (SSRAM1)" },
		.data = { 0x38000000u, 0x38400000u, "RAM (SSRAM2/3)" },
		.reserved = armv8m_reserved,
		.n_reserved = COUNT(armv8m_reserved),
		.kernel_stack = 2048,
		/* The SSE-200 has 32 internal IRQs and AN505 92 more: NVIC num-irq 124. */
		.irq_min = 0,
		.irq_max = 123,
		/* targets/mps2_an505: TARGET_TIMER0_IRQ. */
		.has_timer_irq = true,
		.timer_irq = 3,
		/* PMSAv8: base and limit on a 32-byte granule, 8 regions. */
		.align = 32,
		.stack_align = 8,
		.max_regions = 8,
		.has_vector_table = true,
		.vt_start = 0x10000000u,
		.vt_size = 0x400u,
	},
};

const struct target *target_find(const char *name)
{
	for (size_t i = 0; i < COUNT(targets); i++)
		if (!strcmp(name, targets[i].name))
			return &targets[i];
	return NULL;
}

const char *target_names(void)
{
	return "qemu_virt_riscv32, mps2_an505";
}
