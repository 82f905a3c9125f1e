// SPDX-License-Identifier: Apache-2.0
/*
 * Not linked into any image: one array per kernel struct, sized as the struct, so that
 * tools/bench.py reads the target's bytes per thread, process and object type from
 * this library's symbol sizes (nm -S) without running anything.
 */
#include <k/kernel.h>

#define K_SIZE_OF(name, type) char keel_size_##name[sizeof(type)]

K_SIZE_OF(thread, struct k_thread);
K_SIZE_OF(process, struct k_process);
K_SIZE_OF(channel_initiator, struct k_channel_initiator);
K_SIZE_OF(channel_handler, struct k_channel_handler);
K_SIZE_OF(interrupt, struct k_interrupt);
K_SIZE_OF(wait_group, struct k_wait_group);
