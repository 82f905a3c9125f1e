// SPDX-License-Identifier: Apache-2.0
/*
 * fault_registers' victim: known values in two callee-saved registers, then a load
 * from address 0, which no process may read.
 */
#include <keel/keel.h>
#include <victim_codegen.h>

KEEL_PROCESS_ENTRY(victim)
{
#if defined(__riscv)
	__asm__ volatile("li s2, 0x5eed0002\n\tli s3, 0x5eed0003\n\tlw t0, 0(zero)" ::
				 : "s2", "s3", "t0", "memory");
#elif defined(__arm__)
	__asm__ volatile(
		"ldr r8, =0x5eed0008\n\tldr r9, =0x5eed0009\n\tmovs r0, #0\n\tldr r0, [r0]" ::
			: "r8", "r9", "r0", "memory");
#endif
	sys_process_exit(0);
}
