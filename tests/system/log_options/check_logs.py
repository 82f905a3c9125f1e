#!/usr/bin/env python3
"""Runs a log_options image and checks its console: the process configured with
log_level "WRN" and log_timestamps shows only its warning and error, each after the
time since boot ("S.uuuuuu"), the second a quarter second or more after the first; the
other process shows all four levels and no time.

    check_logs.py TARGET IMAGE.elf
"""
import os
import re
import subprocess
import sys
import tempfile

RUN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tools",
                   "qemu_run.py")
TIME = r"(\d+)\.(\d{6}) "


def main():
    target, elf = sys.argv[1:3]
    with tempfile.NamedTemporaryFile(suffix=".log") as log:
        p = subprocess.run([sys.executable, RUN, "--target", target, "--elf", elf,
                            "--timeout", "30", "--quiet", "--log", log.name],
                           capture_output=True, text=True, timeout=60)
        text = open(log.name, encoding="utf-8", errors="replace").read()
    lines = text.splitlines()
    failures = [] if p.returncode == 0 else ["exit code %d" % p.returncode]
    quiet = [ln for ln in lines if ln.startswith("[quiet] ")]
    chatty = [ln for ln in lines if ln.startswith("[chatty] ")]
    want = [r"\[quiet\] " + TIME + "WRN quiet: warning 2$",
            r"\[quiet\] " + TIME + "ERR quiet: error three$"]
    times = []
    if len(quiet) != 2:
        failures.append("quiet printed %d lines, expected 2: %r" % (len(quiet), quiet))
    for pattern, line in zip(want, quiet):
        m = re.match(pattern, line)
        if not m:
            failures.append("%r does not match %r" % (line, pattern))
        else:
            times.append(int(m.group(1)) * 1000000 + int(m.group(2)))
    if len(times) == 2 and times[1] - times[0] < 250000:
        failures.append("timestamps %r are less than 0.25 s apart" % times)
    if chatty != ["[chatty] DBG chatty: debug 0", "[chatty] INF chatty: info 1",
                  "[chatty] WRN chatty: warning 2", "[chatty] ERR chatty: error three"]:
        failures.append("chatty printed %r" % chatty)
    print(text + p.stderr)
    for f in failures:
        print("check_logs: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
