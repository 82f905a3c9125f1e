/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Requests of the ipc test: a u32 word first. A letter 'a'..'z' is answered like seed
 * 000 (8 bytes: the upper-case letter, then the letter); the commands below are not
 * letters. An empty request gets an empty response.
 */
#ifndef IPC_TEST_PROTOCOL_H
#define IPC_TEST_PROTOCOL_H

/* Raise / lower USER on the initiator's end; the answer is one u32 0. */
#define CMD_RAISE_USER 0x100u
#define CMD_LOWER_USER 0x101u
/* The answer is one u32: the handler's own USER signal (what the initiator raised). */
#define CMD_ECHO_USER 0x102u
/* The word is followed by text; the answer is that text in upper case. */
#define CMD_UPPER 0x103u

#endif /* IPC_TEST_PROTOCOL_H */
