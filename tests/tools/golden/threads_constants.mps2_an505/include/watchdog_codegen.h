/* generated from tests/tools/configs/threads_constants.json5 by keel-sysgen, do not edit */
/* Process watchdog of app watchdog: its handles, IRQs, mappings and constants. */
#ifndef KEEL_WATCHDOG_CODEGEN_H
#define KEEL_WATCHDOG_CODEGEN_H

#define PROCESS_NAME "watchdog"

/* Handles: indices into the process's object table. */
#define HANDLE_SAMPLER 0u /* process */
#define HANDLE_REPORTER 1u /* process */
#define HANDLE_ONLY 2u /* thread */
#define HANDLE_PROCESS 3u /* the process itself */

#endif /* KEEL_WATCHDOG_CODEGEN_H */
