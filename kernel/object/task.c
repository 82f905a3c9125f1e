// SPDX-License-Identifier: Apache-2.0
/*
 * Process and thread lifecycle:
 *   Stopped -> Running -> Terminated (JOINABLE) -> joined -> Stopped.
 * The kernel is not preemptible, so a terminated process's threads stop at once.
 */
#include <keel/string.h>
#include <k/arch.h>
#include <k/console.h>
#include <k/target.h>
#include <k/object.h>
#include <k/sched.h>
#include <k/trace.h>
#include <k/uaccess.h>

/* Undo whatever t is waiting in: a synchronous transaction it started is dropped. */
static void abandon_wait(struct k_thread *t, bool process_dies)
{
	if (t->state == K_THREAD_WAITING && t->wait_kind == K_WAIT_TRANSACT)
		k_channel_caller_gone((struct k_channel_initiator *)t->wait_obj, process_dies);
	k_sched_detach(t);
}

static void thread_stop(struct k_thread *t, uint32_t tag, uint32_t payload, bool process_dies)
{
	K_TRACE(K_TR_EXIT, t, tag);
	abandon_wait(t, process_dies);
	t->state = K_THREAD_TERMINATED;
	t->exit_tag = tag;
	t->exit_payload = payload;
	k_object_update(&t->base, 0, KEEL_SIGNAL_JOINABLE);
}

static bool thread_live(const struct k_thread *t)
{
	return t->state != K_THREAD_STOPPED && t->state != K_THREAD_TERMINATED;
}

void k_process_terminate(struct k_process *p, uint32_t tag, uint32_t payload)
{
	if (p->state != K_PROCESS_RUNNING)
		return;
	for (unsigned i = 0; i < p->info->thread_count; i++)
		if (thread_live(&p->info->threads[i]))
			thread_stop(&p->info->threads[i], KEEL_EXIT_PROCESS_TERMINATED, 0, true);
	p->state = K_PROCESS_TERMINATED;
	p->exit_tag = tag;
	p->exit_payload = payload;
	k_object_update(&p->base, 0, KEEL_SIGNAL_JOINABLE);
	/* With every process gone nothing could ever restart one: end the system. */
	for (unsigned i = 0; i < k_process_count; i++)
		if (k_processes[i]->state == K_PROCESS_RUNNING)
			return;
	k_printf(K_INF "no process is running any more: shutting down\n");
	target_exit(tag == KEEL_EXIT_SUCCESS && payload == 0 ? 0 : 1);
}

void k_thread_terminate(struct k_thread *t, uint32_t tag, uint32_t payload)
{
	struct k_process *p = t->process;
	bool last = true;

	/* The last live thread of a process takes the process with it. */
	for (unsigned i = 0; i < p->info->thread_count; i++)
		if (&p->info->threads[i] != t && thread_live(&p->info->threads[i]))
			last = false;
	thread_stop(t, tag, payload, last);
	if (last)
		k_process_terminate(p, tag, payload);
}

/*
 * The lowest address t's stack may reach when thread_start starts it at sp. The
 * generator puts the configured stacks at the bottom of the process's RAM, one right
 * above the other, so a configured stack ends at the highest stack top below its own
 * (or at the RAM start): the generator's stack_limit for a start at its own top. A
 * stack above every configured stack is in the process's data: it may grow down to
 * the top of those stacks, never into them. Any other sp may use the whole RAM.
 */
static uintptr_t stack_limit(const struct k_thread *t, uintptr_t sp)
{
	const struct k_process *p = t->process;
	const struct k_thread_info *info = k_thread_info(t);
	uintptr_t ram = p->info->regions[1].start, stacks = p->info->stacks_end;

	if (info->stack_top && sp > info->stack_limit && sp <= info->stack_top)
		return info->stack_limit;
	return sp > stacks ? stacks : ram;
}

