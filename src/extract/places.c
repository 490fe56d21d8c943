/*
 * places.c - which names of a report are places, where a sentence locates
 * its event, and how places compare.
 *
 * First the whole report (rasdp_read_places()): the gazetteer goes down to
 * villages, whose names are shared with other villages, with ordinary
 * words and with places abroad, so a name is a place only when the report
 * allows it.  The country the report names most gates every name (a
 * Syrian namesake never stands for a place in Yemen); a village needs its
 * governorate or district named near it, or a locative word ("قرية",
 * "village of"); a Latin name needs a capital and is none inside a longer
 * capitalised name ("Bab Ghaliq") or an actor's or outlet's name.  The
 * governorates and districts of the names kept are counted.
 *
 * A place name may name several entries (a town and its subdistrict, two
 * villages of one name): the entry the report speaks for most wins (its
 * governorate and district named, a place of the report near it), then
 * the most precise kind, then the most populous; namesakes apart that the
 * report cannot tell apart give the level they share, never a guess.  Of
 * the places of a sentence the most precise locates it (a landmark over a
 * neighbourhood over a town over a district over a governorate); a country
 * locates nothing.  A name read as a region of itself ("شرقي حمص", "ريف
 * حمص", "بادية تدمر", "Homs countryside": cues.tsv `compass`,
 * `countryside`, `region_after`) is the coarsest area of that name (the
 * governorate of Homs, the district of Tadmur), not its town; so is a name
 * after a place the gazetteer does not know, named with a word of its kind
 * ("بلدة ... في درعا", "the village of ... in Daraa": the event is
 * somewhere in the governorate, not in the city of Daraa).
 *
 * Some places in a sentence are not where the event was: where a speaker
 * is ("مراسل عنب بلدي في درعا", "Iran's ambassador to Damascus",
 * "Damascus-based"), and where fire came from ("fired from the occupied
 * Golan", "من اتجاه ..."); they are passed over.  Two places agree when one
 * is inside the other (governorate, district, subdistrict) or they share a
 * name at different levels: one place, one identity.
 *
 * Last, which of the places an event's sentences name is the event's is a
 * scored decision (`place`, data/models/place.tsv): framing proposes the
 * most precise, and a town named bare after the event's sentences gave its
 * name as the area holding it is that area.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "extract/engine.h"
#include "extract/events_int.h"
#include "model/model.h"

#include "base/banned.h"

/* How precisely a place locates an event: a landmark 7 ... a governorate 1. */
int rasdp_place_rank(const struct rasd_place *p)
{
	switch (p->kind) {
	case RASD_PLACE_LANDMARK: return 7;
	case RASD_PLACE_REGION: return 2;
	case RASD_PLACE_NEIGHBOURHOOD: return 6;
	case RASD_PLACE_VILLAGE: return 5;
	case RASD_PLACE_TOWN: return 5;
	case RASD_PLACE_CITY: return 5;
	case RASD_PLACE_SUBDISTRICT: return 3;
	case RASD_PLACE_DISTRICT: return 2;
	case RASD_PLACE_GOVERNORATE: return 1;
	default: return 0;
	}
}

/* ---- the document's places: which names are places at all ------------ */

/*
 * Small sets and counts of place entries, per document: a report names a
 * few dozen places, so a linear search beats zeroing an array the size of
 * the gazetteer for every report.
 */
struct entry_set {
	uint32_t *e;
	size_t n;               /* room: the report's matches */
};

static int set_has(const struct entry_set *s, uint32_t e)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (s->e[i] == e)
			return 1;
	return 0;
}

static void set_add(struct entry_set *s, uint32_t e)
{
	if (!set_has(s, e))
		s->e[s->n++] = e;
}

/* One more place named in governorate or district `a` (c->admins has room for two a match). */
static void admin_add(struct rasdp_ctx *c, int32_t a)
{
	size_t i;

	for (i = 0; i < c->nadmins; i++)
		if (c->admins[i].place == a) {
			c->admins[i].n++;
			return;
		}
	c->admins[c->nadmins].place = a;
	c->admins[c->nadmins++].n = 1;
}

/* How many place names of the report are in governorate or district `a`. */
static int32_t admin_mentions(const struct rasdp_ctx *c, int32_t a)
{
	size_t i;

	for (i = 0; i < c->nadmins; i++)
		if (c->admins[i].place == a)
			return c->admins[i].n;
	return 0;
}

/* Countries told apart in one document (more are counted together as none). */
#define MAX_COUNTRIES 12

struct countries {
	char code[MAX_COUNTRIES][3];
	int score[MAX_COUNTRIES];
	size_t n;
};

static int country_slot(struct countries *cs, const char *cc)
{
	size_t i;

	for (i = 0; i < cs->n; i++)
		if (!memcmp(cs->code[i], cc, 3))
			return (int)i;
	if (cs->n == MAX_COUNTRIES)
		return -1;
	memcpy(cs->code[cs->n], cc, 3);
	cs->score[cs->n] = 0;
	return (int)cs->n++;
}

/*
 * How strongly a name says which country a report is about: a country 3,
 * a governorate 2, a city 1; towns and villages say nothing (their names
 * are the ones in question).  Only names that need no context count.
 */
static int country_weight(const struct rasd_place *p)
{
	if (p->match != RASD_PLACE_MATCH_ALWAYS)
		return 0;
	switch (p->kind) {
	case RASD_PLACE_COUNTRY: return 3;
	case RASD_PLACE_GOVERNORATE: return 2;
	case RASD_PLACE_CITY: return 1;
	default: return 0;
	}
}

/*
 * Matches [i, j) of one span: what each country gets from its entries,
 * each entry once (`seen`, per place index, may be NULL).
 */
static void span_countries(const struct rasdp_ctx *c, size_t i, size_t j,
			   struct countries *cs, int *own, struct entry_set *seen)
{
	size_t k;

	memset(own, 0, MAX_COUNTRIES * sizeof(*own));
	for (k = i; k < j; k++) {
		uint32_t e = c->d->matches[k].entry;
		const struct rasd_place *p = rasdp_lex_place(c->lx, e);
		int w = country_weight(p), slot;

		if (!w || (seen && set_has(seen, e)) || (slot = country_slot(cs, p->country)) < 0)
			continue;
		if (seen)
			set_add(seen, e);
		own[slot] += w;
	}
}

/* End of the place span starting at match i: matches [i, j) share its tokens. */
static size_t span_end(const struct rasd_doc *d, size_t i)
{
	size_t j = i + 1;

	while (j < d->nmatches && d->matches[j].kind == RASD_LEX_PLACE &&
	       d->matches[j].tok_start == d->matches[i].tok_start &&
	       d->matches[j].tok_end == d->matches[i].tok_end)
		j++;
	return j;
}

/* "قرية X", "بلدة X", "the village of X": a word naming what kind of place follows. */
static int locative_before(const struct rasd_doc *d, uint32_t t)
{
	if (t >= 1 && rasdp_cue(d, t - 1, RASD_CUE_LOCATIVE))
		return 1;
	return t >= 2 && rasdp_cue(d, t - 2, RASD_CUE_LOCATIVE) &&
	       rasdp_cue(d, t - 1, RASD_CUE_COMPASS_OF);
}

