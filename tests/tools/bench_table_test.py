#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""tools/bench.py's table, without running an image: a row for every operation of the
IPC issue's goal table with its goal per target ("-" where it sets none), an image for
every row, and counts read whole or to a tenth (the M33's averaged clock)."""
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("bench", os.path.join(ROOT, "tools", "bench.py"))
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
failed = 0

RV32, M33 = "qemu_virt_riscv32", "mps2_an505"
# The goals (rv32, M33); None: a row the issue sets no goal for.
EXPECTED = [("null_syscall", 40, 35), ("ipc_round_trip", 500, 450),
            ("ipc_round_trip_rw", 350, 300), ("ipc_call_short", 250, 220),
            ("ipc_round_trip_wg", None, None),
            ("ipc_round_trip_deadline", None, None), ("irq_to_user", 500, 450),
            ("irq_to_user_sw", None, None), ("wait_group_wake", 600, 550),
            ("kernel_latency", 3000, None)]


def check(cond, what):
    global failed
    print("%s %s" % ("ok  " if cond else "FAIL", what))
    failed += not cond


for target, column in ((RV32, 1), (M33, 2)):
    rows = bench.rows(target)
    want = [(e[0], e[column]) for e in EXPECTED]
    check(rows == want, "%s: every goal row in order, with its goal: %r" % (target, rows))

with open(os.path.join(ROOT, "tests", "bench", "CMakeLists.txt"), encoding="utf-8") as f:
    images = f.read()
for name, _, _ in EXPECTED:
    check("keel_system_image(bench_%s " % name in images, "bench_%s is an image" % name)

out = ("[driver] INF BENCH irq_to_user_sw 924.0\n[driver] INF BENCH irq_to_user 378.6\n"
       "[caller] INF BENCH null_syscall 65\n")
check(bench.parse_count(out, "irq_to_user") == "378.6", "a tenth is read (M33)")
check(bench.parse_count(out, "irq_to_user_sw") == "924.0", "a longer name is its own row")
check(bench.parse_count(out, "null_syscall") == "65", "a whole count is read (rv32)")
check(bench.parse_count(out, "wait_group_wake") is None, "a missing count is None")
check(bench.goal_text(None) == "-" and bench.goal_text(450) == "<= 450",
      "the goal column: '<= N', or '-' where the issue sets none")
sys.exit(1 if failed else 0)
