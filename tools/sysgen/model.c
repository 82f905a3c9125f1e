// SPDX-License-Identifier: Apache-2.0
/*
 * system.json5 -> struct system. Two passes: the first reads every value and checks
 * its type, range and the keys around it; the second checks what needs the whole
 * system (unique names, references, IRQ ownership). A value that failed the first
 * pass is marked bad and skipped by the second, so one mistake gives one message.
 */
#include "model.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const obj_type_names[OBJ_TYPES] = {
	[OBJ_CHANNEL_INITIATOR] = "channel_initiator",
	[OBJ_CHANNEL_HANDLER] = "channel_handler",
	[OBJ_INTERRUPT] = "interrupt",
	[OBJ_PROCESS] = "process",
	[OBJ_THREAD] = "thread",
	[OBJ_WAIT_GROUP] = "wait_group",
};

const char *const const_type_names[C_TYPES] = {
	[C_BOOL] = "bool",     [C_CHAR] = "char", [C_U8] = "u8",       [C_U16] = "u16",
	[C_U32] = "u32",       [C_U64] = "u64",	  [C_USIZE] = "usize", [C_I8] = "i8",
	[C_I16] = "i16",       [C_I32] = "i32",	  [C_I64] = "i64",     [C_ISIZE] = "isize",
	[C_STRING] = "string",
};

#define MAX_IRQS_PER_OBJECT 15
#define MAX_TRACE_EVENTS 65536
#define MAX_THREADS 255 /* struct k_process.thread_count is a uint8_t */
#define MAX_HANDLES 65535 /* struct k_process.table_size is a uint16_t */
#define DEFAULT_PRIORITY 15
#define MAX_PRIORITY 31
#define DEFAULT_STACK 2048u
#define SIZE_EXPECT "a size in bytes (an integer from 1 to 0xffffffff)"
#define ADDR_EXPECT "a 32-bit address (an integer from 0 to 0xffffffff)"

struct rejected {
	const char *name;
	struct rejected *next;
};

/*
 * A required key's absence, and an unknown key's likely meaning: a missing key that
 * an unknown key of the same object was taken for (ram_size_byte) is a consequence of
 * the misspelling, and its error is dropped, leaving the cause and its hint.
 */
struct key_note {
	const struct j5_value *obj;
	const char *key;
	size_t diag_index; /* the missing key's error */
	struct key_note *next;
};

struct ctx {
	struct system *sys;
	const struct target *t;
	struct arena *a;
	struct diag *d;
	struct rejected *rejected; /* declared names in error */
	struct key_note *missing; /* required keys reported missing */
	struct key_note *meant; /* what unknown keys were probably meant to be */
};

#define ERR(c, w, ...) diag_error((c)->d, (w).line, (w).col, (w).path, __VA_ARGS__)

static void note_key(struct ctx *c, struct key_note **list, const struct j5_value *obj,
		     const char *key, size_t diag_index)
{
	struct key_note *n = arena_alloc(c->a, sizeof(*n));

	n->obj = obj;
	n->key = key;
	n->diag_index = diag_index;
	n->next = *list;
	*list = n;
}

/* A required key of obj is absent: reported now, dropped later if it was misspelt. */
static void missing_key(struct ctx *c, const struct j5_value *obj, const char *key, struct where w,
			const char *fmt, const char *expect)
{
	note_key(c, &c->missing, obj, key, c->d->n);
	ERR(c, w, fmt, expect);
}

/* Drop the missing-key errors that a misspelt key of the same object explains. */
static void drop_explained_missing(struct ctx *c)
{
	struct diag *d = c->d;
	size_t kept = 0;

	for (const struct key_note *m = c->missing; m; m = m->next)
		for (const struct key_note *u = c->meant; u; u = u->next)
			if (u->obj == m->obj && !strcmp(u->key, m->key) && m->diag_index < d->n) {
				free(d->v[m->diag_index].text);
				d->v[m->diag_index].text = NULL;
				break;
			}
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].text)
			d->v[kept++] = d->v[i];
	d->n = kept;
}

/* " (did you mean 'x'?)" for the name closest to word, or "". */
static const char *did_you_mean(struct ctx *c, const char *word, size_t len,
				const char *const *names, size_t n)
{
	const char *s = closest_name(word, len, names, n);

	return s ? arena_printf(c->a, " (did you mean '%s'?)", s) : "";
}

/*
 * A name that was declared but rejected (not an identifier, reserved): a reference to it
 * is not reported again, its declaration's error is the cause.
 */
static void reject_name(struct ctx *c, const char *s, size_t len)
{
	struct rejected *r = arena_alloc(c->a, sizeof(*r));

	r->name = arena_strndup(c->a, s, len);
	r->next = c->rejected;
	c->rejected = r;
}

static bool was_rejected(const struct ctx *c, const char *name)
{
	for (const struct rejected *r = c->rejected; r; r = r->next)
		if (!strcmp(r->name, name))
			return true;
	return false;
}

static struct where at(const struct j5_value *v, const char *path)
{
	return (struct where){ v->line, v->col, path, v->type == J5_NUMBER ? v->num.text : NULL };
}

/* A number in a message as the user wrote it (decimal stays decimal), when known. */
static const char *written(struct ctx *c, const struct where *w, uint64_t value)
{
	return w->text ? w->text : arena_printf(c->a, "0x%" PRIx64, value);
}

static const char *pkey(struct ctx *c, const char *base, const char *key)
{
	return base && *base ? arena_printf(c->a, "%s.%s", base, key) : key;
}

static const char *pidx(struct ctx *c, const char *base, size_t i)
{
	return arena_printf(c->a, "%s[%zu]", base, i);
}

/* A path component for a key that may not be an identifier: a.b or a["x y"]. */
static const char *pmember(struct ctx *c, const char *base, const struct j5_member *m)
{
	if (is_ident(m->key, m->key_len))
		return pkey(c, base, m->key);
	struct sb b = { 0 };

	sb_printf(&b, "%s[\"", base ? base : "");
	for (size_t i = 0; i < m->key_len; i++) {
		unsigned char ch = (unsigned char)m->key[i];

		if (ch == '"' || ch == '\\')
			sb_printf(&b, "\\%c", ch);
		else if (ch < 0x20 || ch == 0x7f)
			sb_printf(&b, "\\x%02x", ch);
		else
			sb_putc(&b, (char)ch);
	}
	sb_puts(&b, "\"]");
	const char *p = arena_strndup(c->a, b.s, b.len);

	sb_free(&b);
	return p;
}

/* What a value is, for "expected X, found Y". */
static const char *found(struct ctx *c, const struct j5_value *v)
{
	switch (v->type) {
	case J5_NULL:
		return "null";
	case J5_BOOL:
		return v->b ? "true" : "false";
	case J5_NUMBER:
		if (!v->num.is_int)
			return "a number that is not an integer";
		return v->num.text;
	case J5_STRING:
		return arena_printf(c->a, "the string %s", arena_quote(c->a, v->str.s, v->str.len));
	case J5_ARRAY:
		return "an array";
	case J5_OBJECT:
		return "an object";
	}
	return "something else";
}

static bool want(struct ctx *c, const struct j5_value *v, const char *path, enum j5_type type,
		 const char *expect)
{
	if (v->type == type)
		return true;
	ERR(c, at(v, path), "expected %s, found %s", expect, found(c, v));
	return false;
}

static bool key_is(const struct j5_member *m, const char *key)
{
	return m->key_len == strlen(key) && !memcmp(m->key, key, m->key_len);
}

/* Unknown keys are errors: a misspelt optional key must not pass silently. */
static bool check_keys(struct ctx *c, const struct j5_value *obj, const char *path,
		       const char *const *allowed, size_t n, const char *in_what)
{
	bool ok = true;

	for (size_t i = 0; i < obj->obj.n; i++) {
		const struct j5_member *m = &obj->obj.members[i];
		const char *hint = "";
		size_t k;

		for (k = 0; k < n; k++)
			if (key_is(m, allowed[k]))
				break;
		if (k < n)
			continue;
		hint = did_you_mean(c, m->key, m->key_len, allowed, n);
		if (*hint)
			note_key(c, &c->meant, obj, closest_name(m->key, m->key_len, allowed, n),
				 0);
		struct sb list = { 0 };

		for (k = 0; k < n; k++)
			sb_printf(&list, "%s%s", k ? ", " : "", allowed[k]);
		diag_error(c->d, m->key_line, m->key_col, pmember(c, path, m),
			   "unknown key %s%s%s; expected one of: %s",
			   arena_quote(c->a, m->key, m->key_len), in_what, hint, list.s);
		sb_free(&list);
		ok = false;
	}
	return ok;
}

/* obj[key]; when required and absent, an error at obj. */
static const struct j5_value *member(struct ctx *c, const struct j5_value *obj, const char *path,
				     const char *key, bool required, const char *expect)
{
	const struct j5_value *v = j5_get(obj, key);

	if (!v && required)
		missing_key(c, obj, key, at(obj, pkey(c, path, key)), "missing; expected %s",
			    expect);
	return v;
}

