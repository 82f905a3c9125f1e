/* generated from tests/tools/configs/pw_rv32_uart.json5 by keel-sysgen, do not edit */
/* Process uart_owner of app uart_owner: its handles, IRQs, mappings and constants. */
#ifndef KEEL_UART_OWNER_CODEGEN_H
#define KEEL_UART_OWNER_CODEGEN_H

#define PROCESS_NAME "uart_owner"

/* Handles: indices into the process's object table. */
#define HANDLE_IPC 0u /* channel_handler */
#define HANDLE_OWNER_THREAD 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

/* Memory mappings. */
#define MAPPING_UART0_START 0x10000000u
#define MAPPING_UART0_SIZE 0x2000u

#endif /* KEEL_UART_OWNER_CODEGEN_H */
