/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The fuzzer's seed channel: a 4-byte request asks for a seed (the answer); an 8-byte
 * request {FUZZ_PROGRESS, n} says n more syscalls were made (answered empty). Random
 * transactions from the fuzzer may say anything else, which the supervisor ignores.
 */
#ifndef SYSCALL_FUZZ_PROTOCOL_H
#define SYSCALL_FUZZ_PROTOCOL_H

#define FUZZ_PROGRESS 0x70726f67u

/* A plain test run: 200 runs. ./keel soak builds the same system with a syscall goal. */
#ifndef FUZZ_RUNS
#define FUZZ_RUNS 200u
#endif
#ifndef FUZZ_SEED_BASE
#define FUZZ_SEED_BASE 0u
#endif
/* Runs continue until this many syscalls were made (0: just FUZZ_RUNS runs). */
#ifndef FUZZ_CALL_GOAL
#define FUZZ_CALL_GOAL 0u
#endif

#endif /* SYSCALL_FUZZ_PROTOCOL_H */
