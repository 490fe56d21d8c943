/*
 * normalize.c - Arabic and Latin normalisation with a map back to the
 * original bytes.
 *
 * One pass over the validated input writes the normalised text into the
 * document's arena and, for every byte written, the offset of the source
 * character it came from (d->norm_jumps), so any span found on the normalised
 * text maps back exactly.  Only the lam-alef ligatures of the presentation
 * forms grow (3 bytes -> 4), so both buffers are sized once, from the input
 * length plus one byte per ligature.
 *
 * What changes: Arabic diacritics, Quranic marks and tatweel go; alef forms
 * become bare alef, alef maqsura ya, ta marbuta ha, hamza seats their
 * letter; Persian kaf/ya/heh and presentation forms become the plain
 * Arabic letter; Arabic-Indic and Persian digits become ASCII; Latin
 * letters lose case and accents (Jāsim -> jasim) and transliteration
 * apostrophes (Rif‘at -> rifat, Izra' -> izra, Iran's -> iran); a hyphen
 * between Latin letters becomes a space (al-Sabboura -> al sabboura);
 * quotation marks of every kind become '"', dashes '-'; zero-width and bidi
 * marks go; white space runs become one space, a line break '\n', a blank
 * line "\n\n".  Leading and trailing white space is dropped.
 *
 * Input is assumed valid UTF-8 (rasdp_utf8_validate() ran first); a stray
 * invalid byte is dropped rather than written, so the buffer bound holds.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"
#include "base/banned.h"

/* U+00C0..U+024F folded to an ASCII letter, or 0 to keep the character. */
static const char latin_fold[0x250 - 0xC0 + 1] =
	"aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
	"aaaaaaaceeeeiiiidnooooo\0ouuuuyty"
	"aaaaaaccccccccddddeeeeeeeeeegggg"
	"gggghhhhiiiiiiiiiiiijjkk\0lllllll"
	"lllnnnnnnnnnoooooooorrrrrrssssss"
	"sstttt\0\0uuuuuuuuuuuuwwyyyzzzzzzs"
	"bbbb\0\0\0ccdddd\0\0\0\0ffg\0\0\0ikkl\0\0nno"
	"oo\0\0pp\0\0\0\0\0ttttuu\0vyyzz\0\0\0\0\0\0\0\0\0"
	"\0\0\0\0dddlllnnnaaiioouuuuuuuuuu\0aa"
	"aa\0\0ggggkkoooo\0\0jdddgg\0\0nnaa\0\0\0\0"
	"aaaaeeeeiiiioooorrrruuuusstt\0\0hh"
	"\0\0\0\0\0\0aaeeooooooooyy\0\0\0\0\0\0acclt\0"
	"\0\0\0bu\0eejj\0\0rryy";

/* U+1E00..U+1EFF (Latin Extended Additional: ḥ ṣ ṭ ẓ ḍ ...), same way. */
static const char latin_ext_fold[0x1F00 - 0x1E00 + 1] =
	"aabbbbbbccddddddddddeeeeeeeeeeff"
	"gghhhhhhhhhhiiiikkkkkkllllllllmm"
	"mmmmnnnnnnnnoooooooopppprrrrrrrr"
	"ssssssssssttttttttuuuuuuuuuuvvvv"
	"wwwwwwwwwwxxxxyyzzzzzzhtwyas\0\0\0\0"
	"aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
	"eeeeeeeeiiiioooooooooooooooooooo"
	"oooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0";