/* limit: t's stack limit for sp, the generator's for a process's start. */
static void thread_begin(struct k_thread *t, uintptr_t pc, uintptr_t sp, uintptr_t limit)
{
	/* The limit first: a port may build the first frame on the stack, inside it. */
	t->stack_limit = limit;
	arch_frame_init(&t->frame, pc, sp);
	t->resuming = false;
	t->exit_tag = KEEL_EXIT_NONE;
	t->exit_payload = 0;
	k_object_update(&t->base, KEEL_SIGNAL_JOINABLE, 0);
	K_TRACE(K_TR_START, t, pc);
	k_sched_ready(t);
}

/*
 * The image header is the app's, not the generator's: the RAM it asks the kernel to
 * clear and fill, and the flash it copies from, must be the process's own (region 0
 * its flash, region 1 its RAM), or a crafted header would have the kernel write
 * anywhere at the next start.
 */
static bool image_ok(const struct k_process *p)
{
	const struct keel_image_header *img = p->info->image;
	const struct k_region *flash = &p->info->regions[0], *ram = &p->info->regions[1];

	if (img->magic != KEEL_IMAGE_MAGIC)
		return false;
	if (img->data_start > img->data_end || img->data_end > img->bss_end)
		return false;
	if (img->data_start < ram->start || img->bss_end > ram->end)
		return false;
	uintptr_t size = img->data_end - img->data_start;
	if (img->data_load < flash->start || img->data_load > flash->end ||
	    size > flash->end - img->data_load)
		return false;
	return img->entry >= flash->start && img->entry < flash->end;
}

/* The bytes at the bottom of p's RAM that its configured stacks (and guards) take. */
static size_t stacks_size(const struct k_process *p)
{
	return p->info->stacks_end - p->info->regions[1].start;
}

/*
 * The next at most `budget` bytes of a fresh RAM image: nothing of the previous run
 * survives a restart. The whole slice is cleared, then .data copied in. True when done.
 * The configured stacks are filled with K_STACK_FILL instead of zeros, at the same
 * cost, so that the deepest byte a thread wrote shows (tools/stacks.py).
 */
static bool start_step(struct k_process *p, size_t budget)
{
	const struct keel_image_header *img = p->info->image;
	const struct k_region *ram = &p->info->regions[1];
	size_t ram_size = ram->end - ram->start, at = p->start_done;
	size_t data_size = img->data_end > img->data_start ? img->data_end - img->data_start : 0;

	if (at < ram_size) {
		size_t n = ram_size - at < budget ? ram_size - at : budget;
		size_t stacks = stacks_size(p);
		int fill = 0;

		if (at < stacks) {
			fill = K_STACK_FILL;
			if (n > stacks - at)
				n = stacks - at;
		}
		memset((void *)(ram->start + at), fill, n);
		at += n;
	} else {
		size_t off = at - ram_size;
		size_t n = data_size - off < budget ? data_size - off : budget;
		memcpy((void *)(uintptr_t)(img->data_start + off),
		       (const void *)(uintptr_t)(img->data_load + off), n);
		at += n;
	}
	p->start_done = at;
	return at == ram_size + data_size;
}

static void start_finish(struct k_process *p)
{
	const struct keel_image_header *img = p->info->image;

	for (unsigned i = 0; i < p->info->thread_count; i++) {
		struct k_thread *t = &p->info->threads[i];
		t->state = K_THREAD_STOPPED;
		k_object_update(&t->base, KEEL_SIGNAL_JOINABLE, 0);
	}
	p->state = K_PROCESS_RUNNING;
	p->exit_tag = KEEL_EXIT_NONE;
	p->exit_payload = 0;
	k_object_update(&p->base, KEEL_SIGNAL_JOINABLE, 0);
	struct k_thread *main = &p->info->threads[p->info->main_thread];
	const struct k_thread_info *info = &p->info->thread_info[p->info->main_thread];
	thread_begin(main, img->entry, info->stack_top, info->stack_limit);
}

