/* generated from tests/tools/configs/pw_rv32_process_termination.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.main", "a"
	.incbin "main.bin"
	.section ".app.clean_exit", "a"
	.incbin "clean_exit.bin"
	.section ".app.forced_exit", "a"
	.incbin "forced_exit.bin"
	.section ".app.restart", "a"
	.incbin "restart.bin"
	.section ".app.exception_exit", "a"
	.incbin "exception_exit.bin"