/* Arabic presentation forms B, U+FE80..U+FEF4, as normalised letters. */
static const uint16_t pres_b[0xFEF5 - 0xFE80] = {
	0x0621, 0x0627, 0x0627, 0x0627, 0x0627, 0x0648, 0x0648, 0x0627,
	0x0627, 0x064A, 0x064A, 0x064A, 0x064A, 0x0627, 0x0627, 0x0628,
	0x0628, 0x0628, 0x0628, 0x0647, 0x0647, 0x062A, 0x062A, 0x062A,
	0x062A, 0x062B, 0x062B, 0x062B, 0x062B, 0x062C, 0x062C, 0x062C,
	0x062C, 0x062D, 0x062D, 0x062D, 0x062D, 0x062E, 0x062E, 0x062E,
	0x062E, 0x062F, 0x062F, 0x0630, 0x0630, 0x0631, 0x0631, 0x0632,
	0x0632, 0x0633, 0x0633, 0x0633, 0x0633, 0x0634, 0x0634, 0x0634,
	0x0634, 0x0635, 0x0635, 0x0635, 0x0635, 0x0636, 0x0636, 0x0636,
	0x0636, 0x0637, 0x0637, 0x0637, 0x0637, 0x0638, 0x0638, 0x0638,
	0x0638, 0x0639, 0x0639, 0x0639, 0x0639, 0x063A, 0x063A, 0x063A,
	0x063A, 0x0641, 0x0641, 0x0641, 0x0641, 0x0642, 0x0642, 0x0642,
	0x0642, 0x0643, 0x0643, 0x0643, 0x0643, 0x0644, 0x0644, 0x0644,
	0x0644, 0x0645, 0x0645, 0x0645, 0x0645, 0x0646, 0x0646, 0x0646,
	0x0646, 0x0647, 0x0647, 0x0647, 0x0647, 0x0648, 0x0648, 0x064A,
	0x064A, 0x064A, 0x064A, 0x064A, 0x064A,
};

enum { W_NONE = 0, W_SPACE, W_NL, W_PARA };

/* What fold() says to do with a code point besides replacing it. */
#define DROP 0u               /* write nothing */
#define LAM_ALEF 1u           /* the ligature لا: write two letters */

struct out {
	char *p;             /* write position in norm */
	char *norm;          /* where norm starts */
	struct rasd_doc *d;  /* the map's jumps go to d->norm_jumps (NULL: no map) */
	uint32_t delta;      /* orig - norm offset since the last jump (mod 2^32) */
	int nomem;           /* a jump could not be stored */
	int ws;              /* pending white space (W_*) */
	uint32_t ws_off;     /* original offset of the pending white space */
	int any;             /* anything written yet */
	int sq_open;         /* a single quote opened on this line, not closed */
	uint32_t last;       /* last code point written (0 after white space) */
};

static int is_latin_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF);
}

/*
 * The character about to be written at o->p came from orig offset `off`:
 * a jump of the map (doc.h) unless that runs on from the jump before.
 */
static void map_char(struct out *o, uint32_t off)
{
	uint32_t at = (uint32_t)(o->p - o->norm);
	struct rasd_norm_jump *j;
	struct rasd_doc *d = o->d;

	if (!d || (d->nnorm_jumps && off == at + o->delta))
		return;
	j = RASD_ARENA_PUSH(&d->arena, d->norm_jumps, d->nnorm_jumps, d->norm_jumps_alloc);
	if (!j) {
		o->nomem = 1;
		return;
	}
	j->norm = at;
	j->orig = off;
	o->delta = off - at;
}

/* One byte of the character that began at `off` (its continuation bytes map with it). */
static inline void put(struct out *o, char c, uint32_t off)
{
	if (((unsigned char)c & 0xC0) != 0x80)
		map_char(o, off);
	*o->p++ = c;
}

static void flush_ws(struct out *o)
{
	if (o->ws && o->any) {
		if (o->ws == W_SPACE) {
			put(o, ' ', o->ws_off);
		} else {
			put(o, '\n', o->ws_off);
			if (o->ws == W_PARA)
				put(o, '\n', o->ws_off);
		}
	}
	o->ws = W_NONE;
}

/* Write `f` (the folded form of `cp`, which started at `off`). */
static void emit(struct out *o, uint32_t f, uint32_t cp, uint32_t off)
{
	if (o->ws)
		flush_ws(o);
	if (f < 0x80) {
		put(o, (char)f, off);
	} else if (f < 0x800) {
		put(o, (char)(0xC0 | (f >> 6)), off);
		put(o, (char)(0x80 | (f & 0x3F)), off);
	} else {
		char tmp[4];
		int n = rasdp_utf8_put(tmp, f), i;

		for (i = 0; i < n; i++)
			put(o, tmp[i], off);
	}
	o->any = 1;
	o->last = cp;
}

static void white(struct out *o, int kind, uint32_t off)
{
	if (o->ws == W_NONE)
		o->ws_off = off;
	if (kind == W_NL) {
		if (o->ws >= W_NL)
			kind = W_PARA;
		o->sq_open = 0;
	}
	if (kind > o->ws)
		o->ws = kind;
	o->last = 0;
}

