/* generated from tests/tools/configs/an505.json5 by keel-sysgen, do not edit */
/* Process shell of app shell: its handles, IRQs, mappings and constants. */
#ifndef KEEL_SHELL_CODEGEN_H
#define KEEL_SHELL_CODEGEN_H

#define PROCESS_NAME "shell"

/* Handles: indices into the process's object table. */
#define HANDLE_CONSOLE 0u /* channel_initiator */
#define HANDLE_CONSOLE_DRIVER 1u /* process */
#define HANDLE_MAIN 2u /* thread */
#define HANDLE_PROCESS 3u /* the process itself */

#endif /* KEEL_SHELL_CODEGEN_H */
