/* generated from tests/tools/configs/pw_rv32_uart.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.uart_owner", "a"
	.incbin "uart_owner.bin"
	.section ".app.uart_listener", "a"
	.incbin "uart_listener.bin"
