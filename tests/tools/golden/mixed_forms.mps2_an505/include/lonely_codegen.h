/* generated from tests/tools/configs/mixed_forms.json5 by keel-sysgen, do not edit */
/* Process lonely of app legacy: its handles, IRQs, mappings and constants. */
#ifndef KEEL_LONELY_CODEGEN_H
#define KEEL_LONELY_CODEGEN_H

#define PROCESS_NAME "lonely"

/* Handles: indices into the process's object table. */
#define HANDLE_PROCESS 0u /* the process itself */

/* Constants of app legacy. */
#define CONST_VERSION 3u /* u16 */

#endif /* KEEL_LONELY_CODEGEN_H */
