// SPDX-License-Identifier: Apache-2.0
#include <stdio.h>
#include <stdlib.h>
#include <k/arch.h>
#include <arch/host.h>

jmp_buf *host_exit_jmp;

noreturn void host_longjmp_exit(void)
{
	if (host_exit_jmp)
		longjmp(*host_exit_jmp, 1);
	fprintf(stderr, "host: kernel halted with no test to return to\n%s", host_console);
	abort();
}

noreturn void arch_halt(void)
{
	host_longjmp_exit();
}
