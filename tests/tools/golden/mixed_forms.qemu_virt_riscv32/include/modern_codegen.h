/* generated from tests/tools/configs/mixed_forms.json5 by keel-sysgen, do not edit */
/* Process modern of app modern: its handles, IRQs, mappings and constants. */
#ifndef KEEL_MODERN_CODEGEN_H
#define KEEL_MODERN_CODEGEN_H

#define PROCESS_NAME "modern"

/* Handles: indices into the process's object table. */
#define HANDLE_TO_A 0u /* channel_initiator */
#define HANDLE_LEGACY_A 1u /* process */
#define HANDLE_T 2u /* thread */
#define HANDLE_PROCESS 3u /* the process itself */

/* Memory mappings. */
#define MAPPING_GPIO_START 0x40100000u
#define MAPPING_GPIO_SIZE 0x1000u

#endif /* KEEL_MODERN_CODEGEN_H */
