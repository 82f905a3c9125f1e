/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The header at the start of every process image in flash. The generated process
 * linker script writes it, so the kernel learns the entry point and the RAM image
 * without the generator having to know the link result.
 */
#ifndef KEEL_IMAGE_H
#define KEEL_IMAGE_H

#include <stdint.h>

#define KEEL_IMAGE_MAGIC 0x4c45454bu /* "KEEL" little-endian */

/* Address-sized words: 32-bit (LONG in the linker script) on every target. */
struct keel_image_header {
	uintptr_t magic;
	uintptr_t entry; /* first instruction of the main thread */
	uintptr_t data_load; /* flash address of .data's initial image */
	uintptr_t data_start; /* RAM: .data, then .bss */
	uintptr_t data_end;
	uintptr_t bss_end;
};

#endif /* KEEL_IMAGE_H */
