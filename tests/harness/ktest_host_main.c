// SPDX-License-Identifier: Apache-2.0
/* Host runner: `unit_tests [filter]` runs every test whose name contains filter. */
#include <stdio.h>
#include "ktest.h"

void kt_output(const char *s, unsigned len)
{
	fwrite(s, 1, len, stdout);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	return kt_run(argc > 1 ? argv[1] : NULL) ? 1 : 0;
}
