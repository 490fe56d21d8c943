/*
 * text.h - the text layer: UTF-8, normalisation, segmentation, language,
 * numbers and dates.  Every function works on one rasd_doc and allocates
 * only from its arena.  Returns 0 or a negative rasd_status.
 */
#ifndef RASD_TEXT_H
#define RASD_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "doc.h"

/* ---- utf8.c ---------------------------------------------------------- */

/*
 * Validate `len` bytes of UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
 * Returns 0, or RASD_EUTF8 with *bad set to the offset of the first bad byte.
 */
int rasdp_utf8_validate(const char *s, size_t len, size_t *bad);

/*
 * Copy `s` into `a`, replacing each invalid sequence with U+FFFD.  Returns
 * the NUL-terminated copy (owned by the arena) and its length in *out_len.
 */
char *rasdp_utf8_repair(struct rasd_arena *a, const char *s, size_t len,
			size_t *out_len);

/*
 * Decode one code point at *p (< end) of validated UTF-8, advance *p.
 * Returns the code point (U+FFFD for a bad byte, advancing one byte).
 */
uint32_t rasdp_utf8_next(const char **p, const char *end);

/* Encode `cp` into `out` (4 bytes room); returns bytes written (1-4). */
int rasdp_utf8_put(char *out, uint32_t cp);

/* Does the buffer look binary (NUL bytes or mostly control characters)? */
int rasdp_looks_binary(const char *s, size_t len);

/* ---- normalize.c ----------------------------------------------------- */

/*
 * Fill d->norm, d->norm_len and d->norm_jumps from d->text:
 *  - Arabic: drop diacritics (harakat U+064B-U+065F, U+0670, Quranic marks)
 *    and tatweel (U+0640); alef forms أ إ آ ٱ -> ا; ى -> ي; ة -> ه;
 *    ؤ -> و; ئ -> ي; Persian/Urdu letters ک -> ك, ی -> ي;
 *  - digits: Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) -> 0-9;
 *    Arabic decimal/thousands separators (U+066B, U+066C) -> . and ,;
 *  - Latin: ASCII lower-case; common Latin-1/Extended letters folded to
 *    ASCII without accents (é -> e, ḩ -> h, ā -> a); transliteration
 *    apostrophes dropped (Rif‘at -> rifat, Izra' -> izra, Iran's -> iran);
 *    a hyphen between Latin letters -> ' ' (al-Sabboura -> al sabboura);
 *  - punctuation: Arabic comma/semicolon/question mark -> , ; ?; all
 *    quotation marks (“ ” « » „ ‘ ’ ") -> '"'; dashes -> '-';
 *  - zero-width characters (ZWJ, ZWNJ, BOM, bidi marks) dropped; any white
 *    space run -> one space, except that a line break is kept as '\n'.
 */
int rasdp_normalize(struct rasd_doc *d);

/*
 * The orig offset of the character holding norm byte `i` (i <= norm_len;
 * text_len at norm_len).  `*hint` (0 to start) is the jump found last:
 * a caller walking the text forward passes the same one each time and
 * each look-up costs a step or two; asked backwards, it searches.
 */
uint32_t rasdp_norm_orig_search(const struct rasd_doc *d, size_t i, size_t *hint);
static inline uint32_t rasdp_norm_orig(const struct rasd_doc *d, size_t i, size_t *hint)
{
	const struct rasd_norm_jump *jp = d->norm_jumps;
	size_t k = *hint;

	/* a character's first byte within the hinted jump's run: no search */
	if (k < d->nnorm_jumps && jp[k].norm <= i && (k + 1 == d->nnorm_jumps || jp[k + 1].norm > i) &&
	    (i >= d->norm_len || ((unsigned char)d->norm[i] & 0xC0) != 0x80))
		return jp[k].orig + (uint32_t)(i - jp[k].norm);
	return rasdp_norm_orig_search(d, i, hint);
}

/*
 * Normalise a standalone string (a lexicon form) the same way; result in
 * the arena, NUL-terminated.
 */
char *rasdp_normalize_str(struct rasd_arena *a, const char *s, size_t len,
			  size_t *out_len);

/* ---- segment.c ------------------------------------------------------- */

/*
 * Split d->norm into sentences and tokens (d->sents, d->toks), with orig
 * spans via rasdp_norm_orig(), and compute each word's match keys.  Sentences end at
 * . ! ? ؟ … and line breaks, not at abbreviations (Maj. Gen. Dr. U.S. No.)
 * nor decimal points; a title line is a sentence.
 */
int rasdp_segment(struct rasd_doc *d);

