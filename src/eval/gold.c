/*
 * gold.c - `rasd eval --gold`: the dev gold records against what rasd
 * extracts (the parsed JSON of rasd_doc_to_json, exactly what users get).
 *
 * Per report (matched by id):
 *   - claims: gold and predicted figures as multisets of (kind, value);
 *     qualifier and source are then checked on the matched pairs.  Gold
 *     source strings are resolved through the source lexicon.
 *   - events: a predicted event matches a gold one when their place or
 *     governorate agree and their days agree within one day (or neither is
 *     fixed to a day); pairs are chosen greedily, best agreement first,
 *     one to one.  Gold places are resolved through the place lexicon.
 * Across reports:
 *   - incidents: every extraction goes through the incident clustering;
 *     B-cubed compares each report's incident (that of its first event)
 *     with the gold incident key, over reports that have one;
 *   - disputes: a gold dispute is recalled when an incident holding the
 *     report's events, or the report reconciled alone, has a dispute on
 *     the same attribute and subject (the same actor; at least two of the
 *     gold figures - dispute.c); dispute precision is the share of the
 *     disputes of each report reconciled alone that match a gold dispute
 *     of that report;
 *   - false events: predicted events on reports whose gold has none.
 * Gold records without an extraction count as missed, never as skipped.
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
#include "extract/engine.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

#define NODAY INT64_MIN

struct pdoc {
	struct rasd_extraction x;   /* what rasd extract wrote for the report */
	const char *id;             /* x.id */
	char *text;
	size_t len;
};

struct rasdp_eval {
	const rasd_engine *e;
	const struct rasd_model *link;  /* set apart from an engine, or NULL: the engine's */
	const struct rasd_model *disagree; /* the same for the disagree decision */
	const struct rasd_lexicon *lx;
	struct json_object **gold;
	size_t ngold, gold_alloc;
	struct pdoc *docs;
	size_t ndocs, docs_alloc;
};

/* The link decision's weights, from the engine. */
static const struct rasd_model *link_model(const struct rasdp_eval *ev)
{
	const struct rasd_models *ms = rasdp_engine_models(ev->e);

	if (ev->link)
		return ev->link;
	return ms ? &ms->m[RASD_DEC_LINK] : NULL;
}

/* The disagree decision's weights, from the engine. */
static const struct rasd_model *disagree_model(const struct rasdp_eval *ev)
{
	const struct rasd_models *ms = rasdp_engine_models(ev->e);

	if (ev->disagree)
		return ev->disagree;
	return ms ? &ms->m[RASD_DEC_DISAGREE] : NULL;
}

void rasdp_eval_set_disagree(struct rasdp_eval *ev, const struct rasd_model *disagree)
{
	ev->disagree = disagree;
}

void rasdp_eval_set_link(struct rasdp_eval *ev, const struct rasd_model *link)
{
	ev->link = link;
}

struct rasdp_eval *rasdp_eval_new(const rasd_engine *e)
{
	struct rasdp_eval *ev = calloc(1, sizeof(*ev));

	if (!ev)
		return NULL;
	ev->e = e;
	ev->lx = e ? e->lx : NULL;
	return ev;
}

void rasdp_eval_set_engine(struct rasdp_eval *ev, const rasd_engine *e)
{
	ev->e = e;
	ev->lx = e ? e->lx : NULL;
}

const rasd_engine *rasdp_eval_engine(const struct rasdp_eval *ev)
{
	return ev->e;
}

void rasdp_eval_free(struct rasdp_eval *ev)
{
	size_t i;

	if (!ev)
		return;
	for (i = 0; i < ev->ngold; i++)
		json_object_put(ev->gold[i]);
	for (i = 0; i < ev->ndocs; i++) {
		rasdp_extraction_release(&ev->docs[i].x);
		free(ev->docs[i].text);
	}
	free(ev->gold);
	free(ev->docs);
	free(ev);
}

int rasdp_eval_add_gold(struct rasdp_eval *ev, struct json_object *gold, rasd_err *err)
{
	struct json_object *evs = rasdp_json_get(gold, "events");

	if (!rasdp_json_str(gold, "id"))
		return rasdp_err(err, RASD_EPARSE, -1, 0, "gold record without a string \"id\"");
	if (evs && !json_object_is_type(evs, json_type_array))
		return rasdp_err(err, RASD_EPARSE, -1, 0, "gold \"events\" is not an array");
	if (ev->ngold == ev->gold_alloc) {
		size_t n = ev->gold_alloc ? 2 * ev->gold_alloc : 64;
		struct json_object **g = realloc(ev->gold, n * sizeof(*g));

		if (!g)
			return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		ev->gold = g;
		ev->gold_alloc = n;
	}
	ev->gold[ev->ngold++] = json_object_get(gold);
	return 0;
}

int rasdp_eval_add_doc(struct rasdp_eval *ev, const char *json, size_t json_len,
		       const char *text, size_t len, rasd_err *err)
{
	struct pdoc *p;
	int rc;

	if (ev->ndocs == ev->docs_alloc) {
		size_t n = ev->docs_alloc ? 2 * ev->docs_alloc : 64;
		struct pdoc *d = realloc(ev->docs, n * sizeof(*d));

		if (!d)
			return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		ev->docs = d;
		ev->docs_alloc = n;
	}
	p = &ev->docs[ev->ndocs];
	memset(p, 0, sizeof(*p));
	rc = rasdp_extraction_parse(&p->x, json, json_len, err);
	if (rc)
		return rc;
	if (!p->x.id) {
		rasdp_extraction_release(&p->x);
		return rasdp_err(err, RASD_EPARSE, -1, 0, "extraction without an \"id\"");
	}
	if (text) {
		p->text = malloc(len + 1);
		if (!p->text) {
			rasdp_extraction_release(&p->x);
			return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		}
		memcpy(p->text, text, len);
		p->text[len] = '\0';
		p->len = len;
	}
	p->id = p->x.id;
	ev->ndocs++;
	return 0;
}

/* ---- lexicon look-ups ------------------------------------------------- */

/* Where a gold source name is looked up: the lexicon, and the record's country. */
struct src_ctx {
	const struct rasd_lexicon *lx;
	const char *cc;         /* ISO code of the record's country, "" when unknown */
};

/*
 * A gold source name as the report means it: among the sources its form
 * names ("Health Ministry": the Syrian ministry and a generic one; "state
 * media"), the one of the record's country, else one bound to no country,
 * else the first - as the extraction picks the one of the country the
 * report names most (src/extract/source_holders.c).
 */
static const char *source_lookup(void *ctx, const char *text, size_t len, const char **name)
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
 * What the gold says of a place besides its name: its level, governorate
 * and country (an ISO code, "" when unknown), which pick one entry among
 * namesakes.
 */
