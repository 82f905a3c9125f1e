// SPDX-License-Identifier: Apache-2.0
#include "layout.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define IMAGE_HEADER_SIZE 24u /* struct keel_image_header */

/* A placed region, for the fit and overlap checks. */
struct span {
	uint64_t start, end;
	const char *what;
	struct where w;
};

struct lctx {
	struct system *sys;
	const struct target *t;
	struct diag *d;
	struct arena *a;
};

#define ERR(c, w, ...) diag_error((c)->d, (w).line, (w).col, (w).path, __VA_ARGS__)

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return (v + a - 1) / a * a;
}

static uint64_t align_down(uint64_t v, uint64_t a)
{
	return v / a * a;
}

uint32_t layout_stacks_size(const struct process *p)
{
	uint64_t n = 0;

	for (size_t i = 0; i < p->n_threads; i++)
		n += p->threads[i]->stack_size;
	return (uint32_t)n;
}

/* Does s lie inside m? If not, say so at s's anchor. */
static bool fits(struct lctx *c, const struct span *s, const struct mem_range *m)
{
	if (s->start >= m->start && s->end <= m->end)
		return true;
	ERR(c, s->w,
	    "%s 0x%08" PRIx64 "..0x%08" PRIx64 " does not fit in the target's %s "
	    "0x%08" PRIx64 "..0x%08" PRIx64,
	    s->what, s->start, s->end, m->what, m->start, m->end);
	return false;
}

static bool before(const struct where *a, const struct where *b)
{
	return a->line < b->line || (a->line == b->line && a->col < b->col);
}

static void overlap_error(struct lctx *c, const struct span *a, const struct span *b,
			  const char *why)
{
	/* Blame the one declared later: the earlier one was there first. */
	if (before(&b->w, &a->w)) {
		const struct span *t = a;

		a = b;
		b = t;
	}
	ERR(c, b->w,
	    "%s 0x%08" PRIx64 "..0x%08" PRIx64 " overlaps %s 0x%08" PRIx64 "..0x%08" PRIx64 "%s",
	    b->what, b->start, b->end, a->what, a->start, a->end, why);
}

static bool overlaps(const struct span *a, const struct span *b)
{
	return a->start < b->end && b->start < a->end;
}

static int span_cmp(const void *pa, const void *pb)
{
	const struct span *a = pa, *b = pb;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->end < b->end ? -1 : a->end > b->end;
}

/* Kernel, app and process memory must be pairwise disjoint: sort, then sweep. */
static void check_disjoint(struct lctx *c, struct span *v, size_t n)
{
	const struct span *far = NULL; /* the span reaching furthest so far */

	qsort(v, n, sizeof(*v), span_cmp);
	for (size_t i = 0; i < n; i++) {
		if (far && v[i].start < far->end)
			overlap_error(c, far, &v[i], "");
		if (!far || v[i].end > far->end)
			far = &v[i];
	}
}

/* The first span of sorted disjoint v that overlaps m, or NULL. */
static const struct span *find_overlap(const struct span *v, size_t n, const struct span *m)
{
	size_t lo = 0, hi = n;

	while (lo < hi) { /* first span ending after m's start */
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].end <= m->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && overlaps(&v[lo], m) ? &v[lo] : NULL;
}

