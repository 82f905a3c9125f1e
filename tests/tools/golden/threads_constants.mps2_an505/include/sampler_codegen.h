/* generated from tests/tools/configs/threads_constants.json5 by keel-sysgen, do not edit */
/* Process sampler of app sensors: its handles, IRQs, mappings and constants. */
#ifndef KEEL_SAMPLER_CODEGEN_H
#define KEEL_SAMPLER_CODEGEN_H

#define PROCESS_NAME "sampler"

/* Handles: indices into the process's object table. */
#define HANDLE_SAMPLE_READY 0u /* interrupt */
#define HANDLE_WORKER 1u /* thread */
#define HANDLE_SAMPLES 2u /* channel_handler */
#define HANDLE_BOSS 3u /* thread */
#define HANDLE_SPARE 4u /* thread */
#define HANDLE_EVENTS 5u /* wait_group */
#define HANDLE_PROCESS 6u /* the process itself */

/* IRQs of interrupt object sample_ready, and the signal each raises. */
#define IRQ_ADC_DONE 5u
#define SIGNAL_ADC_DONE (1u << (16 + 0))
#define IRQ_ADC_OVERRUN 6u
#define SIGNAL_ADC_OVERRUN (1u << (16 + 1))
#define IRQ_DMA_DONE 7u
#define SIGNAL_DMA_DONE (1u << (16 + 2))

/* Stacks of threads that thread_start starts: the sp to give it. */
#define STACK_TOP_WORKER 0x38010c00u /* 1024 bytes */

/* Memory mappings. */
#define MAPPING_ADC_START 0x40100000u
#define MAPPING_ADC_SIZE 0x1000u
#define MAPPING_DSP_CODE_START 0x60000000u
#define MAPPING_DSP_CODE_SIZE 0x2000u
#define MAPPING_SHARED_BUFFER_START 0x60100000u
#define MAPPING_SHARED_BUFFER_SIZE 0x400u

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

#endif /* KEEL_SAMPLER_CODEGEN_H */
