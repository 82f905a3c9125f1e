#!/usr/bin/env python3
"""A newcomer's first hour, scripted: a fresh clone of this repository (its committed
HEAD), then what README and doc/writing-a-system.md tell a new user to do:

    ./keel help, ./keel list, ./keel new demo, ./keel run demo rv32, ./keel run demo m33

then a C error and a config error in the new system. Each time `./keel run` runs on a
terminal (a pty), and what stays visible there must begin with the compiler's or the
generator's own message, exactly as that tool prints it when run by hand; and the
config error must not stop another image from building. .ci/run runs this after
`./keel test`; it takes about a minute (two presets configured, one small image built
per target).

    newcomer_check.py [--source REPO] [--keep]
"""
import argparse
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BOARDS = {"rv32": "qemu_virt_riscv32", "m33": "mps2_an505"}


class Newcomer:
    def __init__(self, clone):
        self.clone = clone
        self.failures = []

    def fail(self, what):
        print("FAIL: " + what, flush=True)
        self.failures.append(what)

    def keel(self, *args, timeout=600):
        """./keel ARGS with stdin, stdout and stderr on a new pty, as typed in a
        terminal; returns (exit code, what the terminal shows)."""
        master, slave = pty.openpty()
        p = subprocess.Popen(["./keel"] + list(args), cwd=self.clone, stdin=slave,
                             stdout=slave, stderr=slave, start_new_session=True)
        os.close(slave)
        chunks = []
        while True:
            ready, _, _ = select.select([master], [], [], timeout)
            if not ready:
                p.kill()
                self.fail("./keel %s: no output for %d s" % (" ".join(args), timeout))
                break
            try:
                data = os.read(master, 65536)
            except OSError:  # the pty closed: every writer is gone
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        code = p.wait()
        return code, visible("".join(c.decode("utf-8", "replace") for c in chunks))

    def expect(self, args, code, *texts):
        got, screen = self.keel(*args)
        print("$ ./keel %s  -> %d" % (" ".join(args), got), flush=True)
        if got != code:
            self.fail("./keel %s exited %d, expected %d:\n%s"
                      % (" ".join(args), got, code, screen))
        for t in texts:
            if t not in screen:
                self.fail("./keel %s: %r not shown:\n%s" % (" ".join(args), t, screen))
        return screen

    def first_on_screen(self, args, message, what):
        """./keel ARGS fails, and the screen begins with MESSAGE, line for line."""
        screen = self.expect(args, 1)
        if not message.strip():
            self.fail("%s: the tool printed nothing by hand" % what)
        elif not screen.startswith(message):
            self.fail("%s: the screen does not begin with the tool's own message\n"
                      "--- the tool, run by hand ---\n%s--- ./keel %s ---\n%s"
                      % (what, message, " ".join(args), screen))


def visible(raw):
    """What a terminal shows once RAW is written to it: the pty's \\r\\n made \\n, and of
    each line only what follows its last carriage return (a progress line rewritten
    in place and erased with \\r ESC[K leaves nothing)."""
    raw = raw.replace("\r\n", "\n")
    lines = []
    for line in raw.split("\n"):
        line = line.split("\r")[-1]
        lines.append(re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", line))
    return "\n".join(lines)


def compiler_message(clone, preset, source):
    """The compiler's message for SOURCE, from its command in the compile database."""
    with open(os.path.join(clone, "build", preset, "compile_commands.json")) as f:
        for entry in json.load(f):
            if os.path.realpath(entry["file"]) == os.path.realpath(source):
                r = subprocess.run(entry["command"], shell=True, cwd=entry["directory"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True)
                return r.stderr
    return ""


def generator_message(clone, preset, config):
    sysgen = os.path.join(clone, "build", preset, "host-tools", "keel-sysgen")
    r = subprocess.run([sysgen, "--target", BOARDS[preset], "--list", config],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return r.stderr


def edit(path, old, new):
    with open(path) as f:
        text = f.read()
    if old not in text:
        raise SystemExit("%s no longer holds %r: update this test" % (path, old))
    with open(path, "w") as f:
        f.write(text.replace(old, new, 1))
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", default=os.path.dirname(os.path.dirname(HERE)))
    ap.add_argument("--keep", action="store_true", help="keep the clone")
    a = ap.parse_args()

    work = tempfile.mkdtemp(prefix="keel-newcomer-")
    clone = os.path.join(work, "keel")
    subprocess.run(["git", "clone", "--quiet", a.source, clone], check=True)
    n = Newcomer(clone)

    n.expect(["help"], 0, "usage: ./keel COMMAND", "new NAME")
    n.expect(["list"], 0, "rv32 (qemu_virt_riscv32)", "m33 (mps2_an505)", "sensors",
             "adventure")
    n.expect(["new", "demo"], 0, "created systems/demo/system.json5")
    for preset in BOARDS:
        n.expect(["run", "demo", preset], 0, "hello from demo", "slept ")

    source = os.path.join(clone, "systems", "demo", "demo.c")
    config = os.path.join(clone, "systems", "demo", "system.json5")
    for preset in BOARDS:
        good = edit(source, 'KEEL_INF("hello from demo");',
                    'KEEL_INF("hello from demo");\n\t(void)not_declared;')
        n.first_on_screen(["run", "demo", preset],
                          compiler_message(clone, preset, source),
                          "a C error on %s" % preset)
        with open(source, "w") as f:
            f.write(good)

        good = edit(config, "ram_size_bytes", "ram_size_byte")
        n.first_on_screen(["run", "demo", preset],
                          generator_message(clone, preset, config),
                          "a config error on %s" % preset)
        # The broken config stops its own image only.
        n.expect(["size", "sensors", preset], 0, "sensor")
        with open(config, "w") as f:
            f.write(good)
    n.expect(["run", "demo", "rv32"], 0, "hello from demo")

    if a.keep or n.failures:
        print("the clone is kept in %s" % clone)
    else:
        shutil.rmtree(work, ignore_errors=True)
    print("newcomer: %d failed" % len(n.failures))
    return 1 if n.failures else 0


if __name__ == "__main__":
    sys.exit(main())