/* A required string naming something that becomes part of a C name. */
static const char *read_name(struct ctx *c, const struct j5_value *obj, const char *path,
			     const char *key, const char *expect, struct where *w)
{
	const char *p = pkey(c, path, key);
	const struct j5_value *v = member(c, obj, path, key, true, expect);

	if (!v || !want(c, v, p, J5_STRING, expect))
		return NULL;
	*w = at(v, p);
	if (!is_ident(v->str.s, v->str.len)) {
		ERR(c, *w,
		    "%s is not a valid name; expected an identifier ([A-Za-z_][A-Za-z0-9_]*), "
		    "since it becomes part of C names",
		    arena_quote(c->a, v->str.s, v->str.len));
		reject_name(c, v->str.s, v->str.len);
		return NULL;
	}
	return arena_strndup(c->a, v->str.s, v->str.len);
}

/*
 * A string naming something declared elsewhere. Not checked to be an identifier: it
 * is looked up among the declared names, and a declaration with a bad name has its
 * own error.
 */
static const char *read_ref(struct ctx *c, const struct j5_value *obj, const char *path,
			    const char *key, const char *expect, struct where *w)
{
	const char *p = pkey(c, path, key);
	const struct j5_value *v = member(c, obj, path, key, true, expect);

	if (!v || !want(c, v, p, J5_STRING, expect))
		return NULL;
	*w = at(v, p);
	return arena_strndup(c->a, v->str.s, v->str.len);
}

/*
 * An integer in [min, max]. hex: show a wrong value in hex (addresses). Returns
 * false (after an error) when v is not such an integer.
 */
static bool read_int(struct ctx *c, const struct j5_value *v, const char *path, uint64_t min,
		     uint64_t max, const char *expect, uint64_t *out)
{
	if (!want(c, v, path, J5_NUMBER, expect))
		return false;
	if (!v->num.is_int || v->num.neg || v->num.u < min || v->num.u > max) {
		ERR(c, at(v, path), "expected %s, found %s", expect, found(c, v));
		return false;
	}
	*out = v->num.u;
	return true;
}

/* obj[key] as an integer; *out untouched when absent. Returns false on an error. */
static bool read_int_key(struct ctx *c, const struct j5_value *obj, const char *path,
			 const char *key, bool required, uint64_t min, uint64_t max,
			 const char *expect, uint64_t *out, struct where *w)
{
	const struct j5_value *v = member(c, obj, path, key, required, expect);
	const char *p = pkey(c, path, key);

	if (!v)
		return !required;
	if (w)
		*w = at(v, p);
	return read_int(c, v, p, min, max, expect, out);
}

static bool read_size(struct ctx *c, const struct j5_value *obj, const char *path, const char *key,
		      bool required, uint64_t *out, struct where *w)
{
	return read_int_key(c, obj, path, key, required, 1, UINT32_MAX, SIZE_EXPECT, out, w);
}

static bool read_addr(struct ctx *c, const struct j5_value *obj, const char *path, const char *key,
		      uint64_t *out, struct where *w)
{
	return read_int_key(c, obj, path, key, true, 0, UINT32_MAX, ADDR_EXPECT, out, w);
}

/* An array value at obj[key]; NULL when absent or (after an error) not an array. */
static const struct j5_value *read_array(struct ctx *c, const struct j5_value *obj,
					 const char *path, const char *key, bool required,
					 const char *expect)
{
	const struct j5_value *v = member(c, obj, path, key, required, expect);

	if (!v || !want(c, v, pkey(c, path, key), J5_ARRAY, expect))
		return NULL;
	return v;
}

/* A stack size must keep the stack pointer aligned as the ABI wants. */
static bool read_stack_size(struct ctx *c, const struct j5_value *obj, const char *path,
			    uint64_t *out)
{
	struct where w = { 0 };

	if (!read_size(c, obj, path, "stack_size_bytes", false, out, &w))
		return false;
	if (*out % c->t->stack_align) {
		ERR(c, w,
		    "%s is not a multiple of %u; a stack size must keep the stack "
		    "pointer %u-byte aligned, as the %s ABI requires",
		    written(c, &w, *out), c->t->stack_align, c->t->stack_align, c->t->arch_type);
		return false;
	}
	return true;
}

static void read_arch(struct ctx *c, const struct j5_value *arch)
{
	static const char *const riscv_keys[] = { "type" };
	static const char *const armv8m_keys[] = { "type", "vector_table_start_address",
						   "vector_table_size_bytes" };
	struct system *s = c->sys;
	const char *path = "arch";
	const char *expect = "'riscv' or 'armv8m'";
	const struct j5_value *type;

	s->vt_start = c->t->vt_start;
	s->vt_size = c->t->vt_size;
	s->vt_at = s->vt_size_at = s->root_at;
	if (!arch || !want(c, arch, path, J5_OBJECT, "an object { type: ... }"))
		return;
	s->vt_at = s->vt_size_at = at(arch, path);
	type = member(c, arch, path, "type", true, expect);
	if (type && want(c, type, "arch.type", J5_STRING, expect)) {
		const char *ty = type->str.s;

		if (strcmp(ty, "riscv") && strcmp(ty, "armv8m")) {
			ERR(c, at(type, "arch.type"), "unknown arch %s; expected %s",
			    arena_quote(c->a, ty, type->str.len), expect);
		} else if (strcmp(ty, c->t->arch_type)) {
			ERR(c, at(type, "arch.type"),
			    "'%s' does not match the target %s, whose arch is '%s'", ty, c->t->name,
			    c->t->arch_type);
		}
		if (!strcmp(ty, "riscv")) {
			check_keys(c, arch, path, riscv_keys, ARRAY_SIZE(riscv_keys),
				   " in a riscv arch");
			return;
		}
	}
	check_keys(c, arch, path, armv8m_keys, ARRAY_SIZE(armv8m_keys), " in an armv8m arch");
	if (!c->t->has_vector_table)
		return;
	struct where w = { 0 };

	if (j5_get(arch, "vector_table_start_address") &&
	    read_addr(c, arch, path, "vector_table_start_address", &s->vt_start, &w)) {
		s->vt_at = w;
		s->vt_given = true;
	}
	if (read_size(c, arch, path, "vector_table_size_bytes", false, &s->vt_size, &w) &&
	    j5_get(arch, "vector_table_size_bytes"))
		s->vt_size_at = w;
}

/* An IRQ number as the kernel's interrupt table spells it: "10" or "0xa". */
static bool parse_irq_key(const char *s, size_t len, uint64_t *out)
{
	uint64_t v = 0;
	size_t i = 0;
	unsigned base = 10;

	if (len > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		i = 2;
	}
	/* At most 16 hex or 19 decimal digits: the value fits in 64 bits. */
	if (i == len || len - i > (base == 16 ? 16u : 19u))
		return false;
	for (; i < len; i++) {
		int d;

		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if (base == 16 && s[i] >= 'a' && s[i] <= 'f')
			d = s[i] - 'a' + 10;
		else if (base == 16 && s[i] >= 'A' && s[i] <= 'F')
			d = s[i] - 'A' + 10;
		else
			return false;
		v = v * base + (unsigned)d;
	}
	*out = v;
	return true;
}

static const char *irq_expect(struct ctx *c)
{
	if (c->t->has_timer_irq)
		return arena_printf(c->a, "an IRQ number of %s (%u to %u, except %u)", c->t->name,
				    c->t->irq_min, c->t->irq_max, c->t->timer_irq);
	return arena_printf(c->a, "an IRQ number of %s (%u to %u)", c->t->name, c->t->irq_min,
			    c->t->irq_max);
}

/*
 * A handler as pw_kernel names it, a Rust path ("module::function"), is the C function
 * whose name joins the path's parts with '_' ("module_function"); a plain identifier
 * is itself. NULL when it is neither.
 */
static const char *handler_symbol(struct ctx *c, const char *s, size_t len)
{
	char *out = arena_strndup(c->a, s, len);
	size_t o = 0, start = 0;

	for (size_t i = 0; i <= len; i++) {
		bool sep = i + 1 < len && s[i] == ':' && s[i + 1] == ':';

		if (i < len && !sep)
			continue;
		if (!is_ident(s + start, i - start))
			return NULL;
		memcpy(out + o, s + start, i - start);
		o += i - start;
		if (sep) {
			out[o++] = '_';
			i++; /* the second ':' */
		}
		start = i + 1;
	}
	out[o] = '\0';
	return out;
}

