/*
 * buf.c - growable byte buffer (see buf.h for the invariants).
 *
 * Every append goes through rasd_buf_grow(), the one place that fails; it
 * records the failure in b->err, and every entry point returns that error
 * untouched once it is set.  The invariants are checked on entry in debug
 * builds (ok()): a broken one is a bug in the caller (a buffer used after
 * its memory was taken, or written around the API), never bad input.
 */
#include "base/buf.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/banned.h"
#include "rasd.h"

char rasd_buf_empty[1];

#ifndef NDEBUG
/* The rules of buf.h hold for `b`. */
static int ok(const struct rasd_buf *b)
{
	if (!b->buf || b->err > 0)
		return 0;
	if (!b->alloc)
		return b->buf == rasd_buf_empty && b->len == 0 && !rasd_buf_empty[0];
	return b->len < b->alloc && b->buf[b->len] == '\0' &&
	       (!b->max || b->len <= b->max);
}
#endif

static int fail(struct rasd_buf *b, int code)
{
	b->err = code;
	return code;
}

void rasd_buf_init(struct rasd_buf *b, size_t max)
{
	b->buf = rasd_buf_empty;
	b->len = 0;
	b->alloc = 0;
	b->max = max;
	b->err = 0;
}

void rasd_buf_release(struct rasd_buf *b)
{
	/* a zeroed struct is an empty buffer here, so cleanup need not know
	 * whether rasd_buf_init() ran */
	assert(ok(b) || (!b->buf && !b->alloc && !b->len));
	if (b->alloc)
		free(b->buf);
	rasd_buf_init(b, b->max);
}

void rasd_buf_reset(struct rasd_buf *b)
{
	assert(ok(b));
	b->len = 0;
	if (b->alloc)
		b->buf[0] = '\0';
}

int rasd_buf_grow(struct rasd_buf *b, size_t extra)
{
	size_t need, want;
	char *n;

	assert(ok(b));
	if (b->err)
		return b->err;
	if (extra > (size_t)-1 - b->len - 1)
		return fail(b, RASD_ENOMEM);
	need = b->len + extra + 1;
	if (b->max && need - 1 > b->max)
		return fail(b, RASD_ETOOBIG);
	if (need <= b->alloc)
		return RASD_OK;
	want = b->alloc ? b->alloc : 64;
	while (want < need)
		want = want > (size_t)-1 / 2 ? need : want * 2;
	if (b->max && want > b->max + 1)
		want = b->max + 1;
	n = realloc(b->alloc ? b->buf : NULL, want);
	if (!n)
		return fail(b, RASD_ENOMEM);
	if (!b->alloc)
		n[0] = '\0';
	b->buf = n;
	b->alloc = want;
	return RASD_OK;
}

int rasd_buf_add(struct rasd_buf *b, const void *data, size_t len)
{
	int rc = rasd_buf_grow(b, len);

	if (rc)
		return rc;
	if (len)
		memcpy(b->buf + b->len, data, len);
	b->len += len;
	b->buf[b->len] = '\0';
	return RASD_OK;
}

int rasd_buf_adds(struct rasd_buf *b, const char *s)
{
	return rasd_buf_add(b, s, strlen(s));
}

int rasd_buf_addch(struct rasd_buf *b, int c)
{
	char ch = (char)c;

	return rasd_buf_add(b, &ch, 1);
}

int rasd_buf_vaddf(struct rasd_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n, rc;

	if (b->err)
		return b->err;
	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return fail(b, RASD_EINVAL);
	rc = rasd_buf_grow(b, (size_t)n);
	if (rc)
		return rc;
	vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	assert(ok(b));
	return RASD_OK;
}

int rasd_buf_addf(struct rasd_buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = rasd_buf_vaddf(b, fmt, ap);
	va_end(ap);
	return rc;
}

char *rasd_buf_detach(struct rasd_buf *b, size_t *len)
{
	char *r;

	/* an unallocated buffer gets its own memory: the caller frees it */
	if (b->err || rasd_buf_grow(b, 0)) {
		rasd_buf_release(b);
		return NULL;
	}
	r = b->buf;
	if (len)
		*len = b->len;
	b->buf = rasd_buf_empty;
	b->len = b->alloc = 0;
	return r;
}
