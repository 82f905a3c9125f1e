/* generated from tests/tools/configs/mixed_forms.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
	.section ".app.a_b", "a"
	.incbin "a_b.bin"
	.section ".app.a", "a"
	.incbin "a.bin"
	.section ".app.lonely", "a"
	.incbin "lonely.bin"
	.section ".app.modern", "a"
	.incbin "modern.bin"