/*
 * A Latin place name is a proper noun: its first word past an article is
 * capitalised ("al-Bab", "Jasim"); "has" is not the town of Has.  Arabic
 * names pass.
 */
static int latin_capitalised(const struct rasd_doc *d, const struct rasd_match *m)
{
	uint32_t t;

	for (t = m->tok_start; t < m->tok_end; t++) {
		const struct rasd_token *tk = &d->toks[t];
		char key[8];
		size_t n;
		const char *w;

		if (tk->kind == RASD_TOK_PUNCT)
			continue;
		if (!(tk->flags & RASD_TOKF_LATIN))
			return 1;
		w = rasdp_tok_norm(d, tk, &n);
		if (rasdp_latin_key(w, n, key, sizeof(key)) == 2 && !memcmp(key, "al", 2) &&
		    t + 1 < m->tok_end)
			continue;
		return (tk->flags & RASD_TOKF_CAP) != 0;
	}
	return 1;
}

/* A capitalised Latin word that no lexicon knows: part of a name rasd does not know. */
static int unknown_name_word(const struct rasd_doc *d, const uint8_t *known, uint32_t t)
{
	const struct rasd_token *tok = &d->toks[t];
	unsigned q;

	if (tok->kind != RASD_TOK_WORD || !(tok->flags & RASD_TOKF_CAP) || known[t])
		return 0;
	for (q = 0; q < RASD_CUE__COUNT; q++)
		if (rasdp_cue(d, t, (enum rasd_cue)q))
			return 0;
	return 1;
}

/*
 * Is Latin place match `m` a part of a longer name that rasd does not know:
 * "Bab Ghaliq" (a quarter of Taizz) is not al-Bab, nor "Jabal al Kirsh" a
 * place named Kirsh.  A capitalised word right after it, or right before it
 * (past an article), that is no lexicon word and does not start its
 * sentence, makes the name longer.  With `before_only` only the word before
 * counts: a governorate's name is still where "Aleppo University" is, but
 * not in "Qasem Soleimani", where it stands as a family name.  Title lines
 * are written in capitals throughout and are let be.
 */
static int part_of_longer_name(const struct rasd_doc *d, const uint8_t *known,
			       const struct rasd_match *m, int before_only)
{
	uint32_t t = m->tok_start, first;
	const struct rasd_token *tk = &d->toks[t];
	char key[8];
	size_t n;
	const char *w;

	if (!(tk->flags & RASD_TOKF_LATIN) || (d->title && tk->sent == 0))
		return 0;
	first = d->sents[tk->sent].tok_start;
	if (!before_only && m->tok_end < d->sents[tk->sent].tok_end &&
	    unknown_name_word(d, known, m->tok_end))
		return 1;
	if (t > first) {
		w = rasdp_tok_norm(d, &d->toks[t - 1], &n);
		if (t - 1 > first && rasdp_latin_key(w, n, key, sizeof(key)) == 2 &&
		    !memcmp(key, "al", 2))
			t--;   /* "Jabal al Kirsh" */
		if (t - 1 > first && unknown_name_word(d, known, t - 1))
			return 1;
	}
	return 0;
}

/* Is place entry `qi` place entry `pi` or one of the areas that hold it? */
static int within(const struct rasd_lexicon *lx, uint32_t pi, uint32_t qi)
{
	const struct rasd_place *p = rasdp_lex_place(lx, pi), *q = rasdp_lex_place(lx, qi);

	return pi == qi || p->admin1 == (int32_t)qi || p->admin2 == (int32_t)qi ||
	       p->admin3 == (int32_t)qi ||
	       (q->kind == RASD_PLACE_COUNTRY && !strcmp(p->country, q->country));
}

/*
 * Two Latin place names side by side with nothing between them, neither
 * holding the other, are a person's name: "Qasem Soleimani" names no two
 * towns.  "Aleppo Syria" (a place and its country) is let be.
 */
static int beside_other_place(const struct rasdp_ctx *c, size_t i)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m = &d->matches[i];
	size_t k;

	if (!(d->toks[m->tok_start].flags & RASD_TOKF_LATIN))
		return 0;
	/* the matches ending where it starts, or starting where it ends */
	for (k = rasdp_match_reaching(c, m->tok_start);
	     k < d->nmatches && d->matches[k].tok_start <= m->tok_end; k++) {
		const struct rasd_match *o = &d->matches[k];

		if (o->kind != RASD_LEX_PLACE || (o->tok_start != m->tok_end && o->tok_end != m->tok_start))
			continue;
		if (!(d->toks[o->tok_start].flags & RASD_TOKF_CAP) ||
		    d->toks[o->tok_start].sent != d->toks[m->tok_start].sent)
			continue;
		if (!within(c->lx, m->entry, o->entry) && !within(c->lx, o->entry, m->entry))
			return 1;
	}
	return 0;
}

/*
 * Is match `m` inside an actor or source name: "Sham" in "Hay'at Tahrir
 * al-Sham", a village named like an outlet ("Al Jazira")?  With `exact`
 * (a name that needs no context) only a name of exactly its words counts:
 * "SANA" is the agency, not Sanaa, while "Daraa" in "Daraa Central
 * Committee" still says where.
 */
static int inside_name(const struct rasdp_ctx *c, const struct rasd_match *m, int exact)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	/* the names that may reach over its last token */
	for (i = rasdp_match_reaching(c, m->tok_end);
	     i < d->nmatches && d->matches[i].tok_start <= m->tok_start; i++) {
		const struct rasd_match *o = &d->matches[i];

		if ((o->kind != RASD_LEX_ACTOR && o->kind != RASD_LEX_SOURCE) ||
		    o->tok_end < m->tok_end)
			continue;
		if (!exact || (o->tok_start == m->tok_start && o->tok_end == m->tok_end))
			return 1;
	}
	return 0;
}

/* Sentences around a village's name where its governorate or district counts. */
#define CONTEXT_SENTS 1

/*
 * Is the governorate or district of place `p` named near span [i, j) (in
 * its sentence or the ones next to it), other than by the span itself?
 * Only names that need no context count.
 */
static int admin_named(const struct rasdp_ctx *c, size_t i, size_t j, const struct rasd_place *p)
{
	const struct rasd_doc *d = c->d;
	uint32_t s = d->toks[d->matches[i].tok_start].sent;
	uint32_t lo = s > CONTEXT_SENTS ? s - CONTEXT_SENTS : 0, hi = s + CONTEXT_SENTS;
	size_t k;

	/* from the first match of sentence lo on */
	for (k = rasdp_match_from(d, d->sents[lo].tok_start); k < d->nmatches; k++) {
		const struct rasd_match *m = &d->matches[k];
		const struct rasd_place *q;
		uint32_t ms = d->toks[m->tok_start].sent;

		if (ms > hi)
			break;
		if (m->kind != RASD_LEX_PLACE || ms < lo || (k >= i && k < j) ||
		    m->tok_start == d->matches[i].tok_start)
			continue;
		q = rasdp_lex_place(c->lx, m->entry);
		if (q->match != RASD_PLACE_MATCH_ALWAYS)
			continue;
		if ((p->admin1 >= 0 && (q->admin1 == p->admin1)) ||
		    (p->admin2 >= 0 && q->admin2 == p->admin2))
			return 1;
	}
	return 0;
}

