/* generated from tests/tools/configs/seed002.json5 by keel-sysgen, do not edit */
/* Process supervisor of app supervisor: its handles, IRQs, mappings and constants. */
#ifndef KEEL_SUPERVISOR_CODEGEN_H
#define KEEL_SUPERVISOR_CODEGEN_H

#define PROCESS_NAME "supervisor"

/* Handles: indices into the process's object table. */
#define HANDLE_UART_DRIVER_PROCESS 0u /* process */
#define HANDLE_ADVENTURE_GAME_PROCESS 1u /* process */
#define HANDLE_MAIN_LOOP_WAIT_GROUP 2u /* wait_group */
#define HANDLE_MAIN_THREAD 3u /* thread */
#define HANDLE_PROCESS 4u /* the process itself */

#endif /* KEEL_SUPERVISOR_CODEGEN_H */