/* What a process's join resets: the objects it owns (§6.4). */
static void process_reset(struct k_process *p)
{
	for (unsigned i = 0; i < p->table_size; i++) {
		struct k_object *o = p->table[i];
		/*
		 * Process objects, its own included, belong to whoever watches them (the
		 * supervisor's wait group must keep the restarted process), and so do
		 * other processes' threads.
		 */
		if (o->type == K_OBJ_PROCESS ||
		    (k_handle_type(o, K_OBJ_THREAD) &&
		     K_CONTAINER_OF(o, struct k_thread, base)->process != p))
			continue;
		/*
		 * Once, not per type: it is inlined, and a copy per case cost flash. Only a
		 * system with wait groups can have an object in one.
		 */
		if (k_type_used(K_OBJ_WAIT_GROUP))
			k_wait_group_leave(o);
		if (k_handle_type(o, K_OBJ_CHANNEL_INITIATOR) ||
		    k_handle_type(o, K_OBJ_CHANNEL_HANDLER))
			k_channel_reset(o);
		else if (k_handle_type(o, K_OBJ_INTERRUPT))
			k_interrupt_reset((struct k_interrupt *)o);
		else if (k_handle_type(o, K_OBJ_WAIT_GROUP))
			k_wait_group_clear((struct k_wait_group *)o);
	}
	for (unsigned i = 0; i < p->info->thread_count; i++) {
		struct k_thread *t = &p->info->threads[i];
		t->state = K_THREAD_STOPPED;
		k_object_update(&t->base, KEEL_SIGNAL_JOINABLE, 0);
	}
}

static int32_t write_status(struct k_thread *caller, uint32_t tag, uint32_t payload)
{
	arch_frame_set_result(&caller->frame, tag, payload);
	return K_WRITTEN;
}

int32_t k_task_join(struct k_thread *caller, struct k_object *o)
{
	if (o->type == K_OBJ_PROCESS) {
		struct k_process *p = (struct k_process *)o;
		/* The caller's own process is running: the reset folds away without others. */
		if (!k_other_processes() || p->state == K_PROCESS_RUNNING ||
		    p->state == K_PROCESS_STARTING)
			return k_err(KEEL_UNAVAILABLE);
		if (p->state == K_PROCESS_STOPPED)
			return k_err(KEEL_FAILED_PRECONDITION);
		p->state = K_PROCESS_STOPPED;
		k_object_update(&p->base, KEEL_SIGNAL_JOINABLE, 0);
		process_reset(p);
		K_TRACE(K_TR_JOIN, caller, (uintptr_t)p);
		return write_status(caller, p->exit_tag, p->exit_payload);
	}
	if (k_handle_type(o, K_OBJ_THREAD)) {
		struct k_thread *t = K_CONTAINER_OF(o, struct k_thread, base);
		if (thread_live(t))
			return k_err(KEEL_UNAVAILABLE);
		if (t->state == K_THREAD_STOPPED)
			return k_err(KEEL_FAILED_PRECONDITION);
		t->state = K_THREAD_STOPPED;
		k_object_update(&t->base, KEEL_SIGNAL_JOINABLE, 0);
		K_TRACE(K_TR_JOIN, caller, (uintptr_t)t);
		return write_status(caller, t->exit_tag, t->exit_payload);
	}
	return k_err(KEEL_UNIMPLEMENTED);
}

/* The states of user/include/keel/syscall.h's enum keel_task_state. */
enum { TASK_STOPPED, TASK_RUNNING, TASK_ENDED };

/*
 * Unlike join, nothing is reset and JOINABLE stays: a supervisor may look as often as
 * it likes, and whoever joins later still gets the status.
 */
int32_t k_task_state(struct k_thread *caller, struct k_object *o)
{
	uint32_t state, tag = 0, payload = 0;

	if (o->type == K_OBJ_PROCESS) {
		struct k_process *p = (struct k_process *)o;
		/* Without others, the caller's own process: running. */
		state = !k_other_processes()		   ? TASK_RUNNING
			: p->state == K_PROCESS_STOPPED	   ? TASK_STOPPED
			: p->state == K_PROCESS_TERMINATED ? TASK_ENDED
							   : TASK_RUNNING;
		if (state == TASK_ENDED) {
			tag = p->exit_tag;
			payload = p->exit_payload;
		}
	} else if (k_handle_type(o, K_OBJ_THREAD)) {
		struct k_thread *t = K_CONTAINER_OF(o, struct k_thread, base);
		state = thread_live(t)			  ? TASK_RUNNING
			: t->state == K_THREAD_TERMINATED ? TASK_ENDED
							  : TASK_STOPPED;
		if (state == TASK_ENDED) {
			tag = t->exit_tag;
			payload = t->exit_payload;
		}
	} else {
		return k_err(KEEL_UNIMPLEMENTED);
	}
	arch_frame_set_result(&caller->frame, state | tag << 8, payload);
	return K_WRITTEN;
}

