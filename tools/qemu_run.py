#!/usr/bin/env python3
"""Run a Keel image in QEMU and turn the guest's verdict into this process's exit code.

Used by every run-, debug- and test target, so that the QEMU command line for a target
is written in one place.  Exit codes: the guest's own (SiFive test device on virt,
semihosting SYS_EXIT_EXTENDED on the AN505); 3 when the kernel panicked; 124 when the
hard timeout fires; 125 when an --expect line never appeared, a --reject text did (or
a dialog step failed). With --expect-exit N the guest's code N is success (0) and any
other code a failure. Interactively (--interactive, --gdb): 130 when QEMU was quit
from the keyboard (Ctrl-A X) rather than ended by the guest.
"""
import argparse
import os
import re
import selectors
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tokens import Detokenizer  # noqa: E402

TIMEOUT_EXIT = 124
EXPECT_EXIT = 125
# What the kernel ends the emulator with when it panics (k/target.h K_EXIT_KERNEL_PANIC).
PANIC_EXIT = 3
# Ctrl-A X: QEMU exits 0 like a guest that passed; 130 is the shell's code for a
# program a person stopped (128 + SIGINT).
QUIT_EXIT = 130
# What QEMU's character multiplexer prints when Ctrl-A X quits it (its own "\n\r").
QUIT_TEXT = b"QEMU: Terminated\n\r"

# "semihosting_console": the kernel console is semihosting output (the UART is a
# process's); it shares the terminal with the UART through one multiplexed chardev.
# "serials": the UARTs on the terminal. On the AN505 UART 0 is the kernel's console and
# UART 1 a process's (the adventure's driver): both share one multiplexed chardev.
MACHINES = {
    "qemu_virt_riscv32": {
        "qemu": "qemu-system-riscv32",
        "args": ["-M", "virt", "-bios", "none", "-m", "128M"],
        "semihosting_console": True,
        "serials": 1,
    },
    "mps2_an505": {
        "qemu": "qemu-system-arm",
        "args": ["-M", "mps2-an505", "-cpu", "cortex-m33", "-semihosting"],
        "semihosting_console": False,
        "serials": 2,
    },
}


def qemu_command(target, elf, icount, gdb_port, interactive, extra):
    m = MACHINES[target]
    cmd = [m["qemu"]] + m["args"] + ["-kernel", elf]
    if m["semihosting_console"]:
        # One stdio chardev, multiplexed between the UART and the semihosting console,
        # keeps their output in the order the guest wrote it. The UART is attached last
        # so that it has the input focus (the semihosting console reads nothing).
        # Interactive: the mux also carries the monitor, Ctrl-A X quits, Ctrl-A C
        # cycles the input: monitor, semihosting (reads nothing), UART; signal=off:
        # Ctrl-C is the program's (a line reader drops the line), not QEMU's end.
        # Captured: no monitor, no escape character (-echr 256 is no byte) and
        # signal=off, so that a test's bytes (Ctrl-A and Ctrl-C too) reach the UART.
        if interactive:
            cmd += ["-display", "none", "-chardev", "stdio,mux=on,signal=off,id=con",
                    "-semihosting-config", "enable=on,target=native,chardev=con",
                    "-mon", "chardev=con,mode=readline", "-serial", "chardev:con"]
        else:
            cmd += ["-display", "none", "-chardev", "stdio,mux=on,signal=off,id=con",
                    "-semihosting-config", "enable=on,target=native,chardev=con",
                    "-monitor", "none", "-echr", "256", "-serial", "chardev:con"]
    elif interactive:
        # What -nographic does (the UARTs and the monitor on the terminal, Ctrl-A X
        # quits), but with signal=off: Ctrl-C goes to the program, not to QEMU. The
        # last UART attached (the process's) has the input focus.
        cmd += ["-display", "none", "-chardev", "stdio,mux=on,signal=off,id=con",
                "-mon", "chardev=con,mode=readline"]
        cmd += ["-serial", "chardev:con"] * m["serials"]
    else:
        # No monitor on stdio and no escape character: a test's input must reach the
        # process's UART unaltered (Ctrl-A too).
        cmd += ["-display", "none", "-chardev", "stdio,mux=on,signal=off,id=con",
                "-monitor", "none", "-echr", "256"]
        cmd += ["-serial", "chardev:con"] * m["serials"]
    if icount:
        # Deterministic: one instruction per virtual ns, no host-time coupling.
        cmd += ["-icount", "shift=0,align=off,sleep=off"]
    if gdb_port:
        cmd += ["-S", "-gdb", "tcp::%d" % gdb_port]
    return cmd + extra