/* Fold an Arabic-block code point (U+0600..U+06FF). */
static uint32_t fold_arabic(uint32_t cp)
{
	if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 ||
	    (cp >= 0x06D6 && cp <= 0x06ED) || (cp >= 0x0610 && cp <= 0x061A))
		return DROP;
	if (cp >= 0x0660 && cp <= 0x0669)
		return '0' + (cp - 0x0660);
	if (cp >= 0x06F0 && cp <= 0x06F9)
		return '0' + (cp - 0x06F0);
	switch (cp) {
	case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
		return 0x0627;                          /* alef forms -> ا */
	case 0x0649: case 0x06CC: case 0x0626: case 0x06D0: case 0x06D2: case 0x06D3:
		return 0x064A;                          /* ى ی ئ -> ي */
	case 0x0629: case 0x06C0: case 0x06D5: case 0x06BE: case 0x06C1: case 0x06C2:
		return 0x0647;                          /* ة ۀ ھ ہ -> ه */
	case 0x0624: case 0x06C4:
		return 0x0648;                          /* ؤ -> و */
	case 0x06A9: case 0x06AA:
		return 0x0643;                          /* ک -> ك */
	case 0x060C: return ',';
	case 0x061B: return ';';
	case 0x061F: return '?';
	case 0x066A: return '%';
	case 0x066B: return '.';
	case 0x066C: return ',';
	case 0x06D4: return '.';
	}
	return cp;
}

/*
 * The letters of U+0600..U+06FF that fold to themselves (bit cp & 7 of
 * ar_same[(cp - 0x600) >> 3]), from fold_arabic(), built once: they are
 * copied in runs.
 */
static uint8_t ar_same[32];
static pthread_once_t ar_same_once = PTHREAD_ONCE_INIT;

static void ar_same_init(void)
{
	uint32_t cp;

	for (cp = 0x600; cp <= 0x6FF; cp++)
		if (fold_arabic(cp) == cp)
			ar_same[(cp - 0x600) >> 3] |= (uint8_t)(1u << (cp & 7));
}

/* Are p[0], p[1] (p + 1 < end) a letter of U+0600..U+06FF that folds to itself? */
static inline int ar_kept(const unsigned char *p)
{
	uint32_t i;

	if (p[0] < 0xD8 || p[0] > 0xDB || (p[1] & 0xC0) != 0x80)
		return 0;
	i = ((uint32_t)(p[0] & 0x03) << 6) | (p[1] & 0x3F);
	return ar_same[i >> 3] >> (i & 7) & 1;
}

/* Map one code point outside ASCII; returns the replacement, DROP or LAM_ALEF. */
static uint32_t fold(uint32_t cp)
{
	if (cp >= 0x0600 && cp <= 0x06FF)
		return fold_arabic(cp);
	if (cp >= 0xC0 && cp <= 0x24F) {
		char c = latin_fold[cp - 0xC0];

		return c ? (uint32_t)(unsigned char)c : cp;
	}
	if (cp >= 0x0300 && cp <= 0x036F)
		return DROP;                            /* combining accents */
	if (cp >= 0x1E00 && cp <= 0x1EFF) {
		char c = latin_ext_fold[cp - 0x1E00];

		return c ? (uint32_t)(unsigned char)c : cp;
	}
	if (cp >= 0xFE70 && cp <= 0xFEFF) {
		if (cp >= 0xFE80 && cp <= 0xFEF4)
			return pres_b[cp - 0xFE80];
		if (cp >= 0xFEF5 && cp <= 0xFEFC)
			return LAM_ALEF;
		return DROP;                            /* harakat forms, BOM */
	}
	if (cp >= 0xFF01 && cp <= 0xFF5E) {           /* full-width ASCII */
		cp -= 0xFEE0;
		if (cp >= 'A' && cp <= 'Z')
			cp += 32;
		return cp;
	}
	switch (cp) {
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
	case 0x2039: case 0x203A: case 0x2033: case 0x301D: case 0x301E:
		return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
	case 0x2212: case 0xFE58: case 0xFE63:
		return '-';
	case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
	case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
	case 0x2060: case 0x2066: case 0x2067: case 0x2068: case 0x2069:
	case 0x061C: case 0x00AD: case 0xFFFE:
		return DROP;
	}
	return cp;
}

