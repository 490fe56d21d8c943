/*
 * jsonl_fast.c - the common JSONL record read without a JSON library: one
 * flat object whose values are strings, numbers, true, false or null,
 * every string of plain escapes.
 *
 * json-c built a tree of the whole line, copied each string twice and
 * freed it all again: some 3% of `rasd extract`'s instructions.  This
 * reader checks the line first, in full, then decodes the fields the
 * reader wants (jsonl_fast.h) in place.  It accepts only a strict subset
 * of JSON that json-c reads the same way, and answers 0 for anything else
 * (a nested value, an escaped key, "\u0000", a surrogate, a raw control
 * byte, a long number, a key twice, a missing or non-string "text", a
 * text over the limit, anything malformed), before it has changed the
 * line: the caller then parses the line with json-c, which gives the
 * same fields or the error it always gave.  Like json-c without
 * JSON_TOKENER_VALIDATE_UTF8, it copies the bytes of a string as they
 * are; UTF-8 is checked later, once, on the way into the analysis.
 */
#include <stdint.h>
#include <string.h>

#include "io/jsonl_fast.h"

#include "base/banned.h"

enum { F_ID, F_OUTLET, F_URL, F_LANG, F_PUBLISHED, F_TITLE, F_TEXT, F__COUNT };

static const char *const field_key[F__COUNT] = {
	"id", "outlet", "url", "lang", "published", "title", "text",
};

/* A wanted field's value: a string's contents, between its quotes. */
struct field {
	size_t at, len;
	uint8_t seen, str, esc;
};

