/* generated from tests/tools/configs/seed002.json5 by keel-sysgen, do not edit */
/* Process uart_driver_16550 of app uart_driver_16550: its handles, IRQs, mappings and constants. */
#ifndef KEEL_UART_DRIVER_16550_CODEGEN_H
#define KEEL_UART_DRIVER_16550_CODEGEN_H

#define PROCESS_NAME "uart_driver_16550"

/* Handles: indices into the process's object table. */
#define HANDLE_UART_INTERRUPT 0u /* interrupt */
#define HANDLE_UART 1u /* channel_handler */
#define HANDLE_MAIN_LOOP_WAIT_GROUP 2u /* wait_group */
#define HANDLE_MAIN_THREAD 3u /* thread */
#define HANDLE_PROCESS 4u /* the process itself */

/* IRQs of interrupt object uart_interrupt, and the signal each raises. */
#define IRQ_UART 10u
#define SIGNAL_UART (1u << (16 + 0))

/* Memory mappings. */
#define MAPPING_UART_START 0x10000000u
#define MAPPING_UART_SIZE 0x1000u

#endif /* KEEL_UART_DRIVER_16550_CODEGEN_H */
