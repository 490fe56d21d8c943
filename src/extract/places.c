/*
 * places.c - where a sentence locates its event, and how places compare.
 *
 * A place name may name several entries (a town and its subdistrict, two
 * villages of one name): the entry whose governorate the document names
 * most wins, then the most precise kind, then the most populous.  Of the
 * places of a sentence the most precise locates it (a landmark over a
 * neighbourhood over a town over a district over a governorate); a country
 * locates nothing.  A governorate named as a region of itself ("شرقي حمص",
 * "ريف حمص", "Homs countryside": cues.tsv `compass`, `countryside`,
 * `region_after`) is that governorate, not its capital.
 *
 * Some places in a sentence are not where the event was: where a speaker
 * is ("مراسل عنب بلدي في درعا", "Iran's ambassador to Damascus",
 * "Damascus-based"), and where fire came from ("fired from the occupied
 * Golan", "من اتجاه ..."); they are passed over.  Two places agree when one
 * is inside the other or they share a name at different levels.
 */
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

/* Governorates named anywhere steer the choice among same-name places. */
void rasdp_count_governorates(struct rasdp_ctx *c)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		int32_t g;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		g = rasdp_lex_governorate(c->lx, (int32_t)m->entry);
		if (g >= 0)
			c->gov_count[g]++;
	}
}

/*
 * Among the entries matched by one surface form (several places share
 * names), choose the one whose governorate the document mentions most,
 * then the most precise kind, then the most populous.
 */
static int32_t choose_place(const struct rasdp_ctx *c, size_t first, size_t last)
{
	int32_t best = -1;
	long best_score = -1;
	size_t i;

	for (i = first; i < last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		const struct rasd_place *p;
		int32_t g;
		long score;

		if (m->kind != RASD_LEX_PLACE)
			continue;
		p = rasdp_lex_place(c->lx, m->entry);
		g = rasdp_lex_governorate(c->lx, (int32_t)m->entry);
		score = (g >= 0 ? c->gov_count[g] : 0) * 1000000L + rasdp_place_rank(p) * 100000L +
			(long)(p->population > 99999 ? 99999 : p->population);
		if (score > best_score) {
			best_score = score;
			best = (int32_t)m->entry;
		}
	}
	return best;
}

/*
 * Is place match `p` where a speaker is, not where the event was: right
 * after a source and "in" ("مراسل عنب بلدي في درعا", "our correspondent in
 * Idlib"); after an envoy's "to" ("Iran's ambassador to Damascus",
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

		if (m->tok_start >= p->tok_start)
			break;
		if (m->kind == RASD_LEX_SOURCE && m->tok_end == p->tok_start - 1)
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

/*
 * The place of sentence `s`: its most precise place match that is not a
 * speaker's or a fire's origin, and not inside a longer place match
 * ("محافظة درعا" names the governorate, not the city).
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
		if (p >= 0 && region_of(d, m)) {
			size_t k;

			for (k = i; k < j; k++) {
				const struct rasd_match *mk = rasdp_match_at(c, k);

				if (mk->kind == RASD_LEX_PLACE &&
				    rasdp_lex_place(c->lx, mk->entry)->kind == RASD_PLACE_GOVERNORATE)
					p = (int32_t)mk->entry;
			}
		}
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

/* Do two places share their English name (a town and its subdistrict)? */
int rasdp_same_name(const struct rasd_place *a, const struct rasd_place *b)
{
	return a->name_en && b->name_en && !strcmp(a->name_en, b->name_en);
}

/* May places `a` and `b` be the place of one event (-1: unknown, agrees)? */
int rasdp_same_or_inside(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa, *pb;

	if (a < 0 || b < 0 || a == b)
		return 1;
	pa = rasdp_lex_place(lx, (size_t)a);
	pb = rasdp_lex_place(lx, (size_t)b);
	if (pa->admin1 == b || pa->admin2 == b || pb->admin1 == a || pb->admin2 == a)
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
