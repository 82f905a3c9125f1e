/* generated from tests/tools/configs/pw_rv32_priorities.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.sched", "a"
	.incbin "sched.bin"
