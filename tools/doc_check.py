#!/usr/bin/env python3
"""Check that the documentation stands alone in the repository.

README.md, doc/*.md and examples/*/README.md are what a newcomer has after a clone, so:
  - every relative link must name a file or directory inside the repository (the
    anchor after '#' is not checked), and no text may point at ../shared;
  - a fenced code block right after a line '<!-- quote: PATH -->' must be exactly the
    file PATH (relative to the repository root), so a guide that quotes an example
    cannot drift from it. --update rewrites such blocks from the files.
Exit status 0 when all is well, 1 with one line per problem otherwise.
"""
import argparse
import pathlib
import re
import sys

LINK = re.compile(r"\]\(([^)\s]+)\)")
QUOTE = re.compile(r"^<!-- quote: (\S+) -->$")


def documents(root):
    docs = [root / "README.md"]
    docs += sorted((root / "doc").glob("*.md"))
    docs += sorted((root / "examples").glob("*/README.md"))
    return [d for d in docs if d.exists()]


def check_links(root, doc, text, problems):
    for lineno, line in enumerate(text.splitlines(), 1):
        if "../shared" in line:
            problems.append("%s:%d: points at ../shared, which users do not have" %
                            (doc.relative_to(root), lineno))
        for target in LINK.findall(line):
            if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                continue
            path = (doc.parent / target.split("#")[0]).resolve()
            if root not in path.parents and path != root:
                problems.append("%s:%d: link %s leaves the repository" %
                                (doc.relative_to(root), lineno, target))
            elif not path.exists():
                problems.append("%s:%d: link %s names nothing" %
                                (doc.relative_to(root), lineno, target))


def check_quotes(root, doc, text, update, problems):
    """Returns the text with every quote block replaced by its file, and the count."""
    lines = text.split("\n")
    out, i, count = [], 0, 0
    while i < len(lines):
        out.append(lines[i])
        m = QUOTE.match(lines[i])
        i += 1
        if not m:
            continue
        count += 1
        where = "%s:%d" % (doc.relative_to(root), i)
        source = root / m.group(1)
        if i >= len(lines) or not lines[i].startswith("```"):
            problems.append("%s: a quote marker must be followed by a ``` block" % where)
            continue
        end = i + 1
        while end < len(lines) and lines[end] != "```":
            end += 1
        if end == len(lines):
            problems.append("%s: the quoted block does not end" % where)
            continue
        if not source.is_file():
            problems.append("%s: quotes %s, which does not exist" % (where, m.group(1)))
            out.extend(lines[i:end + 1])
            i = end + 1
            continue
        want = source.read_text().rstrip("\n").split("\n")
        if lines[i + 1:end] != want and not update:
            problems.append("%s: the block differs from %s (tools/doc_check.py --update "
                            "copies it)" % (where, m.group(1)))
        out.append(lines[i])
        out.extend(want if update else lines[i + 1:end])
        out.append("```")
        i = end + 1
    return "\n".join(out), count


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=pathlib.Path(__file__).resolve().parent.parent,
                    type=pathlib.Path)
    ap.add_argument("--update", action="store_true",
                    help="rewrite quoted blocks from their files")
    a = ap.parse_args()
    root = a.root.resolve()
    problems, quotes = [], 0
    docs = documents(root)
    for doc in docs:
        text = doc.read_text()
        check_links(root, doc, text, problems)
        new, n = check_quotes(root, doc, text, a.update, problems)
        quotes += n
        if a.update and new != text:
            doc.write_text(new)
    for p in problems:
        print(p)
    print("doc_check: %d documents, %d quoted files, %d problems" %
          (len(docs), quotes, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
