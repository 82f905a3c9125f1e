/* generated from tests/tools/configs/pw_an505_clock.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.clock_test_process", "a"
	.incbin "clock_test_process.bin"
