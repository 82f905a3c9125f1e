// SPDX-License-Identifier: Apache-2.0
#include "emit.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"

static const char *const obj_c_types[OBJ_TYPES] = {
	[OBJ_CHANNEL_INITIATOR] = "k_channel_initiator",
	[OBJ_CHANNEL_HANDLER] = "k_channel_handler",
	[OBJ_INTERRUPT] = "k_interrupt",
	[OBJ_WAIT_GROUP] = "k_wait_group",
};

/* Objects the generator instantiates itself (process and thread objects exist anyway). */
static bool has_instance(const struct object *o)
{
	return obj_c_types[o->type] != NULL;
}

static struct sb *new_output(struct outputs *out, const char *name)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? 2 * out->cap : 16;
		out->v = xrealloc(out->v, out->cap * sizeof(*out->v));
	}
	struct output *o = &out->v[out->n++];

	o->name = xstrdup(name);
	o->text = (struct sb){ 0 };
	return &o->text;
}

const struct output *outputs_find(const struct outputs *out, const char *name)
{
	for (size_t i = 0; i < out->n; i++)
		if (!strcmp(out->v[i].name, name))
			return &out->v[i];
	return NULL;
}

void outputs_free(struct outputs *out)
{
	for (size_t i = 0; i < out->n; i++) {
		free(out->v[i].name);
		sb_free(&out->v[i].text);
	}
	free(out->v);
	*out = (struct outputs){ 0 };
}

/* The config's path inside a comment: nothing in it may end the comment or the line. */
static void put_path(struct sb *b, const char *path)
{
	for (const char *p = path; *p; p++) {
		if (p[0] == '*' && p[1] == '/')
			sb_puts(b, "*\\");
		else if ((unsigned char)*p < 0x20)
			sb_putc(b, '?');
		else
			sb_putc(b, *p);
	}
}

/* The first line of every output. */
static void banner(struct sb *b, const struct system *s, const char *open, const char *close)
{
	sb_printf(b, "%sgenerated from ", open);
	put_path(b, s->file);
	sb_printf(b, " by keel-sysgen, do not edit%s\n", close);
}

/*
 * A C string literal. '?' is escaped against trigraphs (-std=c11 has them), and every
 * byte outside printable ASCII becomes a three-digit octal escape, which cannot run
 * into a following digit.
 */
static void c_string(struct sb *b, const char *s, size_t len)
{
	sb_putc(b, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\' || c == '?')
			sb_printf(b, "\\%c", c);
		else if (c < 0x20 || c >= 0x7f)
			sb_printf(b, "\\%03o", c);
		else
			sb_putc(b, (char)c);
	}
	sb_putc(b, '"');
}

/* ---- kernel_gen.c ---- */

static uint32_t stack_top(const struct thread *t)
{
	return t->stack_size ? t->stack_start + t->stack_size : 0;
}

static const char *const access_names[] = {
	[MAP_DEVICE] = "K_ACCESS_R | K_ACCESS_W | K_ACCESS_DEVICE",
	[MAP_RX] = "K_ACCESS_R | K_ACCESS_X",
	[MAP_RW] = "K_ACCESS_R | K_ACCESS_W",
};

/* A process's memory region as the protection unit sees it; at most max_regions. */
#define PROT_REGIONS_MAX 8
struct prot_region {
	uint32_t start, end;
	bool w, x, device;
};

/* The process's regions in the kernel's order: its app's flash, its RAM, its mappings. */
static size_t prot_regions(const struct process *p, struct prot_region *r)
{
	size_t n = 0;

	r[n++] = (struct prot_region){ p->app->flash_start,
				       (uint32_t)(p->app->flash_start + p->app->flash_size), false,
				       true, false };
	r[n++] = (struct prot_region){ p->ram_start, p->ram_start + p->ram_size, true, false,
				       false };
	for (size_t i = 0; i < p->n_maps && n < PROT_REGIONS_MAX; i++) {
		const struct mapping *m = &p->maps[i];

		r[n++] = (struct prot_region){ (uint32_t)m->start, (uint32_t)(m->start + m->size),
					       m->type != MAP_RX, m->type == MAP_RX,
					       m->type == MAP_DEVICE };
	}
	return n;
}

/*
 * The PMP image the kernel loads as it is when it switches to the process: a
 * no-access NAPOT guard right above every configured stack top but the highest (the
 * layout's gap under every stack but the lowest; the lowest-numbered matching entry
 * decides, so guards come first), then a TOR pair per region (the first entry, OFF,
 * holds the base, the next the top with the permissions).
 */
static void emit_pmp(struct sb *b, const struct target *t, const struct process *p)
{
	struct prot_region r[PROT_REGIONS_MAX];
	size_t n = prot_regions(p, r);
	uint32_t addr[16] = { 0 }, cfg[4] = { 0 }, highest = 0;
	unsigned e = 0;

	for (size_t i = 0; i < p->n_threads; i++)
		if (stack_top(p->threads[i]) > highest)
			highest = stack_top(p->threads[i]);
	for (size_t i = 0; i < p->n_threads && e < 16; i++) {
		uint32_t top = stack_top(p->threads[i]);

		if (!top || top == highest)
			continue;
		addr[e] = top >> 2 | (t->stack_guard / 8 - 1);
		cfg[e / 4] |= 0x18u << 8 * (e % 4); /* NAPOT, no access */
		e++;
	}
	for (size_t i = 0; i < n && e + 2 <= 16; i++) {
		uint32_t perm = 1u /* R */ | (r[i].w ? 2u : 0) | (r[i].x ? 4u : 0);

		addr[e++] = r[i].start >> 2;
		addr[e] = r[i].end >> 2;
		cfg[e / 4] |= (0x08u /* TOR */ | perm) << 8 * (e % 4);
		e++;
	}
	sb_printf(b, "ARCH_PROCESS_PMP(%u", e);
	for (unsigned i = 0; i < 4; i++)
		sb_printf(b, ", 0x%08" PRIx32 "u", cfg[i]);
	for (unsigned i = 0; i < e; i++)
		sb_printf(b, ",%s0x%08" PRIx32 "u", i % 4 ? " " : "\n\t\t\t", addr[i]);
	sb_puts(b, ")");
}