struct gplace_ctx {
	const char *level;
	int32_t gov;
	const char *cc;
};

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
static int32_t resolve_place(const struct rasd_lexicon *lx, const char *loc,
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
static const char *country_code(const struct rasd_lexicon *lx, const char *name)
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

/* ---- per-report records ----------------------------------------------- */

struct gev {                    /* a gold event */
	const char *date, *location, *admin1, *type;
	int64_t day;
	int32_t place, gov;     /* lexicon indexes or -1 */
	int32_t district;       /* its `admin2`, a district of the lexicon, or -1 */
	int background;         /* role "background": a past happening recalled */
};

struct pev {                    /* a predicted event */
	const char *date, *type, *place_id, *place_name, *admin1, *admin1_id;
	int64_t day;
	long n;
	int background;         /* role "background": a past happening recalled */
};

struct gclaim {
	struct rasdp_eval_claim c;
	const char *lexname;
};

static int64_t day_of(const char *s)
{
	struct rasd_ymd d;

	if (!s || rasdp_parse_ymd(s, &d))
		return NODAY;
	return rasdp_days_from_ymd(d.y, d.m, d.d);
}

static void gold_event(const struct rasd_lexicon *lx, struct json_object *o, const char *cc,
		       struct gev *g)
{
	struct gplace_ctx gc = { NULL, -1, cc };
	int32_t a;

	memset(g, 0, sizeof(*g));
	g->date = rasdp_json_str(o, "date");
	g->location = rasdp_json_str(o, "location");
	g->admin1 = rasdp_json_str(o, "admin1");
	g->type = rasdp_json_str(o, "event_type");
	g->background = rasdp_json_str(o, "role") && !strcmp(rasdp_json_str(o, "role"), "background");
	g->day = day_of(g->date);
	g->gov = -1;
	if (g->admin1) {
		gc.level = "admin1";
		a = resolve_place(lx, g->admin1, &gc);
		g->gov = lx ? rasdp_lex_governorate(lx, a) : -1;
	}
	gc.gov = g->gov;
	g->district = -1;
	if (rasdp_json_str(o, "admin2")) {
		gc.level = "admin2";
		a = resolve_place(lx, rasdp_json_str(o, "admin2"), &gc);
		if (a >= 0 && rasdp_lex_place(lx, (size_t)a)->kind == RASD_PLACE_DISTRICT)
			g->district = a;
	}
	gc.level = rasdp_json_str(o, "location_level");
	g->place = resolve_place(lx, g->location, &gc);
	if (g->gov < 0 && !g->admin1 && lx)
		g->gov = rasdp_lex_governorate(lx, g->place);
}

static void pred_event(const struct rasd_ex_event *e, long n, struct pev *p)
{
	const struct rasd_ex_place *pl = e->place;

	memset(p, 0, sizeof(*p));
	p->n = n;
	p->background = rasdp_ex_background(e);
	p->date = e->date;
	p->type = e->event_type;
	/* Only a date fixed to the day is a day; "early August" is not. */
	p->day = (!e->date_precision || !strcmp(e->date_precision, "day")) ? day_of(p->date) : NODAY;
	if (pl) {
		p->place_id = pl->id;
		p->place_name = pl->name;
		p->admin1 = pl->admin1;
		p->admin1_id = pl->admin1_id;
		if (!p->admin1_id && pl->kind && !strcmp(pl->kind, "governorate")) {
			p->admin1_id = p->place_id;
			p->admin1 = p->place_name;
		}
	}
}

/*
 * Are places `a` and `b` one place at two levels: namesakes of one
 * governorate, one of them a subdistrict or district and the other a town
 * or city (the town and the subdistrict named after it)?
 */
static int namesakes(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa = rasdp_lex_place(lx, (size_t)a);
	const struct rasd_place *pb = rasdp_lex_place(lx, (size_t)b);
	int admin_a = pa->kind == RASD_PLACE_SUBDISTRICT || pa->kind == RASD_PLACE_DISTRICT;
	int admin_b = pb->kind == RASD_PLACE_SUBDISTRICT || pb->kind == RASD_PLACE_DISTRICT;
	int town_a = pa->kind == RASD_PLACE_CITY || pa->kind == RASD_PLACE_TOWN;
	int town_b = pb->kind == RASD_PLACE_CITY || pb->kind == RASD_PLACE_TOWN;

	if (!((admin_a && town_b) || (admin_b && town_a)) ||
	    rasdp_lex_governorate(lx, a) != rasdp_lex_governorate(lx, b))
		return 0;
	return rasdp_eval_name_eq(pa->name_en, pb->name_en) ||
	       rasdp_latin_name_eq(pa->name_en, pb->name_en) ||
	       (*pa->name_ar && !strcmp(pa->name_ar, pb->name_ar));
}

/*
 * Is the predicted place `pp` the gold place `gp` or one containing it
 * (its subdistrict, district or governorate)?  A place and its namesake
 * up or down (a town and its subdistrict, a city and its governorate) are
 * one place: a town is its subdistrict, and the gold's namesake.
 */
static int place_covers(const struct rasd_lexicon *lx, int32_t pp, int32_t gp)
{
	const struct rasd_place *g = rasdp_lex_place(lx, (size_t)gp);
	const struct rasd_place *p = rasdp_lex_place(lx, (size_t)pp);

	if (pp == gp || g->admin1 == pp || g->admin2 == pp || g->admin3 == pp)
		return 1;
	/* the gold place is the predicted one's namesake above it */
	if ((p->admin1 == gp || p->admin2 == gp || p->admin3 == gp) &&
	    (rasdp_eval_name_eq(p->name_en, g->name_en) ||
	     rasdp_latin_name_eq(p->name_en, g->name_en) ||
	     (*p->name_ar && !strcmp(p->name_ar, g->name_ar))))
		return 1;
	if (namesakes(lx, pp, gp))
		return 1;
	return g->admin3 >= 0 && namesakes(lx, pp, g->admin3);
}

/*
 * Place agreement: the predicted place is the gold's most precise place
 * or one containing it.  Where the gold place is not in the gazetteer,
 * its governorate and its district (`admin2`: places containing it)
 * agree, and so does the same name (by spelling, as a whole or as a
 * comma-separated part).
 */
static int loc_agree(const struct rasd_lexicon *lx, const struct gev *g, const struct pev *p)
{
	int32_t pp;

	if (!g->location || (!p->place_id && !p->place_name))
		return 0;
	pp = lx && p->place_id ? rasdp_lex_find(lx, RASD_LEX_PLACE, p->place_id) : -1;
	if (g->place >= 0) {
		const struct rasd_place *pl = rasdp_lex_place(lx, (size_t)g->place);

		if (pp >= 0)
			return place_covers(lx, pp, g->place);
		if (p->place_id && pl->id && !strcmp(pl->id, p->place_id))
			return 1;
		if (rasdp_eval_name_eq(pl->name_en, p->place_name))
			return 1;
	} else if (pp >= 0 && ((g->gov >= 0 && pp == g->gov) ||
			       (g->district >= 0 && pp == g->district))) {
		return 1;
	}
	if (rasdp_eval_name_eq(g->location, p->place_name))
		return 1;
	/* "Jisr al-Rais, Damascus": any comma-separated part, by spelling */
	{
		char buf[512], part[512];
		const char *s, *c;
		size_t n = rasdp_eval_strip_parens(g->location, buf, sizeof(buf));

		for (s = buf; s < buf + n; s = c + 1) {
			c = memchr(s, ',', (size_t)(buf + n - s));
			if (!c)
				c = buf + n;
			memcpy(part, s, (size_t)(c - s));
			part[c - s] = '\0';
			if (rasdp_eval_name_eq(part, p->place_name))
				return 1;
		}
	}
	return 0;
}

int rasdp_eval_place_agrees(const struct rasdp_eval *ev, struct json_object *gold, size_t i,
			    int32_t place)
{
	const struct rasd_lexicon *lx = ev->lx;
	struct json_object *gevs = rasdp_json_get(gold, "events");
	const struct rasd_place *pl;
	struct gev g;
	struct pev p;

	if (!lx || i >= rasdp_json_len(gevs) || place < 0)
		return -1;
	gold_event(lx, rasdp_json_at(gevs, i), country_code(lx, rasdp_json_str(gold, "country")), &g);
	if (!g.location)
		return -1;
	pl = rasdp_lex_place(lx, (size_t)place);
	memset(&p, 0, sizeof(p));
	p.place_id = pl->id;
	p.place_name = pl->name_en;
	return loc_agree(lx, &g, &p);
}

static int adm_agree(const struct rasd_lexicon *lx, const struct gev *g, const struct pev *p)
{
	if (!p->admin1_id && !p->admin1)
		return 0;
	if (g->gov >= 0) {
		const struct rasd_place *pl = rasdp_lex_place(lx, (size_t)g->gov);

		if (p->admin1_id && pl->id && !strcmp(pl->id, p->admin1_id))
			return 1;
		if (rasdp_eval_name_eq(pl->name_en, p->admin1))
			return 1;
	}
	return rasdp_eval_name_eq(g->admin1, p->admin1);
}

static int date_near(const struct gev *g, const struct pev *p)
{
	if (g->day == NODAY || p->day == NODAY)
		return g->day == NODAY && p->day == NODAY;
	return g->day - p->day <= 1 && p->day - g->day <= 1;
}

static int date_same(const struct gev *g, const struct pev *p)
{
	return g->day == p->day;
}

static int type_same(const struct gev *g, const struct pev *p)
{
	return g->type && p->type && !strcmp(g->type, p->type);
}

/* ---- rendering pieces ------------------------------------------------- */

static void claim_text(struct rasd_buf *b, const struct rasdp_eval_claim *c)
{
	rasd_buf_addf(b, "%s %lld %s (%s)", c->kind ? c->kind : "?", (long long)c->value,
		      c->qualifier ? c->qualifier : "?",
		      c->source_name ? c->source_name : c->source_id ? c->source_id : "?");
}

static void gev_text(struct rasd_buf *b, const struct gev *g)
{
	rasd_buf_addf(b, "%s %s%s%s%s (%s)", g->date ? g->date : "no-date",
		      g->location ? g->location : "?", g->admin1 ? ", " : "",
		      g->admin1 ? g->admin1 : "", "", g->type ? g->type : "no type");
}

static void pev_text(struct rasd_buf *b, const struct pev *p)
{
	rasd_buf_addf(b, "#%ld %s %s%s%s (%s)", p->n, p->date ? p->date : "no-date",
		      p->place_name ? p->place_name : "?", p->admin1 ? ", " : "",
		      p->admin1 ? p->admin1 : "", p->type ? p->type : "no type");
}

/*
 * A per-report list of misses, kept as text lines and as JSON.  Errors
 * stick (in text, in w, and in err for a line that could not be written)
 * and are checked once, when the report is rendered.
 */
struct misses {
	struct rasd_buf text;
	struct rasd_buf json;
	struct rasd_jsonw w;
	int on;
	int err;
};

static void miss(struct misses *m, const char *doc, const char *what, struct rasd_buf *line)
{
	if (!m->on)
		return;
	if (line->err && !m->err)
		m->err = line->err;
	rasd_buf_addf(&m->text, "  %s %s: %s\n", doc, what, line->buf);
	rasd_jsonw_obj(&m->w);
	rasd_jsonw_key(&m->w, "doc");
	rasd_jsonw_str(&m->w, doc);
	rasd_jsonw_key(&m->w, "what");
	rasd_jsonw_str(&m->w, what);
	rasd_jsonw_key(&m->w, "item");
	rasd_jsonw_str(&m->w, line->buf);
	rasd_jsonw_obj_end(&m->w);
}

/* ---- scoring one report ----------------------------------------------- */

struct cand {
	size_t g, p;
	int score;
};

static int cmp_cand(const void *x, const void *y)
{
	const struct cand *a = x, *b = y;

	if (a->score != b->score)
		return a->score > b->score ? -1 : 1;
	if (a->g != b->g)
		return a->g < b->g ? -1 : 1;
	return a->p < b->p ? -1 : a->p > b->p;
}


/* A predicted claim with qualifier "range" (value .. value_hi). */
static int is_range(const struct rasd_ex_claim *c)
{
	return c->qualifier && !strcmp(c->qualifier, "range");
}

/* One report's claims, gold and predicted, paired as the claim scores pair them. */
struct claim_al {
	struct gclaim *g;                     /* ng: the gold claims, sources resolved */
	struct rasdp_eval_claim *gc, *pc;     /* ng gold, np predicted (a range as two) */
	const struct rasd_ex_claim **pex;     /* np: the predicted claim each comes from */
	long *g2p;                            /* ng: predicted index, or -1 */
	size_t ng, np;
};

static void claim_al_release(struct claim_al *al)
{
	free(al->g);
	free(al->gc);
	free(al->pc);
	free(al->pex);
	free(al->g2p);
	memset(al, 0, sizeof(*al));
}

/*
 * The source a gold claim names, resolved through the source lexicon (a
 * form of several sources as the record's country `cc` means it): the
 * report's own voice ("outlet") is the source its outlet's domain names,
 * when sources.tsv knows it ("syriahr.com" speaks as the Syrian
 * Observatory), as it is for the extraction.
 */
static const char *gold_source(const struct rasdp_eval *ev, const struct rasd_extraction *px,
			       const char *cc, const char *text, const char **lexname)
{
	struct src_ctx sc = { ev->lx, cc };
	const char *id = rasdp_eval_resolve_source(source_lookup, &sc, text, lexname);
	int32_t o;

	if (id && !strcmp(id, "outlet") && ev->lx && px && px->outlet &&
	    (o = rasdp_lex_outlet_source(ev->lx, px->outlet)) >= 0) {
		*lexname = rasdp_lex_source(ev->lx, (size_t)o)->name;
		id = rasdp_lex_source(ev->lx, (size_t)o)->id;
	}
	return id;
}

/*
 * Pair the gold claims of `gevs` with the predicted claims of `px`
 * (rasdp_eval_match_claims): every gold claim with at most one predicted
 * claim of the same kind and value.  0 or RASD_ENOMEM.
 */
static int align_claims(const struct rasdp_eval *ev, struct json_object *gold,
			const struct rasd_extraction *px, struct claim_al *al)
{
	struct json_object *gevs = rasdp_json_get(gold, "events");
	const char *cc = country_code(ev->lx, rasdp_json_str(gold, "country"));
	size_t ng = 0, np = 0, i, j, k, npev = px ? px->nevents : 0;

	memset(al, 0, sizeof(*al));
	for (i = 0; i < rasdp_json_len(gevs); i++)
		ng += rasdp_json_len(rasdp_json_get(rasdp_json_at(gevs, i), "claims"));
	/*
	 * A range "five to seven" is one claim in rasd's output and two in the
	 * gold ("at least 5", "up to 7"): it is scored as its two bounds.
	 */
	for (i = 0; i < npev; i++) {
		np += px->events[i].nclaims;
		for (j = 0; j < px->events[i].nclaims; j++)
			if (is_range(&px->events[i].claims[j]))
				np++;
	}
	al->g = calloc(ng + 1, sizeof(*al->g));
	al->gc = calloc(ng + 1, sizeof(*al->gc));
	al->pc = calloc(np + 1, sizeof(*al->pc));
	al->pex = calloc(np + 1, sizeof(*al->pex));
	al->g2p = calloc(ng + 1, sizeof(*al->g2p));
	if (!al->g || !al->gc || !al->pc || !al->pex || !al->g2p) {
		claim_al_release(al);
		return RASD_ENOMEM;
	}
	al->ng = ng;
	al->np = np;
	for (i = 0, k = 0; i < rasdp_json_len(gevs); i++) {
		struct json_object *cl = rasdp_json_get(rasdp_json_at(gevs, i), "claims");

		for (j = 0; j < rasdp_json_len(cl); j++, k++) {
			struct json_object *o = rasdp_json_at(cl, j), *v = rasdp_json_get(o, "value");
			struct rasdp_eval_claim *gc = &al->gc[k];

			gc->kind = rasdp_json_str(o, "kind");
			gc->value = v ? json_object_get_int64(v) : -1;
			gc->qualifier = rasdp_json_str(o, "qualifier");
			gc->source_name = rasdp_json_str(o, "source");
			gc->source_id = gold_source(ev, px, cc, gc->source_name, &al->g[k].lexname);
			gc->derived = rasdp_json_bool(o, "derived");
		}
	}
	for (i = 0, k = 0; i < npev; i++) {
		const struct rasd_ex_event *e = &px->events[i];

		for (j = 0; j < e->nclaims; j++, k++) {
			const struct rasd_ex_claim *c = &e->claims[j];
			struct rasdp_eval_claim *pc = &al->pc[k];

			pc->kind = c->kind;
			pc->value = c->has_value ? c->value : -1;
			pc->qualifier = c->qualifier;
			pc->source_id = c->source.id;
			pc->source_name = c->source.name;
			al->pex[k] = c;
			if (is_range(c)) {
				pc->qualifier = "at_least";
				pc[1] = pc[0];
				pc[1].qualifier = "up_to";
				pc[1].value = c->has_value ? c->value_hi : pc->value;
				al->pex[k + 1] = c;
				k++;
			}
		}
	}
	rasdp_eval_match_claims(al->gc, ng, al->pc, np, al->g2p);
	return 0;
}

static int score_claims(struct rasdp_eval *ev, const char *id, struct json_object *gold,
			const struct rasd_extraction *px, struct rasdp_eval_scores *s,
			struct misses *m)
{
	struct claim_al al;
	struct rasdp_eval_claim *gc, *pc;
	long *g2p;
	unsigned char *pused = NULL;
	size_t ng, np, i, j;
	struct rasd_buf line = RASD_BUF_INIT;
	int rc = align_claims(ev, gold, px, &al);

	if (rc)
		return rc;
	rc = RASD_ENOMEM;
	gc = al.gc;
	pc = al.pc;
	g2p = al.g2p;
	ng = al.ng;
	np = al.np;
	pused = calloc(np + 1, 1);
	if (!pused)
		goto out;
	s->claims.ngold += ng;
	s->claims.npred += np;
	s->claims_written.npred += np;
	for (i = 0; i < ng; i++) {
		if (!gc[i].derived)
			s->claims_written.ngold++;
		if (g2p[i] < 0) {
			rasd_buf_reset(&line);
			claim_text(&line, &gc[i]);
			miss(m, id, gc[i].derived ? "missed claim (derived)" : "missed claim", &line);
			continue;
		}
		pused[g2p[i]] = 1;
		s->claims.tp++;
		if (gc[i].derived) {
			/* a figure not written as a number: neither right nor wrong here */
			s->claims_written.npred--;
		} else {
			s->claims_written.tp++;
		}
		s->qualifier.den++;
		s->source.den++;
		if (gc[i].qualifier && pc[g2p[i]].qualifier &&
		    !strcmp(gc[i].qualifier, pc[g2p[i]].qualifier)) {
			s->qualifier.num++;
		} else {
			rasd_buf_reset(&line);
			claim_text(&line, &gc[i]);
			rasd_buf_adds(&line, " vs ");
			claim_text(&line, &pc[g2p[i]]);
			miss(m, id, "wrong qualifier", &line);
		}
		if (rasdp_eval_source_equal(gc[i].source_id, al.g[i].lexname, gc[i].source_name,
					    pc[g2p[i]].source_id, pc[g2p[i]].source_name)) {
			s->source.num++;
		} else {
			rasd_buf_reset(&line);
			claim_text(&line, &gc[i]);
			rasd_buf_adds(&line, " vs ");
			claim_text(&line, &pc[g2p[i]]);
			miss(m, id, "wrong source", &line);
		}
	}
	for (j = 0; j < np; j++) {
		if (pused[j])
			continue;
		rasd_buf_reset(&line);
		claim_text(&line, &pc[j]);
		miss(m, id, "spurious claim", &line);
	}
	rc = 0;
out:
	rasd_buf_release(&line);
	claim_al_release(&al);
	free(pused);
	return rc;
}

/*
 * Pair gold and predicted events one to one: a pair needs the place or the
 * governorate to agree and the days to be within one (or both unknown);
 * pairs are taken best agreement first (place, governorate, same day, same
 * type).  g2p[i] gets the predicted index of gold event i, or -1; pused[j]
 * marks the predicted events taken.  g, p, g2p and pused are filled.
 */
static int align_events(const struct rasdp_eval *ev, struct json_object *gold,
			const struct rasd_extraction *px, struct gev *g, struct pev *p,
			long *g2p, unsigned char *pused)
{
	struct json_object *gevs = rasdp_json_get(gold, "events");
	const char *cc = country_code(ev->lx, rasdp_json_str(gold, "country"));
	size_t ng = rasdp_json_len(gevs), np = px ? px->nevents : 0, i, j, nc = 0;
	struct cand *c = calloc(ng * np + 1, sizeof(*c));
	const struct rasd_lexicon *lx = ev->lx;

	if (!c)
		return RASD_ENOMEM;
	for (i = 0; i < ng; i++) {
		gold_event(lx, rasdp_json_at(gevs, i), cc, &g[i]);
		g2p[i] = -1;
	}
	for (j = 0; j < np; j++) {
		pred_event(&px->events[j], (long)j, &p[j]);
		pused[j] = 0;
	}
	for (i = 0; i < ng; i++) {
		for (j = 0; j < np; j++) {
			int loc = loc_agree(lx, &g[i], &p[j]), adm = adm_agree(lx, &g[i], &p[j]);

			/* a past happening recalled stands for no current one */
			if (!(loc || adm) || !date_near(&g[i], &p[j]) ||
			    (p[j].background && !g[i].background))
				continue;
			c[nc].g = i;
			c[nc].p = j;
			c[nc].score = 4 * loc + 2 * adm + 2 * date_same(&g[i], &p[j]) +
				      type_same(&g[i], &p[j]);
			nc++;
		}
	}
	qsort(c, nc, sizeof(*c), cmp_cand);
	for (i = 0; i < nc; i++) {
		if (g2p[c[i].g] >= 0 || pused[c[i].p])
			continue;
		g2p[c[i].g] = (long)c[i].p;
		pused[c[i].p] = 1;
	}
	free(c);
	return 0;
}

/*
 * Events: events with the role "background" (a past happening the report
 * recalls) are not scored, on either side: a predicted event paired with a
 * gold one is neither right nor wrong, a missed gold one is no miss, and a
 * predicted one left unpaired is no false event.  A predicted background
 * event pairs only with a gold background event (align_events()), so a
 * current event read as a past one is still missed.  The figures of such
 * events count among the claims.
 */
static int score_events(struct rasdp_eval *ev, const char *id, struct json_object *gold,
			const struct rasd_extraction *px, struct rasdp_eval_scores *s,
			struct misses *m)
{
	struct json_object *gevs = rasdp_json_get(gold, "events");
	size_t ng = rasdp_json_len(gevs), np = px ? px->nevents : 0, i, j, nback = 0, pback = 0;
	struct gev *g = calloc(ng + 1, sizeof(*g));
	struct pev *p = calloc(np + 1, sizeof(*p));
	long *g2p = calloc(ng + 1, sizeof(*g2p));
	unsigned char *pused = calloc(np + 1, 1);
	struct rasd_buf line = RASD_BUF_INIT;
	const struct rasd_lexicon *lx = ev->lx;
	int rc = RASD_ENOMEM;

	if (!g || !p || !g2p || !pused)
		goto out;
	rc = align_events(ev, gold, px, g, p, g2p, pused);
	if (rc)
		goto out;
	rc = RASD_ENOMEM;
	for (i = 0; i < ng; i++) {
		if (!g[i].background)
			continue;
		nback++;
		if (g2p[i] >= 0)
			pback++;
	}
	for (j = 0; j < np; j++)
		pback += !pused[j] && p[j].background;
	s->events.ngold += ng - nback;
	s->events.npred += np - pback;
	for (i = 0; i < ng; i++) {
		const struct pev *q;

		if (g[i].background)
			continue;
		if (g2p[i] < 0) {
			rasd_buf_reset(&line);
			gev_text(&line, &g[i]);
			miss(m, id, "missed event", &line);
			continue;
		}
		q = &p[g2p[i]];
		s->events.tp++;
		if (g[i].type) {
			s->type.den++;
			s->type.num += (size_t)type_same(&g[i], q);
		}
		s->date.den++;
		s->date.num += (size_t)date_same(&g[i], q);
		if (g[i].location) {
			s->place.den++;
			s->place.num += (size_t)loc_agree(lx, &g[i], q);
		}
		if (!type_same(&g[i], q) || !date_same(&g[i], q) ||
		    (g[i].location && !loc_agree(lx, &g[i], q))) {
			rasd_buf_reset(&line);
			gev_text(&line, &g[i]);
			rasd_buf_adds(&line, " vs ");
			pev_text(&line, q);
			rasd_buf_addf(&line, " [%s%s%s]", type_same(&g[i], q) ? "" : " type",
				      date_same(&g[i], q) ? "" : " date",
				      g[i].location && !loc_agree(lx, &g[i], q) ? " place" : "");
			miss(m, id, "event differs", &line);
		}
	}
	for (j = 0; j < np; j++) {
		if (pused[j] || p[j].background)
			continue;
		rasd_buf_reset(&line);
		pev_text(&line, &p[j]);
		miss(m, id, "spurious event", &line);
	}
	rc = 0;
out:
	rasd_buf_release(&line);
	free(g);
	free(p);
	free(g2p);
	free(pused);
	return rc;
}

/* ---- incidents and disputes ------------------------------------------- */

static const char *actor_lookup(void *ctx, const char *text, size_t len, const char **name)
{
	const struct rasd_lexicon *lx = ctx;
	int32_t i;

	if (!lx)
		return NULL;
	i = rasdp_lex_lookup(lx, RASD_LEX_ACTOR, text, len);
	if (i < 0)
		return NULL;
	if (name)
		*name = rasdp_lex_actor(lx, (size_t)i)->name_en;
	return rasdp_lex_actor(lx, (size_t)i)->id;
}

#define MAX_PDISP 256

/* Predicted disputes of some incidents, reduced for comparison. */
struct pdisp {
	struct rasdp_eval_dispute d[MAX_PDISP];
	size_t n;
};

/* Reduce a predicted dispute: its attribute, participation actor, figures. */
static void reduce_dispute(const struct rasd_incidents *inc, const struct rasd_dispute *x,
			   struct rasdp_eval_dispute *out)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	out->attribute = x->attribute;
	out->detail = x->detail;
	for (i = 0; i < x->nrefs; i++) {
		if (x->refs[i].is_part) {
			const struct rasd_ev_part *pt = rasdp_incidents_part(inc, x->refs[i].idx);

			if (pt && !out->actor)
				out->actor = rasdp_incidents_actor_id(inc, pt->actor);
		} else {
			rasdp_eval_dispute_add_claim(out, rasdp_incidents_claim(inc, x->refs[i].idx));
		}
	}
}

