/* generated from tests/tools/configs/seed002.json5 by keel-sysgen, do not edit */
/* Process adventure_game of app adventure_game: its handles, IRQs, mappings and constants. */
#ifndef KEEL_ADVENTURE_GAME_CODEGEN_H
#define KEEL_ADVENTURE_GAME_CODEGEN_H

#define PROCESS_NAME "adventure_game"

/* Handles: indices into the process's object table. */
#define HANDLE_UART 0u /* channel_initiator */
#define HANDLE_MAIN_THREAD 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

#endif /* KEEL_ADVENTURE_GAME_CODEGEN_H */
