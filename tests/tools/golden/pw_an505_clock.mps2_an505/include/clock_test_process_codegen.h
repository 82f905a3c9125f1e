/* generated from tests/tools/configs/pw_an505_clock.json5 by keel-sysgen, do not edit */
/* Process clock_test_process of app main: its handles, IRQs, mappings and constants. */
#ifndef KEEL_CLOCK_TEST_PROCESS_CODEGEN_H
#define KEEL_CLOCK_TEST_PROCESS_CODEGEN_H

#define PROCESS_NAME "clock_test_process"

/* Handles: indices into the process's object table. */
#define HANDLE_MAIN_THREAD 0u /* thread */
#define HANDLE_PROCESS 1u /* the process itself */

#endif /* KEEL_CLOCK_TEST_PROCESS_CODEGEN_H */