static void add_incident(const struct rasd_incidents *inc, long cl, struct pdisp *ps)
{
	const struct rasd_dispute *d;
	size_t n = 0, i;

	if (cl < 0)
		return;
	d = rasdp_incidents_disputes(inc, (size_t)cl, &n);
	for (i = 0; d && i < n && ps->n < MAX_PDISP; i++)
		reduce_dispute(inc, &d[i], &ps->d[ps->n++]);
}

/*
 * Disputes reachable from report `p`: into `reach` those of the incidents
 * holding its events in `inc` and those of the report reconciled alone;
 * into `own` those of the report alone (what the text itself says).  The
 * strings stay valid while `*alone` lives; the caller frees it.
 */
static int doc_disputes(const struct rasdp_eval *ev, const struct rasd_incidents *inc,
			const struct pdoc *p, struct rasd_incidents **alone, struct pdisp *reach,
			struct pdisp *own)
{
	long di = rasdp_incidents_find_doc(inc, p->id);
	size_t ne = p->x.nevents, n, i;
	int rc;

	reach->n = own->n = 0;
	for (i = 0; di >= 0 && i < ne; i++)
		add_incident(inc, rasdp_incidents_cluster_of(inc, (size_t)di, i), reach);
	*alone = rasdp_incidents_new();
	if (!*alone)
		return RASD_ENOMEM;
	rasdp_incidents_set_link(*alone, link_model(ev));
	rasdp_incidents_set_disagree(*alone, disagree_model(ev));
	rc = rasdp_incidents_add_extraction(*alone, &p->x, p->text, NULL);
	if (!rc)
		rc = rasdp_incidents_cluster(*alone, 0);
	if (rc)
		return rc;
	n = rasdp_incidents_count(*alone);
	for (i = 0; i < n; i++) {
		add_incident(*alone, (long)i, own);
		add_incident(*alone, (long)i, reach);
	}
	return 0;
}

