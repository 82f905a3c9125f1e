#!/usr/bin/env python3
"""How deep each thread's stack went in a run of a Keel image, next to its size and the
compiler's static worst case.

    tools/stacks.py sensors rv32       (./keel stacks sensors rv32)
    tools/stacks.py path/to/image.elf --after 5    (stop a run that does not end)

The kernel fills every configured stack with 0xa5 bytes when it starts a process
(K_STACK_FILL). This runs the image under QEMU with gdb attached, stops it when the
kernel ends the run (target_exit: a debug_shutdown, a panic) or after --after seconds,
dumps each stack (the generator's memory map says where they are) and counts from the
bottom the bytes still holding the fill: the rest is the high-water mark. It can read
low by the few deepest bytes a thread wrote 0xa5 into, never high. A process restarted
during the run shows its last run only. Above 80 % of its size a stack is flagged.

The static column is the deepest path from the process's entry through its app's and
the user library's call graphs (gcc -fstack-usage -fcallgraph-info, built into every
app): '+' marks a path through an indirect call, a function of unknown size (libgcc)
or a dynamic frame, where the true figure can be larger; recursion is named.
"""
import argparse
import glob
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import debug  # noqa: E402
import size  # noqa: E402

FILL = 0xA5
WARN_PERCENT = 80
ROW = re.compile(r"^(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+0x[0-9a-f]+\s+\d+\s+(.*)$")