static int by_entry(const void *a, const void *b)
{
	const struct rasdp_named_place *x = a, *y = b;

	if (x->entry != y->entry)
		return x->entry < y->entry ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

/*
 * The place entries the report names, each once with its first token and
 * how often (c->places): what the rest of the report says for a place is
 * looked up there, not in every match again.  0 or RASD_ENOMEM.
 */
static int index_places(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t i, n = 0, o = 0;

	c->nplaces = 0;
	c->places = rasd_arena_alloc(&d->arena, (d->nmatches ? d->nmatches : 1) * sizeof(*c->places));
	if (!c->places)
		return RASD_ENOMEM;
	for (i = 0; i < d->nmatches; i++) {
		if (d->matches[i].kind != RASD_LEX_PLACE)
			continue;
		c->places[n].entry = (int32_t)d->matches[i].entry;
		c->places[n].at = d->matches[i].tok_start;
		c->places[n].n = 1;
		c->places[n].elsewhere = 0;
		n++;
	}
	qsort(c->places, n, sizeof(*c->places), by_entry);
	for (i = 0; i < n; i++) {
		if (o && c->places[o - 1].entry == c->places[i].entry) {
			c->places[o - 1].n++;
			c->places[o - 1].elsewhere |= c->places[i].at != c->places[o - 1].at;
			continue;
		}
		c->places[o++] = c->places[i];
	}
	c->nplaces = o;
	return 0;
}

/*
 * Which place names of the report are places, before anything reads them
 * (the others are dropped from d->matches):
 *
 * - the report's country gates every name: of the entries of one name the
 *   ones in the country the report names most are kept ("Ath Thawrah" in a
 *   report on Taizz is Taizz's), and a place in a country the report names
 *   nowhere else is dropped when another country is named;
 * - a village or neighbourhood (places.tsv `match` context) needs its
 *   governorate or district named near it (its sentence or the next to
 *   it: CONTEXT_SENTS), or a locative
 *   word before it ("قرية", "the village of"); a name that is also an
 *   ordinary word (`match` cue) needs the locative word;
 * - a name in Latin script needs a capital (latin_capitalised());
 * - a Latin name inside a longer capitalised name is no match, there
 *   and wherever the report repeats it ("Reza Karimi" ... "Karimi said"); a
 *   village's name inside an actor's or a source's is the name's.
 *
 * Then the governorates and districts of the places kept are counted
 * (c->admins): they
 * steer the choice among same-name places (choose_place()).
 */
int rasdp_read_places(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t n = d->nmatches ? d->nmatches : 1, i, j, k, o;
	struct countries cs = { .n = 0 };
	int own[MAX_COUNTRIES], top = -1;	/* own: what a span's entries give */
	uint8_t *known = rasd_arena_calloc(&d->arena, d->ntoks ? d->ntoks : 1, 1);
	unsigned char *keep = rasd_arena_calloc(&d->arena, n, 1);
	struct entry_set counted = { rasd_arena_alloc(&d->arena, n * sizeof(uint32_t)), 0 };
	struct entry_set part_name = { rasd_arena_alloc(&d->arena, n * sizeof(uint32_t)), 0 };

	c->match_span = 0;
	for (i = 0; i < d->nmatches; i++)
		if (d->matches[i].tok_end - d->matches[i].tok_start > c->match_span)
			c->match_span = d->matches[i].tok_end - d->matches[i].tok_start;
	c->admins = rasd_arena_alloc(&d->arena, 2 * n * sizeof(*c->admins));
	c->nadmins = 0;
	if (!known || !keep || !counted.e || !part_name.e || !c->admins)
		return RASD_ENOMEM;
	/* The tokens any lexicon names. */
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		uint32_t t;

		for (t = m->tok_start; t < m->tok_end; t++)
			known[t] = 1;
	}
	/*
	 * A name seen as a part of a longer one ("Reza Karimi") is that name
	 * wherever the report repeats it ("Karimi said").
	 */
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		const struct rasd_place *p;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		p = rasdp_lex_place(c->lx, m->entry);
		if (p->kind >= RASD_PLACE_GOVERNORATE && p->kind <= RASD_PLACE_NEIGHBOURHOOD &&
		    (part_of_longer_name(d, known, m, p->kind == RASD_PLACE_GOVERNORATE) ||
		     beside_other_place(c, i)))
			set_add(&part_name, m->entry);
	}
	/*
	 * Countries, from the names that need no context and are names where
	 * they stand: "hit" is no Iraqi town, nor "Sham" in "Hay'at Tahrir
	 * al-Sham" Damascus.
	 */
	for (i = 0; i < d->nmatches; i = j) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind != RASD_LEX_PLACE) {
			j = i + 1;
			continue;
		}
		j = span_end(d, i);
		if (!latin_capitalised(d, m) || inside_name(c, m, 1) ||
		    ((d->toks[m->tok_start].flags & RASD_TOKF_LATIN) &&
		     (part_of_longer_name(d, known, m, 0) || beside_other_place(c, i))))
			continue;
		/* Each place once: a town named twice is no second country. */
		span_countries(c, i, j, &cs, own, &counted);
		for (k = 0; k < cs.n; k++)
			cs.score[k] += own[k];
	}
	for (k = 0; k < cs.n; k++)
		if (cs.score[k] > 0 && (top < 0 || cs.score[k] > cs.score[top]))
			top = (int)k;
	/* Two countries named as often: neither gates the other. */
	for (k = 0; top >= 0 && k < cs.n; k++)
		if ((int)k != top && cs.score[k] == cs.score[top])
			top = -1;
	for (i = 0; i < d->nmatches; i = j) {
		const struct rasd_match *m = &d->matches[i];
		int best = -1;

		if (m->kind != RASD_LEX_PLACE) {
			keep[i] = 1;
			j = i + 1;
			continue;
		}
		j = span_end(d, i);
		span_countries(c, i, j, &cs, own, NULL);
		/* The country of this name: the best named of its entries' countries. */
		for (k = i; k < j; k++) {
			int slot = country_slot(&cs, rasdp_lex_place(c->lx, d->matches[k].entry)->country);

			if (slot >= 0 && (best < 0 || cs.score[slot] > cs.score[best]))
				best = slot;
		}
		for (k = i; k < j; k++) {
			const struct rasd_place *p = rasdp_lex_place(c->lx, d->matches[k].entry);
			int slot = country_slot(&cs, p->country);

			if (slot < 0 || (best >= 0 && cs.score[slot] < cs.score[best]))
				continue;
			/* A country named nowhere else, while another one is. */
			if (top >= 0 && slot != top && cs.score[slot] - own[slot] <= 0)
				continue;
			if (p->match == RASD_PLACE_MATCH_CUE && !locative_before(d, m->tok_start))
				continue;
			if (p->match == RASD_PLACE_MATCH_CONTEXT && !locative_before(d, m->tok_start) &&
			    !admin_named(c, i, j, p))
				continue;
			if (!latin_capitalised(d, m))
				continue;
			if (set_has(&part_name, d->matches[k].entry) &&
			    (d->toks[m->tok_start].flags & RASD_TOKF_LATIN))
				continue;
			if (inside_name(c, m, p->match == RASD_PLACE_MATCH_ALWAYS))
				continue;
			keep[k] = 1;
		}
	}
	for (i = o = 0; i < d->nmatches; i++)
		if (keep[i])
			d->matches[o++] = d->matches[i];
	d->nmatches = o;
	c->country[0] = '\0';
	if (top >= 0)
		memcpy(c->country, cs.code[top], 3);
	/* Governorates and districts named steer the choice among same-name places. */
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		const struct rasd_place *p;
		int32_t g;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		p = rasdp_lex_place(c->lx, m->entry);
		g = rasdp_lex_governorate(c->lx, (int32_t)m->entry);
		if (g >= 0)
			admin_add(c, g);
		if (p->admin2 >= 0 && p->kind <= RASD_PLACE_DISTRICT)
			admin_add(c, p->admin2);
	}
	return index_places(c);
}

