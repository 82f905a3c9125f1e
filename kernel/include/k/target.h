/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The board contract: console, exit device, clocks. One implementation per
 * targets/<board>/; the host build supplies a fake.
 */
#ifndef K_TARGET_H
#define K_TARGET_H

#include <stdint.h>
#include <stdnoreturn.h>

/* Bring up what the kernel console needs. Called once, first thing in k_main. */
void target_init(void);

/*
 * Write a NUL-terminated string to the kernel console, waiting while the transmitter
 * is full. The console buffers a line and hands it over whole: one semihosting call
 * per line instead of one per byte keeps the kernel's time per log short.
 */
void target_console_write(const char *s);

/*
 * A process maps the device range [start, end): open whatever the board keeps closed
 * to unprivileged code there (the AN505's secure PPC ports; doc/architecture.md). Once
 * per device region at boot; which process reaches the device stays the MPU's or the
 * PMP's decision. A port no process maps stays closed.
 */
void target_device_open(uintptr_t start, uintptr_t end);

/*
 * End the emulated system: code 0 is success (the emulator exits 0), anything else
 * is failure (a non-zero emulator exit code). On hardware this halts.
 */
noreturn void target_exit(int code);

/* The exit code of a kernel panic (doc/development.md; tools/qemu_run.py knows it). */
#define K_EXIT_KERNEL_PANIC 3

/* Human-readable board name for the banner. */
extern const char target_name[];

#endif /* K_TARGET_H */