/*
 * The MPU image the kernel loads as it is: RBAR and RLAR per region (read-write or
 * read-only at any privilege, execute-never but for code, attribute index 1 for a
 * device), in blocks of four.
 */
static void emit_mpu(struct sb *b, const struct process *p)
{
	struct prot_region r[PROT_REGIONS_MAX];
	size_t n = prot_regions(p, r);

	sb_printf(b, "ARCH_PROCESS_MPU(%u", n > 4 ? 2u : 1u);
	for (size_t i = 0; i < n && i < 8; i++)
		sb_printf(b, ",\n\t\t\t{ 0x%08" PRIx32 "u, 0x%08" PRIx32 "u }",
			  r[i].start | (r[i].w ? 1u : 3u) << 1 | (r[i].x ? 0u : 1u),
			  (r[i].end - 32) | (r[i].device ? 1u : 0u) << 1 | 1u);
	sb_puts(b, ")");
}

/*
 * Where a configured stack ends: at the highest stack top below its own, or at the
 * RAM's start (the stacks lie at the bottom of the RAM, one right above the other).
 */
static uint32_t stack_limit(const struct process *p, const struct thread *t)
{
	uint32_t own = stack_top(t), below = p->ram_start;

	for (size_t i = 0; i < p->n_threads; i++) {
		uint32_t top = stack_top(p->threads[i]);
		if (top < own && top > below)
			below = top;
	}
	return own ? below : 0;
}

/* The top of p's configured stacks: its RAM's start when it has none. */
static uint32_t stacks_end(const struct process *p)
{
	uint32_t end = p->ram_start;

	for (size_t i = 0; i < p->n_threads; i++)
		if (stack_top(p->threads[i]) > end)
			end = stack_top(p->threads[i]);
	return end;
}

