/* SPDX-License-Identifier: Apache-2.0 */
/* The freestanding kernel has no C library: these come from kernel/lib.c (libc on the host). */
#ifndef K_STRING_H
#define K_STRING_H

#include <stddef.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

#endif /* K_STRING_H */
