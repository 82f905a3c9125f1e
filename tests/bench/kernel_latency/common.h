/* SPDX-License-Identifier: Apache-2.0 */
#ifndef KERNEL_LATENCY_COMMON_H
#define KERNEL_LATENCY_COMMON_H

#include <keel/keel.h>

/* The most entries a vector may have; segments one byte off a word boundary. */
#define SEGMENTS 16
#define SEGMENT 255
#define MESSAGE (SEGMENTS * SEGMENT)
/* Tiny segments: a part of a copy then opens (and checks) a segment every 8 bytes. */
#define TINY 8
#define TINY_STRIDE 9
#define TINY_MESSAGE (SEGMENTS * TINY)
#define TINY_VECTOR(base)                                                                         \
	{                                                                                         \
		{ (base) + 0 * TINY_STRIDE, TINY }, { (base) + 1 * TINY_STRIDE, TINY },           \
			{ (base) + 2 * TINY_STRIDE, TINY }, { (base) + 3 * TINY_STRIDE, TINY },   \
			{ (base) + 4 * TINY_STRIDE, TINY }, { (base) + 5 * TINY_STRIDE, TINY },   \
			{ (base) + 6 * TINY_STRIDE, TINY }, { (base) + 7 * TINY_STRIDE, TINY },   \
			{ (base) + 8 * TINY_STRIDE, TINY }, { (base) + 9 * TINY_STRIDE, TINY },   \
			{ (base) + 10 * TINY_STRIDE, TINY }, { (base) + 11 * TINY_STRIDE, TINY }, \
			{ (base) + 12 * TINY_STRIDE, TINY }, { (base) + 13 * TINY_STRIDE, TINY }, \
			{ (base) + 14 * TINY_STRIDE, TINY },                                      \
		{                                                                                 \
			(base) + 15 * TINY_STRIDE, TINY                                           \
		}                                                                                 \
	}

#define REP16(...)                                                                                 \
	__VA_ARGS__, __VA_ARGS__, __VA_ARGS__, __VA_ARGS__, __VA_ARGS__, __VA_ARGS__, __VA_ARGS__, \
		__VA_ARGS__, __VA_ARGS__, __VA_ARGS__, __VA_ARGS__, __VA_ARGS__, __VA_ARGS__,      \
		__VA_ARGS__, __VA_ARGS__, __VA_ARGS__

/* 64 characters of text, in flash: buffers there take the slow region check. */
#define TEXT "the kernel runs every syscall with interrupts masked; bounded!\n"

#endif /* KERNEL_LATENCY_COMMON_H */
