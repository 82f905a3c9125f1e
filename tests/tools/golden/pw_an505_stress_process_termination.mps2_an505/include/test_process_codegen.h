/* generated from tests/tools/configs/pw_an505_stress_process_termination.json5 by keel-sysgen, do not edit */
/* Process test_process of app main: its handles, IRQs, mappings and constants. */
#ifndef KEEL_TEST_PROCESS_CODEGEN_H
#define KEEL_TEST_PROCESS_CODEGEN_H

#define PROCESS_NAME "test_process"

/* Handles: indices into the process's object table. */
#define HANDLE_VICTIM_PROCESS 0u /* process */
#define HANDLE_MAIN_THREAD 1u /* thread */
#define HANDLE_TEST_THREAD 2u /* thread */
#define HANDLE_PROCESS 3u /* the process itself */

#endif /* KEEL_TEST_PROCESS_CODEGEN_H */
