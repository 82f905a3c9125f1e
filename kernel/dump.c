// SPDX-License-Identifier: Apache-2.0
/*
 * The system dump a kernel panic or a failing debug_shutdown prints: every process
 * and thread, its state, what it waits on and where it stopped, so that a hung or
 * broken system says more than its exit code. Only with kernel.system_dump: the
 * constant folds at the image's link, and without it none of this is in the image.
 */
#include <k/console.h>
#include <k/object.h>
#include <k/sched.h>

static const char *const process_states[] = {
	[K_PROCESS_STOPPED] = "stopped",
	[K_PROCESS_RUNNING] = "running",
	[K_PROCESS_TERMINATED] = "terminated",
	[K_PROCESS_STARTING] = "starting",
};

static const char *const thread_states[] = {
	[K_THREAD_STOPPED] = "stopped",	      [K_THREAD_READY] = "ready",
	[K_THREAD_RUNNING] = "running",	      [K_THREAD_WAITING] = "waiting",
	[K_THREAD_TERMINATED] = "terminated",
};

static const char *const wait_kinds[] = {
	[K_WAIT_NONE] = "nothing",
	[K_WAIT_OBJECT] = "object_wait",
	[K_WAIT_TRANSACT] = "channel_transact",
	[K_WAIT_SLEEP] = "a deadline",
	[K_WAIT_RECEIVE] = "channel_respond_and_receive",
};

static const char *const object_types[] = {
	[K_OBJ_CHANNEL_INITIATOR] = "channel initiator",
	[K_OBJ_CHANNEL_HANDLER] = "channel handler",
	[K_OBJ_INTERRUPT] = "interrupt",
	[K_OBJ_PROCESS] = "process",
	[K_OBJ_THREAD] = "thread",
	[K_OBJ_WAIT_GROUP] = "wait group",
};

/* A corrupted byte must not make the dump read out of its tables. */
#define WORD(table, i) ((unsigned)(i) < sizeof(table) / sizeof((table)[0]) ? (table)[i] : "?")

/* The handle o has in p's table, or -1: handles are what the process's code knows. */
static int handle_of(const struct k_process *p, const struct k_object *o)
{
	for (unsigned h = 0; h < p->table_size; h++)
		if (p->table[h] == o)
			return (int)h;
	return -1;
}

static void dump_thread(const struct k_thread *t)
{
	const struct k_process *p = t->process;

	k_printf(K_ERR "  thread '%s' %s%s pc %p\n", k_thread_info(t)->name,
		 WORD(thread_states, t->state), t == k_current ? " (current)" : "",
		 (void *)arch_frame_pc(&t->frame));
	if (t->state != K_THREAD_WAITING)
		return;
	const struct k_object *o = t->wait_obj;
	if (o)
		k_printf(K_ERR "    waits in %s on handle %d (%s) mask 0x%x",
			 WORD(wait_kinds, t->wait_kind), handle_of(p, o),
			 WORD(object_types, o->type), (unsigned)t->wait_mask);
	else
		k_printf(K_ERR "    waits in %s", WORD(wait_kinds, t->wait_kind));
	if (t->deadline == K_FOREVER)
		k_printf(" forever\n");
	else
		/* The kernel's formatter has no 64-bit conversion: two words, high first. */
		k_printf(" until tick 0x%x%08x\n", (unsigned)(t->deadline >> 32),
			 (unsigned)t->deadline);
}

void k_system_dump(const char *why)
{
	static bool dumped; /* a fault while dumping must not dump again */

	if (!k_system_dump_on || dumped)
		return;
	dumped = true;
	k_printf(K_ERR "system dump (%s):\n", why);
	for (unsigned i = 0; i < k_process_count; i++) {
		const struct k_process *p = k_processes[i];

		k_printf(K_ERR "process '%s' %s\n", p->info->name, WORD(process_states, p->state));
		for (unsigned j = 0; j < p->info->thread_count; j++)
			dump_thread(&p->info->threads[j]);
	}
}
