/* generated from tests/tools/configs/trace_ring.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.only", "a"
	.incbin "only.bin"
