// SPDX-License-Identifier: Apache-2.0
/*
 * kernel_thread_fault: a kernel thread runs an undefined instruction. It is the kernel
 * faulting: a panic naming the thread (exit code 3), not a silent stop or a hang.
 */
#include <kcheck.h>

static struct kt_thread faulty;
KT_STACK(faulty_stack, 1024);

static void faulty_entry(uintptr_t arg)
{
	(void)arg;
#if defined(__riscv)
	__asm__ volatile("unimp");
#elif defined(__arm__)
	__asm__ volatile("udf #0");
#endif
}

int kernel_main(void)
{
	KCHECK_EQ(kt_thread_create(&faulty, "faulty", faulty_entry, 0, faulty_stack,
				   sizeof(faulty_stack), K_DEFAULT_PRIORITY + 1),
		  KEEL_OK);
	KCHECK_FAIL("FAIL: the kernel went on after a kernel thread's fault");
	return 1;
}
