/* generated from tests/tools/configs/seed002.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.supervisor", "a"
	.incbin "supervisor.bin"
	.section ".app.uart_driver_16550", "a"
	.incbin "uart_driver_16550.bin"
	.section ".app.adventure_game", "a"
	.incbin "adventure_game.bin"
