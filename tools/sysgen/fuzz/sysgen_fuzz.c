// SPDX-License-Identifier: Apache-2.0
/*
 * libFuzzer target over the whole generator: parse, validate, lay out and emit for
 * every target, as `keel-sysgen --out` does minus the file writes. Besides crashes,
 * leaks and undefined behaviour it checks the contract: a run fails exactly when it
 * reports an error, every error line has the documented shape, and a successful run
 * yields the full set of outputs, each starting with the "generated from" line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sysgen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const targets[] = { "qemu_virt_riscv32", "mps2_an505" };
static const char *const always[] = { "kernel_gen.c", "kernel_memory.ld", "kernel_apps.ld",
				      "images.S",     "memory_map.txt",	  "system.dot" };

static void check(bool ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "sysgen_fuzz: %s\n", what);
		abort();
	}
}

static void run(const char *file, const uint8_t *data, size_t size, const struct target *t)
{
	struct diag d = { 0 };
	struct sb listing = { 0 };
	struct outputs out = { 0 };
	bool ok = sysgen_run(file, (const char *)data, size, t, &d, &listing, &out);

	check(ok == (d.n == 0), "success and errors disagree");
	for (size_t i = 0; i < d.n; i++)
		check(!strncmp(d.v[i].text, "fuzz.json5:", 11) && strstr(d.v[i].text, ": error: "),
		      "an error without file:line:col: error:");
	if (ok) {
		size_t procs = 0;

		for (size_t i = 0; listing.s && listing.s[i]; i++)
			procs += listing.s[i] == '\n';
		check(out.n == ARRAY_SIZE(always) + 2 * procs, "wrong number of outputs");
		for (size_t i = 0; i < ARRAY_SIZE(always); i++)
			check(outputs_find(&out, always[i]) != NULL, "an output is missing");
		for (size_t i = 0; i < out.n; i++)
			check(strstr(out.v[i].text.s, "generated from fuzz.json5 by keel-sysgen") !=
				      NULL,
			      "an output without its banner");
	}
	outputs_free(&out);
	sb_free(&listing);
	diag_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (size_t i = 0; i < ARRAY_SIZE(targets); i++)
		run("fuzz.json5", data, size, target_find(targets[i]));
	return 0;
}