/* Distance in km between two points (equirectangular: places a few km apart). */
static double km(const struct rasd_place *a, const struct rasd_place *b)
{
	double dx = (a->lon - b->lon) * cos((a->lat + b->lat) * 0.5 * M_PI / 180.0);
	double dy = a->lat - b->lat;

	return sqrt(dx * dx + dy * dy) * 111.2;
}

static int has_point(const struct rasd_place *p)
{
	return p->lat != 0 || p->lon != 0;
}

/* Places closer than this to another place of the report are its neighbours. */
#define NEAR_KM 20.0

/*
 * How much the rest of report `c` says for place `p` named at match
 * `at`: its governorate named (each mention), its district named (twice
 * that), and another place of the report within NEAR_KM of it.
 */
static long context_of(const struct rasdp_ctx *c, const struct rasd_match *at,
		       const struct rasd_place *p, int32_t e)
{
	int32_t g = rasdp_lex_governorate(c->lx, e);
	long score = g >= 0 ? admin_mentions(c, g) : 0;
	size_t i;

	if (p->admin2 >= 0 && p->admin2 != e)
		score += 2L * admin_mentions(c, p->admin2);
	if (!has_point(p) || p->kind < RASD_PLACE_CITY)
		return score;
	/* each entry once: it stands elsewhere than `at` if named twice */
	for (i = 0; i < c->nplaces; i++) {
		const struct rasdp_named_place *m = &c->places[i];
		const struct rasd_place *q;

		if (!m->elsewhere && m->at == at->tok_start)
			continue;
		q = rasdp_lex_place(c->lx, (size_t)m->entry);
		if (q->kind >= RASD_PLACE_CITY && q->kind != RASD_PLACE_REGION && has_point(q) &&
		    km(p, q) <= NEAR_KM)
			return score + 1;
	}
	return score;
}

/* Is place `a` inside place `b` (its subdistrict, district or governorate)? */
static int inside(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa = rasdp_lex_place(lx, (size_t)a);

	return a != b && (pa->admin1 == b || pa->admin2 == b || pa->admin3 == b);
}

/*
 * The most precise place containing both `a` and `b` (their district or
 * governorate), or -1: where context cannot tell two villages of one name
 * apart, the event is at what they share, at that precision.
 */
static int32_t common_level(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa = rasdp_lex_place(lx, (size_t)a);
	const struct rasd_place *pb = rasdp_lex_place(lx, (size_t)b);

	if (pa->admin3 >= 0 && pa->admin3 == pb->admin3)
		return pa->admin3;
	if (pa->admin2 >= 0 && pa->admin2 == pb->admin2)
		return pa->admin2;
	if (pa->admin1 >= 0 && pa->admin1 == pb->admin1)
		return pa->admin1;
	return -1;
}

/* A town this populous is the likely one among namesakes of no known size. */
/* Two entries of one name this close are one place listed twice. */
#define SAME_KM 5.0
#define KNOWN_TOWN 10000

/*
 * Among the entries matched by one surface form (several places share
 * names), choose the one the rest of the report speaks for most (its
 * governorate and district named, a place near it), then the most precise
 * kind, then the most populous.  Places of one name one inside the other
 * (a town and its subdistrict) are one place at two levels: the most
 * precise is taken.  Two places of one name apart from each other that the
 * context does not tell apart give what they share (their district or
 * governorate), unless one is a known town and the other not: never a guess.
 */
static int32_t choose_place(const struct rasdp_ctx *c, size_t first, size_t last)
{
	int32_t best = -1, at = -1;
	long best_score = -1, best_ctx = -1;
	size_t i;

	for (i = first; i < last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		const struct rasd_place *p;
		long score, ctx;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		p = rasdp_lex_place(c->lx, m->entry);
		ctx = context_of(c, m, p, (int32_t)m->entry);
		score = ctx * 1000000L + rasdp_place_rank(p) * 100000L +
			(long)(p->population > 99999 ? 99999 : p->population);
		if (score > best_score) {
			best_score = score;
			best_ctx = ctx;
			best = (int32_t)m->entry;
		}
	}
	if (best < 0 || rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)best)) < 5)
		return best;
	/* Namesakes apart from it that the context speaks for as much. */
	at = best;
	for (i = first; i < last && at >= 0; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		const struct rasd_place *pb = rasdp_lex_place(c->lx, (size_t)best), *p;
		int32_t e = (int32_t)m->entry;

		if (m->kind != RASD_LEX_PLACE || e == best)
			continue;
		p = rasdp_lex_place(c->lx, (size_t)e);
		if (rasdp_place_rank(p) < 5 || context_of(c, m, p, e) != best_ctx ||
		    inside(c->lx, best, e) || inside(c->lx, e, best) ||
		    (pb->population >= KNOWN_TOWN && p->population < KNOWN_TOWN) ||
		    (has_point(p) && has_point(pb) && km(p, pb) <= SAME_KM))
			continue;
		at = common_level(c->lx, at, e);
	}
	return at;
}

/*
 * Is place match `p` where a speaker is, not where the event was: right
 * after a source and "in" ("مراسل عنب بلدي في درعا", "our correspondent in
 * Idlib", "«سانا» في اللاذقية"); after an envoy's "to" ("Iran's ambassador to Damascus",
 * "سفير إيران في دمشق" is the first case); or an adjective of a speaker
 * ("a Damascus-affiliated official", "Damascus-based").
 */
static int speaker_base(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_match *p)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (p->tok_end < d->ntoks && rasdp_cue(d, p->tok_end, RASD_CUE_BASED))
		return 1;
	if (p->tok_start >= 2 && rasdp_cue(d, p->tok_start - 1, RASD_CUE_ENVOY_TO) &&
	    rasdp_cue(d, p->tok_start - 2, RASD_CUE_ENVOY))
		return 1;
	if (p->tok_start < 2 || !rasdp_cue(d, p->tok_start - 1, RASD_CUE_SPEAKER_IN))
		return 0;
	if (rasdp_cue(d, p->tok_start - 2, RASD_CUE_ENVOY))
		return 1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		uint32_t t = m->tok_end;

		if (m->tok_start >= p->tok_start)
			break;
		/* «سانا» في ...: a closing quote or bracket between */
		while (t + 1 < p->tok_start && rasdp_is_punct(d, t) && !rasdp_is_break(d, t))
			t++;
		if (m->kind == RASD_LEX_SOURCE && t == p->tok_start - 1)
			return 1;
	}
	return 0;
}

/*
 * Is place match `p` where fire came from, not where it struck: "missiles
 * were fired from the occupied Golan Heights", "launched from Idlib", "من
 * اتجاه الجولان السوري المحتل"?
 */
