#!/usr/bin/env python3
"""Tokenized logs (keel/tokenize.h, TOKENIZED_LOGS in keel_system_image): the token
database in an ELF and the detokenizer that the runner puts on the console.

    tools/tokens.py database IMAGE.elf            the database as CSV (token,,"string")
    tools/tokens.py detokenize IMAGE.elf < log    $-messages back into text
    tools/tokens.py merge --objcopy OBJCOPY IMAGE.elf PROCESS.elf...   (the build)

The formats are pw_tokenizer's: the database is the ELF section .pw_tokenizer.entries,
entries of four little-endian words (magic 0xBAA98DEE, token, domain length, string
length; lengths count the NUL) then the domain and the string; a message is '$' and
the Base64 of the token (4 bytes, little-endian) and the arguments (integers as ZigZag
varints, strings as a length byte, bit 7 meaning cut short, and the bytes). Pigweed's
tools read both. Python 3 standard library only.
"""
import argparse
import base64
import os
import re
import struct
import subprocess
import sys
import tempfile

MAGIC = 0xBAA98DEE
ENTRY = struct.Struct("<4I")
SECTION = ".pw_tokenizer.entries"
SECTION_NAME = re.compile(r"^\.pw_tokenizer\.entries(?:\.[\w.]+)?$")


def elf_section_data(path):
    """[(name, bytes)] of every section of a 32-bit ELF (non-allocated ones too)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"\x7fELF" or data[4] != 1:
        raise ValueError("%s is not a 32-bit ELF" % path)
    endian = "<" if data[5] == 1 else ">"
    shoff, = struct.unpack_from(endian + "I", data, 0x20)
    shentsize, shnum, shstrndx = struct.unpack_from(endian + "HHH", data, 0x2E)
    headers = [struct.unpack_from(endian + "10I", data, shoff + i * shentsize)
               for i in range(shnum)]
    strtab = headers[shstrndx][4]
    out = []
    for h in headers:
        sh_name, sh_type, _, _, sh_offset, sh_size = h[:6]
        end = data.index(b"\0", strtab + sh_name)
        name = data[strtab + sh_name:end].decode()
        # SHT_NOBITS (8) has no bytes in the file.
        out.append((name, b"" if sh_type == 8 else data[sh_offset:sh_offset + sh_size]))
    return out


def entries_bytes(path):
    return b"".join(d for n, d in elf_section_data(path) if SECTION_NAME.match(n))


def parse_entries(data):
    """{token: [string, ...]} of a .pw_tokenizer.entries section."""
    db = {}
    at = 0
    while at + ENTRY.size <= len(data):
        magic, token, dlen, slen = ENTRY.unpack_from(data, at)
        if magic != MAGIC:
            raise ValueError("bad token entry magic at offset %d" % at)
        at += ENTRY.size + dlen
        text = data[at:at + slen].rstrip(b"\0").decode("utf-8", "surrogateescape")
        at += slen
        if text not in db.setdefault(token, []):
            db[token].append(text)
    return db


def token_hash(text, hash_length=128):
    """pw_tokenizer's 65599 fixed-length hash (128: its C default)."""
    raw = text.encode("utf-8")
    h = len(raw)
    k = 65599
    for c in raw[:hash_length]:
        h = (h + k * c) & 0xFFFFFFFF
        k = (k * 65599) & 0xFFFFFFFF
    return h


SPEC = re.compile(r"%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?(hh|h|ll|l|z|j|t)?([csdiuxp%])")


class Args:
    def __init__(self, data):
        self.data = data
        self.at = 0

    def varint(self):
        z = 0
        shift = 0
        while True:
            if self.at >= len(self.data):
                raise IndexError
            b = self.data[self.at]
            self.at += 1
            z |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return (z >> 1) ^ -(z & 1)

    def string(self):
        if self.at >= len(self.data):
            raise IndexError
        head = self.data[self.at]
        n = head & 0x7F
        text = self.data[self.at + 1:self.at + 1 + n].decode("utf-8", "replace")
        self.at += 1 + n
        return text


