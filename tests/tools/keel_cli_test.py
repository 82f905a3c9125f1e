#!/usr/bin/env python3
"""The cheap paths of ./keel, the repository's front door: help, list, and every usage
error, with their messages and exit codes. Nothing is built: the script under test is
copied into a scratch tree whose build/rv32 and build/m33 hold a made-up image list (a
configured build's keel_images.tsv) and a build.ninja with nothing to do, and the cross
tools it looks for are stand-ins that fail if run.

    keel_cli_test.py --keel <repo>/keel --work <scratch dir>
"""
import argparse
import os
import shutil
import stat
import subprocess
import sys

IMAGES = {
    "rv32": [("adventure", "the game, rv32 only", "examples/adventure"),
             ("ipc", "two processes and one channel", "examples/ipc"),
             ("boot", "test: the kernel alone", "tests/system/boot")],
    "m33": [("ipc", "two processes and one channel", "examples/ipc"),
            ("boot", "test: the kernel alone", "tests/system/boot")],
}
# Never run by a cheap path: here they only have to be found on PATH.
STAND_INS = ["riscv64-unknown-elf-gcc", "arm-none-eabi-gcc", "qemu-system-riscv32",
             "qemu-system-arm", "gdb-multiarch"]
# What ./keel itself runs, for the PATH that lacks the cross tools.
HOST_COMMANDS = ["bash", "env", "cmake", "ninja", "gcc", "python3", "sed", "awk", "grep",
                 "mktemp", "id", "sort", "paste", "fold", "cat", "rm", "dirname", "tee",
                 "head"]


def make_tree(keel, work):
    if os.path.exists(work):
        shutil.rmtree(work)
    root = os.path.join(work, "repo")
    os.makedirs(root)
    shutil.copy2(keel, os.path.join(root, "keel"))
    for preset, images in IMAGES.items():
        build = os.path.join(root, "build", preset)
        os.makedirs(build)
        with open(os.path.join(build, "build.ninja"), "w") as f:
            f.write("build build.ninja: phony\n")
        with open(os.path.join(build, "keel_images.tsv"), "w") as f:
            f.write("# keel_system_image()s of this build: name, description, directory\n")
            for image in images:
                f.write("\t".join(image) + "\n")
    stand_ins = os.path.join(work, "stand_ins")
    os.makedirs(stand_ins)
    for name in STAND_INS:
        path = os.path.join(stand_ins, name)
        with open(path, "w") as f:
            f.write("#!/bin/sh\necho \"stand-in $0 was run\" >&2\nexit 99\n")
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    host_only = os.path.join(work, "host_only")
    os.makedirs(host_only)
    for name in HOST_COMMANDS:
        found = shutil.which(name)
        if found:
            os.symlink(found, os.path.join(host_only, name))
    return root, stand_ins, host_only


