/* generated from tests/tools/configs/pw_rv32_thread_termination.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.main", "a"
	.incbin "main.bin"
