#!/usr/bin/env python3
"""tools/stacks.py on the stack_depth image: each main thread's high-water mark is the
depth depth.c uses (512 and 1792 bytes) plus its few frames above (at most SLACK), the
deep one is flagged above 80 %, the shallow one not, and the static worst case is at
least the measured depth.

    check_stacks.py STACK_DEPTH.elf
"""
import json
import os
import subprocess
import sys

TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools")
DEPTH = {"shallow": 512, "deep": 1792}
SLACK = 160


def main():
    elf = sys.argv[1]
    run = [sys.executable, os.path.join(TOOLS, "stacks.py"), elf]
    rows = [json.loads(line) for line in
            subprocess.run(run + ["--json"], check=True, capture_output=True,
                           text=True, timeout=80).stdout.splitlines()]
    text = subprocess.run(run, check=True, capture_output=True, text=True,
                          timeout=80).stdout
    print(text)
    failures = []
    for r in rows:
        want = DEPTH[r["process"]]
        if not want <= r["used"] <= want + SLACK:
            failures.append("%s: used %d, expected %d..%d" % (r["process"], r["used"], want,
                                                               want + SLACK))
        # A VLA's frame is dynamic: the static figure knows only the fixed frames.
        if "static" not in r or not r["static_unsure"]:
            failures.append("%s: no static figure, or one not marked as a bound" % r["process"])
    for line in text.splitlines():
        flagged = "WARNING" in line
        for p in DEPTH:
            if line.startswith(p + " ") and flagged != (p == "deep"):
                failures.append("%s %s flagged: %r" % (p, "not" if p == "deep" else "", line))
    if len(rows) != 2:
        failures.append("expected 2 stacks, got %d" % len(rows))
    for f in failures:
        print("check_stacks: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
