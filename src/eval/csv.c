/*
 * csv.c - a small RFC 4180 reader for evaluation corpora (FA-KES).
 *
 * The whole text is in memory; each call to rasdp_csv_next() yields one
 * record as an array of NUL-terminated fields.  Quoted fields may hold
 * commas, CR/LF line breaks and doubled quotes; an unquoted field runs to
 * the next comma or line break (a lone quote inside it is kept as text,
 * which is what spreadsheet exports do).  Line numbers count physical
 * lines, so an error in a record whose quoted field spans lines still
 * names the line where the record began.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "eval/eval.h"

#include "base/banned.h"

void rasdp_csv_init(struct rasdp_csv *c, const char *buf, size_t len)
{
	memset(c, 0, sizeof(*c));
	c->buf = buf;
	c->len = len;
	c->next_line = 1;
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
		c->off = 3;
}

void rasdp_csv_release(struct rasdp_csv *c)
{
	free(c->fields);
	free(c->store);
	c->fields = NULL;
	c->store = NULL;
	c->nfields = c->fields_alloc = c->store_alloc = 0;
}

/* Field starts are kept as offsets into `store` until the record ends. */
static int push_field(struct rasdp_csv *c, size_t start)
{
	if (c->nfields == c->fields_alloc) {
		size_t n = c->fields_alloc ? 2 * c->fields_alloc : 16;
		char **f = realloc(c->fields, n * sizeof(*f));

		if (!f)
			return RASD_ENOMEM;
		c->fields = f;
		c->fields_alloc = n;
	}
	c->fields[c->nfields++] = (char *)(uintptr_t)start;
	return 0;
}

int rasdp_csv_next(struct rasdp_csv *c, rasd_err *err)
{
	const char *s = c->buf, *end = c->buf + c->len;
	const char *p = s + c->off;
	size_t o = 0, start = 0, i;

	c->nfields = 0;
	if (c->off >= c->len)
		return 0;
	c->line = c->next_line;
	/* A record's field bytes never exceed the bytes left plus one NUL each. */
	if (c->store_alloc < c->len - c->off + 1) {
		size_t n = c->len - c->off + 1;
		char *st;

		if (n < c->len / 4 + 1)
			n = c->len / 4 + 1;
		st = realloc(c->store, n);
		if (!st)
			return rasdp_err(err, RASD_ENOMEM, -1, c->line, "out of memory");
		c->store = st;
		c->store_alloc = n;
	}
	for (;;) {
		start = o;
		if (p < end && *p == '"') {
			p++;
			for (;;) {
				if (p >= end)
					return rasdp_err(err, RASD_EPARSE, (int64_t)(p - s), c->line,
							 "quoted field not closed");
				if (*p == '"') {
					if (p + 1 < end && p[1] == '"') {
						c->store[o++] = '"';
						p += 2;
						continue;
					}
					p++;
					break;
				}
				if (*p == '\n')
					c->next_line++;
				c->store[o++] = *p++;
			}
			if (p < end && *p != ',' && *p != '\n' && *p != '\r')
				return rasdp_err(err, RASD_EPARSE, (int64_t)(p - s), c->next_line,
						 "text after a closing quote");
		} else {
			while (p < end && *p != ',' && *p != '\n' && *p != '\r')
				c->store[o++] = *p++;
		}
		c->store[o++] = '\0';
		if (push_field(c, start))
			return rasdp_err(err, RASD_ENOMEM, -1, c->line, "out of memory");
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p < end && *p == '\r')
			p++;
		if (p < end && *p == '\n') {
			p++;
			c->next_line++;
		}
		break;
	}
	c->off = (size_t)(p - s);
	for (i = 0; i < c->nfields; i++)
		c->fields[i] = c->store + (size_t)(uintptr_t)c->fields[i];
	return 1;
}
