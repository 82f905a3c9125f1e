// SPDX-License-Identifier: Apache-2.0
#include <keel/string.h>
#include <k/uaccess.h>

bool k_range_ok_slow(const struct k_process *p, uintptr_t base, size_t len, uint8_t access)
{
	/* A zero-length buffer names no memory, so any pointer (NULL too) is fine. */
	if (len == 0)
		return true;
	uintptr_t end = base + len;
	if (end < base)
		return false;
	for (unsigned i = 0; i < p->info->region_count; i++) {
		const struct k_region *r = &p->info->regions[i];
		if (base >= r->start && end <= r->end && (r->access & access) == access &&
		    !(r->access & K_ACCESS_DEVICE))
			return true;
	}
	return false;
}

/* The entry count of vector b if its entry array is readable, else 0 (an empty one). */
static size_t vector_count(const struct k_ubuf *b)
{
	size_t count = (size_t)0 - (size_t)b->len;

	if (count > K_MAX_VECTOR ||
	    !k_range_ok_slow(b->p, b->ptr, count * sizeof(struct k_iovec), K_ACCESS_R))
		return 0;
	return count;
}

enum keel_status k_ubuf_check_plain(const struct k_ubuf *b, uint8_t access, size_t *size)
{
	return k_ubuf_check_range(b, access, size);
}

/*
 * Segment i of b: the plain buffer itself, or entry i of a vector whose entry array
 * was found readable. An entry array need not be aligned.
 */
static struct k_iovec segment(const struct k_ubuf *b, size_t i)
{
	struct k_iovec v;

	if (b->len >= 0)
		return (struct k_iovec){ b->ptr, (size_t)b->len };
	uintptr_t entry = b->ptr + i * sizeof(struct k_iovec);
	if (entry & (sizeof(uintptr_t) - 1))
		memcpy(&v, (const void *)entry, sizeof(v));
	else
		v = *(const struct k_iovec *)entry;
	return v;
}

enum keel_status k_ubuf_check_vector(const struct k_ubuf *b, uint8_t access, size_t *size)
{
	size_t count = (size_t)0 - (size_t)b->len;
	if (count > K_MAX_VECTOR)
		return KEEL_INVALID_ARGUMENT;
	if (vector_count(b) != count)
		return KEEL_PERMISSION_DENIED;
	size_t total = 0;
	for (size_t i = 0; i < count; i++) {
		struct k_iovec v = segment(b, i);
		if (!k_range_ok(b->p, v.base, v.len, access))
			return KEEL_PERMISSION_DENIED;
		if (total + v.len < total)
			return KEEL_INVALID_ARGUMENT;
		total += v.len;
	}
	*size = total;
	return KEEL_OK;
}

/*
 * Copy n bytes between two user buffers. The kernel's span per entry is mostly this,
 * so it moves words whenever the two agree on alignment and four bytes per step when
 * they do not (lib's memcpy goes byte by byte then). Overlap (a process copying
 * within itself through a channel to itself) keeps memmove's result.
 */
static size_t copy(uintptr_t d, uintptr_t s, size_t n)
{
	uint8_t *dp = (uint8_t *)d, *end;
	const uint8_t *sp = (const uint8_t *)s;

	/* A zero length comes with any pointer, NULL included. */
	if (!n)
		return 0;
	end = dp + n;
	if (d - s < n || s - d < n) {
		memmove(dp, sp, n);
		return n;
	}
	if (!((d ^ s) & 3)) {
		while (dp != end && ((uintptr_t)dp & 3))
			*dp++ = *sp++;
		for (; end - dp >= 4; dp += 4, sp += 4)
			*(uint32_t *)(void *)dp = *(const uint32_t *)(const void *)sp;
	} else {
		for (; end - dp >= 4; dp += 4, sp += 4) {
			uint8_t a = sp[0], b = sp[1], c = sp[2], e = sp[3];
			dp[0] = a;
			dp[1] = b;
			dp[2] = c;
			dp[3] = e;
		}
	}
	while (dp != end)
		*dp++ = *sp++;
	/* Returned so that a caller whose result is the count can end in a tail call. */
	return n;
}

struct cursor {
	const struct k_ubuf *b;
	uint8_t access;
	size_t seg; /* the next segment to open */
	size_t count; /* segments in b; 0 once one was found invalid */
	uintptr_t at; /* next byte of the current segment */
	size_t left; /* bytes left in the current segment */
	size_t *budget; /* the entry's work left (k_ubuf_copy) */
};

enum fill { FILLED, ENDED, STARVED };

/*
 * Open the next segment with bytes left, paying K_SEGMENT_COST of the budget for it:
 * ENDED at the end or on an invalid segment, STARVED when the budget cannot pay.
 * Empty segments cost nothing (at most K_MAX_VECTOR of them), so an entry whose
 * budget pays for two segments and a byte always makes progress.
 */
