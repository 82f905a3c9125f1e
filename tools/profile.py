#!/usr/bin/env python3
"""Where do a Keel image's instructions go? Runs it under QEMU with -icount, logs every
translated block and every block executed, and prints retired instructions per function.

usage: profile.py IMAGE.elf [PROCESS.elf ...] [--top N]
"""
import argparse
import bisect
import collections
import re
import subprocess
import sys
import tempfile


def symbols(elfs):
    syms = []
    for elf in elfs:
        out = subprocess.run(["riscv64-unknown-elf-nm", "-n", elf], capture_output=True,
                             text=True, check=True).stdout
        for line in out.splitlines():
            p = line.split()
            if len(p) == 3 and p[1] in "tTwW":
                syms.append((int(p[0], 16), p[2]))
    syms.sort()
    return syms


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("elfs", nargs="+")
    ap.add_argument("--top", type=int, default=30)
    a = ap.parse_args()
    with tempfile.NamedTemporaryFile(suffix=".log") as log:
        subprocess.run(["qemu-system-riscv32", "-M", "virt", "-bios", "none", "-m", "128M",
                        "-kernel", a.elfs[0], "-display", "none", "-serial", "null",
                        # The kernel console is semihosting: enabled, and discarded.
                        "-chardev", "null,id=semihosting",
                        "-semihosting-config", "enable=on,target=native,chardev=semihosting",
                        "-monitor", "none", "-icount", "shift=0,align=off,sleep=off",
                        "-d", "in_asm,exec,nochain", "-D", log.name], timeout=120)
        size = {}
        runs = collections.Counter()
        cur = None
        for line in open(log.name, errors="replace"):
            if line.startswith("IN:"):
                cur = None
                continue
            m = re.match(r"0x([0-9a-f]+):", line)
            if m:
                pc = int(m.group(1), 16)
                if cur is None:
                    cur = pc
                    size[cur] = 0
                size[cur] += 1
                continue
            m = re.search(r"Trace \S+: \S+ \[[0-9a-f]+/([0-9a-f]+)/", line)
            if m:
                cur = None
                runs[int(m.group(1), 16)] += 1
    syms = symbols(a.elfs)
    addrs = [s for s, _ in syms]
    per = collections.Counter()
    for pc, n in runs.items():
        i = bisect.bisect_right(addrs, pc) - 1
        per[syms[i][1] if i >= 0 else "?"] += n * size.get(pc, 0)
    total = sum(per.values())
    for name, n in per.most_common(a.top):
        print("%10d %5.1f%% %s" % (n, 100.0 * n / total, name))
    print("%10d total" % total)


if __name__ == "__main__":
    sys.exit(main())
