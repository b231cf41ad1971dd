/*
 * rng.h
 *		Deterministic xorshift64* generator for the unit test programs, so
 *		that a failure is reproducible.
 *
 * The including file defines RNG_SEED (a non-zero uint64_t constant) first,
 * in the manner of PostgreSQL's template headers: each program keeps its own
 * seed, so the values its tests draw do not change with the other program.
 */
#ifndef TEST_RNG_H
#define TEST_RNG_H

#include <stdint.h>

#ifndef RNG_SEED
#error "define RNG_SEED before including rng.h"
#endif

static uint64_t rng_state = RNG_SEED;

static inline uint64_t
rng_next(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * UINT64_C(2685821657736338717);
}

#endif							/* TEST_RNG_H */
