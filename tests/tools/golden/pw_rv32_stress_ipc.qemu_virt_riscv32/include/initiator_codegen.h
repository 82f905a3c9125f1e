/* generated from tests/tools/configs/pw_rv32_stress_ipc.json5 by keel-sysgen, do not edit */
/* Process initiator of app initiator: its handles, IRQs, mappings and constants. */
#ifndef KEEL_INITIATOR_CODEGEN_H
#define KEEL_INITIATOR_CODEGEN_H

#define PROCESS_NAME "initiator"

/* Handles: indices into the process's object table. */
#define HANDLE_IPC 0u /* channel_initiator */
#define HANDLE_INITIATOR_THREAD 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

#endif /* KEEL_INITIATOR_CODEGEN_H */
