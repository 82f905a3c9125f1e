# Cross toolchain for qemu_virt_riscv32 (rv32imac, M-mode kernel, U-mode processes).
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR riscv32)
set(CMAKE_C_COMPILER riscv64-unknown-elf-gcc)
set(CMAKE_ASM_COMPILER riscv64-unknown-elf-gcc)
set(CMAKE_OBJCOPY riscv64-unknown-elf-objcopy CACHE FILEPATH "")
set(CMAKE_SIZE riscv64-unknown-elf-size CACHE FILEPATH "")
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# Why -misa-spec=2.2: Debian's gcc 12 defaults to ISA spec 20191213, where Zicsr is a
# separate extension, so plain rv32imac rejects csrr/csrw. Naming it explicitly
# (rv32imac_zicsr) makes the driver pick the rv64 libgcc multilib and the link fails.
# Under spec 2.2 the CSR instructions are part of the base ISA and rv32imac/ilp32
# selects the right multilib.
set(KEEL_ARCH_FLAGS "-misa-spec=2.2 -march=rv32imac -mabi=ilp32 -mcmodel=medany")
set(CMAKE_C_FLAGS_INIT "${KEEL_ARCH_FLAGS}")
set(CMAKE_ASM_FLAGS_INIT "${KEEL_ARCH_FLAGS}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "${KEEL_ARCH_FLAGS} -nostdlib -nostartfiles")

set(KEEL_TARGET qemu_virt_riscv32 CACHE STRING "board to build for")
set(KEEL_ARCH riscv CACHE STRING "arch port")
