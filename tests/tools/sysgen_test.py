#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Tests of keel-sysgen, run by CTest (tests/tools/CMakeLists.txt, label `tools`).

  golden  CONFIG TARGET  every output equals tests/tools/golden/CONFIG.TARGET/
  errors                 every tests/tools/errors/*.json5 fails with its .expected stderr
  compile CONFIG TARGET  the generated C compiles and the process scripts link (cross gcc)
  cli                    command line behaviour: usage errors, --list, incremental writes
  fuzz    BINARY CORPUS  a short libFuzzer run over a scratch copy of CORPUS

The generator runs from the repository root with repository-relative config paths, so
the goldens do not depend on where the tree is. KEEL_UPDATE_GOLDEN=1 rewrites the
goldens and the .expected files from the current generator instead of comparing.
Each command ends with "N passed, N failed"; exit status 77 means skipped.
"""
import argparse
import difflib
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

SKIP = 77
UPDATE = os.environ.get("KEEL_UPDATE_GOLDEN") == "1"
ARCH_OF = {"qemu_virt_riscv32": "riscv", "mps2_an505": "armv8m"}
CROSS = {
    "qemu_virt_riscv32": ("riscv64-unknown-elf-",
                          ["-misa-spec=2.2", "-march=rv32imac", "-mabi=ilp32"]),
    "mps2_an505": ("arm-none-eabi-", ["-mcpu=cortex-m33", "-mthumb", "-mfloat-abi=soft"]),
}


class Result:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")
            if detail:
                print(detail.rstrip())
        return ok

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def diff(want, got, name):
    return "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                        f"expected/{name}", f"generated/{name}"))


def read_tree(root):
    """{relative path: text} of every file under root except the rendered picture."""
    files = {}
    for dirpath, _, names in os.walk(root):
        for n in names:
            p = os.path.join(dirpath, n)
            rel = os.path.relpath(p, root)
            if rel == "system.svg":
                continue
            with open(p, encoding="utf-8", errors="surrogateescape") as f:
                files[rel] = f.read()
    return files


def generate(a, config, target, out):
    return run([a.sysgen, "--target", target, "--out", out, config], cwd=a.root)


def cmd_golden(a):
    r = Result()
    config = f"tests/tools/configs/{a.config}.json5"
    gold = os.path.join(a.root, "tests/tools/golden", f"{a.config}.{a.target}")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "gen")
        p = generate(a, config, a.target, out)
        if not r.check(p.returncode == 0, f"{config} for {a.target} is valid", p.stderr):
            return r.finish()
        lst = run([a.sysgen, "--target", a.target, "--list", config], cwd=a.root)
        r.check(lst.returncode == 0 and not lst.stderr, "--list succeeds", lst.stderr)
        got = read_tree(out)
        got["list.txt"] = lst.stdout
        r.check(p.stdout == got["memory_map.txt"], "stdout is the memory map",
                diff(got["memory_map.txt"], p.stdout, "stdout"))
        banner = f"generated from {config} by keel-sysgen, do not edit"
        for name, text in sorted(got.items()):
            if name != "list.txt":
                r.check(banner in text.split("\n", 1)[0], f"{name} starts with its banner")
        if UPDATE:
            shutil.rmtree(gold, ignore_errors=True)
            for name, text in got.items():
                os.makedirs(os.path.dirname(os.path.join(gold, name)), exist_ok=True)
                with open(os.path.join(gold, name), "w", encoding="utf-8",
                          errors="surrogateescape") as f:
                    f.write(text)
            print(f"updated {gold}")
        want = read_tree(gold) if os.path.isdir(gold) else {}
        r.check(sorted(want) == sorted(got), "the same set of files",
                f"expected {sorted(want)}\ngenerated {sorted(got)}")
        for name in sorted(set(want) & set(got)):
            r.check(want[name] == got[name], f"{name} matches the golden",
                    diff(want[name], got[name], name))

        if shutil.which("dot"):
            d = run(["dot", "-Tsvg", "-o", os.devnull, os.path.join(out, "system.dot")])
            r.check(d.returncode == 0 and not d.stderr, "system.dot is valid Graphviz", d.stderr)

        # A second run into the same directory must rewrite nothing (incremental builds).
        stamps = {n: os.stat(os.path.join(out, n)).st_mtime_ns for n in got if n != "list.txt"}
        p2 = generate(a, config, a.target, out)
        same = {n: os.stat(os.path.join(out, n)).st_mtime_ns for n in stamps}
        r.check(p2.returncode == 0 and stamps == same, "a second run rewrites nothing")
    return r.finish()


def expected_target(text):
    m = re.match(r"//\s*target:\s*(\S+)", text)
    return m.group(1) if m else "qemu_virt_riscv32"


def cmd_errors(a):
    r = Result()
    edir = os.path.join(a.root, "tests/tools/errors")
    names = sorted(n for n in os.listdir(edir) if n.endswith(".json5"))
    r.check(len(names) > 0, "the error corpus is not empty")
    with tempfile.TemporaryDirectory() as tmp:
        for n in names:
            rel = f"tests/tools/errors/{n}"
            with open(os.path.join(edir, n), encoding="utf-8", errors="surrogateescape") as f:
                target = expected_target(f.read())
            exp_path = os.path.join(edir, n[:-len(".json5")] + ".expected")
            out = os.path.join(tmp, n, "out")
            p = run([a.sysgen, "--target", target, "--out", out, rel], cwd=a.root)
            if UPDATE:
                with open(exp_path, "w", encoding="utf-8") as f:
                    f.write(p.stderr)
            try:
                with open(exp_path, encoding="utf-8") as f:
                    want = f.read()
            except FileNotFoundError:
                want = "(no .expected file)\n"
            ok = (p.returncode == 1 and p.stderr == want and not p.stdout
                  and not os.path.exists(os.path.join(tmp, n)))
            detail = ""
            if p.returncode != 1:
                detail += f"exit status {p.returncode}, expected 1\n"
            if os.path.exists(os.path.join(tmp, n)):
                detail += "it wrote into --out\n"
            if p.stdout:
                detail += f"stdout: {p.stdout}"
            detail += diff(want, p.stderr, n[:-len(".json5")] + ".expected")
            r.check(ok, f"{rel} ({target})", detail)
            # --list validates just as fully.
            pl = run([a.sysgen, "--target", target, "--list", rel], cwd=a.root)
            r.check(pl.returncode == 1 and pl.stderr == p.stderr and not pl.stdout,
                    f"{rel}: --list reports the same")
    return r.finish()


def header_defines(text):
    return re.findall(r"^#define (\w+) (.*?)(?: /\*.*\*/)?$", text, re.M)


