#!/usr/bin/env python3
"""The kernel trace ring, decoded: ./keel trace runs an image built with
kernel.trace_buffer_events, reads the ring the kernel dumps at shutdown (TRACE lines on
the console, kernel/trace.c) and writes a Chrome-trace JSON file that ui.perfetto.dev
opens: one track per thread named process/thread, syscalls as slices, interrupts,
faults, wakes, starts, exits and joins as instants.

    trace.py run --target T --elf IMAGE.elf [-o OUT.json] [--icount] [--timeout S]
    trace.py decode CONSOLE.log [-o OUT.json] [--text]

--text prints the events one a line instead. For the tests: --golden FILE fails
unless that text equals FILE; --smoke fails unless every thread has its track and
there is a syscall slice (a target whose times are not deterministic).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# kernel/include/k/trace.h's enum k_trace_type.
SWITCH, SYSCALL, SYSCALL_END, IRQ, TIMER, WAKE, START, EXIT, FAULT, JOIN = range(1, 11)
# kernel/include/k/kernel.h's enum k_wait_kind.
WAITS = {1: "object_wait", 2: "channel_transact", 3: "sleep", 4: "channel_respond_and_receive"}
# kernel/include/k/object.h: the handler results that are not a status.
RESULT_WORDS = {-0x80000000: "parked", -0x7fffffff: "written", -0x7ffffffe: "switched",
                -0x7ffffffd: "restart"}


class TraceError(Exception):
    pass


def header_names(path, pattern):
    """{value: name} from the `NAME = value` or `#define NAME value` lines of a header."""
    names = {}
    with open(path) as f:
        for line in f:
            m = re.match(pattern, line.strip())
            if m:
                names[int(m.group(2), 0)] = m.group(1).lower()
    return names


SYSCALLS = header_names(os.path.join(ROOT, "include/keel/syscall_ids.h"),
                        r"#define KEEL_SYS_(\w+) (0x[0-9a-fA-F]+)u")
STATUSES = header_names(os.path.join(ROOT, "include/keel/status.h"),
                        r"KEEL_(\w+) = (\d+),")


def s32(v):
    return v - (1 << 32) if v & 0x80000000 else v


def result_name(word):
    r = s32(word)
    if r in RESULT_WORDS:
        return RESULT_WORDS[r]
    if r < 0:
        return STATUSES.get(-r, "status %d" % -r)
    return "ok" if r == 0 else "ok %d" % r


def parse(lines):
    """The dump's threads, processes and events: (names {addr: name}, events, lost, hz),
    lost true when the ring wrapped."""
    names, events = {}, []
    lost = hz = None
    ended = False
    for line in lines:
        i = line.find("TRACE ")
        if i < 0:
            continue
        f = line[i:].rstrip("\r\n").split(" ")
        if f[1] == "begin":
            names, events, lost, hz, ended = {}, [], int(f[3]), int(f[4]), False
        elif f[1] == "P":
            names[int(f[2], 16)] = ("process", " ".join(f[3:]))
        elif f[1] == "T":
            names[int(f[2], 16)] = ("thread", f[3] + "/" + " ".join(f[4:]))
        elif f[1] == "E":
            # The kernel keeps the clock's low word: unwrap it (events are closer
            # together than one wrap).
            low = int(f[2], 16)
            base = events[-1][0] & ~0xffffffff if events else 0
            when = base | low
            if events and when < events[-1][0]:
                when += 1 << 32
            events.append((when, int(f[3]), int(f[4], 16), int(f[5], 16)))
        elif f[1] == "end":
            ended = True
    if hz is None:
        raise TraceError("no trace in the output: is kernel.trace_buffer_events set "
                         "in the image's system.json5?")
    if not ended:
        raise TraceError("the trace dump stopped before its end line")
    return names, events, lost, hz


def describe(names, ev):
    """(track name, what happened, details) of one event."""
    when, kind, thread, arg = ev
    who = names.get(thread, ("thread", "idle" if thread == 0 else "0x%x" % thread))[1]
    if kind == SWITCH:
        return who, "switch", ""
    if kind == SYSCALL:
        return who, "syscall", SYSCALLS.get(arg, "0x%x" % arg)
    if kind == SYSCALL_END:
        return who, "return", result_name(arg)
    if kind == IRQ:
        return who, "irq", "%d" % arg
    if kind == TIMER:
        return who, "timer", ""
    if kind == WAKE:
        wait = WAITS.get(arg & 0xff, "wait %d" % (arg & 0xff))
        word = arg >> 8
        if wait in ("channel_transact", "channel_respond_and_receive"):
            word = word - (1 << 24) if word & 0x800000 else word
            return who, "wake", "from %s: %s" % (wait, result_name(word & 0xffffffff))
        return who, "wake", "from %s: %s" % (wait, STATUSES.get(word, "0x%x" % word))
    if kind == START:
        return who, "start", "pc 0x%x" % arg
    if kind == EXIT:
        return who, "exit", "tag %d" % arg
    if kind == FAULT:
        return who, "fault", "cause 0x%x" % arg
    if kind == JOIN:
        return who, "join", names.get(arg, ("", "0x%x" % arg))[1]
    return who, "event %d" % kind, "0x%x" % arg


def text(names, events, lost):
    """One line an event, without times or addresses: what a golden file can hold."""
    out = ["older events lost: %s" % ("yes" if lost else "no")]
    prev = None
    for ev in events:
        if prev is not None and ev[0] < prev:
            raise TraceError("time goes backwards at %r" % (ev,))
        prev = ev[0]
        who, what, detail = describe(names, ev)
        if what == "start":
            detail = ""
        out.append(" ".join(x for x in (who, what, detail) if x))
    return "\n".join(out) + "\n"


def chrome(names, events, hz):
    """The Chrome trace-event JSON: pid 1 is the system, one tid a thread."""
    tids = {}
    out = [{"ph": "M", "pid": 1, "name": "process_name", "args": {"name": "Keel"}}]

    def tid(thread):
        if thread not in tids:
            tids[thread] = len(tids) + 1
            name = names.get(thread, ("thread", "kernel (idle)" if thread == 0 else
                                      "0x%x" % thread))[1]
            out.append({"ph": "M", "pid": 1, "tid": tids[thread], "name": "thread_name",
                        "args": {"name": name}})
        return tids[thread]

    open_call = {}
    running = None
    for ev in events:
        when, kind, thread, arg = ev
        ts = when * 1e6 / hz
        who, what, detail = describe(names, ev)
        if kind == SWITCH:
            # Running time as a slice on the thread's own track.
            if running is not None:
                out.append({"ph": "E", "pid": 1, "tid": tid(running), "ts": ts})
            running = thread
            out.append({"ph": "B", "pid": 1, "tid": tid(thread), "ts": ts,
                        "name": "idle" if thread == 0 else "running"})
        elif kind == SYSCALL:
            open_call[thread] = detail
            out.append({"ph": "B", "pid": 1, "tid": tid(thread), "ts": ts, "name": detail,
                        "cat": "syscall"})
        elif kind == SYSCALL_END:
            if thread in open_call:
                del open_call[thread]
                out.append({"ph": "E", "pid": 1, "tid": tid(thread), "ts": ts,
                            "args": {"result": detail}})
        else:
            name = what + (" " + detail if detail else "")
            out.append({"ph": "i", "pid": 1, "tid": tid(thread), "ts": ts, "name": name,
                        "s": "t", "cat": what})
    return {"traceEvents": out, "displayTimeUnit": "ns"}


def write_outputs(lines, out, as_text):
    names, events, lost, hz = parse(lines)
    if as_text:
        data = text(names, events, lost)
    else:
        data = json.dumps(chrome(names, events, hz), indent=0) + "\n"
    if out:
        with open(out, "w") as f:
            f.write(data)
        if not as_text:
            print("trace: %d events%s -> %s; open it in https://ui.perfetto.dev"
                  % (len(events), " (the ring wrapped: older ones are lost)" if lost else "",
                     out))
    else:
        sys.stdout.write(data)


def check_golden(lines, golden):
    names, events, lost, hz = parse(lines)
    got = text(names, events, lost)
    with open(golden) as f:
        want = f.read()
    if got == want:
        print("trace: %d events as %s" % (len(events), golden))
        return 0
    import difflib
    sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                               golden, "decoded"))
    return 1


def check_smoke(lines):
    names, events, lost, hz = parse(lines)
    trace = chrome(names, events, hz)["traceEvents"]
    tracks = {e["args"]["name"] for e in trace if e.get("name") == "thread_name"}
    threads = {n for kind, n in names.values() if kind == "thread"}
    slices = [e for e in trace if e.get("cat") == "syscall"]
    print("trace: %d events, tracks %s, %d syscall slices" %
          (len(events), sorted(tracks), len(slices)))
    if not threads or not threads <= tracks or not slices:
        print("trace: a thread without its track, or no syscall slice", file=sys.stderr)
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run an image and decode its trace")
    r.add_argument("--target", required=True)
    r.add_argument("--elf", required=True)
    r.add_argument("--icount", action="store_true")
    r.add_argument("--timeout", type=float, default=60.0)
    r.add_argument("--expect-exit", type=int, default=None, metavar="N",
                   help="fail unless the guest exits with N (default: any code)")
    r.add_argument("--golden", help="fail unless the events as text equal this file")
    r.add_argument("--smoke", action="store_true",
                   help="fail unless every thread has a track and a syscall slice is there")
    d = sub.add_parser("decode", help="decode a console log holding a trace dump")
    d.add_argument("log")
    for p in (r, d):
        p.add_argument("-o", "--out", help="output file (default: stdout)")
        p.add_argument("--text", action="store_true", help="events as text lines")
    a = ap.parse_args()
    try:
        if a.cmd == "decode":
            with open(a.log, errors="replace") as f:
                write_outputs(f.readlines(), a.out, a.text)
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            log = os.path.join(tmp, "console.log")
            cmd = [sys.executable, os.path.join(ROOT, "tools/qemu_run.py"), "--target",
                   a.target, "--elf", a.elf, "--timeout", str(a.timeout), "--log", log,
                   "--quiet"]
            if a.icount:
                cmd.append("--icount")
            rc = subprocess.run(cmd).returncode
            if a.expect_exit is not None and rc != a.expect_exit:
                print("trace: the image exited with %d, not %d" % (rc, a.expect_exit),
                      file=sys.stderr)
                return 1
            with open(log, errors="replace") as f:
                lines = f.readlines()
            if a.golden:
                return check_golden(lines, a.golden)
            if a.smoke:
                return check_smoke(lines)
            write_outputs(lines, a.out, a.text)
        return 0
    except (TraceError, OSError) as e:
        print("trace: %s" % e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
