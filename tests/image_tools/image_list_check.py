#!/usr/bin/env python3
"""The build's image list (keel_images.tsv, what `./keel list`, `run`, `size` and
`debug` read) names exactly the images that have a run- target in build.ninja, each
with a description and the directory its ELF is built in.

    image_list_check.py <build dir>
"""
import os
import re
import sys


def main():
    build = sys.argv[1]
    with open(os.path.join(build, "build.ninja"), encoding="utf-8") as f:
        runnable = {}
        for line in f:
            m = re.match(r"build run-(\S+): phony (\S+)/run-\1$", line)
            if m:
                runnable[m.group(1)] = m.group(2)
    listed = {}
    with open(os.path.join(build, "keel_images.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            name, description, directory = line.rstrip("\n").split("\t")
            listed[name] = (description, directory)
    failures = []
    for name in sorted(set(runnable) - set(listed)):
        failures.append("%s has run-%s but is not listed" % (name, name))
    for name in sorted(set(listed) - set(runnable)):
        failures.append("%s is listed but has no run- target" % name)
    for name in sorted(set(listed) & set(runnable)):
        description, directory = listed[name]
        if not description.strip() or description.startswith("(no description"):
            failures.append("%s has no description" % name)
        if directory != runnable[name]:
            failures.append("%s listed in %s, built in %s" % (name, directory, runnable[name]))
    for f in failures:
        print("FAIL: " + f)
    print("image list: %d images, %d failed" % (len(listed), len(failures)))
    return 1 if failures or not listed else 0


if __name__ == "__main__":
    sys.exit(main())
