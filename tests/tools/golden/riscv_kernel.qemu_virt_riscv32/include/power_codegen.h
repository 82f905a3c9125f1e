/* generated from tests/tools/configs/riscv_kernel.json5 by keel-sysgen, do not edit */
/* Process power of app power: its handles, IRQs, mappings and constants. */
#ifndef KEEL_POWER_CODEGEN_H
#define KEEL_POWER_CODEGEN_H

#define PROCESS_NAME "power"

/* Handles: indices into the process's object table. */
#define HANDLE_RTC 0u /* interrupt */
#define HANDLE_MAIN_THREAD 1u /* thread */
#define HANDLE_PROCESS 2u /* the process itself */

/* IRQs of interrupt object rtc, and the signal each raises. */
#define IRQ_RTC_ALARM 11u
#define SIGNAL_RTC_ALARM (1u << (16 + 0))

/* Memory mappings. */
#define MAPPING_RTC_REGS_START 0x00101000u
#define MAPPING_RTC_REGS_SIZE 0x1000u

#endif /* KEEL_POWER_CODEGEN_H */