static void emit_process_tables(struct sb *b, const struct target *tgt, const struct process *p)
{
	const struct app *app = p->app;

	sb_printf(b, "\n/* process %s (app %s) */\n", p->name, app->name);
	/* What never changes goes to flash; struct k_thread keeps what does. */
	sb_printf(b, "static const struct k_thread_info thread_info_%s[] = {\n", p->name);
	for (size_t i = 0; i < p->n_threads; i++) {
		const struct thread *t = p->threads[i];

		sb_puts(b, "\tK_THREAD_INFO(");
		c_string(b, t->name, t->name_len);
		sb_printf(b, ", 0x%08" PRIx32 "u, 0x%08" PRIx32 "u),%s\n", stack_top(t),
			  stack_limit(p, t), i == p->main ? " /* main */" : "");
	}
	sb_puts(b, "};\n");
	sb_printf(b, "static struct k_thread threads_%s[] = {\n", p->name);
	for (size_t i = 0; i < p->n_threads; i++)
		sb_printf(b, "\tK_THREAD(threads_%s[%zu], &k_proc_%s, %u),\n", p->name, i, p->name,
			  p->threads[i]->priority);
	sb_puts(b, "};\n");

	for (size_t i = 0; i < p->n_objs; i++) {
		const struct object *o = &p->objs[i];

		if (!has_instance(o))
			continue;
		sb_printf(b, "static struct %s %s =\n\t", obj_c_types[o->type], o->cname);
		switch (o->type) {
		case OBJ_CHANNEL_INITIATOR:
			sb_printf(b, "K_CHANNEL_INITIATOR(%s, &k_proc_%s, &%s);\n", o->cname,
				  p->name, o->peer->cname);
			break;
		case OBJ_CHANNEL_HANDLER:
			sb_printf(b, "K_CHANNEL_HANDLER(%s, &k_proc_%s, %s%s);\n", o->cname,
				  p->name, o->peer ? "&" : "", o->peer ? o->peer->cname : "NULL");
			break;
		case OBJ_INTERRUPT:
			sb_printf(b, "K_INTERRUPT(%s, &k_proc_%s, %zu", o->cname, p->name,
				  o->n_irqs);
			for (size_t k = 0; k < o->n_irqs; k++)
				sb_printf(b, ", %" PRIu32, o->irqs[k].number);
			sb_puts(b, ");\n");
			break;
		case OBJ_WAIT_GROUP:
			sb_printf(b, "K_WAIT_GROUP(%s, &k_proc_%s);\n", o->cname, p->name);
			break;
		default:
			break;
		}
	}

	sb_printf(b, "static struct k_object *const table_%s[] = {\n", p->name);
	for (size_t i = 0; i < p->n_objs; i++) {
		const struct object *o = &p->objs[i];

		if (o->type == OBJ_PROCESS) {
			sb_printf(b, "\t&k_proc_%s.base,", o->linked->name);
		} else if (o->type == OBJ_THREAD) {
			size_t k = 0;

			while (p->threads[k] != o->thread)
				k++;
			sb_printf(b, "\t&threads_%s[%zu].base,", p->name, k);
		} else {
			sb_printf(b, "\t&%s.base,", o->cname);
		}
		sb_printf(b, " /* %zu: %s, %s */\n", i, o->name, obj_type_names[o->type]);
	}
	sb_printf(b, "\t&k_proc_%s.base, /* %zu: PROCESS */\n};\n", p->name, p->n_objs);

	sb_printf(b, "static const struct k_region regions_%s[] = {\n", p->name);
	sb_printf(b,
		  "\tK_REGION(0x%08" PRIx32 "u, 0x%08" PRIx32 "u, K_ACCESS_R | K_ACCESS_X), "
		  "/* app %s flash */\n",
		  app->flash_start, (uint32_t)(app->flash_start + app->flash_size), app->name);
	sb_printf(b,
		  "\tK_REGION(0x%08" PRIx32 "u, 0x%08" PRIx32 "u, K_ACCESS_R | K_ACCESS_W), "
		  "/* RAM */\n",
		  p->ram_start, p->ram_start + p->ram_size);
	for (size_t i = 0; i < p->n_maps; i++) {
		const struct mapping *m = &p->maps[i];

		sb_printf(b,
			  "\tK_REGION(0x%08" PRIx64 "u, 0x%08" PRIx64 "u, %s), /* mapping %s */\n",
			  m->start, m->start + m->size, access_names[m->type], m->name);
	}
	sb_puts(b, "};\n");
	/* All of a process that never changes, its protection image too, is in flash. */
	sb_printf(b,
		  "static const struct k_process_info info_%s =\n\tK_PROCESS_INFO(\"%s\", "
		  "threads_%s, thread_info_%s, %zu, regions_%s,\n\t\t       K_REGION(0x%08" PRIx32
		  "u, 0x%08" PRIx32 "u, K_ACCESS_R | K_ACCESS_W), 0x%08" PRIx32 "u, 0x%08" PRIx32
		  "u,\n\t\t       ",
		  p->name, p->name, p->name, p->name, p->main, p->name, p->ram_start,
		  p->ram_start + p->ram_size, p->flash_start, stacks_end(p));
	if (p->debug_grants == DEBUG_GRANTS_ALL) {
		sb_puts(b, "K_DEBUG_ALL");
	} else if (!p->debug_grants) {
		sb_puts(b, "0");
	} else {
		const char *sep = "";

		for (unsigned i = 0; i < N_DEBUG_GRANTS; i++) {
			if (!(p->debug_grants & (1u << i)))
				continue;
			sb_printf(b, "%s%s", sep, debug_grant_macros[i]);
			sep = " | ";
		}
	}
	sb_puts(b, ",\n\t\t       ");
	if (tgt->arch == ARCH_RISCV)
		emit_pmp(b, tgt, p);
	else
		emit_mpu(b, p);
	sb_puts(b, ");\n");
	sb_printf(b, "struct k_process k_proc_%s = K_PROCESS(k_proc_%s, &info_%s, table_%s);\n",
		  p->name, p->name, p->name, p->name);
}

struct binding {
	uint32_t irq, bit;
	const struct object *o;
};

static int binding_cmp(const void *pa, const void *pb)
{
	const struct binding *a = pa, *b = pb;

	return a->irq < b->irq ? -1 : a->irq > b->irq;
}

static int kirq_cmp(const void *pa, const void *pb)
{
	const struct kernel_irq *a = pa, *b = pb;

	return a->irq < b->irq ? -1 : a->irq > b->irq;
}

