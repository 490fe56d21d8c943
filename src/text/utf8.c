/*
 * utf8.c - UTF-8 validation, repair, decoding and a binary-data check.
 *
 * Input is validated once on the way in (no overlong forms, no UTF-16
 * surrogates, nothing above U+10FFFF); after that the pipeline decodes with
 * rasdp_utf8_next() and never meets a malformed sequence.
 */
#include <string.h>

#include "text/text.h"
#include "base/banned.h"

/* Length of the valid sequence at s (< end), or 0 if it is malformed. */
static size_t seq_len(const unsigned char *s, const unsigned char *end)
{
	unsigned char c = s[0];
	size_t avail = (size_t)(end - s);

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return avail >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (avail < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0;       /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0;       /* surrogate */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (avail < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0;       /* overlong */
		if (c == 0xF4 && s[1] >= 0x90)
			return 0;       /* above U+10FFFF */
		return 4;
	}
	return 0;
}

int rasdp_utf8_validate(const char *s, size_t len, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	while (p < end) {
		size_t n;

		/* ASCII fast path, eight bytes at a time. */
		while (end - p >= 8) {
			uint64_t w;

			memcpy(&w, p, 8);
			if (w & 0x8080808080808080ull)
				break;
			p += 8;
		}
		if (p >= end)
			break;
		if (*p < 0x80) {
			p++;
			continue;
		}
		if (*p >= 0xC2 && *p <= 0xDF && end - p >= 2 && (p[1] & 0xC0) == 0x80) {
			/* Arabic: runs of two-byte letters, an ASCII byte (a space) between */
			do {
				p += 2;
				if (p < end && *p < 0x80)
					p++;
			} while (end - p >= 2 && *p >= 0xC2 && *p <= 0xDF && (p[1] & 0xC0) == 0x80);
			continue;
		}
		n = seq_len(p, end);
		if (!n) {
			if (bad)
				*bad = (size_t)(p - (const unsigned char *)s);
			return RASD_EUTF8;
		}
		p += n;
	}
	return 0;
}

char *rasdp_utf8_repair(struct rasd_arena *a, const char *s, size_t len, size_t *out_len)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	char *out, *o;

	if (len > ((size_t)-1 - 1) / 3)
		return NULL;
	out = rasd_arena_alloc(a, len * 3 + 1);
	if (!out)
		return NULL;
	o = out;
	while (p < end) {
		size_t n = seq_len(p, end);

		if (n) {
			memcpy(o, p, n);
			o += n;
			p += n;
			continue;
		}
		/* One U+FFFD for the maximal invalid run start, then resync. */
		memcpy(o, "\xEF\xBF\xBD", 3);
		o += 3;
		p++;
		while (p < end && (*p & 0xC0) == 0x80)
			p++;
	}
	*o = '\0';
	*out_len = (size_t)(o - out);
	return out;
}

uint32_t rasdp_utf8_next(const char **pp, const char *end)
{
	const unsigned char *p = (const unsigned char *)*pp;
	size_t n = seq_len(p, (const unsigned char *)end);
	uint32_t cp;

	switch (n) {
	case 1:
		cp = p[0];
		break;
	case 2:
		cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
		break;
	case 3:
		cp = ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
		break;
	case 4:
		cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
		     ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
		break;
	default:
		*pp += 1;
		return 0xFFFD;
	}
	*pp += n;
	return cp;
}

int rasdp_utf8_put(char *out, uint32_t cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Control bytes that no text has (1), white space and the rest (0). */
static const uint8_t ctl_byte[256] = {
	[0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
	[0x08] = 1, [0x0B] = 1, [0x0E] = 1, [0x0F] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1,
	[0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1,
	[0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1, [0x1E] = 1, [0x1F] = 1, [0x7F] = 1,
};

/* Has word `w` a zero byte?  Exact: no byte is reported that is not zero. */
static uint64_t has_zero_byte(uint64_t w)
{
	return (w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull;
}

int rasdp_looks_binary(const char *s, size_t len)
{
	size_t i = 0, k, n = len < 65536 ? len : 65536, ctl = 0;

	if (memchr(s, '\0', len))
		return 1;
	/*
	 * Eight bytes at a time: a word with no byte below 0x20 (its top three
	 * bits all clear) and no DEL has no control byte; the others (line
	 * breaks, tabs) are counted a byte at a time by the table.  The NUL is
	 * ruled out above.
	 */
	for (; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, s + i, 8);
		if (!has_zero_byte(w & 0xE0E0E0E0E0E0E0E0ull) &&
		    !has_zero_byte(w ^ 0x7F7F7F7F7F7F7F7Full))
			continue;
		for (k = i; k < i + 8; k++)
			ctl += ctl_byte[(unsigned char)s[k]];
	}
	for (; i < n; i++)
		ctl += ctl_byte[(unsigned char)s[i]];
	return n && ctl * 10 > n;
}