static size_t skip_ws(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

/* Does none of the eight bytes of v need a look: a quote, a backslash, a control byte? */
static int plain8(const char *p)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t v, q, b;

	memcpy(&v, p, 8);
	q = v ^ (ones * '"');
	b = v ^ (ones * '\\');
	return !((((q - ones) & ~q) | ((b - ones) & ~b) | ((v - ones * 0x20) & ~v)) & high);
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The code point of the four hex digits at p, or -1. */
static long hex4(const char *p)
{
	long v = 0;
	int k, h;

	for (k = 0; k < 4; k++) {
		h = hexval(p[k]);
		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/*
 * The string whose contents start at s[i]: its closing quote's index into
 * *end and whether it holds an escape into *esc.  0 when it is not one
 * this reader decodes.
 */
static int scan_string(const char *s, size_t i, size_t n, size_t *end, uint8_t *esc)
{
	*esc = 0;
	while (i < n) {
		unsigned char c;

		if (i + 8 <= n && plain8(s + i)) {
			i += 8;
			continue;
		}
		c = (unsigned char)s[i];
		if (c == '"') {
			*end = i;
			return 1;
		}
		if (c < 0x20)
			return 0;
		if (c != '\\') {
			i++;
			continue;
		}
		*esc = 1;
		if (i + 1 >= n)
			return 0;
		if (s[i + 1] == 'u') {
			long u = i + 6 <= n ? hex4(s + i + 2) : -1;

			if (u <= 0 || (u >= 0xD800 && u <= 0xDFFF))
				return 0;
			i += 6;
		} else if (s[i + 1] && strchr("\"\\/bfnrt", s[i + 1])) {
			i += 2;
		} else {
			return 0;
		}
	}
	return 0;
}

/* A number (strict JSON, at most 15 bytes), true, false or null at s[i]: its end, or 0. */
static size_t scan_scalar(const char *s, size_t i, size_t n)
{
	size_t j = i;

	if (n - i >= 4 && (!memcmp(s + i, "true", 4) || !memcmp(s + i, "null", 4)))
		return i + 4;
	if (n - i >= 5 && !memcmp(s + i, "false", 5))
		return i + 5;
	if (j < n && s[j] == '-')
		j++;
	if (j < n && s[j] == '0')
		j++;
	else if (j < n && s[j] >= '1' && s[j] <= '9')
		while (j < n && s[j] >= '0' && s[j] <= '9')
			j++;
	else
		return 0;
	if (j < n && s[j] == '.') {
		if (++j >= n || s[j] < '0' || s[j] > '9')
			return 0;
		while (j < n && s[j] >= '0' && s[j] <= '9')
			j++;
	}
	if (j < n && (s[j] == 'e' || s[j] == 'E')) {
		if (++j < n && (s[j] == '+' || s[j] == '-'))
			j++;
		if (j >= n || s[j] < '0' || s[j] > '9')
			return 0;
		while (j < n && s[j] >= '0' && s[j] <= '9')
			j++;
	}
	return j - i <= 15 ? j : 0;
}

/*
 * Decode the checked string contents src[0..len) into dst, which may be
 * src itself or before it (each escape is longer than what it stands
 * for); returns the decoded length.
 */
static size_t unescape(char *dst, const char *src, size_t len)
{
	size_t i = 0, o = 0;

	while (i < len) {
		const char *bs = memchr(src + i, '\\', len - i);
		size_t run = bs ? (size_t)(bs - (src + i)) : len - i;
		long u;

		memmove(dst + o, src + i, run);
		o += run;
		i += run;
		if (i >= len)
			break;
		switch (src[i + 1]) {
		case 'b': dst[o++] = '\b'; break;
		case 'f': dst[o++] = '\f'; break;
		case 'n': dst[o++] = '\n'; break;
		case 'r': dst[o++] = '\r'; break;
		case 't': dst[o++] = '\t'; break;
		case 'u':
			u = hex4(src + i + 2);
			if (u < 0x80) {
				dst[o++] = (char)u;
			} else if (u < 0x800) {
				dst[o++] = (char)(0xC0 | (u >> 6));
				dst[o++] = (char)(0x80 | (u & 0x3F));
			} else {
				dst[o++] = (char)(0xE0 | (u >> 12));
				dst[o++] = (char)(0x80 | ((u >> 6) & 0x3F));
				dst[o++] = (char)(0x80 | (u & 0x3F));
			}
			i += 4;
			break;
		default: dst[o++] = src[i + 1]; break;   /* " \ / */
		}
		i += 2;
	}
	return o;
}

static int field_of(const char *k, size_t len)
{
	int f;

	for (f = 0; f < F__COUNT; f++)
		if (strlen(field_key[f]) == len && !memcmp(field_key[f], k, len))
			return f;
	return -1;
}

/* Check the whole line as an object, noting the wanted fields; 0 when not one of ours. */
static int scan_object(const char *s, size_t n, struct field *f)
{
	size_t i = skip_ws(s, 0, n), e;
	uint8_t esc;

	if (i >= n || s[i] != '{')
		return 0;
	i = skip_ws(s, i + 1, n);
	for (;;) {
		int k;

		if (i >= n || s[i] != '"' || !scan_string(s, i + 1, n, &e, &esc) || esc)
			return 0;
		k = field_of(s + i + 1, e - i - 1);
		if (k >= 0 && f[k].seen)
			return 0;
		i = skip_ws(s, e + 1, n);
		if (i >= n || s[i] != ':')
			return 0;
		i = skip_ws(s, i + 1, n);
		if (i < n && s[i] == '"') {
			if (!scan_string(s, i + 1, n, &e, &esc))
				return 0;
			if (k >= 0) {
				f[k].at = i + 1;
				f[k].len = e - i - 1;
				f[k].str = 1;
				f[k].esc = esc;
			}
			i = e + 1;
		} else {
			e = i < n ? scan_scalar(s, i, n) : 0;
			if (!e)
				return 0;
			i = e;
		}
		if (k >= 0)
			f[k].seen = 1;
		i = skip_ws(s, i, n);
		if (i < n && s[i] == '}')
			break;
		if (i >= n || s[i] != ',')
			return 0;
		i = skip_ws(s, i + 1, n);
	}
	/* after the object only the blanks next_jsonl() allows */
	for (i++; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

int rasdp_jsonl_fast(char *line, size_t len, size_t max_doc, struct rasd_buf *meta,
		     rasd_input *out)
{
	struct field f[F__COUNT];
	size_t off[F__COUNT];
	int k;

	memset(f, 0, sizeof(f));
	if (!scan_object(line, len, f) || !f[F_TEXT].str || f[F_TEXT].len > max_doc)
		return 0;
	/* the other fields first, into meta: the text is then decoded over the line */
	rasd_buf_reset(meta);
	for (k = 0; k < F_TEXT; k++) {
		if (!f[k].str)
			continue;
		off[k] = meta->len;
		if (rasd_buf_grow(meta, f[k].len + 1)) {
			rasd_buf_release(meta);
			return 0;
		}
		if (f[k].esc) {
			meta->len += unescape(meta->buf + meta->len, line + f[k].at, f[k].len);
		} else {
			memcpy(meta->buf + meta->len, line + f[k].at, f[k].len);
			meta->len += f[k].len;
		}
		meta->buf[meta->len++] = '\0';
	}
	memset(out, 0, sizeof(*out));
	out->id = f[F_ID].str ? meta->buf + off[F_ID] : NULL;
	out->outlet = f[F_OUTLET].str ? meta->buf + off[F_OUTLET] : NULL;
	out->url = f[F_URL].str ? meta->buf + off[F_URL] : NULL;
	out->lang = f[F_LANG].str ? meta->buf + off[F_LANG] : NULL;
	out->published = f[F_PUBLISHED].str ? meta->buf + off[F_PUBLISHED] : NULL;
	out->title = f[F_TITLE].str ? meta->buf + off[F_TITLE] : NULL;
	if (f[F_TEXT].esc) {
		out->text_len = unescape(line, line + f[F_TEXT].at, f[F_TEXT].len);
	} else {
		memmove(line, line + f[F_TEXT].at, f[F_TEXT].len);
		out->text_len = f[F_TEXT].len;
	}
	line[out->text_len] = '\0';
	out->text = line;
	return 1;
}
