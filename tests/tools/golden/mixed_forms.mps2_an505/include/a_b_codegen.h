/* generated from tests/tools/configs/mixed_forms.json5 by keel-sysgen, do not edit */
/* Process a_b of app legacy: its handles, IRQs, mappings and constants. */
#ifndef KEEL_A_B_CODEGEN_H
#define KEEL_A_B_CODEGEN_H

#define PROCESS_NAME "a_b"

/* Handles: indices into the process's object table. */
#define HANDLE_C 0u /* wait_group */
#define HANDLE_CH 1u /* channel_handler */
#define HANDLE_PROCESS 2u /* the process itself */

/* Constants of app legacy. */
#define CONST_VERSION 3u /* u16 */

#endif /* KEEL_A_B_CODEGEN_H */