class Checker:
    def __init__(self, root, path):
        self.root = root
        self.path = path
        self.failures = 0

    def run(self, args, code, *texts, path=None, absent=()):
        env = dict(os.environ, PATH=path or self.path, KEEL_NO_INSTALL="1")
        p = subprocess.run([os.path.join(self.root, "keel")] + args, env=env,
                           capture_output=True, text=True, timeout=120)
        out = p.stdout + p.stderr
        problems = []
        if p.returncode != code:
            problems.append("exit code %d, expected %d" % (p.returncode, code))
        for t in texts:
            if t not in out:
                problems.append("missing text %r" % t)
        for t in absent:
            if t in out:
                problems.append("unexpected text %r" % t)
        label = "./keel " + " ".join(args)
        if problems:
            self.failures += 1
            print("FAIL: %s: %s\n--- output:\n%s---" % (label, "; ".join(problems), out))
        else:
            print("ok: %s (exit %d)" % (label, p.returncode))
        return p


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--keel", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    root, stand_ins, host_only = make_tree(a.keel, a.work)
    c = Checker(root, stand_ins + os.pathsep + os.environ["PATH"])

    # Help: the overview and each command's own text, on stdout, exit 0.
    for args in (["help"], ["--help"], ["-h"]):
        p = c.run(args, 0, "usage: ./keel COMMAND", "run [IMAGE] [TARGET]", "list [TARGET]",
                  "test [-L LABEL] [PRESET]", "Exit codes:")
        if p.stderr:
            c.failures += 1
            print("FAIL: ./keel %s wrote to stderr: %r" % (" ".join(args), p.stderr))
    for cmd in ("run", "list", "test", "bench", "check", "soak", "size", "debug", "stacks",
                "trace", "setup", "doc"):
        c.run(["help", cmd], 0, "usage: ./keel " + cmd)
        c.run([cmd, "--help"], 0, "usage: ./keel " + cmd)
    c.run(["help", "run"], 0, "130", "Ctrl-A X", "3 when the kernel panicked")
    # No command: the overview, and a usage error (it used to run every test).
    c.run([], 2, "usage: ./keel COMMAND", absent=("== host ==",))

    # The image list, per target, from the build's own list.
    p = c.run(["list"], 0, "rv32 (qemu_virt_riscv32)", "m33 (mps2_an505)",
              "the game, rv32 only", "test: the kernel alone")
    m33_part = p.stdout.split("m33 (mps2_an505)", 1)[-1]
    if "adventure" in m33_part:
        c.failures += 1
        print("FAIL: ./keel list shows adventure under m33")
    p = c.run(["list", "m33"], 0, "m33 (mps2_an505)", "ipc", absent=("adventure", "rv32 ("))
    c.run(["list", "mps2_an505"], 0, "m33 (mps2_an505)", absent=("adventure",))

    # Usage errors: exit 2, a message naming what is valid, and nothing run.
    c.run(["frobnicate"], 2, "unknown command 'frobnicate'", "run, list, test", "./keel help")
    c.run(["help", "frobnicate"], 2, "unknown command 'frobnicate'")
    c.run(["run", "nosuchimage"], 2, "no image 'nosuchimage' for rv32",
          "images for rv32: adventure, boot, ipc", "./keel list rv32",
          absent=("stand-in",))
    c.run(["run", "adventure", "m33"], 2,
          "'adventure' is built for rv32 (qemu_virt_riscv32) only",
          "images for m33: boot, ipc", absent=("stand-in",))
    c.run(["size", "nosuchimage", "m33"], 2, "no image 'nosuchimage' for m33")
    c.run(["debug", "nosuchimage"], 2, "no image 'nosuchimage' for rv32")
    c.run(["stacks", "nosuchimage", "m33"], 2, "no image 'nosuchimage' for m33")
    c.run(["trace", "nosuchimage", "m33"], 2, "no image 'nosuchimage' for m33")
    for args in (["run", "ipc", "riscv"], ["list", "x86"], ["soak", "x86"],
                 ["size", "ipc", "x86"], ["test", "x86"]):
        c.run(args, 2, "unknown target '%s'" % args[-1],
              "rv32 (qemu_virt_riscv32), m33 (mps2_an505)")
    for args, extra in ((["run", "ipc", "rv32", "more"], "more"),
                        (["list", "rv32", "m33"], "m33"),
                        (["size", "ipc", "rv32", "more"], "more"),
                        (["debug", "ipc", "m33", "more"], "more"),
                        (["stacks", "ipc", "m33", "more"], "more"),
                        (["trace", "ipc", "m33", "more"], "more"),
                        (["soak", "rv32", "m33"], "m33"),
                        (["bench", "more"], "more"),
                        (["check", "more"], "more"),
                        (["setup", "more"], "more"),
                        (["doc", "more"], "more"),
                        (["test", "host", "rv32"], "rv32"),
                        (["help", "run", "more"], "more")):
        c.run(args, 2, "extra: " + extra)
    # ./keel doc without Doxygen: named, with its package.
    c.run(["doc"], 1, "needs what is missing here", "doxygen", "apt-get install -y doxygen",
          path=host_only)
    c.run(["size"], 2, "size needs an image")
    c.run(["debug"], 2, "debug needs an image")
    c.run(["stacks"], 2, "stacks needs an image")
    c.run(["trace"], 2, "trace needs an image")
    c.run(["trace", "ipc", "x86"], 2, "unknown target 'x86'")
    c.run(["test", "-L"], 2, "-L needs a label")
    c.run(["test", "--bogus"], 2, "unknown option '--bogus'")

    # A missing tool: named, with its Debian package and the apt-get line (never
    # installed here), and exit 1 before anything is configured or built.
    c.run(["run", "ipc"], 1, "needs what is missing here", "riscv64-unknown-elf-gcc",
          "qemu-system-riscv32", "apt-get install -y gcc-riscv64-unknown-elf qemu-system-misc",
          "Elsewhere", path=host_only, absent=("arm-none-eabi",))
    c.run(["list", "m33"], 1, "arm-none-eabi-gcc", "gcc-arm-none-eabi", path=host_only,
          absent=("qemu-system-arm",))

    print("keel_cli: %d failed" % c.failures)
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
