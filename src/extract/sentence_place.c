/*
 * sentence_place.c - where a sentence locates its event: which of the
 * entries a name names, regions and compass parts, places the gazetteer
 * does not know, and how places compare.
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
 */
#include <math.h>
#include <string.h>

#include "extract/places_int.h"

#include "base/banned.h"

/*
 * Is `p` a part of a country ("eastern Syria", "شمال غرب سوريا"): a region
 * of no governorate?  It locates an event less than any governorate, so no
 * sentence is read at it; the place decision gives it only to an event
 * that no other place locates (place_decision.c).
 */
int rasdp_country_part(const struct rasd_place *p)
{
	return p->kind == RASD_PLACE_REGION && p->admin1 < 0;
}

/* How precisely a place locates an event: a landmark 7 ... a governorate 1, a country 0. */
int rasdp_place_rank(const struct rasd_place *p)
{
	switch (p->kind) {
	case RASD_PLACE_LANDMARK: return 7;
	case RASD_PLACE_REGION: return rasdp_country_part(p) ? 0 : 2;
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

/* Distance in km between two points (equirectangular: places a few km apart). */
double rasdp_km(const struct rasd_place *a, const struct rasd_place *b)
{
	double dx = (a->lon - b->lon) * cos((a->lat + b->lat) * 0.5 * M_PI / 180.0);
	double dy = a->lat - b->lat;

	return sqrt(dx * dx + dy * dy) * 111.2;
}

int rasdp_has_point(const struct rasd_place *p)
{
	return p->lat != 0 || p->lon != 0;
}

/*
 * How much the rest of report `c` says for place `p` named at match
 * `at`: its governorate named (each mention), its district named (twice
 * that), and another place of the report within NEAR_KM of it.
 */
static long context_of(const struct rasdp_ctx *c, const struct rasd_match *at,
		       const struct rasd_place *p, int32_t e)
{
	int32_t g = rasdp_lex_governorate(c->lx, e);
	long score = g >= 0 ? rasdp_admin_mentions(c, g) : 0;
	size_t i;

	if (p->admin2 >= 0 && p->admin2 != e)
		score += 2L * rasdp_admin_mentions(c, p->admin2);
	if (!rasdp_has_point(p) || p->kind < RASD_PLACE_CITY)
		return score;
	/* each entry once: it stands elsewhere than `at` if named twice */
	for (i = 0; i < c->nplaces; i++) {
		const struct rasdp_named_place *m = &c->places[i];
		const struct rasd_place *q;

		if (!m->elsewhere && m->at == at->tok_start)
			continue;
		q = rasdp_lex_place(c->lx, (size_t)m->entry);
		/*
		 * a latitude further off than NEAR_KM (with a margin for
		 * rounding) is further, whatever the longitude: no cosine
		 */
		if (fabs(p->lat - q->lat) * 111.2 > NEAR_KM * 1.01)
			continue;
		if (q->kind >= RASD_PLACE_CITY && q->kind != RASD_PLACE_REGION && rasdp_has_point(q) &&
		    rasdp_km(p, q) <= NEAR_KM)
			return score + 1;
	}
	return score;
}

/* Is place `a` inside place `b` (its subdistrict, district or governorate)? */
int rasdp_inside(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa = rasdp_lex_place(lx, (size_t)a);

	return a != b && (pa->admin1 == b || pa->admin2 == b || pa->admin3 == b);
}

/*
 * The most precise place containing both `a` and `b` (their district or
 * governorate), or -1: where context cannot tell two villages of one name
 * apart, the event is at what they share, at that precision.
 */
int32_t rasdp_common_level(const struct rasd_lexicon *lx, int32_t a, int32_t b)
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
int32_t rasdp_choose_place(const struct rasdp_ctx *c, size_t first, size_t last)
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
	if (best >= 0 && rasdp_word_region(rasdp_lex_place(c->lx, (size_t)best)))
		return rasdp_lex_place(c->lx, (size_t)best)->admin1;   /* "the south": its governorate */
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
		    rasdp_inside(c->lx, best, e) || rasdp_inside(c->lx, e, best) ||
		    (pb->population >= KNOWN_TOWN && p->population < KNOWN_TOWN) ||
		    (rasdp_has_point(p) && rasdp_has_point(pb) && rasdp_km(p, pb) <= SAME_KM))
			continue;
		at = rasdp_common_level(c->lx, at, e);
	}
	return at;
}

