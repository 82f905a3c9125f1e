#!/usr/bin/env python3
"""Debug a Keel image with gdb: QEMU stops at reset and waits (tools/qemu_run.py --gdb),
gdb-multiarch starts with the kernel's ELF, the image's <image>.gdb (every process's
symbols, written by the build) and the connection made, so `break k_main` and `break
<function of a process>` both work. Quitting gdb ends QEMU.

    tools/debug.py ipc rv32          (./keel debug ipc rv32)
    tools/debug.py path/to/ipc.elf m33 --port 1235 -- -ex 'break k_main'
                                     (after --: more gdb arguments)

The UART goes to this terminal, interleaved with gdb's own output.
"""
import argparse
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import size  # noqa: E402  (finds an image under build/<preset>)

def target_of(elf):
    """The board an image was generated for, from its memory map's heading."""
    with open(elf[:-len(".elf")] + ".gen/memory_map.txt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("# memory map for "):
                return line.split()[4].rstrip(";")
    sys.exit("debug: no target named in the memory map of %s" % elf)


def start_qemu(target, elf, port, output):
    """QEMU halted at reset, waiting for gdb on port; its own session, so that it and
    the emulator it runs can be ended together."""
    return subprocess.Popen(
        [sys.executable, os.path.join(HERE, "qemu_run.py"), "--target", target, "--elf", elf,
         "--gdb", str(port)],
        stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
        start_new_session=True)


def gdb_command(elf, port, extra):
    script = elf[:-len(".elf")] + ".gdb"
    if not os.path.exists(script):
        sys.exit("debug: %s is missing (rebuild the image)" % script)
    return (["gdb-multiarch", "-q", "-nx", elf, "-x", script,
             "-ex", "target remote :%d" % port] + extra)


def wait_for_port(qemu, port, seconds=10):
    """QEMU listens a moment after it starts: gdb's first connect must not miss it."""
    import socket
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and qemu.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            # That probe was gdb's one connection: QEMU takes the next one too.
            return True
        except OSError:
            time.sleep(0.1)
    return False


def stop(qemu):
    if qemu.poll() is None:
        os.killpg(qemu.pid, signal.SIGTERM)
        try:
            qemu.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(qemu.pid, signal.SIGKILL)
            qemu.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("image", help="image name (e.g. ipc) or path to <image>.elf")
    ap.add_argument("preset", nargs="?", default="rv32", choices=["m33", "rv32"],
                    help="the build to look in for an image name (default rv32)")
    ap.add_argument("--port", type=int, default=1234)
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    a = ap.parse_args(argv[:len(argv) - len(extra) - (1 if "--" in argv else 0)])
    elf = size.locate(a.image, a.preset)
    # Ended from outside (a closed terminal, a test's timeout): still end QEMU and gdb.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, _: sys.exit(128 + signum))
    qemu = start_qemu(target_of(elf), elf, a.port, None)
    gdb = None
    try:
        if not wait_for_port(qemu, a.port):
            sys.exit("debug: QEMU did not start listening on :%d" % a.port)
        # gdb gets Ctrl-C (to stop the target); QEMU, in its own session, does not.
        gdb = subprocess.Popen(gdb_command(elf, a.port, extra))
        while True:
            try:
                return gdb.wait()
            except KeyboardInterrupt:
                continue  # it was for gdb
    finally:
        if gdb and gdb.poll() is None:
            gdb.kill()
            gdb.wait()
        stop(qemu)


if __name__ == "__main__":
    sys.exit(main())
