/* generated from tests/tools/configs/riscv_kernel.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.power", "a"
	.incbin "power.bin"
