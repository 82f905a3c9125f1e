/* generated from tests/tools/configs/pw_an505_process_termination.json5 by keel-sysgen, do not edit */
/* Process restart of app process_termination: its handles, IRQs, mappings and constants. */
#ifndef KEEL_RESTART_CODEGEN_H
#define KEEL_RESTART_CODEGEN_H

#define PROCESS_NAME "restart"

/* Handles: indices into the process's object table. */
#define HANDLE_WAIT_GROUP 0u /* wait_group */
#define HANDLE_IPC_CONTROL_HANDLER 1u /* channel_handler */
#define HANDLE_IPC_RESET 2u /* channel_initiator */
#define HANDLE_RESTART_THREAD 3u /* thread */
#define HANDLE_PROCESS 4u /* the process itself */

#endif /* KEEL_RESTART_CODEGEN_H */
