/*
 * gold_place.c - gold names resolved through the lexicon, as the
 * extraction would resolve them: a gold source name to the source of the
 * record's country, a gold location (with its level, governorate and
 * country) to one place among namesakes, a country name to its ISO code.
 * The gold writes names; the scores compare lexicon entries.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "doc.h"
#include "eval/eval.h"
#include "eval/gold_int.h"
#include "extract/engine.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

/*
 * A gold source name as the report means it: among the sources its form
 * names ("Health Ministry": the Syrian ministry and a generic one; "state
 * media"), the one of the record's country, else one bound to no country,
 * else the first - as the extraction picks the one of the country the
 * report names most (src/extract/source_holders.c).
 */
const char *rasdp_gold_source_lookup(void *ctx, const char *text, size_t len, const char **name)
{
	const struct src_ctx *sc = ctx;
	int32_t e[64], pick = -1, generic = -1;
	size_t n, k;

	if (!sc || !sc->lx)
		return NULL;
	n = rasdp_lex_lookup_all(sc->lx, RASD_LEX_SOURCE, text, len, e, 64);
	for (k = 0; k < n && pick < 0; k++) {
		const char *cc = rasdp_source_country(sc->lx, e[k]);

		if (cc && sc->cc && *sc->cc && !strcmp(cc, sc->cc))
			pick = e[k];
		else if (!cc && generic < 0)
			generic = e[k];
	}
	if (!n)
		return NULL;
	if (pick < 0)
		pick = generic >= 0 ? generic : e[0];
	if (name)
		*name = rasdp_lex_source(sc->lx, (size_t)pick)->name;
	return rasdp_lex_source(sc->lx, (size_t)pick)->id;
}

/* Does place kind `kind` fit the gold's `location_level` (gold/GUIDE.md)? */
static int level_fits(const char *level, unsigned kind)
{
	static const struct { const char *level; unsigned k1, k2; } fit[] = {
		{ "landmark", RASD_PLACE_LANDMARK, RASD_PLACE_LANDMARK },
		{ "neighbourhood", RASD_PLACE_NEIGHBOURHOOD, RASD_PLACE_NEIGHBOURHOOD },
		{ "village", RASD_PLACE_VILLAGE, RASD_PLACE_TOWN },
		{ "town", RASD_PLACE_TOWN, RASD_PLACE_CITY },
		{ "admin3", RASD_PLACE_SUBDISTRICT, RASD_PLACE_SUBDISTRICT },
		{ "admin2", RASD_PLACE_DISTRICT, RASD_PLACE_DISTRICT },
		{ "admin1", RASD_PLACE_GOVERNORATE, RASD_PLACE_GOVERNORATE },
		{ "region", RASD_PLACE_REGION, RASD_PLACE_REGION },
		{ "country", RASD_PLACE_COUNTRY, RASD_PLACE_COUNTRY },
	};
	size_t i;

	for (i = 0; level && i < sizeof(fit) / sizeof(fit[0]); i++)
		if (!strcmp(fit[i].level, level))
			return kind == fit[i].k1 || kind == fit[i].k2 ||
			       (!strcmp(level, "village") && kind == RASD_PLACE_CITY);
	return 0;
}

/* How precise a kind is: a country 0 ... a landmark 7 (a region as a district). */
static int precision(unsigned kind)
{
	static const int prec[RASD_PLACE__COUNT] = {
		[RASD_PLACE_COUNTRY] = 0, [RASD_PLACE_GOVERNORATE] = 1,
		[RASD_PLACE_DISTRICT] = 2, [RASD_PLACE_REGION] = 2,
		[RASD_PLACE_SUBDISTRICT] = 3, [RASD_PLACE_CITY] = 5, [RASD_PLACE_TOWN] = 5,
		[RASD_PLACE_VILLAGE] = 5, [RASD_PLACE_NEIGHBOURHOOD] = 6,
		[RASD_PLACE_LANDMARK] = 7,
	};

	return kind < RASD_PLACE__COUNT ? prec[kind] : 0;
}

/*
 * How precise a gold `location_level` is, as precision() ranks kinds (a
 * region as a district); 7 when the gold gives none.
 */