static void emit_kernel_gen(const struct system *s, struct sb *b)
{
	size_t nb = 0;

	banner(b, s, "/* ", " */");
	sb_puts(b,
		"/*\n"
		" * The kernel's view of the system: every process with its threads, objects,\n"
		" * handle table and memory regions, and which IRQ goes where. Data only.\n"
		" */\n"
		"#include <k/system.h>\n");

	if (s->n_procs) {
		sb_puts(b, "\n/* Declared first, so that any record may point at any other. */\n");
		for (size_t i = 0; i < s->n_procs; i++)
			sb_printf(b, "extern struct k_process k_proc_%s;\n", s->procs[i]->name);
		for (size_t i = 0; i < s->n_procs; i++)
			for (size_t j = 0; j < s->procs[i]->n_objs; j++) {
				const struct object *o = &s->procs[i]->objs[j];

				if (has_instance(o))
					sb_printf(b, "static struct %s %s;\n", obj_c_types[o->type],
						  o->cname);
			}
	}
	for (size_t i = 0; i < s->n_procs; i++) {
		emit_process_tables(b, s->t, s->procs[i]);
		for (size_t j = 0; j < s->procs[i]->n_objs; j++)
			nb += s->procs[i]->objs[j].n_irqs;
	}

	sb_puts(b, "\nstruct k_process *const k_processes[] = {\n");
	for (size_t i = 0; i < s->n_procs; i++)
		sb_printf(b, "\t&k_proc_%s,\n", s->procs[i]->name);
	if (!s->n_procs)
		sb_puts(b, "\t0, /* C has no empty arrays */\n");
	sb_printf(b, "};\nconst unsigned k_process_count = %zu;\n", s->n_procs);

	/* Every table ends with its own process; the kernel drops the code of the rest. */
	static const char *const type_macros[OBJ_TYPES] = {
		[OBJ_CHANNEL_INITIATOR] = "K_OBJ_CHANNEL_INITIATOR",
		[OBJ_CHANNEL_HANDLER] = "K_OBJ_CHANNEL_HANDLER",
		[OBJ_INTERRUPT] = "K_OBJ_INTERRUPT",
		[OBJ_PROCESS] = "K_OBJ_PROCESS",
		[OBJ_THREAD] = "K_OBJ_THREAD",
		[OBJ_WAIT_GROUP] = "K_OBJ_WAIT_GROUP",
	};
	bool present[OBJ_TYPES] = { [OBJ_PROCESS] = s->n_procs > 0 };
	const char *sep = "";
	bool other = false, devices = false;

	/* A process object in a table is another process: the table's own is implicit. */
	for (size_t i = 0; i < s->n_procs; i++)
		for (size_t j = 0; j < s->procs[i]->n_objs; j++) {
			present[s->procs[i]->objs[j].type] = true;
			other |= s->procs[i]->objs[j].type == OBJ_PROCESS;
		}
	for (size_t i = 0; i < s->n_procs; i++)
		for (size_t j = 0; j < s->procs[i]->n_maps; j++)
			devices |= s->procs[i]->maps[j].type == MAP_DEVICE;
	sb_puts(b,
		"\n/* The object types some handle table holds. */\n"
		"const uint32_t k_object_types =");
	for (int t = 0; t < OBJ_TYPES; t++) {
		if (!present[t])
			continue;
		sb_printf(b, "%s\n\t1u << %s", sep, type_macros[t]);
		sep = " |";
	}
	if (other) {
		sb_printf(b, "%s\n\t1u << K_OTHER_PROCESSES", sep);
		sep = " |";
	}
	if (s->short_messages) {
		sb_printf(b, "%s\n\t1u << K_SHORT_MESSAGES", sep);
		sep = " |";
	}
	if (devices) {
		sb_printf(b, "%s\n\t1u << K_DEVICE_REGIONS", sep);
		sep = " |";
	}
	sb_printf(b, "%s;\n", *sep ? "" : " 0");

	/* Sorted by IRQ number, so that the kernel may search them by bisection. */
	struct binding *v = xmalloc((nb ? nb : 1) * sizeof(*v));
	size_t n = 0;

	for (size_t i = 0; i < s->n_procs; i++)
		for (size_t j = 0; j < s->procs[i]->n_objs; j++) {
			const struct object *o = &s->procs[i]->objs[j];

			for (size_t k = 0; k < o->n_irqs; k++)
				v[n++] = (struct binding){ o->irqs[k].number, (uint32_t)k, o };
		}
	qsort(v, n, sizeof(*v), binding_cmp);
	sb_puts(b,
		"\n/* User IRQs, by number: which interrupt object and signal bit each raises. */\n"
		"const struct k_irq_binding k_irq_bindings[] = {\n");
	for (size_t i = 0; i < n; i++)
		sb_printf(b, "\tK_IRQ_BINDING(%" PRIu32 ", &%s, %" PRIu32 "), /* %s.%s */\n",
			  v[i].irq, v[i].o->cname, v[i].bit, v[i].o->owner->name,
			  v[i].o->irqs[v[i].bit].name);
	if (!n)
		sb_puts(b, "\t{ 0 }, /* C has no empty arrays */\n");
	sb_printf(b, "};\nconst unsigned k_irq_binding_count = %zu;\n", n);
	free(v);

	struct kernel_irq *kv = xmalloc((s->n_kirqs ? s->n_kirqs : 1) * sizeof(*kv));

	if (s->n_kirqs)
		memcpy(kv, s->kirqs, s->n_kirqs * sizeof(*kv));
	qsort(kv, s->n_kirqs, sizeof(*kv), kirq_cmp);
	sb_puts(b, "\n/* IRQs the kernel handles itself (kernel.interrupt_table), by number. */\n");
	for (size_t i = 0; i < s->n_kirqs; i++) {
		size_t k;

		for (k = 0; k < i && strcmp(kv[k].symbol, kv[i].symbol); k++)
			;
		if (k == i)
			sb_printf(b, "void %s(void);\n", kv[i].symbol);
	}
	sb_puts(b, "const struct k_kernel_irq k_kernel_irqs[] = {\n");
	for (size_t i = 0; i < s->n_kirqs; i++)
		sb_printf(b, "\tK_KERNEL_IRQ(%" PRIu32 ", %s),\n", kv[i].irq, kv[i].symbol);
	if (!s->n_kirqs)
		sb_puts(b, "\t{ 0 }, /* C has no empty arrays */\n");
	sb_printf(b, "};\nconst unsigned k_kernel_irq_count = %zu;\n", s->n_kirqs);
	sb_printf(b,
		  "\n/* kernel.fault_registers: a process's fault line adds every register. */\n"
		  "const bool k_fault_registers = %s;\n",
		  s->fault_registers ? "true" : "false");
	sb_printf(b,
		  "/* kernel.system_dump: a panic or a failing debug_shutdown prints every "
		  "thread. */\n"
		  "const bool k_system_dump_on = %s;\n",
		  s->system_dump ? "true" : "false");
	free(kv);
	if (s->trace_events)
		sb_printf(b,
			  "\n/* The trace ring (kernel.trace_buffer_events): only a traced kernel "
			  "has it. */\n"
			  "struct k_trace_event k_trace_ring[%" PRIu64 "];\n"
			  "const uint32_t k_trace_ring_size = %" PRIu64 ";\n",
			  s->trace_events, s->trace_events);
}