static enum fill cursor_fill(struct cursor *c)
{
	while (c->left == 0) {
		if (c->seg >= c->count)
			return ENDED;
		struct k_iovec v = segment(c->b, c->seg);
		if (v.len && *c->budget < K_SEGMENT_COST)
			return STARVED;
		/* No process: the kernel's own words (a short message's), nothing to check. */
		if (c->b->p && !k_range_ok_slow(c->b->p, v.base, v.len, c->access)) {
			c->count = 0;
			return ENDED;
		}
		if (v.len)
			*c->budget -= K_SEGMENT_COST;
		c->seg++;
		c->at = v.base;
		c->left = v.len;
	}
	return FILLED;
}

/*
 * A cursor at byte `skip` of b. The segments before it are only measured, never
 * accessed, so they are not checked: skipping costs a few loads per segment, however
 * far it goes (a restarted copy starts here every time).
 */
static enum fill cursor_start(struct cursor *c, const struct k_ubuf *b, uint8_t access, size_t skip,
			      size_t *budget)
{
	c->b = b;
	c->access = access;
	c->budget = budget;
	c->seg = 0;
	c->left = 0;
	c->count = b->len >= 0 ? 1 : vector_count(b);
	/* The common case, an aligned entry array, costs a load and a compare a segment. */
	const struct k_iovec *e = (const struct k_iovec *)b->ptr;
	bool aligned = b->len < 0 && !(b->ptr & (sizeof(uintptr_t) - 1));
	for (; c->seg < c->count; c->seg++) {
		size_t len = aligned ? e[c->seg].len : segment(b, c->seg).len;
		if (skip < len)
			break;
		skip -= len;
	}
	if (!skip)
		return FILLED;
	enum fill f = cursor_fill(c);
	if (f == FILLED) {
		c->at += skip;
		c->left -= skip;
	}
	return f;
}

size_t k_ubuf_write(const struct k_ubuf *src, size_t off, size_t n, size_t budget,
		    void (*sink)(const struct k_process *p, const char *s, size_t len), bool *more)
{
	struct cursor s;
	size_t done = 0;
	enum fill f = cursor_start(&s, src, K_ACCESS_R, off, &budget);

	while (f == FILLED && done < n && (f = cursor_fill(&s)) == FILLED) {
		size_t k = budget < s.left ? budget : s.left;
		if (k > n - done)
			k = n - done;
		if (!k) {
			f = STARVED;
			break;
		}
		sink(src->p, (const char *)s.at, k);
		s.at += k;
		s.left -= k;
		budget -= k;
		done += k;
	}
	*more = f == STARVED;
	return done;
}

/* k_ubuf_copy when either side is a vector: segment by segment, each checked. */
static __attribute__((noinline)) size_t copy_vector(const struct k_ubuf *dst, size_t dst_off,
						    const struct k_ubuf *src, size_t src_off,
						    size_t budget, bool *more)
{
	struct cursor d, s;
	size_t done = 0;
	enum fill f = cursor_start(&d, dst, K_ACCESS_W, dst_off, &budget);

	if (f == FILLED)
		f = cursor_start(&s, src, K_ACCESS_R, src_off, &budget);
	while (f == FILLED && (f = cursor_fill(&d)) == FILLED && (f = cursor_fill(&s)) == FILLED) {
		size_t k = budget;
		if (k > d.left)
			k = d.left;
		if (k > s.left)
			k = s.left;
		if (!k) {
			f = STARVED;
			break;
		}
		copy(d.at, s.at, k);
		d.at += k;
		d.left -= k;
		s.at += k;
		s.left -= k;
		budget -= k;
		done += k;
	}
	*more = f == STARVED;
	return done;
}

size_t k_ubuf_copy(const struct k_ubuf *dst, size_t dst_off, const struct k_ubuf *src,
		   size_t src_off, size_t budget, bool *more)
{
	/*
	 * Plain buffers were checked when they were handed over and regions never change:
	 * only a vector (which its owner can rewrite at any time) needs walking again.
	 * The plain case keeps no stack frame: both ways out are tail calls.
	 */
	if (dst->len < 0 || src->len < 0)
		return copy_vector(dst, dst_off, src, src_off, budget, more);
	size_t dl = (size_t)dst->len, sl = (size_t)src->len;
	size_t n = dst_off < dl && src_off < sl ? dl - dst_off : 0;
	if (n > sl - src_off)
		n = sl - src_off;
	*more = n > budget;
	if (n > budget)
		n = budget;
	return copy(dst->ptr + dst_off, src->ptr + src_off, n);
}