/*
 * Is place match `p` where fire came from, not where it struck: "missiles
 * were fired from the occupied Golan Heights", "launched from Idlib", "من
 * اتجاه الجولان السوري المحتل"?
 */
int rasdp_fire_origin(const struct rasd_doc *d, const struct rasd_match *p)
{
	uint32_t t = p->tok_start;

	while (t > 0 && t + 3 > p->tok_start && rasdp_cue(d, t - 1, RASD_CUE_ORIGIN_SKIP))
		t--;
	if (t >= 2 && rasdp_cue(d, t - 1, RASD_CUE_DIRECTION) && rasdp_cue(d, t - 2, RASD_CUE_FROM))
		return 1;
	if (t < 2 || !rasdp_cue(d, t - 1, RASD_CUE_FROM))
		return 0;
	return rasdp_cue_back(d, 0, t - 1, 4, RASD_CUE_FIRED);
}

/* At most this many words from a word of `based` to its preposition... */
#define BASED_PREP_TOKS 3
/* ...and from the preposition to the place. */
#define PREP_PLACE_TOKS 5

/* At most this many words from a reporting verb to a word of `occasion`. */
#define OCCASION_SPEECH_TOKS 4

/*
 * Is a word of `occasion` within three words before the preposition at
 * `t`, itself within a few words of a reporting verb of sentence `s`
 * ("said on a visit to", "قال ... خلال زيارة إلى"), or opening it
 * ("Speaking from Beirut, the official said ...")?  Not
 * a happening's visit told far from what was said ("killed on a visit to
 * their farm in X, the monitor said").
 */
static int spoken_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t)
{
	const struct rasd_doc *d = c->d;
	uint32_t o;
	size_t i;

	for (o = t; o > 0 && t - o < BASED_PREP_TOKS; o--) {
		if (!rasdp_cue(d, o - 1, RASD_CUE_OCCASION))
			continue;
		/* a clause of its own opening the sentence: "Speaking from Beirut, ..." */
		if (o - 1 == d->sents[d->toks[t].sent].tok_start)
			return 1;
		for (i = s->m_first; i < s->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_SPEECH &&
			    (m->tok_start <= o - 1 ? o - 1 - m->tok_end < OCCASION_SPEECH_TOKS
						  : m->tok_start - o < OCCASION_SPEECH_TOKS))
				return 1;
		}
	}
	return 0;
}

/*
 * rasdp_place_elsewhere() (places_int.h): a word of cues.tsv `based` (a
 * transfer or a stationing: "نقل", "المتمركزة", "transferred",
 * "stationed"), within a few words its "to" (`toll_to`: "إلى", "to") or
 * "in" (`speaker_in`: "في", "in"), and the place a few words after that,
 * the clause unbroken: "نقلوا إلى مشفى الهداية في X", "evacuated to X",
 * "القوات المتمركزة في معسكر (X)".  The place is the hospital's, the
 * post's or the base's, where fire may come from, not the event's.  So
 * is where a speaker spoke, a word of `occasion` in a sentence with a
 * reporting verb ("said on a visit to Ramallah", "speaking from Beirut",
 * "في مقابلة أجريت معه في بيروت").
 */
