/* generated from tests/tools/configs/pw_an505_wait_group.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.initiator", "a"
	.incbin "initiator.bin"
	.section ".app.handler", "a"
	.incbin "handler.bin"