def section_bytes(prefix, obj, names):
    """The contents of the sections `names` of object obj, one after the other."""
    data = b""
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            out = os.path.join(tmp, "section.bin")
            run([prefix + "objcopy", "-O", "binary", "--only-section=" + name, obj, out])
            if os.path.exists(out):  # objcopy writes nothing for a missing section
                with open(out, "rb") as f:
                    data += f.read()
                os.remove(out)
    return data


def check_image_in_flash(r, prefix, gen_c, obj):
    """
    A process's protection image (ARCH_PROCESS_PMP / ARCH_PROCESS_MPU, what the
    generator computed) never changes, so it lives in a read-only section with the
    process's info record, and no writable section holds it: the per-process RAM record
    keeps only what changes at run time.
    """
    with open(gen_c) as f:
        text = f.read()
    images = []
    for m in re.finditer(r"ARCH_PROCESS_(PMP|MPU)\(([^;]*?)\)\s*[,)]", text):
        nums = [int(x, 16) for x in re.findall(r"0x([0-9a-f]+)u", m.group(2))]
        # PMP: the four pmpcfg words come first in the macro, pmpaddr first in memory.
        words = nums[4:] if m.group(1) == "PMP" else nums
        images.append(struct.pack(f"<{len(words)}I", *words))
    procs = len(re.findall(r"^struct k_process k_proc_\w+ =", text, re.M))
    if not r.check(len(images) == procs, "kernel_gen.c has a protection image per process",
                   f"{len(images)} images, {procs} processes"):
        return
    # The info record's copy of the RAM region (the buffer checks' fast path) is
    # regions_<p>[1], the region the slow path and a process's start read.
    for m in re.finditer(r"static const struct k_region regions_(\w+)\[\] = \{\n"
                         r"[^\n]*\n\t(K_REGION\([^)]*\))", text):
        copy = re.search(r"K_PROCESS_INFO\(\"%s\", [^;]*?(K_REGION\([^)]*\))" % m.group(1),
                         text)
        r.check(copy and copy.group(1) == m.group(2),
                f"{m.group(1)}: info's RAM region is regions_{m.group(1)}[1]",
                f"{copy and copy.group(1)} vs {m.group(2)}")
    const = section_bytes(prefix, obj, [".rodata", ".srodata"])
    writable = section_bytes(prefix, obj, [".data", ".sdata"])
    for i, image in enumerate(images):
        r.check(image in const, f"protection image {i} is in .rodata (flash)",
                image.hex())
        r.check(image not in writable, f"protection image {i} is not in .data (RAM)",
                image.hex())


