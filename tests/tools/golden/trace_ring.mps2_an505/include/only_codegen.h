/* generated from tests/tools/configs/trace_ring.json5 by keel-sysgen, do not edit */
/* Process only of app app: its handles, IRQs, mappings and constants. */
#ifndef KEEL_ONLY_CODEGEN_H
#define KEEL_ONLY_CODEGEN_H

#define PROCESS_NAME "only"

/* Handles: indices into the process's object table. */
#define HANDLE_PROCESS 0u /* the process itself */

#endif /* KEEL_ONLY_CODEGEN_H */