/*
 * Match keys of a normalised word (see struct rasd_token): fills key[] with
 * up to RASD_MAX_KEYS suffix offsets, key[0] being the article-stripped
 * whole; returns how many.  Stripped stems keep >= 2 letters.
 */
int rasdp_token_keys(const char *w, size_t len, uint8_t key[RASD_MAX_KEYS]);

/* The canonical key of a lexicon word: rasdp_token_keys()'s key[0]. */
size_t rasdp_key_of(const char *w, size_t len, const char **key);

/* Detect Arabic or English from the share of Arabic letters. */
enum rasd_lang rasdp_detect_lang(const char *s, size_t len);

/* ---- numbers.c ------------------------------------------------------- */

/*
 * Find every number expression in d->toks into d->nums (see doc.h).  The
 * duals of things and time ("صاروخين", "يومين") are read from `lx`'s
 * duals.tsv; with `lx` NULL only number words and digits are.
 */
struct rasd_lexicon;
int rasdp_find_numbers(const struct rasd_lexicon *lx, struct rasd_doc *d);

/*
 * How a word takes part in a stage's patterns, for the token screen
 * (lexicon/screen.c), which lets a pattern start only where its stage
 * says one may: a CORE word opens a pattern and is a word a pattern cannot
 * do without (a number word, a month name); an OPENER opens one only when
 * a core follows within the stage's reach ("about", "in": "about 20",
 * "in 2016"); a PART is a core that opens nothing ("night" of "last
 * night").
 */
enum rasdp_start { RASDP_START_CORE, RASDP_START_OPENER, RASDP_START_PART };

/*
 * Call add(ctx, word, how) with every normalised word a number expression
 * may open with (the screen: a number starts only at digits or at one of
 * these words after at most four proclitic and article letters).  Returns
 * the reach: a number that opens with an opener has digits or a core word
 * within that many tokens after it.
 */
size_t rasdp_number_starters(void (*add)(void *ctx, const char *word, enum rasdp_start how),
			     void *ctx);

/* ---- dates.c --------------------------------------------------------- */

/*
 * Find every date expression into d->dates, resolving relative ones against
 * d->published (when known; else they keep precision but no date), and mark
 * the numbers inside them (in_date).  Run after rasdp_find_numbers().
 */
int rasdp_find_dates(struct rasd_doc *d);

/* Does token `t` open a line of the text (the text's first, or one after a line break)? (dates_stamp.c) */
int rasdp_starts_line(const struct rasd_doc *d, uint32_t t);

/* Is token i the name of a month (the number reader keeps a day apart from a count after it)? */
int rasdp_month_at(const struct rasd_doc *d, size_t i);

/*
 * Call add(ctx, word, how) with every normalised word a date expression
 * may open with or cannot do without, as rasdp_number_starters() does for
 * numbers (a date starts only at digits, at a number, or at one of these
 * after at most two proclitic letters).  Returns the reach: a date that
 * opens with an opener has digits, a number or a core word within that
 * many tokens after it.
 */
size_t rasdp_date_starters(void (*add)(void *ctx, const char *word, enum rasdp_start how),
			   void *ctx);

/* ---- words.c --------------------------------------------------------- */

/*
 * FNV-1a over w[0..len) taken from the last byte to the first, so one pass
 * from the end of a word gives the hash of each of its suffixes (a token's
 * clitic-stripped keys are suffixes of it).  Every table of words keyed by
 * hash (the trie, the cue words, the token screen's) uses it.
 */
static inline uint32_t rasdp_word_hash(const char *w, size_t len)
{
	uint32_t h = 2166136261u;

	while (len--) {
		h ^= (unsigned char)w[len];
		h *= 16777619u;
	}
	return h;
}

/* Is the normalised word w[0..len) exactly `lit`?  Inline: it is called per token and pattern. */
static inline int rasdp_word_eq(const char *w, size_t len, const char *lit)
{
	size_t k;

	if (!len || w[0] != lit[0])
		return 0;
	for (k = 1; k < len; k++)
		if (w[k] != lit[k])
			return 0;       /* also stops at lit's NUL */
	return lit[len] == '\0';
}
/* Order of w[0..len) against the NUL-terminated s (memcmp order, shorter first). */
int rasdp_word_cmp(const char *w, size_t len, const char *s);
/*
 * Binary search of a table sorted by rasdp_word_cmp() whose entries (of
 * `stride` bytes) each begin with a `const char *` word; the entry or NULL.
 */
const void *rasdp_word_find(const char *w, size_t len, const void *table, size_t n,
			    size_t stride);

#endif
