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

struct keel_image_header {
	uint32_t magic;
	uint32_t entry; /* first instruction of the main thread */
	uint32_t data_load; /* flash address of .data's initial image */
	uint32_t data_start; /* RAM: .data, then .bss */
	uint32_t data_end;
	uint32_t bss_end;
};

#endif /* KEEL_IMAGE_H */
