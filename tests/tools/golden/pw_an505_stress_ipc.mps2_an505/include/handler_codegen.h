/* generated from tests/tools/configs/pw_an505_stress_ipc.json5 by keel-sysgen, do not edit */
/* Process handler of app handler: its handles, IRQs, mappings and constants. */
#ifndef KEEL_HANDLER_CODEGEN_H
#define KEEL_HANDLER_CODEGEN_H

#define PROCESS_NAME "handler"

/* Handles: indices into the process's object table. */
#define HANDLE_IPC 0u /* channel_handler */
#define HANDLE_HANDLER_THREAD 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

#endif /* KEEL_HANDLER_CODEGEN_H */