ADDR2LINE = {"qemu_virt_riscv32": "riscv64-unknown-elf-addr2line",
             "mps2_an505": "arm-none-eabi-addr2line"}
# Only the kernel's own line, from its start: a process's log lines start "[<process>] ".
FAULT_LINE = re.compile(rb"\[kernel\] ERR fault: process '([\w.-]+)' thread '[^']*' pc (0x[0-9a-fA-F]+) ")

# The kernel prints a fault's cause as a number and leaves the words to the host (they
# cost the kernel's flash): a fault line that ends at its fields, or a kernel thread's
# panic line without words, gets them here. The words of a cause the number alone does
# not tell (an M33 SecureFault, a fault with no status, a frame outside the stack) the
# kernel prints itself, and those lines pass as they are.
RV32_CAUSES = {0: "instruction address misaligned", 1: "instruction access fault",
               2: "illegal instruction", 3: "breakpoint", 4: "load address misaligned",
               5: "load access fault", 6: "store address misaligned", 7: "store access fault"}
# CFSR bits by number, the lowest set one named (a failed stacking, bit 4 or 12, comes
# before the fault being stacked). Left out as in the kernel: lazy FP stacking (no
# process has FP) and divide by zero (CCR.DIV_0_TRP stays clear).
M33_CFSR_BITS = [(0, "MemManage: instruction access violation"),
                 (1, "MemManage: data access violation"), (3, "MemManage: unstacking failed"),
                 (4, "MemManage: stacking failed"), (8, "BusFault: instruction bus error"),
                 (9, "BusFault: precise data bus error"),
                 (10, "BusFault: imprecise data bus error"), (11, "BusFault: unstacking failed"),
                 (12, "BusFault: stacking failed"), (16, "UsageFault: undefined instruction"),
                 (17, "UsageFault: invalid state"), (18, "UsageFault: invalid exception return"),
                 (19, "UsageFault: no coprocessor"), (20, "UsageFault: stack overflow (PSPLIM)"),
                 (24, "UsageFault: unaligned access")]
# HFSR's FORCED and DEBUGEVT: a thread's bkpt escalated to a HardFault (no debugger).
M33_HFSR_BREAKPOINT = 0xC0000000


def cause_words(target, cause):
    """A fault's cause (rv32: mcause; M33: CFSR, ORed with HFSR for a HardFault) in words."""
    if target == "mps2_an505":
        for bit, words in M33_CFSR_BITS:
            if cause >> bit & 1:
                return words
        return "HardFault: breakpoint" if cause & M33_HFSR_BREAKPOINT else "HardFault: fault"
    return RV32_CAUSES.get(cause, "exception")


WORDLESS_FAULT = re.compile(rb"(\[kernel\] ERR fault: process '[^']*' thread '[^']*' "
                            rb"pc 0x[0-9a-fA-F]+ cause (\d+) addr 0x[0-9a-fA-F]+)"
                            rb"((?: \(stack overflow\))?\r?\n)$")
WORDLESS_KTHREAD = re.compile(rb"(\[kernel\] ERR PANIC: kernel thread (?:(?!: ).)*)"
                              rb"( \(cause ([0-9a-fA-F]+), pc [0-9a-fA-F]+, "
                              rb"address [0-9a-fA-F]+\)\r?\n)$")
# The starts of those lines: a line that may still become one is held until it ends.
WORDLESS_STARTS = (b"[kernel] ERR fault: ", b"[kernel] ERR PANIC: kernel thread ")


def may_need_words(start):
    return any(start[:len(p)] == p[:len(start)] for p in WORDLESS_STARTS)


