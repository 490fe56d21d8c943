/*
 * tsv.c - the reader of the reviewed TSV lexicons.
 *
 * A file is read whole and split in place: lines end at '\n' (a '\r'
 * before it is dropped), fields at '\t'.  Blank lines and lines whose
 * first byte is '#' are comments.  The first other line is the header; it
 * names the columns, so columns may come in any order and editors may add
 * their own (notes, source), which are ignored.  Every data line must have
 * exactly as many fields as the header: a short line is the usual editing
 * slip (a tab typed as spaces) and is reported, never guessed around.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "lexicon/lexicon_int.h"

#include "base/banned.h"

static int read_all(const char *path, char **out, size_t *out_len,
		    rasd_err *err)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, alloc = 0, n;

	if (!f)
		return rasdp_err(err, errno == ENOENT ? RASD_ENOTFOUND : RASD_EIO,
				 -1, 0, "cannot open '%s'", path);
	for (;;) {
		if (alloc - len < 65536) {
			size_t na = alloc ? alloc * 2 : 1 << 16;
			char *nb = realloc(buf, na + 1);

			if (!nb) {
				free(buf);
				fclose(f);
				return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
			}
			buf = nb;
			alloc = na;
		}
		n = fread(buf + len, 1, alloc - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return rasdp_err(err, RASD_EIO, -1, 0, "cannot read '%s'", path);
	}
	fclose(f);
	buf[len] = '\0';
	*out = buf;
	*out_len = len;
	return 0;
}

/*
 * Cut the next line out of the buffer, NUL-terminating it; NULL at the
 * end.  Advances t->line.
 */
static char *next_line(struct rasdp_tsv *t)
{
	char *s, *nl;
	size_t n;

	if (t->off >= t->len)
		return NULL;
	s = t->data + t->off;
	nl = memchr(s, '\n', t->len - t->off);
	n = nl ? (size_t)(nl - s) : t->len - t->off;
	t->off += n + (nl ? 1 : 0);
	s[n] = '\0';
	if (n && s[n - 1] == '\r')
		s[n - 1] = '\0';
	t->line++;
	return s;
}

static int is_comment(const char *s)
{
	return *s == '\0' || *s == '#';
}

/* Split `s` at tabs into at most `max` fields; returns the true count. */
static size_t split(char *s, char **field, size_t max)
{
	size_t n = 0;

	for (;;) {
		char *tab = strchr(s, '\t');

		if (n < max)
			field[n] = s;
		n++;
		if (!tab)
			break;
		*tab = '\0';
		s = tab + 1;
	}
	return n;
}

int rasdp_tsv_open(struct rasdp_tsv *t, const char *path,
		   const struct rasdp_tsv_col *schema, size_t nschema,
		   rasd_err *err)
{
	char *head[RASDP_TSV_MAXCOLS];
	char *s;
	size_t i, j;
	int rc;

	memset(t, 0, sizeof(*t));
	t->path = path;
	t->nschema = nschema;
	rc = read_all(path, &t->data, &t->len, err);
	if (rc)
		return rc;
	if (memchr(t->data, '\0', t->len)) {
		rasdp_tsv_close(t);
		return rasdp_err(err, RASD_EPARSE, -1, 0, "%s: NUL byte in a text file", path);
	}
	do {
		s = next_line(t);
	} while (s && is_comment(s));
	if (!s) {
		rasdp_tsv_close(t);
		return rasdp_err(err, RASD_EPARSE, -1, 1, "%s:1: no header line", path);
	}
	t->nhead = split(s, head, RASDP_TSV_MAXCOLS);
	if (t->nhead > RASDP_TSV_MAXCOLS) {
		rasdp_tsv_close(t);
		return rasdp_err(err, RASD_EPARSE, -1, t->line, "%s:%ld: more than %d columns",
				 path, t->line, RASDP_TSV_MAXCOLS);
	}
	for (i = 0; i < nschema; i++) {
		t->map[i] = -1;
		for (j = 0; j < t->nhead; j++)
			if (!strcmp(head[j], schema[i].name))
				t->map[i] = (int)j;
		if (t->map[i] < 0 && schema[i].required) {
			long line = t->line;

			rasdp_tsv_close(t);
			return rasdp_err(err, RASD_EPARSE, -1, line,
					 "%s:%ld: missing column '%s'", path, line,
					 schema[i].name);
		}
	}
	return 0;
}

int rasdp_tsv_next(struct rasdp_tsv *t, rasd_err *err)
{
	char *s;
	size_t n;

	do {
		s = next_line(t);
	} while (s && is_comment(s));
	if (!s)
		return 0;
	n = split(s, t->field, RASDP_TSV_MAXCOLS);
	if (n != t->nhead)
		return rasdp_err(err, RASD_EPARSE, -1, t->line,
				 "%s:%ld: expected %zu fields, got %zu",
				 t->path, t->line, t->nhead, n);
	return 1;
}

const char *rasdp_tsv_get(const struct rasdp_tsv *t, size_t col)
{
	const char *s;

	if (col >= t->nschema || t->map[col] < 0)
		return "";
	s = t->field[t->map[col]];
	if (s[0] == '-' && s[1] == '\0')
		return "";
	return s;
}

int rasdp_tsv_double(const struct rasdp_tsv *t, size_t col, double dflt,
		     double *out, rasd_err *err)
{
	const char *s = rasdp_tsv_get(t, col);
	char *end;
	double v;

	if (!*s) {
		*out = dflt;
		return 0;
	}
	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end || errno || !isfinite(v))
		return rasdp_err(err, RASD_EPARSE, -1, t->line,
				 "%s:%ld: bad number '%s'", t->path, t->line, s);
	*out = v;
	return 0;
}

int rasdp_tsv_long(const struct rasdp_tsv *t, size_t col, long lo, long hi,
		   long dflt, long *out, rasd_err *err)
{
	const char *s = rasdp_tsv_get(t, col);
	char *end;
	long v;

	if (!*s) {
		*out = dflt;
		return 0;
	}
	errno = 0;
	v = strtol(s, &end, 10);
	if (end == s || *end || errno || v < lo || v > hi)
		return rasdp_err(err, RASD_EPARSE, -1, t->line,
				 "%s:%ld: bad number '%s' (expected %ld-%ld)",
				 t->path, t->line, s, lo, hi);
	*out = v;
	return 0;
}

void rasdp_tsv_close(struct rasdp_tsv *t)
{
	free(t->data);
	t->data = NULL;
	t->len = t->off = 0;
}