def format_message(fmt, args):
    """fmt with the encoded arguments put in, as Keel's formatter would print them;
    None when the arguments do not match the format."""
    out = []
    pos = 0
    for m in SPEC.finditer(fmt):
        out.append(fmt[pos:m.start()])
        pos = m.end()
        flags, width, prec, size, conv = m.groups()
        if conv == "%":
            out.append("%")
            continue
        try:
            if width == "*":
                width = str(args.varint())
            if prec == "*":
                prec = str(args.varint())
            spec = "%" + flags + (width or "") + ("." + prec if prec is not None else "")
            bits = 64 if size in ("ll", "j") else 32
            if conv == "s":
                out.append((spec + "s") % args.string())
                continue
            v = args.varint()
            if conv in "di":
                out.append((spec + "d") % v)
            elif conv == "u":
                out.append((spec + "d") % (v & ((1 << bits) - 1)))
            elif conv == "x":
                out.append((spec + conv) % (v & ((1 << bits) - 1)))
            elif conv == "c":
                out.append((spec + "c") % chr(v & 0xFF))
            else:  # p: as Keel prints it, 0x and eight digits
                out.append("%s" % ("0x%08x" % (v & 0xFFFFFFFF)).rjust(int(width or 0)))
        except IndexError:
            return None
    out.append(fmt[pos:])
    if args.at != len(args.data):
        return None
    return "".join(out)


MESSAGE = re.compile(rb"\$((?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)")
B64 = re.compile(rb"^\$[A-Za-z0-9+/=]*$")


class Detokenizer:
    """Console bytes in, the same with each known $-message replaced by its text. A
    message cut by a chunk's end is held back until its end shows."""

    def __init__(self, db):
        self.db = db
        self.pending = b""

    @classmethod
    def from_elf(cls, path):
        """None when the ELF has no database (plain-text logs)."""
        try:
            data = entries_bytes(path)
        except (OSError, ValueError):
            return None
        return cls(parse_entries(data)) if data else None

    def decode(self, raw):
        if len(raw) < 4:
            return None
        token, = struct.unpack_from("<I", raw)
        for fmt in self.db.get(token, []):
            text = format_message(fmt, Args(raw[4:]))
            if text is not None:
                return text
        return None

    def replace(self, m):
        try:
            raw = base64.b64decode(m.group(1), validate=True)
        except ValueError:
            return m.group(0)
        text = self.decode(raw)
        return m.group(0) if text is None else text.encode("utf-8")

    def feed(self, chunk):
        data = self.pending + chunk
        cut = data.rfind(b"$")
        hold = b""
        if cut >= 0 and B64.match(data[cut:]):
            data, hold = data[:cut], data[cut:]
        self.pending = hold
        return MESSAGE.sub(self.replace, data)

    def flush(self):
        data, self.pending = self.pending, b""
        return MESSAGE.sub(self.replace, data)


def merge(objcopy, image, processes):
    data = b"".join(entries_bytes(p) for p in processes)
    parse_entries(data)  # refuse a broken section rather than ship it
    fd, tmp = tempfile.mkstemp(suffix=".tokens")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        names = [n for n, _ in elf_section_data(image)]
        cmd = [objcopy]
        if SECTION in names:
            cmd += ["--remove-section", SECTION]
        cmd += ["--add-section", "%s=%s" % (SECTION, tmp),
                "--set-section-flags", "%s=readonly" % SECTION, image]
        subprocess.run(cmd, check=True)
    finally:
        os.unlink(tmp)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("database", help="print an ELF's token database as CSV")
    d.add_argument("elf")
    t = sub.add_parser("detokenize", help="stdin (or FILE) to stdout, messages as text")
    t.add_argument("elf")
    t.add_argument("file", nargs="?")
    m = sub.add_parser("merge", help="put the processes' strings into the image's ELF")
    m.add_argument("--objcopy", required=True)
    m.add_argument("image")
    m.add_argument("processes", nargs="*")
    a = ap.parse_args()
    if a.cmd == "merge":
        merge(a.objcopy, a.image, a.processes)
        return 0
    db = parse_entries(entries_bytes(a.elf))
    if a.cmd == "database":
        for token in sorted(db):
            for text in db[token]:
                print('%08x,          ,"%s"' % (token, text.replace('"', '""')))
        return 0
    detok = Detokenizer(db)
    src = open(a.file, "rb") if a.file else sys.stdin.buffer
    for chunk in iter(lambda: src.read(4096), b""):
        sys.stdout.buffer.write(detok.feed(chunk))
    sys.stdout.buffer.write(detok.flush())
    return 0


if __name__ == "__main__":
    sys.exit(main())