static void read_interrupt_table(struct ctx *c, const struct j5_value *it)
{
	static const char *const keys[] = { "table" };
	const char *path = "kernel.interrupt_table";
	const char *tpath = "kernel.interrupt_table.table";
	const struct j5_value *table;
	struct system *s = c->sys;

	if (!want(c, it, path, J5_OBJECT, "an object { table: { \"<irq>\": \"<symbol>\" } }"))
		return;
	check_keys(c, it, path, keys, ARRAY_SIZE(keys), " in kernel.interrupt_table");
	table = member(c, it, path, "table", true,
		       "an object mapping IRQ numbers (\"10\") to kernel function names");
	if (!table ||
	    !want(c, table, tpath, J5_OBJECT,
		  "an object mapping IRQ numbers (\"10\") to kernel function names"))
		return;
	s->kirqs = arena_array(c->a, table->obj.n, sizeof(*s->kirqs));
	for (size_t i = 0; i < table->obj.n; i++) {
		const struct j5_member *m = &table->obj.members[i];
		const char *p = pmember(c, tpath, m);
		struct where kw = { m->key_line, m->key_col, p, NULL };
		uint64_t irq;
		bool ok = true;

		if (!parse_irq_key(m->key, m->key_len, &irq)) {
			ERR(c, kw, "%s is not an IRQ number; expected %s, written as a string",
			    arena_quote(c->a, m->key, m->key_len), irq_expect(c));
			ok = false;
		} else if (irq < c->t->irq_min || irq > c->t->irq_max) {
			ERR(c, kw, "IRQ %" PRIu64 " does not exist; expected %s", irq,
			    irq_expect(c));
			ok = false;
		} else if (c->t->has_timer_irq && irq == c->t->timer_irq) {
			ERR(c, kw, "IRQ %" PRIu64 " is the kernel's timer on %s; expected %s", irq,
			    c->t->name, irq_expect(c));
			ok = false;
		} else {
			for (size_t k = 0; k < s->n_kirqs; k++)
				if (s->kirqs[k].irq == irq) {
					ERR(c, kw, "IRQ %" PRIu64 " is already in the table as %s",
					    irq, s->kirqs[k].at.path);
					ok = false;
				}
		}
		const struct j5_value *v = m->value;
		const char *expect = "the name of a kernel function (a C identifier, or a "
				     "pw_kernel path like module::function)";
		const char *sym = NULL;

		if (!want(c, v, p, J5_STRING, expect)) {
			ok = false;
		} else if (!(sym = handler_symbol(c, v->str.s, v->str.len))) {
			ERR(c, at(v, p), "%s is not a C function name; expected %s",
			    arena_quote(c->a, v->str.s, v->str.len), expect);
			ok = false;
		}
		if (ok)
			s->kirqs[s->n_kirqs++] = (struct kernel_irq){ (uint32_t)irq, sym, kw };
	}
}

/*
 * pw_kernel's kernel.mpu_validation says whether a layout its MPU cannot express fails
 * the build or only warns. Keel always fails it (every region is checked), so each
 * setting is accepted and none changes anything.
 */
static void read_mpu_validation(struct ctx *c, const struct j5_value *v)
{
	static const char *const modes[] = { "strict", "warn", "permissive" };
	const char *path = "kernel.mpu_validation";
	const char *expect = "one of: strict, warn, permissive";

	if (!v || !want(c, v, path, J5_STRING, expect))
		return;
	for (size_t i = 0; i < ARRAY_SIZE(modes); i++)
		if (strlen(modes[i]) == v->str.len && !memcmp(modes[i], v->str.s, v->str.len))
			return;
	ERR(c, at(v, path), "unknown mode %s; expected %s", arena_quote(c->a, v->str.s, v->str.len),
	    expect);
}

/* The kernel's keys that are not its memory. */
static void read_kernel_options(struct ctx *c, const struct j5_value *k, const char *path)
{
	const struct j5_value *it = j5_get(k, "interrupt_table");

	if (it)
		read_interrupt_table(c, it);
	read_mpu_validation(c, j5_get(k, "mpu_validation"));
	/* A bound that keeps a mistyped size from eating the kernel's RAM unnoticed. */
	read_int_key(c, k, path, "trace_buffer_events", false, 0, MAX_TRACE_EVENTS,
		     "an event count from 0 (no tracing) to 65536", &c->sys->trace_events, NULL);
	const struct j5_value *fr = j5_get(k, "fault_registers");
	if (fr && want(c, fr, "kernel.fault_registers", J5_BOOL, "true or false"))
		c->sys->fault_registers = fr->b;
	const struct j5_value *sd = j5_get(k, "system_dump");
	if (sd && want(c, sd, "kernel.system_dump", J5_BOOL, "true or false"))
		c->sys->system_dump = sd->b;
	const struct j5_value *sm = j5_get(k, "short_messages");
	if (sm && want(c, sm, "kernel.short_messages", J5_BOOL, "true or false"))
		c->sys->short_messages = sm->b;
}

static void read_kernel(struct ctx *c, const struct j5_value *k)
{
	static const char *const keys[] = { "flash_start_address", "flash_size_bytes",
					    "ram_start_address",   "ram_size_bytes",
					    "interrupt_table",	   "mpu_validation",
					    "trace_buffer_events", "fault_registers",
					    "system_dump",	   "short_messages" };
	struct system *s = c->sys;
	const char *path = "kernel";

	s->kflash_start = c->t->kflash_start;
	s->kflash_size = c->t->kflash_size;
	s->kram_start = c->t->kram_start;
	s->kram_size = c->t->kram_size;
	s->kernel_at = s->kflash_at = s->kram_at =
		(struct where){ s->root_at.line, s->root_at.col, "kernel", NULL };
	if (!k || !want(c, k, path, J5_OBJECT, "an object with the kernel's memory"))
		return;
	s->kernel_at = at(k, path);
	check_keys(c, k, path, keys, ARRAY_SIZE(keys), " in kernel");
	read_kernel_options(c, k, path);
	/* A kernel object with none of its memory keys (tracing only) keeps the target's. */
	if (!j5_get(k, "flash_start_address") && !j5_get(k, "flash_size_bytes") &&
	    !j5_get(k, "ram_start_address") && !j5_get(k, "ram_size_bytes"))
		return;
	s->kernel_given = true;
	read_addr(c, k, path, "flash_start_address", &s->kflash_start, &s->kflash_at);
	read_size(c, k, path, "flash_size_bytes", true, &s->kflash_size, NULL);
	read_addr(c, k, path, "ram_start_address", &s->kram_start, &s->kram_at);
	struct where w = { 0 };

	if (read_size(c, k, path, "ram_size_bytes", true, &s->kram_size, &w) &&
	    j5_get(k, "ram_size_bytes") && s->kram_size < c->t->kernel_stack)
		ERR(c, w, "%s bytes cannot hold the kernel stack; expected at least %u bytes",
		    written(c, &w, s->kram_size), c->t->kernel_stack);
}

static void read_irqs(struct ctx *c, struct object *o, const struct j5_value *obj, const char *path)
{
	static const char *const keys[] = { "name", "number" };
	const char *expect = "an array of 1 to 15 IRQs { name, number }";
	const struct j5_value *arr = read_array(c, obj, path, "irqs", true, expect);
	const char *apath = pkey(c, path, "irqs");

	if (!arr) {
		o->bad = true;
		return;
	}
	if (arr->arr.n < 1 || arr->arr.n > MAX_IRQS_PER_OBJECT) {
		ERR(c, at(arr, apath),
		    "%zu IRQs; expected %s (one signal bit each, INTERRUPT_A to INTERRUPT_O)",
		    arr->arr.n, expect);
		o->bad = true;
		return;
	}
	o->irqs = arena_array(c->a, arr->arr.n, sizeof(*o->irqs));
	for (size_t i = 0; i < arr->arr.n; i++) {
		const struct j5_value *v = arr->arr.items[i];
		const char *p = pidx(c, apath, i);
		struct irq *q = &o->irqs[o->n_irqs];
		uint64_t n;

		q->at = at(v, p);
		if (!want(c, v, p, J5_OBJECT, "an object { name, number }")) {
			o->bad = true;
			continue;
		}
		check_keys(c, v, p, keys, ARRAY_SIZE(keys), " in an IRQ");
		q->name = read_name(c, v, p, "name", "the IRQ's name (an identifier)", &q->name_at);
		bool ok = read_int_key(c, v, p, "number", true, c->t->irq_min, c->t->irq_max,
				       irq_expect(c), &n, &q->number_at);

		if (ok && c->t->has_timer_irq && n == c->t->timer_irq) {
			ERR(c, q->number_at,
			    "IRQ %" PRIu64 " is the kernel's timer on %s; expected %s", n,
			    c->t->name, irq_expect(c));
			ok = false;
		}
		if (!q->name || !ok) {
			o->bad = true;
			continue;
		}
		q->number = (uint32_t)n;
		o->n_irqs++;
	}
}

/*
 * pw_kernel writes a thread's priority as the name of a kernel::Priority constant;
 * Keel's scheduler has 32 numbered levels (system-model.md), so each name stands for
 * one of them. DEFAULT_PRIORITY is Keel's default, so a pw_kernel thread that names
 * no priority and one that names the default behave alike.
 */
static const struct {
	const char *name;
	unsigned level;
} priority_names[] = {
	{ "IDLE_PRIORITY", 0 },	 { "LOWEST_PRIORITY", 1 },
	{ "LOW_PRIORITY", 8 },	 { "DEFAULT_PRIORITY", DEFAULT_PRIORITY },
	{ "HIGH_PRIORITY", 23 }, { "HIGHEST_PRIORITY", MAX_PRIORITY },
};

static bool read_priority(struct ctx *c, const struct j5_value *obj, const char *path,
			  uint64_t *out)
{
	const char *expect = "a priority from 0 to 31 (higher runs first) or a pw_kernel "
			     "priority name (IDLE_PRIORITY, LOWEST_PRIORITY, LOW_PRIORITY, "
			     "DEFAULT_PRIORITY, HIGH_PRIORITY, HIGHEST_PRIORITY)";
	const struct j5_value *v = j5_get(obj, "priority");
	const char *p = pkey(c, path, "priority");

	if (!v || v->type != J5_STRING)
		return read_int_key(c, obj, path, "priority", false, 0, MAX_PRIORITY, expect, out,
				    NULL);
	for (size_t i = 0; i < ARRAY_SIZE(priority_names); i++)
		if (strlen(priority_names[i].name) == v->str.len &&
		    !memcmp(priority_names[i].name, v->str.s, v->str.len)) {
			*out = priority_names[i].level;
			return true;
		}
	ERR(c, at(v, p), "unknown priority name %s; expected %s",
	    arena_quote(c->a, v->str.s, v->str.len), expect);
	return false;
}

