/*
 * fault.c - the allocation wrappers behind fault.h.  Not thread-safe: the
 * unit tests that inject failures run on one thread.
 */
#include "fault.h"

#include <stddef.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t nmemb, size_t n);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t nmemb, size_t n);
void *__wrap_realloc(void *p, size_t n);

static long countdown = -1;     /* allocations left before the failure */
static int failed;

void rasdt_fail_alloc(long n)
{
	countdown = n;
	if (n >= 0)
		failed = 0;
}

int rasdt_alloc_failed(void)
{
	return failed;
}

static int fail_now(void)
{
	if (countdown < 0)
		return 0;
	if (countdown-- > 0)
		return 0;
	failed = 1;
	return 1;
}

void *__wrap_malloc(size_t n)
{
	return fail_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t nmemb, size_t n)
{
	return fail_now() ? NULL : __real_calloc(nmemb, n);
}

void *__wrap_realloc(void *p, size_t n)
{
	return fail_now() ? NULL : __real_realloc(p, n);
}
