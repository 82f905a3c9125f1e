#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""tools/qemu_run.py's fault words, without running an image: a kernel fault line that
ends at its fields gets the cause in words after addr (rv32: mcause; M33: the lowest
named CFSR bit, else HardFault), before any "(stack overflow)"; a line whose words the
kernel printed itself, and every other line, passes unchanged; a line cut into pieces
anywhere comes out whole and decoded; a kernel thread's panic line is decoded too."""
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("qemu_run",
                                              os.path.join(ROOT, "tools", "qemu_run.py"))
qemu_run = importlib.util.module_from_spec(spec)
spec.loader.exec_module(qemu_run)
failed = 0

RV32, M33 = "qemu_virt_riscv32", "mps2_an505"
HEAD = "[kernel] ERR fault: process 'p' thread 'main' pc 0x8004c058 cause %s addr 0x80000000"
CASES = [
    (RV32, HEAD % 5 + "\n", HEAD % 5 + ": load access fault\n"),
    (RV32, HEAD % 7 + " (stack overflow)\n", HEAD % 7 + ": store access fault (stack overflow)\n"),
    (RV32, HEAD % 0 + "\n", HEAD % 0 + ": instruction address misaligned\n"),
    (RV32, HEAD % 1 + "\n", HEAD % 1 + ": instruction access fault\n"),
    (RV32, HEAD % 2 + "\n", HEAD % 2 + ": illegal instruction\n"),
    (RV32, HEAD % 3 + "\n", HEAD % 3 + ": breakpoint\n"),
    (RV32, HEAD % 4 + "\n", HEAD % 4 + ": load address misaligned\n"),
    (RV32, HEAD % 6 + "\n", HEAD % 6 + ": store address misaligned\n"),
    (RV32, HEAD % 13 + "\n", HEAD % 13 + ": exception\n"),
    (M33, HEAD % 130 + "\n", HEAD % 130 + ": MemManage: data access violation\n"),
    (M33, HEAD % 129 + "\n", HEAD % 129 + ": MemManage: instruction access violation\n"),
    (M33, HEAD % 0x10 + "\n", HEAD % 0x10 + ": MemManage: stacking failed\n"),
    (M33, HEAD % 0x8 + "\n", HEAD % 0x8 + ": MemManage: unstacking failed\n"),
    (M33, HEAD % 0x100 + "\n", HEAD % 0x100 + ": BusFault: instruction bus error\n"),
    (M33, HEAD % 0x8200 + "\n", HEAD % 0x8200 + ": BusFault: precise data bus error\n"),
    (M33, HEAD % 0x400 + "\n", HEAD % 0x400 + ": BusFault: imprecise data bus error\n"),
    (M33, HEAD % 0x800 + "\n", HEAD % 0x800 + ": BusFault: unstacking failed\n"),
    (M33, HEAD % 0x1000 + "\n", HEAD % 0x1000 + ": BusFault: stacking failed\n"),
    (M33, HEAD % 0x10000 + "\n", HEAD % 0x10000 + ": UsageFault: undefined instruction\n"),
    (M33, HEAD % 0x20000 + "\n", HEAD % 0x20000 + ": UsageFault: invalid state\n"),
    (M33, HEAD % 0x40000 + "\n", HEAD % 0x40000 + ": UsageFault: invalid exception return\n"),
    (M33, HEAD % 0x80000 + "\n", HEAD % 0x80000 + ": UsageFault: no coprocessor\n"),
    (M33, HEAD % 0x100000 + "\n", HEAD % 0x100000 + ": UsageFault: stack overflow (PSPLIM)\n"),
    (M33, HEAD % 0x1000000 + "\n", HEAD % 0x1000000 + ": UsageFault: unaligned access\n"),
    # The lowest named bit wins: a failed stacking comes before the fault being stacked.
    (M33, HEAD % 0x11 + "\n", HEAD % 0x11 + ": MemManage: instruction access violation\n"),
    (M33, HEAD % 0x100010 + "\n", HEAD % 0x100010 + ": MemManage: stacking failed\n"),
    (M33, HEAD % 0x40000000 + "\n", HEAD % 0x40000000 + ": HardFault: breakpoint\n"),
    (M33, HEAD % 0x80000000 + "\n", HEAD % 0x80000000 + ": HardFault: breakpoint\n"),
    (M33, HEAD % 0x2 + " (stack overflow)\n",
     HEAD % 0x2 + ": MemManage: data access violation (stack overflow)\n"),
    # Words the kernel printed itself (what the cause alone cannot say) stay as they are.
    (M33, HEAD % 7 + ": SecureFault\n", HEAD % 7 + ": SecureFault\n"),
    (M33, HEAD % 3 + ": HardFault: fault\n", HEAD % 3 + ": HardFault: fault\n"),
    (M33, HEAD % 4294967295 + ": stack pointer outside its stack\n",
     HEAD % 4294967295 + ": stack pointer outside its stack\n"),
    # A kernel thread's fault is a panic with the cause in hex.
    (RV32, "[kernel] ERR PANIC: kernel thread faulty (cause 5, pc 80001234, address 0)\n",
     "[kernel] ERR PANIC: kernel thread faulty: load access fault (cause 5, pc 80001234, "
     "address 0)\n"),
    (M33, "[kernel] ERR PANIC: kernel thread a b (cause 82, pc 10001234, address 0)\n",
     "[kernel] ERR PANIC: kernel thread a b: MemManage: data access violation (cause 82, "
     "pc 10001234, address 0)\n"),
    # Not the kernel's: a process's line that looks the same is its own text.
    (RV32, "[p] ERR fault: process 'p' thread 'main' pc 0x1 cause 5 addr 0x0\n",
     "[p] ERR fault: process 'p' thread 'main' pc 0x1 cause 5 addr 0x0\n"),
    (RV32, "[kernel] INF Keel kernel on qemu_virt_riscv32, 2 processes\n",
     "[kernel] INF Keel kernel on qemu_virt_riscv32, 2 processes\n"),
]


def check(cond, what):
    global failed
    print("%s %s" % ("ok  " if cond else "FAIL", what))
    failed += not cond


def run(target, chunks):
    s = qemu_run.FaultSymbolizer(target, "/nonexistent/image.elf")
    return b"".join(s.feed(c) for c in chunks).decode()


for target, line, want in CASES:
    data = line.encode()
    got = run(target, [data])
    check(got == want, "%s: %r -> %r (got %r)" % (target, line, want, got))
    # Every cut into two pieces, and byte by byte.
    cuts = [run(target, [data[:i], data[i:]]) for i in range(1, len(data))]
    check(all(c == want for c in cuts), "%s: %r in two pieces, cut anywhere" % (target, line))
    check(run(target, [data[i:i + 1] for i in range(len(data))]) == want,
          "%s: %r byte by byte" % (target, line))

# A prompt without a newline after a line is not held back.
got = run(RV32, [b"> "])
check(got == "> ", "a prompt without a newline passes at once")
got = run(RV32, [b"[kernel] ERR fa"])
check(got == "", "the start of what may be a kernel fault line waits for its end")
print("%d failed" % failed)
sys.exit(1 if failed else 0)