/*
 * Score the disputes of one report: recall of its gold disputes among the
 * disputes reachable from it, precision of the disputes of the report alone
 * against its gold disputes (none in gold: every one is extra).
 */
static int score_disputes(struct rasdp_eval *ev, const struct rasd_incidents *inc,
			  const char *id, struct json_object *gd, const struct pdoc *p,
			  struct rasdp_eval_scores *s, struct misses *m)
{
	struct rasdp_eval_dispute g[64];
	struct pdisp *ps = calloc(2, sizeof(*ps));
	struct rasd_incidents *alone = NULL;
	size_t ng = rasdp_json_len(gd), i, j;
	int rc = 0;

	if (!ps)
		return RASD_ENOMEM;
	if (ng > 64)
		ng = 64;
	for (i = 0; i < ng; i++)
		rasdp_eval_gold_dispute(rasdp_json_at(gd, i), actor_lookup, (void *)ev->lx, &g[i]);
	if (p)
		rc = doc_disputes(ev, inc, p, &alone, &ps[0], &ps[1]);
	for (i = 0; !rc && i < ng; i++) {
		s->disputes.den++;
		for (j = 0; j < ps[0].n && !rasdp_eval_dispute_match(&g[i], &ps[0].d[j]); j++)
			;
		if (j < ps[0].n) {
			s->disputes.num++;
		} else {
			struct rasd_buf line = RASD_BUF_INIT;

			rasd_buf_addf(&line, "%s: %s", g[i].attribute,
				      g[i].detail ? g[i].detail : "");
			miss(m, id, "missed dispute", &line);
			rasd_buf_release(&line);
		}
	}
	for (j = 0; !rc && j < ps[1].n; j++) {
		s->dispute_precision.den++;
		for (i = 0; i < ng && !rasdp_eval_dispute_match(&g[i], &ps[1].d[j]); i++)
			;
		if (i < ng) {
			s->dispute_precision.num++;
		} else {
			struct rasd_buf line = RASD_BUF_INIT;

			rasd_buf_addf(&line, "%s: %s", ps[1].d[j].attribute,
				      ps[1].d[j].detail ? ps[1].d[j].detail : "");
			miss(m, id, "extra dispute", &line);
			rasd_buf_release(&line);
		}
	}
	rasdp_incidents_free(alone);
	free(ps);
	return rc;
}