static void read_thread_object(struct ctx *c, struct process *p, struct object *o,
			       const struct j5_value *v, const char *path)
{
	struct thread *t = arena_alloc(c->a, sizeof(*t));
	uint64_t prio = DEFAULT_PRIORITY, stack = 0, kstack;
	const struct j5_value *mv;

	t->obj = o;
	t->at = o->at;
	o->thread = t;
	if (!read_priority(c, v, path, &prio))
		o->bad = true;
	t->priority = (unsigned)prio;
	mv = j5_get(v, "main_thread");
	if (mv) {
		t->main_at = at(mv, pkey(c, path, "main_thread"));
		if (want(c, mv, t->main_at.path, J5_BOOL, "true or false")) {
			t->main_given = true;
			t->main = mv->b;
		} else {
			o->bad = true;
		}
	}
	/* Accepted for pw_kernel configs; Keel has one kernel stack (system-model.md). */
	if (!read_size(c, v, path, "kernel_stack_size_bytes", false, &kstack, NULL))
		o->bad = true;
	if (!read_stack_size(c, v, path, &stack))
		o->bad = true;
	t->stack_size = (uint32_t)stack;
	if (!j5_get(v, "stack_size_bytes"))
		t->stack_size = 0; /* main's default is filled in once main is known */
	p->has_thread_objects = true;
}

static void read_object(struct ctx *c, struct process *p, struct object *o,
			const struct j5_value *v, const char *path)
{
	static const char *const keys[OBJ_TYPES][7] = {
		[OBJ_CHANNEL_INITIATOR] = { "name", "type", "handler_process",
					    "handler_object_name" },
		[OBJ_CHANNEL_HANDLER] = { "name", "type" },
		[OBJ_INTERRUPT] = { "name", "type", "irqs" },
		[OBJ_PROCESS] = { "name", "type", "linked_process" },
		[OBJ_THREAD] = { "name", "type", "priority", "main_thread",
				 "kernel_stack_size_bytes", "stack_size_bytes" },
		[OBJ_WAIT_GROUP] = { "name", "type" },
	};
	const char *texpect = "one of: channel_initiator, channel_handler, interrupt, process, "
			      "thread, wait_group";
	const struct j5_value *tv;

	o->owner = p;
	o->at = at(v, path);
	o->bad = true;
	o->type = OBJ_TYPES; /* until its type is known */
	if (!want(c, v, path, J5_OBJECT, "an object { name, type, ... }"))
		return;
	o->name = read_name(c, v, path, "name", "the object's name (an identifier)", &o->name_at);
	if (o->name && ieq(o->name, "process")) {
		ERR(c, o->name_at,
		    "'%s' is reserved: the kernel adds the process's own handle, HANDLE_PROCESS, "
		    "after the objects; choose another name",
		    o->name);
		reject_name(c, o->name, strlen(o->name));
		o->name = NULL;
	}
	tv = member(c, v, path, "type", true, texpect);
	if (!tv || !want(c, tv, pkey(c, path, "type"), J5_STRING, texpect))
		return;
	for (o->type = 0; o->type < OBJ_TYPES; o->type++)
		if (!strcmp(tv->str.s, obj_type_names[o->type]))
			break;
	if (o->type == OBJ_TYPES) {
		ERR(c, at(tv, pkey(c, path, "type")), "unknown object type %s%s; expected %s",
		    arena_quote(c->a, tv->str.s, tv->str.len),
		    did_you_mean(c, tv->str.s, tv->str.len, obj_type_names, OBJ_TYPES), texpect);
		return;
	}
	size_t nk = 0;

	while (nk < ARRAY_SIZE(keys[0]) && keys[o->type][nk])
		nk++;
	bool ok = check_keys(c, v, path, keys[o->type], nk,
			     arena_printf(c->a, " in a %s object", obj_type_names[o->type]));

	o->bad = !o->name || !ok;
	switch (o->type) {
	case OBJ_CHANNEL_INITIATOR:
		o->handler_process = read_ref(c, v, path, "handler_process",
					      "the name of the process with the channel_handler",
					      &o->handler_process_at);
		o->handler_object_name =
			read_ref(c, v, path, "handler_object_name",
				 "the name of the channel_handler object", &o->handler_object_at);
		if (!o->handler_process || !o->handler_object_name)
			o->bad = true;
		break;
	case OBJ_INTERRUPT:
		read_irqs(c, o, v, path);
		break;
	case OBJ_PROCESS:
		o->linked_name =
			read_ref(c, v, path, "linked_process",
				 "the name of the process this handle controls", &o->linked_at);
		if (!o->linked_name)
			o->bad = true;
		break;
	case OBJ_THREAD:
		read_thread_object(c, p, o, v, path);
		break;
	default:
		break;
	}
}

static void read_mapping(struct ctx *c, struct mapping *m, const struct j5_value *v,
			 const char *path, bool *bad)
{
	static const char *const keys[] = { "name", "type", "start_address", "size_bytes" };
	static const char *const types[] = { [MAP_DEVICE] = "device",
					     [MAP_RX] = "read_only_executable",
					     [MAP_RW] = "read_write_data" };
	const char *texpect = "one of: device, read_only_executable, read_write_data";
	const struct j5_value *tv;
	struct where sw = { 0 };
	bool ok = true;

	m->at = at(v, path);
	if (!want(c, v, path, J5_OBJECT, "an object { name, type, start_address, size_bytes }")) {
		*bad = true;
		return;
	}
	ok &= check_keys(c, v, path, keys, ARRAY_SIZE(keys), " in a memory mapping");
	m->name = read_name(c, v, path, "name", "the mapping's name (an identifier)", &m->name_at);
	ok &= m->name != NULL;
	tv = member(c, v, path, "type", true, texpect);
	if (tv && want(c, tv, pkey(c, path, "type"), J5_STRING, texpect)) {
		size_t k;

		for (k = 0; k < ARRAY_SIZE(types); k++)
			if (!strcmp(tv->str.s, types[k]))
				break;
		if (k == ARRAY_SIZE(types)) {
			ERR(c, at(tv, pkey(c, path, "type")),
			    "unknown mapping type %s%s; expected %s",
			    arena_quote(c->a, tv->str.s, tv->str.len),
			    did_you_mean(c, tv->str.s, tv->str.len, types, ARRAY_SIZE(types)),
			    texpect);
			ok = false;
		}
		m->type = (enum map_type)k;
	} else {
		ok = false;
	}
	bool a_ok = read_addr(c, v, path, "start_address", &m->start, &m->start_at);
	bool s_ok = read_size(c, v, path, "size_bytes", true, &m->size, &sw);
	const uint32_t g = c->t->align;

	if (a_ok && m->start % g) {
		ERR(c, m->start_at,
		    "%s is not a multiple of %u; a region of the %s %s must start on "
		    "a %u-byte boundary",
		    written(c, &m->start_at, m->start), g, c->t->name, c->t->protection, g);
		a_ok = false;
	}
	if (s_ok && m->size % g) {
		ERR(c, sw,
		    "%s is not a multiple of %u; a region of the %s %s must be a "
		    "multiple of %u bytes",
		    written(c, &sw, m->size), g, c->t->name, c->t->protection, g);
		s_ok = false;
	}
	/* The region's end, [start, end), is a 32-bit value in struct k_region too. */
	if (a_ok && s_ok && m->start + m->size > UINT32_MAX) {
		ERR(c, sw,
		    "%s + %s reaches the end of the 32-bit address space; "
		    "expected a region that ends below 0x100000000",
		    written(c, &m->start_at, m->start), written(c, &sw, m->size));
		s_ok = false;
	}
	if (!ok || !a_ok || !s_ok)
		*bad = true;
}

static void read_older_threads(struct ctx *c, struct process *p, const struct j5_value *arr,
			       const char *apath)
{
	static const char *const keys[] = { "name", "stack_size_bytes" };

	p->has_threads_array = true;
	p->threads_at = at(arr, apath);
	if (arr->arr.n == 0) {
		ERR(c, p->threads_at,
		    "empty; expected one thread { name, stack_size_bytes } (or thread objects)");
		p->bad = true;
		return;
	}
	if (arr->arr.n > 1) {
		ERR(c, at(arr->arr.items[1], pidx(c, apath, 1)),
		    "the threads array (older form) holds one thread per process; declare "
		    "several threads as objects of type \"thread\" instead");
		p->bad = true;
	}
	const struct j5_value *v = arr->arr.items[0];
	const char *path = pidx(c, apath, 0);
	struct thread *t = arena_alloc(c->a, sizeof(*t));
	uint64_t stack = DEFAULT_STACK;

	t->at = at(v, path);
	t->priority = DEFAULT_PRIORITY;
	t->main = true;
	if (!want(c, v, path, J5_OBJECT, "an object { name, stack_size_bytes }")) {
		p->bad = true;
		return;
	}
	if (!check_keys(c, v, path, keys, ARRAY_SIZE(keys), " in an older-form thread"))
		p->bad = true;
	const char *nexpect = "the thread's display name (a non-empty string)";
	const struct j5_value *nv = member(c, v, path, "name", true, nexpect);

	if (!nv || !want(c, nv, pkey(c, path, "name"), J5_STRING, nexpect)) {
		p->bad = true;
	} else if (nv->str.len == 0) {
		ERR(c, at(nv, pkey(c, path, "name")), "empty; expected %s", nexpect);
		p->bad = true;
	} else {
		t->name = arena_strndup(c->a, nv->str.s, nv->str.len);
		t->name_len = nv->str.len;
	}
	if (!read_stack_size(c, v, path, &stack))
		p->bad = true;
	t->stack_size = (uint32_t)stack;
	p->threads = arena_alloc(c->a, sizeof(*p->threads));
	p->threads[0] = t;
	p->n_threads = 1;
}

