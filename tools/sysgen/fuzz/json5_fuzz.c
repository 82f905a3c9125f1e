/*
 * json5_fuzz.c - libFuzzer target for tools/sysgen/json5.c.
 *
 * Besides crashes, leaks and hangs (found by the sanitizers and libFuzzer
 * itself) this checks semantic invariants: errors carry a position and a
 * message, every parsed tree re-serialises to strict JSON that parses back
 * to an identical tree, and j5_get() finds every member.  A mismatch
 * aborts so libFuzzer saves the input.
 */
#include "json5.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct out {
	char *data;
	size_t len, cap;
};

static void put(struct out *o, const char *s, size_t n)
{
	if (n > o->cap - o->len) {
		size_t ncap = o->cap ? o->cap : 256;
		char *d;

		while (ncap - o->len < n)
			ncap *= 2;
		d = realloc(o->data, ncap);
		if (!d)
			abort();
		o->data = d;
		o->cap = ncap;
	}
	memcpy(o->data + o->len, s, n);
	o->len += n;
}

static void puts_(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

static void put_string(struct out *o, const char *s, size_t len)
{
	size_t i;
	char esc[8];

	put(o, "\"", 1);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == '"' || c == '\\') {
			snprintf(esc, sizeof(esc), "\\u%04x", c);
			puts_(o, esc);
		} else {
			put(o, (const char *)&c, 1);
		}
	}
	put(o, "\"", 1);
}

static void put_number(struct out *o, const struct j5_number *n)
{
	char buf[64];

	if (n->is_int) {
		if (n->neg)
			snprintf(buf, sizeof(buf), "%lld", (long long)n->i);
		else
			snprintf(buf, sizeof(buf), "%llu", (unsigned long long)n->u);
	} else if (isnan(n->d)) {
		snprintf(buf, sizeof(buf), "%sNaN", n->neg ? "-" : "");
	} else if (isinf(n->d)) {
		snprintf(buf, sizeof(buf), "%sInfinity", n->d < 0 ? "-" : "");
	} else {
		snprintf(buf, sizeof(buf), "%.17g", n->d);
		/* Keep it a non-integer literal so is_int round-trips. */
		if (!strpbrk(buf, ".e"))
			strcat(buf, ".0");
	}
	puts_(o, buf);
}

static void serialise(struct out *o, const struct j5_value *v)
{
	size_t i;

	switch (v->type) {
	case J5_NULL:
		puts_(o, "null");
		break;
	case J5_BOOL:
		puts_(o, v->b ? "true" : "false");
		break;
	case J5_NUMBER:
		put_number(o, &v->num);
		break;
	case J5_STRING:
		put_string(o, v->str.s, v->str.len);
		break;
	case J5_ARRAY:
		put(o, "[", 1);
		for (i = 0; i < v->arr.n; i++) {
			if (i)
				put(o, ",", 1);
			serialise(o, v->arr.items[i]);
		}
		put(o, "]", 1);
		break;
	case J5_OBJECT:
		put(o, "{", 1);
		for (i = 0; i < v->obj.n; i++) {
			if (i)
				put(o, ",", 1);
			put_string(o, v->obj.members[i].key, v->obj.members[i].key_len);
			put(o, ":", 1);
			serialise(o, v->obj.members[i].value);
		}
		put(o, "}", 1);
		break;
	default:
		abort();
	}
}

static void check_tree(const struct j5_value *v)
{
	size_t i;

	if (v->line < 1 || v->col < 1)
		abort();
	switch (v->type) {
	case J5_STRING:
		if (v->str.s[v->str.len] != '\0')
			abort();
		break;
	case J5_NUMBER:
		if (v->num.is_int && !v->num.neg && v->num.fits_i64 &&
		    (uint64_t)v->num.i != v->num.u)
			abort();
		if (v->num.neg && v->num.is_int && v->num.i >= 0)
			abort();
		break;
	case J5_ARRAY:
		for (i = 0; i < v->arr.n; i++)
			check_tree(v->arr.items[i]);
		break;
	case J5_OBJECT:
		for (i = 0; i < v->obj.n; i++) {
			const struct j5_member *m = &v->obj.members[i];

			if (m->key[m->key_len] != '\0' || m->key_line < 1 || m->key_col < 1)
				abort();
			/* Keys are unique, so lookup must find this member. */
			if (strlen(m->key) == m->key_len && j5_get(v, m->key) != m->value)
				abort();
			check_tree(m->value);
		}
		break;
	default:
		break;
	}
}

static bool same(const struct j5_value *a, const struct j5_value *b)
{
	size_t i;

	if (a->type != b->type)
		return false;
	switch (a->type) {
	case J5_NULL:
		return true;
	case J5_BOOL:
		return a->b == b->b;
	case J5_NUMBER:
		if (a->num.is_int != b->num.is_int)
			return false;
		if (a->num.is_int)
			return a->num.neg == b->num.neg && a->num.i == b->num.i &&
				a->num.u == b->num.u && a->num.fits_i64 == b->num.fits_i64;
		if (isnan(a->num.d))
			return isnan(b->num.d);
		return a->num.d == b->num.d && signbit(a->num.d) == signbit(b->num.d);
	case J5_STRING:
		return a->str.len == b->str.len && !memcmp(a->str.s, b->str.s, a->str.len);
	case J5_ARRAY:
		if (a->arr.n != b->arr.n)
			return false;
		for (i = 0; i < a->arr.n; i++)
			if (!same(a->arr.items[i], b->arr.items[i]))
				return false;
		return true;
	case J5_OBJECT:
		if (a->obj.n != b->obj.n)
			return false;
		for (i = 0; i < a->obj.n; i++) {
			const struct j5_member *ma = &a->obj.members[i];
			const struct j5_member *mb = &b->obj.members[i];

			if (ma->key_len != mb->key_len || memcmp(ma->key, mb->key, ma->key_len) ||
			    !same(ma->value, mb->value))
				return false;
		}
		return true;
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct j5_error err;
	struct j5_value *v, *v2;
	struct out o = { NULL, 0, 0 };
	char msg[256];

	v = j5_parse("fuzz.json5", (const char *)data, size, &err);
	if (!v) {
		if (err.line < 1 || err.col < 1 || !err.msg[0])
			abort();
		j5_format_error(&err, msg, sizeof(msg));
		return 0;
	}
	check_tree(v);
	serialise(&o, v);
	v2 = j5_parse("roundtrip", o.data, o.len, &err);
	if (!v2) {
		j5_format_error(&err, msg, sizeof(msg));
		fprintf(stderr, "re-parse failed: %s\n%.*s\n", msg,
			(int)(o.len > 1000 ? 1000 : o.len), o.data);
		abort();
	}
	if (!same(v, v2))
		abort();
	j5_free(v2);
	j5_free(v);
	free(o.data);
	return 0;
}