/* ---- linker scripts and images.S ---- */

static void emit_kernel_memory(const struct system *s, struct sb *b)
{
	banner(b, s, "/* ", " */");
	sb_puts(b, "MEMORY\n{\n");
	if (s->vt_separate)
		sb_printf(b, "\tVECTORS (rx) : ORIGIN = 0x%08" PRIx64 ", LENGTH = 0x%" PRIx64 "\n",
			  s->vt_start, s->vt_size);
	sb_printf(b, "\tKFLASH (rx) : ORIGIN = 0x%08" PRIx64 ", LENGTH = 0x%" PRIx64 "\n",
		  s->kflash_start, s->kflash_size);
	sb_printf(b, "\tKRAM (rw) : ORIGIN = 0x%08" PRIx64 ", LENGTH = 0x%" PRIx64 "\n",
		  s->kram_start, s->kram_size);
	for (size_t i = 0; i < s->n_apps; i++)
		sb_printf(b, "\tAPP_%s (rx) : ORIGIN = 0x%08" PRIx32 ", LENGTH = 0x%" PRIx64 "\n",
			  s->apps[i].name, s->apps[i].flash_start, s->apps[i].flash_size);
	sb_puts(b, "}\n");
	sb_printf(b, "KEEL_KERNEL_STACK_SIZE = %u;\n", s->t->kernel_stack);
	if (s->t->has_vector_table)
		sb_printf(b, "KEEL_VECTOR_TABLE_SIZE = 0x%" PRIx64 ";\n", s->vt_size);
	/* kernel.ld puts .vectors in VECTORS: at the start of KFLASH unless it has its own. */
	if (s->t->has_vector_table && !s->vt_separate)
		sb_puts(b, "REGION_ALIAS(\"VECTORS\", KFLASH);\n");
}

static void emit_kernel_apps(const struct system *s, struct sb *b)
{
	banner(b, s, "/* ", " */");
	sb_puts(b, "/* Each process image at its flash address (INCLUDEd inside SECTIONS). */\n");
	for (size_t i = 0; i < s->n_procs; i++) {
		const struct process *p = s->procs[i];

		sb_printf(b, ".app.%s 0x%08" PRIx32 " : { KEEP(*(.app.%s)) } > APP_%s\n", p->name,
			  p->flash_start, p->name, p->app->name);
	}
}

static void emit_images(const struct system *s, struct sb *b)
{
	banner(b, s, "/* ", " */");
	sb_puts(b, "/* The process binaries; the build passes -Wa,-I<their directory>. */\n");
	/* Quoted section names: the preprocessor must not touch a process name. */
	for (size_t i = 0; i < s->n_procs; i++)
		sb_printf(b, "\t.section \".app.%s\", \"a\"\n\t.incbin \"%s.bin\"\n",
			  s->procs[i]->name, s->procs[i]->name);
}

static void emit_process_ld(const struct system *s, const struct process *p, struct sb *b)
{
	const char *discard = s->t->arch == ARCH_RISCV ? "*(.riscv.attributes)"
						       : "*(.ARM.attributes) *(.ARM.exidx*)";

	banner(b, s, "/* ", " */");
	sb_printf(b,
		  "/*\n"
		  " * Process %s of app %s. Its image starts with struct keel_image_header;\n"
		  " * an app with one entry for all its processes defines keel_app_entry.\n"
		  " */\n",
		  p->name, p->app->name);
	sb_printf(b, "OUTPUT_ARCH(%s)\n", s->t->ld_arch);
	sb_printf(b, "ENTRY(keel_process_entry_%s)\n", p->name);
	/*
	 * Neither entry defined: a linker error that names the process and the macros,
	 * rather than one about an undefined keel_app_entry in this script.
	 */
	sb_printf(
		b,
		"PROVIDE(keel_process_entry_%s = DEFINED(keel_app_entry) ? keel_app_entry : 0);\n",
		p->name);
	sb_printf(b,
		  "ASSERT(keel_process_entry_%s != 0, \"process '%s' (app '%s') has no entry: "
		  "define KEEL_PROCESS_ENTRY(%s) or, in an app of one process, KEEL_ENTRY()\");\n",
		  p->name, p->name, p->app->name, p->name);
	sb_puts(b, "\n");
	if (p->log_timestamps)
		sb_puts(b,
			"/* log_timestamps: user/log.c's lines start with the time. */\n"
			"EXTERN(keel_log_timestamp)\n\n");
	sb_puts(b, "MEMORY\n{\n");
	sb_printf(b, "\tFLASH (rx) : ORIGIN = 0x%08" PRIx32 ", LENGTH = 0x%" PRIx32 "\n",
		  p->flash_start, p->flash_size);
	sb_printf(b, "\tRAM (rw) : ORIGIN = 0x%08" PRIx32 ", LENGTH = 0x%" PRIx32 "\n",
		  p->data_start, p->ram_start + p->ram_size - p->data_start);
	sb_puts(b, "}\n\n");
	sb_printf(b,
		  "SECTIONS\n"
		  "{\n"
		  "\t.keel_header : {\n"
		  "\t\tLONG(0x4c45454b)\n"
		  "\t\tLONG(keel_process_entry_%s)\n"
		  "\t\tLONG(LOADADDR(.data))\n"
		  "\t\tLONG(ADDR(.data))\n"
		  "\t\tLONG(ADDR(.data) + SIZEOF(.data))\n"
		  "\t\tLONG(__keel_bss_end)\n"
		  "\t} > FLASH\n"
		  "\t.text : {\n"
		  "\t\t*(.text .text.*)\n"
		  "\t} > FLASH\n"
		  "\t.rodata : ALIGN(4) {\n"
		  "\t\t*(.rodata .rodata.* .srodata .srodata.*)\n"
		  "\t\t/* log_level (user/log.c) */\n"
		  "\t\t. = ALIGN(4);\n"
		  "\t\tkeel_log_config = .;\n"
		  "\t\tLONG(0x%x)\n"
		  "\t} > FLASH\n"
		  "\t.data : ALIGN(4) {\n"
		  "\t\t*(.data .data.* .sdata .sdata.*)\n"
		  "\t\t. = ALIGN(4);\n"
		  "\t} > RAM AT > FLASH\n"
		  "\t.bss (NOLOAD) : ALIGN(4) {\n"
		  "\t\t*(.bss .bss.* .sbss .sbss.* COMMON)\n"
		  "\t\t. = ALIGN(4);\n"
		  "\t\t__keel_bss_end = .;\n"
		  "\t} > RAM\n"
		  "\t/* Tokenized strings (keel/tokenize.h): in the ELF, not in the image. */\n"
		  "\t.pw_tokenizer.entries 0x0 (INFO) : {\n"
		  "\t\tKEEP(*(.pw_tokenizer.entries .pw_tokenizer.entries.*))\n"
		  "\t}\n"
		  "\t/DISCARD/ : { *(.comment) *(.note*) *(.eh_frame*) %s }\n"
		  "}\n",
		  p->name, p->log_level, discard);
}

