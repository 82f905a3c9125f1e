#!/usr/bin/env python3
"""How much flash and RAM each process of a Keel image and its kernel use, next to what
the system reserves for them.

    tools/size.py build/rv32/examples/ipc/ipc.elf      (or: ./keel size ipc rv32)

Reads the image's ELF (<image>.elf: the kernel; its .app.* sections are the process
images), each process's own ELF beside it (<image>_<process>.elf) and the generator's
memory map (<image>.gen/memory_map.txt), which says what is reserved. Sizes are in
bytes. Flash used is what the linker placed there: for a process its image header,
text, rodata and the initial values of its data; RAM used is data, bss, the stacks and
any stack guards, all of which the system reserves whether they are touched or not
(stack depth used at run time is not measured here). Prints a table per process, then
the memory map with a "used" column. Python 3 standard library only.
"""
import argparse
import os
import re
import signal
import struct
import sys

SHF_ALLOC = 0x2
SHT_NOBITS = 8


def elf_sections(path):
    """{name: (size, addr, nobits)} of the allocated sections of a 32-bit ELF."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 1:
        sys.exit("size: %s is not a 32-bit ELF" % path)
    endian = "<" if data[5] == 1 else ">"
    shoff, = struct.unpack_from(endian + "I", data, 0x20)
    shentsize, shnum, shstrndx = struct.unpack_from(endian + "HHH", data, 0x2E)
    headers = [struct.unpack_from(endian + "10I", data, shoff + i * shentsize)
               for i in range(shnum)]
    strtab = headers[shstrndx][4]

    def name(off):
        end = data.index(b"\0", strtab + off)
        return data[strtab + off:end].decode()

    out = {}
    for h in headers:
        sh_name, sh_type, sh_flags, sh_addr, _, sh_size = h[:6]
        if sh_flags & SHF_ALLOC and sh_size:
            out[name(sh_name)] = (sh_size, sh_addr, sh_type == SHT_NOBITS)
    return out


def parse_map(path):
    """The memory map's rows: (start, end, size, use, indented)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+0x[0-9a-f]+\s+(\d+)(\s+)(.*)$",
                         line.rstrip("\n"))
            if m:
                rows.append((int(m.group(1), 16), int(m.group(2), 16), int(m.group(3)),
                             m.group(5), len(m.group(4)) > 2))
    return rows


class Part:
    """The kernel or one process: section sizes, and what the map reserves."""

    def __init__(self, name):
        self.name = name
        self.header = self.text = self.rodata = self.data = self.bss = 0
        self.stacks = self.guards = self.other_flash = self.other_ram = 0
        self.flash_reserved = self.ram_reserved = self.data_bss_reserved = 0
        self.image = None  # the bytes the kernel's ELF holds for a process's image

    def add_sections(self, sections):
        for sec, (size, _, nobits) in sections.items():
            if sec.startswith(".app."):
                continue  # a process image inside the kernel's ELF: counted as its own
            if sec == ".keel_header":
                self.header += size
            elif sec == ".text" or sec.startswith(".text."):
                self.text += size
            elif sec.startswith(".rodata") or sec.startswith(".srodata"):
                self.rodata += size
            elif sec in (".data", ".sdata"):
                self.data += size
            elif sec in (".bss", ".sbss"):
                self.bss += size
            elif sec == ".stack":
                self.stacks += size
            elif nobits:
                self.other_ram += size
            else:
                self.other_flash += size

    def flash_used(self):
        if self.image is not None:
            return self.image  # as placed in the kernel's ELF, alignment padding included
        # .data's initial values are stored in flash and copied at start.
        return self.header + self.text + self.rodata + self.data + self.other_flash

    def ram_used(self):
        return self.data + self.bss + self.stacks + self.guards + self.other_ram


def locate(image, preset):
    """An image name (searched under build/<preset>) or a path to its ELF."""
    if image.endswith(".elf") and os.path.exists(image):
        return image
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", preset)
    for dirpath, dirnames, files in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.endswith(".gen") and d != "CMakeFiles"]
        if image + ".elf" in files and os.path.isdir(os.path.join(dirpath, image + ".gen")):
            return os.path.relpath(os.path.join(dirpath, image + ".elf"))
    sys.exit("size: no image '%s' under %s (built?)" % (image, os.path.normpath(root)))


