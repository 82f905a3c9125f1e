/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The generated files, built in memory from a validated, laid out system: nothing is
 * written until every output exists, so an error never leaves half a set behind.
 */
#ifndef SYSGEN_EMIT_H
#define SYSGEN_EMIT_H

#include "model.h"

struct output {
	char *name; /* relative to the output directory, e.g. "include/a_codegen.h" */
	struct sb text;
};

struct outputs {
	struct output *v;
	size_t n, cap;
};

/* Every output of spec system-config.md §5 (system.svg is rendered by the caller). */
void emit_all(const struct system *sys, struct outputs *out);
const struct output *outputs_find(const struct outputs *out, const char *name);
void outputs_free(struct outputs *out);

#endif /* SYSGEN_EMIT_H */