/* ---- <process>_codegen.h ---- */

static void emit_constant(struct arena *a, struct sb *b, const struct constant *k)
{
	sb_printf(b, "#define CONST_%s ", arena_upper(a, k->name));
	switch (k->type) {
	case C_BOOL:
		sb_puts(b, k->b ? "1" : "0");
		break;
	case C_CHAR:
		if (k->ch == '\'' || k->ch == '\\')
			sb_printf(b, "'\\%c'", (char)k->ch);
		else if (k->ch >= 0x20 && k->ch < 0x7f)
			sb_printf(b, "'%c'", (char)k->ch);
		else if (k->ch < 0x80)
			sb_printf(b, "'\\%03" PRIo32 "'", k->ch);
		else /* no C char holds it: the code point */
			sb_printf(b, "0x%" PRIX32 "u", k->ch);
		break;
	case C_STRING:
		c_string(b, k->s, k->len);
		break;
	case C_U8:
	case C_U16:
	case C_U32:
	case C_USIZE:
		sb_printf(b, "%" PRIu64 "u", k->u);
		break;
	case C_U64:
		sb_printf(b, "%" PRIu64 "ull", k->u);
		break;
	default: {
		const char *sfx = k->type == C_I64 ? "ll" : "";

		if (!k->neg)
			sb_printf(b, "%" PRIu64 "%s", k->u, sfx);
		else if (k->type == C_I64 && k->i == INT64_MIN)
			sb_puts(b, "(-9223372036854775807ll - 1)");
		else if (k->type != C_I64 && k->i == INT32_MIN)
			sb_puts(b, "(-2147483647 - 1)");
		else
			sb_printf(b, "(%" PRId64 "%s)", k->i, sfx);
		break;
	}
	}
	sb_printf(b, " /* %s */\n", const_type_names[k->type]);
}

static void emit_codegen(const struct system *s, const struct process *p, struct arena *a,
			 struct sb *b)
{
	const char *up = arena_upper(a, p->name);

	banner(b, s, "/* ", " */");
	sb_printf(b, "/* Process %s of app %s: its handles, IRQs, mappings and constants. */\n",
		  p->name, p->app->name);
	sb_printf(b, "#ifndef KEEL_%s_CODEGEN_H\n#define KEEL_%s_CODEGEN_H\n\n", up, up);
	sb_printf(b, "#define PROCESS_NAME \"%s\"\n", p->name);
	sb_puts(b, "\n/* Handles: indices into the process's object table. */\n");
	for (size_t i = 0; i < p->n_objs; i++)
		sb_printf(b, "#define HANDLE_%s %zuu /* %s */\n", arena_upper(a, p->objs[i].name),
			  i, obj_type_names[p->objs[i].type]);
	sb_printf(b, "#define HANDLE_PROCESS %zuu /* the process itself */\n", p->n_objs);
	for (size_t i = 0; i < p->n_objs; i++) {
		const struct object *o = &p->objs[i];

		if (o->type != OBJ_INTERRUPT)
			continue;
		sb_printf(b, "\n/* IRQs of interrupt object %s, and the signal each raises. */\n",
			  o->name);
		for (size_t k = 0; k < o->n_irqs; k++) {
			const char *n = arena_upper(a, o->irqs[k].name);

			sb_printf(b, "#define IRQ_%s %" PRIu32 "u\n", n, o->irqs[k].number);
			sb_printf(b, "#define SIGNAL_%s (1u << (16 + %zu))\n", n, k);
		}
	}
	bool stacks = false;
	for (size_t i = 0; i < p->n_threads; i++) {
		const struct thread *t = p->threads[i];

		if (t->main || !t->stack_size || !t->obj)
			continue;
		if (!stacks)
			sb_puts(b,
				"\n/* Stacks of threads that thread_start starts: the sp to give "
				"it. */\n");
		stacks = true;
		sb_printf(b, "#define STACK_TOP_%s 0x%08" PRIx32 "u /* %" PRIu32 " bytes */\n",
			  arena_upper(a, t->obj->name), stack_top(t), t->stack_size);
	}
	if (p->n_maps)
		sb_puts(b, "\n/* Memory mappings. */\n");
	for (size_t i = 0; i < p->n_maps; i++) {
		const char *n = arena_upper(a, p->maps[i].name);

		sb_printf(b, "#define MAPPING_%s_START 0x%08" PRIx64 "u\n", n, p->maps[i].start);
		sb_printf(b, "#define MAPPING_%s_SIZE 0x%" PRIx64 "u\n", n, p->maps[i].size);
	}
	if (p->app->n_consts)
		sb_printf(b, "\n/* Constants of app %s. */\n", p->app->name);
	for (size_t i = 0; i < p->app->n_consts; i++)
		emit_constant(a, b, &p->app->consts[i]);
	sb_printf(b, "\n#endif /* KEEL_%s_CODEGEN_H */\n", up);
}

