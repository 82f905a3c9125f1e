// SPDX-License-Identifier: Apache-2.0
/*
 * keel-sysgen: system.json5 -> the kernel's tables, linker scripts, per-process
 * headers, memory map and picture. See doc/system-config.md.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sysgen.h"

static const char usage[] =
	"usage: keel-sysgen --target <target> [--list | --out DIR] CONFIG\n"
	"\n"
	"Reads the system description CONFIG (system.json5), validates it for the target\n"
	"and assigns every address.\n"
	"\n"
	"  --target T  the board: qemu_virt_riscv32 or mps2_an505\n"
	"  --list      print \"process <app> <process>\" per process, then \"trace <events>\"\n"
	"              when kernel.trace_buffer_events is set; write nothing\n"
	"  --out DIR   write every generated file into DIR (and DIR/include), only those\n"
	"              whose content changed, then print the memory map\n"
	"  --help      this text\n"
	"Without --list or --out, validate and print the memory map.\n"
	"Errors: file:line:col: error: <json path>: <message>, exit status 1; nothing is\n"
	"written when there is any error.\n";

static int usage_error(const char *msg)
{
	fprintf(stderr, "keel-sysgen: %s\n%s", msg, usage);
	return 2;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct sb b = { 0 };
	char buf[65536];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_put(&b, buf, n);
	if (ferror(f)) {
		fclose(f);
		sb_free(&b);
		return NULL;
	}
	fclose(f);
	if (!b.s)
		sb_put(&b, "", 0);
	*len = b.len;
	return b.s;
}

static int make_dir(const char *path)
{
	if (mkdir(path, 0777) == 0 || errno == EEXIST)
		return 0;
	fprintf(stderr, "keel-sysgen: cannot create %s: %s\n", path, strerror(errno));
	return -1;
}

/* mkdir -p */
static int make_dirs(const char *path)
{
	char *p = xstrdup(path);
	int rc = 0;

	for (char *q = p + 1; *q && !rc; q++) {
		if (*q != '/')
			continue;
		*q = '\0';
		rc = make_dir(p);
		*q = '/';
	}
	if (!rc)
		rc = make_dir(p);
	free(p);
	return rc;
}

static bool same_content(const char *path, const char *text, size_t len)
{
	size_t old_len;
	char *old = read_file(path, &old_len);
	bool same = old && old_len == len && !memcmp(old, text, len);

	free(old);
	return same;
}

/*
 * Write a file only when its content changes, so that the build sees unchanged
 * outputs as up to date; via a temporary and rename, so a reader never sees half.
 * Returns 1 when written, 0 when unchanged, -1 on error.
 */
static int write_if_changed(const char *dir, const char *name, const char *text, size_t len)
{
	char *path = xmalloc(strlen(dir) + strlen(name) + 2);
	char *tmp = xmalloc(strlen(dir) + strlen(name) + 8);
	int rc = 0;

	sprintf(path, "%s/%s", dir, name);
	sprintf(tmp, "%s.tmp", path);
	if (!same_content(path, text, len)) {
		FILE *f = fopen(tmp, "wb");

		rc = 1;
		if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0 ||
		    rename(tmp, path) != 0) {
			fprintf(stderr, "keel-sysgen: cannot write %s: %s\n", path,
				strerror(errno));
			remove(tmp);
			rc = -1;
		}
	}
	free(path);
	free(tmp);
	return rc;
}

/* system.svg, when Graphviz is installed; its absence (or failure) is not an error. */
static void render_svg(const char *dir, bool dot_changed)
{
	size_t n = strlen(dir) + 32;
	char *dot = xmalloc(n), *svg = xmalloc(n), *tmp = xmalloc(n);
	struct stat st;
	int status;
	pid_t pid;

	snprintf(dot, n, "%s/system.dot", dir);
	snprintf(svg, n, "%s/system.svg", dir);
	snprintf(tmp, n, "%s/system.svg.tmp", dir);
	if (!dot_changed && stat(svg, &st) == 0)
		goto out;
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		/* No output from a missing or failing dot: the picture is optional. */
		if (!freopen("/dev/null", "w", stderr) || !freopen("/dev/null", "w", stdout))
			_exit(127);
		execlp("dot", "dot", "-Tsvg", "-o", tmp, dot, (char *)NULL);
		_exit(127);
	}
	if (pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0) {
		size_t len;
		char *text = read_file(tmp, &len);

		if (text && !same_content(svg, text, len))
			rename(tmp, svg);
		free(text);
	}
	remove(tmp);
out:
	free(dot);
	free(svg);
	free(tmp);
}

static int write_outputs(const char *dir, const struct outputs *out)
{
	char *inc = xmalloc(strlen(dir) + 16);
	bool dot_changed = false;
	int rc = 0;

	sprintf(inc, "%s/include", dir);
	if (make_dirs(dir) || make_dir(inc))
		rc = 1;
	free(inc);
	for (size_t i = 0; i < out->n && !rc; i++) {
		int w = write_if_changed(dir, out->v[i].name, out->v[i].text.s, out->v[i].text.len);

		if (w < 0)
			rc = 1;
		else if (w && !strcmp(out->v[i].name, "system.dot"))
			dot_changed = true;
	}
	if (!rc)
		render_svg(dir, dot_changed);
	return rc;
}

int main(int argc, char **argv)
{
	const struct target *t = NULL;
	const char *out_dir = NULL, *config = NULL;
	bool list = false;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(a, "--target") || !strncmp(a, "--target=", 9)) {
			const char *name = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : NULL);

			if (!name)
				return usage_error("--target needs a value");
			t = target_find(name);
			if (!t) {
				fprintf(stderr,
					"keel-sysgen: unknown target '%s'; expected one of: %s\n",
					name, target_names());
				return 2;
			}
		} else if (!strcmp(a, "--out") || !strncmp(a, "--out=", 6)) {
			out_dir = a[5] == '=' ? a + 6 : (i + 1 < argc ? argv[++i] : NULL);
			if (!out_dir || !*out_dir)
				return usage_error("--out needs a directory");
		} else if (!strcmp(a, "--list")) {
			list = true;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "keel-sysgen: unknown option '%s'\n%s", a, usage);
			return 2;
		} else if (config) {
			return usage_error("one CONFIG only");
		} else {
			config = a;
		}
	}
	if (!t)
		return usage_error("--target is required");
	if (!config)
		return usage_error("CONFIG is required");
	if (list && out_dir)
		return usage_error("--list and --out exclude each other");

	size_t len;
	char *text = read_file(config, &len);

	if (!text) {
		fprintf(stderr, "%s: error: cannot read: %s\n", config, strerror(errno));
		return 1;
	}

	struct diag d = { 0 };
	struct sb listing = { 0 };
	struct outputs out = { 0 };
	int rc = 0;

	if (!sysgen_run(config, text, len, t, &d, &listing, list ? NULL : &out)) {
		diag_sort(&d);
		for (size_t i = 0; i < d.n; i++)
			fprintf(stderr, "%s\n", d.v[i].text);
		rc = 1;
	} else if (list) {
		fputs(listing.s ? listing.s : "", stdout);
	} else {
		const struct output *map = outputs_find(&out, "memory_map.txt");

		if (out_dir)
			rc = write_outputs(out_dir, &out);
		if (!rc)
			fputs(map->text.s, stdout);
	}
	if (fflush(stdout) != 0)
		rc = 1;
	outputs_free(&out);
	sb_free(&listing);
	diag_free(&d);
	free(text);
	return rc;
}
