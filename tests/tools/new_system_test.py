#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""tools/new_system.py on the host: what it writes, and the names it refuses (that the
written system builds and runs is the rv32 test new_system_smoke)."""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "tools", "new_system.py")
failed = 0


def check(cond, what):
    global failed
    print("%s %s" % ("ok  " if cond else "FAIL", what))
    failed += not cond


def run(*args):
    return subprocess.run([sys.executable, SCRIPT] + list(args), capture_output=True, text=True)


with tempfile.TemporaryDirectory() as tmp:
    d = os.path.join(tmp, "hello_there")
    p = run("--dir", d, "hello_there")
    check(p.returncode == 0, "a new name is created (exit 0)")
    check(sorted(os.listdir(d)) == ["CMakeLists.txt", "hello_there.c", "system.json5"],
          "it writes system.json5, the app's C and CMakeLists.txt")
    with open(os.path.join(d, "CMakeLists.txt"), encoding="utf-8") as f:
        cm = f.read()
    check("keel_app(hello_there SOURCES hello_there.c)" in cm and
          "keel_system_image(hello_there CONFIG system.json5" in cm,
          "its CMakeLists.txt declares the app and the image under the new name")
    with open(os.path.join(d, "system.json5"), encoding="utf-8") as f:
        cfg = f.read()
    check('name: "hello_there"' in cfg and "kernel:" not in cfg and "arch:" not in cfg,
          "its system.json5 names the process and leaves the memory map to the target")
    p = run("--dir", d, "hello_there")
    check(p.returncode != 0 and "already exists" in p.stderr,
          "an existing directory is not overwritten")
    for bad in ("1abc", "Hello", "has-dash", "a" * 33, "keel_x", "sensors", "kernel", "boot"):
        p = run("--dir", os.path.join(tmp, "x_" + str(abs(hash(bad)))), bad)
        check(p.returncode == 2 and p.stderr.startswith("keel new: '"),
              "'%s' is refused with a reason" % bad)
    check(not any(n.startswith("x_") for n in os.listdir(tmp)), "a refused name writes nothing")

print("%d failed" % failed)
sys.exit(1 if failed else 0)