/* Collect the thread objects, decide which one is main and give it its stack. */
/*
 * pw_kernel's own configs give a process several thread objects and flag none of them
 * as main; the first one then is the main thread. A thread that says main_thread:
 * false is never picked.
 */
static bool pick_first_main(struct process *p)
{
	for (size_t i = 0; i < p->n_threads; i++)
		if (!p->threads[i]->main_given) {
			p->threads[i]->main = true;
			p->main = i;
			return true;
		}
	return false;
}

static void finish_threads(struct ctx *c, struct process *p)
{
	size_t n = 0, mains = 0;

	if (p->has_threads_array) {
		if (p->has_thread_objects) {
			ERR(c, p->threads_at,
			    "this process also has thread objects; use either the threads array "
			    "(older form) or thread objects, not both");
			p->bad = true;
		}
		return;
	}
	for (size_t i = 0; i < p->n_objs; i++)
		if (p->objs[i].thread)
			n++;
	if (!n) {
		if (!p->bad)
			ERR(c, p->at,
			    "process '%s' has no thread; expected an object of type \"thread\" "
			    "in objects (or, older form, a threads array)",
			    p->name ? p->name : "?");
		p->bad = true;
		return;
	}
	if (n > MAX_THREADS) {
		ERR(c, p->at, "%zu threads; a process has at most %u", n, MAX_THREADS);
		p->bad = true;
		return;
	}
	p->threads = arena_array(c->a, n, sizeof(*p->threads));
	for (size_t i = 0; i < p->n_objs; i++) {
		struct thread *t = p->objs[i].thread;

		if (!t)
			continue;
		t->name = p->objs[i].name;
		t->name_len = t->name ? strlen(t->name) : 0;
		if (n == 1 && !t->main_given)
			t->main = true;
		if (t->main) {
			if (mains++) {
				ERR(c, t->main_at,
				    "a second main thread; exactly one thread of a process is "
				    "main_thread: true (here %s already is)",
				    p->threads[p->main]->at.path);
				p->bad = true;
			} else {
				p->main = p->n_threads;
			}
		}
		p->threads[p->n_threads++] = t;
	}
	if (!mains && !pick_first_main(p)) {
		ERR(c, p->at,
		    "no main thread; every thread says main_thread: false; expected one with "
		    "main_thread: true (or without main_thread: then the first such is main)");
		p->bad = true;
		return;
	}
	if (!p->threads[p->main]->stack_size)
		p->threads[p->main]->stack_size = DEFAULT_STACK;
}

const char *const debug_grant_names[N_DEBUG_GRANTS] = { "debug_log", "debug_putc", "debug_shutdown",
							"debug_trigger_interrupt",
							"debug_trigger_kernel_interrupt" };
const char *const debug_grant_macros[N_DEBUG_GRANTS] = { "K_DEBUG_LOG", "K_DEBUG_PUTC",
							 "K_DEBUG_SHUTDOWN",
							 "K_DEBUG_TRIGGER_INTERRUPT",
							 "K_DEBUG_TRIGGER_KERNEL_INTERRUPT" };

/* debug_syscalls: which debug syscalls the process may make (absent: all of them). */
static void read_debug_syscalls(struct ctx *c, struct process *p, const struct j5_value *v,
				const char *path)
{
	const char *expect = "an array of debug syscall names (debug_log, debug_putc, "
			     "debug_shutdown, debug_trigger_interrupt, "
			     "debug_trigger_kernel_interrupt)";
	const char *iexpect = "one of: debug_log, debug_putc, debug_shutdown, "
			      "debug_trigger_interrupt, debug_trigger_kernel_interrupt";
	const struct j5_value *arr;

	p->debug_grants = DEBUG_GRANTS_ALL;
	if (!j5_get(v, "debug_syscalls"))
		return;
	arr = read_array(c, v, path, "debug_syscalls", false, expect);
	if (!arr) {
		p->bad = true;
		return;
	}
	p->debug_grants = 0;
	for (size_t i = 0; i < arr->arr.n; i++) {
		const struct j5_value *e = arr->arr.items[i];
		const char *ipath = pidx(c, pkey(c, path, "debug_syscalls"), i);
		size_t k;

		if (!want(c, e, ipath, J5_STRING, iexpect)) {
			p->bad = true;
			continue;
		}
		/* Lengths too: a JSON5 string may hold a NUL. */
		bool c_str = strlen(e->str.s) == e->str.len;

		for (k = 0; k < N_DEBUG_GRANTS; k++)
			if (c_str && !strcmp(e->str.s, debug_grant_names[k]))
				break;
		if (k == N_DEBUG_GRANTS && c_str &&
		    (!strcmp(e->str.s, "debug_nop") || !strcmp(e->str.s, "debug_clock_now"))) {
			ERR(c, at(e, ipath),
			    "'%s' needs no grant: debug_nop and debug_clock_now are every "
			    "process's; expected %s",
			    e->str.s, iexpect);
			p->bad = true;
		} else if (k == N_DEBUG_GRANTS) {
			ERR(c, at(e, ipath), "unknown debug syscall %s; expected %s",
			    arena_quote(c->a, e->str.s, e->str.len), iexpect);
			p->bad = true;
		} else if (p->debug_grants & (1u << k)) {
			ERR(c, at(e, ipath), "'%s' is listed twice; list each debug syscall once",
			    debug_grant_names[k]);
			p->bad = true;
		}
		if (k < N_DEBUG_GRANTS)
			p->debug_grants |= 1u << k;
	}
}

/* log_level (a level word, default "DBG": every line) and log_timestamps (bool). */
static bool read_log_options(struct ctx *c, struct process *p, const struct j5_value *v,
			     const char *path)
{
	static const char *const levels[] = { "DBG", "INF", "WRN", "ERR" };
	const char *expect = "one of: DBG, INF, WRN, ERR (the lowest level printed)";
	const struct j5_value *lv = j5_get(v, "log_level"), *tv = j5_get(v, "log_timestamps");
	bool ok = true;

	if (lv) {
		const char *lpath = pkey(c, path, "log_level");
		size_t i = 0;

		if (!want(c, lv, lpath, J5_STRING, expect))
			return false;
		while (i < ARRAY_SIZE(levels) &&
		       !(strlen(levels[i]) == lv->str.len &&
			 !memcmp(levels[i], lv->str.s, lv->str.len)))
			i++;
		if (i == ARRAY_SIZE(levels)) {
			ERR(c, at(lv, lpath), "unknown level %s; expected %s",
			    arena_quote(c->a, lv->str.s, lv->str.len), expect);
			ok = false;
		}
		p->log_level = (unsigned)i;
	}
	if (tv) {
		const char *tpath = pkey(c, path, "log_timestamps");

		if (want(c, tv, tpath, J5_BOOL, "true or false"))
			p->log_timestamps = tv->b;
		else
			ok = false;
	}
	return ok;
}

