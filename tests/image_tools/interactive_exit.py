#!/usr/bin/env python3
"""An interactive run (qemu_run.py --interactive, what ./keel run uses) reports how it
ended: Ctrl-A X typed once the kernel is up gives 130, and a guest that ends itself
keeps its own code (0 for one that passes), so a quit is never taken for a pass.

    interactive_exit.py QEMU_RUN TARGET LONG_ELF SHORT_ELF
LONG_ELF runs until stopped; SHORT_ELF ends by itself with exit code 0."""
import os
import pty
import subprocess
import sys
import time

BANNER = b"Keel kernel on "


def run(qemu_run, target, elf, quit_after_banner):
    # A terminal for stdin, as a person has: a pipe would be piped input, which the
    # runner sends on and ends with Ctrl-D instead.
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, qemu_run, "--target", target, "--elf", elf, "--interactive"],
        stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    os.close(slave)
    seen = b""
    sent = False
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        chunk = os.read(proc.stdout.fileno(), 4096)
        if not chunk:
            break
        seen += chunk
        if quit_after_banner and not sent and BANNER in seen:
            os.write(master, b"\x01x")  # Ctrl-A X: QEMU's own quit key
            sent = True
    else:
        proc.kill()
        os.close(master)
        print(seen.decode("utf-8", "replace"))
        sys.exit("interactive_exit: %s did not end within 60 s" % elf)
    code = proc.wait()
    os.close(master)
    if quit_after_banner and not sent:
        print(seen.decode("utf-8", "replace"))
        sys.exit("interactive_exit: %s ended (%d) before its banner" % (elf, code))
    return code, seen


def main():
    qemu_run, target, long_elf, short_elf = sys.argv[1:5]
    failed = False
    code, seen = run(qemu_run, target, long_elf, True)
    if code != 130:
        print(seen.decode("utf-8", "replace")[-2000:])
        print("FAIL: Ctrl-A X gave exit code %d, expected 130" % code)
        failed = True
    else:
        print("ok: Ctrl-A X gives 130")
    code, seen = run(qemu_run, target, short_elf, False)
    if code != 0:
        print(seen.decode("utf-8", "replace")[-2000:])
        print("FAIL: a guest that passes gave exit code %d interactively, expected 0" % code)
        failed = True
    else:
        print("ok: a guest that passes gives 0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
