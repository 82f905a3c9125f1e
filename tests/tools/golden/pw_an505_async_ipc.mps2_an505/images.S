/* generated from tests/tools/configs/pw_an505_async_ipc.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.initiator", "a"
	.incbin "initiator.bin"
	.section ".app.handler1", "a"
	.incbin "handler1.bin"
	.section ".app.handler2", "a"
	.incbin "handler2.bin"
	.section ".app.handler3", "a"
	.incbin "handler3.bin"
