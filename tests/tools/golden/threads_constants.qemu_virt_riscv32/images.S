/* generated from tests/tools/configs/threads_constants.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.sampler", "a"
	.incbin "sampler.bin"
	.section ".app.reporter", "a"
	.incbin "reporter.bin"
	.section ".app.watchdog", "a"
	.incbin "watchdog.bin"
