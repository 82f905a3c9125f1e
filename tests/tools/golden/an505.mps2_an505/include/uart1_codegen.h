/* generated from tests/tools/configs/an505.json5 by keel-sysgen, do not edit */
/* Process uart1 of app console: its handles, IRQs, mappings and constants. */
#ifndef KEEL_UART1_CODEGEN_H
#define KEEL_UART1_CODEGEN_H

#define PROCESS_NAME "uart1"

/* Handles: indices into the process's object table. */
#define HANDLE_UART_IRQS 0u /* interrupt */
#define HANDLE_CONSOLE 1u /* channel_handler */
#define HANDLE_MAIN_THREAD 2u /* thread */
#define HANDLE_PROCESS 3u /* the process itself */

/* IRQs of interrupt object uart_irqs, and the signal each raises. */
#define IRQ_UART1_RX 34u
#define SIGNAL_UART1_RX (1u << (16 + 0))
#define IRQ_UART1_TX 35u
#define SIGNAL_UART1_TX (1u << (16 + 1))

/* Memory mappings. */
#define MAPPING_UART1_START 0x40201000u
#define MAPPING_UART1_SIZE 0x1000u

/* Constants of app console. */
#define CONST_BAUD_DIVIDER 16u /* u32 */

#endif /* KEEL_UART1_CODEGEN_H */