def cmd_compile(a):
    r = Result()
    prefix, flags = CROSS[a.target]
    gcc = shutil.which(prefix + "gcc")
    if not gcc:
        print(f"SKIP: {prefix}gcc is not installed")
        return SKIP
    arch = ARCH_OF[a.target]
    frame = os.path.join(a.root, "arch", arch, "include", "arch", "frame.h")
    if not os.path.exists(frame):
        print(f"SKIP: arch/{arch}/include/arch/frame.h does not exist yet, so the kernel "
              f"headers cannot be compiled for {a.target}")
        return SKIP
    config = f"tests/tools/configs/{a.config}.json5"
    incs = [f"-I{os.path.join(a.root, d)}" for d in
            ("kernel/include", "include", f"arch/{arch}/include",
             f"targets/{a.target}/include")]
    cflags = flags + ["-std=c11", "-ffreestanding", "-Wall", "-Wextra", "-Werror",
                      "-Wstrict-prototypes", "-Wmissing-prototypes", "-Wshadow"]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "gen")
        p = generate(a, config, a.target, out)
        if not r.check(p.returncode == 0, f"{config} is valid for {a.target}", p.stderr):
            return r.finish()
        c = run([gcc] + cflags + incs + ["-c", os.path.join(out, "kernel_gen.c"),
                                          "-o", os.path.join(tmp, "kernel_gen.o")])
        if r.check(c.returncode == 0, "kernel_gen.c compiles", c.stderr):
            check_image_in_flash(r, prefix, os.path.join(out, "kernel_gen.c"),
                                 os.path.join(tmp, "kernel_gen.o"))

        procs = [line.split()[2] for line in
                 run([a.sysgen, "--target", a.target, "--list", config],
                     cwd=a.root).stdout.splitlines() if line.startswith("process ")]
        for i, proc in enumerate(procs):
            with open(os.path.join(out, "include", f"{proc}_codegen.h")) as f:
                defines = header_defines(f.read())
            # Use every define, so that each one must expand to a valid expression.
            src = [f"#include <{proc}_codegen.h>", "#include <stdint.h>",
                   "const char *use_strings(unsigned i);",
                   "uint64_t use_numbers(unsigned i);",
                   "const char *use_strings(unsigned i)", "{",
                   "\tswitch (i) {"]
            nums = []
            for k, (name, value) in enumerate(defines):
                if name.endswith("_CODEGEN_H"):
                    continue
                if value.startswith('"'):
                    src.append(f"\tcase {k}: return {name};")
                else:
                    nums.append((k, name))
            src += ["\t}", "\treturn 0;", "}",
                    "uint64_t use_numbers(unsigned i)", "{", "\tswitch (i) {"]
            src += [f"\tcase {k}: return (uint64_t)({name});" for k, name in nums]
            src += ["\t}", "\treturn 0;", "}",
                    f"_Static_assert(HANDLE_PROCESS == "
                    f"{sum(1 for n, _ in defines if n.startswith('HANDLE_')) - 1}u, "
                    f"\"HANDLE_PROCESS is last\");", ""]
            cfile = os.path.join(tmp, f"use_{proc}.c")
            with open(cfile, "w") as f:
                f.write("\n".join(src))
            c = run([gcc] + cflags + [f"-I{os.path.join(out, 'include')}", "-c", cfile,
                                      "-o", cfile + ".o"])
            r.check(c.returncode == 0, f"{proc}_codegen.h: every define compiles", c.stderr)

            # The process script links a process with code, rodata, data and bss, and
            # the image header describes it; the first process names its own entry,
            # the others get it from keel_app_entry through PROVIDE.
            entry = f"keel_process_entry_{proc}" if i == 0 else "keel_app_entry"
            pfile = os.path.join(tmp, f"proc_{proc}.c")
            with open(pfile, "w") as f:
                f.write("volatile int counter = 5;\nvolatile int zeroed;\n"
                        "const char msg[] = \"hello\";\n"
                        f"void {entry}(void);\nvoid {entry}(void)\n{{\n"
                        "\tfor (;;)\n\t\tcounter += zeroed++ + msg[counter & 3];\n}\n")
            elf = os.path.join(tmp, f"{proc}.elf")
            c = run([gcc] + flags + ["-ffreestanding", "-ffunction-sections",
                                     "-fdata-sections", "-Os", "-nostdlib", "-nostartfiles",
                                     "-Wl,--gc-sections", "-T", os.path.join(out, f"{proc}.ld"),
                                     pfile, "-o", elf])
            if not r.check(c.returncode == 0, f"{proc}.ld links ({entry})", c.stderr):
                continue
            r.check(c.stderr == "", f"{proc}.ld links without warnings", c.stderr)
            nm = run([prefix + "nm", elf]).stdout
            syms = {l.split()[2]: int(l.split()[0], 16) for l in nm.splitlines()
                    if len(l.split()) == 3}
            binf = elf + ".bin"
            run([prefix + "objcopy", "-O", "binary", elf, binf])
            with open(binf, "rb") as f:
                hdr = struct.unpack("<6I", f.read(24))
            flash = int(re.search(r"FLASH \(rx\) : ORIGIN = (0x[0-9a-f]+)",
                                  open(os.path.join(out, f"{proc}.ld")).read()).group(1), 16)
            r.check(hdr[0] == 0x4c45454b, f"{proc}: image header magic")
            r.check(hdr[1] == syms.get(f"keel_process_entry_{proc}", -1) & ~1 == syms.get(
                entry, -2) & ~1 and hdr[1] == flash + 24,
                f"{proc}: header entry is the entry function, right after the header",
                f"header {hdr[1]:#x}, symbols {syms}")
            r.check(hdr[3] == syms.get("counter") and hdr[4] == hdr[3] + 4 and
                    hdr[5] == hdr[4] + 4 == syms.get("__keel_bss_end"),
                    f"{proc}: header data/bss bounds", f"header {hdr}, symbols {syms}")
    return r.finish()