/* ---- the run ---------------------------------------------------------- */

static int cmp_pdoc(const void *x, const void *y)
{
	const struct pdoc *a = x, *b = y;

	return strcmp(a->id, b->id);
}

static const struct pdoc *find_pdoc(const struct rasdp_eval *ev, const char *id)
{
	struct pdoc key;

	memset(&key, 0, sizeof(key));
	key.id = id;
	return ev->ndocs ? bsearch(&key, ev->docs, ev->ndocs, sizeof(key), cmp_pdoc) : NULL;
}

/* ---- for training (train.c) ------------------------------------------- */

int rasdp_eval_each_alignment(struct rasdp_eval *ev,
			      int (*fn)(void *ctx, const char *id, struct json_object *gold,
					const long *p2g, size_t np),
			      void *ctx)
{
	size_t i, j;
	int rc = 0;

	if (ev->ndocs)
		qsort(ev->docs, ev->ndocs, sizeof(*ev->docs), cmp_pdoc);
	for (i = 0; i < ev->ngold && !rc; i++) {
		struct json_object *g = ev->gold[i], *gevs = rasdp_json_get(g, "events");
		const struct pdoc *p = find_pdoc(ev, rasdp_json_str(g, "id"));
		size_t ng = rasdp_json_len(gevs), np;
		struct gev *ge;
		struct pev *pe;
		long *g2p, *p2g;
		unsigned char *pused;

		if (!p)
			continue;
		np = p->x.nevents;
		ge = calloc(ng + 1, sizeof(*ge));
		pe = calloc(np + 1, sizeof(*pe));
		g2p = calloc(ng + 1, sizeof(*g2p));
		p2g = calloc(np + 1, sizeof(*p2g));
		pused = calloc(np + 1, 1);
		rc = !ge || !pe || !g2p || !p2g || !pused ? RASD_ENOMEM
			: align_events(ev, g, &p->x, ge, pe, g2p, pused);
		if (!rc) {
			for (j = 0; j < np; j++)
				p2g[j] = -1;
			for (j = 0; j < ng; j++)
				if (g2p[j] >= 0)
					p2g[g2p[j]] = (long)j;
			rc = fn(ctx, p->id, g, p2g, np);
		}
		free(ge);
		free(pe);
		free(g2p);
		free(p2g);
		free(pused);
	}
	return rc;
}

