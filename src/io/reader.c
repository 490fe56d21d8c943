/*
 * reader.c - document readers for `rasd extract` and `rasd ingest`:
 * JSONL (one report per line) and plain text (one report per file).
 *
 * Lines are read in chunks into a buffer capped at the configured
 * max_line: a longer line is skipped to its end and reported with its line
 * number, so one bad record never stops the rest.  JSON is parsed with
 * json-c; a line that is not a JSON object, or whose "text" is missing, is
 * reported as "<line>: <what>".  The decoded "text" is moved back into the
 * line buffer and json-c's copies dropped, so a report's text is held
 * once while it is analysed; a caller may take that buffer over
 * (rasd_reader_take_text()) instead of copying it, and may learn the next
 * line's length before it is parsed (rasd_reader_peek()).  A buffer grown
 * past a long line is given back before the next line is read.  A UTF-8 byte order mark at the start of
 * a JSONL input is skipped; a folder is refused (the command line expands
 * folders into their files).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "rasd.h"
#include "base/banned.h"

struct rasd_reader {
	FILE *f;
	int own;                    /* close f at the end */
	enum rasd_reader_format fmt;
	rasd_limits lim;
	long line;                  /* line number of the last record */
	long next_line;             /* line number of the next line to read */
	int done;
	char *chunk;                /* read buffer */
	size_t cpos, clen;
	struct rasd_buf linebuf;
	json_object *cur;           /* current parsed record */
	json_tokener *tok;
	int pending;                /* linebuf holds a line read ahead by rasd_reader_peek() */
	int pending_rc;             /* and read_line() returned this for it */
	char pubbuf[32];
};

#define CHUNK (1u << 16)
/* After a line this long the JSON parser is made again, to free its buffer. */
#define BIG_LINE ((size_t)1 << 20)
/* A byte order mark some editors put at the start of UTF-8 files. */
#define UTF8_BOM "\xef\xbb\xbf"

static enum rasd_reader_format guess_by_name(const char *path)
{
	const char *dot = strrchr(path, '.');

	if (!dot)
		return RASD_FMT_AUTO;
	if (!strcmp(dot, ".jsonl") || !strcmp(dot, ".ndjson") || !strcmp(dot, ".json"))
		return RASD_FMT_JSONL;
	if (!strcmp(dot, ".txt") || !strcmp(dot, ".text"))
		return RASD_FMT_TEXT;
	if (!strcmp(dot, ".html") || !strcmp(dot, ".htm"))
		return RASD_FMT_HTML;
	if (!strcmp(dot, ".xml") || !strcmp(dot, ".rss") || !strcmp(dot, ".atom"))
		return RASD_FMT_FEED;
	return RASD_FMT_AUTO;
}

static int fill(struct rasd_reader *r)
{
	if (r->cpos < r->clen)
		return 1;
	if (r->done)
		return 0;
	r->clen = fread(r->chunk, 1, CHUNK, r->f);
	r->cpos = 0;
	if (r->clen == 0) {
		r->done = 1;
		return ferror(r->f) ? -1 : 0;
	}
	return 1;
}

