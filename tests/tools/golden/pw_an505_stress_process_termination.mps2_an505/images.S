/* generated from tests/tools/configs/pw_an505_stress_process_termination.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.test_process", "a"
	.incbin "test_process.bin"
	.section ".app.victim", "a"
	.incbin "victim.bin"
