/* SPDX-License-Identifier: Apache-2.0 */
/*
 * A small simulated system for the host tests, built with the same initialisers the
 * generator uses. User memory is host arrays; "kernel memory" is everything else.
 *
 *   process a: [0] IPC initiator -> b.IPC   [1] WG wait group   [2] INT (irqs 5, 6)
 *              [3] B process object        [4] WORKER thread (a's 2nd thread)
 *              [5] IPC2 initiator -> c.IPC  [6] C process object  [7] PROCESS
 *   process b: [0] IPC handler  [1] PROCESS
 *   process c: [0] IPC handler  [1] WG wait group  [2] PROCESS
 */
#ifndef SIM_H
#define SIM_H

#include <k/kernel.h>

enum { A_IPC, A_WG, A_INT, A_B, A_WORKER, A_IPC2, A_C, A_PROCESS };
enum { B_IPC, B_PROCESS };
enum { C_IPC, C_WG, C_PROCESS };

#define SIM_RAM 4096
/* Each process's main stack: the bottom of its RAM (filled with K_STACK_FILL at start). */
#define SIM_STACK 1024
/* What process start leaves at byte i of a RAM slice. */
#define SIM_FRESH(i) ((i) < SIM_STACK ? K_STACK_FILL : 0)
#define SIM_FLASH 1024

extern struct k_process sim_a, sim_b, sim_c;
/* Times the kernel's own handler of IRQ 9 ran. */
extern unsigned sim_kernel_irqs_taken;
extern uint8_t sim_ram_a[SIM_RAM], sim_ram_b[SIM_RAM], sim_ram_c[SIM_RAM];
extern uint8_t sim_flash_a[SIM_FLASH], sim_flash_b[SIM_FLASH], sim_flash_c[SIM_FLASH];

/* Fresh system: every object reset, every process started, clock at 0. */
void sim_reset(void);

/* sim_reset without k_system_start: a test may change the images before starting. */
void sim_prepare(void);

/* Make t the running thread (as if the scheduler had picked it). */
void sim_run(struct k_thread *t);

/* Issue a syscall from t (which becomes the running thread); returns result word 0. */
int32_t sim_call(struct k_thread *t, uint32_t id, uintptr_t a0, uintptr_t a1, uintptr_t a2,
		 uintptr_t a3, uintptr_t a4, uintptr_t a5, uintptr_t a6);
#define SIM_CALL(t, ...) sim_call_n(t, __VA_ARGS__, 0, 0, 0, 0, 0, 0, 0)
#define sim_call_n(t, id, a0, a1, a2, a3, a4, a5, a6, ...)                                  \
	sim_call(t, id, (uintptr_t)(a0), (uintptr_t)(a1), (uintptr_t)(a2), (uintptr_t)(a3), \
		 (uintptr_t)(a4), (uintptr_t)(a5), (uintptr_t)(a6))

/* The two result words of t's last syscall (valid once it is no longer parked). */
uint32_t sim_r0(const struct k_thread *t);
uint32_t sim_r1(const struct k_thread *t);

/* Let the scheduler run until nothing is ready (advancing the clock through idle). */
struct k_thread *sim_schedule(void);

#define MAIN(p) (&(p).info->threads[(p).info->main_thread])
/* The sim's info records are in RAM (a test may change a process's constants). */
#define SIM_INFO(p) ((struct k_process_info *)(p).info)
#define SIM_LO(t) ((uintptr_t)(uint32_t)(t))
#define SIM_HI(t) ((uintptr_t)(uint32_t)((uint64_t)(t) >> 32))
#define SIM_FOREVER SIM_LO(UINT64_MAX), SIM_HI(UINT64_MAX)

#endif /* SIM_H */
