/*
 * normalize.c - Arabic and Latin normalisation with a map back to the
 * original bytes.
 *
 * One pass over the validated input writes the normalised text into the
 * document's arena and, for every byte written, the offset of the source
 * character it came from (norm_map), so any span found on the normalised
 * text maps back exactly.  Every mapping writes no more bytes than it reads,
 * so both buffers are sized once from the input length.
 *
 * What changes: Arabic diacritics and tatweel go; alef forms become bare
 * alef, alef maqsura ya, ta marbuta ha, hamza seats their letter; Persian
 * kaf/ya become Arabic; Arabic-Indic and Persian digits become ASCII; Latin
 * letters lose case and accents (Jāsim -> jasim); quotation marks of every
 * kind become '"', dashes '-'; zero-width and bidi marks go; white space
 * runs become one space, a line break '\n', a blank line "\n\n".
 */
#include <string.h>

#include "text/text.h"
#include "base/banned.h"

/* U+00C0..U+024F folded to an ASCII letter, or 0 to keep the character. */
static const char latin_fold[] =
	"aaaaaaaceeeeiiiidnooooo\000ouuuuytsaaaaaaaceeeeiiiidnooooo\000ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\000\000jjkk\000llllll\000\000llnnnnnn\000nnoooooooorrrrrrsssssssstttt\000\000uuuuuuuuuuuuwwyyyzzzzzz\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000oo\000\000\000\000\000\000\000\000\000\000\000\000\000uu\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000aaiioouuuuuuuuuu\000aaaa\000\000\000\000ggkkoooo\000\000j\000\000\000gg\000\000nnaa\000\000\000\000aaaaeeeeiiiioooorrrruuuusstt\000\000hh\000\000\000\000\000\000aaeeooooooooyy\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000";

enum { W_NONE = 0, W_SPACE, W_NL, W_PARA };

struct out {
	char *p;             /* write position in norm */
	uint32_t *map;       /* write position in the map */
	int ws;              /* pending white space (W_*) */
	uint32_t ws_off;     /* original offset of the pending white space */
	int any;             /* anything written yet */
	uint32_t last;       /* last code point written (0 if none or space) */
};

static int is_latin_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF);
}

static void put_map(struct out *o, uint32_t off)
{
	if (o->map)
		*o->map++ = off;
}

static void flush_ws(struct out *o)
{
	if (o->ws && o->any) {
		if (o->ws == W_SPACE) {
			*o->p++ = ' ';
			put_map(o, o->ws_off);
		} else {
			*o->p++ = '\n';
			put_map(o, o->ws_off);
			if (o->ws == W_PARA) {
				*o->p++ = '\n';
				put_map(o, o->ws_off);
			}
		}
	}
	o->ws = W_NONE;
}

static void emit(struct out *o, uint32_t cp, uint32_t off)
{
	char tmp[4];
	int n, i;

	flush_ws(o);
	n = rasdp_utf8_put(tmp, cp);
	for (i = 0; i < n; i++) {
		*o->p++ = tmp[i];
		put_map(o, off);
	}
	o->any = 1;
	o->last = cp;
}

static void white(struct out *o, int kind, uint32_t off)
{
	if (o->ws == W_NONE)
		o->ws_off = off;
	if (kind == W_NL && o->ws >= W_NL)
		kind = W_PARA;
	if (kind > o->ws)
		o->ws = kind;
	o->last = 0;
}

