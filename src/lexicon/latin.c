/*
 * latin.c - the Latin key of a transliterated place name.
 *
 * One Arabic name has many English spellings: Jasim, Jassem and Jasem;
 * Idlib and Idleb; Hasakah, Hasakeh and Hassakeh; Raqqa and Raqqah; Jobar
 * and Jawbar.  They differ in the ways transliteration differs, not in the
 * consonants: vowel colour (e/i, o/u), doubled letters, a final -a, -ah,
 * -eh, diphthongs written ai/ay/ei or au/aw/ou, q or k.  The key folds
 * exactly those: a place form and a report word with the same key name the
 * same place.  The article (al, el, ad, ash ...) has one key.
 *
 * The key works on one normalised token (lower-case ASCII: normalize.c
 * already folds Ḩ to h and ā to a) and is used by the trie (trie.c) for
 * place forms only, on capitalised words of the text, after the exact
 * forms: an exact form always wins over a key match.  Keys shorter than
 * three letters are not made; they would join unrelated names.  A key
 * joins ordinary words to names too ("Daily" and the town "Dael"): the
 * trie takes no match whose words are all English ones (data/common.tsv).
 *
 * The steps are the grammar of transliteration, not a word list, so they
 * live here; tools/places-from-communities.py repeats them to merge the
 * same town written two ways across gazetteer files.
 *
 * The end of the file gives the keys of a document's words to the screen
 * and the matcher (trie.c): a token's key is made once a document and
 * kept in d->latin, which screen.c sets up.
 */
#include <string.h>

#include "lexicon/lexicon_int.h"

#include "base/banned.h"

/*
 * The article: "al", "el", "ad", "an", "ar", "as", "at", "az", "ed", "es",
 * "et", "ez", "er", "en", "ash", "adh", "ath".  Asked of every capitalised
 * word (place_names.c, the key), so by letters rather than by a list.
 */
static int is_article(const char *w, size_t n)
{
	if (n == 2 && (w[0] == 'a' || w[0] == 'e'))
		return w[1] == 'l' || w[1] == 'd' || w[1] == 'n' || w[1] == 'r' ||
		       w[1] == 's' || w[1] == 't' || w[1] == 'z';
	return n == 3 && w[0] == 'a' && w[2] == 'h' &&
	       (w[1] == 's' || w[1] == 'd' || w[1] == 't');
}

int rasdp_latin_is_article(const char *w, size_t n)
{
	return is_article(w, n);
}

static int is_vowel(char c)
{
	return c == 'a' || c == 'i' || c == 'u';
}

/* Collapse runs of one letter: "jassim" -> "jasim". */
static size_t collapse(char *s, size_t n)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++)
		if (!o || s[o - 1] != s[i])
			s[o++] = s[i];
	return o;
}

/*
 * The first fold of each letter, 0 for anything but a lower-case ASCII
 * letter (digits, Arabic, capitals not normalised): e -> i, o -> u, q -> k,
 * y -> i (but a first y, done by the caller).
 */
