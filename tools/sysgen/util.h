/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Small helpers for the system generator: an arena for the model (everything read
 * from the config lives until the run ends, so one free releases it all), a growable
 * string buffer for the outputs, and the error list.
 */
#ifndef SYSGEN_UTIL_H
#define SYSGEN_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define SG_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define SG_PRINTF(a, b)
#endif

/* Out of memory is fatal in a host tool: report and exit rather than limp on. */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

struct arena_block;
struct arena {
	struct arena_block *head;
};

/* Zeroed memory that lives until arena_free(). */
void *arena_alloc(struct arena *a, size_t n);
/* n elements of size sz, with an overflow check. */
void *arena_array(struct arena *a, size_t n, size_t sz);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...) SG_PRINTF(2, 3);
void arena_free(struct arena *a);

/* A growable, always NUL-terminated string. */
struct sb {
	char *s;
	size_t len, cap;
};

void sb_put(struct sb *b, const char *s, size_t n);
void sb_puts(struct sb *b, const char *s);
void sb_putc(struct sb *b, char c);
void sb_printf(struct sb *b, const char *fmt, ...) SG_PRINTF(2, 3);
void sb_vprintf(struct sb *b, const char *fmt, va_list ap);
/* Append n spaces (column alignment). */
void sb_pad(struct sb *b, size_t n);
void sb_free(struct sb *b);

/* One error, already formatted as "file:line:col: error: path: message". */
struct diag_entry {
	int line, col;
	size_t seq;
	char *text;
};

struct diag {
	const char *file;
	struct diag_entry *v;
	size_t n, cap;
};

/*
 * Record an error at line:col about the value at JSON path `path` (NULL or "" for
 * an error about the whole file).
 */
void diag_error(struct diag *d, int line, int col, const char *path, const char *fmt, ...)
	SG_PRINTF(5, 6);
/* Record an already formatted line (JSON5 syntax errors). */
void diag_raw(struct diag *d, int line, int col, const char *text);
/* Order by position (stable), so the report reads top to bottom like the file. */
void diag_sort(struct diag *d);
void diag_free(struct diag *d);

/* [A-Za-z_][A-Za-z0-9_]* over exactly len bytes. */
bool is_ident(const char *s, size_t len);
/* ASCII case-insensitive equality of two NUL-terminated strings. */
bool ieq(const char *a, const char *b);
/*
 * For "did you mean": the one of names[0..n) (NULL entries skipped) that word[0..len)
 * is most likely a typo of, or NULL when none is close. Close: few edits (case ignored,
 * a swap of neighbours is one edit) in what differs between the two (at most half of
 * it and one per three letters of the word, at least one), or the name is the word
 * with a _suffix added (stack_size, stack_size_bytes).
 */
const char *closest_name(const char *word, size_t len, const char *const *names, size_t n);
/* Upper-cased copy (ASCII). */
char *arena_upper(struct arena *a, const char *s);

/*
 * s[0..len) quoted for a message: '...' with control characters, quotes and
 * backslashes escaped (a key may hold anything, even NUL bytes).
 */
char *arena_quote(struct arena *a, const char *s, size_t len);

#endif /* SYSGEN_UTIL_H */
