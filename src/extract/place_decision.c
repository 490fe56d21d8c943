/*
 * place_decision.c - which place is each event's: the scored decision
 * `place` (rasdp_settle_places(), data/models/place.tsv).
 *
 * The candidates are the places an event's sentences, the headline and
 * the lead name (sentence_place.c reads each); framing proposes the most
 * precise, features describe how each stands (the sentence's own place,
 * a trigger's or a figure's sentence, a locative word, a speaker's or a
 * fire's origin, a region, how often the report names it, a place near
 * it), and the best above "no place" wins.  A town named bare after the
 * event's sentences gave its name as the area holding it is that area.
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/places_int.h"
#include "model/model.h"

#include "base/banned.h"

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
 * region of itself, a part of a country, the container of a place the
 * gazetteer does not know), and how it sits among the other places (inside one of them,
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
	PL_NEIGHBOUR_SENTENCE, PL_SEAT_ELSEWHERE, PL_SEAT_AREA, PL_COUNTRY_PART, PL__COUNT
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
	[PL_NEIGHBOUR_SENTENCE] = { "neighbour_sentence", "the place a sentence next to the event's in its paragraph is read at, when the event's own sentences name no place of its own" },
	[PL_SEAT_ELSEWHERE] = { "seat_elsewhere", "a town named bare like its governorate (\"في دهوك\") while the report names another place of the governorate outside it" },
	[PL_SEAT_AREA] = { "seat_area", "that governorate, read from the town's name" },
	[PL_COUNTRY_PART] = { "country_part", "a part of a country, a region of no governorate (\"eastern Syria\", \"شمال غرب سوريا\")" },
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
	PS_NEIGHBOUR = 1 << 6,  /* next to the event's sentences in its paragraph */
};

/* How far from an event's sentences a neighbour sentence may stand. */
#define NEIGHBOUR_SENTS 2

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

	if (!rasdp_has_point(p) || p->kind < RASD_PLACE_CITY || p->kind == RASD_PLACE_REGION)
		return 0;
	/* each entry once: it stands elsewhere than `at` if named twice */
	for (i = 0; i < c->nplaces; i++) {
		const struct rasdp_named_place *m = &c->places[i];
		const struct rasd_place *q;

		if (!m->elsewhere && m->at == at)
			continue;
		q = rasdp_lex_place(c->lx, (size_t)m->entry);
		if (q != p && q->kind >= RASD_PLACE_CITY && q->kind != RASD_PLACE_REGION &&
		    rasdp_has_point(q) && rasdp_km(p, q) <= NEAR_KM)
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

	/* a country part is a candidate of no rank: the place of an event no other place locates */
	if ((!rank && !rasdp_country_part(p)) || b->n == MAX_PLACE_CANDS)
		return 0;
	for (k = 0; k < b->n; k++)
		if (b->cands[k].place == e && b->cands[k].start == start)
			return 0;   /* the headline is also the event's sentence */
	x = rasd_arena_calloc(&d->arena, PL__COUNT, sizeof(*x));
	if (!x)
		return RASD_ENOMEM;
	b->sent[b->n] = d->toks[m->tok_start].sent;
	b->where[b->n] = (uint8_t)where;
	b->apart[b->n] = region == REGION_PART || region == REGION_TERRAIN || unknown;
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
	x[PL_DISTRICT] = p->kind == RASD_PLACE_DISTRICT ||
			  (p->kind == RASD_PLACE_REGION && !rasdp_country_part(p));
	x[PL_GOVERNORATE] = p->kind == RASD_PLACE_GOVERNORATE;
	x[PL_AREA_READING] = (float)area;
	x[PL_EVENT_SENTENCE] = (where & PS_EVENT) != 0;
	x[PL_TRIGGER_SENTENCE] = (where & PS_TRIGGER) != 0;
	x[PL_FIGURE_SENTENCE] = (where & PS_FIGURE) != 0;
	x[PL_FIRST_SENTENCE] = (where & PS_FIRST) != 0;
	x[PL_HEADLINE] = (where & PS_HEADLINE) != 0;
	x[PL_LEAD] = (where & PS_LEAD) != 0;
	x[PL_LOCATIVE] = rasdp_named_with_kind(d, m);
	x[PL_IN] = m->tok_start > 0 && rasdp_cue(d, m->tok_start - 1, RASD_CUE_SPEAKER_IN) &&
		   !rasdp_cue(d, m->tok_start - 1, RASD_CUE_FROM);
	x[PL_SPEAKER] = (float)speaker;
	x[PL_FIRE_ORIGIN] = (float)fire;
	x[PL_REGION] = region != 0;
	x[PL_COUNTRY_PART] = rasdp_country_part(p);
	x[PL_HOLDS_UNKNOWN] = (float)unknown;
	x[PL_MENTIONS] = (float)(place_mentions(c, e) < 4 ? place_mentions(c, e) : 4) / 4.0f;
	x[PL_OTHER_COUNTRY] = c->country[0] && strcmp(p->country, c->country) != 0;
	x[PL_NEAR] = (float)near_other(c, p, m->tok_start);
	/* of a neighbour sentence, only the place it is read at (not a speaker's, a dateline's) */
	x[PL_NEIGHBOUR_SENTENCE] = (where & PS_NEIGHBOUR) && x[PL_SENTENCE_PLACE] > 0;
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
		j = rasdp_sentence_span_end(c, si, i);
		p = rasdp_choose_place(c, i, j);
		if (p >= 0) {
			speaker = rasdp_speaker_base(c, si, m);
			fire = rasdp_fire_origin(d, m);
			region = rasdp_region_of(d, m);
			unknown = !region && rasdp_holds_unknown(c, si, m);
			area = region ? rasdp_region_area(c, i, j, p, region) : rasdp_area_of(c, i, j, p);
			if (region || unknown) {
				rc = add_place_cand(b, si, where, m, area, area != p, speaker, fire,
						    region, unknown);
				if (!rc && area != p)
					rc = add_place_cand(b, si, where, m, p, 0, speaker, fire, region,
							    unknown);
			} else {
				int32_t seat = rasdp_seat_elsewhere(c, m, p);
				size_t n0 = b->n;

				if (seat >= 0)
					area = seat;   /* the governorate, whether or not the name is its */
				rc = add_place_cand(b, si, where, m, p, 0, speaker, fire, 0, 0);
				if (!rc && b->n > n0 && seat >= 0)
					b->cands[n0].x[PL_SEAT_ELSEWHERE] = 1;
				n0 = b->n;
				if (!rc && area != p && rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)p)) >= 5)
					rc = add_place_cand(b, si, where, m, area, 1, speaker, fire, 0, 0);
				if (!rc && b->n > n0 && seat >= 0 && area == seat)
					b->cands[n0].x[PL_SEAT_AREA] = 1;
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