int rasdp_eval_each_report(struct rasdp_eval *ev,
			   int (*fn)(void *ctx, const rasd_engine *e, const char *id,
				     struct json_object *gold, const struct rasd_extraction *x,
				     const char *text, size_t len),
			   void *ctx)
{
	size_t i;
	int rc = 0;

	if (!ev->e)
		return RASD_EINVAL;
	if (ev->ndocs)
		qsort(ev->docs, ev->ndocs, sizeof(*ev->docs), cmp_pdoc);
	for (i = 0; i < ev->ngold && !rc; i++) {
		const struct pdoc *p = find_pdoc(ev, rasdp_json_str(ev->gold[i], "id"));

		if (p && p->text)
			rc = fn(ctx, ev->e, p->id, ev->gold[i], &p->x, p->text, p->len);
	}
	return rc;
}

int rasdp_eval_each_claims(struct rasdp_eval *ev,
			   int (*fn)(void *ctx, const struct rasdp_eval_claimset *cs), void *ctx)
{
	size_t i, k;
	int rc = 0;

	if (ev->ndocs)
		qsort(ev->docs, ev->ndocs, sizeof(*ev->docs), cmp_pdoc);
	for (i = 0; i < ev->ngold && !rc; i++) {
		struct json_object *g = ev->gold[i];
		const char *id = rasdp_json_str(g, "id"), *key = rasdp_json_str(g, "incident");
		const struct pdoc *p = find_pdoc(ev, id);
		struct rasdp_eval_claimset cs;
		struct claim_al al;
		const char **lexname;

		if (!p)
			continue;
		rc = align_claims(ev, g, &p->x, &al);
		if (rc)
			break;
		lexname = calloc(al.ng + 1, sizeof(*lexname));
		if (!lexname) {
			claim_al_release(&al);
			return RASD_ENOMEM;
		}
		for (k = 0; k < al.ng; k++)
			lexname[k] = al.g[k].lexname;
		memset(&cs, 0, sizeof(cs));
		cs.record = g;
		cs.x = &p->x;
		cs.text = p->text;
		cs.len = p->len;
		cs.group = key ? key : id;
		cs.gold = al.gc;
		cs.lexname = lexname;
		cs.ng = al.ng;
		cs.pred = al.pc;
		cs.pex = al.pex;
		cs.np = al.np;
		cs.g2p = al.g2p;
		rc = fn(ctx, &cs);
		free(lexname);
		claim_al_release(&al);
	}
	return rc;
}

int rasdp_eval_incidents(struct rasdp_eval *ev, const struct rasd_model *link,
			 struct rasd_incidents **out)
{
	struct rasd_incidents *inc = rasdp_incidents_new();
	size_t i;
	int rc = 0;

	*out = NULL;
	if (!inc)
		return RASD_ENOMEM;
	rasdp_incidents_set_link(inc, link);
	rasdp_incidents_set_disagree(inc, disagree_model(ev));
	for (i = 0; i < ev->ndocs && !rc; i++)
		rc = rasdp_incidents_add_extraction(inc, &ev->docs[i].x, ev->docs[i].text, NULL);
	if (rc) {
		rasdp_incidents_free(inc);
		return rc;
	}
	*out = inc;
	return 0;
}

/*
 * B-cubed over the reports that have a gold incident; each report's own
 * precision and recall go into rec[i] (inc_psum, inc_rsum, inc_docs = 1),
 * so that the overall figure and every slice are averages of the same
 * per-report values.
 */
static int score_incidents(struct rasdp_eval *ev, struct rasd_incidents *inc,
			   struct rasdp_eval_scores *rec)
{
	long *gl = calloc(ev->ngold + 1, sizeof(long)), *pl = calloc(ev->ngold + 1, sizeof(long));
	size_t *which = calloc(ev->ngold + 1, sizeof(size_t));
	double *pi = calloc(2 * ev->ngold + 1, sizeof(double));
	const char **keys = calloc(ev->ngold + 1, sizeof(char *));
	size_t i, n = 0, nkeys = 0, k;
	int rc = RASD_ENOMEM;

	if (!gl || !pl || !keys || !which || !pi)
		goto out;
	for (i = 0; i < ev->ngold; i++) {
		const char *key = rasdp_json_str(ev->gold[i], "incident");
		const struct pdoc *p;
		long cl = -1, di;

		if (!key)
			continue;
		for (k = 0; k < nkeys && strcmp(keys[k], key); k++)
			;
		if (k == nkeys)
			keys[nkeys++] = key;
		gl[n] = (long)k;
		p = find_pdoc(ev, rasdp_json_str(ev->gold[i], "id"));
		if (p && p->x.nevents) {
			di = rasdp_incidents_find_doc(inc, p->id);
			if (di >= 0)
				cl = rasdp_incidents_cluster_of(inc, (size_t)di, 0);
		}
		/* no extraction, or no event: a cluster of its own */
		pl[n] = cl >= 0 ? cl : -(long)i - 1;
		which[n++] = i;
	}
	rc = rasdp_bcubed_items(gl, pl, n, pi, pi + n);
	for (k = 0; !rc && k < n; k++) {
		rec[which[k]].inc_docs = 1;
		rec[which[k]].inc_psum = pi[k];
		rec[which[k]].inc_rsum = pi[n + k];
	}
out:
	free(gl);
	free(pl);
	free(keys);
	free(which);
	free(pi);
	return rc;
}

static void prf_add(struct rasdp_prf *a, const struct rasdp_prf *b)
{
	a->tp += b->tp;
	a->npred += b->npred;
	a->ngold += b->ngold;
}

static void ratio_add(struct rasdp_ratio *a, const struct rasdp_ratio *b)
{
	a->num += b->num;
	a->den += b->den;
}

/* Add the counts of `b` to `a` (derived figures are computed by scores_finish). */
static void scores_add(struct rasdp_eval_scores *a, const struct rasdp_eval_scores *b)
{
	a->gold_reports += b->gold_reports;
	a->extracted += b->extracted;
	a->scored += b->scored;
	prf_add(&a->claims, &b->claims);
	prf_add(&a->claims_written, &b->claims_written);
	ratio_add(&a->qualifier, &b->qualifier);
	ratio_add(&a->source, &b->source);
	prf_add(&a->events, &b->events);
	ratio_add(&a->type, &b->type);
	ratio_add(&a->date, &b->date);
	ratio_add(&a->place, &b->place);
	a->inc_psum += b->inc_psum;
	a->inc_rsum += b->inc_rsum;
	a->inc_docs += b->inc_docs;
	ratio_add(&a->disputes, &b->disputes);
	ratio_add(&a->dispute_precision, &b->dispute_precision);
	a->false_events += b->false_events;
	a->none_reports += b->none_reports;
}