def cmd_cli(a):
    r = Result()
    s = a.sysgen
    seed = "tests/tools/configs/seed000.json5"

    def expect(args, code, out_re=None, err_re=None, what=None):
        p = run([s] + args, cwd=a.root)
        ok = p.returncode == code
        ok &= out_re is None or re.search(out_re, p.stdout, re.S) is not None
        ok &= err_re is None or re.search(err_re, p.stderr, re.S) is not None
        r.check(ok, what or " ".join(args),
                f"exit {p.returncode}\nstdout: {p.stdout}\nstderr: {p.stderr}")
        return p

    expect(["--help"], 0, r"^usage: keel-sysgen --target", what="--help")
    expect([], 2, err_re="--target is required", what="no arguments")
    expect([seed], 2, err_re="--target is required", what="no --target")
    expect(["--target", "vax", seed], 2, err_re="unknown target 'vax'", what="unknown target")
    expect(["--target"], 2, err_re="--target needs a value", what="--target without value")
    expect(["--target", "mps2_an505"], 2, err_re="CONFIG is required", what="no config")
    expect(["--target", "mps2_an505", "--list", "--out", "x", seed], 2,
           err_re="exclude each other", what="--list with --out")
    expect(["--target", "mps2_an505", "--frobnicate", seed], 2,
           err_re="unknown option '--frobnicate'", what="unknown option")
    expect(["--target", "mps2_an505", seed, seed], 2, err_re="one CONFIG only",
           what="two configs")
    expect(["--target", "mps2_an505", "tests/tools/no/such.json5"], 1,
           err_re=r"^tests/tools/no/such.json5: error: cannot read: ", what="missing config")
    expect(["--target=mps2_an505", "--list", seed], 0,
           out_re=r"^process ipc initiator\nprocess ipc handler\n$", what="--list")
    expect(["--target", "qemu_virt_riscv32", seed], 0, out_re=r"^# generated from .*kernel flash",
           what="validate only prints the memory map")

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "a", "b")
        expect(["--target", "qemu_virt_riscv32", f"--out={out}", seed], 0,
               what="--out creates nested directories")
        ld = os.path.join(out, "initiator.ld")
        mt = os.path.join(out, "kernel_memory.ld")
        with open(ld, "a") as f:
            f.write("/* edited */\n")
        os.utime(mt, ns=(1, 1))
        expect(["--target", "qemu_virt_riscv32", "--out", out, seed], 0)
        with open(ld) as f:
            r.check("edited" not in f.read(), "a changed output is rewritten")
        r.check(os.stat(mt).st_mtime_ns == 1, "an unchanged output is not touched")
        r.check(not [n for n in os.listdir(out) if n.endswith(".tmp")], "no temporaries left")
        if shutil.which("dot"):
            r.check(os.path.exists(os.path.join(out, "system.svg")), "system.svg is rendered")
        # An invalid config writes nothing, not even into an existing directory.
        bad = os.path.join(tmp, "bad.json5")
        with open(bad, "w") as f:
            f.write("{ apps: [ { name: 'x' } ] }\n")
        before = sorted(os.listdir(out))
        os.utime(ld, ns=(1, 1))
        expect(["--target", "qemu_virt_riscv32", "--out", out, bad], 1,
               err_re=r"bad.json5:1:11: error: apps\[0\].flash_size_bytes: missing")
        r.check(sorted(os.listdir(out)) == before and os.stat(ld).st_mtime_ns == 1,
                "an invalid config writes nothing")
        # A syntax error names its line and column.
        with open(bad, "w") as f:
            f.write("{\n  apps: [,\n}\n")
        expect(["--target", "qemu_virt_riscv32", bad], 1,
               err_re=r"bad.json5:2:\d+: error: ", what="JSON5 syntax error position")

        # The limits of the kernel's structures (uint8_t thread_count, uint16_t
        # table_size), with configs too large to keep in the error corpus.
        def limit(name, objects, err_re, code=1):
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write('{ apps: [ { name: "a", flash_size_bytes: 4096, processes: [ '
                        '{ name: "p", ram_size_bytes: 0x100000, objects: [\n'
                        + ",\n".join(objects) + "\n] } ] } ] }\n")
            expect(["--target", "qemu_virt_riscv32", path], code, err_re=err_re, what=name)

        threads = [f'{{ name: "t{i}", type: "thread", main_thread: {str(i == 0).lower()} }}'
                   for i in range(256)]
        limit("threads_256.json5", threads,
              r"threads_256.json5:1:61: error: apps\[0\].processes\[0\]: 256 threads; "
              r"a process has at most 255\n$")
        limit("threads_255.json5", threads[:255], r"^$", code=0)
        objects = [f'{{ name: "w{i}", type: "wait_group" }}' for i in range(65534)]
        limit("objects_65535.json5", objects + ['{ name: "t", type: "thread" }'],
              r"objects_65535.json5:1:109: error: apps\[0\].processes\[0\].objects: 65535 "
              r"objects; a process has at most 65534\n$")
    return r.finish()


