// SPDX-License-Identifier: Apache-2.0
#include <stdint.h>
#include <k/arch.h>
#include <k/target.h>
#include <k/trace.h>
#include <target/board.h>

/* Semihosting operations (the RISC-V semihosting spec uses ARM's numbers). */
#define SEMIHOSTING_SYS_WRITE0 0x04

#define TEST_PASS 0x5555u
#define TEST_FAIL 0x3333u

const char target_name[] = "qemu_virt_riscv32";

void target_init(void)
{
}

/*
 * The kernel console is semihosting, not the 16550: the UART belongs to whichever
 * process maps it, so that process can neither read nor silence the kernel's lines,
 * and the kernel never waits on a device a process controls. QEMU honours the
 * sequence from M-mode only (from U-mode it is a plain breakpoint exception). It
 * recognises the three instructions by their words, so they are uncompressed,
 * adjacent and on one page: a 16-byte aligned function of their own.
 * a0 = operation, a1 = parameter; the result comes back in a0.
 */
uint32_t target_semihosting(uint32_t op, const void *param);
__asm__(".pushsection .text.target_semihosting, \"ax\", @progbits\n"
	".globl target_semihosting\n"
	".balign 16\n"
	"target_semihosting:\n"
	".option push\n"
	".option norvc\n"
	"slli zero, zero, 0x1f\n"
	"ebreak\n"
	"srai zero, zero, 7\n"
	"ret\n"
	".option pop\n"
	".popsection\n");

/* The virt board gates no device by privilege: the PMP alone decides. */
void target_device_open(uintptr_t start, uintptr_t end)
{
	(void)start;
	(void)end;
}

void target_console_write(const char *s)
{
	target_semihosting(SEMIHOSTING_SYS_WRITE0, s);
}

noreturn void target_exit(int code)
{
	K_TRACE_DUMP();
	volatile uint32_t *test = (volatile uint32_t *)(uintptr_t)TARGET_TEST_DEVICE;

	/* The device keeps only 16 bits of code; never let a failure read as 0. */
	uint32_t c = (uint32_t)code & 0xffffu;
	if (code != 0 && c == 0)
		c = 1;
	*test = code == 0 ? TEST_PASS : (c << 16) | TEST_FAIL;
	arch_halt();
}