static void scores_finish(struct rasdp_eval_scores *s)
{
	rasdp_prf_compute(&s->claims);
	rasdp_prf_compute(&s->claims_written);
	rasdp_prf_compute(&s->events);
	rasdp_bcubed_f(s->inc_psum, s->inc_rsum, s->inc_docs, &s->inc_p, &s->inc_r, &s->inc_f);
}

static void fmt_prf(struct rasd_buf *b, const char *label, const struct rasdp_prf *x,
		    const char *unit)
{
	rasd_buf_addf(b, "%-28s P %.3f  R %.3f  F1 %.3f  (%zu matched, %zu predicted, %zu gold %s)\n",
		      label, x->p, x->r, x->f, x->tp, x->npred, x->ngold, unit);
}

static void fmt_ratio(struct rasd_buf *b, const char *label, const struct rasdp_ratio *r)
{
	rasd_buf_addf(b, "%-28s %.3f  (%zu/%zu)\n", label, rasdp_ratio_value(r), r->num, r->den);
}

static void json_prf(struct rasd_jsonw *w, const char *key, const struct rasdp_prf *x)
{
	rasd_jsonw_key(w, key);
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "precision");
	rasdp_eval_json_num4(w, x->p);
	rasd_jsonw_key(w, "recall");
	rasdp_eval_json_num4(w, x->r);
	rasd_jsonw_key(w, "f1");
	rasdp_eval_json_num4(w, x->f);
	rasd_jsonw_key(w, "matched");
	rasd_jsonw_int(w, (int64_t)x->tp);
	rasd_jsonw_key(w, "predicted");
	rasd_jsonw_int(w, (int64_t)x->npred);
	rasd_jsonw_key(w, "gold");
	rasd_jsonw_int(w, (int64_t)x->ngold);
	rasd_jsonw_obj_end(w);
}

/* The figures of `s` as members of an open JSON object. */
static void json_scores(struct rasd_jsonw *w, const struct rasdp_eval_scores *s)
{
	double fe = s->none_reports ? (double)s->false_events / (double)s->none_reports : 0.0;

	rasd_jsonw_key(w, "reports");
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "gold");
	rasd_jsonw_int(w, (int64_t)s->gold_reports);
	rasd_jsonw_key(w, "extracted");
	rasd_jsonw_int(w, (int64_t)s->extracted);
	rasd_jsonw_key(w, "scored");
	rasd_jsonw_int(w, (int64_t)s->scored);
	rasd_jsonw_obj_end(w);
	json_prf(w, "claims", &s->claims);
	json_prf(w, "claims_written", &s->claims_written);
	rasdp_eval_json_ratio(w, "claim_qualifier", &s->qualifier);
	rasdp_eval_json_ratio(w, "claim_source", &s->source);
	json_prf(w, "events", &s->events);
	rasdp_eval_json_ratio(w, "event_type", &s->type);
	rasdp_eval_json_ratio(w, "event_date", &s->date);
	rasdp_eval_json_ratio(w, "event_place", &s->place);
	rasd_jsonw_key(w, "incidents_bcubed");
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "precision");
	rasdp_eval_json_num4(w, s->inc_p);
	rasd_jsonw_key(w, "recall");
	rasdp_eval_json_num4(w, s->inc_r);
	rasd_jsonw_key(w, "f1");
	rasdp_eval_json_num4(w, s->inc_f);
	rasd_jsonw_key(w, "reports");
	rasd_jsonw_int(w, (int64_t)s->inc_docs);
	rasd_jsonw_obj_end(w);
	rasdp_eval_json_ratio(w, "dispute_recall", &s->disputes);
	rasdp_eval_json_ratio(w, "dispute_precision", &s->dispute_precision);
	rasd_jsonw_key(w, "false_events");
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "events");
	rasd_jsonw_int(w, (int64_t)s->false_events);
	rasd_jsonw_key(w, "reports");
	rasd_jsonw_int(w, (int64_t)s->none_reports);
	rasd_jsonw_key(w, "per_report");
	rasdp_eval_json_num4(w, fe);
	rasd_jsonw_obj_end(w);
}

/* ---- slices ------------------------------------------------------------ */

enum { SLICE_LANG, SLICE_COUNTRY, SLICE_OUTLET, NSLICE_DIMS };
static const char *const slice_dims[NSLICE_DIMS] = { "language", "country", "outlet kind" };
static const char *const slice_keys[NSLICE_DIMS] = { "lang", "country", "outlet_kind" };

struct slice {
	const char *value;              /* borrowed from a gold record or extraction */
	struct rasdp_eval_scores s;
};

struct slices {
	struct slice *v[NSLICE_DIMS];
	size_t n[NSLICE_DIMS], alloc[NSLICE_DIMS];
};

/* The value of report `g` (with its extraction `p`, or NULL) on one dimension. */
static const char *slice_value(int dim, struct json_object *g, const struct pdoc *p)
{
	const char *v = NULL;

	if (dim == SLICE_LANG) {
		v = p ? p->x.lang : NULL;
		if (!v)
			v = rasdp_json_str(g, "lang");
	} else {
		v = rasdp_json_str(g, slice_keys[dim]);
	}
	return v && *v ? v : "unknown";
}

static int slices_add(struct slices *sl, int dim, const char *value,
		      const struct rasdp_eval_scores *r)
{
	size_t i;

	for (i = 0; i < sl->n[dim] && strcmp(sl->v[dim][i].value, value); i++)
		;
	if (i == sl->n[dim]) {
		if (sl->n[dim] == sl->alloc[dim]) {
			size_t na = sl->alloc[dim] ? 2 * sl->alloc[dim] : 8;
			struct slice *nv = realloc(sl->v[dim], na * sizeof(*nv));

			if (!nv)
				return RASD_ENOMEM;
			sl->v[dim] = nv;
			sl->alloc[dim] = na;
		}
		memset(&sl->v[dim][i], 0, sizeof(sl->v[dim][i]));
		sl->v[dim][i].value = value;
		sl->n[dim]++;
	}
	scores_add(&sl->v[dim][i].s, r);
	return 0;
}

static int cmp_slice(const void *x, const void *y)
{
	const struct slice *a = x, *b = y;

	if (a->s.gold_reports != b->s.gold_reports)
		return a->s.gold_reports > b->s.gold_reports ? -1 : 1;
	return strcmp(a->value, b->value);
}

static void slices_release(struct slices *sl)
{
	int d;

	for (d = 0; d < NSLICE_DIMS; d++)
		free(sl->v[d]);
}

/* One table per dimension: a row per value, the main figures as columns. */
static void fmt_slices(struct rasd_buf *b, const struct slices *sl)
{
	int d;
	size_t i;

	for (d = 0; d < NSLICE_DIMS; d++) {
		if (!sl->n[d])
			continue;
		rasd_buf_addf(b, "\nby %-13s %7s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %5s\n",
			      slice_dims[d], "reports", "clm-P", "clm-R", "clm-F1", "src", "ev-P",
			      "ev-R", "ev-F1", "type", "place", "inc-F1", "dsp-R", "false");
		for (i = 0; i < sl->n[d]; i++) {
			const struct rasdp_eval_scores *s = &sl->v[d][i].s;

			rasd_buf_addf(b, "  %-14.14s %7zu %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f "
				      "%6.3f %6.3f %6.3f %6.3f %5zu\n",
				      sl->v[d][i].value, s->gold_reports, s->claims.p, s->claims.r,
				      s->claims.f, rasdp_ratio_value(&s->source), s->events.p,
				      s->events.r, s->events.f, rasdp_ratio_value(&s->type),
				      rasdp_ratio_value(&s->place), s->inc_f,
				      rasdp_ratio_value(&s->disputes), s->false_events);
		}
	}
}

