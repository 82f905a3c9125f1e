// SPDX-License-Identifier: Apache-2.0
/*
 * The owner reads an identification register of its UART and writes and reads back a
 * register with no side effect; then it joins the intruder, which must have faulted on
 * a load from the same UART.
 */
#include <check.h>
#include <owner_codegen.h>

#if defined(__riscv)
/* 16550: the line status reads 0x60 after reset (transmitter empty), SCR is scratch. */
#define ID_OFFSET 5u
#define ID_VALUE 0x60u
#define SCRATCH_OFFSET 7u
#define LOAD_FAULT 5u /* mcause: load access fault */
typedef uint8_t reg_t;
#elif defined(__arm__)
/* CMSDK APB UART: component ID 0 is 0x0d; BAUDDIV holds what is written (UART off). */
#define ID_OFFSET 0xff0u
#define ID_VALUE 0x0du
#define SCRATCH_OFFSET 0x10u
#define LOAD_FAULT 0x82u /* CFSR: MMARVALID | DACCVIOL */
typedef uint32_t reg_t;
#endif

static volatile reg_t *reg(uintptr_t base, uintptr_t offset)
{
	return (volatile reg_t *)(base + offset);
}

KEEL_PROCESS_ENTRY(owner)
{
	uintptr_t uart = MAPPING_UART_START;

	CHECK_EQ(*reg(uart, ID_OFFSET), ID_VALUE);
	*reg(uart, SCRATCH_OFFSET) = 0x5a;
	CHECK_EQ(*reg(uart, SCRATCH_OFFSET), 0x5a);
	*reg(uart, SCRATCH_OFFSET) = 0x21;
	CHECK_EQ(*reg(uart, SCRATCH_OFFSET), 0x21);
	KEEL_INF("owner: the UART answers");

	struct keel_exit_status st;
	CHECK_WAIT(HANDLE_INTRUDER, KEEL_SIGNAL_JOINABLE);
	CHECK_OK(sys_task_join(HANDLE_INTRUDER, &st));
	CHECK_EXIT(st, KEEL_EXIT_UNHANDLED_EXCEPTION, LOAD_FAULT);
	PASS();
}

/* The owner's UART, by address: this process has no mapping of it. */
KEEL_PROCESS_ENTRY(intruder)
{
	volatile uintptr_t a = MAPPING_UART_START;

	(void)*(volatile reg_t *)(a + ID_OFFSET);
	CHECK_FAIL("intruder: a load from another process's UART did not fault");
}