static int fire_origin(const struct rasd_doc *d, const struct rasd_match *p)
{
	uint32_t t = p->tok_start, k;

	while (t > 0 && t + 3 > p->tok_start && rasdp_cue(d, t - 1, RASD_CUE_ORIGIN_SKIP))
		t--;
	if (t >= 2 && rasdp_cue(d, t - 1, RASD_CUE_DIRECTION) && rasdp_cue(d, t - 2, RASD_CUE_FROM))
		return 1;
	if (t < 2 || !rasdp_cue(d, t - 1, RASD_CUE_FROM))
		return 0;
	for (k = t - 1; k > 0 && t - k <= 4; k--) {
		if (rasdp_is_break(d, k - 1))
			return 0;
		if (rasdp_cue(d, k - 1, RASD_CUE_FIRED))
			return 1;
	}
	return 0;
}

/*
 * Is the place at token `t` a point of the compass from: "شرقي حمص",
 * "east of Homs", "شمال مدينة حلب"?
 */
static int direction_before(const struct rasd_doc *d, uint32_t t)
{
	/* "جنوب غربي مدينة كركوك": a point of the compass from a named city is outside it */
	if (t >= 2 && rasdp_cue(d, t - 1, RASD_CUE_LOCATIVE) && rasdp_cue(d, t - 2, RASD_CUE_COMPASS))
		return 1;
	if (t >= 1 && rasdp_cue(d, t - 1, RASD_CUE_COMPASS))
		return 1;
	return t >= 2 && rasdp_cue(d, t - 1, RASD_CUE_COMPASS_OF) &&
	       rasdp_cue(d, t - 2, RASD_CUE_COMPASS_POINT);
}

/*
 * Is place match `m` named as a region of its governorate: a part of it
 * (REGION_PART), a point of the compass from it ("شرقي حمص", "east of
 * Homs", "eastern Homs") or its countryside ("بريف حمص الشرقي", "rural
 * Homs"), or the whole of it (REGION_WHOLE: "Homs countryside", "Homs
 * province"); 0 if not.
 */
enum { REGION_PART = 1, REGION_WHOLE };

static int region_of(const struct rasd_doc *d, const struct rasd_match *m)
{
	if (m->tok_start >= 1 && rasdp_cue(d, m->tok_start - 1, RASD_CUE_COUNTRYSIDE))
		return REGION_PART;
	if (m->tok_end < d->ntoks && rasdp_cue(d, m->tok_end, RASD_CUE_REGION_AFTER))
		return REGION_WHOLE;
	return direction_before(d, m->tok_start) ? REGION_PART : 0;
}

/* Words back from a place where an unknown place's name may stand. */
#define UNKNOWN_WORDS 6

/* Does any place match of sentence `s` cover token `t`? */
static int place_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->tok_start > t)
			break;
		if (m->kind == RASD_LEX_PLACE && m->tok_end > t)
			return 1;
	}
	return 0;
}

/* A word of no cue class: part of a name (or a word the cues do not know). */
static int plain_word(const struct rasd_doc *d, uint32_t t)
{
	unsigned q;

	if (d->toks[t].kind != RASD_TOK_WORD)
		return 0;
	for (q = 0; q < RASD_CUE__COUNT; q++)
		if (rasdp_cue(d, t, (enum rasd_cue)q))
			return 0;
	return 1;
}

/*
 * Does place match `m` of sentence `s` contain a place the gazetteer does
 * not know, named before it with a word of its kind: "في منطقة جبل الدويلة
 * التابعة لحارم", "بلدة كويا في درعا", "the village of Koaiyah in Daraa",
 * "Za'tara town near Nablus"?  A locative word (cues.tsv `locative`) a few
 * words back, with a word of no place and no cue between it and the place,
 * or just before it; no place named between, no clause break.  The event
 * is then somewhere in the area the name stands for, not at its town.
 */
static int holds_unknown(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			 const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t first = d->sents[d->toks[m->tok_start].sent].tok_start, t;
	int name = 0;

	if (locative_before(d, m->tok_start))
		return 0;   /* "مدينة إدلب": the town itself */
	for (t = m->tok_start; t > first && m->tok_start - t < UNKNOWN_WORDS; t--) {
		uint32_t k = t - 1;

		if (place_at(c, s, k) || (rasdp_is_break(d, k) && !rasdp_tok_is_punct(d, k, ',')))
			return 0;
		if (rasdp_cue(d, k, RASD_CUE_LOCATIVE))
			return name || (k > first && plain_word(d, k - 1) && !place_at(c, s, k - 1) &&
					(d->toks[k - 1].flags & RASD_TOKF_CAP));
		name |= plain_word(d, k);
	}
	return 0;
}

/*
 * The area place `p` (named by matches [i, j)) stands for as a region or
 * a container: the coarsest administrative entry of the name (its
 * governorate for "ريف حمص" and for "بلدة كويا في درعا", the district for
 * "بادية تدمر"); a name of no administrative area is the town itself
 * ("a camp in Qah village": the camp is in the village).
 */
static int32_t area_of(const struct rasdp_ctx *c, size_t i, size_t j, int32_t p)
{
	int32_t best = -1;
	size_t k;

	for (k = i; k < j; k++) {
		const struct rasd_match *mk = rasdp_match_at(c, k);
		const struct rasd_place *q;

		if (mk->kind != RASD_LEX_PLACE)
			continue;
		q = rasdp_lex_place(c->lx, mk->entry);
		if (q->kind < RASD_PLACE_GOVERNORATE || q->kind > RASD_PLACE_SUBDISTRICT)
			continue;
		if (best < 0 || q->kind < rasdp_lex_place(c->lx, (size_t)best)->kind)
			best = (int32_t)mk->entry;
	}
	return best >= 0 ? best : p;
}

/*
 * End of the span of sentence `s` starting at match `i`: the matches
 * [i, end) name the same tokens (every entry of one name).
 */
static size_t sentence_span_end(const struct rasdp_ctx *c, const struct rasdp_sent *s, size_t i)
{
	const struct rasd_match *m = rasdp_match_at(c, i);
	size_t j = i + 1;

	while (j < s->m_last && rasdp_match_at(c, j)->tok_start == m->tok_start &&
	       rasdp_match_at(c, j)->tok_end == m->tok_end)
		j++;
	return j;
}

/*
 * The place of sentence `s`: its most precise place match that is not a
 * speaker's or a fire's origin, and not inside a longer place match
 * ("محافظة درعا" names the governorate, not the city).  A name read as a
 * region of itself or as the container of a place the gazetteer does not
 * know is the area it stands for (area_of()).
 */
