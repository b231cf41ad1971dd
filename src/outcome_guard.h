/*
 * outcome_guard.h
 *		Only the checks write a row's outcome (see outcome_guard.c).
 */
#ifndef OUTCOME_GUARD_H
#define OUTCOME_GUARD_H

/*
 * Let the outcome guard pass UPDATEs of checked rows made from now until
 * the current memory context is reset or deleted (after SPI_connect: until
 * SPI_finish), or the (sub)transaction that called it aborts.  Only the
 * extension's own C code calls it, around its own fixed UPDATE statements.
 */
extern void pc_outcome_guard_allow(void);

/* Is an outcome write allowed now? */
extern bool pc_outcome_guard_allowed(void);

#endif							/* OUTCOME_GUARD_H */
