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
	for (unsigned i = 0; i < p->region_count; i++) {
		const struct k_region *r = &p->regions[i];
		if (base >= r->start && end <= r->end && (r->access & access) == access &&
		    !(r->access & K_ACCESS_DEVICE))
			return true;
	}
	return false;
}

/* Segment i of b; false when it does not exist or its entry cannot be read. */
static bool segment(const struct k_ubuf *b, size_t i, uintptr_t *base, size_t *len)
{
	if (b->len >= 0) {
		if (i != 0)
			return false;
		*base = b->ptr;
		*len = (size_t)b->len;
		return true;
	}
	size_t count = (size_t)0 - (size_t)b->len;
	if (i >= count || count > K_MAX_VECTOR)
		return false;
	uintptr_t entry = b->ptr + i * sizeof(struct k_iovec);
	if (entry < b->ptr || !k_range_ok(b->p, entry, sizeof(struct k_iovec), K_ACCESS_R))
		return false;
	struct k_iovec v;
	memcpy(&v, (const void *)entry, sizeof(v));
	*base = v.base;
	*len = v.len;
	return true;
}

enum keel_status k_ubuf_check_vector(const struct k_ubuf *b, uint8_t access, size_t *size)
{
	size_t count = (size_t)0 - (size_t)b->len;
	if (count > K_MAX_VECTOR)
		return KEEL_INVALID_ARGUMENT;
	if (!k_range_ok(b->p, b->ptr, count * sizeof(struct k_iovec), K_ACCESS_R))
		return KEEL_PERMISSION_DENIED;
	size_t total = 0;
	for (size_t i = 0; i < count; i++) {
		uintptr_t base;
		size_t len;
		if (!segment(b, i, &base, &len) || !k_range_ok(b->p, base, len, access))
			return KEEL_PERMISSION_DENIED;
		if (total + len < total)
			return KEEL_INVALID_ARGUMENT;
		total += len;
	}
	*size = total;
	return KEEL_OK;
}

struct cursor {
	const struct k_ubuf *b;
	uint8_t access;
	size_t seg;
	uintptr_t at; /* next byte of the current segment */
	size_t left; /* bytes left in the current segment */
};

/* Move to a segment with bytes left; false at the end or on an invalid segment. */
static bool cursor_fill(struct cursor *c)
{
	while (c->left == 0) {
		uintptr_t base;
		size_t len;
		if (!segment(c->b, c->seg, &base, &len) ||
		    !k_range_ok(c->b->p, base, len, c->access))
			return false;
		c->seg++;
		c->at = base;
		c->left = len;
	}
	return true;
}

static bool cursor_skip(struct cursor *c, size_t n)
{
	while (n) {
		if (!cursor_fill(c))
			return false;
		size_t k = n < c->left ? n : c->left;
		c->at += k;
		c->left -= k;
		n -= k;
	}
	return true;
}

size_t k_ubuf_read(void *dst, size_t n, const struct k_ubuf *src, size_t off)
{
	struct cursor s = { .b = src, .access = K_ACCESS_R };
	size_t done = 0;

	if (!cursor_skip(&s, off))
		return 0;
	while (done < n && cursor_fill(&s)) {
		size_t k = n - done < s.left ? n - done : s.left;
		memcpy((char *)dst + done, (const void *)s.at, k);
		s.at += k;
		s.left -= k;
		done += k;
	}
	return done;
}

size_t k_ubuf_copy(const struct k_ubuf *dst, size_t dst_off, const struct k_ubuf *src,
		   size_t src_off, size_t n)
{
	/*
	 * Plain buffers were checked when they were handed over and regions never change:
	 * only a vector (which its owner can rewrite at any time) needs walking again.
	 */
	if (dst->len >= 0 && src->len >= 0) {
		size_t dl = (size_t)dst->len, sl = (size_t)src->len;
		if (dst_off >= dl || src_off >= sl)
			return 0;
		if (n > dl - dst_off)
			n = dl - dst_off;
		if (n > sl - src_off)
			n = sl - src_off;
		memmove((void *)(dst->ptr + dst_off), (const void *)(src->ptr + src_off), n);
		return n;
	}

	struct cursor d = { .b = dst, .access = K_ACCESS_W };
	struct cursor s = { .b = src, .access = K_ACCESS_R };
	size_t done = 0;

	if (!cursor_skip(&d, dst_off) || !cursor_skip(&s, src_off))
		return 0;
	while (done < n && cursor_fill(&d) && cursor_fill(&s)) {
		size_t k = n - done;
		if (k > d.left)
			k = d.left;
		if (k > s.left)
			k = s.left;
		memmove((void *)d.at, (const void *)s.at, k);
		d.at += k;
		d.left -= k;
		s.at += k;
		s.left -= k;
		done += k;
	}
	return done;
}