def read_map(elf):
    """[(process, app, thread, start, end, main)] of every configured stack."""
    path = elf[:-len(".elf")] + ".gen/memory_map.txt"
    app_of = {}
    stacks = []
    app = process = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = ROW.match(line.rstrip("\n"))
            if not m:
                continue
            start, end, use = int(m.group(1), 16), int(m.group(2), 16), m.group(3).strip()
            if use.startswith("app "):
                app = use.split()[1]
            elif use.startswith("image of process "):
                app_of[use.split()[3]] = app
            elif use.startswith("process ") and " RAM" in use:
                process = use.split()[1]
            else:
                t = re.match(r'stack of thread "(.*)"( \(main\))?', use)
                if t and process:
                    stacks.append([process, None, t.group(1), start, end, bool(t.group(2))])
    for s in stacks:
        s[1] = app_of.get(s[0])
    return [tuple(s) for s in stacks]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dump_stacks(elf, stacks, after, console):
    """{(start, end): bytes} read by gdb when the run ends (or after `after` s), and
    how it stopped."""
    target = debug.target_of(elf)
    port = free_port()
    tmp = tempfile.mkdtemp(prefix="keel-stacks-")
    cmds = ["-ex", "target remote :%d" % port, "-ex", "break target_exit",
            "-ex", "continue"]
    files = {}
    for i, (_, _, _, start, end, _) in enumerate(stacks):
        files[start, end] = os.path.join(tmp, "%d.bin" % i)
        cmds += ["-ex", "dump binary memory %s 0x%x 0x%x" % (files[start, end], start, end)]
    cmds += ["-ex", "kill"]
    qemu = debug.start_qemu(target, elf, port, console)
    gdb = None
    how = "at target_exit"
    try:
        if not debug.wait_for_port(qemu, port):
            sys.exit("stacks: QEMU did not start listening on :%d" % port)
        gdb = subprocess.Popen(["gdb-multiarch", "-q", "-nx", "-batch", elf] + cmds,
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
        try:
            gdb.wait(timeout=after)
        except subprocess.TimeoutExpired:
            # gdb stops the target on SIGINT and goes on with its commands: the dumps.
            how = "stopped after %g s" % after
            gdb.send_signal(signal.SIGINT)
            gdb.wait(timeout=30)
        out = gdb.stdout.read()
    finally:
        if gdb and gdb.poll() is None:
            gdb.kill()
            gdb.wait()
        debug.stop(qemu)
    got = {}
    for key, path in files.items():
        if os.path.exists(path):
            with open(path, "rb") as f:
                got[key] = f.read()
            os.unlink(path)
    os.rmdir(tmp)
    if len(got) != len(files):
        sys.exit("stacks: gdb read no stacks:\n" + out)
    return got, how


def high_water(data):
    """Bytes from the top of a stack down to the deepest one not holding the fill."""
    untouched = 0
    while untouched < len(data) and data[untouched] == FILL:
        untouched += 1
    return len(data) - untouched


def call_graph(dirs):
    """({function: (bytes, dynamic)}, {function: {callee}}) from gcc's .ci files."""
    frames, calls = {}, {}
    node = re.compile(r'node: \{ title: "([^"]+)" label: "[^"]*\\n(\d+) bytes \(([^)]*)\)')
    edge = re.compile(r'edge: \{ sourcename: "([^"]+)" targetname: "([^"]+)"')
    for d in dirs:
        for path in glob.glob(os.path.join(d, "**", "*.ci"), recursive=True):
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    m = node.search(line)
                    if m:
                        n, dyn = int(m.group(2)), m.group(3) != "static"
                        old = frames.get(m.group(1), (0, False))
                        frames[m.group(1)] = (max(n, old[0]), dyn or old[1])
                        continue
                    m = edge.search(line)
                    if m:
                        calls.setdefault(m.group(1), set()).add(m.group(2))
    return frames, calls


def worst_path(fn, frames, calls, seen=()):
    """(bytes, unsure, note): the deepest path from fn."""
    if fn in seen:
        return 0, True, "recursion in %s" % fn
    if fn not in frames:
        return 0, True, "" if fn == "__indirect_call" else "unknown %s" % fn
    own, dyn = frames[fn]
    best, unsure, note = 0, dyn, ""
    for callee in sorted(calls.get(fn, ())):
        n, u, why = worst_path(callee, frames, calls, seen + (fn,))
        unsure = unsure or u
        if n > best or (n == best and why and not note):
            best, note = n, why or note
    return own + best, unsure, note


def static_worst(elf, process, app):
    """The static figure of a process's main thread, or None (no call graph built)."""
    build = os.path.dirname(os.path.abspath(elf))
    image = os.path.basename(elf)[:-len(".elf")]
    preset_root = build
    while preset_root != "/" and not os.path.exists(os.path.join(preset_root, "CMakeCache.txt")):
        preset_root = os.path.dirname(preset_root)
    dirs = [os.path.join(build, "CMakeFiles", "%s_%s_objs.dir" % (image, app)),
            os.path.join(preset_root, "user"), os.path.join(preset_root, "lib")]
    frames, calls = call_graph(dirs)
    for entry in ("keel_process_entry_" + process, "keel_app_entry"):
        if entry in frames:
            return worst_path(entry, frames, calls)
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("image", help="image name (e.g. sensors) or path to <image>.elf")
    ap.add_argument("preset", nargs="?", default="rv32", choices=["m33", "rv32"],
                    help="the build to look in for an image name (default rv32)")
    ap.add_argument("--after", type=float, default=30.0, metavar="S",
                    help="stop the run after S seconds if it has not ended (default 30)")
    ap.add_argument("--console", action="store_true", help="show the run's console")
    ap.add_argument("--json", action="store_true", help="one JSON object per stack")
    a = ap.parse_args()
    elf = size.locate(a.image, a.preset)
    stacks = read_map(elf)
    if not stacks:
        sys.exit("stacks: %s configures no stacks" % elf)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, _: sys.exit(128 + signum))
    console = None if a.console else subprocess.DEVNULL
    data, how = dump_stacks(elf, stacks, a.after, console)
    rows = []
    for process, app, thread, start, end, is_main in stacks:
        used = high_water(data[start, end])
        row = {"process": process, "thread": thread, "size": end - start, "used": used,
               "percent": 100 * used // (end - start)}
        # Only the main thread's entry is known; thread_start's function is not.
        worst = static_worst(elf, process, app) if is_main else None
        if worst:
            row["static"], row["static_unsure"], row["static_note"] = worst
        rows.append(row)
    if a.json:
        for r in rows:
            print(json.dumps(r))
        return 0
    print("%s: stacks %s" % (elf, how))
    print("%-20s %-20s %6s %6s %5s  %s" % ("process", "thread", "size", "used", "", "static"))
    for r in rows:
        static = "-"
        if "static" in r:
            static = "%d%s%s" % (r["static"], "+" if r["static_unsure"] else "",
                                 " (%s)" % r["static_note"] if r["static_note"] else "")
        warn = "  WARNING: above %d %%" % WARN_PERCENT if r["percent"] > WARN_PERCENT else ""
        print("%-20s %-20s %6d %6d %4d%%  %s%s" % (r["process"], r["thread"], r["size"],
                                                  r["used"], r["percent"], static, warn))
    return 0


if __name__ == "__main__":
    sys.exit(main())
