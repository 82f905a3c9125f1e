/* generated from tests/tools/configs/pw_an505_stress_process_termination.json5 by keel-sysgen, do not edit */
/* Process victim of app victim: its handles, IRQs, mappings and constants. */
#ifndef KEEL_VICTIM_CODEGEN_H
#define KEEL_VICTIM_CODEGEN_H

#define PROCESS_NAME "victim"

/* Handles: indices into the process's object table. */
#define HANDLE_VICTIM_THREAD_1 0u /* thread */
#define HANDLE_VICTIM_THREAD_2 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

#endif /* KEEL_VICTIM_CODEGEN_H */
