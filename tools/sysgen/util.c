// SPDX-License-Identifier: Apache-2.0
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(void)
{
	fputs("keel-sysgen: out of memory\n", stderr);
	exit(1);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

/* Blocks are chained; big requests get a block of their own. */
struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

#define ARENA_BLOCK 16384u

void *arena_alloc(struct arena *a, size_t n)
{
	const size_t al = sizeof(max_align_t);
	struct arena_block *b = a->head;

	n = (n + al - 1) / al * al;
	if (!n)
		n = al;
	if (!b || b->size - b->used < n) {
		size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;

		if (size > SIZE_MAX - sizeof(*b))
			out_of_memory();
		b = xmalloc(sizeof(*b) + size);
		b->size = size;
		b->used = 0;
		/* Keep a partly used head in front when this block is a one-off big one. */
		if (a->head && size > ARENA_BLOCK) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	void *p = (char *)b->data + b->used;
	b->used += n;
	return memset(p, 0, n);
}

void *arena_array(struct arena *a, size_t n, size_t sz)
{
	if (sz && n > SIZE_MAX / sz)
		out_of_memory();
	return arena_alloc(a, n * sz);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	struct sb b = { 0 };
	char *p;

	va_start(ap, fmt);
	sb_vprintf(&b, fmt, ap);
	va_end(ap);
	p = arena_strndup(a, b.s, b.len);
	sb_free(&b);
	return p;
}

void arena_free(struct arena *a)
{
	while (a->head) {
		struct arena_block *next = a->head->next;

		free(a->head);
		a->head = next;
	}
}

static void sb_reserve(struct sb *b, size_t n)
{
	if (n >= SIZE_MAX - b->len - 1)
		out_of_memory();
	if (b->len + n + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 256;

	while (cap < b->len + n + 1)
		cap *= 2;
	b->s = xrealloc(b->s, cap);
	b->cap = cap;
}

void sb_put(struct sb *b, const char *s, size_t n)
{
	sb_reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_puts(struct sb *b, const char *s)
{
	sb_put(b, s, strlen(s));
}

void sb_putc(struct sb *b, char c)
{
	sb_put(b, &c, 1);
}

void sb_vprintf(struct sb *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	sb_reserve(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void sb_printf(struct sb *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(b, fmt, ap);
	va_end(ap);
}

void sb_pad(struct sb *b, size_t n)
{
	while (n--)
		sb_putc(b, ' ');
}

void sb_free(struct sb *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

static void diag_add(struct diag *d, int line, int col, char *text)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = xrealloc(d->v, d->cap * sizeof(*d->v));
	}
	d->v[d->n] = (struct diag_entry){ line, col, d->n, text };
	d->n++;
}

void diag_error(struct diag *d, int line, int col, const char *path, const char *fmt, ...)
{
	struct sb b = { 0 };
	va_list ap;

	sb_printf(&b, "%s:%d:%d: error: ", d->file, line, col);
	if (path && *path)
		sb_printf(&b, "%s: ", path);
	va_start(ap, fmt);
	sb_vprintf(&b, fmt, ap);
	va_end(ap);
	diag_add(d, line, col, b.s);
}

void diag_raw(struct diag *d, int line, int col, const char *text)
{
	diag_add(d, line, col, xstrdup(text));
}

static int diag_cmp(const void *pa, const void *pb)
{
	const struct diag_entry *a = pa, *b = pb;

	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void diag_sort(struct diag *d)
{
	if (d->n > 1)
		qsort(d->v, d->n, sizeof(*d->v), diag_cmp);
}

void diag_free(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].text);
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}

static bool ident_start(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool is_ident(const char *s, size_t len)
{
	if (!len || !ident_start(s[0]))
		return false;
	for (size_t i = 1; i < len; i++)
		if (!ident_start(s[i]) && !(s[i] >= '0' && s[i] <= '9'))
			return false;
	return true;
}

static char upper(char c)
{
	return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

bool ieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (upper(*a) != upper(*b))
			return false;
	return *a == *b;
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

#define SUGGEST_MAX 64 /* longer words get no suggestion: nobody mistypes that much */

/* Edits between a[0..la) and b[0..lb), case ignored, a swap of neighbours one edit. */
static size_t edit_distance(const char *a, size_t la, const char *b, size_t lb)
{
	size_t row[3][SUGGEST_MAX + 1];
	size_t *prev2 = row[0], *prev = row[1], *cur = row[2];

	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = lower(a[i - 1]) != lower(b[j - 1]);
			size_t best = prev[j - 1] + cost;

			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) &&
			    lower(a[i - 2]) == lower(b[j - 1]) && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
		size_t *t = prev2;

		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[lb];
}

/*
 * How far name is from word, or SIZE_MAX when too far for a typo. What they share at
 * both ends does not count: stack_size_bytes is not a typo of flash_size_bytes, whose
 * differing parts ("stack", "flash") are all edits.
 */
static size_t typo_distance(const char *word, size_t len, const char *name, size_t ln)
{
	size_t pre = 0, suf = 0;

	while (pre < len && pre < ln && lower(word[pre]) == lower(name[pre]))
		pre++;
	while (suf < len - pre && suf < ln - pre &&
	       lower(word[len - 1 - suf]) == lower(name[ln - 1 - suf]))
		suf++;
	size_t a = len - pre - suf, b = ln - pre - suf;
	size_t d = edit_distance(word + pre, a, name + pre, b);
	size_t most = (a > b ? a : b) / 2;

	/* Three letters or fewer: only a change of case is a typo (f32 does not mean u32). */
	if (d > (most ? most : 1) || d > len / 3 || (d && len <= 3))
		return SIZE_MAX;
	return d;
}

const char *closest_name(const char *word, size_t len, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t best_d = SIZE_MAX;

	if (len > SUGGEST_MAX)
		return NULL;
	/*
	 * A name that only adds a _suffix (stack_size for stack_size_bytes) comes first,
	 * unless several do (channel: channel_handler or channel_initiator?).
	 */
	for (size_t k = 0; k < n && len >= 3; k++) {
		if (names[k] && strlen(names[k]) > len && !strncmp(names[k], word, len) &&
		    names[k][len] == '_') {
			if (best)
				return NULL;
			best = names[k];
		}
	}
	if (best)
		return best;
	for (size_t k = 0; k < n; k++) {
		size_t ln = names[k] ? strlen(names[k]) : 0;

		if (!names[k] || ln > SUGGEST_MAX)
			continue;
		size_t d = typo_distance(word, len, names[k], ln);

		if (d < best_d) {
			best = names[k];
			best_d = d;
		}
	}
	return best;
}

char *arena_upper(struct arena *a, const char *s)
{
	char *p = arena_strndup(a, s, strlen(s));

	for (char *q = p; *q; q++)
		*q = upper(*q);
	return p;
}

char *arena_quote(struct arena *a, const char *s, size_t len)
{
	struct sb b = { 0 };
	char *p;

	sb_putc(&b, '\'');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\'' || c == '\\')
			sb_printf(&b, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			sb_printf(&b, "\\x%02x", c);
		else
			sb_putc(&b, (char)c);
	}
	sb_putc(&b, '\'');
	p = arena_strndup(a, b.s, b.len);
	sb_free(&b);
	return p;
}
