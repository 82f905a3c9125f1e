/* generated from tests/tools/configs/threads_constants.json5 by keel-sysgen, do not edit */
/* Process reporter of app sensors: its handles, IRQs, mappings and constants. */
#ifndef KEEL_REPORTER_CODEGEN_H
#define KEEL_REPORTER_CODEGEN_H

#define PROCESS_NAME "reporter"

/* Handles: indices into the process's object table. */
#define HANDLE_SAMPLES 0u /* channel_initiator */
#define HANDLE_UNUSED 1u /* channel_handler */
#define HANDLE_MAIN 2u /* thread */
#define HANDLE_PROCESS 3u /* the process itself */

/* Constants of app sensors. */
#define CONST_ENABLED 1 /* bool */
#define CONST_DISABLED 0 /* bool */
#define CONST_SEPARATOR ':' /* char */
#define CONST_QUOTE '\'' /* char */
#define CONST_BACKSLASH '\\' /* char */
#define CONST_NEWLINE '\012' /* char */
#define CONST_DEGREE 0xB0u /* char */
#define CONST_U8_MAX 255u /* u8 */
#define CONST_U16_MAX 65535u /* u16 */
#define CONST_U32_MAX 4294967295u /* u32 */
#define CONST_U64_MAX 18446744073709551615ull /* u64 */
#define CONST_USIZE_MAX 4294967295u /* usize */
#define CONST_I8_MIN (-128) /* i8 */
#define CONST_I16_MIN (-32768) /* i16 */
#define CONST_I32_MIN (-2147483647 - 1) /* i32 */
#define CONST_I32_MAX 2147483647 /* i32 */
#define CONST_I64_MIN (-9223372036854775807ll - 1) /* i64 */
#define CONST_I64_MAX 9223372036854775807ll /* i64 */
#define CONST_ISIZE_NEG (-1) /* isize */
#define CONST_ZERO 0u /* u8 */
#define CONST_GREETING "Hello, \"world\"\?\? \\ tab\011here\303\251\000end" /* string */
#define CONST_EMPTY "" /* string */

#endif /* KEEL_REPORTER_CODEGEN_H */