static void check_mappings(struct lctx *c, const struct span *v, size_t n)
{
	const struct system *s = c->sys;

	for (size_t i = 0; i < s->n_procs; i++) {
		const struct process *p = s->procs[i];
		struct span *ms = arena_array(c->a, p->n_maps, sizeof(*ms));

		for (size_t j = 0; j < p->n_maps; j++) {
			const struct mapping *m = &p->maps[j];
			struct span *sp = &ms[j];
			const struct span *o;

			*sp = (struct span){ m->start, m->start + m->size,
					     arena_printf(c->a, "mapping '%s'", m->name),
					     m->start_at };
			for (size_t r = 0; r < c->t->n_reserved; r++) {
				const struct mem_range *rr = &c->t->reserved[r];

				if (sp->start < rr->end && rr->start < sp->end)
					ERR(c, sp->w,
					    "mapping '%s' 0x%08" PRIx64 "..0x%08" PRIx64
					    " overlaps %s 0x%08" PRIx64 "..0x%08" PRIx64
					    ", which only the kernel may touch",
					    m->name, sp->start, sp->end, rr->what, rr->start,
					    rr->end);
			}
			o = find_overlap(v, n, sp);
			if (o)
				ERR(c, sp->w,
				    "mapping '%s' 0x%08" PRIx64 "..0x%08" PRIx64 " overlaps %s "
				    "0x%08" PRIx64 "..0x%08" PRIx64
				    "; a mapping may only name memory that is not the kernel's, "
				    "an app's or a process's",
				    m->name, sp->start, sp->end, o->what, o->start, o->end);
			for (size_t k = 0; k < j; k++)
				if (overlaps(&ms[k], sp))
					overlap_error(c, &ms[k], sp,
						      " of the same process; the mappings of a "
						      "process must not overlap");
		}
	}
}

static void place_flash(struct lctx *c, struct span *v, size_t *n)
{
	struct system *s = c->sys;
	uint64_t cur = align_up(s->kflash_start + s->kflash_size, c->t->align);

	for (size_t i = 0; i < s->n_apps; i++) {
		struct app *app = &s->apps[i];
		struct span *sp = &v[(*n)++];
		uint64_t slice = align_down(app->flash_size / app->n_procs, c->t->align);

		*sp = (struct span){ cur, cur + app->flash_size,
				     arena_printf(c->a, "app '%s' flash", app->name),
				     app->flash_at };
		if (!fits(c, sp, &c->t->code)) {
			(*n)--;
			return; /* every later app starts even further out */
		}
		app->flash_start = (uint32_t)cur;
		if (slice < IMAGE_HEADER_SIZE)
			ERR(c, app->flash_at,
			    "0x%" PRIx64
			    " bytes split among %zu processes leave less than %u bytes "
			    "(the image header) to each; expected a larger flash_size_bytes",
			    app->flash_size, app->n_procs, IMAGE_HEADER_SIZE);
		for (size_t k = 0; k < app->n_procs; k++) {
			app->procs[k].flash_start = (uint32_t)(cur + k * slice);
			app->procs[k].flash_size = (uint32_t)slice;
		}
		cur += app->flash_size;
	}
}

