#!/usr/bin/env python3
"""Soak Keel in the emulator: run the soak images of a build (tests/soak) to the end.

Each image is a system test's own system built to run far longer: >= 10 million random
syscalls beside a heartbeat and a canary (soak_syscall_fuzz), and every memory fault
class 1000 times (soak_isolation). Prints what each run did and exits non-zero on any
failure: a failed check, a kernel panic, a stalled heartbeat or changed canary (the
images check both and fail), or a run that does not end in time.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGES = [
    # image, directory in the build, hard timeout (s)
    ("soak_syscall_fuzz", "tests/soak", 3600),
    ("soak_isolation", "tests/soak", 1800),
    ("soak_forbidden", "tests/soak", 1800),
]


def target_of(build):
    with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("KEEL_TARGET:"):
                return line.strip().split("=", 1)[1]
    sys.exit("soak: %s is not a configured Keel build" % build)


def figures(name, log):
    """What the run did, from its console log."""
    if name == "soak_syscall_fuzz":
        m = re.findall(r"(\d+) runs, (\d+) syscalls \((\d+) ended by the watchdog, "
                       r"(\d+) not Success\), heartbeat (\d+) -> (\d+)", log)
        if m:
            runs, calls, hung, died, p0, p1 = m[-1]
            return ("%s syscalls in %s runs (%s ended by the watchdog, %s faulted or "
                    "exited early), heartbeat %s pings" % (calls, runs, hung, died,
                                                           int(p1) - int(p0)))
    else:
        faults = collections.Counter(re.findall(r"run \d+: (\w+) faulted", log))
        if faults:
            return "restarts per fault class: " + ", ".join(
                "%s %d" % kv for kv in sorted(faults.items()))
    return "no figures in the log"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("build", help="a cross build directory (build/rv32, build/m33)")
    ap.add_argument("--only", help="run just this image")
    args = ap.parse_args()
    target = target_of(args.build)
    failed = 0
    for name, sub, timeout in IMAGES:
        if args.only and name != args.only:
            continue
        elf = os.path.join(args.build, sub, name + ".elf")
        if not os.path.exists(elf):
            print("%s %s: not built here" % (target, name))
            continue
        log_path = os.path.join(args.build, sub, name + ".log")
        start = time.monotonic()
        rc = subprocess.call(
            [sys.executable, os.path.join(HERE, "qemu_run.py"), "--target", target,
             "--elf", elf, "--timeout", str(timeout), "--log", log_path, "--quiet",
             "--expect", "PASS"])
        with open(log_path, encoding="utf-8", errors="replace") as f:
            log = f.read()
        panic = "PANIC" in log
        ok = rc == 0 and not panic
        failed += not ok
        print("%s %s: %s in %.0f s: %s" % (target, name, "passed" if ok else
                                           "FAILED (exit %d%s)" % (rc, ", kernel panic"
                                                                   if panic else ""),
                                           time.monotonic() - start, figures(name, log)))
        if not ok:
            print("  log: %s" % log_path)
            for line in log.splitlines()[-8:]:
                print("  | " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
