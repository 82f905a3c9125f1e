// SPDX-License-Identifier: Apache-2.0
#include <stdint.h>
#include <k/arch.h>
#include <k/target.h>
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
	/* SYS_EXIT_EXTENDED takes a pointer to {reason, subcode}; QEMU exits with subcode. */
	static volatile uint32_t block[2];

	block[0] = ADP_STOPPED_APPLICATION_EXIT;
	block[1] = (uint32_t)code;
	register uint32_t r0 __asm__("r0") = SEMIHOSTING_SYS_EXIT_EXTENDED;
	register volatile uint32_t *r1 __asm__("r1") = block;
	__asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
	arch_halt();
}
