/* generated from tests/tools/configs/pw_an505_interrupts.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.source", "a"
	.incbin "source.bin"
	.section ".app.listener", "a"
	.incbin "listener.bin"