static void read_process(struct ctx *c, struct app *app, struct process *p,
			 const struct j5_value *v, const char *path)
{
	static const char *const keys[] = { "name",	 "ram_size_bytes", "memory_mappings",
					    "objects",	 "threads",	   "debug_syscalls",
					    "log_level", "log_timestamps" };
	const struct j5_value *arr;
	struct where w = { 0 };

	p->app = app;
	p->at = at(v, path);
	if (!want(c, v, path, J5_OBJECT, "an object { name, ram_size_bytes, objects, ... }")) {
		p->bad = true;
		return;
	}
	if (!check_keys(c, v, path, keys, ARRAY_SIZE(keys), " in a process"))
		p->bad = true;
	p->name = read_name(c, v, path, "name", "the process's name (an identifier)", &p->name_at);
	if (!p->name)
		p->bad = true;
	if (p->name && (ieq(p->name, "kernel_memory") || ieq(p->name, "kernel_apps"))) {
		ERR(c, p->name_at,
		    "'%s' is reserved: the process's linker script %s.ld would replace the "
		    "kernel's generated one",
		    p->name, p->name);
		p->bad = true;
	}
	if (p->name && ieq(p->name, "kernel")) {
		ERR(c, p->name_at,
		    "'%s' is reserved: the console marks the kernel's own lines [kernel]; choose "
		    "another name",
		    p->name);
		p->bad = true;
	}

	if (!read_log_options(c, p, v, path))
		p->bad = true;

	p->ram_at = p->at;
	if (j5_get(v, "ram_size_bytes")) {
		if (!read_size(c, v, path, "ram_size_bytes", true, &p->cfg_ram_size, &w)) {
			p->bad = true;
		} else if (app->ram_size) {
			ERR(c, w,
			    "both this process and its app (%s, split among its processes) give "
			    "the RAM size; keep one",
			    app->ram_at.path);
			p->bad = true;
		} else if (p->cfg_ram_size % c->t->align) {
			ERR(c, w,
			    "%s is not a multiple of %u; a region of the %s %s must "
			    "be a multiple of %u bytes",
			    written(c, &w, p->cfg_ram_size), c->t->align, c->t->name,
			    c->t->protection, c->t->align);
			p->bad = true;
		}
		p->ram_at = w;
	} else if (!app->ram_size && !app->bad) {
		missing_key(c, v, "ram_size_bytes", at(v, pkey(c, path, "ram_size_bytes")), "%s",
			    "missing; expected the process's RAM size in bytes (or the app's "
			    "ram_size_bytes, split among its processes)");
		p->bad = true;
	}

	arr = read_array(c, v, path, "memory_mappings", false,
			 "an array of mappings { name, type, start_address, size_bytes }");
	if (arr) {
		const char *apath = pkey(c, path, "memory_mappings");

		p->maps = arena_array(c->a, arr->arr.n, sizeof(*p->maps));
		p->n_maps = arr->arr.n;
		for (size_t i = 0; i < arr->arr.n; i++)
			read_mapping(c, &p->maps[i], arr->arr.items[i], pidx(c, apath, i), &p->bad);
		if (2 + arr->arr.n > c->t->max_regions) {
			size_t first = c->t->max_regions - 2;

			ERR(c, p->maps[first].at,
			    "too many memory mappings; the %s gives a process %u regions: its "
			    "app's flash, its RAM and at most %zu mappings",
			    c->t->protection, c->t->max_regions, first);
			p->bad = true;
		}
	} else if (j5_get(v, "memory_mappings")) {
		p->bad = true;
	}

	arr = read_array(c, v, path, "objects", false, "an array of objects { name, type, ... }");
	if (arr) {
		const char *apath = pkey(c, path, "objects");

		if (arr->arr.n >= MAX_HANDLES) {
			ERR(c, at(arr, apath), "%zu objects; a process has at most %u", arr->arr.n,
			    MAX_HANDLES - 1);
			p->bad = true;
		} else {
			p->objs = arena_array(c->a, arr->arr.n, sizeof(*p->objs));
			p->n_objs = arr->arr.n;
			for (size_t i = 0; i < arr->arr.n; i++) {
				p->objs[i].handle = (unsigned)i;
				read_object(c, p, &p->objs[i], arr->arr.items[i],
					    pidx(c, apath, i));
				if (p->objs[i].bad)
					p->bad = true;
			}
		}
	} else if (j5_get(v, "objects")) {
		p->bad = true;
	}

	arr = read_array(c, v, path, "threads", false,
			 "an array with one thread { name, stack_size_bytes }");
	if (arr)
		read_older_threads(c, p, arr, pkey(c, path, "threads"));
	else if (j5_get(v, "threads"))
		p->bad = true;
	if (!j5_get(v, "threads") || arr)
		finish_threads(c, p);
	read_debug_syscalls(c, p, v, path);
}

static bool read_const_value(struct ctx *c, struct constant *k, const struct j5_value *v,
			     const char *path)
{
	static const struct {
		uint64_t umax; /* largest positive value */
		uint64_t nmax; /* largest magnitude of a negative value */
	} range[C_TYPES] = {
		[C_U8] = { UINT8_MAX, 0 },
		[C_U16] = { UINT16_MAX, 0 },
		[C_U32] = { UINT32_MAX, 0 },
		[C_USIZE] = { UINT32_MAX, 0 }, /* both targets are 32-bit */
		[C_U64] = { UINT64_MAX, 0 },
		[C_I8] = { INT8_MAX, 128 },
		[C_I16] = { INT16_MAX, 32768 },
		[C_I32] = { INT32_MAX, 2147483648u },
		[C_ISIZE] = { INT32_MAX, 2147483648u },
		[C_I64] = { INT64_MAX, 9223372036854775808ull },
	};
	const char *tn = const_type_names[k->type];

	switch (k->type) {
	case C_BOOL:
		if (!want(c, v, path, J5_BOOL, "true or false for a bool"))
			return false;
		k->b = v->b;
		return true;
	case C_STRING:
		if (!want(c, v, path, J5_STRING, "a string"))
			return false;
		k->s = arena_strndup(c->a, v->str.s, v->str.len);
		k->len = v->str.len;
		return true;
	case C_CHAR: {
		const char *expect = "a string of exactly one character for a char";

		if (!want(c, v, path, J5_STRING, expect))
			return false;
		/* The parser guarantees valid UTF-8: decode one code point. */
		const unsigned char *s = (const unsigned char *)v->str.s;
		size_t n = s[0] < 0x80 ? 1 : s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : 4;

		if (v->str.len == 0 || v->str.len != n) {
			ERR(c, at(v, path), "expected %s, found %s", expect, found(c, v));
			return false;
		}
		k->ch = n == 1 ? s[0] : s[0] & (0x3fu >> (n - 1));
		for (size_t i = 1; i < n; i++)
			k->ch = k->ch << 6 | (s[i] & 0x3fu);
		return true;
	}
	default: {
		const char *expect = range[k->type].nmax
			? arena_printf(c->a,
				       "an integer from -%" PRIu64 " to %" PRIu64 " for an %s",
				       range[k->type].nmax, range[k->type].umax, tn)
			: arena_printf(c->a, "an integer from 0 to %" PRIu64 " for a %s",
				       range[k->type].umax, tn);

		if (!want(c, v, path, J5_NUMBER, expect))
			return false;
		const struct j5_number *num = &v->num;
		bool ok = num->is_int &&
			(num->neg ? (uint64_t)(-(num->i + 1)) + 1 <= range[k->type].nmax
				  : num->u <= range[k->type].umax);

		if (!ok) {
			ERR(c, at(v, path), "expected %s, found %s", expect, found(c, v));
			return false;
		}
		k->neg = num->neg;
		k->u = num->u;
		k->i = num->i;
		return true;
	}
	}
}

static void read_constants(struct ctx *c, struct app *app, const struct j5_value *arr,
			   const char *apath)
{
	/*
	 * pw_kernel ignores a constant's other keys, and its own interrupt test gives one
	 * a ram_size_bytes; that key is accepted (and checked to be a size), others are not.
	 */
	static const char *const keys[] = { "name", "type", "value", "ram_size_bytes" };
	const char *texpect = "one of: bool, char, u8, u16, u32, u64, usize, i8, i16, i32, i64, "
			      "isize, string";

	app->consts = arena_array(c->a, arr->arr.n, sizeof(*app->consts));
	for (size_t i = 0; i < arr->arr.n; i++) {
		const struct j5_value *v = arr->arr.items[i], *tv, *vv;
		const char *path = pidx(c, apath, i);
		struct constant *k = &app->consts[app->n_consts];
		struct where nw = { 0 };
		bool ok;

		k->at = at(v, path);
		if (!want(c, v, path, J5_OBJECT, "an object { name, type, value }"))
			continue;
		ok = check_keys(c, v, path, keys, ARRAY_SIZE(keys), " in a constant");
		uint64_t ignored;

		if (!read_size(c, v, path, "ram_size_bytes", false, &ignored, NULL))
			ok = false;
		k->name = read_name(c, v, path, "name", "the constant's name (an identifier)", &nw);
		tv = member(c, v, path, "type", true, texpect);
		vv = member(c, v, path, "value", true, "the constant's value");
		if (!k->name || !tv || !want(c, tv, pkey(c, path, "type"), J5_STRING, texpect))
			continue;
		for (k->type = 0; k->type < C_TYPES; k->type++)
			if (!strcmp(tv->str.s, const_type_names[k->type]))
				break;
		if (k->type == C_TYPES) {
			ERR(c, at(tv, pkey(c, path, "type")),
			    "unknown constant type %s%s; expected %s",
			    arena_quote(c->a, tv->str.s, tv->str.len),
			    did_you_mean(c, tv->str.s, tv->str.len, const_type_names, C_TYPES),
			    texpect);
			continue;
		}
		if (vv && read_const_value(c, k, vv, pkey(c, path, "value")) && ok) {
			k->at = nw;
			app->n_consts++;
		}
	}
}

static void read_app(struct ctx *c, struct app *app, const struct j5_value *v, const char *path)
{
	static const char *const keys[] = { "name", "flash_size_bytes", "ram_size_bytes",
					    "constants", "processes" };
	const struct j5_value *arr;
	struct where w = { 0 };

	app->at = at(v, path);
	if (!want(c, v, path, J5_OBJECT, "an object { name, flash_size_bytes, processes, ... }")) {
		app->bad = true;
		return;
	}
	if (!check_keys(c, v, path, keys, ARRAY_SIZE(keys), " in an app"))
		app->bad = true;
	app->name = read_name(c, v, path, "name", "the app's name (an identifier)", &app->name_at);
	if (!app->name)
		app->bad = true;
	app->flash_at = app->at;
	if (!read_size(c, v, path, "flash_size_bytes", true, &app->flash_size, &app->flash_at)) {
		app->bad = true;
	} else if (app->flash_size % c->t->align) {
		ERR(c, app->flash_at,
		    "%s is not a multiple of %u; the app's flash is a region of the "
		    "%s %s, which must be a multiple of %u bytes",
		    written(c, &app->flash_at, app->flash_size), c->t->align, c->t->name,
		    c->t->protection, c->t->align);
		app->bad = true;
	}
	if (!read_size(c, v, path, "ram_size_bytes", false, &app->ram_size, &w))
		app->bad = true;
	if (app->ram_size)
		app->ram_at = w;

	arr = read_array(c, v, path, "constants", false,
			 "an array of constants { name, type, value }");
	if (arr)
		read_constants(c, app, arr, pkey(c, path, "constants"));

	arr = read_array(c, v, path, "processes", true,
			 "an array of processes { name, ram_size_bytes, objects, ... }");
	if (!arr) {
		app->bad = true;
		return;
	}
	if (arr->arr.n == 0) {
		ERR(c, at(arr, pkey(c, path, "processes")),
		    "empty; an app needs at least one process");
		app->bad = true;
		return;
	}
	app->procs = arena_array(c->a, arr->arr.n, sizeof(*app->procs));
	app->n_procs = arr->arr.n;
	for (size_t i = 0; i < arr->arr.n; i++)
		read_process(c, app, &app->procs[i], arr->arr.items[i],
			     pidx(c, pkey(c, path, "processes"), i));
}

