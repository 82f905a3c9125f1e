#!/usr/bin/env python3
"""Drives `tools/debug.py` (QEMU waiting for gdb, gdb-multiarch with the image's .gdb
script) in batch mode on the isolation image: a breakpoint in the kernel (k_main), one
in a process (the stack_overflow victim's recurse), three hits of it, a process variable
printed, then kill. Each must show in gdb's output: a symbol the script did not load,
a breakpoint not hit or a wrong value fails.

    gdb_check.py <debug.py> <isolation.elf>
"""
import re
import socket
import subprocess
import sys

EXPECTED = [
    "Breakpoint 1, k_main ()",
    "Breakpoint 2, recurse (n=n@entry=0)",
    "Breakpoint 2, recurse (n=n@entry=2)",
    # depth is the victim's global: set to n by the level below the one stopped at.
    "$1 = 1",
    # Only the end of gdb's "[Inferior 1 (process 1) killed]": QEMU's own "Terminated
    # via GDBstub", on the same stream, can land inside it.
    "(process 1) killed]",
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    debug, elf = sys.argv[1:3]
    cmd = [sys.executable, debug, elf, "--port", str(free_port()), "--",
           "-batch", "-ex", "break k_main", "-ex", "continue", "-ex", "break recurse"]
    cmd += ["-ex", "continue"] * 3 + ["-ex", "print depth", "-ex", "kill"]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        text, _ = proc.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        proc.terminate()  # debug.py then ends gdb and QEMU
        text, _ = proc.communicate()
        text += "\ngdb_check: timed out"
    print(text)
    # The guest's console shares the stream and can land inside a gdb line (seen:
    # "Breakpoint 2, [supervisor] INF ...\nrecurse (n=..."): its lines are taken out.
    text = re.sub(r"\[[A-Za-z0-9_]+\] (?:INF|WRN|ERR|DBG) [^\n]*\n?", "", text)
    at = 0
    for e in EXPECTED:
        found = text.find(e, at)
        if found < 0:
            print("gdb_check: not seen (in order): %r" % e)
            return 1
        at = found + len(e)
    print("gdb_check: kernel and process symbols, breakpoints and a variable all seen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
