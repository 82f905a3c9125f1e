/* SPDX-License-Identifier: Apache-2.0 */
/* The debug_grants test's IRQ numbers (valid on both boards). */
#ifndef DEBUG_GRANTS_IRQS_H
#define DEBUG_GRANTS_IRQS_H

#define MUTED_IRQ 40u
#define OWN_IRQ 41u
/* No process owns this one. */
#define NOBODYS_IRQ 42u

#endif /* DEBUG_GRANTS_IRQS_H */
