/* generated from tests/tools/configs/pw_an505_async_ipc.json5 by keel-sysgen, do not edit */
/* Process initiator of app initiator: its handles, IRQs, mappings and constants. */
#ifndef KEEL_INITIATOR_CODEGEN_H
#define KEEL_INITIATOR_CODEGEN_H

#define PROCESS_NAME "initiator"

/* Handles: indices into the process's object table. */
#define HANDLE_IPC_1 0u /* channel_initiator */
#define HANDLE_IPC_2 1u /* channel_initiator */
#define HANDLE_IPC_3 2u /* channel_initiator */
#define HANDLE_WAIT_GROUP 3u /* wait_group */
#define HANDLE_PROCESS 4u /* the process itself */

#endif /* KEEL_INITIATOR_CODEGEN_H */
