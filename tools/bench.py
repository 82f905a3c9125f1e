#!/usr/bin/env python3
"""Print Keel's benchmark table: instructions per operation (each image run twice under
-icount to show the count does not move; rv32's are exact, the M33's are averaged from
its 20 MHz clock and printed to a tenth), the kernel's longest span with interrupts
masked (kernel_latency, in instructions) and the kernel's size per section.

usage: bench.py BUILD_DIR   (an rv32 or m33 build directory, already built)
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RV32, M33 = "qemu_virt_riscv32", "mps2_an505"
# Every row of the IPC issue's goal table, in its order, with its goal per target (rv32 /
# M33), and the rows it sets no goal for next to the one they vary. Each row is the
# image tests/bench/bench_<name>.
GOALS = {"null_syscall": {RV32: 40, M33: 35},
         "ipc_round_trip": {RV32: 500, M33: 450},
         # The 2-syscall round trip: the handler's channel_respond_and_receive.
         "ipc_round_trip_rw": {RV32: 350, M33: 300},
         # The same with <= 16-byte messages in registers (channel_*_short).
         "ipc_call_short": {RV32: 250, M33: 220},
         # The handler waiting on a wait group that holds its channel.
         "ipc_round_trip_wg": {},
         # Transact and wait with a finite deadline.
         "ipc_round_trip_deadline": {},
         # A device's interrupt, taken from another process, to the driver's wake-up.
         "irq_to_user": {RV32: 500, M33: 450},
         # debug_trigger_interrupt's whole cycle in one process (no device, no trap).
         "irq_to_user_sw": {},
         "wait_group_wake": {RV32: 600, M33: 550},
         # The longest span with interrupts masked: a goal on rv32 only.
         "kernel_latency": {RV32: 3000}}


def rows(target):
    """[(name, goal or None)] for target, in the table's order."""
    return [(name, goals.get(target)) for name, goals in GOALS.items()]


def goal_text(goal):
    return "<= %d" % goal if goal else "-"


def parse_count(text, name):
    """The count `name` printed (whole on rv32, to a tenth on the M33), or None."""
    m = re.search(r"BENCH %s (\d+(?:\.\d+)?)\b" % re.escape(name), text)
    return m.group(1) if m else None


SIZE_TOOL = {RV32: "riscv64-unknown-elf-size", M33: "arm-none-eabi-size"}
NM_TOOL = {RV32: "riscv64-unknown-elf-nm", M33: "arm-none-eabi-nm"}
# Kernel RAM per thread, the goal per target.
THREAD_GOAL = {RV32: 160, M33: 128}
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
        counts.append(parse_count(out.stdout, name))
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
    print("%-24s %10s %10s %8s" % ("operation", "run 1", "run 2", "goal"))
    ok = True
    for name, goal in rows(target):
        a, b = run_bench(build, target, name)
        ok &= a is not None and a == b
        print("%-24s %10s %10s %8s" % (name, a, b, goal_text(goal)))
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
