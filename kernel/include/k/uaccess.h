/* SPDX-License-Identifier: Apache-2.0 */
/*
 * User buffers: (pointer, length), or with a negative length a vector of |length|
 * {pointer, length} entries. Every byte is checked against the owning process's
 * regions, each range inside one region with the needed access, with no wrap.
 */
#ifndef K_UACCESS_H
#define K_UACCESS_H

#include <k/kernel.h>

/* At most this many vector entries: the kernel is not preemptible, work is bounded. */
#define K_MAX_VECTOR 16
/*
 * The work one kernel entry may do on user buffers, so that the longest span with
 * interrupts masked does not grow with what a process passes: a byte copied or
 * printed costs one unit, opening a non-empty segment (an entry read and a range
 * check) K_SEGMENT_COST. A call with more to do restarts (K_RESTART) until it is done.
 * A first entry, which also checked every segment, has half the budget. A line the
 * user library formats (at most 160 bytes) goes out in two entries or so.
 */
#define K_SEGMENT_COST 24
#define K_COPY_BUDGET 256
/* A printed byte also goes through the console's line discipline: a smaller budget. */
#define K_LOG_BUDGET 96
/* process_start zeroes (then copies .data) this many bytes per entry. */
#define K_START_CHUNK 1024

struct k_iovec {
	uintptr_t base;
	size_t len;
};

struct k_ubuf {
	struct k_process *p; /* NULL: a plain buffer of the kernel's own (short messages) */
	uintptr_t ptr;
	intptr_t len;
};

/* Is [base, base + len) inside one region of p with every bit of `access`? */
bool k_range_ok_slow(const struct k_process *p, uintptr_t base, size_t len, uint8_t access)
	__attribute__((noinline));

/* Buffers are nearly always in the process's RAM, region 1: decided inline. */
static inline __attribute__((always_inline)) bool
k_range_in_ram(const struct k_process *p, uintptr_t base, size_t len, uint8_t access)
{
	const struct k_region *ram = &p->info->ram;
	uintptr_t end = base + len;

	return end >= base && base >= ram->start && end <= ram->end &&
		(ram->access & access) == access;
}

/* The fast paths stay inline (even under LTO at -Os): they are a few compares. */
static inline __attribute__((always_inline)) bool
k_range_ok(const struct k_process *p, uintptr_t base, size_t len, uint8_t access)
{
	return k_range_in_ram(p, base, len, access) || k_range_ok_slow(p, base, len, access);
}

enum keel_status k_ubuf_check_vector(const struct k_ubuf *b, uint8_t access, size_t *size)
	__attribute__((noinline));

/* A plain buffer's check (b->len >= 0): its range allows `access`, its size is len. */
static inline __attribute__((always_inline)) enum keel_status
k_ubuf_check_range(const struct k_ubuf *b, uint8_t access, size_t *size)
{
	if (!k_range_ok(b->p, b->ptr, (size_t)b->len, access))
		return KEEL_PERMISSION_DENIED;
	*size = (size_t)b->len;
	return KEEL_OK;
}

/*
 * Check a whole buffer (and a vector's entry array) for `access`; on success store its
 * total size. KEEL_OK, PERMISSION_DENIED, or INVALID_ARGUMENT for a vector longer
 * than K_MAX_VECTOR or whose total overflows. Inline: debug_log's (a plain log is the
 * kernel's longest span with interrupts masked).
 */
static inline __attribute__((always_inline)) enum keel_status
k_ubuf_check_inline(const struct k_ubuf *b, uint8_t access, size_t *size)
{
	if (b->len < 0)
		return k_ubuf_check_vector(b, access, size);
	return k_ubuf_check_range(b, access, size);
}

/*
 * k_ubuf_check_inline's plain buffer out of line: the IPC calls' general forms
 * (their short forms check their few words inline), where a copy of the range check
 * in each cost more flash than the call costs time.
 */
enum keel_status k_ubuf_check_plain(const struct k_ubuf *b, uint8_t access, size_t *size)
	__attribute__((noinline));

/* The same, a vector's case as direct as inline. */
static inline __attribute__((always_inline)) enum keel_status
k_ubuf_check(const struct k_ubuf *b, uint8_t access, size_t *size)
{
	if (b->len < 0)
		return k_ubuf_check_vector(b, access, size);
	return k_ubuf_check_plain(b, access, size);
}

/*
 * Copy from src (from byte src_off) to dst (from byte dst_off) until either ends or
 * `budget` is spent (*more is then true). Both must have passed k_ubuf_check. A
 * vector's segments are checked again as the copy reaches them (its owner may have
 * rewritten it; a segment no longer valid ends the copy). Returns the count. (The
 * IPC calls' short forms copy their few words inline, without it.)
 */
size_t k_ubuf_copy(const struct k_ubuf *dst, size_t dst_off, const struct k_ubuf *src,
		   size_t src_off, size_t budget, bool *more);
/*
 * Hand up to n bytes of src from byte off to sink, straight from the process's memory
 * (a piece per segment, each checked as it is reached), until src ends or `budget` is
 * spent (*more is then true). The sink is told whose bytes they are (src's process).
 * Returns the count.
 */
size_t k_ubuf_write(const struct k_ubuf *src, size_t off, size_t n, size_t budget,
		    void (*sink)(const struct k_process *p, const char *s, size_t len), bool *more);

#endif /* K_UACCESS_H */