rasd_reader *rasd_reader_open(const char *path, enum rasd_reader_format fmt,
			      const rasd_limits *lim, rasd_err *err)
{
	struct rasd_reader *r = calloc(1, sizeof(*r));

	if (!r) {
		rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		return NULL;
	}
	if (lim)
		r->lim = *lim;
	else
		rasd_limits_default(&r->lim);
	if (!r->lim.max_line)
		r->lim.max_line = 64u << 20;
	if (!r->lim.max_doc)
		r->lim.max_doc = 16u << 20;
	rasd_buf_init(&r->linebuf, r->lim.max_line);
	if (!strcmp(path, "-")) {
		r->f = stdin;
	} else {
		struct stat st;

		r->f = fopen(path, "rb");
		r->own = 1;
		if (!r->f) {
			rasdp_err(err, errno == ENOENT ? RASD_ENOTFOUND : RASD_EIO, -1, 0,
				  "cannot open '%s': %s", path, strerror(errno));
			free(r);
			return NULL;
		}
		if (!fstat(fileno(r->f), &st) && S_ISDIR(st.st_mode)) {
			fclose(r->f);
			free(r);
			rasdp_err(err, RASD_EINVAL, -1, 0, "'%s' is a folder", path);
			return NULL;
		}
	}
	r->chunk = malloc(CHUNK);
	r->tok = json_tokener_new_ex(64);
	if (!r->chunk || !r->tok) {
		rasd_reader_close(r);
		rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		return NULL;
	}
	r->next_line = 1;
	if (fmt == RASD_FMT_AUTO)
		fmt = guess_by_name(path);
	if (fmt == RASD_FMT_AUTO) {
		/* By content: a first non-blank '{' means JSONL. */
		int rc = fill(r);
		size_t i;

		fmt = RASD_FMT_TEXT;
		i = r->cpos;
		if (rc > 0 && r->clen - i >= 3 && !memcmp(r->chunk + i, UTF8_BOM, 3))
			i += 3;
		for (; rc > 0 && i < r->clen; i++) {
			char c = r->chunk[i];

			if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
				continue;
			if (c == '{')
				fmt = RASD_FMT_JSONL;
			else if (c == '<')
				fmt = RASD_FMT_HTML;
			break;
		}
	}
	if (fmt == RASD_FMT_HTML || fmt == RASD_FMT_FEED) {
		rasd_reader_close(r);
		rasdp_err(err, RASD_EINVAL, -1, 0,
			  "'%s' is HTML or a feed: read it with 'rasd ingest'", path);
		return NULL;
	}
	r->fmt = fmt;
	return r;
}

/*
 * Read the next line into linebuf (without the newline).  Returns 1, 0 at
 * end of input, RASD_ETOOBIG for an over-long line and RASD_ENOMEM for one
 * that memory could not hold (either skipped: the next call reads the next
 * line), RASD_EIO.
 */
static int read_line(struct rasd_reader *r)
{
	int skip = 0, rc;

	/* after a long line, not kept at its size for the short ones after it */
	if (r->linebuf.alloc > BIG_LINE)
		rasd_buf_release(&r->linebuf);
	rasd_buf_reset(&r->linebuf);
	r->line = r->next_line;
	for (;;) {
		char *nl;
		size_t n;

		rc = fill(r);
		if (rc < 0)
			return RASD_EIO;
		if (rc == 0) {
			if (r->linebuf.len == 0 && !skip)
				return 0;
			r->next_line++;
			return skip ? skip : 1;
		}
		nl = memchr(r->chunk + r->cpos, '\n', r->clen - r->cpos);
		n = nl ? (size_t)(nl - (r->chunk + r->cpos)) : r->clen - r->cpos;
		if (!skip && rasd_buf_add(&r->linebuf, r->chunk + r->cpos, n)) {
			/* the line is skipped; the buffer starts over, its error taken */
			skip = r->linebuf.err;
			rasd_buf_release(&r->linebuf);
		}
		r->cpos += n;
		if (nl) {
			r->cpos++;
			r->next_line++;
			return skip ? skip : 1;
		}
	}
}

/*
 * Move the decoded text of `t` into the line it was read from, where it
 * fits (the JSON string is at least as long, with its quotes), and drop
 * json-c's copies of it: the string and, after a long line, the parser's
 * buffer, which it keeps at the size of the longest string it has read.
 * A report is then held once here instead of three times.  0, or
 * RASD_ENOMEM when the parser cannot be made again.
 */
static int text_in_line(struct rasd_reader *r, json_object *t, rasd_input *out)
{
	memcpy(r->linebuf.buf, json_object_get_string(t), out->text_len);
	r->linebuf.buf[out->text_len] = '\0';
	out->text = r->linebuf.buf;
	json_object_object_del(r->cur, "text");
	if (r->linebuf.len > BIG_LINE) {
		json_tokener_free(r->tok);
		r->tok = json_tokener_new_ex(64);
		if (!r->tok)
			return RASD_ENOMEM;
	}
	return 0;
}

