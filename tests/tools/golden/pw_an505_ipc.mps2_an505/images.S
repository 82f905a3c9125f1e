/* generated from tests/tools/configs/pw_an505_ipc.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.asker", "a"
	.incbin "asker.bin"
	.section ".app.answerer", "a"
	.incbin "answerer.bin"
