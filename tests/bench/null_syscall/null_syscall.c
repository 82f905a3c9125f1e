// SPDX-License-Identifier: Apache-2.0
#include <keel/keel.h>
#include "../bench.h"

KEEL_ENTRY()
{
	BENCH_MEASURE("null_syscall", (void)sys_debug_nop());
	sys_debug_shutdown(0);
}