/* Names that must differ in more than case, because they become upper-case macros. */
static void unique_names(struct ctx *c, const char *const *names, const struct where *w, size_t n,
			 const char *what, const char *why)
{
	for (size_t i = 1; i < n; i++) {
		if (!names[i])
			continue;
		for (size_t k = 0; k < i; k++) {
			if (!names[k] || !ieq(names[i], names[k]))
				continue;
			if (!strcmp(names[i], names[k]))
				ERR(c, w[i], "%s '%s' is already used by %s; %s", what, names[i],
				    w[k].path, why);
			else
				ERR(c, w[i], "%s '%s' differs only in case from '%s' (%s); %s",
				    what, names[i], names[k], w[k].path, why);
			break;
		}
	}
}

static void check_unique(struct ctx *c)
{
	struct system *s = c->sys;
	size_t n = s->n_apps > s->n_procs ? s->n_apps : s->n_procs;
	const char **names = arena_array(c->a, n, sizeof(*names));
	struct where *w = arena_array(c->a, n, sizeof(*w));

	for (size_t i = 0; i < s->n_apps; i++) {
		names[i] = s->apps[i].name;
		w[i] = s->apps[i].name_at;
	}
	unique_names(c, names, w, s->n_apps, "app name",
		     "app names are unique (they name linker memory regions)");
	for (size_t i = 0; i < s->n_procs; i++) {
		names[i] = s->procs[i]->name;
		w[i] = s->procs[i]->name_at;
	}
	unique_names(c, names, w, s->n_procs, "process name",
		     "process names are unique system-wide (they name files and C symbols)");

	for (size_t a = 0; a < s->n_apps; a++) {
		const struct app *app = &s->apps[a];
		const char **cn = arena_array(c->a, app->n_consts, sizeof(*cn));
		struct where *cw = arena_array(c->a, app->n_consts, sizeof(*cw));

		for (size_t i = 0; i < app->n_consts; i++) {
			cn[i] = app->consts[i].name;
			cw[i] = app->consts[i].at;
		}
		unique_names(c, cn, cw, app->n_consts, "constant name",
			     "constant names of an app are unique (they become CONST_<NAME>)");
	}

	for (size_t i = 0; i < s->n_procs; i++) {
		const struct process *p = s->procs[i];
		size_t nirq = 0, k = 0;

		for (size_t j = 0; j < p->n_objs; j++)
			nirq += p->objs[j].n_irqs;
		size_t m = p->n_objs > p->n_maps ? p->n_objs : p->n_maps;

		m = m > nirq ? m : nirq;
		const char **pn = arena_array(c->a, m, sizeof(*pn));
		struct where *pw = arena_array(c->a, m, sizeof(*pw));

		for (size_t j = 0; j < p->n_objs; j++) {
			pn[j] = p->objs[j].name;
			pw[j] = p->objs[j].name_at;
		}
		unique_names(c, pn, pw, p->n_objs, "object name",
			     "object names of a process are unique (they become HANDLE_<NAME>)");
		for (size_t j = 0; j < p->n_maps; j++) {
			pn[j] = p->maps[j].name;
			pw[j] = p->maps[j].name_at;
		}
		unique_names(c, pn, pw, p->n_maps, "mapping name",
			     "mapping names of a process are unique (they become "
			     "MAPPING_<NAME>_START)");
		for (size_t j = 0; j < p->n_objs; j++)
			for (size_t q = 0; q < p->objs[j].n_irqs; q++, k++) {
				pn[k] = p->objs[j].irqs[q].name;
				pw[k] = p->objs[j].irqs[q].name_at;
			}
		unique_names(c, pn, pw, nirq, "IRQ name",
			     "IRQ names of a process are unique (they become IRQ_<NAME> and "
			     "SIGNAL_<NAME>)");
	}
}

static struct process *find_process(struct ctx *c, const char *name, const struct where *w,
				    const char *what)
{
	const char **names = arena_array(c->a, c->sys->n_procs, sizeof(*names));

	for (size_t i = 0; i < c->sys->n_procs; i++) {
		names[i] = c->sys->procs[i]->name;
		if (names[i] && !strcmp(names[i], name))
			return c->sys->procs[i];
	}
	if (!was_rejected(c, name))
		ERR(c, *w, "no process named '%s'%s; expected the name of %s", name,
		    did_you_mean(c, name, strlen(name), names, c->sys->n_procs), what);
	return NULL;
}

static void resolve_channel(struct ctx *c, struct object *o)
{
	struct process *hp = find_process(c, o->handler_process, &o->handler_process_at,
					  "the process that owns the channel_handler");
	struct object *h = NULL;
	const char *hint = "";

	if (!hp)
		return;
	for (size_t i = 0; i < hp->n_objs; i++)
		if (hp->objs[i].name && !strcmp(hp->objs[i].name, o->handler_object_name))
			h = &hp->objs[i];
	if (!h) {
		const char **names = arena_array(c->a, hp->n_objs, sizeof(*names));

		if (was_rejected(c, o->handler_object_name))
			return;
		for (size_t i = 0; i < hp->n_objs; i++)
			names[i] = hp->objs[i].name;
		hint = did_you_mean(c, o->handler_object_name, strlen(o->handler_object_name),
				    names, hp->n_objs);
		ERR(c, o->handler_object_at,
		    "process '%s' has no object named '%s'%s; expected the name of its "
		    "channel_handler",
		    hp->name, o->handler_object_name, hint);
		return;
	}
	if (h->type == OBJ_TYPES)
		return; /* its own error says what is wrong with it */
	if (h->type != OBJ_CHANNEL_HANDLER) {
		ERR(c, o->handler_object_at,
		    "'%s' of process '%s' is a %s; expected a channel_handler", h->name, hp->name,
		    obj_type_names[h->type]);
		return;
	}
	if (h->peer) {
		ERR(c, o->handler_object_at,
		    "channel_handler '%s' of process '%s' is already bound to the initiator "
		    "%s; a handler serves exactly one initiator",
		    h->name, hp->name, h->peer->at.path);
		return;
	}
	h->peer = o;
	o->peer = h;
}

static void resolve_references(struct ctx *c)
{
	struct system *s = c->sys;

	for (size_t i = 0; i < s->n_procs; i++) {
		struct process *p = s->procs[i];

		for (size_t j = 0; j < p->n_objs; j++) {
			struct object *o = &p->objs[j];

			if (o->type == OBJ_CHANNEL_INITIATOR && o->handler_process &&
			    o->handler_object_name) {
				resolve_channel(c, o);
			} else if (o->type == OBJ_PROCESS && o->linked_name) {
				o->linked = find_process(c, o->linked_name, &o->linked_at,
							 "a process of this system");
				if (o->linked == p) {
					ERR(c, o->linked_at,
					    "a process object may not link its own process (its "
					    "HANDLE_PROCESS already is that); expected another "
					    "process");
					o->linked = NULL;
				}
			}
		}
	}
}

/* Each IRQ has one owner: one interrupt object, or the kernel. */
static void check_irqs(struct ctx *c)
{
	struct system *s = c->sys;
	uint64_t vt_irqs = s->vt_size / 4 > 16 ? s->vt_size / 4 - 16 : 0;
	size_t n = (size_t)c->t->irq_max + 1;
	const struct irq **owner = arena_array(c->a, n, sizeof(*owner));

	for (size_t i = 0; i < s->n_procs; i++) {
		struct process *p = s->procs[i];

		for (size_t j = 0; j < p->n_objs; j++) {
			for (size_t q = 0; q < p->objs[j].n_irqs; q++) {
				const struct irq *r = &p->objs[j].irqs[q];

				if (owner[r->number]) {
					ERR(c, r->number_at,
					    "IRQ %u already belongs to %s; an IRQ belongs to one "
					    "interrupt object",
					    r->number, owner[r->number]->at.path);
					continue;
				}
				owner[r->number] = r;
				for (size_t k = 0; k < s->n_kirqs; k++)
					if (s->kirqs[k].irq == r->number)
						ERR(c, r->number_at,
						    "IRQ %u is handled by the kernel (%s); an IRQ "
						    "belongs either to the kernel or to one "
						    "interrupt object",
						    r->number, s->kirqs[k].at.path);
				if (c->t->has_vector_table && r->number >= vt_irqs)
					ERR(c, r->number_at,
					    "IRQ %u has no entry in the vector table of 0x%" PRIx64
					    " bytes (16 exceptions, then IRQs 0 to %" PRIu64 ")",
					    r->number, s->vt_size, vt_irqs ? vt_irqs - 1 : 0);
			}
		}
	}
	if (c->t->has_vector_table)
		for (size_t k = 0; k < s->n_kirqs; k++)
			if (s->kirqs[k].irq >= vt_irqs)
				ERR(c, s->kirqs[k].at,
				    "IRQ %u has no entry in the vector table of 0x%" PRIx64
				    " bytes",
				    s->kirqs[k].irq, s->vt_size);
}

