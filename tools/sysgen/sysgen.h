/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The generator as a function of (config text, target): what the command line and
 * the fuzzer both call. No file system access.
 */
#ifndef SYSGEN_SYSGEN_H
#define SYSGEN_SYSGEN_H

#include <stdbool.h>
#include <stddef.h>

#include "emit.h"
#include "targets.h"
#include "util.h"

/*
 * Parse, validate and lay out the config buf[0..len) (file names it in messages and
 * in the generated files). On success returns true, fills listing (when non-NULL)
 * with one "process <app> <process>" line per process and out (when non-NULL) with
 * every generated file. On failure returns false with every error found in d.
 */
bool sysgen_run(const char *file, const char *buf, size_t len, const struct target *t,
		struct diag *d, struct sb *listing, struct outputs *out);

#endif /* SYSGEN_SYSGEN_H */
