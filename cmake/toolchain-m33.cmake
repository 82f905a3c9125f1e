# Cross toolchain for mps2_an505 (Cortex-M33, ARMv8-M mainline, no FPU).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
set(CMAKE_OBJCOPY arm-none-eabi-objcopy CACHE FILEPATH "")
set(CMAKE_SIZE arm-none-eabi-size CACHE FILEPATH "")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# The soft-float ABI selects the thumb/v8-m.main/nofp multilib, which links.
set(KEEL_ARCH_FLAGS "-mcpu=cortex-m33 -mthumb -mfloat-abi=soft")
set(CMAKE_C_FLAGS_INIT "${KEEL_ARCH_FLAGS}")
set(CMAKE_ASM_FLAGS_INIT "${KEEL_ARCH_FLAGS}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "${KEEL_ARCH_FLAGS} -nostdlib -nostartfiles")

set(KEEL_TARGET mps2_an505 CACHE STRING "board to build for")
set(KEEL_ARCH armv8m CACHE STRING "arch port")