static const char fold[256] = {
	['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'i', ['f'] = 'f',
	['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l',
	['m'] = 'm', ['n'] = 'n', ['o'] = 'u', ['p'] = 'p', ['q'] = 'k', ['r'] = 'r',
	['s'] = 's', ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x',
	['y'] = 'i', ['z'] = 'z',
};

/*
 * The key folds, in order: vowel colour and q (e -> i, o -> u, q -> k, y
 * -> i but first); runs of one letter; the pairs "ai" -> "i", "au" -> "u",
 * "aw" -> "u", then "uw" -> "w", each pair replaced left to right without
 * overlap; runs again; a final -h after a vowel and final vowels.
 *
 * The key is asked of every capitalised word of an English report, so
 * the folds are fused where that changes nothing: the first collapse runs
 * with the letter folds, and the three "a" pairs in one pass.  That is
 * the same as three passes because after the collapse no "a" follows an
 * "a": replacing one pair never makes a new pair for the next pass, and
 * no letter belongs to two pairs.  tests/unit/test_lexicon.c compares it
 * with the passes one by one on every short word of the letters involved.
 * The letter folds are a table, the letters checked as they are folded,
 * and the second collapse is skipped when no pair was there to replace.
 */
size_t rasdp_latin_key(const char *w, size_t n, char *out, size_t cap)
{
	size_t i, k, o;
	int has_a = 0, has_u = 0;
	char c;

	if (cap < 4 || n == 0)
		return 0;
	/* the article's letters are all plain lower-case ones: asked first */
	if (is_article(w, n)) {
		memcpy(out, "al", 2);
		return 2;
	}
	if (n >= cap)
		return 0;
	c = w[0] == 'y' ? 'y' : fold[(unsigned char)w[0]];
	if (!c)
		return 0;
	out[0] = c;
	k = 1;
	has_a = c == 'a';
	has_u = c == 'u';
	for (i = 1; i < n; i++) {
		c = fold[(unsigned char)w[i]];
		if (!c)
			return 0;
		if (out[k - 1] != c)
			out[k++] = c;
		has_a |= c == 'a';
		has_u |= c == 'u';
	}
	if (has_a) {
		has_u = 0;
		for (i = o = 0; i < k; i++) {
			char next = i + 1 < k ? out[i + 1] : 0;

			c = out[i];
			if (c == 'a' && (next == 'i' || next == 'u' || next == 'w')) {
				c = next == 'i' ? 'i' : 'u';
				i++;
			}
			out[o++] = c;
			has_u |= c == 'u';
		}
		k = o;
	}
	if (has_u) {
		for (i = o = 0; i < k; i++) {
			if (out[i] == 'u' && i + 1 < k && out[i + 1] == 'w') {
				out[o++] = 'w';
				i++;
			} else {
				out[o++] = out[i];
			}
		}
		k = o;
		k = collapse(out, k);
	} else if (has_a) {
		k = collapse(out, k);
	}
	if (k > 3 && out[k - 1] == 'h' && is_vowel(out[k - 2]))
		k--;
	while (k > 3 && is_vowel(out[k - 1]))
		k--;
	return k >= 3 ? k : 0;
}

/*
 * The next word of a display name, lower-cased ASCII letters only, into
 * buf; *s moves past it.  Returns its length, 0 at the end.
 */
static size_t next_word(const char **s, char *buf, size_t cap)
{
	const char *p = *s;
	size_t n = 0;

	while (*p && (*p == ' ' || *p == '-' || *p == '\''))
		p++;
	for (; *p && *p != ' ' && *p != '-'; p++) {
		char c = *p;

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c >= 'a' && c <= 'z' && n + 1 < cap)
			buf[n++] = c;
	}
	*s = p;
	return n;
}

int rasdp_latin_name_eq(const char *a, const char *b)
{
	char wa[64], wb[64], ka[64], kb[64];
	int words = 0;

	if (!a || !b)
		return 0;
	for (;;) {
		size_t na = next_word(&a, wa, sizeof(wa)), nb = next_word(&b, wb, sizeof(wb));
		size_t la, lb;

		if (!na || !nb)
			return !na && !nb && words > 0;
		la = rasdp_latin_key(wa, na, ka, sizeof(ka));
		lb = rasdp_latin_key(wb, nb, kb, sizeof(kb));
		if (!la || !lb) {
			/* Too short for a key: the word itself. */
			if (na != nb || memcmp(wa, wb, na))
				return 0;
		} else if (la != lb || memcmp(ka, kb, la)) {
			return 0;
		}
		words++;
	}
}

/* ---- the keys of a document's words (the screen and the matcher) ------- */

/*
 * The Latin key of token `t` with its mark into buf, or 0 when
 * it has none (not a Latin word, or too short to have one).
 */
size_t rasdp_tok_latin_key(const struct rasd_doc *d, const struct rasd_token *t, char *buf,
			   size_t cap)
{
	size_t n, k;
	const char *w;

	if (t->kind != RASD_TOK_WORD || !(t->flags & RASD_TOKF_LATIN) || cap < 2)
		return 0;
	w = rasdp_tok_norm(d, t, &n);
	k = rasdp_latin_key(w, n, buf + 1, cap - 1);
	if (!k)
		return 0;
	buf[0] = RASDP_LATIN_MARK;
	return k + 1;
}

/*
 * Token `t`'s Latin key (rasdp_tok_latin_key()) into *key, from d->latin
 * when the document was screened (made there at the first ask), else made
 * into buf; its hash into *hash when not NULL.  Returns its length, 0 when
 * it has none.
 */
size_t rasdp_doc_latin_key(const struct rasd_doc *d, size_t t, const char **key, uint32_t *hash,
			   char *buf, size_t cap)
{
	struct rasdp_latin_slot *sl;
	size_t len;

	if (!d->latin) {
		len = rasdp_tok_latin_key(d, &d->toks[t], buf, cap);
		*key = buf;
		if (len && hash)
			*hash = rasdp_key_hash(buf, len);
		return len;
	}
	sl = &d->latin[t];
	switch (sl->state) {
	case RASDP_LATIN_NONE:
		return 0;
	case RASDP_LATIN_KEPT:
		*key = sl->key;
		if (hash)
			*hash = sl->hash;
		return sl->len;
	default:
		break;
	}
	len = rasdp_tok_latin_key(d, &d->toks[t], buf, cap);
	*key = buf;
	if (!len) {
		sl->state = RASDP_LATIN_NONE;
		return 0;
	}
	sl->hash = rasdp_key_hash(buf, len);
	if (hash)
		*hash = sl->hash;
	if (len <= RASDP_LATIN_SLOT_KEY) {
		memcpy(sl->key, buf, len);
		sl->len = (uint8_t)len;
		sl->state = RASDP_LATIN_KEPT;
		*key = sl->key;
	} else {
		sl->state = RASDP_LATIN_LONG;
	}
	return len;
}
