/* generated from tests/tools/configs/pw_rv32_process_termination.json5 by keel-sysgen, do not edit */
/* Process main of app process_termination: its handles, IRQs, mappings and constants. */
#ifndef KEEL_MAIN_CODEGEN_H
#define KEEL_MAIN_CODEGEN_H

#define PROCESS_NAME "main"

/* Handles: indices into the process's object table. */
#define HANDLE_CLEAN_EXIT_PROCESS 0u /* process */
#define HANDLE_FORCED_EXIT_PROCESS 1u /* process */
#define HANDLE_EXCEPTION_EXIT_PROCESS 2u /* process */
#define HANDLE_RESTART_PROCESS 3u /* process */
#define HANDLE_IPC_CONTROL_INITIATOR 4u /* channel_initiator */
#define HANDLE_IPC_RESET 5u /* channel_handler */
#define HANDLE_WAIT_GROUP 6u /* wait_group */
#define HANDLE_MAIN_THREAD 7u /* thread */
#define HANDLE_TEST_THREAD 8u /* thread */
#define HANDLE_PROCESS 9u /* the process itself */

#endif /* KEEL_MAIN_CODEGEN_H */
