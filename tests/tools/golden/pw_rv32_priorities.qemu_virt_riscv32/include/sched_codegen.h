/* generated from tests/tools/configs/pw_rv32_priorities.json5 by keel-sysgen, do not edit */
/* Process sched of app sched: its handles, IRQs, mappings and constants. */
#ifndef KEEL_SCHED_CODEGEN_H
#define KEEL_SCHED_CODEGEN_H

#define PROCESS_NAME "sched"

/* Handles: indices into the process's object table. */
#define HANDLE_CONTROL 0u /* thread */
#define HANDLE_IDLE_WORK 1u /* thread */
#define HANDLE_LOWEST 2u /* thread */
#define HANDLE_LOW 3u /* thread */
#define HANDLE_HIGH 4u /* thread */
#define HANDLE_HIGHEST 5u /* thread */
#define HANDLE_NUMBERED 6u /* thread */
#define HANDLE_PROCESS 7u /* the process itself */

/* Stacks of threads that thread_start starts: the sp to give it. */
#define STACK_TOP_IDLE_WORK 0x81010a10u /* 512 bytes */

/* Constants of app sched. */
#define CONST_TICK_HZ 100u /* u32 */

#endif /* KEEL_SCHED_CODEGEN_H */
