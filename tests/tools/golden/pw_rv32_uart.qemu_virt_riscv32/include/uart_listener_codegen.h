/* generated from tests/tools/configs/pw_rv32_uart.json5 by keel-sysgen, do not edit */
/* Process uart_listener of app uart_listener: its handles, IRQs, mappings and constants. */
#ifndef KEEL_UART_LISTENER_CODEGEN_H
#define KEEL_UART_LISTENER_CODEGEN_H

#define PROCESS_NAME "uart_listener"

/* Handles: indices into the process's object table. */
#define HANDLE_UART_INTERRUPTS 0u /* interrupt */
#define HANDLE_IPC 1u /* channel_initiator */
#define HANDLE_LISTENER_THREAD 2u /* thread */
#define HANDLE_PROCESS 3u /* the process itself */

/* IRQs of interrupt object uart_interrupts, and the signal each raises. */
#define IRQ_UART0 10u
#define SIGNAL_UART0 (1u << (16 + 0))

/* Memory mappings. */
#define MAPPING_UART0_START 0x10000000u
#define MAPPING_UART0_SIZE 0x2000u

#endif /* KEEL_UART_LISTENER_CODEGEN_H */