/* Does [start, start + size) lie in m? If not, say so at w. */
static bool kernel_fits(struct ctx *c, uint64_t start, uint64_t size, const char *what,
			const struct mem_range *m, const struct where *w)
{
	if (start >= m->start && start + size <= m->end)
		return true;
	ERR(c, *w,
	    "kernel %s 0x%08" PRIx64 "..0x%08" PRIx64 " does not fit in the target's %s "
	    "0x%08" PRIx64 "..0x%08" PRIx64,
	    what, start, start + size, m->what, m->start, m->end);
	return false;
}

/* The kernel's memory must be the target's; everything else is placed after it. */
static bool check_kernel_memory(struct ctx *c)
{
	struct system *s = c->sys;
	bool ok;

	ok = kernel_fits(c, s->kflash_start, s->kflash_size, "flash", &c->t->code, &s->kflash_at);
	ok &= kernel_fits(c, s->kram_start, s->kram_size, "RAM", &c->t->data, &s->kram_at);
	return ok;
}

/*
 * ARMv8-M: the kernel's vector table either starts its flash (kernel.ld puts .vectors
 * first in KFLASH) or, as pw_kernel's mps2_an505 configs have it, lies outside the
 * kernel's flash in a VECTORS region of its own (usually the bytes just before it).
 * Either way VTOR wants it aligned.
 */
static void check_vector_table(struct ctx *c)
{
	struct system *s = c->sys;
	uint64_t al = 128;
	uint64_t vt_end = s->vt_start + s->vt_size, kf_end = s->kflash_start + s->kflash_size;
	/* Keel's own table: 16 exceptions and every IRQ of the target, 4 bytes each. */
	uint64_t keel_table = (16u + c->t->irq_max + 1u) * 4u;

	if (!c->t->has_vector_table)
		return;
	/* Unless arch says otherwise, the table is where kernel.ld puts it. */
	if (!s->vt_given) {
		s->vt_start = s->kflash_start;
		s->vt_at = s->kflash_at;
	}
	if (s->vt_size % 4 || s->vt_size < 64) {
		ERR(c, s->vt_size_at,
		    "a vector table of 0x%" PRIx64 " bytes is not possible; expected a multiple "
		    "of 4 of at least 64 bytes (the 16 exception vectors)",
		    s->vt_size);
		return;
	}
	while (al < s->vt_size)
		al *= 2;
	s->vt_separate = s->vt_start != s->kflash_start;
	if (s->vt_separate && s->vt_start < kf_end && s->kflash_start < vt_end) {
		ERR(c, s->vt_at,
		    "the vector table 0x%08" PRIx64 "..0x%08" PRIx64 " overlaps the kernel's "
		    "flash 0x%08" PRIx64 "..0x%08" PRIx64 "; expected it to start the kernel's "
		    "flash or to lie outside it (pw_kernel's form: the bytes just before it)",
		    s->vt_start, vt_end, s->kflash_start, kf_end);
	} else if (s->vt_start % al) {
		ERR(c, s->vt_at,
		    "the vector table at 0x%" PRIx64 " is not aligned to 0x%" PRIx64
		    "; VTOR needs a table aligned to its size rounded up to a power of two",
		    s->vt_start, al);
	} else if (!s->vt_separate && s->vt_size > s->kflash_size) {
		ERR(c, s->vt_size_at,
		    "the vector table (0x%" PRIx64 " bytes) does not fit the kernel's flash "
		    "(0x%" PRIx64 " bytes)",
		    s->vt_size, s->kflash_size);
	} else if (s->vt_separate && s->vt_size < keel_table) {
		ERR(c, s->vt_size_at,
		    "a vector table outside the kernel's flash must hold Keel's whole table: "
		    "0x%" PRIx64 " bytes are fewer than the 0x%" PRIx64 " its 16 exceptions and "
		    "%u IRQs take",
		    s->vt_size, keel_table, c->t->irq_max + 1);
	}
}

static const char *const c_keywords[] = {
	"auto",	      "break",	   "case",	     "char",
	"const",      "continue",  "default",	     "do",
	"double",     "else",	   "enum",	     "extern",
	"float",      "for",	   "goto",	     "if",
	"inline",     "int",	   "long",	     "register",
	"restrict",   "return",	   "short",	     "signed",
	"sizeof",     "static",	   "struct",	     "switch",
	"typedef",    "union",	   "unsigned",	     "void",
	"volatile",   "while",	   "_Alignas",	     "_Alignof",
	"_Atomic",    "_Bool",	   "_Complex",	     "_Generic",
	"_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local",
};

/* The C names of kernel_gen.c: each object gets obj_<process>_<object>, made unique. */
static void assign_cnames(struct ctx *c)
{
	struct system *s = c->sys;
	const char **all = NULL;
	size_t n = 0, cap = 0;

	for (size_t i = 0; i < s->n_procs; i++) {
		struct process *p = s->procs[i];

		for (size_t j = 0; j < p->n_objs; j++) {
			struct object *o = &p->objs[j];

			if (!o->name || !p->name)
				continue;
			const char *base = arena_printf(c->a, "obj_%s_%s", p->name, o->name);
			const char *name = base;

			/* "a_b"+"c" and "a"+"b_c" meet; the later one gets a suffix. */
			for (unsigned k = 2;; k++) {
				size_t q;

				for (q = 0; q < n && strcmp(all[q], name); q++)
					;
				if (q == n)
					break;
				name = arena_printf(c->a, "%s_%u", base, k);
			}
			if (n == cap) {
				cap = cap ? 2 * cap : 64;
				all = xrealloc(all, cap * sizeof(*all));
			}
			all[n++] = name;
			o->cname = name;
		}
	}
	/* A kernel IRQ handler is declared in the same file: it must not clash. */
	for (size_t k = 0; k < s->n_kirqs; k++) {
		const char *sym = s->kirqs[k].symbol;
		const char *clash = NULL;

		for (size_t q = 0; q < ARRAY_SIZE(c_keywords) && !clash; q++)
			if (!strcmp(sym, c_keywords[q]))
				clash = "a C keyword";
		for (size_t q = 0; q < n && !clash; q++)
			if (!strcmp(sym, all[q]))
				clash = "the name of a generated object";
		for (size_t i = 0; i < s->n_procs && !clash; i++) {
			const char *pn = s->procs[i]->name;

			if (!pn)
				continue;
			if ((!strncmp(sym, "k_proc_", 7) && !strcmp(sym + 7, pn)) ||
			    (!strncmp(sym, "threads_", 8) && !strcmp(sym + 8, pn)) ||
			    (!strncmp(sym, "table_", 6) && !strcmp(sym + 6, pn)) ||
			    (!strncmp(sym, "regions_", 8) && !strcmp(sym + 8, pn)))
				clash = "the name of a generated table";
		}
		if (!clash &&
		    (!strncmp(sym, "k_", 2) || !strncmp(sym, "K_", 2) || !strncmp(sym, "KEEL_", 5)))
			clash = "in the kernel's own namespace (k_, K_, KEEL_)";
		if (clash)
			ERR(c, s->kirqs[k].at, "'%s' is %s; expected the name of a kernel function",
			    sym, clash);
	}
	free(all);
}

void model_read(struct system *sys, const struct j5_value *root, const struct target *t,
		struct arena *a, struct diag *d)
{
	static const char *const keys[] = { "arch", "kernel", "apps" };
	struct ctx c = { sys, t, a, d, NULL, NULL, NULL };
	const struct j5_value *apps;

	memset(sys, 0, sizeof(*sys));
	sys->file = d->file;
	sys->t = t;
	sys->root_at = at(root, "");
	if (!want(&c, root, "", J5_OBJECT, "an object { apps: [...] } at the top level"))
		return;
	check_keys(&c, root, "", keys, ARRAY_SIZE(keys), " at the top level");
	read_arch(&c, j5_get(root, "arch"));
	read_kernel(&c, j5_get(root, "kernel"));
	if (check_kernel_memory(&c))
		check_vector_table(&c);

	/* pw_kernel's kernel-only systems leave apps out: the same as apps: []. */
	apps = read_array(&c, root, "", "apps", false, "an array of apps (may be empty)");
	if (apps) {
		sys->apps = arena_array(a, apps->arr.n, sizeof(*sys->apps));
		sys->n_apps = apps->arr.n;
		for (size_t i = 0; i < apps->arr.n; i++)
			read_app(&c, &sys->apps[i], apps->arr.items[i], pidx(&c, "apps", i));
	}
	for (size_t i = 0; i < sys->n_apps; i++)
		sys->n_procs += sys->apps[i].n_procs;
	sys->procs = arena_array(a, sys->n_procs, sizeof(*sys->procs));
	sys->n_procs = 0;
	for (size_t i = 0; i < sys->n_apps; i++)
		for (size_t j = 0; j < sys->apps[i].n_procs; j++) {
			sys->apps[i].procs[j].index = sys->n_procs;
			sys->procs[sys->n_procs++] = &sys->apps[i].procs[j];
		}

	check_unique(&c);
	resolve_references(&c);
	check_irqs(&c);
	assign_cnames(&c);
	drop_explained_missing(&c);
}
