// SPDX-License-Identifier: Apache-2.0
#include <k/arch.h>
#include <k/console.h>
#include <k/kthread.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/target.h>
#include <target/board.h>

void k_main(void);

/* Entered from the arch's reset code with the kernel stack set and .data/.bss ready. */
void k_main(void)
{
	target_init();
#ifdef KEEL_KERNEL_ONLY
	k_printf(K_INF "Keel kernel on %s, kernel-only\n", target_name);
	k_time_slice = TARGET_SYSTEM_CLOCK_HZ / 100;
	arch_init();
	k_kthreads_start();
#else
	k_printf(K_INF "Keel kernel on %s, %u processes\n", target_name, k_process_count);
	if (k_process_count == 0)
		target_exit(0);
	k_time_slice = TARGET_SYSTEM_CLOCK_HZ / 100;
	arch_init();
	k_system_start();
#endif
	arch_enter_user(k_sched_next());
}
