/* generated from tests/tools/configs/pw_rv32_ipc.json5 by keel-sysgen, do not edit */
/* Process asker of app ping: its handles, IRQs, mappings and constants. */
#ifndef KEEL_ASKER_CODEGEN_H
#define KEEL_ASKER_CODEGEN_H

#define PROCESS_NAME "asker"

/* Handles: indices into the process's object table. */
#define HANDLE_CHAN 0u /* channel_initiator */
#define HANDLE_ASKER_THREAD 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

#endif /* KEEL_ASKER_CODEGEN_H */
