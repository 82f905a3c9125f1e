/* SPDX-License-Identifier: Apache-2.0 */
/* No C library anywhere in Keel images: these come from lib/string.c (libc on the host). */
#ifndef KEEL_STRING_H
#define KEEL_STRING_H

#include <stddef.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);

#endif /* KEEL_STRING_H */