/* Map one code point; returns the replacement, or 0 to drop it. */
static uint32_t fold(uint32_t cp)
{
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z')
			return cp + 32;
		return cp;
	}
	if (cp >= 0x0600 && cp <= 0x06FF) {
		if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 ||
		    (cp >= 0x06D6 && cp <= 0x06ED) || (cp >= 0x0610 && cp <= 0x061A))
			return 0;
		switch (cp) {
		case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
			return 0x0627;
		case 0x0649: case 0x06CC: case 0x0626: case 0x06D2:
			return 0x064A;
		case 0x0629: case 0x06C0: case 0x06D5:
			return 0x0647;
		case 0x0624:
			return 0x0648;
		case 0x06A9: case 0x06AA:
			return 0x0643;
		case 0x060C: return ',';
		case 0x061B: return ';';
		case 0x061F: return '?';
		case 0x066A: return '%';
		case 0x066B: return '.';
		case 0x066C: return ',';
		case 0x06D4: return '.';
		}
		if (cp >= 0x0660 && cp <= 0x0669)
			return '0' + (cp - 0x0660);
		if (cp >= 0x06F0 && cp <= 0x06F9)
			return '0' + (cp - 0x06F0);
		return cp;
	}
	if (cp >= 0xC0 && cp <= 0x24F) {
		char c = latin_fold[cp - 0xC0];

		return c ? (uint32_t)(unsigned char)c : cp;
	}
	if (cp >= 0x1E00 && cp <= 0x1EFF) {
		/* Latin Extended Additional: dotted transliteration letters. */
		static const char ext[] = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy??????aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy??????";

		if (cp - 0x1E00 < sizeof(ext) - 1 && ext[cp - 0x1E00] != '?')
			return (uint32_t)(unsigned char)ext[cp - 0x1E00];
		return cp;
	}
	switch (cp) {
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
	case 0x2039: case 0x203A: case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
		return '"';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
	case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
		return '-';
	case 0x2026: return 0x2026;
	case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:
	case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
	case 0x2060: case 0x2066: case 0x2067: case 0x2068: case 0x2069:
	case 0xFEFF: case 0x00AD:
		return 0;
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

static int is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
	       cp == 0x02BE || cp == 0x02BF || cp == 0x02B9 || cp == 0x00B4 || cp == 0x0060;
}

/*
 * The body of normalisation, shared by documents and lexicon forms:
 * `map` may be NULL (no offsets wanted).
 */
static size_t normalize_into(const char *s, size_t len, char *norm, uint32_t *map)
{
	struct out o;
	const char *p = s, *end = s + len;

	memset(&o, 0, sizeof(o));
	o.p = norm;
	o.map = map;
	while (p < end) {
		uint32_t off = (uint32_t)(p - s);
		uint32_t cp = rasdp_utf8_next(&p, end);
		uint32_t f;
		int k = space_kind(cp);

		if (k) {
			white(&o, k, off);
			continue;
		}
		if (is_apostrophe(cp)) {
			const char *q = p;
			uint32_t next = q < end ? rasdp_utf8_next(&q, end) : 0;

			if (o.last && is_latin_letter(o.last) && is_latin_letter(next) && !o.ws) {
				/* Possessive 's: drop both; inside a word: drop. */
				if ((next == 's' || next == 'S')) {
					const char *r = q;
					uint32_t after = r < end ? rasdp_utf8_next(&r, end) : 0;

					if (!is_latin_letter(after)) {
						p = q;
						continue;
					}
				}
				continue;
			}
			emit(&o, '"', off);
			o.last = 0;
			continue;
		}
		if ((cp == '-' || (cp >= 0x2010 && cp <= 0x2011)) && o.last &&
		    is_latin_letter(o.last) && !o.ws && p < end) {
			const char *q = p;
			uint32_t next = rasdp_utf8_next(&q, end);

			if (is_latin_letter(next)) {
				white(&o, W_SPACE, off);
				continue;
			}
		}
		f = fold(cp);
		if (!f)
			continue;
		emit(&o, f, off);
		if (!is_latin_letter(cp) && !(cp >= 0x0600 && cp <= 0x06FF))
			o.last = f < 0x80 && ((f >= 'a' && f <= 'z')) ? f : 0;
		else
			o.last = cp;
	}
	/* Trailing white space is dropped. */
	*o.p = '\0';
	return (size_t)(o.p - norm);
}

int rasdp_normalize(struct rasd_doc *d)
{
	size_t n;

	d->norm = rasd_arena_alloc(&d->arena, d->text_len + 1);
	d->norm_map = rasd_arena_alloc(&d->arena, (d->text_len + 1) * sizeof(uint32_t));
	if (!d->norm || !d->norm_map)
		return RASD_ENOMEM;
	n = normalize_into(d->text ? d->text : "", d->text_len, d->norm, d->norm_map);
	d->norm_len = n;
	d->norm_map[n] = (uint32_t)d->text_len;
	return 0;
}

char *rasdp_normalize_str(struct rasd_arena *a, const char *s, size_t len, size_t *out_len)
{
	char *norm = rasd_arena_alloc(a, len + 1);
	size_t n;

	if (!norm)
		return NULL;
	n = normalize_into(s, len, norm, NULL);
	if (out_len)
		*out_len = n;
	return norm;
}