static void json_slices(struct rasd_jsonw *w, const struct slices *sl)
{
	int d;
	size_t i;

	rasd_jsonw_key(w, "slices");
	rasd_jsonw_obj(w);
	for (d = 0; d < NSLICE_DIMS; d++) {
		rasd_jsonw_key(w, slice_keys[d]);
		rasd_jsonw_obj(w);
		for (i = 0; i < sl->n[d]; i++) {
			rasd_jsonw_key(w, sl->v[d][i].value);
			rasd_jsonw_obj(w);
			json_scores(w, &sl->v[d][i].s);
			rasd_jsonw_obj_end(w);
		}
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_obj_end(w);
}

/*
 * Render into `b`; `sl` (or NULL) adds the slices; for JSON `extra_json` (a
 * JSON array, or NULL) becomes "misses".
 */
static int render(const struct rasdp_eval_scores *s, unsigned flags, struct rasd_buf *b,
		  const struct slices *sl, const char *extra_text, const char *extra_json)
{
	double fe = s->none_reports ? (double)s->false_events / (double)s->none_reports : 0.0;

	if (!(flags & RASDP_EVAL_JSON)) {
		rasd_buf_addf(b, "%-28s %zu gold, %zu extracted, %zu scored\n", "reports",
			      s->gold_reports, s->extracted, s->scored);
		fmt_prf(b, "claims", &s->claims, "claims");
		fmt_prf(b, "claims (written figures)", &s->claims_written, "claims");
		fmt_ratio(b, "claim qualifier accuracy", &s->qualifier);
		fmt_ratio(b, "claim source accuracy", &s->source);
		fmt_prf(b, "events", &s->events, "events");
		fmt_ratio(b, "event type accuracy", &s->type);
		fmt_ratio(b, "event date accuracy", &s->date);
		fmt_ratio(b, "event place accuracy", &s->place);
		rasd_buf_addf(b, "%-28s P %.3f  R %.3f  F1 %.3f  (%zu reports)\n", "incidents B-cubed",
			      s->inc_p, s->inc_r, s->inc_f, s->inc_docs);
		fmt_ratio(b, "dispute recall", &s->disputes);
		fmt_ratio(b, "dispute precision", &s->dispute_precision);
		rasd_buf_addf(b, "%-28s %zu  (%zu reports of no event, %.3f per report)\n",
			      "false events", s->false_events, s->none_reports, fe);
		if (sl)
			fmt_slices(b, sl);
		if (extra_text && *extra_text) {
			rasd_buf_adds(b, "\nper report:\n");
			rasd_buf_adds(b, extra_text);
		}
		return rasd_buf_grow(b, 1);
	}
	{
		struct rasd_jsonw w;

		rasd_jsonw_init(&w, b);
		rasd_jsonw_obj(&w);
		json_scores(&w, s);
		if (sl)
			json_slices(&w, sl);
		if (extra_json) {
			rasd_jsonw_key(&w, "misses");
			rasd_jsonw_raw(&w, extra_json, strlen(extra_json));
		}
		rasd_jsonw_obj_end(&w);
		if (!w.err)
			rasd_buf_addch(b, '\n');
		return w.err ? w.err : b->err;
	}
}

int rasdp_eval_render(const struct rasdp_eval_scores *s, unsigned flags,
		      char **out, size_t *out_len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	int rc = render(s, flags, &b, NULL, NULL, NULL);

	if (rc) {
		rasd_buf_release(&b);
		return rc;
	}
	*out = rasd_buf_detach(&b, out_len);
	return *out ? 0 : RASD_ENOMEM;
}

int rasdp_eval_run(struct rasdp_eval *ev, struct rasdp_eval_scores *out,
		   unsigned flags, char **report, size_t *report_len)
{
	struct rasdp_eval_scores s, *rec;
	struct rasd_incidents *inc = NULL;
	struct slices sl;
	struct misses m;
	size_t i;
	int rc = 0, d;

	memset(&s, 0, sizeof(s));
	memset(&sl, 0, sizeof(sl));
	memset(&m, 0, sizeof(m));
	rasd_buf_init(&m.text, 0);
	rasd_buf_init(&m.json, 0);
	rasd_jsonw_init(&m.w, &m.json);
	m.on = (flags & RASDP_EVAL_VERBOSE) != 0;
	rasd_jsonw_arr(&m.w);
	if (ev->ndocs)
		qsort(ev->docs, ev->ndocs, sizeof(*ev->docs), cmp_pdoc);
	/* every figure is summed from per-report counts, so slices add up */
	rec = calloc(ev->ngold + 1, sizeof(*rec));
	inc = rasdp_incidents_new();
	if (!rec || !inc) {
		rc = RASD_ENOMEM;
		goto out;
	}
	rasdp_incidents_set_link(inc, link_model(ev));
	rasdp_incidents_set_disagree(inc, disagree_model(ev));
	for (i = 0; i < ev->ndocs; i++)
		rasdp_incidents_add_extraction(inc, &ev->docs[i].x, ev->docs[i].text, NULL);
	rc = rasdp_incidents_cluster(inc, 0);
	if (rc)
		goto out;

	for (i = 0; i < ev->ngold && !rc; i++) {
		struct json_object *g = ev->gold[i];
		const char *id = rasdp_json_str(g, "id");
		const struct pdoc *p = find_pdoc(ev, id);
		const struct rasd_extraction *px = p ? &p->x : NULL;
		struct json_object *gevs = rasdp_json_get(g, "events");
		struct json_object *gd = rasdp_json_get(g, "disputes");
		struct rasdp_eval_scores *r = &rec[i];

		r->gold_reports = 1;
		if (p) {
			r->scored = 1;
			r->extracted = 1;
		} else if (m.on) {
			struct rasd_buf line = RASD_BUF_INIT;

			rasd_buf_adds(&line, "no extraction for this report");
			miss(&m, id, "missing", &line);
			rasd_buf_release(&line);
		}
		rc = score_claims(ev, id, g, px, r, &m);
		if (!rc)
			rc = score_events(ev, id, g, px, r, &m);
		if (p && !rasdp_json_str(g, "incident") && !rasdp_json_len(gevs)) {
			r->none_reports++;
			r->false_events += p->x.nevents;
		}
		if (!rc && (p || rasdp_json_len(gd)))
			rc = score_disputes(ev, inc, id, gd, p, r, &m);
	}
	if (!rc)
		rc = score_incidents(ev, inc, rec);
	for (i = 0; !rc && i < ev->ngold; i++) {
		scores_add(&s, &rec[i]);
		if (!(flags & RASDP_EVAL_SLICES))
			continue;
		for (d = 0; d < NSLICE_DIMS && !rc; d++)
			rc = slices_add(&sl, d, slice_value(d, ev->gold[i],
							    find_pdoc(ev, rasdp_json_str(ev->gold[i], "id"))),
					&rec[i]);
	}
	if (rc)
		goto out;
	s.extracted = ev->ndocs;
	scores_finish(&s);
	for (d = 0; d < NSLICE_DIMS; d++) {
		for (i = 0; i < sl.n[d]; i++)
			scores_finish(&sl.v[d][i].s);
		if (sl.n[d])
			qsort(sl.v[d], sl.n[d], sizeof(*sl.v[d]), cmp_slice);
	}
	rasd_jsonw_arr_end(&m.w);
	if (out)
		*out = s;
	if (report) {
		struct rasd_buf b = RASD_BUF_INIT;

		rc = m.err ? m.err : m.text.err ? m.text.err : m.w.err ? m.w.err :
		     render(&s, flags, &b, (flags & RASDP_EVAL_SLICES) ? &sl : NULL,
			    m.on ? m.text.buf : NULL, m.on ? m.json.buf : NULL);
		if (!rc) {
			*report = rasd_buf_detach(&b, report_len);
			if (!*report)
				rc = RASD_ENOMEM;
		}
		rasd_buf_release(&b);
	}
out:
	free(rec);
	slices_release(&sl);
	rasdp_incidents_free(inc);
	rasd_buf_release(&m.text);
	rasd_buf_release(&m.json);
	return rc;
}