def cmd_fuzz(a):
    if not os.path.exists(a.binary):
        print(f"SKIP: {a.binary} was not built (clang with libFuzzer is needed)")
        return SKIP
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        shutil.copytree(a.corpus, corpus)
        args = [a.binary, f"-runs={a.runs}", "-max_len=4096", "-timeout=10",
                f"-artifact_prefix={tmp}/", corpus]
        if a.dict:
            args.insert(1, f"-dict={a.dict}")
        p = subprocess.run(args, cwd=tmp)
        for n in os.listdir(tmp):
            if n.startswith(("crash-", "leak-", "timeout-", "oom-")):
                keep = os.path.join(os.getcwd(), n)
                shutil.copy(os.path.join(tmp, n), keep)
                print(f"finding saved as {keep}")
        print(f"{1 if p.returncode == 0 else 0} passed, {0 if p.returncode == 0 else 1} failed")
        return 0 if p.returncode == 0 else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sysgen", help="the keel-sysgen binary")
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), "..", ".."))
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("golden", "compile"):
        p = sub.add_parser(name)
        p.add_argument("config")
        p.add_argument("target", choices=sorted(ARCH_OF))
    sub.add_parser("errors")
    sub.add_parser("cli")
    p = sub.add_parser("fuzz")
    p.add_argument("binary")
    p.add_argument("corpus")
    p.add_argument("--runs", type=int, default=20000)
    p.add_argument("--dict")
    a = ap.parse_args()
    a.root = os.path.abspath(a.root)
    if a.sysgen:
        a.sysgen = os.path.abspath(a.sysgen)
    return globals()[f"cmd_{a.cmd}"](a)


if __name__ == "__main__":
    sys.exit(main())
