#!/usr/bin/env python3
"""The build step (and test) of an image CMake could not set up (keel_failing_image in
keel.cmake): says why on stderr, exactly as the generator says it, and fails.

    failing_image.py NAME --message TEXT
    failing_image.py NAME --sysgen KEEL_SYSGEN --target BOARD --config CONFIG
"""
import argparse
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("name")
    ap.add_argument("--message")
    ap.add_argument("--sysgen")
    ap.add_argument("--target")
    ap.add_argument("--config")
    a = ap.parse_args()
    if a.message:
        print(a.message, file=sys.stderr)
        return 1
    # The generator's own message (stderr untouched); the process list is not needed.
    r = subprocess.run([a.sysgen, "--target", a.target, "--list", a.config],
                       stdout=subprocess.DEVNULL)
    if r.returncode == 0:
        # Fixed since CMake last ran and CMake did not notice (it re-runs when the
        # config file changes, so the generator itself changed).
        print("keel_system_image(%s): %s is valid now; re-run CMake to build it"
              % (a.name, a.config), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