/* Is sentence `s` one of the evidence of an event of the report (`ev` too with `self`)? */
static int event_sentence(const struct rasd_doc *d, const struct rasd_event *ev, uint32_t s,
			  int self)
{
	size_t i, k;

	for (i = 0; i < d->nevents; i++)
		for (k = 0; (self || &d->events[i] != ev) && k < d->events[i].nevidence; k++)
			if (d->events[i].evidence[k] == s)
				return 1;
	return 0;
}

/*
 * An event whose own sentences name no place of its own (framing found
 * none: only a speaker's, a dateline's, a fire's origin) is often placed by a
 * sentence next to one of them in its paragraph: "Gunmen opened fire on a
 * bus at dawn, killing four.  The attack took place near the village of
 * X."  The sentences of the paragraphs up to NEIGHBOUR_SENTS away from
 * each of its sentences, nearest first (of equal distance the one after
 * before the one before, the event's earlier sentences first), give their
 * candidates (PS_NEIGHBOUR); the first read at a place ends the
 * search.  A sentence of another event, the headline or a recalled time
 * is no neighbour.
 */
static int neighbour_cands(struct place_build *b)
{
	const struct rasd_doc *d = b->c->d;
	const struct rasd_event *ev = b->ev;
	uint32_t dist;
	size_t k, n0 = b->n;
	int side, rc = 0;

	for (dist = 1; !rc && dist <= NEIGHBOUR_SENTS; dist++)
		for (k = 0; !rc && k < ev->nevidence; k++)
			for (side = 0; !rc && side < 2; side++) {
				uint32_t e = ev->evidence[k], s;

				if ((side == 0 && e + dist >= d->nsents) || (side == 1 && e < dist))
					continue;
				s = side == 0 ? e + dist : e - dist;
				if (d->sents[s].para != d->sents[e].para || b->c->si[s].headline ||
				    b->c->si[s].background || event_sentence(d, ev, s, 1))
					continue;
				rc = sentence_cands(b, s, PS_NEIGHBOUR);
				for (; !rc && n0 < b->n; n0++)
					if (b->cands[n0].x[PL_NEIGHBOUR_SENTENCE] > 0)
						return 0;
			}
	return rc;
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

			if (a == o || !rasdp_inside(lx, a, o))
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
	/*
	 * A part of a country ("killed 33 in eastern Syria") locates nothing
	 * finer: a sentence next to the event's that names the town ("near the
	 * town of X in Y province") places it, as for an event framed at no
	 * place; with none, the part still scores above no place (country_part).
	 */
	if (b->framed >= 0 && rasdp_country_part(rasdp_lex_place(c->lx, (size_t)b->framed)))
		b->framed = -1;
	for (k = 0; !rc && k < ev->nevidence; k++) {
		uint32_t s = ev->evidence[k], where = PS_EVENT;

		where |= s == ev->sent_first ? PS_FIRST : 0;
		where |= c->si[s].trig >= 0 ? PS_TRIGGER : 0;
		where |= figure_in(ev, s) ? PS_FIGURE : 0;
		where |= first && c->si[s].headline ? PS_HEADLINE : 0;
		where |= first && (int32_t)s == c->lead ? PS_LEAD : 0;
		rc = sentence_cands(b, s, where);
	}
	if (!rc && b->framed < 0)
		rc = neighbour_cands(b);
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
