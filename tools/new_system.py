#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Create a new system from the template: systems/NAME/ with system.json5, one app's C
and a CMakeLists.txt. systems/CMakeLists.txt adds every directory under systems/ to the
build, so the new system builds for both boards without editing anything else:

    ./keel new blinky           # or: tools/new_system.py blinky
    ./keel run blinky rv32      # and: ./keel run blinky m33
    ctest --preset rv32 -R blinky

NAME becomes the system's image, app and process name, so it is a C identifier in
lower case; it must not name an image, app or target that already exists.
"""
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SYSTEM_JSON5 = """\
// The {name} system: one app, one process with one thread. Grow it from here:
// every key is in doc/system-config.md, the guide is doc/writing-a-system.md.
// No `kernel` or `arch` block: the target supplies its memory map, so the same file
// builds for qemu_virt_riscv32 and mps2_an505.
{{
  apps: [
    {{
      name: "{name}",
      flash_size_bytes: 16384,
      processes: [
        {{
          name: "{name}",
          ram_size_bytes: 4096,
          // Least privilege: it logs and ends the run, nothing more.
          debug_syscalls: ["debug_log", "debug_shutdown"],
          objects: [{{ name: "main", type: "thread" }}],
        }},
      ],
    }},
  ],
}}
"""

APP_C = """\
// SPDX-License-Identifier: Apache-2.0
/* The {name} system's only process: says hello, sleeps, and ends the run. */
#include <keel/keel.h>
#include <{name}_codegen.h>

KEEL_ENTRY()
{{
	keel_instant_t start = keel_now();

	KEEL_INF("hello from {name}");
	keel_sleep(KEEL_MS(10));
	KEEL_INF("slept %u ms", (unsigned)((keel_now() - start) / KEEL_MS(1)));
	/* The emulator's exit code is the run's verdict: 0 passes the test. */
	sys_debug_shutdown(0);
}}
"""

CMAKELISTS = """\
# The {name} system: `./keel run {name} [rv32|m33]` runs it, `ctest -R {name}` tests it.
keel_app({name} SOURCES {name}.c)

keel_system_image({name} CONFIG system.json5
    APPS {name}
    TEST TIMEOUT 30
    EXPECT "hello from {name}" "slept ")
"""

# Names the build already uses for targets of its own.
RESERVED = {"all", "test", "install", "clean", "help", "common", "keel"}


def existing_names(root):
    """Image and app names declared anywhere in the tree: each becomes CMake targets."""
    names = set()
    decl = re.compile(r"\b(?:keel_system_image|keel_app|add_library|add_executable|"
                      r"add_custom_target)\(\s*([A-Za-z0-9_.-]+)")
    for top in ("examples", "systems", "tests", "kernel", "user", "lib", "tools", "cmake",
                "arch", "targets"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = [d for d in dirnames if d != "build"]
            for f in filenames:
                if f == "CMakeLists.txt" or f.endswith(".cmake"):
                    with open(os.path.join(dirpath, f), encoding="utf-8") as fh:
                        names.update(m.group(1) for m in decl.finditer(fh.read()))
    return names


def check_name(name, root):
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        return ("'%s' is not a valid name; expected lower case letters, digits and _, "
                "starting with a letter (it becomes C and CMake names)" % name)
    if len(name) > 32:
        return "'%s' is too long; expected at most 32 characters" % name
    if name in RESERVED or name.startswith("keel") or name in existing_names(root):
        return "'%s' is already used in this tree; choose another name" % name
    if name in ("kernel", "kernel_memory", "kernel_apps", "process"):
        return "'%s' is reserved by the generator; choose another name" % name
    return None


def create(name, directory):
    if os.path.exists(directory):
        raise FileExistsError("%s already exists" % directory)
    os.makedirs(directory)
    files = {"system.json5": SYSTEM_JSON5, name + ".c": APP_C, "CMakeLists.txt": CMAKELISTS}
    for fname, template in files.items():
        with open(os.path.join(directory, fname), "w", encoding="utf-8") as f:
            f.write(template.format(name=name))
    return sorted(files)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("name", help="the new system's name (a lower-case C identifier)")
    ap.add_argument("--dir", help="create it here instead of systems/NAME (tests use a "
                    "directory in the build tree)")
    a = ap.parse_args()

    problem = check_name(a.name, ROOT)
    if problem:
        print("keel new: " + problem, file=sys.stderr)
        return 2
    directory = a.dir or os.path.join(ROOT, "systems", a.name)
    try:
        files = create(a.name, directory)
    except OSError as e:
        print("keel new: cannot create %s: %s" % (directory, e), file=sys.stderr)
        return 1
    shown = os.path.relpath(directory)
    for f in files:
        print("created %s" % os.path.join(shown, f))
    if not a.dir:
        print("next: ./keel run %s rv32, ./keel run %s m33, ./keel test" % (a.name, a.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
