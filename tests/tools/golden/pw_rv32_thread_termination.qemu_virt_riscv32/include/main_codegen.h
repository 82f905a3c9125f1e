/* generated from tests/tools/configs/pw_rv32_thread_termination.json5 by keel-sysgen, do not edit */
/* Process main of app main: its handles, IRQs, mappings and constants. */
#ifndef KEEL_MAIN_CODEGEN_H
#define KEEL_MAIN_CODEGEN_H

#define PROCESS_NAME "main"

/* Handles: indices into the process's object table. */
#define HANDLE_MAIN_THREAD 0u /* thread */
#define HANDLE_WORKER_THREAD 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

#endif /* KEEL_MAIN_CODEGEN_H */