static int level_precision(const char *level)
{
	static const struct { const char *level; int prec; } lv[] = {
		{ "landmark", 7 }, { "neighbourhood", 6 }, { "village", 5 }, { "town", 5 },
		{ "admin3", 3 }, { "admin2", 2 }, { "region", 2 }, { "admin1", 1 }, { "country", 0 },
	};
	size_t i;

	for (i = 0; level && i < sizeof(lv) / sizeof(lv[0]); i++)
		if (!strcmp(lv[i].level, level))
			return lv[i].prec;
	return 7;
}

/*
 * May entry `e` be the place of a gold event of context `gc`: of the
 * gold's country, and of its governorate when the gold names one (the
 * labeller states the governorate: a namesake in another one is another
 * place)?
 */
static int gold_fits(const struct rasd_lexicon *lx, int32_t e, const struct gplace_ctx *gc)
{
	const struct rasd_place *p = rasdp_lex_place(lx, (size_t)e);

	if (gc && gc->cc && *gc->cc && strcmp(p->country, gc->cc))
		return 0;
	return !gc || gc->gov < 0 || p->kind == RASD_PLACE_COUNTRY ||
	       rasdp_lex_governorate(lx, e) == gc->gov;
}

/* The score of entry `e` among the entries of one gold name: its level, its kind. */
static int gold_score(const struct rasd_lexicon *lx, int32_t e, const struct gplace_ctx *gc)
{
	const struct rasd_place *p = rasdp_lex_place(lx, (size_t)e);

	return (gc && level_fits(gc->level, p->kind)) * 32 +
	       (p->match == RASD_PLACE_MATCH_ALWAYS) * 16 + precision(p->kind);
}

/*
 * The entry a gold place name means: among the entries the name resolves
 * to that fit the gold (gold_fits()), those of its level; of what is left
 * the most precise kind, then the lowest index.  With `always`, only
 * names that are places wherever written (not a village's name, which may
 * be a word of a longer description: "Imam Ali base" is not the village
 * of Ali).
 */
static int32_t place_lookup(const struct rasd_lexicon *lx, const char *s, size_t n,
			    const struct gplace_ctx *gc, int always)
{
	int32_t e[64], best = -1;
	size_t ne, i;
	int best_score = -1;

	while (n && (*s == ' ' || *s == ','))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	if (!lx || !n)
		return -1;
	ne = rasdp_lex_lookup_all(lx, RASD_LEX_PLACE, s, n, e, 64);
	for (i = 0; i < ne; i++) {
		int score;

		if (!gold_fits(lx, e[i], gc) ||
		    (always && rasdp_lex_place(lx, (size_t)e[i])->match != RASD_PLACE_MATCH_ALWAYS))
			continue;
		score = gold_score(lx, e[i], gc);
		if (score > best_score) {
			best_score = score;
			best = e[i];
		}
	}
	return best;
}

/*
 * A gold name the lexicon does not hold as written, through the Latin key
 * of its English name ("Huwara" is Huwwarah, "Babila" Babilla): the entry
 * that fits the gold best, within the gold's governorate when it names
 * one (a key joins more names than a spelling does).
 */
static int32_t place_by_key(const struct rasd_lexicon *lx, const char *s, size_t n,
			    const struct gplace_ctx *gc)
{
	char name[256];
	size_t i, np;
	int32_t best = -1;
	int best_score = -1;

	while (n && (*s == ' ' || *s == ','))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	if (!lx || !n || n >= sizeof(name) || !gc || gc->gov < 0)
		return -1;
	memcpy(name, s, n);
	name[n] = '\0';
	np = rasdp_lex_count(lx, RASD_LEX_PLACE);
	for (i = 0; i < np; i++) {
		const struct rasd_place *p = rasdp_lex_place(lx, i);
		int score;

		if (p->kind == RASD_PLACE_COUNTRY || !gold_fits(lx, (int32_t)i, gc) ||
		    !rasdp_latin_name_eq(p->name_en, name))
			continue;
		score = gold_score(lx, (int32_t)i, gc);
		if (score > best_score) {
			best_score = score;
			best = (int32_t)i;
		}
	}
	return best;
}