void rasdp_sentence_place(const struct rasdp_ctx *c, struct rasdp_sent *s)
{
	const struct rasd_doc *d = c->d;
	size_t i = s->m_first;
	uint32_t covered = 0;   /* end of the longest place match so far */

	s->place = -1;
	s->place_rank = 0;
	while (i < s->m_last) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		size_t j = i + 1;
		int32_t p;
		int r;

		if (m->kind != RASD_LEX_PLACE) {
			i++;
			continue;
		}
		/* "محافظة درعا" names the governorate, not the city inside it. */
		if (m->tok_end <= covered) {
			i++;
			continue;
		}
		/* "مراسل عنب بلدي في درعا": where the speaker is, not the event. */
		if (speaker_base(c, s, m) || fire_origin(d, m)) {
			covered = m->tok_end;
			i++;
			continue;
		}
		covered = m->tok_end;
		j = sentence_span_end(c, s, i);
		p = choose_place(c, i, j);
		/* "شرقي حمص", "in eastern Homs countryside": a region of the governorate */
		if (p >= 0 && region_of(d, m))
			p = area_of(c, i, j, p);
		else if (p >= 0 && holds_unknown(c, s, m))
			p = area_of(c, i, j, p);
		r = p >= 0 ? rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)p)) : 0;
		/* Country-level names ("Syria") do not locate an event. */
		if (p >= 0 && r > s->place_rank) {
			s->place = p;
			s->place_rank = r;
			s->place_start = d->toks[m->tok_start].start;
			s->place_end = d->toks[m->tok_end - 1].end;
		}
		i = j;
	}
}

/*
 * Do two places share their name (a town and its subdistrict)?  Their
 * Arabic names when both have one, else their English names through the
 * Latin key ("Idleb", "Idlib").
 */
int rasdp_same_name(const struct rasd_place *a, const struct rasd_place *b)
{
	if (a->name_ar && b->name_ar && *a->name_ar && *b->name_ar)
		return !strcmp(a->name_ar, b->name_ar);
	return rasdp_latin_name_eq(a->name_en, b->name_en);
}

/* May places `a` and `b` be the place of one event (-1: unknown, agrees)? */
int rasdp_same_or_inside(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa, *pb;

	if (a < 0 || b < 0 || a == b)
		return 1;
	pa = rasdp_lex_place(lx, (size_t)a);
	pb = rasdp_lex_place(lx, (size_t)b);
	if (pa->admin1 == b || pa->admin2 == b || pa->admin3 == b ||
	    pb->admin1 == a || pb->admin2 == a || pb->admin3 == a)
		return 1;
	/* Same name at different levels (a town and its subdistrict). */
	if (rasdp_same_name(pa, pb))
		return 1;
	/*
	 * "درعا" read as the city of Daraa and a town of Daraa governorate:
	 * the bare name is as often the governorate, so they agree.
	 */
	if (pa->admin1 >= 0 && rasdp_same_name(rasdp_lex_place(lx, (size_t)pa->admin1), pb))
		return 1;
	if (pb->admin1 >= 0 && rasdp_same_name(rasdp_lex_place(lx, (size_t)pb->admin1), pa))
		return 1;
	return 0;
}

int32_t rasdp_place_of_span(const struct rasdp_ctx *c, size_t first, size_t last)
{
	return choose_place(c, first, last);
}

/* ---- the place decision: which place is the event's -------------------- */

/*
 * Framing gives an event the most precise place of its sentences (the
 * first of equal precision).  The decision `place` weighs that against
 * the other places the event's sentences name, the headline and the lead
 * (for the report's first event), each read as the gazetteer entry its
 * name stands for and, for a town named like its district or governorate,
 * as that area too.  The features say what the name is (its level, read
 * as an area), where it stands (the event's own sentences, the one with
 * its cue or figure, the headline, the lead), how it is named (a word of
 * its kind or "in" before it, a speaker's place, where fire came from, a
 * region of itself, the container of a place the gazetteer does not
 * know), and how it sits among the other places (inside one of them,
 * holding one, near one, named often, of another country).  The
 * alternative "no place" scores 0; the best place above it wins, the first
 * among equals.  The weights are data/models/place.tsv.
 */
enum {
	PL_BIAS, PL_FRAMED, PL_SENTENCE_PLACE, PL_LANDMARK, PL_NEIGHBOURHOOD, PL_TOWN,
	PL_SUBDISTRICT, PL_DISTRICT, PL_GOVERNORATE, PL_AREA_READING, PL_EVENT_SENTENCE,
	PL_TRIGGER_SENTENCE, PL_FIGURE_SENTENCE, PL_FIRST_SENTENCE, PL_HEADLINE, PL_LEAD,
	PL_LOCATIVE, PL_IN, PL_SPEAKER, PL_FIRE_ORIGIN, PL_REGION, PL_HOLDS_UNKNOWN, PL_INSIDE,
	PL_CONTAINS, PL_MENTIONS, PL_OTHER_COUNTRY, PL_NEAR, PL_BARE_REPEAT, PL_REPEATED_AREA,
	PL__COUNT
};

static const struct rasd_feature place_feats[PL__COUNT] = {
	[PL_BIAS] = { "bias", "always 1 for a place (\"no place\" scores 0)" },
	[PL_FRAMED] = { "framed", "the place framing gave the event: the most precise of its sentences, the first of equal ones" },
	[PL_SENTENCE_PLACE] = { "sentence_place", "the place its sentence is read at (its most precise name, not a speaker's, a fire's origin or a dateline's)" },
	[PL_LANDMARK] = { "landmark", "a landmark (a building, base, camp, crossing)" },
	[PL_NEIGHBOURHOOD] = { "neighbourhood", "a neighbourhood of a city" },
	[PL_TOWN] = { "town", "a city, town or village" },
	[PL_SUBDISTRICT] = { "subdistrict", "a subdistrict" },
	[PL_DISTRICT] = { "district", "a district, or a region of several towns" },
	[PL_GOVERNORATE] = { "governorate", "a governorate or province" },
	[PL_AREA_READING] = { "area_reading", "a town's name read as the district or governorate of its name" },
	[PL_EVENT_SENTENCE] = { "event_sentence", "named in a sentence framed into the event" },
	[PL_TRIGGER_SENTENCE] = { "trigger_sentence", "named in a sentence of the event with an event cue" },
	[PL_FIGURE_SENTENCE] = { "figure_sentence", "named in a sentence giving a figure of the event" },
	[PL_FIRST_SENTENCE] = { "first_sentence", "named in the event's first sentence" },
	[PL_HEADLINE] = { "headline", "named in the headline (the report's first event)" },
	[PL_LEAD] = { "lead", "named in the lead (the report's first event)" },
	[PL_LOCATIVE] = { "locative", "a word of its kind names it (\"مدينة إدلب\", \"the village of\", \"Idlib city\")" },
	[PL_IN] = { "in", "\"في\" / \"in\" right before it" },
	[PL_SPEAKER] = { "speaker", "where a speaker is (\"مراسلنا في درعا\", \"Damascus-based\")" },
	[PL_FIRE_ORIGIN] = { "fire_origin", "where fire came from (\"fired from the Golan\")" },
	[PL_REGION] = { "region", "named as a region of itself (\"ريف حمص\", \"eastern Homs\")" },
	[PL_HOLDS_UNKNOWN] = { "holds_unknown", "named after a place the gazetteer does not know (\"بلدة ... في درعا\")" },
	[PL_INSIDE] = { "inside", "lies inside another place the event's sentences name" },
	[PL_CONTAINS] = { "contains", "another place the event's sentences name lies inside it" },
	[PL_MENTIONS] = { "mentions", "how often the report names it, at most 4, / 4" },
	[PL_OTHER_COUNTRY] = { "other_country", "of another country than the one the report names most" },
	[PL_NEAR] = { "near", "another place of the report lies within 20 km of it" },
	[PL_BARE_REPEAT] = { "bare_repeat", "a town named bare whose name the event's sentences gave before as an area (\"بريف إدلب\" ... \"في إدلب\")" },
	[PL_REPEATED_AREA] = { "repeated_area", "that area, when the framed place is such a bare repeat of its name" },
};

