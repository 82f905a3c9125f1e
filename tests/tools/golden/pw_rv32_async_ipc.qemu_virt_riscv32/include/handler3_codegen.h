/* generated from tests/tools/configs/pw_rv32_async_ipc.json5 by keel-sysgen, do not edit */
/* Process handler3 of app handlers: its handles, IRQs, mappings and constants. */
#ifndef KEEL_HANDLER3_CODEGEN_H
#define KEEL_HANDLER3_CODEGEN_H

#define PROCESS_NAME "handler3"

/* Handles: indices into the process's object table. */
#define HANDLE_IPC_3 0u /* channel_handler */
#define HANDLE_PROCESS 1u /* the process itself */

#endif /* KEEL_HANDLER3_CODEGEN_H */
