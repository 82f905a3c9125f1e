/* generated from tests/tools/configs/pw_an505_kernel_only.json5 by keel-sysgen, do not edit */
/* The process binaries; the build passes -Wa,-I<their directory>. */
