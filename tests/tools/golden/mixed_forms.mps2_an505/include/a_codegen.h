/* generated from tests/tools/configs/mixed_forms.json5 by keel-sysgen, do not edit */
/* Process a of app legacy: its handles, IRQs, mappings and constants. */
#ifndef KEEL_A_CODEGEN_H
#define KEEL_A_CODEGEN_H

#define PROCESS_NAME "a"

/* Handles: indices into the process's object table. */
#define HANDLE_B_C 0u /* wait_group */
#define HANDLE_PROCESS 1u /* the process itself */

/* Memory mappings. */
#define MAPPING_GPIO_START 0x40100000u
#define MAPPING_GPIO_SIZE 0x1000u

/* Constants of app legacy. */
#define CONST_VERSION 3u /* u16 */

#endif /* KEEL_A_CODEGEN_H */