/* ---- memory_map.txt ---- */

struct row {
	uint64_t start, end;
	const char *use;
};

struct rows {
	struct row *v;
	size_t n, cap;
};

static void row(struct rows *r, uint64_t start, uint64_t end, const char *use)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 32;
		r->v = xrealloc(r->v, r->cap * sizeof(*r->v));
	}
	r->v[r->n++] = (struct row){ start, end, use };
}

static const char *const map_uses[] = {
	[MAP_DEVICE] = "device, read/write",
	[MAP_RX] = "read/execute",
	[MAP_RW] = "read/write",
};

static void emit_memory_map(const struct system *s, struct arena *a, struct sb *b)
{
	struct rows r = { 0 };
	int w = 5;

	if (s->vt_separate)
		row(&r, s->vt_start, s->vt_start + s->vt_size, "vector table (VTOR)");
	row(&r, s->kflash_start, s->kflash_start + s->kflash_size, "kernel flash");
	if (s->t->has_vector_table && !s->vt_separate)
		row(&r, s->vt_start, s->vt_start + s->vt_size, "  vector table");
	for (size_t i = 0; i < s->n_apps; i++) {
		const struct app *app = &s->apps[i];

		row(&r, app->flash_start, app->flash_start + app->flash_size,
		    arena_printf(a, "app %s flash (read/execute for its processes)", app->name));
		for (size_t k = 0; k < app->n_procs; k++) {
			const struct process *p = &app->procs[k];

			row(&r, p->flash_start, (uint64_t)p->flash_start + p->flash_size,
			    arena_printf(a, "  image of process %s", p->name));
		}
	}
	row(&r, s->kram_start, s->kram_start + s->kram_size,
	    arena_printf(a, "kernel RAM (data, bss, %u-byte kernel stack)", s->t->kernel_stack));
	for (size_t i = 0; i < s->n_procs; i++) {
		const struct process *p = s->procs[i];

		row(&r, p->ram_start, (uint64_t)p->ram_start + p->ram_size,
		    arena_printf(a, "process %s RAM (read/write)", p->name));
		for (size_t k = 0; k < p->n_threads; k++) {
			const struct thread *t = p->threads[k == 0		   ? p->main
								    : k <= p->main ? k - 1
										   : k];
			struct sb name = { 0 };

			if (!t->stack_size)
				continue;
			c_string(&name, t->name, t->name_len);
			if (t != p->threads[p->main] && s->t->stack_guard)
				row(&r, t->stack_start - s->t->stack_guard, t->stack_start,
				    arena_printf(a,
						 "  guard under the stack of thread %s (no access)",
						 name.s));
			row(&r, t->stack_start, (uint64_t)t->stack_start + t->stack_size,
			    arena_printf(a, "  stack of thread %s%s", name.s,
					 t == p->threads[p->main] ? " (main)" : ""));
			sb_free(&name);
		}
		row(&r, p->data_start, (uint64_t)p->ram_start + p->ram_size,
		    "  data and bss (the process's RAM linker region)");
	}
	for (size_t i = 0; i < s->n_procs; i++) {
		const struct process *p = s->procs[i];

		for (size_t k = 0; k < p->n_maps; k++)
			row(&r, p->maps[k].start, p->maps[k].start + p->maps[k].size,
			    arena_printf(a, "process %s mapping %s (%s)", p->name, p->maps[k].name,
					 map_uses[p->maps[k].type]));
	}

	for (size_t i = 0; i < r.n; i++) {
		int n = snprintf(NULL, 0, "%" PRIu64, r.v[i].end - r.v[i].start);

		w = n > w ? n : w;
	}
	banner(b, s, "# ", "");
	sb_printf(b, "# memory map for %s; end is exclusive, sizes in bytes\n", s->t->name);
	sb_printf(b, "start       end         size        %*s  use\n", w, "bytes");
	for (size_t i = 0; i < r.n; i++)
		sb_printf(b,
			  "0x%08" PRIx64 "  0x%08" PRIx64 "  0x%08" PRIx64 "  %*" PRIu64 "  %s\n",
			  r.v[i].start, r.v[i].end, r.v[i].end - r.v[i].start, w,
			  r.v[i].end - r.v[i].start, r.v[i].use);
	free(r.v);
}

