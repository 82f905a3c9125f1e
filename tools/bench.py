#!/usr/bin/env python3
"""Print Keel's benchmark table: instructions per operation (each image run twice under
-icount to show the count does not move) and the kernel's size per section.

usage: bench.py BUILD_DIR   (an rv32 build directory, already built)
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOALS = {"null_syscall": 60, "ipc_round_trip": 400}


def run_bench(build, name):
    elf = os.path.join(build, "tests", "bench", "bench_%s.elf" % name)
    counts = []
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, os.path.join(HERE, "qemu_run.py"), "--target", "qemu_virt_riscv32",
             "--elf", elf, "--icount", "--quiet", "--timeout", "60", "--log", "/dev/stdout"],
            capture_output=True, text=True)
        m = re.search(r"BENCH %s (\d+)" % name, out.stdout)
        counts.append(int(m.group(1)) if m else None)
    return counts


def kernel_sizes(build):
    elf = os.path.join(build, "examples", "ipc", "ipc.elf")
    out = subprocess.run(["riscv64-unknown-elf-size", "-A", elf], capture_output=True,
                         text=True, check=True).stdout
    sizes = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in (".text", ".rodata", ".data", ".bss", ".stack"):
            sizes[parts[0]] = int(parts[1])
    return sizes


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build/rv32"
    print("%-16s %10s %10s %8s" % ("operation", "run 1", "run 2", "goal"))
    ok = True
    for name, goal in GOALS.items():
        a, b = run_bench(build, name)
        ok &= a is not None and a == b
        print("%-16s %10s %10s %8s" % (name, a, b, "<= %d" % goal))
    s = kernel_sizes(build)
    print()
    print("kernel (ipc system, qemu_virt_riscv32, -Os), bytes:")
    for k in (".text", ".rodata", ".data", ".bss", ".stack"):
        print("  %-8s %6d" % (k, s.get(k, 0)))
    print("  text+rodata %d (goal <= 10240)" % (s.get(".text", 0) + s.get(".rodata", 0)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
