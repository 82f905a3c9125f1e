/* generated from tests/tools/configs/pw_an505_interrupts.json5 by keel-sysgen, do not edit */
/* Process listener of app irq_listener: its handles, IRQs, mappings and constants. */
#ifndef KEEL_LISTENER_CODEGEN_H
#define KEEL_LISTENER_CODEGEN_H

#define PROCESS_NAME "listener"

/* Handles: indices into the process's object table. */
#define HANDLE_TEST_INTERRUPTS 0u /* interrupt */
#define HANDLE_IPC 1u /* channel_initiator */
#define HANDLE_LISTENER_THREAD 2u /* thread */
#define HANDLE_PROCESS 3u /* the process itself */

/* IRQs of interrupt object test_interrupts, and the signal each raises. */
#define IRQ_TEST_IRQ 42u
#define SIGNAL_TEST_IRQ (1u << (16 + 0))

#endif /* KEEL_LISTENER_CODEGEN_H */