static int next_jsonl(struct rasd_reader *r, rasd_input *out, rasd_err *err)
{
	for (;;) {
		json_object *o, *t;
		enum json_tokener_error jerr;
		int rc = r->pending ? r->pending_rc : read_line(r);
		size_t i;

		r->pending = 0;

		if (rc == 0)
			return 0;
		if (rc == RASD_EIO)
			return rasdp_err(err, RASD_EIO, -1, r->line, "cannot read: %s", strerror(errno));
		if (rc == RASD_ETOOBIG)
			return rasdp_err(err, RASD_ETOOBIG, -1, r->line,
					 "line longer than the limit of %zu bytes (--max-line)",
					 r->lim.max_line);
		if (rc == RASD_ENOMEM)
			return rasdp_err(err, RASD_ENOMEM, -1, r->line, "out of memory reading the line");
		/* A byte order mark before the first line is not part of it. */
		if (r->line == 1 && r->linebuf.len >= 3 && !memcmp(r->linebuf.buf, UTF8_BOM, 3)) {
			memmove(r->linebuf.buf, r->linebuf.buf + 3, r->linebuf.len - 2);
			r->linebuf.len -= 3;
		}
		for (i = 0; i < r->linebuf.len; i++)
			if (r->linebuf.buf[i] != ' ' && r->linebuf.buf[i] != '\t' && r->linebuf.buf[i] != '\r')
				break;
		if (i == r->linebuf.len)
			continue;   /* blank line */
		if (r->cur) {
			json_object_put(r->cur);
			r->cur = NULL;
		}
		if (!r->tok)
			r->tok = json_tokener_new_ex(64);
		if (!r->tok)
			return rasdp_err(err, RASD_ENOMEM, -1, r->line, "out of memory reading the line");
		json_tokener_reset(r->tok);
		o = json_tokener_parse_ex(r->tok, r->linebuf.buf, (int)(r->linebuf.len > 0x7fffffff ? 0x7fffffff : r->linebuf.len));
		jerr = json_tokener_get_error(r->tok);
		if (!o || jerr != json_tokener_success ||
		    json_tokener_get_parse_end(r->tok) < r->linebuf.len) {
			size_t end = json_tokener_get_parse_end(r->tok);

			if (o)
				json_object_put(o);
			/* Trailing white space after the object is fine. */
			if (o && jerr == json_tokener_success) {
				size_t j;

				for (j = end; j < r->linebuf.len; j++)
					if (r->linebuf.buf[j] != ' ' && r->linebuf.buf[j] != '\t' && r->linebuf.buf[j] != '\r')
						break;
				if (j == r->linebuf.len) {
					json_tokener_reset(r->tok);
					o = json_tokener_parse_ex(r->tok, r->linebuf.buf, (int)end);
					goto parsed;
				}
				return rasdp_err(err, RASD_EPARSE, (int64_t)j, r->line,
						 "unexpected data after the JSON object at column %zu", j + 1);
			}
			return rasdp_err(err, RASD_EPARSE, (int64_t)end, r->line,
					 "not JSON: %s at column %zu",
					 json_tokener_error_desc(jerr == json_tokener_success ? json_tokener_continue : jerr),
					 end + 1);
		}
parsed:
		if (!o)
			return rasdp_err(err, RASD_EPARSE, -1, r->line, "not JSON");
		if (!json_object_is_type(o, json_type_object)) {
			json_object_put(o);
			return rasdp_err(err, RASD_EPARSE, -1, r->line, "expected a JSON object");
		}
		r->cur = o;
		if (!rasdp_json_str(o, "text"))
			return rasdp_err(err, RASD_EPARSE, -1, r->line, "no \"text\" string");
		t = rasdp_json_get(o, "text");
		memset(out, 0, sizeof(*out));
		out->id = rasdp_json_str(o, "id");
		out->outlet = rasdp_json_str(o, "outlet");
		out->url = rasdp_json_str(o, "url");
		out->lang = rasdp_json_str(o, "lang");
		out->published = rasdp_json_str(o, "published");
		out->title = rasdp_json_str(o, "title");
		out->text_len = (size_t)json_object_get_string_len(t);
		if (out->text_len > r->lim.max_doc)
			return rasdp_err(err, RASD_ETOOBIG, -1, r->line,
					 "document of %zu bytes is over the limit of %zu bytes (--max-doc)",
					 out->text_len, r->lim.max_doc);
		if (text_in_line(r, t, out))
			return rasdp_err(err, RASD_ENOMEM, -1, r->line, "out of memory reading the line");
		return 1;
	}
}

