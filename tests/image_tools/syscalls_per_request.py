#!/usr/bin/env python3
"""A server's syscalls per request, counted in the kernel trace ring.

    syscalls_per_request.py TRACE_PY TARGET ELF --server P --client P --max N
                            [--ignore SYSCALL]...

Runs ELF (built with kernel.trace_buffer_events) under -icount through tools/trace.py,
counts the syscalls of process --server (but those named by --ignore: the device's own
work, not the protocol's) and the channel_transact calls of process --client (its
requests), prints both and the ratio, and fails unless the ratio is at most N and the
ring held the whole run.
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("trace_py")
    ap.add_argument("target")
    ap.add_argument("elf")
    ap.add_argument("--server", required=True)
    ap.add_argument("--client", required=True)
    ap.add_argument("--max", type=float, required=True)
    ap.add_argument("--ignore", action="append", default=[])
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "trace.txt")
        rc = subprocess.run([sys.executable, a.trace_py, "run", "--target", a.target,
                             "--elf", a.elf, "--icount", "--timeout", "60",
                             "--expect-exit", "0", "--text", "-o", out]).returncode
        if rc != 0:
            print("syscalls_per_request: the traced run failed (%d)" % rc, file=sys.stderr)
            return 1
        with open(out) as f:
            lines = f.read().splitlines()

    if not lines or lines[0] != "older events lost: no":
        print("syscalls_per_request: the ring wrapped; give the image a bigger "
              "kernel.trace_buffer_events", file=sys.stderr)
        return 1
    calls = collections.Counter()
    for line in lines[1:]:
        f = line.split()
        if len(f) >= 3 and f[1] == "syscall":
            calls[(f[0].split("/")[0], f[2])] += 1
    requests = calls[(a.client, "channel_transact")]
    server = {s: n for (p, s), n in calls.items() if p == a.server and s not in a.ignore}
    total = sum(server.values())
    if not requests:
        print("syscalls_per_request: %s made no request" % a.client, file=sys.stderr)
        return 1
    ratio = total / requests
    print("%s: %d syscalls (%s) for %d requests of %s: %.2f a request (at most %.2f)" %
          (a.server, total, ", ".join("%s %d" % kv for kv in sorted(server.items())),
           requests, a.client, ratio, a.max))
    return 0 if ratio <= a.max else 1


if __name__ == "__main__":
    sys.exit(main())
