/*
 * jsonw.c - streaming JSON writer (see jsonw.h).
 */
#include "base/jsonw.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rasd.h"
#include "base/banned.h"

void rasd_jsonw_init(struct rasd_jsonw *w, struct rasd_buf *b)
{
	memset(w, 0, sizeof(*w));
	w->b = b;
}

/*
 * Append without the call when it fits (the buffer's invariants kept: the
 * cap is never passed, since a capped buffer's room stops at it).
 */
static inline int add_fast(struct rasd_buf *b, const void *p, size_t n)
{
	if (!b->err && b->alloc && b->len + n < b->alloc) {
		memcpy(b->buf + b->len, p, n);
		b->len += n;
		b->buf[b->len] = '\0';
		return 0;
	}
	return rasd_buf_add(b, p, n);
}

static void put(struct rasd_jsonw *w, const char *s, size_t n)
{
	int rc;

	if (w->err)
		return;
	rc = add_fast(w->b, s, n);
	if (rc)
		w->err = rc;
}

/* Before any value: a comma if this is not the first at this depth. */
static void sep(struct rasd_jsonw *w)
{
	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (w->count[w->depth])
		put(w, ",", 1);
	if (w->count[w->depth] < 255)
		w->count[w->depth]++;
}

static void open(struct rasd_jsonw *w, char c)
{
	sep(w);
	put(w, &c, 1);
	if (w->depth + 1 >= RASD_JSONW_DEPTH) {
		w->err = RASD_ETOOBIG;
		return;
	}
	w->depth++;
	w->count[w->depth] = 0;
}

static void close_(struct rasd_jsonw *w, char c)
{
	put(w, &c, 1);
	if (w->depth > 0)
		w->depth--;
}

void rasd_jsonw_obj(struct rasd_jsonw *w) { open(w, '{'); }
void rasd_jsonw_obj_end(struct rasd_jsonw *w) { close_(w, '}'); }
void rasd_jsonw_arr(struct rasd_jsonw *w) { open(w, '['); }
void rasd_jsonw_arr_end(struct rasd_jsonw *w) { close_(w, ']'); }

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];

	if (c >= 0xC2 && c <= 0xDF)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0))
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80 || (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
			return 0;
		return 4;
	}
	return 0;
}

/* Bytes a JSON string holds as they are: printable ASCII but '"' and '\\'. */
#define PLAIN16(c) ((c) >= 0x20 && (c) != '"' && (c) != '\\' && (c) < 0x7F)
#define PLAIN_ROW(r) PLAIN16(r), PLAIN16(r + 1), PLAIN16(r + 2), PLAIN16(r + 3), PLAIN16(r + 4), \
	PLAIN16(r + 5), PLAIN16(r + 6), PLAIN16(r + 7), PLAIN16(r + 8), PLAIN16(r + 9), PLAIN16(r + 10), \
	PLAIN16(r + 11), PLAIN16(r + 12), PLAIN16(r + 13), PLAIN16(r + 14), PLAIN16(r + 15)
static const unsigned char plain[256] = {
	PLAIN_ROW(0x00), PLAIN_ROW(0x10), PLAIN_ROW(0x20), PLAIN_ROW(0x30),
	PLAIN_ROW(0x40), PLAIN_ROW(0x50), PLAIN_ROW(0x60), PLAIN_ROW(0x70),
};

/*
 * Are the eight bytes at p all plain (as the table says, but that 0x7F,
 * passed as it is anyway, may be among them)?  The zero-byte tests of a
 * word answer no falsely only after a byte that is not plain, so a yes is
 * exact; a no sends the caller to the table, byte by byte.
 */
static inline int plain8(const unsigned char *p)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t v, q, b;

	memcpy(&v, p, 8);
	q = v ^ (ones * '"');
	b = v ^ (ones * '\\');
	return !((v | ((q - ones) & ~q) | ((b - ones) & ~b) | ((v - ones * 0x20) & ~v)) & high);
}