static int space_kind(uint32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '\r': case '\f': case '\v': case 0xA0: case 0x1680:
	case 0x202F: case 0x205F: case 0x3000:
		return W_SPACE;
	case '\n': case 0x2028: case 0x2029: case 0x85:
		return W_NL;
	}
	if (cp >= 0x2000 && cp <= 0x200A)
		return W_SPACE;
	return W_NONE;
}

/* Apostrophes and single quotes, which may be letters in transliterations. */
static int is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
	       cp == 0x02B9 || cp == 0x00B4 || cp == 0x0060 || cp == 0x2032;
}

/* ASCII letters and digits, by byte, as they are normalised (lower case); 0 for the others. */
static const char lower_alnum[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 0, 0, 0, 0, 0, 0,
	0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0, 0, 0, 0, 0,
	0, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static inline int ascii_alnum(unsigned char c)
{
	return lower_alnum[c] != 0;
}

/* Decode one code point of (mostly) valid UTF-8; *n gets its length. */
static inline uint32_t next_cp(const unsigned char *p, const unsigned char *end,
			       size_t *n)
{
	const char *q = (const char *)p;
	uint32_t cp = rasdp_utf8_next(&q, (const char *)end);

	*n = (size_t)((const unsigned char *)q - p);
	return cp;
}

/*
 * An apostrophe-like mark at s[off], `p` just after it.  Letters on both
 * sides: a transliterated ayn or hamza (Rif‘at), dropped, or the English
 * possessive "'s", dropped with its s.  After a letter only: it closes a
 * single quote opened on this line, else it is a transliteration (Izra').
 * Otherwise it is a quotation mark.  Returns how many more bytes to skip.
 */
static size_t apostrophe(struct out *o, const unsigned char *p,
			 const unsigned char *end, uint32_t off)
{
	int before = !o->ws && is_latin_letter(o->last);
	uint32_t next = 0, after = 0;
	size_t n = 0, n2 = 0;

	if (p < end)
		next = next_cp(p, end, &n);
	if (before && is_latin_letter(next)) {
		if (next == 's' || next == 'S') {
			if (p + n < end)
				after = next_cp(p + n, end, &n2);
			if (!is_latin_letter(after))
				return n;       /* possessive: drop "'s" */
		}
		return 0;
	}
	if (before && !o->sq_open)
		return 0;
	o->sq_open = !before && is_latin_letter(next);
	emit(o, '"', '"', off);
	return 0;
}

#define BYTES8(c) (0x0101010101010101ull * (uint8_t)(c))

/*
 * Eight bytes `x` (in memory order, little-endian) that ascii_run() would
 * copy whole: ASCII letters and digits, and spaces each before one of
 * them within the eight.  Their lowered copy into *out, or 0.  Each byte
 * below 0x80 plus a constant of at most 0x80 stays in its byte, so a
 * byte's top bit tells each range.
 */
static inline int ascii_words8(uint64_t x, uint64_t *out)
{
	const uint64_t top = BYTES8(0x80);
	uint64_t upper, alnum, y, space;

	if (x & top)
		return 0;
	upper = ((x + BYTES8(0x80 - 'A')) & ~(x + BYTES8(0x7f - 'Z'))) & top;
	alnum = upper | (((x + BYTES8(0x80 - '0')) & ~(x + BYTES8(0x7f - '9'))) & top) |
		(((x + BYTES8(0x80 - 'a')) & ~(x + BYTES8(0x7f - 'z'))) & top);
	y = x ^ BYTES8(' ');
	space = ~(((y & BYTES8(0x7f)) + BYTES8(0x7f)) | y) & top;
	/* (the next byte's flag shifted onto each space: none on the eighth) */
	if ((alnum | space) != top || (space & ~(alnum >> 8)))
		return 0;
	*out = x | upper >> 2;
	return 1;
}

/*
 * A run of ASCII letters and digits from p (which is one), lowered, as the
 * general path would write it; returns where it stops.  The run goes on
 * over one space before more of the same: what white() and flush_ws()
 * would write, a space mapped on from the run.  Eight bytes at a time
 * while they hold only that (the output is never longer than the input
 * read so far, and this writes one byte for each byte read).
 */
static inline const unsigned char *ascii_run(struct out *o, const unsigned char *p,
					     const unsigned char *end, uint32_t off)
{
	const unsigned char *q = p;
	char *op;

	if (o->ws)
		flush_ws(o);
	map_char(o, off);      /* the rest of the run runs on from it */
	op = o->p;
	for (;;) {
		*op++ = lower_alnum[*q];
		q++;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		while (end - q >= 8) {
			uint64_t x, y;

			memcpy(&x, q, 8);
			if (!ascii_words8(x, &y))
				break;
			memcpy(op, &y, 8);
			op += 8;
			q += 8;
		}
#endif
		while (q < end && lower_alnum[*q]) {
			*op++ = lower_alnum[*q];
			q++;
		}
		if (end - q < 2 || q[0] != ' ' || !lower_alnum[q[1]])
			break;
		*op++ = ' ';
		q++;
	}
	o->p = op;
	o->last = q[-1];
	o->any = 1;
	return q;
}

/*
 * A run of Arabic letters that fold to themselves from p (which is one):
 * copied, each byte mapped to its letter, and on over one space before
 * more of them as in ascii_run(); returns where it stops.
 */
static inline const unsigned char *arabic_run(struct out *o, const unsigned char *p,
					      const unsigned char *end, uint32_t off)
{
	const unsigned char *q = p;
	char *op;

	if (o->ws)
		flush_ws(o);
	map_char(o, off);      /* two bytes for two: the run runs on from it */
	op = o->p;
	for (;;) {
		do {
			op[0] = (char)q[0];
			op[1] = (char)q[1];
			op += 2;
			q += 2;
		} while (q + 1 < end && ar_kept(q));
		if (end - q < 3 || q[0] != ' ' || !ar_kept(q + 1))
			break;
		*op++ = ' ';
		q++;
	}
	o->p = op;
	o->last = ((uint32_t)(q[-2] & 0x1F) << 6) | (q[-1] & 0x3F);
	o->any = 1;
	return q;
}

/*
 * The body of normalisation, shared by documents and lexicon forms:
 * `d` NULL: no offsets wanted (else its map's jumps, doc.h; *nomem set when
 * one could not be stored).  `norm` has norm_room() bytes.
 */
static size_t normalize_into(const char *s, size_t len, char *norm, struct rasd_doc *d,
			     int *nomem)
{
	const unsigned char *base = (const unsigned char *)s;
	const unsigned char *p = base, *end = base + len;
	struct out o;

	pthread_once(&ar_same_once, ar_same_init);
	memset(&o, 0, sizeof(o));
	o.p = norm;
	o.norm = norm;
	o.d = d;
	while (p < end) {
		uint32_t off = (uint32_t)(p - base), cp, f;
		size_t n;
		int k;

		/*
		 * Fast paths, each doing what the general path below does for
		 * its characters: runs of ASCII letters and digits (lowered),
		 * and two-byte Arabic letters (folded or dropped).
		 */
		if (ascii_alnum(*p)) {
			p = ascii_run(&o, p, end, off);
			continue;
		}
		if (p + 1 < end && ar_kept(p)) {
			p = arabic_run(&o, p, end, off);
			continue;
		}
		if (*p >= 0xD8 && *p <= 0xDB && p + 1 < end && (p[1] & 0xC0) == 0x80) {
			cp = ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
			p += 2;
			f = fold_arabic(cp);
			if (f == DROP)
				continue;
			if (o.ws)
				flush_ws(&o);
			if (f < 0x80) {
				put(&o, (char)f, off);
			} else {
				put(&o, (char)(0xC0 | (f >> 6)), off);
				put(&o, (char)(0x80 | (f & 0x3F)), off);
			}
			o.any = 1;
			o.last = cp;
			continue;
		}

		/* ASCII letters, digits and most punctuation map to themselves. */
		if (*p < 0x80) {
			cp = *p++;
			if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
				emit(&o, cp, cp, off);
				continue;
			}
			if (cp >= 'A' && cp <= 'Z') {
				emit(&o, cp + 32, cp, off);
				continue;
			}
		} else {
			cp = next_cp(p, end, &n);
			p += n;
			if (cp == 0xFFFD && n == 1)
				continue;       /* invalid byte: never in validated text */
		}
		k = space_kind(cp);
		if (k) {
			white(&o, k, off);
			continue;
		}
		if (cp == 0x02BE || cp == 0x02BF)
			continue;               /* ʾ ʿ: hamza and ayn of transliterations */
		if (is_apostrophe(cp)) {
			p += apostrophe(&o, p, end, off);
			continue;
		}
		if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && !o.ws &&
		    is_latin_letter(o.last) && p < end) {
			const unsigned char *q = p;
			uint32_t next = next_cp(q, end, &n);

			/* Look past what normalisation drops (al-ʿArab, a bidi mark). */
			while ((next == 0x02BE || next == 0x02BF || (next >= 0x80 && fold(next) == DROP) ||
				next == 0) && q + n < end) {
				q += n;
				next = next_cp(q, end, &n);
			}
			if (is_latin_letter(next)) {
				white(&o, W_SPACE, off);
				continue;
			}
		}
		if (cp < 0x80) {
			emit(&o, cp, cp, off);
			continue;
		}
		f = fold(cp);
		if (f == DROP)
			continue;
		if (f == LAM_ALEF) {
			emit(&o, 0x0644, 0x0644, off);
			f = 0x0627;
		}
		emit(&o, f, cp, off);
	}
	*o.p = '\0';
	if (nomem)
		*nomem = o.nomem;
	return (size_t)(o.p - norm);
}

