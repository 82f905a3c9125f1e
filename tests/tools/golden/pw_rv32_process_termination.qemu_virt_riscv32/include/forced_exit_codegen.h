/* generated from tests/tools/configs/pw_rv32_process_termination.json5 by keel-sysgen, do not edit */
/* Process forced_exit of app process_termination: its handles, IRQs, mappings and constants. */
#ifndef KEEL_FORCED_EXIT_CODEGEN_H
#define KEEL_FORCED_EXIT_CODEGEN_H

#define PROCESS_NAME "forced_exit"

/* Handles: indices into the process's object table. */
#define HANDLE_FORCED_EXIT_THREAD 0u /* thread */
#define HANDLE_PROCESS 1u /* the process itself */

#endif /* KEEL_FORCED_EXIT_CODEGEN_H */
