/* generated from tests/tools/configs/an505.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.uart1", "a"
	.incbin "uart1.bin"
	.section ".app.shell", "a"
	.incbin "shell.bin"