int rasd_json_escape(struct rasd_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;
	int rc = rasd_buf_grow(b, n + 2);

	if (rc)
		return rc;
	rc = add_fast(b, "\"", 1);
	while (i < n && !rc) {
		unsigned char c = p[i];
		char esc[7];
		size_t elen = 0;

		/* Most bytes pass: printable ASCII, and two-byte UTF-8 (Arabic) checked inline. */
		if (plain[c] || c == 0x7F) {
			i++;
			while (i + 8 <= n && plain8(p + i))
				i += 8;
			while (i < n && plain[p[i]])
				i++;
			continue;
		}
		if (c >= 0x80) {
			size_t sl;

			if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
				i += 2;
				continue;
			}
			sl = utf8_len(p + i, n - i);
			if (sl) {
				i += sl;
				continue;
			}
			/* Invalid UTF-8 never reaches the output: U+FFFD instead. */
			if (i > run)
				rc = add_fast(b, s + run, i - run);
			if (!rc)
				rc = add_fast(b, "\xEF\xBF\xBD", 3);
			run = ++i;
			continue;
		}
		if (i > run)
			rc = add_fast(b, s + run, i - run);
		switch (c) {
		case '"': memcpy(esc, "\\\"", 2); elen = 2; break;
		case '\\': memcpy(esc, "\\\\", 2); elen = 2; break;
		case '\n': memcpy(esc, "\\n", 2); elen = 2; break;
		case '\r': memcpy(esc, "\\r", 2); elen = 2; break;
		case '\t': memcpy(esc, "\\t", 2); elen = 2; break;
		default:
			memcpy(esc, "\\u00", 4);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			elen = 6;
		}
		if (!rc)
			rc = add_fast(b, esc, elen);
		run = ++i;
	}
	if (!rc && n > run)
		rc = add_fast(b, s + run, n - run);
	if (!rc)
		rc = add_fast(b, "\"", 1);
	return rc;
}

void rasd_jsonw_key_quoted(struct rasd_jsonw *w, const char *quoted, size_t n)
{
	sep(w);
	if (w->err)
		return;
	put(w, quoted, n);
	w->after_key = 1;
}

void rasd_jsonw_key(struct rasd_jsonw *w, const char *k)
{
	size_t n = 0;
	int rc;

	sep(w);
	if (w->err)
		return;
	/* Keys are mostly short plain ASCII names: copied as they are checked. */
	if (!w->b->err && w->b->alloc && w->b->len + 64 < w->b->alloc) {
		char *o = w->b->buf + w->b->len + 1;

		while (n < 60 && plain[(unsigned char)k[n]]) {
			o[n] = k[n];
			n++;
		}
		if (!k[n]) {
			o[-1] = '"';
			o[n] = '"';
			o[n + 1] = ':';
			o[n + 2] = '\0';
			w->b->len += n + 3;
			w->after_key = 1;
			return;
		}
	}
	while (plain[(unsigned char)k[n]])
		n++;
	if (!k[n] && n < 60) {
		char tmp[64];

		tmp[0] = '"';
		memcpy(tmp + 1, k, n);
		tmp[n + 1] = '"';
		tmp[n + 2] = ':';
		rc = add_fast(w->b, tmp, n + 3);
	} else {
		rc = rasd_json_escape(w->b, k, n + strlen(k + n));
		if (!rc)
			rc = add_fast(w->b, ":", 1);
	}
	if (rc)
		w->err = rc;
	w->after_key = 1;
}

void rasd_jsonw_strn(struct rasd_jsonw *w, const char *s, size_t n)
{
	int rc;

	sep(w);
	if (w->err)
		return;
	rc = rasd_json_escape(w->b, s, n);
	if (rc)
		w->err = rc;
}

void rasd_jsonw_str(struct rasd_jsonw *w, const char *s)
{
	if (!s) {
		rasd_jsonw_null(w);
		return;
	}
	rasd_jsonw_strn(w, s, strlen(s));
}