/* ---- system.dot ---- */

/* A DOT string body: quotes and backslashes escaped, control bytes made visible. */
static void dot_text(struct sb *b, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			sb_printf(b, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			sb_putc(b, '?');
		else
			sb_putc(b, (char)c);
	}
}

static void emit_dot(const struct system *s, struct sb *b)
{
	banner(b, s, "/* ", " */");
	sb_puts(b,
		"digraph keel_system {\n"
		"\tgraph [rankdir=LR, fontname=\"Helvetica\", fontsize=11];\n"
		"\tnode [fontname=\"Helvetica\", fontsize=10];\n"
		"\tedge [fontname=\"Helvetica\", fontsize=9];\n");
	for (size_t i = 0; i < s->n_procs; i++) {
		const struct process *p = s->procs[i];

		sb_printf(b, "\tsubgraph \"cluster_%s\" {\n", p->name);
		sb_printf(b, "\t\tlabel=\"process %s\\napp %s\";\n", p->name, p->app->name);
		sb_printf(b, "\t\t\"%s\" [shape=component, label=\"%s\\nPROCESS\"];\n", p->name,
			  p->name);
		if (!p->threads[0]->obj) {
			sb_printf(b, "\t\t\"%s/(thread)\" [shape=oval, label=\"thread ", p->name);
			dot_text(b, p->threads[0]->name, p->threads[0]->name_len);
			sb_printf(b, "\\npriority %u, main\"];\n", p->threads[0]->priority);
		}
		for (size_t k = 0; k < p->n_objs; k++) {
			const struct object *o = &p->objs[k];

			sb_printf(b, "\t\t\"%s/%s\" [", p->name, o->name);
			switch (o->type) {
			case OBJ_CHANNEL_INITIATOR:
			case OBJ_CHANNEL_HANDLER:
				sb_printf(b, "shape=box, label=\"%s\\n%s\"", o->name,
					  obj_type_names[o->type]);
				break;
			case OBJ_INTERRUPT:
				sb_printf(b, "shape=octagon, label=\"%s\\ninterrupt", o->name);
				for (size_t q = 0; q < o->n_irqs; q++)
					sb_printf(b, "\\nIRQ %" PRIu32 " %s", o->irqs[q].number,
						  o->irqs[q].name);
				sb_putc(b, '"');
				break;
			case OBJ_PROCESS:
				sb_printf(b, "shape=box, style=dashed, label=\"%s\\nprocess %s\"",
					  o->name, o->linked->name);
				break;
			case OBJ_THREAD:
				sb_printf(b, "shape=oval, label=\"%s\\nthread, priority %u%s\"",
					  o->name, o->thread->priority,
					  o->thread == p->threads[p->main] ? ", main" : "");
				break;
			case OBJ_WAIT_GROUP:
				sb_printf(b, "shape=hexagon, label=\"%s\\nwait_group\"", o->name);
				break;
			default:
				break;
			}
			sb_puts(b, "];\n");
		}
		for (size_t k = 0; k < p->n_maps; k++)
			sb_printf(b,
				  "\t\t\"%s/mapping/%s\" [shape=note, label=\"%s\\n%s 0x%08" PRIx64
				  "\\n0x%" PRIx64 " bytes\"];\n",
				  p->name, p->maps[k].name, p->maps[k].name,
				  p->maps[k].type == MAP_DEVICE	      ? "device"
					  : p->maps[k].type == MAP_RX ? "read_only_executable"
								      : "read_write_data",
				  p->maps[k].start, p->maps[k].size);
		sb_puts(b, "\t}\n");
	}
	for (size_t i = 0; i < s->n_procs; i++) {
		const struct process *p = s->procs[i];

		for (size_t k = 0; k < p->n_objs; k++) {
			const struct object *o = &p->objs[k];

			if (o->type == OBJ_CHANNEL_INITIATOR)
				sb_printf(b, "\t\"%s/%s\" -> \"%s/%s\" [label=\"channel\"];\n",
					  p->name, o->name, o->peer->owner->name, o->peer->name);
			else if (o->type == OBJ_PROCESS)
				sb_printf(b,
					  "\t\"%s/%s\" -> \"%s\" [style=dashed, "
					  "label=\"supervises\"];\n",
					  p->name, o->name, o->linked->name);
		}
	}
	sb_puts(b, "}\n");
}

void emit_all(const struct system *s, struct outputs *out)
{
	struct arena a = { 0 };

	emit_kernel_gen(s, new_output(out, "kernel_gen.c"));
	emit_kernel_memory(s, new_output(out, "kernel_memory.ld"));
	emit_kernel_apps(s, new_output(out, "kernel_apps.ld"));
	emit_images(s, new_output(out, "images.S"));
	for (size_t i = 0; i < s->n_procs; i++) {
		const struct process *p = s->procs[i];
		char *name = arena_printf(&a, "%s.ld", p->name);

		emit_process_ld(s, p, new_output(out, name));
		name = arena_printf(&a, "include/%s_codegen.h", p->name);
		emit_codegen(s, p, &a, new_output(out, name));
	}
	emit_memory_map(s, &a, new_output(out, "memory_map.txt"));
	emit_dot(s, new_output(out, "system.dot"));
	arena_free(&a);
}
