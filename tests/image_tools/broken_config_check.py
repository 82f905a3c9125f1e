#!/usr/bin/env python3
"""A broken system.json5 fails its own image only, at build time: a scratch build of
two systems made from `./keel new`'s template, one of them with an invalid config,
configures cleanly; building everything (ninja -k 0) fails, yet the good image is
linked; and the build's output holds the generator's message exactly as the generator
prints it (file:line:col first, unwrapped), with no CMake error around it.

    broken_config_check.py <keel root> <scratch dir> <toolchain file>
"""
import os
import shutil
import subprocess
import sys


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


def main():
    root, scratch, toolchain = sys.argv[1:4]
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    failures = []
    systems = []
    for name in ("scratch_good", "scratch_broken"):
        d = os.path.join(scratch, name)
        r = run([sys.executable, os.path.join(root, "tools", "new_system.py"), "--dir", d,
                 name])
        if r.returncode:
            print(r.stdout)
            return 1
        systems.append(d)
    broken = os.path.join(systems[1], "system.json5")
    with open(broken, encoding="utf-8") as f:
        text = f.read()
    # A misspelt key: the generator rejects it with a did-you-mean.
    text = text.replace("ram_size_bytes", "ram_size_byte", 1)
    with open(broken, "w", encoding="utf-8") as f:
        f.write(text)

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
        sysgen = os.path.join(build, "host-tools", "keel-sysgen")
        g = subprocess.run([sysgen, "--target", "qemu_virt_riscv32", "--list", broken],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        message = g.stderr
        if g.returncode == 0 or not message.startswith(broken + ":"):
            failures.append("the generator did not reject %s with file:line:col first:\n%s"
                            % (broken, message))
        if b.returncode == 0:
            failures.append("the build passed with a broken config")
        good = os.path.join(build, "systems", "scratch_good", "scratch_good.elf")
        if not os.path.exists(good):
            failures.append("the good image was not built next to the broken one")
        if os.path.exists(os.path.join(build, "systems", "scratch_broken",
                                       "scratch_broken.elf")):
            failures.append("the broken image has an ELF")
        if message and message not in b.stdout:
            failures.append("the build's output lacks the generator's message as it is:\n"
                            "--- generator ---\n%s--- build ---\n%s" % (message, b.stdout))
        if "CMake Error" in b.stdout:
            failures.append("the build printed a CMake error:\n" + b.stdout)
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        shutil.rmtree(scratch, ignore_errors=True)
        print("broken config: only its own image failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