def with_words(target, line):
    """line, a whole console line, with its fault's cause in words if it has none."""
    m = WORDLESS_FAULT.match(line)
    if m:
        words = cause_words(target, int(m.group(2)))
        return m.group(1) + b": " + words.encode() + m.group(3)
    m = WORDLESS_KTHREAD.match(line)
    if m:
        words = cause_words(target, int(m.group(3), 16))
        return m.group(1) + b": " + words.encode() + m.group(2)
    return line


class FaultSymbolizer:
    """Turns the kernel's fault lines into what and where they happened: the cause in
    words (above), then the faulting pc looked up in the process's own ELF,
    <image>_<process>.elf beside <image>.elf, with the cross addr2line (-i: a pc in
    inlined code also names the functions around it)."""

    def __init__(self, target, elf):
        self.target = target
        self.tool = ADDR2LINE[target]
        self.prefix = os.path.splitext(elf)[0] + "_"
        self.partial = b""
        self.held = None  # the start of a line that may need words, not yet passed on
        self.cache = {}  # a soak faults the same pcs thousands of times

    def feed(self, chunk):
        """Console bytes in, the same bytes out with the words put into each fault line
        and the place inserted after it. Only a line that may still become a kernel
        fault line is held back until its end (the kernel always ends its lines); any
        other text, a prompt without a newline included, passes at once."""
        out = b""
        for piece in chunk.splitlines(keepends=True):
            if self.held is None and not self.partial:
                self.held = b""
            # Only a line's start can match: a long line without a newline is cut.
            self.partial = (self.partial + piece)[:512]
            if self.held is not None:
                self.held += piece
                if piece.endswith(b"\n"):
                    out += with_words(self.target, self.held)
                    self.held = None
                elif not may_need_words(self.held) or len(self.held) >= 512:
                    out += self.held
                    self.held = None
            else:
                out += piece
            if piece.endswith(b"\n"):
                m = FAULT_LINE.match(self.partial)
                if m:
                    out += self.where(m.group(1).decode(), m.group(2).decode())
                self.partial = b""
        return out

    def flush(self):
        """A line still held back when the output ends, as it came."""
        rest, self.held = self.held or b"", None
        return rest

    def where(self, process, pc):
        if (process, pc) not in self.cache:
            self.cache[process, pc] = self.lookup(process, pc)
        return self.cache[process, pc]

    def lookup(self, process, pc):
        elf = self.prefix + process + ".elf"
        if not os.path.exists(elf):
            return b""
        try:
            out = subprocess.run([self.tool, "-f", "-i", "-s", "-e", elf, pc],
                                 capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return b""
        rows = out.splitlines()
        text = ""
        for i in range(0, len(rows) - 1, 2):
            func, place = rows[i], rows[i + 1]
            if func == "??":
                break  # a pc outside the process's code (a jump into RAM)
            text += "  %s %s (%s)\n" % ("at" if not text else "inlined into", func, place)
        return text.encode()


class ConsoleFilter:
    """What the console's bytes go through on their way to the terminal, the log and
    the checks: tokenized log messages back into text (when the image's ELF holds a
    token database and --raw is not given), then the places of fault lines."""

    def __init__(self, target, elf, detokenize=True):
        self.detok = Detokenizer.from_elf(elf) if detokenize else None
        self.symbolizer = FaultSymbolizer(target, elf)

    def feed(self, chunk):
        if self.detok:
            chunk = self.detok.feed(chunk)
        return self.symbolizer.feed(chunk)

    def flush(self):
        """What a message cut short at the end still held back."""
        rest = self.symbolizer.feed(self.detok.flush()) if self.detok else b""
        return rest + self.symbolizer.flush()


def run_symbolized(cmd, symbolizer):
    """Run QEMU on this terminal (its input, Ctrl-A X included, goes straight to QEMU)
    with only its output passing through here, for the places of fault lines. QEMU
    exits 0 both when the guest passes and when Ctrl-A X quits it; the quit is told
    apart by the text QEMU itself writes last."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    out = sys.stdout.buffer
    tail = b""
    while True:
        try:
            chunk = os.read(proc.stdout.fileno(), 4096)
        except KeyboardInterrupt:
            continue  # QEMU got the Ctrl-C too and decides what it means
        if not chunk:
            break
        tail = (tail + chunk)[-len(QUIT_TEXT):]
        try:
            out.write(symbolizer.feed(chunk))
            out.flush()
        except BrokenPipeError:
            out = open(os.devnull, "wb")
    try:
        out.write(symbolizer.flush())
        out.flush()
    except BrokenPipeError:
        pass
    code = proc.wait()
    if code == 0 and tail == QUIT_TEXT:
        return QUIT_EXIT
    return code


# What a terminal sends for Ctrl-D: the UART has no other way to say the input ended.
END_OF_INPUT = "\x04"


def parse_dialog(path):
    """A dialog file: lines 'expect: TEXT', 'send: TEXT' (a newline is appended),
    'sendraw: TEXT' (Python escapes, no newline), '# comment'."""
    steps = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            kind, sep, text = line.partition(": ")
            if not sep or kind not in ("expect", "send", "sendraw"):
                sys.exit("%s:%d: expected 'expect: ', 'send: ' or 'sendraw: '" % (path, lineno))
            if kind == "send":
                text += "\n"
            elif kind == "sendraw":
                text = text.encode("utf-8").decode("unicode_escape")
            steps.append((kind, text))
    return steps


def run_captured(cmd, timeout, log_path, expects, rejects, dialog, echo, symbolizer=None):
    """Run QEMU with pipes, copy the console to stdout and the log, follow the dialog;
    where a process faulted goes after its fault line (symbolizer)."""
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    log = open(log_path, "wb") if log_path else None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    seen = b""
    step = 0
    search_from = 0
    failed_step = None
    deadline = time.monotonic() + timeout
    timed_out = False

    def advance():
        nonlocal step, search_from
        while step < len(dialog):
            kind, text = dialog[step]
            if kind == "expect":
                at = seen.find(text.encode(), search_from)
                if at < 0:
                    return
                search_from = at + len(text)
            elif kind == "started":
                if not seen:
                    return
            else:
                try:
                    proc.stdin.write(text.encode())
                    proc.stdin.flush()
                except BrokenPipeError:
                    return
            step += 1

    advance()
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            break
        events = sel.select(min(left, 0.5))
        if not events:
            if proc.poll() is not None:
                break
            continue
        chunk = os.read(proc.stdout.fileno(), 4096)
        if not chunk:
            break
        if symbolizer:
            chunk = symbolizer.feed(chunk)
        seen += chunk
        if echo:
            try:
                sys.stdout.buffer.write(chunk)
                sys.stdout.flush()
            except BrokenPipeError:
                echo = False  # the reader went away (| head): keep running the guest
        if log:
            log.write(chunk)
            log.flush()  # a run killed from outside still leaves its log
        advance()
    rest = symbolizer.flush() if symbolizer else b""
    if rest:
        seen += rest
        if echo:
            try:
                sys.stdout.buffer.write(rest)
                sys.stdout.flush()
            except BrokenPipeError:
                pass
        if log:
            log.write(rest)
        advance()
    if timed_out:
        os.killpg(proc.pid, signal.SIGKILL)
    try:
        code = proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        code = proc.wait()
    if log:
        log.close()
    if step < len(dialog):
        failed_step = dialog[step]
    text = seen.decode("utf-8", "replace")
    if timed_out:
        print("\nqemu_run: timeout after %gs" % timeout, file=sys.stderr)
        if failed_step:
            print("qemu_run: dialog stuck at %s: %r" % failed_step, file=sys.stderr)
        return TIMEOUT_EXIT
    if failed_step:
        print("\nqemu_run: dialog step not reached: %s: %r" % failed_step, file=sys.stderr)
        return EXPECT_EXIT
    pos = 0
    for e in expects:
        at = text.find(e, pos)
        if at < 0:
            print("\nqemu_run: expected line not seen (in order): %r" % e, file=sys.stderr)
            return EXPECT_EXIT
        pos = at + len(e)
    for r in rejects:
        if r in text:
            print("\nqemu_run: text that must not appear did: %r" % r, file=sys.stderr)
            return EXPECT_EXIT
    if code < 0:
        print("\nqemu_run: qemu killed by signal %d" % -code, file=sys.stderr)
        return 126
    return code


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--target", required=True, choices=sorted(MACHINES))
    ap.add_argument("--elf", required=True)
    ap.add_argument("--timeout", type=float, default=60.0, help="hard limit in seconds")
    ap.add_argument("--log", help="write the console output to this file")
    ap.add_argument("--expect", action="append", default=[],
                    help="text that must appear in the output (in the order given)")
    ap.add_argument("--reject", action="append", default=[],
                    help="text that must not appear anywhere in the output (Python "
                    "escapes such as \\n and \\x1b are decoded)")
    ap.add_argument("--dialog", help="file of expect:/send: steps driving the UART")
    ap.add_argument("--input", help="bytes of this file are sent to the UART at start, "
                    "then an end of input (Ctrl-D, as a terminal would send it)")
    ap.add_argument("--expect-exit", type=int, default=0, metavar="N",
                    help="the guest exit code that means success (default 0)")
    ap.add_argument("--icount", action="store_true", help="deterministic instruction counting")
    ap.add_argument("--gdb", type=int, metavar="PORT", help="stop at reset, wait for gdb")
    ap.add_argument("--interactive", action="store_true",
                    help="the UART is this terminal (Ctrl-A X quits)")
    ap.add_argument("--quiet", action="store_true", help="do not copy the console to stdout")
    ap.add_argument("--raw", action="store_true",
                    help="leave tokenized log messages ($...) as they came")
    ap.add_argument("--print-command", action="store_true")
    ap.add_argument("extra", nargs="*", help="more QEMU arguments (after --)")
    a = ap.parse_args()

    cmd = qemu_command(a.target, a.elf, a.icount, a.gdb, a.interactive or a.gdb, a.extra)
    if a.print_command:
        print(" ".join(cmd))
        return 0
    if a.gdb:
        print("qemu_run: waiting for gdb on tcp::%d; in another terminal:\n"
              "  gdb-multiarch %s -ex 'target remote :%d' -ex 'break k_entry' -ex continue"
              % (a.gdb, a.elf, a.gdb), file=sys.stderr)
    piped = None
    if a.interactive and not a.gdb and not sys.stdin.isatty():
        # `echo look | ./keel run`: the UART has no end of file, so a pipe's end would
        # leave the guest waiting forever; it is sent on as a terminal's Ctrl-D instead.
        piped = sys.stdin.buffer.read().decode("utf-8", "replace")
        cmd = qemu_command(a.target, a.elf, a.icount, None, False, a.extra)
    elif a.interactive or a.gdb:
        # The terminal belongs to QEMU; the timeout does not apply to a person.
        return run_symbolized(cmd, ConsoleFilter(a.target, a.elf, not a.raw))
    dialog = parse_dialog(a.dialog) if a.dialog else []
    if a.input:
        with open(a.input, encoding="utf-8") as f:
            piped = f.read()
    if piped is not None:
        # Sent while the guest boots (its first output shows QEMU has given the UART the
        # input; bytes sent before that may reach the semihosting console instead).
        dialog[0:0] = [("started", ""), ("sendraw", piped + END_OF_INPUT)]
    rejects = [r.encode("utf-8").decode("unicode_escape") for r in a.reject]
    code = run_captured(cmd, a.timeout, a.log, a.expect, rejects, dialog, not a.quiet,
                        ConsoleFilter(a.target, a.elf, not a.raw))
    if code == PANIC_EXIT:
        print("\nqemu_run: kernel panic (exit code %d)" % code, file=sys.stderr)
    if a.expect_exit == 0:
        return code
    if code == a.expect_exit:
        return 0
    if code in (TIMEOUT_EXIT, EXPECT_EXIT, 126):
        return code
    print("qemu_run: exit code %d, expected %d" % (code, a.expect_exit), file=sys.stderr)
    return code if code else 1


if __name__ == "__main__":
    sys.exit(main())