def pct(used, reserved):
    return "%3d%%" % (100 * used // reserved) if reserved else "   -"


def measure(elf):
    base = elf[:-len(".elf")]
    gen = base + ".gen"
    mmap = parse_map(os.path.join(gen, "memory_map.txt"))
    with open(os.path.join(gen, "memory_map.txt"), encoding="utf-8") as f:
        target = re.search(r"memory map for (\S+);", f.read()).group(1)

    kernel = Part("kernel")
    sections = elf_sections(elf)
    kernel.add_sections(sections)
    procs = {}
    current = None  # the process whose RAM rows follow
    for start, end, size, use, indented in mmap:
        m = re.match(r"image of process (\w+)$", use)
        if m:
            p = procs.setdefault(m.group(1), Part(m.group(1)))
            p.flash_reserved = size
            continue
        m = re.match(r"process (\w+) RAM", use)
        if m:
            current = procs.setdefault(m.group(1), Part(m.group(1)))
            current.ram_reserved = size
            continue
        if not indented:
            current = None
        if use == "kernel flash":
            kernel.flash_reserved = size
        elif use.startswith("kernel RAM"):
            kernel.ram_reserved = size
        elif current and use.startswith("stack of thread"):
            current.stacks += size
        elif current and use.startswith("guard under"):
            current.guards += size
        elif current and use.startswith("data and bss"):
            current.data_bss_reserved = size
    for p in procs.values():
        path = "%s_%s.elf" % (base, p.name)
        if not os.path.exists(path):
            sys.exit("size: %s is missing (the process's own ELF)" % path)
        p.add_sections(elf_sections(path))
        if ".app." + p.name in sections:
            p.image = sections[".app." + p.name][0]
    return target, kernel, procs, mmap


def map_with_usage(kernel, procs, mmap):
    """The generator's memory map, each row with what is used of it ('-': not known)."""
    lines = ["start       end         size         bytes     used  use"]
    current = None
    app_rows = []
    for start, end, size, use, indented in mmap:
        used = None
        m = re.match(r"image of process (\w+)$", use) or re.match(r"process (\w+) RAM", use)
        if m and m.group(1) in procs:
            p = procs[m.group(1)]
            if use.startswith("image"):
                used = p.flash_used()
                if app_rows:
                    app_rows[-1][1] += used
            else:
                current = p
                used = p.ram_used()
        elif not indented:
            current = None
            if use == "kernel flash":
                used = kernel.flash_used()
            elif use.startswith("kernel RAM"):
                used = kernel.ram_used()
            elif use.startswith("app "):
                app_rows.append([len(lines), 0])
                used = 0  # filled in from its images below
        elif current and use.startswith("data and bss"):
            used = current.data + current.bss
        elif current and (use.startswith("stack of thread") or use.startswith("guard")):
            used = size  # reserved whole: the depth reached at run time is not known
        lines.append("0x%08x  0x%08x  0x%08x  %6d  %7s  %s%s" % (
            start, end, size, size, "-" if used is None else used,
            "  " if indented else "", use))
    for index, used in app_rows:
        lines[index] = lines[index].replace("        0  app ", "%9d  app " % used, 1)
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("image", help="image name (e.g. ipc) or path to <image>.elf")
    ap.add_argument("preset", nargs="?", default="rv32", choices=["rv32", "m33"],
                    help="the build to look in for an image name (default rv32)")
    a = ap.parse_args()
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # | head ends it quietly
    elf = locate(a.image, a.preset)
    target, kernel, procs, mmap = measure(elf)

    print("%s (%s): %s" % (os.path.basename(elf)[:-4], target, elf))
    print("%-22s %7s %7s %7s %7s %7s  %20s  %20s" % (
        "", "text", "rodata", "data", "bss", "stacks", "flash used/reserved",
        "RAM used/reserved"))
    for p in [kernel] + list(procs.values()):
        print("%-22s %7d %7d %7d %7d %7d  %7d/%-7d %4s  %7d/%-7d %4s" % (
            p.name, p.text, p.rodata, p.data, p.bss, p.stacks + p.guards,
            p.flash_used(), p.flash_reserved, pct(p.flash_used(), p.flash_reserved),
            p.ram_used(), p.ram_reserved, pct(p.ram_used(), p.ram_reserved)))
    print("(a process's flash used: its image in the kernel's ELF, which holds its header,"
          " text,\n rodata and data's initial values; RAM used: data, bss, stacks and guards)")
    print()
    print("\n".join(map_with_usage(kernel, procs, mmap)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