int rasdp_place_elsewhere(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			  const struct rasd_match *p)
{
	const struct rasd_doc *d = c->d;
	uint32_t i, stop = 0, before = rasdp_member_before(d, p->tok_start, 0);
	size_t j;

	/* a list's member after one elsewhere: "إلى مستشفيات بيروت والضاحية" */
	for (j = s->m_first; before != UINT32_MAX && j < s->m_last; j++) {
		const struct rasd_match *n = rasdp_match_at(c, j);

		if (n->kind == RASD_LEX_PLACE && n->tok_start == before && n->tok_end <= p->tok_start)
			return rasdp_place_elsewhere(c, s, n);
	}
	/* no other place between: "المتمركزة في درعا بلدة جاسم" leaves Jasim the event's */
	for (j = s->m_first; j < s->m_last; j++) {
		const struct rasd_match *n = rasdp_match_at(c, j);

		if (n->kind == RASD_LEX_PLACE && n->tok_end <= p->tok_start && n->tok_end > stop)
			stop = n->tok_end;
	}
	for (i = 1; i <= PREP_PLACE_TOKS && i <= p->tok_start && p->tok_start - i >= stop; i++) {
		uint32_t t = p->tok_start - i;

		if (rasdp_is_break(d, t))
			return 0;
		if (!rasdp_cue(d, t, RASD_CUE_SPEAKER_IN) && !rasdp_cue(d, t, RASD_CUE_TOLL_TO))
			continue;
		if (rasdp_cue_back(d, 0, t, BASED_PREP_TOKS, RASD_CUE_BASED))
			return 1;
		/* where a speaker spoke: "said on a visit to Ramallah" */
		if (s->speech && spoken_at(c, s, t))
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
 * The region a word of cues.tsv `region_after` names: the whole of the
 * governorate ("Homs countryside", "the province of Homs"), or, for a word
 * that is also a kind of place (`locative`: "desert", "badia"), the
 * terrain around the town, as "بادية تدمر" is ("the Palmyra desert", "the
 * desert of Mayadeen": the town's district, no finer).
 */
static int region_word(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_cue(d, t, RASD_CUE_LOCATIVE) ? REGION_TERRAIN : REGION_WHOLE;
}

/* Words between a word of `near` and the town it is near ("the ancient city of"). */
#define NEAR_TOKS 5

/*
 * Is place match `m` the town a terrain lies around: a word of a terrain
 * (cues.tsv `locative` and `countryside` or `region_after`: "desert",
 * "بادية") right before a word of `near`, with at most NEAR_TOKS words
 * and no mark between it and the name ("in the desert near the ancient
 * city of Palmyra", "في البادية قرب مدينة تدمر")?  The terrain is the
 * town's, as "بادية تدمر" is.
 */
static int terrain_near(const struct rasd_doc *d, const struct rasd_match *m)
{
	uint32_t t = m->tok_start, k;

	for (k = 0; k <= NEAR_TOKS && t > 1; k++) {
		t--;
		if (d->toks[t].kind != RASD_TOK_WORD)
			return 0;
		if (rasdp_cue(d, t, RASD_CUE_NEAR))
			return rasdp_cue(d, t - 1, RASD_CUE_LOCATIVE) &&
			       (rasdp_cue(d, t - 1, RASD_CUE_COUNTRYSIDE) ||
				rasdp_cue(d, t - 1, RASD_CUE_REGION_AFTER));
	}
	return 0;
}

/*
 * Is place match `m` named as a region of its governorate: a part of it
 * (REGION_PART), a point of the compass from it ("شرقي حمص", "east of
 * Homs", "eastern Homs") or its countryside ("بريف حمص الشرقي", "rural
 * Homs"), or the whole of it (REGION_WHOLE: "Homs countryside", "Homs
 * province", "the northern province of Homs": the word of the whole
 * before "of" as well as after the name; "the Homs towns of": the name
 * before its places' kind); 0 if not.
 */
int rasdp_region_of(const struct rasd_doc *d, const struct rasd_match *m)
{
	if (m->tok_start >= 1 && rasdp_cue(d, m->tok_start - 1, RASD_CUE_COUNTRYSIDE))
		return rasdp_cue(d, m->tok_start - 1, RASD_CUE_LOCATIVE) ? REGION_TERRAIN : REGION_PART;
	if (m->tok_end < d->ntoks && rasdp_cue(d, m->tok_end, RASD_CUE_REGION_AFTER))
		return region_word(d, m->tok_end);
	if (m->tok_start >= 2 && rasdp_cue(d, m->tok_start - 1, RASD_CUE_COMPASS_OF) &&
	    rasdp_cue(d, m->tok_start - 2, RASD_CUE_REGION_AFTER))
		return region_word(d, m->tok_start - 2);
	/*
	 * "the Daraa towns of Tafas and Jasim", "the Idlib city of Binnish":
	 * a name before the kind of the places it holds and "of" (cues.tsv
	 * `locative`, then a word both `list_link` and `part_prep`)
	 */
	if (m->tok_end + 1 < d->ntoks && rasdp_cue(d, m->tok_end, RASD_CUE_LOCATIVE) &&
	    rasdp_cue(d, m->tok_end + 1, RASD_CUE_LIST_LINK) &&
	    rasdp_cue(d, m->tok_end + 1, RASD_CUE_PART_PREP))
		return REGION_WHOLE;
	if (terrain_near(d, m))
		return REGION_TERRAIN;   /* "the desert near Palmyra": its district */
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
	/* the English words of common.tsv are the matcher's, no cue */
	if (d->cue && t < d->ntoks)     /* screened: every class of the token at once */
		return rasdp_cues_none_but(&d->cue_masks[d->cue[t]], RASD_CUE_COMMON);
	for (q = 0; q < RASD_CUE__COUNT; q++)
		if (q != RASD_CUE_COMMON && rasdp_cue(d, t, (enum rasd_cue)q))
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
int rasdp_holds_unknown(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			 const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t first = d->sents[d->toks[m->tok_start].sent].tok_start, t;
	int name = 0;

	if (rasdp_locative_before(d, m->tok_start))
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
int32_t rasdp_area_of(const struct rasdp_ctx *c, size_t i, size_t j, int32_t p)
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
 * The area place `p` (named by matches [i, j)) stands for as a region of
 * kind `region` (rasdp_region_of()): rasdp_area_of(), but the whole of a
 * town's governorate when the name is a town's alone ("Dohuk province",
 * "the province of Hodeidah": a province is named after its seat, and the
 * gazetteer may know the seat's spelling only); the district of a town
 * whose terrain is named (REGION_TERRAIN).
 */
int32_t rasdp_region_area(const struct rasdp_ctx *c, size_t i, size_t j, int32_t p, int region)
{
	int32_t area = rasdp_area_of(c, i, j, p);
	const struct rasd_place *pa = rasdp_lex_place(c->lx, (size_t)area);

	if (region == REGION_WHOLE && pa->admin1 >= 0 &&
	    (pa->kind == RASD_PLACE_CITY || pa->kind == RASD_PLACE_TOWN))
		return pa->admin1;
	if (region == REGION_TERRAIN && pa->admin2 >= 0 && pa->kind > RASD_PLACE_DISTRICT)
		return pa->admin2;
	return area;
}

/*
 * End of the span of sentence `s` starting at match `i`: the matches
 * [i, end) name the same tokens (every entry of one name).
 */
size_t rasdp_sentence_span_end(const struct rasdp_ctx *c, const struct rasdp_sent *s, size_t i)
{
	const struct rasd_match *m = rasdp_match_at(c, i);
	size_t j = i + 1;

	while (j < s->m_last && rasdp_match_at(c, j)->tok_start == m->tok_start &&
	       rasdp_match_at(c, j)->tok_end == m->tok_end)
		j++;
	return j;
}

/* Words back from a place where a word of the rest of an area may stand. */
#define REST_REACH 4

/*
 * Is place match `m` named as the rest of an area, the
 * place told before left out ("other parts of Idlib province", "elsewhere
 * in Hama", "في مناطق أخرى من محافظة إدلب", "بقية أنحاء ريف حلب"): a word
 * of `rest_of` at most REST_REACH words before it, with only words between
 * that name nothing (no mark, number or lexicon match: "two other people
 * in Aleppo" counts people, "other strikes on X" tells its own event)?
 */
static int rest_of_area(const struct rasd_doc *d, const struct rasd_match *m)
{
	uint32_t t = m->tok_start, k;

	for (k = 0; k < REST_REACH && t > 0; k++) {
		size_t mi;

		t--;
		if (d->toks[t].kind != RASD_TOK_WORD)
			return 0;
		if (!rasdp_cue(d, t, RASD_CUE_REST_OF))
			continue;
		mi = rasdp_match_from(d, t + 1);
		return mi >= d->nmatches || d->matches[mi].tok_start >= m->tok_start;
	}
	return 0;
}

/* A seat town's rank, and the rank it takes when it stands for its governorate. */
#define SEAT_RANK_FROM 5
#define SEAT_RANK 1

/* At most this many words open a sentence before the place it opens with ("Meanwhile, in"). */
#define OPENER_TOKS 3

/*
 * Does place match `m` open its sentence, set off by a comma ("In Idlib,
 * ...", "وفي ريف حلب، ..."): the area an item of a roundup is told in?
 */
static int opens_sentence(const struct rasd_doc *d, const struct rasd_match *m)
{
	const struct rasd_token *t;

	if (m->tok_end >= d->ntoks ||
	    m->tok_start > d->sents[d->toks[m->tok_start].sent].tok_start + OPENER_TOKS)
		return 0;
	t = &d->toks[m->tok_end];
	return t->kind == RASD_TOK_PUNCT && t->end - t->start <= 2 &&
	       (!memcmp(d->text + t->start, ",", 1) || !memcmp(d->text + t->start, "\xd8\x8c", 2));
}

/* At most this many words of a region ("الجنوبي", "countryside") before the comma of examples. */
#define EXAMPLES_REGION_TOKS 2

uint32_t rasdp_examples_after(const struct rasd_doc *d, uint32_t t, uint32_t end)
{
	uint32_t u;

	for (u = t; u < end && u - t < EXAMPLES_REGION_TOKS &&
		    (rasdp_cue(d, u, RASD_CUE_COMPASS) || rasdp_cue(d, u, RASD_CUE_REGION_AFTER));
	     u++)
		;
	/* "areas of Idlib including X", "مناطق في إدلب منها X": no comma before a word of a subset */
	if (u + 1 < end && rasdp_cue(d, u, RASD_CUE_SUBSET) && !rasdp_waw_clitic(d, u))
		return u;
	if (u + 1 >= end || !rasdp_tok_is_punct(d, u, ','))
		return 0;
	u++;
	if (!rasdp_cue(d, u, RASD_CUE_LIST_LINK) || rasdp_cue(d, u, RASD_CUE_ARTICLE) ||
	    rasdp_cue(d, u, RASD_CUE_PART_PREP) || rasdp_waw_clitic(d, u))
		return 0;
	return u;
}

/* Does place match `m` have examples after it (", such as X")? */
static int examples_of(const struct rasd_doc *d, const struct rasd_match *m)
{
	return rasdp_examples_after(d, m->tok_end, d->sents[d->toks[m->tok_start].sent].tok_end) != 0;
}

/*
 * Is place match `m` of sentence `s` written onto a source's name rather
 * than where the event was: right before a capitalised one in English, a
 * word of its proper name ("the Idlib Health Directorate said"; "Saraqib
 * health officials said" is where they are), right after it in Arabic, as
 * its genitive ("مديرية صحة درعا")?  A source that is an actor's name too is a side ("قصفت قوات
 * النظام درعا"), and "و" on the place joins it to a list.  A place inside
 * a name the lexicon lists whole ("Daraa Central Committee") is not asked
 * here: such a name says where (inside_name(), place_names.c).
 */
static int name_place(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		      const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	int latin = (d->toks[m->tok_start].flags & RASD_TOKF_LATIN) != 0;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(c, i);

		if (o->kind != RASD_LEX_SOURCE || rasdp_source_is_actor(c, s, o))
			continue;
		if (latin ? o->tok_start == m->tok_end && (d->toks[o->tok_start].flags & RASD_TOKF_CAP)
			  : o->tok_end == m->tok_start && !rasdp_waw_clitic(d, m->tok_start))
			return 1;
	}
	return 0;
}

/*
 * Read place match `i` of sentence `s` (up to the end of the span it
 * heads) as the sentence's place if it is more precise than the one so
 * far; returns the index after the span.
 */
static size_t read_sentence_place(const struct rasdp_ctx *c, struct rasdp_sent *s, size_t i)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m = rasdp_match_at(c, i);
	size_t j = rasdp_sentence_span_end(c, s, i);
	int32_t p = rasdp_choose_place(c, i, j);
	int r;

	/* "شرقي حمص", "in eastern Homs countryside": a region of the governorate */
	if (p >= 0 && (r = rasdp_region_of(d, m)))
		p = rasdp_region_area(c, i, j, p, r);
	else if (p >= 0 && rasdp_holds_unknown(c, s, m))
		p = rasdp_area_of(c, i, j, p);
	r = p >= 0 ? rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)p)) : 0;
	/*
	 * "In Idlib, ... in Saraqib", "towns in Idlib, such as Saraqib": a
	 * town named bare like its governorate while the report names another
	 * place of it stands for the governorate, as precise as one.
	 */
	if (p >= 0 && r == SEAT_RANK_FROM && (opens_sentence(d, m) || examples_of(d, m)) &&
	    rasdp_seat_elsewhere(c, m, p) >= 0)
		r = SEAT_RANK;
	/* Country-level names ("Syria") do not locate an event. */
	if (p >= 0 && r > s->place_rank) {
		s->place = p;
		s->place_rank = r;
		s->place_start = d->toks[m->tok_start].start;
		s->place_end = d->toks[m->tok_end - 1].end;
		s->place_rest = (uint8_t)rest_of_area(d, m);
	}
	return j;
}

/*
 * The place of sentence `s`: its most precise place match that is not a
 * speaker's or a fire's origin, and not inside a longer place match
 * ("محافظة درعا" names the governorate, not the city).  A name read as a
 * region of itself or as the container of a place the gazetteer does not
 * know is the area it stands for (rasdp_area_of()).  A place written onto
 * a source's name (name_place()) is the place only of a sentence that
 * names no other: "the Idlib Health Directorate said a shell hit a market
 * in Saraqib" is Saraqib's.
 */
void rasdp_sentence_place(const struct rasdp_ctx *c, struct rasdp_sent *s)
{
	size_t i = s->m_first, named = SIZE_MAX;
	uint32_t covered = 0;   /* end of the longest place match so far */

	s->place = -1;
	s->place_rank = 0;
	s->place_rest = 0;
	while (i < s->m_last) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		/* "محافظة درعا" names the governorate, not the city inside it. */
		if (m->kind != RASD_LEX_PLACE || m->tok_end <= covered) {
			i++;
			continue;
		}
		covered = m->tok_end;
		/* "مراسل عنب بلدي في درعا": where the speaker is, not the event. */
		if (rasdp_speaker_base(c, s, m) || rasdp_fire_origin(c->d, m) ||
		    rasdp_place_elsewhere(c, s, m)) {
			i++;
			continue;
		}
		if (name_place(c, s, m)) {
			if (named == SIZE_MAX)
				named = i;
			i++;
			continue;
		}
		i = read_sentence_place(c, s, i);
	}
	if (s->place < 0 && named != SIZE_MAX)
		read_sentence_place(c, s, named);
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
	return rasdp_choose_place(c, first, last);
}

