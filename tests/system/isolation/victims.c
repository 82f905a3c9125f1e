// SPDX-License-Identifier: Apache-2.0
/*
 * The isolation test's victims: each makes one access its process has no right to,
 * which must fault it. Addresses go through volatile variables so the compiler emits
 * the plain load, store or jump. A victim that survives says so and exits with 1.
 */
#include <keel/keel.h>
/* Any process of the app will do: only the app constant CONST_CANARY_DATA is used. */
#include <read_other_ram_codegen.h>

#include "arch.h"

static noreturn void survived(const char *what)
{
	KEEL_ERR("%s did not fault", what);
	sys_process_exit(1);
}

static void load(uintptr_t address)
{
	volatile uintptr_t a = address;

	(void)*(volatile uint32_t *)a;
}

static void store(uintptr_t address, uint32_t value)
{
	volatile uintptr_t a = address;

	*(volatile uint32_t *)a = value;
}

KEEL_PROCESS_ENTRY(read_kernel_flash)
{
	load(KERNEL_FLASH);
	survived("a load from kernel flash");
}

KEEL_PROCESS_ENTRY(write_kernel_ram)
{
	store(KERNEL_RAM, 0);
	survived("a store to kernel RAM");
}

KEEL_PROCESS_ENTRY(read_other_ram)
{
	load(CONST_CANARY_DATA);
	survived("a load from the canary's RAM");
}

KEEL_PROCESS_ENTRY(write_other_ram)
{
	store(CONST_CANARY_DATA, 0);
	survived("a store to the canary's RAM");
}

/* RAM is never executable: fetching this return instruction faults. */
KEEL_PROCESS_ENTRY(exec_own_ram)
{
	static uint32_t code[1];

	code[0] = RAM_CODE;
	volatile uintptr_t a = CODE_ADDRESS(code);
	((void (*)(void))a)();
	survived("a jump into own RAM");
}

/* Code is read/execute only. */
KEEL_PROCESS_ENTRY(write_own_flash)
{
	store((uintptr_t)survived, 0);
	survived("a store to own flash");
}

static volatile uint32_t depth;

/* Not a tail call (the frame is used after it returns): every level takes stack. */
static uint32_t recurse(uint32_t n)
{
	volatile uint8_t frame[64];

	frame[0] = (uint8_t)n;
	depth = n;
	if (n == UINT32_MAX)
		return 0;
	return recurse(n + 1) + frame[0];
}

/* The stack is at the bottom of the process's RAM: overflowing it leaves the RAM. */
KEEL_PROCESS_ENTRY(stack_overflow)
{
	recurse(0);
	survived("unbounded recursion");
}

/* No mapping for the UART in this process. */
KEEL_PROCESS_ENTRY(read_device)
{
	load(DEVICE);
	survived("a load from the UART");
}

/*
 * The semihosting call the kernel's console uses (SYS_WRITE0, which would print a
 * forged kernel line), made from user mode: the emulator must not perform it, so it
 * is an ordinary breakpoint that faults the process.
 */
#define SEMIHOSTING_SYS_WRITE0 0x04u
static const char forged[] = "[kernel] forged by a process\n";

#if defined(__riscv)
/* QEMU recognises the sequence by its three uncompressed words, on one page. */
uint32_t victim_semihosting(uint32_t op, const void *param);
__asm__(".pushsection .text.victim_semihosting, \"ax\", @progbits\n"
	".globl victim_semihosting\n"
	".balign 16\n"
	"victim_semihosting:\n"
	".option push\n"
	".option norvc\n"
	"slli zero, zero, 0x1f\n"
	"ebreak\n"
	"srai zero, zero, 7\n"
	"ret\n"
	".option pop\n"
	".popsection\n");
#elif defined(__arm__)
static uint32_t victim_semihosting(uint32_t op, const void *param)
{
	register uint32_t r0 __asm__("r0") = op;
	register const void *r1 __asm__("r1") = param;

	__asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
	return r0;
}
#endif

KEEL_PROCESS_ENTRY(user_semihosting)
{
	victim_semihosting(SEMIHOSTING_SYS_WRITE0, forged);
	survived("a semihosting call");
}
