#!/usr/bin/env python3
"""The tokenized image's ELF holds every log string under the token pw_tokenizer's hash
gives it (so the compile-time macro and tools/tokens.py agree), and the strings are in
no byte that is loaded: the plain image's binary has them, the tokenized one's not.

    check_tokens.py TOKENIZED.elf PLAIN.elf      (each with its .bin beside it)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "tools"))
import tokens  # noqa: E402

STRINGS = [
    "INF tokens: no arguments",
    "INF tokens: %d %i %u",
    "WRN tokens: [%08x] [%4d] [%-4d] [%02u]",
    "ERR tokens: %lld %llu %llx",
    "DBG tokens: '%s' '%c' %% '%s' '%.3s'",
    "INF tokens: %p %p",
    "INF tokens: %s/%s/%d",
    "INF tokens: done",
]


def main():
    tok_elf, plain_elf = sys.argv[1:3]
    failures = []
    db = tokens.parse_entries(tokens.entries_bytes(tok_elf))
    found = {s: t for t, texts in db.items() for s in texts}
    for s in STRINGS:
        if s not in found:
            failures.append("not in the database: %r" % s)
        elif found[s] != tokens.token_hash(s):
            failures.append("%r has token %08x, the hash says %08x"
                            % (s, found[s], tokens.token_hash(s)))
    if tokens.entries_bytes(plain_elf):
        failures.append("the plain-text image has a token database")
    for elf, want in ((plain_elf, True), (tok_elf, False)):
        with open(os.path.splitext(elf)[0] + ".bin", "rb") as f:
            image = f.read()
        if (b"tokens: %d %i %u" in image) != want:
            failures.append("%s %s the format strings" % (elf, "lacks" if want else "holds"))
    for f in failures:
        print("check_tokens: " + f)
    print("check_tokens: %d strings, %d failures" % (len(STRINGS), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