static void place_ram(struct lctx *c, struct span *v, size_t *n)
{
	struct system *s = c->sys;
	const uint64_t al = c->t->align > c->t->stack_align ? c->t->align : c->t->stack_align;
	uint64_t cur = s->kram_start + s->kram_size;

	for (size_t i = 0; i < s->n_procs; i++) {
		struct process *p = s->procs[i];
		uint64_t size = p->cfg_ram_size;
		struct where w = p->ram_at;
		uint64_t stacks = 0;

		if (!size) {
			/* Older form: the app's RAM in equal slices, each a whole granule. */
			size = align_down(p->app->ram_size / p->app->n_procs, c->t->align);
			w = p->app->ram_at;
			if (!size) {
				if (p != &p->app->procs[0])
					continue; /* said once per app */
				ERR(c, w,
				    "0x%" PRIx64 " bytes split among %zu processes leave less than "
				    "%u bytes (one %s granule) to each",
				    p->app->ram_size, p->app->n_procs, c->t->align,
				    c->t->protection);
				continue;
			}
		}
		cur = align_up(cur, al);
		struct span *sp = &v[(*n)++];

		*sp = (struct span){ cur, cur + size,
				     arena_printf(c->a, "process '%s' RAM", p->name), w };
		if (!fits(c, sp, &c->t->data)) {
			(*n)--;
			return;
		}
		size_t n_stacks = 0;
		for (size_t k = 0; k < p->n_threads; k++) {
			stacks += p->threads[k]->stack_size;
			n_stacks += p->threads[k]->stack_size != 0;
		}
		/* Every stack but the lowest has a guard under it (targets.h). */
		size_t guards = c->t->stack_guard && n_stacks > 1 ? n_stacks - 1 : 0;
		stacks += (uint64_t)guards * c->t->stack_guard;
		if (guards && 2 * (2 + p->n_maps) + guards > c->t->guard_entries) {
			struct where at = w;
			for (size_t k = 0; k < p->n_threads; k++)
				if (k != p->main && p->threads[k]->stack_size) {
					at = p->threads[k]->at;
					break;
				}
			ERR(c, at,
			    "process '%s' has %zu thread stacks, and every one but the lowest "
			    "needs "
			    "a guard under it (one %s entry each): its %zu regions (flash, RAM and "
			    "%zu memory mappings) take %zu of the %u entries, too many for %zu "
			    "guard%s; give fewer threads a stack_size_bytes (thread_start can "
			    "start "
			    "them on a stack of the process's own) or use fewer mappings",
			    p->name, n_stacks, c->t->protection, 2 + p->n_maps, p->n_maps,
			    2 * (2 + p->n_maps), c->t->guard_entries, guards,
			    guards == 1 ? "" : "s");
			guards = 0;
		}
		if (stacks > size) {
			ERR(c, w,
			    "process '%s' has 0x%" PRIx64 " bytes of RAM, less than its thread "
			    "stacks need (0x%" PRIx64 " bytes%s)",
			    p->name, size, stacks, guards ? ", with the guards between them" : "");
			stacks = 0;
		}
		p->ram_start = (uint32_t)cur;
		p->ram_size = (uint32_t)size;
		p->data_start = (uint32_t)(cur + stacks);
		/*
		 * Stacks at the bottom of the slice, main first: an overflow of the main
		 * stack leaves the slice, one of another stack hits the guard under it.
		 */
		uint64_t at = cur;
		struct thread *m = p->threads[p->main];

		m->stack_start = (uint32_t)at;
		at += m->stack_size;
		for (size_t k = 0; k < p->n_threads; k++) {
			struct thread *t = p->threads[k];

			if (k == p->main || !t->stack_size)
				continue;
			at += c->t->stack_guard;
			t->stack_start = (uint32_t)at;
			at += t->stack_size;
		}
		cur += size;
	}
}

/*
 * A vector table outside the kernel's flash is memory of its own: in the code memory
 * (the core fetches vectors from there) and, like the kernel's flash, disjoint from
 * everything else.
 */
static bool place_vector_table(struct lctx *c, struct span *v, size_t *n)
{
	const struct system *s = c->sys;
	struct span *sp = &v[*n];

	if (!s->vt_separate)
		return true;
	*sp = (struct span){ s->vt_start, s->vt_start + s->vt_size, "vector table", s->vt_at };
	(*n)++;
	return fits(c, sp, &c->t->code);
}

void layout_assign(struct system *s, struct diag *d)
{
	struct arena a = { 0 };
	struct lctx c = { s, s->t, d, &a };
	size_t errs = d->n, n = 0;
	struct span *v = arena_array(&a, 3 + s->n_apps + s->n_procs, sizeof(*v));
	bool kernel_ok;

	v[n++] = (struct span){ s->kflash_start, s->kflash_start + s->kflash_size, "kernel flash",
				s->kflash_at };
	v[n++] = (struct span){ s->kram_start, s->kram_start + s->kram_size, "kernel RAM",
				s->kram_at };
	kernel_ok = fits(&c, &v[0], &s->t->code);
	kernel_ok &= fits(&c, &v[1], &s->t->data);
	kernel_ok &= place_vector_table(&c, v, &n);
	if (!kernel_ok)
		goto out; /* everything else is placed relative to the kernel */
	place_flash(&c, v, &n);
	place_ram(&c, v, &n);
	if (d->n != errs)
		goto out;
	check_disjoint(&c, v, n);
	if (d->n != errs)
		goto out;
	check_mappings(&c, v, n);
out:
	arena_free(&a);
}
