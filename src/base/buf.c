/*
 * buf.c - growable byte buffer (see buf.h for the invariants).
 */
#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/banned.h"
#include "rasd.h"

char rasd_buf_empty[1];

void rasd_buf_init(struct rasd_buf *b, size_t max)
{
	b->buf = rasd_buf_empty;
	b->len = 0;
	b->alloc = 0;
	b->max = max;
}

void rasd_buf_release(struct rasd_buf *b)
{
	if (b->alloc)
		free(b->buf);
	rasd_buf_init(b, b->max);
}

void rasd_buf_reset(struct rasd_buf *b)
{
	b->len = 0;
	if (b->alloc)
		b->buf[0] = '\0';
}

int rasd_buf_grow(struct rasd_buf *b, size_t extra)
{
	size_t need, want;
	char *n;

	if (extra > (size_t)-1 - b->len - 1)
		return RASD_ENOMEM;
	need = b->len + extra + 1;
	if (b->max && need - 1 > b->max)
		return RASD_ETOOBIG;
	if (need <= b->alloc)
		return RASD_OK;
	want = b->alloc ? b->alloc : 64;
	while (want < need)
		want = want > (size_t)-1 / 2 ? need : want * 2;
	if (b->max && want > b->max + 1)
		want = b->max + 1;
	n = realloc(b->alloc ? b->buf : NULL, want);
	if (!n)
		return RASD_ENOMEM;
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

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return RASD_EINVAL;
	rc = rasd_buf_grow(b, (size_t)n);
	if (rc)
		return rc;
	vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
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

	if (!b->alloc && rasd_buf_grow(b, 0))
		return NULL;
	if (!b->alloc) {
		r = malloc(1);
		if (r)
			r[0] = '\0';
	} else {
		r = b->buf;
	}
	if (len)
		*len = b->len;
	b->buf = rasd_buf_empty;
	b->len = b->alloc = 0;
	return r;
}
