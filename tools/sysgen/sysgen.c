// SPDX-License-Identifier: Apache-2.0
#include "sysgen.h"

#include <inttypes.h>

#include "layout.h"
#include "model.h"

bool sysgen_run(const char *file, const char *buf, size_t len, const struct target *t,
		struct diag *d, struct sb *listing, struct outputs *out)
{
	struct j5_error jerr;
	struct j5_value *root;
	struct arena a = { 0 };
	struct system sys = { 0 };
	bool ok = false;

	d->file = file;
	root = j5_parse(file, buf, len, &jerr);
	if (!root) {
		char msg[512];

		j5_format_error(&jerr, msg, sizeof(msg));
		diag_raw(d, jerr.line, jerr.col, msg);
		return false;
	}
	model_read(&sys, root, t, &a, d);
	/* Addresses only make sense for a system without errors. */
	if (!d->n)
		layout_assign(&sys, d);
	if (!d->n) {
		ok = true;
		for (size_t i = 0; listing && i < sys.n_procs; i++)
			sb_printf(listing, "process %s %s\n", sys.procs[i]->app->name,
				  sys.procs[i]->name);
		if (listing && sys.trace_events)
			sb_printf(listing, "trace %" PRIu64 "\n", sys.trace_events);
		if (out)
			emit_all(&sys, out);
	}
	arena_free(&a);
	j5_free(root);
	return ok;
}
