/* generated from tests/tools/configs/pw_an505_interrupts.json5 by keel-sysgen, do not edit */
/* Process source of app irq_source: its handles, IRQs, mappings and constants. */
#ifndef KEEL_SOURCE_CODEGEN_H
#define KEEL_SOURCE_CODEGEN_H

#define PROCESS_NAME "source"

/* Handles: indices into the process's object table. */
#define HANDLE_IPC 0u /* channel_handler */
#define HANDLE_SOURCE_THREAD 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

/* Constants of app irq_source. */
#define CONST_TEST_IRQ 42u /* u32 */

#endif /* KEEL_SOURCE_CODEGEN_H */
