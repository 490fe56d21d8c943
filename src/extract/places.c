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
 * locates nothing.  A governorate named as a region of itself ("شرقي حمص",
 * "ريف حمص", "Homs countryside": cues.tsv `compass`, `countryside`,
 * `region_after`) is that governorate, not its capital.
 *
 * Some places in a sentence are not where the event was: where a speaker
 * is ("مراسل عنب بلدي في درعا", "Iran's ambassador to Damascus",
 * "Damascus-based"), and where fire came from ("fired from the occupied
 * Golan", "من اتجاه ..."); they are passed over.  Two places agree when one
 * is inside the other (governorate, district, subdistrict) or they share a
 * name at different levels: one place, one identity.
 */
#include <math.h>
#include <string.h>

#include "extract/events_int.h"

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
 * sentence, makes the name longer.  Title lines are written in capitals
 * throughout and are let be.
 */
static int part_of_longer_name(const struct rasd_doc *d, const uint8_t *known,
			       const struct rasd_match *m)
{
	uint32_t t = m->tok_start, first;
	const struct rasd_token *tk = &d->toks[t];
	char key[8];
	size_t n;
	const char *w;

	if (!(tk->flags & RASD_TOKF_LATIN) || (d->title && tk->sent == 0))
		return 0;
	first = d->sents[tk->sent].tok_start;
	if (m->tok_end < d->sents[tk->sent].tok_end && unknown_name_word(d, known, m->tok_end))
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

/*
 * Is match `m` inside an actor or source name: "Sham" in "Hay'at Tahrir
 * al-Sham", a village named like an outlet ("Al Jazira")?  With `exact`
 * (a name that needs no context) only a name of exactly its words counts:
 * "SANA" is the agency, not Sanaa, while "Daraa" in "Daraa Central
 * Committee" still says where.
 */
static int inside_name(const struct rasd_doc *d, const struct rasd_match *m, int exact)
{
	size_t i;

	for (i = 0; i < d->nmatches && d->matches[i].tok_start <= m->tok_start; i++) {
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

	for (k = 0; k < d->nmatches; k++) {
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
		if (p->kind >= RASD_PLACE_DISTRICT && p->kind <= RASD_PLACE_NEIGHBOURHOOD &&
		    part_of_longer_name(d, known, m))
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
		if (!latin_capitalised(d, m) || inside_name(d, m, 1) ||
		    ((d->toks[m->tok_start].flags & RASD_TOKF_LATIN) &&
		     part_of_longer_name(d, known, m)))
			continue;
		/* Each place once: a town named twice is no second country. */
		span_countries(c, i, j, &cs, own, &counted);
		for (k = 0; k < cs.n; k++)
			cs.score[k] += own[k];
	}
	for (k = 0; k < cs.n; k++)
		if (cs.score[k] > 0 && (top < 0 || cs.score[k] > cs.score[top]))
			top = (int)k;
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
			if (inside_name(d, m, p->match == RASD_PLACE_MATCH_ALWAYS))
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
	return 0;
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
	const struct rasd_doc *d = c->d;
	int32_t g = rasdp_lex_governorate(c->lx, e);
	long score = g >= 0 ? admin_mentions(c, g) : 0;
	size_t i;

	if (p->admin2 >= 0 && p->admin2 != e)
		score += 2L * admin_mentions(c, p->admin2);
	if (!has_point(p) || p->kind < RASD_PLACE_CITY)
		return score;
	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		const struct rasd_place *q;

		if (m->kind != RASD_LEX_PLACE || m->tok_start == at->tok_start)
			continue;
		q = rasdp_lex_place(c->lx, m->entry);
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

/* Is the place at token `t` a point of the compass from: "شرقي حمص", "east of Homs"? */
static int direction_before(const struct rasd_doc *d, uint32_t t)
{
	if (t >= 1 && rasdp_cue(d, t - 1, RASD_CUE_COMPASS))
		return 1;
	return t >= 2 && rasdp_cue(d, t - 1, RASD_CUE_COMPASS_OF) &&
	       rasdp_cue(d, t - 2, RASD_CUE_COMPASS_POINT);
}

/*
 * Is place match `m` named as a region of its governorate: a point of the
 * compass from it ("شرقي حمص", "east of Homs", "eastern Homs"), or its
 * countryside ("بريف حمص الشرقي", "Homs countryside", "Homs province")?
 */
static int region_of(const struct rasd_doc *d, const struct rasd_match *m)
{
	if (m->tok_start >= 1 && rasdp_cue(d, m->tok_start - 1, RASD_CUE_COUNTRYSIDE))
		return 1;
	if (m->tok_end < d->ntoks && rasdp_cue(d, m->tok_end, RASD_CUE_REGION_AFTER))
		return 1;
	return direction_before(d, m->tok_start);
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
		/* All entries for the same span. */
		while (j < s->m_last && rasdp_match_at(c, j)->tok_start == m->tok_start &&
		       rasdp_match_at(c, j)->tok_end == m->tok_end)
			j++;
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
