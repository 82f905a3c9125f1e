#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""What an image's system does not use, its kernel does not link: the ipc example (no
system dump, no wait groups, no interrupt objects) holds none of their functions, and
an image that uses them (system_dump, with kernel.system_dump on) holds them.

usage: unused_code_check.py NM IPC_ELF SYSTEM_DUMP_ELF"""
import subprocess
import sys

# Functions only a system with the feature reaches, once the generated tables fold.
UNUSED_IN_IPC = ["k_system_dump", "k_wait_group_leave", "arch_irq_unmask"]


def symbols(nm, elf):
    out = subprocess.run([nm, elf], capture_output=True, text=True, check=True).stdout
    return {line.split()[-1] for line in out.splitlines() if line.strip()}


def main():
    nm, ipc, dump = sys.argv[1:4]
    failed = 0
    have = symbols(nm, ipc)
    for name in UNUSED_IN_IPC:
        ok = name not in have
        print("%s ipc does not link %s" % ("ok  " if ok else "FAIL", name))
        failed += not ok
    ok = "k_system_dump" in symbols(nm, dump)
    print("%s system_dump links k_system_dump" % ("ok  " if ok else "FAIL"))
    failed += not ok
    print("%d failed" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