/*
 * Is place match `m` named with a word of its kind: "مدينة دهوك", "قرية
 * X", "the city of Duhok", or after a Latin name, "Duhok city"?
 */
int rasdp_named_with_kind(const struct rasd_doc *d, const struct rasd_match *m)
{
	return rasdp_locative_before(d, m->tok_start) ||
	       ((d->toks[m->tok_start].flags & RASD_TOKF_LATIN) && m->tok_end < d->ntoks &&
		rasdp_cue(d, m->tok_end, RASD_CUE_LOCATIVE));
}

/* Within this of a town, a place of the report may be part of it (a neighbourhood, a suburb). */
#define SEAT_KM 10.0

/*
 * Is place `q` inside governorate `g` and outside its seat `p`: not `p`,
 * nor an area holding it or named like it, and, with points to tell,
 * farther than SEAT_KM from it?
 */
static int outside_seat(const struct rasd_lexicon *lx, int32_t q, int32_t p, int32_t g)
{
	const struct rasd_place *pp = rasdp_lex_place(lx, (size_t)p);
	const struct rasd_place *pq = rasdp_lex_place(lx, (size_t)q);

	if (q == p || q == g || pq->admin1 != g || q == pp->admin2 || q == pp->admin3 ||
	    rasdp_same_name(pp, pq) || !rasdp_place_rank(pq))
		return 0;
	if (rasdp_has_point(pp) && rasdp_has_point(pq))
		return rasdp_km(pp, pq) > SEAT_KM;
	/* an area of no point: outside unless it holds the seat (checked above) */
	return pq->kind == RASD_PLACE_DISTRICT || pq->kind == RASD_PLACE_SUBDISTRICT;
}

