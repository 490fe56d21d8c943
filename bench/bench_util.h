/*
 * bench_util.h - what the benchmark programs (bench_cluster.c,
 * bench_store.c) share: a seeded xorshift generator, so that a run makes
 * the same synthetic data every time, and a monotonic clock.
 */
#ifndef RASD_BENCH_UTIL_H
#define RASD_BENCH_UTIL_H

#include <stdint.h>
#include <time.h>

/* A number in [0, n) from the xorshift state *s (never 0). */
static inline uint32_t bench_rnd(uint64_t *s, uint32_t n)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return (uint32_t)((*s >> 11) % n);
}

/* Seconds on the monotonic clock. */
static inline double bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

#endif
