/* generated from tests/tools/configs/pw_an505_wait_group.json5 by keel-sysgen, do not edit */
/* Process handler of app handler: its handles, IRQs, mappings and constants. */
#ifndef KEEL_HANDLER_CODEGEN_H
#define KEEL_HANDLER_CODEGEN_H

#define PROCESS_NAME "handler"

/* Handles: indices into the process's object table. */
#define HANDLE_IPC_A 0u /* channel_handler */
#define HANDLE_IPC_B 1u /* channel_handler */
#define HANDLE_WAIT_GROUP_1 2u /* wait_group */
#define HANDLE_WAIT_GROUP_2 3u /* wait_group */
#define HANDLE_PROCESS 4u /* the process itself */

#endif /* KEEL_HANDLER_CODEGEN_H */
