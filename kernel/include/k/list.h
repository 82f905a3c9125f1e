/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Intrusive circular doubly-linked list. The generated tables start every head empty,
 * pointing at itself (K_LIST_EMPTY, k/system.h), so the boot sets up none; a node on no
 * list has next == NULL, which the tests here read as unlinked (and a zeroed head as
 * empty).
 */
#ifndef K_LIST_H
#define K_LIST_H

#include <stdbool.h>
#include <stddef.h>

struct k_list {
	struct k_list *next, *prev;
};

#define K_CONTAINER_OF(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

static inline __attribute__((always_inline)) void k_list_init(struct k_list *l)
{
	l->next = l->prev = l;
}

static inline __attribute__((always_inline)) bool k_list_empty(const struct k_list *l)
{
	return l->next == NULL || l->next == l;
}

/* A node not on any list has next == NULL. */
static inline __attribute__((always_inline)) bool k_list_linked(const struct k_list *n)
{
	return n->next != NULL && n->next != n;
}

static inline __attribute__((always_inline)) void k_list_insert_before(struct k_list *pos,
								       struct k_list *n)
{
	n->next = pos;
	n->prev = pos->prev;
	pos->prev->next = n;
	pos->prev = n;
}

static inline __attribute__((always_inline)) void k_list_push_back(struct k_list *l,
								   struct k_list *n)
{
	if (!l->next)
		k_list_init(l);
	k_list_insert_before(l, n);
}

static inline __attribute__((always_inline)) void k_list_push_front(struct k_list *l,
								    struct k_list *n)
{
	if (!l->next)
		k_list_init(l);
	k_list_insert_before(l->next, n);
}

static inline __attribute__((always_inline)) void k_list_remove(struct k_list *n)
{
	if (!k_list_linked(n))
		return;
	n->prev->next = n->next;
	n->next->prev = n->prev;
	n->next = n->prev = NULL;
}

static inline __attribute__((always_inline)) struct k_list *k_list_front(const struct k_list *l)
{
	return k_list_empty(l) ? NULL : l->next;
}

#endif /* K_LIST_H */