/* Decimal digits of v into out (room for 21); returns the length. */
static size_t fmt_int(char *out, int64_t v)
{
	/* two digits a division: a document's numbers are mostly offsets of 3-6 digits */
	static const char pairs[201] =
		"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
		"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
		"8081828384858687888990919293949596979899";
	char tmp[24];
	size_t n = sizeof(tmp), k = 0;
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

	while (u >= 100) {
		unsigned r = (unsigned)(u % 100);

		u /= 100;
		tmp[--n] = pairs[2 * r + 1];
		tmp[--n] = pairs[2 * r];
	}
	if (u >= 10) {
		tmp[--n] = pairs[2 * u + 1];
		tmp[--n] = pairs[2 * u];
	} else {
		tmp[--n] = (char)('0' + u);
	}
	if (v < 0)
		out[k++] = '-';
	memcpy(out + k, tmp + n, sizeof(tmp) - n);
	return k + sizeof(tmp) - n;
}

void rasd_jsonw_int(struct rasd_jsonw *w, int64_t v)
{
	char tmp[32];
	size_t n = fmt_int(tmp, v);

	sep(w);
	put(w, tmp, n);
}

/*
 * v as "%.6g" writes it, without printf, for the values written most
 * (coordinates): 1e-4 <= |v| < 1e6, whose six significant digits are
 * v * 10^(5 - e) rounded (one multiplication by an exact power of ten, so
 * off by at most 1e-10); a sixth digit within 1e-7 of a tie is left to
 * printf, which rounds the exact binary value.  Returns the length, or 0
 * when it leaves v to printf.
 */
static int g6(double v, char *out)
{
	static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
	double a = v < 0 ? -v : v, s, f;
	int e, n = 0, i, last;
	long m;
	char dig[6];

	if (!(a >= 1e-4 && a < 999999.0))
		return 0;
	for (e = 5; e > -4 && a < (e >= 0 ? p10[e] : 1.0 / p10[-e]); e--)
		;
	for (;;) {
		s = a * p10[5 - e];
		f = s - floor(s);
		if (f > 0.5 - 1e-7 && f < 0.5 + 1e-7)
			return 0;
		m = (long)floor(s) + (f > 0.5);
		if (m >= 1000000 && e < 5) {
			e++;          /* rounded up to the next power of ten */
			continue;
		}
		if (m < 100000 && e > -4) {
			e--;          /* the power of ten was just under a */
			continue;
		}
		break;
	}
	if (m < 100000 || m >= 1000000)
		return 0;
	for (i = 5; i >= 0; i--, m /= 10)
		dig[i] = (char)('0' + m % 10);
	for (last = 5; last > 0 && dig[last] == '0' && last > e; last--)
		;
	if (v < 0)
		out[n++] = '-';
	if (e < 0) {
		out[n++] = '0';
		out[n++] = '.';
		for (i = -1; i > e; i--)
			out[n++] = '0';
		for (i = 0; i <= last; i++)
			out[n++] = dig[i];
		return n;
	}
	for (i = 0; i <= e; i++)
		out[n++] = dig[i];
	if (last > e) {
		out[n++] = '.';
		for (i = e + 1; i <= last; i++)
			out[n++] = dig[i];
	}
	return n;
}

void rasd_jsonw_num(struct rasd_jsonw *w, double v)
{
	char tmp[40];
	int n;

	if (!isfinite(v)) {
		rasd_jsonw_null(w);
		return;
	}
	n = g6(v, tmp);
	if (!n)
		n = snprintf(tmp, sizeof(tmp), "%.6g", v);
	sep(w);
	put(w, tmp, (size_t)n);
}

void rasd_jsonw_bool(struct rasd_jsonw *w, int v)
{
	sep(w);
	put(w, v ? "true" : "false", v ? 4 : 5);
}

void rasd_jsonw_null(struct rasd_jsonw *w)
{
	sep(w);
	put(w, "null", 4);
}

void rasd_jsonw_raw(struct rasd_jsonw *w, const char *json, size_t n)
{
	sep(w);
	put(w, json, n);
}

void rasd_jsonw_span(struct rasd_jsonw *w, uint32_t a, uint32_t b)
{
	char tmp[32];
	size_t n = 0;

	tmp[n++] = '[';
	n += fmt_int(tmp + n, a);
	tmp[n++] = ',';
	n += fmt_int(tmp + n, b);
	tmp[n++] = ']';
	sep(w);
	put(w, tmp, n);
}
