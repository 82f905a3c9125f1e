/* generated from tests/tools/configs/pw_an505_process_termination.json5 by keel-sysgen, do not edit */
/* Process clean_exit of app process_termination: its handles, IRQs, mappings and constants. */
#ifndef KEEL_CLEAN_EXIT_CODEGEN_H
#define KEEL_CLEAN_EXIT_CODEGEN_H

#define PROCESS_NAME "clean_exit"

/* Handles: indices into the process's object table. */
#define HANDLE_CLEAN_EXIT_THREAD 0u /* thread */
#define HANDLE_PROCESS 1u /* the process itself */

#endif /* KEEL_CLEAN_EXIT_CODEGEN_H */
