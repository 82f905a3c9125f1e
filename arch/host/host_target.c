// SPDX-License-Identifier: Apache-2.0
/*
 * The host "board": the console goes into a buffer that tests read back, and exit
 * records the code instead of ending the process.
 */
#include <string.h>
#include <k/console.h>
#include <k/target.h>
#include <arch/host.h>

const char target_name[] = "host";

char host_console[HOST_CONSOLE_SIZE];
size_t host_console_len;
int host_exit_code = -1;

void target_init(void)
{
}

void target_device_open(uintptr_t start, uintptr_t end)
{
	(void)start;
	(void)end;
}

void target_console_write(const char *s)
{
	for (; *s; s++)
		if (host_console_len + 1 < sizeof(host_console))
			host_console[host_console_len++] = *s;
	host_console[host_console_len] = '\0';
}

/* A cleared console is a fresh terminal: the kernel's line state starts over too. */
void host_console_clear(void)
{
	k_console_init();
	host_console_len = 0;
	host_console[0] = '\0';
}

noreturn void target_exit(int code)
{
	host_exit_code = code;
	host_longjmp_exit();
}
