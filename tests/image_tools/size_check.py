#!/usr/bin/env python3
"""Checks tools/size.py's table for an image against the cross toolchain's own `size -A`
of every ELF and against the generator's memory map, figure by figure: a wrong, missing
or stale number fails.

    size_check.py <size tool> <cross size> <image.elf>
"""
import re
import subprocess
import sys

failures = []


def check(what, got, want):
    if got != want:
        failures.append("%s: size.py says %s, expected %s" % (what, got, want))


def sections(size_tool, elf):
    out = subprocess.run([size_tool, "-A", elf], capture_output=True, text=True,
                         check=True).stdout
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].startswith(".") and parts[1].isdigit():
            found[parts[0]] = int(parts[1])
    return found


def reserved(map_path):
    """From the memory map: process -> (image bytes, RAM bytes, stack and guard bytes)."""
    rows = []
    with open(map_path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"(0x\w+)\s+(0x\w+)\s+0x\w+\s+(\d+)\s+(.*)$", line)
            if m:
                rows.append((int(m.group(1), 16), int(m.group(2), 16), int(m.group(3)),
                             m.group(4)))
    procs = {}
    for start, end, size, use in rows:
        m = re.match(r"image of process (\w+)$", use)
        if m:
            procs.setdefault(m.group(1), {})["image"] = size
        m = re.match(r"process (\w+) RAM", use)
        if m:
            p = procs.setdefault(m.group(1), {})
            p["ram"] = size
            p["stacks"] = sum(s for a, b, s, u in rows if start <= a and b <= end and (
                u.startswith("stack of thread") or u.startswith("guard under")))
    kernel = {use.split(" (")[0]: size for _, _, size, use in rows if use.startswith("kernel")}
    return procs, kernel


def main():
    tool, size_tool, elf = sys.argv[1:4]
    out = subprocess.run([sys.executable, tool, elf], capture_output=True, text=True)
    if out.returncode:
        sys.exit("size.py failed:\n" + out.stderr)
    print(out.stdout)
    rows = {}
    for line in out.stdout.splitlines():
        m = re.match(r"(\w+)\s+" + r"(\d+)\s+" * 5 + r"(\d+)/(\d+)\s+\d+%\s+(\d+)/(\d+)\s+\d+%$",
                     line)
        if m:
            rows[m.group(1)] = [int(x) for x in m.groups()[1:]]
    base = elf[:-len(".elf")]
    procs, kernel_res = reserved(base + ".gen/memory_map.txt")
    image = sections(size_tool, elf)

    check("processes listed", sorted(r for r in rows if r != "kernel"), sorted(procs))
    k = rows.get("kernel")
    if k is None:
        failures.append("no kernel row")
    else:
        text, rodata, data, bss, stack = (image.get(s, 0) for s in
                                          (".text", ".rodata", ".data", ".bss", ".stack"))
        check("kernel text/rodata/data/bss/stack", k[:5], [text, rodata, data, bss, stack])
        # The M33's vector table is a section of its own, stored with the kernel.
        check("kernel flash used/reserved", k[5:7],
              [text + rodata + data + image.get(".vectors", 0), kernel_res["kernel flash"]])
        check("kernel RAM used/reserved", k[7:9],
              [data + bss + stack, kernel_res["kernel RAM"]])
    for name, res in procs.items():
        r = rows.get(name)
        if r is None:
            continue
        own = sections(size_tool, "%s_%s.elf" % (base, name))
        text, rodata, data, bss = (own.get(s, 0) for s in (".text", ".rodata", ".data", ".bss"))
        check(name + " text/rodata/data/bss/stacks", r[:5],
              [text, rodata, data, bss, res["stacks"]])
        check(name + " flash used/reserved", r[5:7], [image[".app." + name], res["image"]])
        check(name + " RAM used/reserved", r[7:9],
              [data + bss + res["stacks"], res["ram"]])
    for f in failures:
        print("FAIL " + f)
    if not rows or failures:
        return 1
    print("size_check: %d processes and the kernel match" % len(procs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
