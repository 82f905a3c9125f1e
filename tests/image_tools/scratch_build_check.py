#!/usr/bin/env python3
"""Build errors of one system stay in its image and say what is wrong: a scratch build
of two systems made from `./keel new`'s template, the second one broken, configures
cleanly; building everything (ninja -k 0) fails, yet the good image is linked, the
broken one is not, and the build's output holds the expected message.

  broken_config: the config has a misspelt key; the output holds the generator's
    message exactly as the generator prints it (file:line:col first, unwrapped), with
    no CMake error around it.
  app_name_clash: two directories declare an app of the same name, each for its own
    image, and a third image uses that name without declaring it; the first two
    build from their own sources, the third fails naming both declarations (it used
    to take whichever was declared last, silently).
  app_not_listed: the config declares an app the image's APPS does not list; the
    output names the config, the app and APPS (this stopped CMake for every image).
  app_not_declared: APPS names an app that no keel_app() declares (a misspelt
    keel_app); the output names the CMakeLists.txt and the app (this stopped CMake).
  missing_entry: the app's C defines no entry; the linker says which process has no
    entry and what to define, not that some symbol is undefined.

    broken_config_check.py <case> <keel root> <scratch dir> <toolchain file>
"""
import os
import shutil
import subprocess
import sys


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


def edit(path, old, new):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        raise SystemExit("%s no longer holds %r: update this test" % (path, old))
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def main():
    case, root, scratch, toolchain = sys.argv[1:5]
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    failures = []
    systems = []
    names = ["scratch_good", "scratch_broken"]
    if case == "app_name_clash":
        names.insert(1, "scratch_twin")
    for name in names:
        d = os.path.join(scratch, name)
        r = run([sys.executable, os.path.join(root, "tools", "new_system.py"), "--dir", d,
                 name])
        if r.returncode:
            print(r.stdout)
            return 1
        systems.append(d)
    broken = os.path.join(systems[-1], "system.json5")
    if case == "app_name_clash":
        # The twin declares an app of the good one's name in its own directory;
        # the broken one uses that name without declaring it anywhere.
        twin = systems[1]
        edit(os.path.join(twin, "system.json5"), 'name: "scratch_twin"',
             'name: "scratch_good"')
        edit(os.path.join(twin, "CMakeLists.txt"), "keel_app(scratch_twin",
             "keel_app(scratch_good")
        edit(os.path.join(twin, "CMakeLists.txt"), "APPS scratch_twin", "APPS scratch_good")
        edit(broken, 'name: "scratch_broken"', 'name: "scratch_good"')
        edit(os.path.join(systems[-1], "CMakeLists.txt"),
             "keel_app(scratch_broken SOURCES scratch_broken.c)", "")
        edit(os.path.join(systems[-1], "CMakeLists.txt"), "APPS scratch_broken",
             "APPS scratch_good")
    elif case == "app_not_listed":
        # The config's app is renamed; the CMakeLists still lists the old name.
        edit(broken, 'name: "scratch_broken",\n      flash', 'name: "scratch_other",\n      flash')
    elif case == "app_not_declared":
        # keel_app() misspelt: APPS names an app no directory declares.
        edit(os.path.join(systems[-1], "CMakeLists.txt"), "keel_app(scratch_broken",
             "keel_app(scratch_brokne")
    elif case == "broken_config":
        # A misspelt key: the generator rejects it with a did-you-mean.
        edit(broken, "ram_size_bytes", "ram_size_byte")
    elif case == "missing_entry":
        # The body as a plain function: the app compiles, but has no entry.
        edit(os.path.join(systems[1], "scratch_broken.c"), "KEEL_ENTRY()",
             "void scratch_body(void);\nvoid scratch_body(void)")

    build = os.path.join(scratch, "build")
    r = run(["cmake", "-S", root, "-B", build, "-G", "Ninja",
             "-DCMAKE_TOOLCHAIN_FILE=" + toolchain, "-DCMAKE_BUILD_TYPE=MinSizeRel",
             "-DKEEL_SYSTEM_DIRS=" + ";".join(systems)])
    if r.returncode:
        print(r.stdout)
        failures.append("configuring failed (exit %d): one broken config stopped the "
                        "whole build" % r.returncode)
    else:
        if "CMake Error" in r.stdout or "CMake Warning" in r.stdout:
            failures.append("configuring printed CMake errors or warnings:\n" + r.stdout)
        b = run(["cmake", "--build", build, "-j", "2", "--", "-k", "0"])
        if case == "app_name_clash":
            message = ("app 'scratch_good' is declared by keel_app() in %s and %s, and "
                       "not in this directory" % (systems[0], systems[1]))
            twin_elf = os.path.join(build, "systems", "scratch_twin", "scratch_twin.elf")
            if not os.path.exists(twin_elf):
                failures.append("the twin's image was not built")
        if case == "app_not_listed":
            message = ("%s: error: app 'scratch_other' is not in "
                       "keel_system_image(scratch_broken)'s APPS" % broken)
        if case == "app_not_declared":
            message = ("%s: error: keel_system_image(scratch_broken): app 'scratch_broken' "
                       "in APPS has no keel_app(scratch_broken SOURCES ...) here or in any "
                       "other directory" % os.path.join(systems[-1], "CMakeLists.txt"))
        if case == "missing_entry":
            message = ("process 'scratch_broken' (app 'scratch_broken') has no entry: "
                       "define KEEL_PROCESS_ENTRY(scratch_broken) or, in an app of one "
                       "process, KEEL_ENTRY()")
            if "undefined symbol" in b.stdout:
                failures.append("the linker spoke of an undefined symbol:\n" + b.stdout)
        sysgen = os.path.join(build, "host-tools", "keel-sysgen")
        if case == "broken_config":
            g = subprocess.run([sysgen, "--target", "qemu_virt_riscv32", "--list", broken],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            message = g.stderr
            if g.returncode == 0 or not message.startswith(broken + ":"):
                failures.append("the generator did not reject %s with file:line:col "
                                "first:\n%s" % (broken, message))
        if b.returncode == 0:
            failures.append("the build passed with a broken system")
        good = os.path.join(build, "systems", "scratch_good", "scratch_good.elf")
        if not os.path.exists(good):
            failures.append("the good image was not built next to the broken one")
        if os.path.exists(os.path.join(build, "systems", "scratch_broken",
                                       "scratch_broken.elf")):
            failures.append("the broken image has an ELF")
        if message and message not in b.stdout:
            failures.append("the build's output lacks the message:\n"
                            "--- expected ---\n%s\n--- build ---\n%s" % (message, b.stdout))
        if "CMake Error" in b.stdout:
            failures.append("the build printed a CMake error:\n" + b.stdout)
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        shutil.rmtree(scratch, ignore_errors=True)
        print("%s: only its own image failed, saying why" % case)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
