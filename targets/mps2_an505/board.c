// SPDX-License-Identifier: Apache-2.0
#include <stdbool.h>
#include <stdint.h>
#include <k/arch.h>
#include <k/target.h>
#include <k/trace.h>
#include <target/board.h>

#define UART_DATA 0x0
#define UART_STATE 0x4
#define UART_CTRL 0x8
#define UART_BAUDDIV 0x10
#define UART_STATE_TXFULL 0x1
#define UART_CTRL_TX_EN 0x1
#define UART_CTRL_RX_EN 0x2

#define SEMIHOSTING_SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

const char target_name[] = "mps2_an505";

static inline volatile uint32_t *uart_reg(unsigned off)
{
	return (volatile uint32_t *)(uintptr_t)(TARGET_UART0_BASE + off);
}

/*
 * The IoTKit's secure privilege control block: one register per peripheral protection
 * controller, bit n letting unprivileged code through port n. All are 0 at reset, and
 * a blocked access reads as zero and drops writes (SECRESPCFG 0), so a process's own
 * device would look dead without them. The kernel keeps its console and timer closed
 * (the generator refuses mapping them) and never opens the DMA controllers: a process
 * programming one could write past its MPU regions.
 */
#define SPCB_BASE 0x50080000u
#define APBSPPPC0 0xb0u
#define AHBSPPPCEXP0 0xa0u
#define APBSPPPCEXP1 0xc4u
#define APBSPPPCEXP2 0xc8u

/* In 4 KiB pages from 0x40000000 (the non-secure alias; the secure one is 256 Mi up). */
struct ppc_port {
	uint16_t page, pages;
	uint8_t reg, bit;
};

#define PORT(base, size, reg, bit)                                 \
	{                                                          \
		((base)-0x40000000u) >> 12, (size) >> 12, reg, bit \
	}

static const struct ppc_port ppc_ports[] = {
	PORT(0x40001000u, 0x1000u, APBSPPPC0, 1), /* timer 1 */
	PORT(0x40002000u, 0x1000u, APBSPPPC0, 2), /* dual timer */
	PORT(0x41000000u, 0x140000u, AHBSPPPCEXP0, 0), /* graphics */
	PORT(0x40100000u, 0x1000u, AHBSPPPCEXP0, 1), /* GPIO 0..3 */
	PORT(0x40101000u, 0x1000u, AHBSPPPCEXP0, 2),
	PORT(0x40102000u, 0x1000u, AHBSPPPCEXP0, 3),
	PORT(0x40103000u, 0x1000u, AHBSPPPCEXP0, 4),
	PORT(0x42000000u, 0x100000u, AHBSPPPCEXP0, 5), /* Ethernet */
	PORT(0x40205000u, 0x1000u, APBSPPPCEXP1, 0), /* SPI 0..4 */
	PORT(0x40206000u, 0x1000u, APBSPPPCEXP1, 1),
	PORT(0x40209000u, 0x1000u, APBSPPPCEXP1, 2),
	PORT(0x4020a000u, 0x1000u, APBSPPPCEXP1, 3),
	PORT(0x4020b000u, 0x1000u, APBSPPPCEXP1, 4),
	PORT(0x40201000u, 0x1000u, APBSPPPCEXP1, 6), /* UART 1..4 (port 5 is UART 0) */
	PORT(0x40202000u, 0x1000u, APBSPPPCEXP1, 7),
	PORT(0x40203000u, 0x1000u, APBSPPPCEXP1, 8),
	PORT(0x40204000u, 0x1000u, APBSPPPCEXP1, 9),
	PORT(0x40207000u, 0x1000u, APBSPPPCEXP1, 10), /* I2C 0..3 */
	PORT(0x40208000u, 0x1000u, APBSPPPCEXP1, 11),
	PORT(0x4020c000u, 0x1000u, APBSPPPCEXP1, 12),
	PORT(0x4020d000u, 0x1000u, APBSPPPCEXP1, 13),
	PORT(0x40300000u, 0x1000u, APBSPPPCEXP2, 0), /* SCC */
	PORT(0x40301000u, 0x1000u, APBSPPPCEXP2, 1), /* I2S */
	PORT(0x40302000u, 0x1000u, APBSPPPCEXP2, 2), /* FPGA I/O */
};

static bool overlaps(uint32_t base, uint32_t size, uintptr_t start, uintptr_t end)
{
	return start < base + size && base < end;
}

void target_device_open(uintptr_t start, uintptr_t end)
{
	for (unsigned i = 0; i < sizeof(ppc_ports) / sizeof(ppc_ports[0]); i++) {
		const struct ppc_port *port = &ppc_ports[i];
		uint32_t base = 0x40000000u + ((uint32_t)port->page << 12);
		uint32_t size = (uint32_t)port->pages << 12;
		if (overlaps(base, size, start, end) ||
		    overlaps(base + 0x10000000u, size, start, end))
			*(volatile uint32_t *)(uintptr_t)(SPCB_BASE + port->reg) |= 1u << port->bit;
	}
}

void target_init(void)
{
	/* QEMU's CMSDK UART refuses to transmit with a divider below 16. */
	*uart_reg(UART_BAUDDIV) = 16;
	*uart_reg(UART_CTRL) = UART_CTRL_TX_EN | UART_CTRL_RX_EN;
}

void target_console_write(const char *s)
{
	for (; *s; s++) {
		while (*uart_reg(UART_STATE) & UART_STATE_TXFULL)
			;
		*uart_reg(UART_DATA) = (uint8_t)*s;
	}
}

noreturn void target_exit(int code)
{
	K_TRACE_DUMP();
	/* SYS_EXIT_EXTENDED takes a pointer to {reason, subcode}; QEMU exits with subcode. */
	static volatile uint32_t block[2];

	block[0] = ADP_STOPPED_APPLICATION_EXIT;
	block[1] = (uint32_t)code;
	register uint32_t r0 __asm__("r0") = SEMIHOSTING_SYS_EXIT_EXTENDED;
	register volatile uint32_t *r1 __asm__("r1") = block;
	__asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
	arch_halt();
}