const struct rasd_decision rasdp_place_decision = {
	"place", "which place is the event's? (the places its sentences, the headline and the lead name, or none)",
	place_feats, PL__COUNT,
};

/* Candidates of one event considered (more are left out). */
#define MAX_PLACE_CANDS 48

/* Where a sentence stands for the event. */
enum {
	PS_EVENT = 1 << 0,      /* framed into the event */
	PS_HEADLINE = 1 << 1,
	PS_LEAD = 1 << 2,
	PS_FIRST = 1 << 3,      /* the event's first sentence */
	PS_TRIGGER = 1 << 4,    /* with an event cue */
	PS_FIGURE = 1 << 5,     /* with a figure of the event */
};

struct place_build {
	struct rasdp_ctx *c;
	const struct rasd_event *ev;
	int32_t framed;                 /* framing's place, or -1 */
	uint32_t framed_start;
	struct rasd_place_cand cands[MAX_PLACE_CANDS];
	uint32_t sent[MAX_PLACE_CANDS];     /* the sentence of each */
	uint8_t where[MAX_PLACE_CANDS];     /* how it stands for the event (PS_*) */
	uint8_t apart[MAX_PLACE_CANDS];     /* a part of its area named, or an unknown place in it */
	size_t n;
};

/* How many place names of the report name entry `e` (c->places). */
static int place_mentions(const struct rasdp_ctx *c, int32_t e)
{
	size_t lo = 0, hi = c->nplaces;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->places[mid].entry < e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->nplaces && c->places[lo].entry == e ? (int)c->places[lo].n : 0;
}

/* Is another place of the report within NEAR_KM of `p` (not the one at `at`)? */
static int near_other(const struct rasdp_ctx *c, const struct rasd_place *p, uint32_t at)
{
	size_t i;

	if (!has_point(p) || p->kind < RASD_PLACE_CITY || p->kind == RASD_PLACE_REGION)
		return 0;
	/* each entry once: it stands elsewhere than `at` if named twice */
	for (i = 0; i < c->nplaces; i++) {
		const struct rasdp_named_place *m = &c->places[i];
		const struct rasd_place *q;

		if (!m->elsewhere && m->at == at)
			continue;
		q = rasdp_lex_place(c->lx, (size_t)m->entry);
		if (q != p && q->kind >= RASD_PLACE_CITY && q->kind != RASD_PLACE_REGION &&
		    has_point(q) && km(p, q) <= NEAR_KM)
			return 1;
	}
	return 0;
}

/* One more candidate: entry `e` named by match `m` of a sentence standing as `where`. */
static int add_place_cand(struct place_build *b, const struct rasdp_sent *si, uint32_t where,
			  const struct rasd_match *m, int32_t e, int area, int speaker, int fire,
			  int region, int unknown)
{
	struct rasdp_ctx *c = b->c;
	struct rasd_doc *d = c->d;
	const struct rasd_place *p = rasdp_lex_place(c->lx, (size_t)e);
	struct rasd_place_cand *pc;
	uint32_t start = d->toks[m->tok_start].start, end = d->toks[m->tok_end - 1].end;
	int rank = rasdp_place_rank(p);
	size_t k;
	float *x;

	if (!rank || b->n == MAX_PLACE_CANDS)
		return 0;
	for (k = 0; k < b->n; k++)
		if (b->cands[k].place == e && b->cands[k].start == start)
			return 0;   /* the headline is also the event's sentence */
	x = rasd_arena_calloc(&d->arena, PL__COUNT, sizeof(*x));
	if (!x)
		return RASD_ENOMEM;
	b->sent[b->n] = d->toks[m->tok_start].sent;
	b->where[b->n] = (uint8_t)where;
	b->apart[b->n] = region == REGION_PART || unknown;
	pc = &b->cands[b->n++];
	pc->place = e;
	pc->start = start;
	pc->end = end;
	pc->x = x;
	x[PL_BIAS] = 1;
	x[PL_FRAMED] = e == b->framed && start == b->framed_start;
	x[PL_SENTENCE_PLACE] = si && e == si->place && start == si->place_start;
	x[PL_LANDMARK] = p->kind == RASD_PLACE_LANDMARK;
	x[PL_NEIGHBOURHOOD] = p->kind == RASD_PLACE_NEIGHBOURHOOD;
	x[PL_TOWN] = p->kind >= RASD_PLACE_CITY && p->kind <= RASD_PLACE_VILLAGE;
	x[PL_SUBDISTRICT] = p->kind == RASD_PLACE_SUBDISTRICT;
	x[PL_DISTRICT] = p->kind == RASD_PLACE_DISTRICT || p->kind == RASD_PLACE_REGION;
	x[PL_GOVERNORATE] = p->kind == RASD_PLACE_GOVERNORATE;
	x[PL_AREA_READING] = (float)area;
	x[PL_EVENT_SENTENCE] = (where & PS_EVENT) != 0;
	x[PL_TRIGGER_SENTENCE] = (where & PS_TRIGGER) != 0;
	x[PL_FIGURE_SENTENCE] = (where & PS_FIGURE) != 0;
	x[PL_FIRST_SENTENCE] = (where & PS_FIRST) != 0;
	x[PL_HEADLINE] = (where & PS_HEADLINE) != 0;
	x[PL_LEAD] = (where & PS_LEAD) != 0;
	x[PL_LOCATIVE] = locative_before(d, m->tok_start) ||
		((d->toks[m->tok_start].flags & RASD_TOKF_LATIN) && m->tok_end < d->ntoks &&
		 rasdp_cue(d, m->tok_end, RASD_CUE_LOCATIVE));
	x[PL_IN] = m->tok_start > 0 && rasdp_cue(d, m->tok_start - 1, RASD_CUE_SPEAKER_IN) &&
		   !rasdp_cue(d, m->tok_start - 1, RASD_CUE_FROM);
	x[PL_SPEAKER] = (float)speaker;
	x[PL_FIRE_ORIGIN] = (float)fire;
	x[PL_REGION] = region != 0;
	x[PL_HOLDS_UNKNOWN] = (float)unknown;
	x[PL_MENTIONS] = (float)(place_mentions(c, e) < 4 ? place_mentions(c, e) : 4) / 4.0f;
	x[PL_OTHER_COUNTRY] = c->country[0] && strcmp(p->country, c->country) != 0;
	x[PL_NEAR] = (float)near_other(c, p, m->tok_start);
	return 0;
}

/*
 * The candidates of sentence `s` (standing as `where`): each place name,
 * read as rasdp_sentence_place() reads it, and a town named like its
 * district or governorate also as that area (or the area also as the
 * town, when the sentence reads it as the area).
 */
