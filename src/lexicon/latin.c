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
 */
#include <string.h>

#include "lexicon/lexicon_int.h"

#include "base/banned.h"

static int is_article(const char *w, size_t n)
{
	static const char arts[][4] = {
		"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "adh", "ath",
		"ed", "es", "et", "ez", "er", "en",
	};
	size_t i;

	if (n < 2 || n > 3 || (w[0] != 'a' && w[0] != 'e'))
		return 0;
	for (i = 0; i < sizeof(arts) / sizeof(arts[0]); i++)
		if (!memcmp(arts[i], w, n) && !arts[i][n])
			return 1;
	return 0;
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
 */
size_t rasdp_latin_key(const char *w, size_t n, char *out, size_t cap)
{
	size_t i, k = 0, o;
	int has_a = 0, has_u = 0;

	if (cap < 4 || n == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return 0;   /* digits, Arabic, capitals not normalised */
	if (is_article(w, n)) {
		memcpy(out, "al", 2);
		return 2;
	}
	if (n >= cap)
		return 0;
	for (i = 0; i < n; i++) {
		char c = w[i];

		if (c == 'e')
			c = 'i';
		else if (c == 'o')
			c = 'u';
		else if (c == 'q')
			c = 'k';
		else if (c == 'y' && i > 0)
			c = 'i';
		if (!k || out[k - 1] != c)
			out[k++] = c;
		has_a |= c == 'a';
	}
	if (has_a) {
		for (i = o = 0; i < k; i++) {
			char c = out[i], next = i + 1 < k ? out[i + 1] : 0;

			if (c == 'a' && (next == 'i' || next == 'u' || next == 'w')) {
				c = next == 'i' ? 'i' : 'u';
				i++;
			}
			out[o++] = c;
			has_u |= c == 'u';
		}
		k = o;
	} else {
		has_u = memchr(out, 'u', k) != NULL;
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
	}
	k = collapse(out, k);
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
