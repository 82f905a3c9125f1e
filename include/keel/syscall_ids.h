/* SPDX-License-Identifier: Apache-2.0 */
/* Syscall ids: pw_kernel's numbers, so its documentation carries over. */
#ifndef KEEL_SYSCALL_IDS_H
#define KEEL_SYSCALL_IDS_H

#define KEEL_SYS_CHANNEL_ASYNC_CANCEL 0x0001u
#define KEEL_SYS_CHANNEL_ASYNC_TRANSACT 0x0002u
#define KEEL_SYS_CHANNEL_ASYNC_TRANSACT_COMPLETE 0x0003u
#define KEEL_SYS_CHANNEL_READ 0x0004u
#define KEEL_SYS_CHANNEL_RESPOND 0x0005u
#define KEEL_SYS_CHANNEL_TRANSACT 0x0006u
#define KEEL_SYS_INTERRUPT_ACK 0x0007u
#define KEEL_SYS_OBJECT_WAIT 0x0008u
#define KEEL_SYS_PROCESS_EXIT 0x0009u
#define KEEL_SYS_PROCESS_START 0x000au
#define KEEL_SYS_OBJECT_SET_PEER_USER_SIGNAL 0x000bu
#define KEEL_SYS_TASK_JOIN 0x000cu
#define KEEL_SYS_TASK_TERMINATE 0x000du
#define KEEL_SYS_THREAD_EXIT 0x000eu
#define KEEL_SYS_THREAD_START 0x000fu
#define KEEL_SYS_WAIT_GROUP_ADD 0x0010u
#define KEEL_SYS_WAIT_GROUP_REMOVE 0x0011u
/*
 * Keel's extensions (0xe000..0xefff): calls pw_kernel does not have, beside its
 * unchanged ones.
 */
#define KEEL_SYS_TASK_STATE 0xe001u
#define KEEL_SYS_CHANNEL_RESPOND_AND_WAIT 0xe002u
#define KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE 0xe003u
/* The response length that makes those two calls only wait (no response). */
#define KEEL_NO_RESPONSE 0x80000000u
/*
 * Short register messages (doc/syscalls.md): at most 16 bytes in four argument
 * registers, five result registers. The first argument is a tag: the handle, the
 * length, or (the handler's call) KEEL_NO_RESPONSE with length 0.
 */
#define KEEL_SYS_CHANNEL_TRANSACT_SHORT 0xe004u
#define KEEL_SYS_CHANNEL_RESPOND_AND_RECEIVE_SHORT 0xe005u
#define KEEL_SHORT_MESSAGE_MAX 16u
#define KEEL_SHORT_TAG(h, len) ((0u + (h)) | (0u + (len)) << 16)
#define KEEL_SYS_DEBUG_PUTC 0xf001u
#define KEEL_SYS_DEBUG_SHUTDOWN 0xf002u
#define KEEL_SYS_DEBUG_LOG 0xf003u
#define KEEL_SYS_DEBUG_NOP 0xf004u
#define KEEL_SYS_DEBUG_TRIGGER_INTERRUPT 0xf005u
#define KEEL_SYS_DEBUG_CLOCK_NOW 0xf006u

#endif /* KEEL_SYSCALL_IDS_H */
