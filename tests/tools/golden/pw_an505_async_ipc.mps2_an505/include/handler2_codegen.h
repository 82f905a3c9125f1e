/* generated from tests/tools/configs/pw_an505_async_ipc.json5 by keel-sysgen, do not edit */
/* Process handler2 of app handlers: its handles, IRQs, mappings and constants. */
#ifndef KEEL_HANDLER2_CODEGEN_H
#define KEEL_HANDLER2_CODEGEN_H

#define PROCESS_NAME "handler2"

/* Handles: indices into the process's object table. */
#define HANDLE_IPC_2 0u /* channel_handler */
#define HANDLE_PROCESS 1u /* the process itself */

#endif /* KEEL_HANDLER2_CODEGEN_H */