/*
 * Room for the normalised form of s[0..len), NUL included: the input length
 * plus one byte per lam-alef ligature (U+FEF5..U+FEFC, EF BB B5..BC), the
 * only growth.  memchr makes the count nearly free.
 */
static size_t norm_room(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t extra = 0;

	while (p < end && (p = memchr(p, 0xEF, (size_t)(end - p))) != NULL) {
		if (end - p >= 3 && (unsigned char)p[1] == 0xBB &&
		    (unsigned char)p[2] >= 0xB5 && (unsigned char)p[2] <= 0xBC)
			extra++;
		p++;
	}
	return len + extra + 1;
}

int rasdp_normalize(struct rasd_doc *d)
{
	size_t n, room;
	struct out end;
	int nomem = 0;

	if (d->text_len > UINT32_MAX - 1)
		return RASD_ETOOBIG;
	room = norm_room(d->text ? d->text : "", d->text_len);
	d->norm = rasd_arena_alloc(&d->arena, room);
	if (!d->norm)
		return RASD_ENOMEM;
	d->nnorm_jumps = 0;
	n = normalize_into(d->text ? d->text : "", d->text_len, d->norm, d, &nomem);
	d->norm_len = n;
	/* norm_len maps to text_len */
	memset(&end, 0, sizeof(end));
	end.p = d->norm + n;
	end.norm = d->norm;
	end.d = d;
	if (d->nnorm_jumps) {
		const struct rasd_norm_jump *last = &d->norm_jumps[d->nnorm_jumps - 1];

		end.delta = last->orig - last->norm;
	}
	map_char(&end, (uint32_t)d->text_len);
	return nomem || end.nomem ? RASD_ENOMEM : 0;
}

uint32_t rasdp_norm_orig_search(const struct rasd_doc *d, size_t i, size_t *hint)
{
	const struct rasd_norm_jump *jp = d->norm_jumps;
	size_t k = *hint, lo, hi;

	while (i > 0 && i < d->norm_len && ((unsigned char)d->norm[i] & 0xC0) == 0x80)
		i--;
	if (k >= d->nnorm_jumps || jp[k].norm > i) {
		/* the last jump at or before i: jp[0].norm is 0 */
		lo = 0;
		hi = d->nnorm_jumps;
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;

			if (jp[mid].norm <= i)
				lo = mid;
			else
				hi = mid;
		}
		k = lo;
	}
	while (k + 1 < d->nnorm_jumps && jp[k + 1].norm <= i)
		k++;
	*hint = k;
	return jp[k].orig + (uint32_t)(i - jp[k].norm);
}

char *rasdp_normalize_str(struct rasd_arena *a, const char *s, size_t len, size_t *out_len)
{
	char *norm = rasd_arena_alloc(a, norm_room(s ? s : "", len));
	size_t n;

	if (!norm)
		return NULL;
	n = normalize_into(s ? s : "", len, norm, NULL, NULL);
	if (out_len)
		*out_len = n;
	return norm;
}