int32_t rasdp_seat_elsewhere(const struct rasdp_ctx *c, const struct rasd_match *m, int32_t p)
{
	const struct rasd_place *pp = rasdp_lex_place(c->lx, (size_t)p);
	size_t i;

	if ((pp->kind != RASD_PLACE_CITY && pp->kind != RASD_PLACE_TOWN) || pp->admin1 < 0 ||
	    !rasdp_same_name(pp, rasdp_lex_place(c->lx, (size_t)pp->admin1)) ||
	    rasdp_named_with_kind(c->d, m))
		return -1;
	/* the entries the report names, each once: a long report costs no more */
	for (i = 0; i < c->nplaces; i++)
		if (outside_seat(c->lx, c->places[i].entry, p, pp->admin1))
			return pp->admin1;
	return -1;
}

/*
 * Are `a` and `b` sites of one town: neighbourhoods or landmarks of one
 * subdistrict ("the Jobar and Qaboun neighbourhoods of Damascus")?  Hit in
 * one attack, they are one event at the town (gold/GUIDE.md).
 */
int rasdp_one_town(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa = rasdp_lex_place(lx, (size_t)a);
	const struct rasd_place *pb = rasdp_lex_place(lx, (size_t)b);

	return rasdp_place_rank(pa) > 5 && rasdp_place_rank(pb) > 5 && pa->admin3 >= 0 &&
	       pa->admin3 == pb->admin3;
}
