/* generated from tests/tools/configs/pw_rv32_clock.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.clock_test_process", "a"
	.incbin "clock_test_process.bin"