/*
 * The most precise place named by a run of up to six words of the gold
 * words w[0..nw) (longer runs first at one precision), of names that are
 * places wherever written, no more precise than the gold's level: "under
 * Jisr al-Rais" is Jisr al-Rais, "Palmyra desert" (a region) none.
 */
static int32_t place_in_words(const struct rasd_lexicon *lx, const char *const *w,
			      const size_t *wl, size_t nw, const struct gplace_ctx *gc)
{
	int32_t best = -1, p;
	int best_kind = -1;
	size_t best_len = 0, i, k;

	for (i = 0; i < nw; i++) {
		for (k = 1; k <= 6 && i + k <= nw; k++) {
			size_t len = (size_t)(w[i + k - 1] + wl[i + k - 1] - w[i]);
			const struct rasd_place *pl;

			p = place_lookup(lx, w[i], len, gc, 1);
			if (p < 0)
				continue;
			pl = rasdp_lex_place(lx, (size_t)p);
			/* "Palmyra desert" (a region) is not the town of Palmyra */
			if (precision(pl->kind) > level_precision(gc ? gc->level : NULL))
				continue;
			if (precision(pl->kind) > best_kind ||
			    (precision(pl->kind) == best_kind && k > best_len)) {
				best = p;
				best_kind = precision(pl->kind);
				best_len = k;
			}
		}
	}
	return best;
}

/*
 * Resolve a gold location ("Jisr al-Rais, Damascus", "Military College,
 * Homs", "Hafez al-Assad bridge (Jisr al-Rais), Damascus"): the whole
 * string, then its comma-separated parts in order (most precise first, as
 * the gold writes them), each as written (parentheses dropped), through
 * the Latin key, then as the most precise place named by a run of its
 * words (parentheses kept).  Namesakes are told apart by the gold's
 * country, governorate and level (place_lookup()).
 */
int32_t rasdp_gold_resolve_place(const struct rasd_lexicon *lx, const char *loc,
				 const struct gplace_ctx *gc)
{
	char buf[512];
	const char *w[64];
	size_t wl[64], nw, n;
	int32_t p;
	const char *s, *c, *part, *end;

	if (!lx || !loc || !*loc)
		return -1;
	p = place_lookup(lx, loc, strlen(loc), gc, 0);
	if (p >= 0)
		return p;
	for (part = loc; *part; part = *end ? end + 1 : end) {
		int depth = 0;

		/* the part: up to a comma outside parentheses */
		for (end = part; *end && (*end != ',' || depth); end++)
			depth += *end == '(' ? 1 : *end == ')' && depth ? -1 : 0;
		if ((size_t)(end - part) >= sizeof(buf))
			continue;
		memcpy(buf, part, (size_t)(end - part));
		buf[end - part] = '\0';
		{
			char stripped[512];

			n = rasdp_eval_strip_parens(buf, stripped, sizeof(stripped));
			p = place_lookup(lx, stripped, n, gc, 0);
			if (p < 0)
				p = place_by_key(lx, stripped, n, gc);
		}
		if (p >= 0)
			return p;
		/* words of the part, parentheses as separators */
		for (nw = 0, s = buf; *s && nw < 64;) {
			while (*s && strchr(" ()[];/", *s))
				s++;
			if (!*s)
				break;
			c = s;
			while (*c && !strchr(" ()[];/", *c))
				c++;
			w[nw] = s;
			wl[nw++] = (size_t)(c - s);
			s = c;
		}
		p = place_in_words(lx, w, wl, nw, gc);
		if (p >= 0)
			return p;
	}
	return -1;
}

/* The ISO code of a gold country name ("Yemen" -> "YE") through the gazetteer, or "". */
const char *rasdp_gold_country_code(const struct rasd_lexicon *lx, const char *name)
{
	int32_t e[16];
	size_t n, i;

	if (!lx || !name || !*name)
		return "";
	n = rasdp_lex_lookup_all(lx, RASD_LEX_PLACE, name, strlen(name), e, 16);
	for (i = 0; i < n; i++)
		if (rasdp_lex_place(lx, (size_t)e[i])->kind == RASD_PLACE_COUNTRY)
			return rasdp_lex_place(lx, (size_t)e[i])->country;
	return "";
}
