#!/usr/bin/env python3
"""Print Keel's benchmark table: instructions per operation (each image run twice under
-icount to show the count does not move), the kernel's longest span with interrupts
masked (kernel_latency, in instructions) and the kernel's size per section.

usage: bench.py BUILD_DIR   (an rv32 or m33 build directory, already built)
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Per target where they differ (the IPC goals of the performance work: rv32 / M33).
GOALS = {"null_syscall": {"qemu_virt_riscv32": 40, "mps2_an505": 35},
         "ipc_round_trip": {"qemu_virt_riscv32": 500, "mps2_an505": 450},
         "ipc_round_trip_rw": {"qemu_virt_riscv32": 350, "mps2_an505": 300},
         "irq_to_user": {"qemu_virt_riscv32": 500, "mps2_an505": 450},
         "wait_group_wake": {"qemu_virt_riscv32": 600, "mps2_an505": 550},
         # The longest span with interrupts masked: a goal on rv32 only.
         "kernel_latency": {"qemu_virt_riscv32": 3000}}


SIZE_TOOL = {"qemu_virt_riscv32": "riscv64-unknown-elf-size", "mps2_an505": "arm-none-eabi-size"}
NM_TOOL = {"qemu_virt_riscv32": "riscv64-unknown-elf-nm", "mps2_an505": "arm-none-eabi-nm"}
# Kernel RAM per thread, the goal per target.
THREAD_GOAL = {"qemu_virt_riscv32": 160, "mps2_an505": 128}
STRUCTS = ("thread", "process", "channel_initiator", "channel_handler", "interrupt",
           "wait_group")


def target_of(build):
    with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("KEEL_TARGET:"):
                return line.split("=", 1)[1].strip()
    sys.exit("bench.py: %s is not a configured cross build" % build)


def run_bench(build, target, name):
    elf = os.path.join(build, "tests", "bench", "bench_%s.elf" % name)
    counts = []
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, os.path.join(HERE, "qemu_run.py"), "--target", target,
             "--elf", elf, "--icount", "--quiet", "--timeout", "300", "--log", "/dev/stdout"],
            capture_output=True, text=True)
        m = re.search(r"BENCH %s (\d+)" % name, out.stdout)
        counts.append(int(m.group(1)) if m else None)
    return counts


def kernel_sizes(build, target):
    elf = os.path.join(build, "examples", "ipc", "ipc.elf")
    out = subprocess.run([SIZE_TOOL[target], "-A", elf], capture_output=True,
                         text=True, check=True).stdout
    sizes = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in (".text", ".rodata", ".data", ".bss", ".stack"):
            sizes[parts[0]] = int(parts[1])
    return sizes


def struct_sizes(build, target):
    """sizeof each kernel struct on the target: kernel/sizes.c's arrays, via nm -S."""
    lib = os.path.join(build, "kernel", "libkeel_sizes.a")
    out = subprocess.run([NM_TOOL[target], "-S", lib], capture_output=True, text=True,
                         check=True).stdout
    sizes = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3].startswith("keel_size_"):
            sizes[parts[3][len("keel_size_"):]] = int(parts[1], 16)
    return sizes


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build/rv32"
    target = target_of(build)
    print("%s, instructions per operation (-icount shift=0)" % target)
    print("%-16s %10s %10s %8s" % ("operation", "run 1", "run 2", "goal"))
    ok = True
    for name, goal in GOALS.items():
        if isinstance(goal, dict):
            goal = goal.get(target)
        a, b = run_bench(build, target, name)
        ok &= a is not None and a == b
        print("%-16s %10s %10s %8s" % (name, a, b, "<= %d" % goal if goal else "-"))
    s = kernel_sizes(build, target)
    print()
    print("kernel (ipc system, %s, -Os), bytes:" % target)
    for k in (".text", ".rodata", ".data", ".bss", ".stack"):
        print("  %-8s %6d" % (k, s.get(k, 0)))
    print("  text+rodata %d (goal <= 10240)" % (s.get(".text", 0) + s.get(".rodata", 0)))
    r = struct_sizes(build, target)
    print()
    print("kernel RAM (%s), bytes per instance:" % target)
    for name in STRUCTS:
        goal = " (goal <= %d)" % THREAD_GOAL[target] if name == "thread" else ""
        print("  %-18s %4d%s" % (name, r.get(name, 0), goal))
    ok &= all(name in r for name in STRUCTS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