static int next_text(struct rasd_reader *r, rasd_input *out, rasd_err *err)
{
	int rc;

	if (r->line)
		return 0;
	r->line = 1;
	rasd_buf_reset(&r->linebuf);
	r->linebuf.max = r->lim.max_doc;
	for (;;) {
		rc = fill(r);
		if (rc < 0)
			return rasdp_err(err, RASD_EIO, -1, 0, "cannot read: %s", strerror(errno));
		if (rc == 0)
			break;
		if (rasd_buf_add(&r->linebuf, r->chunk + r->cpos, r->clen - r->cpos))
			return r->linebuf.err == RASD_ETOOBIG
				? rasdp_err(err, RASD_ETOOBIG, -1, 0,
					    "document over the limit of %zu bytes (--max-doc)",
					    r->lim.max_doc)
				: rasdp_err(err, r->linebuf.err, -1, 0, "out of memory reading the document");
		r->cpos = r->clen;
	}
	if (r->linebuf.len == 0)
		return 0;   /* an empty file holds no report */
	memset(out, 0, sizeof(*out));
	out->text = r->linebuf.buf;
	out->text_len = r->linebuf.len;
	return 1;
}

int rasd_reader_next(rasd_reader *r, rasd_input *out, rasd_err *err)
{
	if (r->fmt == RASD_FMT_JSONL)
		return next_jsonl(r, out, err);
	return next_text(r, out, err);
}

/* Blank, as next_jsonl() skips it. */
static int blank_line(const struct rasd_buf *b)
{
	size_t i;

	for (i = 0; i < b->len; i++)
		if (b->buf[i] != ' ' && b->buf[i] != '\t' && b->buf[i] != '\r')
			return 0;
	return 1;
}

size_t rasd_reader_peek(rasd_reader *r)
{
	if (r->fmt != RASD_FMT_JSONL)
		return 0;
	while (!r->pending) {
		r->pending_rc = read_line(r);
		r->pending = 1;
		if (r->pending_rc == 1 && blank_line(&r->linebuf))
			r->pending = 0;
	}
	return r->pending_rc == 1 ? r->linebuf.len : 0;
}

char *rasd_reader_take_text(rasd_reader *r, const rasd_input *in)
{
	char *p = r->linebuf.buf, *q;

	if (!r->linebuf.alloc || in->text != p || r->pending)
		return NULL;
	q = realloc(p, in->text_len + 1);
	if (q)
		p = q;
	/* the next line starts a buffer of its own, under the same cap */
	rasd_buf_init(&r->linebuf, r->linebuf.max);
	return p;
}

long rasd_reader_line(const rasd_reader *r)
{
	return r->fmt == RASD_FMT_JSONL ? r->line : 0;
}

void rasd_reader_close(rasd_reader *r)
{
	if (!r)
		return;
	if (r->cur)
		json_object_put(r->cur);
	if (r->tok)
		json_tokener_free(r->tok);
	if (r->own && r->f)
		fclose(r->f);
	rasd_buf_release(&r->linebuf);
	free(r->chunk);
	free(r);
}