int32_t k_task_terminate(struct k_object *o)
{
	if (o->type == K_OBJ_PROCESS) {
		struct k_process *p = (struct k_process *)o;
		/* Starting: none of its threads has run yet; the start goes on (Bounds). */
		if (p->state == K_PROCESS_STOPPED || p->state == K_PROCESS_STARTING)
			return k_err(KEEL_FAILED_PRECONDITION);
		/*
		 * Already ended but not joined: a supervisor racing a crash is not an
		 * error, and the status join will return stays the one it ended with.
		 */
		if (p->state == K_PROCESS_RUNNING)
			k_process_terminate(p, KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
		return 0;
	}
	if (k_handle_type(o, K_OBJ_THREAD)) {
		struct k_thread *t = K_CONTAINER_OF(o, struct k_thread, base);
		if (t->state == K_THREAD_STOPPED)
			return k_err(KEEL_FAILED_PRECONDITION);
		if (thread_live(t))
			k_thread_terminate(t, KEEL_EXIT_TERMINATED_BY_SYSCALL, 0);
		return 0;
	}
	return k_err(KEEL_UNIMPLEMENTED);
}

static void image_refused(const struct k_process *p)
{
	k_printf(K_ERR "process '%s': its image header names memory that is not its own: "
		       "not started\n",
		 p->info->name);
}

/*
 * K_START_CHUNK bytes per kernel entry: the call restarts until the image is ready.
 * The progress is the process's, not the caller's: whoever calls process_start on a
 * STARTING process carries the start on, so a starter that dies midway does not
 * leave it stuck.
 */
int32_t k_process_start_syscall(struct k_object *o)
{
	if (o->type != K_OBJ_PROCESS)
		return k_err(KEEL_UNIMPLEMENTED);
	struct k_process *p = (struct k_process *)o;
	if (p->state == K_PROCESS_STOPPED) {
		if (!image_ok(p)) {
			image_refused(p);
			return k_err(KEEL_FAILED_PRECONDITION);
		}
		p->state = K_PROCESS_STARTING;
		p->start_done = 0;
	} else if (p->state != K_PROCESS_STARTING) {
		return k_err(KEEL_ALREADY_EXISTS);
	}
	if (!start_step(p, K_START_CHUNK))
		return K_RESTART;
	start_finish(p);
	return 0;
}

bool k_process_start(struct k_process *p)
{
	int32_t r;

	/*
	 * Without another process's handle no call ever starts one: the boot's start, with
	 * nothing else running, is the only one, and needs no parts.
	 */
	if (!k_other_processes()) {
		if (!image_ok(p)) {
			image_refused(p);
			return false;
		}
		const struct keel_image_header *img = p->info->image;
		uintptr_t ram = p->info->regions[1].start, stacks = p->info->stacks_end;

		memset((void *)ram, K_STACK_FILL, stacks - ram);
		memset((void *)stacks, 0, p->info->regions[1].end - stacks);
		if (img->data_end > img->data_start)
			memcpy((void *)(uintptr_t)img->data_start,
			       (const void *)(uintptr_t)img->data_load,
			       img->data_end - img->data_start);
		start_finish(p);
		return true;
	}
	/* At boot (and in the host tests) nothing else runs: the parts go back to back. */
	while ((r = k_process_start_syscall(&p->base)) == K_RESTART)
		;
	return r == 0;
}

int32_t k_thread_start(struct k_thread *caller, struct k_object *o, uintptr_t pc, uintptr_t sp)
{
	if (!k_handle_type(o, K_OBJ_THREAD))
		return k_err(KEEL_UNIMPLEMENTED);
	struct k_thread *t = K_CONTAINER_OF(o, struct k_thread, base);
	struct k_process *p = caller->process;
	if (t->process != p)
		return k_err(KEEL_PERMISSION_DENIED);
	if (t->state != K_THREAD_STOPPED)
		return k_err(KEEL_ALREADY_EXISTS);
	/* The stack grows down from sp: the word below it must be the caller's RAM. */
	if (!k_range_ok(p, pc & ~(uintptr_t)1, 2, K_ACCESS_X) || sp < 4 ||
	    !k_range_ok(p, sp - 4, 4, K_ACCESS_R | K_ACCESS_W))
		return k_err(KEEL_PERMISSION_DENIED);
	thread_begin(t, pc, sp, stack_limit(t, sp));
	return 0;
}

/*
 * How far below a thread's stack limit a faulting address still reads as its stack
 * overflowing: the first push past the bottom, or a frame a little larger than that.
 */
#define K_OVERFLOW_REACH 256u

void k_fault(struct k_thread *t, uint32_t cause, uintptr_t pc, uintptr_t addr, const char *kind,
	     const char *what)
{
	bool overflow = addr < t->stack_limit && t->stack_limit - addr <= K_OVERFLOW_REACH;

	K_TRACE(K_TR_FAULT, t, cause);
	/*
	 * Tools parse the fields up to addr: the words only ever follow them. Without
	 * words from the arch the line ends there, and the host tools put the cause in
	 * words after addr (tools/qemu_run.py).
	 */
	k_printf(K_ERR "fault: process '%s' thread '%s' pc %p cause %u addr %p%s%s%s%s\n",
		 t->process->info->name, k_thread_info(t)->name, (void *)pc, (unsigned)cause,
		 (void *)addr, *what ? ": " : "", kind, what, overflow ? " (stack overflow)" : "");
	if (k_fault_registers) {
		static const char *const names[] = { ARCH_FRAME_NAMES };
		/* Four to a line, each line a kernel line of its own. */
		for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			k_printf("%s%s %08x%s", i % 4 ? "  " : K_ERR "  ", names[i],
				 (unsigned)arch_frame_word(&t->frame, i),
				 i % 4 == 3 || i + 1 == sizeof(names) / sizeof(names[0]) ? "\n"
											 : "");
	}
	k_process_terminate(t->process, KEEL_EXIT_UNHANDLED_EXCEPTION, cause);
}

/* A deadline passed while t was parked. */
void k_wait_timed_out(struct k_thread *t);
void k_wait_timed_out(struct k_thread *t)
{
	if (t->wait_kind == K_WAIT_TRANSACT) {
		k_channel_caller_gone((struct k_channel_initiator *)t->wait_obj, false);
		k_wake(t, (uint32_t)k_err(KEEL_DEADLINE_EXCEEDED), 0);
	} else if (t->wait_kind == K_WAIT_RECEIVE && k_recv_registers(t->recv.len)) {
		/* channel_respond_and_receive_short: its first result is a size or -status. */
		k_wake(t, (uint32_t)k_err(KEEL_DEADLINE_EXCEEDED), 0);
	} else {
		k_wake(t, KEEL_DEADLINE_EXCEEDED, KEEL_SIGNAL_ERROR_FLAG);
	}
}

void k_system_start(void)
{
	k_sched_init();
	for (unsigned i = 0; i < k_process_count; i++) {
		struct k_process *p = k_processes[i];
		/* Without a device mapped the board's device code leaves the image. */
		for (unsigned j = 0; j < p->info->region_count && k_system_has(K_DEVICE_REGIONS);
		     j++)
			if (p->info->regions[j].access & K_ACCESS_DEVICE)
				target_device_open(p->info->regions[j].start,
						   p->info->regions[j].end);
	}
	k_interrupts_start();
	bool any = false;
	for (unsigned i = 0; i < k_process_count; i++)
		any |= k_process_start(k_processes[i]);
	if (!any) {
		k_printf(K_ERR "no process could be started: shutting down\n");
		target_exit(1);
	}
}
