/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Address assignment: app images after the kernel's flash, process RAM slices after
 * the kernel's RAM, thread stacks at the bottom of each slice; then the checks that
 * need addresses (fits the target's memory, nothing overlaps).
 */
#ifndef SYSGEN_LAYOUT_H
#define SYSGEN_LAYOUT_H

#include "model.h"

/* Needs a model without errors. Reports problems to d. */
void layout_assign(struct system *sys, struct diag *d);

/* The size of a process's stacks (the start of its .data/.bss after its slice start). */
uint32_t layout_stacks_size(const struct process *p);

#endif /* SYSGEN_LAYOUT_H */