static int sentence_cands(struct place_build *b, uint32_t s, uint32_t where)
{
	struct rasdp_ctx *c = b->c;
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	uint32_t covered = 0;
	size_t i = si->m_first, j;
	int rc = 0;

	while (!rc && i < si->m_last) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int32_t p, area;
		int speaker, fire, region, unknown;

		j = i + 1;
		if (m->kind != RASD_LEX_PLACE || m->tok_end <= covered) {
			i++;
			continue;
		}
		covered = m->tok_end;
		j = sentence_span_end(c, si, i);
		p = choose_place(c, i, j);
		if (p >= 0) {
			speaker = speaker_base(c, si, m);
			fire = fire_origin(d, m);
			region = region_of(d, m);
			unknown = !region && holds_unknown(c, si, m);
			area = area_of(c, i, j, p);
			if (region || unknown) {
				rc = add_place_cand(b, si, where, m, area, area != p, speaker, fire,
						    region, unknown);
				if (!rc && area != p)
					rc = add_place_cand(b, si, where, m, p, 0, speaker, fire, region,
							    unknown);
			} else {
				rc = add_place_cand(b, si, where, m, p, 0, speaker, fire, 0, 0);
				if (!rc && area != p && rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)p)) >= 5)
					rc = add_place_cand(b, si, where, m, area, 1, speaker, fire, 0, 0);
			}
		}
		i = j;
	}
	return rc;
}

/* Does event `ev` give a figure in sentence `s`? */
static int figure_in(const struct rasd_event *ev, uint32_t s)
{
	size_t k;

	for (k = 0; k < ev->nclaims; k++)
		if (ev->claims[k].sent == s)
			return 1;
	return 0;
}

/*
 * The framed place, when no sentence considered names it where framing
 * found it (a sentence that only added detail): a candidate of its own,
 * at its span.
 */
static int framed_cand(struct place_build *b)
{
	struct rasdp_ctx *c = b->c;
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = 0; i < b->n; i++)
		if (b->cands[i].x[PL_FRAMED] > 0)
			return 0;
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		uint32_t s;

		if (m->kind != RASD_LEX_PLACE || d->toks[m->tok_start].start != b->framed_start)
			continue;
		s = d->toks[m->tok_start].sent;
		return add_place_cand(b, &c->si[s], 0, m, b->framed, 0, 0, 0, 0, 0);
	}
	return 0;
}

/* Is `p` an area (a governorate, district or region)? */
static int is_area(const struct rasd_place *p)
{
	return p->kind == RASD_PLACE_GOVERNORATE || p->kind == RASD_PLACE_DISTRICT ||
	       p->kind == RASD_PLACE_REGION;
}

/*
 * Inside and around each other: the places of one event's candidates, and
 * the framed place as the bare repeat of a name the event's sentences gave
 * before as an area ("قصف على جبل الدويلة بريف إدلب" ... "التطورات التي
 * تشهدها إدلب": the event is in the governorate, not in the city).
 */
static void cands_relate(struct place_build *b)
{
	const struct rasd_lexicon *lx = b->c->lx;
	size_t i, k, fr = b->n;
	int fr_bare;

	for (i = 0; i < b->n; i++)
		for (k = 0; k < b->n; k++) {
			int32_t a = b->cands[i].place, o = b->cands[k].place;

			if (a == o || !inside(lx, a, o))
				continue;
			b->cands[i].x[PL_INSIDE] = 1;
			b->cands[k].x[PL_CONTAINS] = 1;
		}
	for (i = 0; i < b->n && fr == b->n; i++)
		if (b->cands[i].x[PL_FRAMED] > 0)
			fr = i;
	if (fr == b->n)
		return;
	fr_bare = rasdp_place_rank(rasdp_lex_place(lx, (size_t)b->cands[fr].place)) >= 5 &&
		  b->cands[fr].x[PL_LOCATIVE] == 0;
	/* "بريف إدلب" ... "في إدلب": the repeat is the area named first */
	for (k = 0; fr_bare && k < b->n; k++) {
		const struct rasd_place *pk = rasdp_lex_place(lx, (size_t)b->cands[k].place);

		if (b->sent[k] > b->sent[fr] || (b->sent[k] == b->sent[fr] && k >= fr) ||
		    !is_area(pk) || !b->apart[k] ||
		    b->cands[k].x[PL_SPEAKER] || b->cands[k].x[PL_FIRE_ORIGIN] ||
		    !rasdp_same_name(pk, rasdp_lex_place(lx, (size_t)b->cands[fr].place)))
			continue;
		b->cands[fr].x[PL_BARE_REPEAT] = 1;
		b->cands[k].x[PL_REPEATED_AREA] = 1;
		break;
	}
}

/* The candidates of event `ev` (the report's first when `first`), into its arena. */
static int event_place_cands(struct rasdp_ctx *c, struct rasd_event *ev, int first)
{
	struct rasd_doc *d = c->d;
	struct place_build *b = rasd_arena_alloc(&d->arena, sizeof(*b));
	size_t k;
	int rc = 0;

	if (!b)
		return RASD_ENOMEM;
	b->c = c;
	b->ev = ev;
	b->n = 0;
	b->framed = ev->place;
	b->framed_start = ev->place_start;
	for (k = 0; !rc && k < ev->nevidence; k++) {
		uint32_t s = ev->evidence[k], where = PS_EVENT;

		where |= s == ev->sent_first ? PS_FIRST : 0;
		where |= c->si[s].trig >= 0 ? PS_TRIGGER : 0;
		where |= figure_in(ev, s) ? PS_FIGURE : 0;
		where |= first && c->si[s].headline ? PS_HEADLINE : 0;
		where |= first && (int32_t)s == c->lead ? PS_LEAD : 0;
		rc = sentence_cands(b, s, where);
	}
	if (!rc && first && d->nsents > 1 && c->si[0].headline)
		rc = sentence_cands(b, 0, PS_HEADLINE);
	if (!rc && first && c->lead >= 0)
		rc = sentence_cands(b, (uint32_t)c->lead, PS_LEAD);
	if (!rc && b->framed >= 0)
		rc = framed_cand(b);
	if (rc)
		return rc;
	cands_relate(b);
	ev->npcands = b->n;
	ev->pcands = rasd_arena_alloc(&d->arena, (b->n ? b->n : 1) * sizeof(*ev->pcands));
	if (!ev->pcands)
		return RASD_ENOMEM;
	memcpy(ev->pcands, b->cands, b->n * sizeof(*ev->pcands));
	return 0;
}

int rasdp_settle_places(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	const struct rasd_models *ms = rasdp_engine_models(d->engine);
	const struct rasd_model *m = ms ? &ms->m[RASD_DEC_PLACE] : NULL;
	size_t i, k;
	int rc;

	if (!m || !m->w)
		return 0;
	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];
		const struct rasd_place_cand *best = NULL;
		double best_score = 0;

		rc = event_place_cands(c, ev, i == 0);
		if (rc)
			return rc;
		for (k = 0; k < ev->npcands; k++) {
			double sc = rasdp_model_score(m, ev->pcands[k].x);

			if (sc > best_score) {
				best_score = sc;
				best = &ev->pcands[k];
			}
		}
		if (!best) {
			ev->place = -1;
			ev->geo_precision = 0;
			ev->place_start = ev->place_end = 0;
			continue;
		}
		if (best->place != ev->place || best->start != ev->place_start) {
			int rank = rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)best->place));

			ev->place = best->place;
			ev->place_start = best->start;
			ev->place_end = best->end;
			ev->geo_precision = (uint8_t)(rank >= 5 ? 1 : rank >= 2 ? 2 : 3);
		}
	}
	return 0;
}
