/* SPDX-License-Identifier: Apache-2.0 */
/*
 * What the adventure's two UART drivers (16550, CMSDK) share: the stream server over
 * the driver's channel, the receive ring with its drop warnings, and the loop that
 * waits on the UART's interrupt and the channel through one wait group. Each driver
 * keeps only its device: how to send, how to receive, how to switch it on.
 */
#ifndef UART_SERVER_H
#define UART_SERVER_H

#include <stddef.h>
#include <stdint.h>
#include <keel/syscall.h>

struct uart_server_device {
	keel_handle_t channel; /* the driver's channel handler */
	keel_handle_t interrupt; /* the UART's interrupt object */
	keel_signals_t rx_signal; /* its signal for the receive interrupt */
	keel_handle_t wait_group; /* the main loop's wait group */
	/* Send len bytes; returns how many were sent. */
	size_t (*transmit)(void *ctx, const uint8_t *buf, size_t len);
	/* Move what the receiver holds into bytes, at most cap; returns how many. */
	size_t (*receive)(uint8_t *bytes, size_t cap);
};

void uart_server_init(const struct uart_server_device *d);
/* Take in what the receiver holds (and warn once when the ring starts dropping). */
void uart_server_drain(void);
/* Serve for good; returns only when the wait group cannot be set up. */
void uart_server_run(void);

#endif /* UART_SERVER_H */
