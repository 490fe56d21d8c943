/*
 * merging.c - frames that tell of one event made one: restatements, later
 * frames merged, and the headline weighed last.
 *
 * Two places are apart unless one is, or holds, the other (by governorate,
 * district, subdistrict or name); a city named like its governorate is not
 * all of it.  A sentence with no place or date of its own that restates an
 * earlier event's figures, actors and kind goes back to it, looking over
 * the last RASDP_ECHO_REACH events.  Once every sentence is framed, later
 * frames that tell of an earlier event (same place or inside, overlapping
 * dates, compatible type: a report comes back to its event after a
 * digression) are merged into it; at most RASDP_MAX_EVENTS frames are
 * compared.  The headline's figures count only where the body does not
 * restate them: the same figure, qualifier and speaker.
 */
#include <string.h>

#include "extract/framing_int.h"

#include "base/banned.h"

/*
 * Does place `a` hold place `b` by name: an area named like b's
 * governorate or district ("ريف دمشق" read as the district of that name
 * holds a town of the governorate), or a town named like the subdistrict
 * of a neighbourhood or landmark `b` (the town is its seat: "Homs" and
 * "the military college" there; not the subdistrict's other villages)?
 */
static int holds_by_name(const struct rasd_lexicon *lx, const struct rasd_place *pa,
			 const struct rasd_place *pb)
{
	if (rasdp_place_rank(pa) < 5 &&
	    ((pb->admin1 >= 0 && rasdp_same_name(pa, rasdp_lex_place(lx, (size_t)pb->admin1))) ||
	     (pb->admin2 >= 0 && rasdp_same_name(pa, rasdp_lex_place(lx, (size_t)pb->admin2)))))
		return 1;
	return rasdp_place_rank(pb) > 5 && pb->admin3 >= 0 &&
	       rasdp_same_name(pa, rasdp_lex_place(lx, (size_t)pb->admin3));
}

/*
 * Are places `a` and `b` apart: neither one nor inside the other, by its
 * governorate, district or subdistrict or by name?  Stricter than
 * rasdp_same_or_inside(): a city named like its governorate ("Deir ez-Zor
 * city", "مدينة إدلب") is not all of it, so a town elsewhere in the
 * governorate is another place (one event per town and day).
 */
int rasdp_places_apart(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa, *pb;

	if (a < 0 || b < 0 || a == b)
		return 0;
	pa = rasdp_lex_place(lx, (size_t)a);
	pb = rasdp_lex_place(lx, (size_t)b);
	return !(pa->admin1 == b || pa->admin2 == b || pa->admin3 == b || pb->admin1 == a ||
		 pb->admin2 == a || pb->admin3 == a || rasdp_same_name(pa, pb) ||
		 holds_by_name(lx, pa, pb) || holds_by_name(lx, pb, pa));
}

/* Do the two events' dates overlap, within a day (an undated one agrees)? */
static int dates_agree(const struct rasd_event *a, const struct rasd_event *b)
{
	int64_t a0, a1, b0, b1;

	if (!a->date.y || !b->date.y)
		return 1;
	a0 = rasdp_days_from_ymd(a->date.y, a->date.m, a->date.d);
	a1 = rasdp_days_from_ymd(a->last.y, a->last.m, a->last.d);
	b0 = rasdp_days_from_ymd(b->date.y, b->date.m, b->date.d);
	b1 = rasdp_days_from_ymd(b->last.y, b->last.m, b->last.d);
	return a0 <= b1 + 1 && b0 <= a1 + 1;
}

/*
 * May two frames of one document at agreeing places and dates be one
 * event?  Same kind of violence; or one of them only a strategic
 * development there; or one frame undated at the very same town, where
 * the report comes back to its event ("the regime fired only two shells
 * on Jasim") without restating when.
 */
static int types_join(const struct rasd_lexicon *lx, const struct rasd_event *a,
		      const struct rasd_event *b)
{
	if (!a->event_type || !b->event_type || !strcmp(a->event_type, b->event_type))
		return 1;
	if (rasdp_is_strategic(a->event_type) || rasdp_is_strategic(b->event_type))
		return 1;
	if ((!a->date.y || !b->date.y) && a->place >= 0 &&
	    (a->place == b->place ||
	     rasdp_same_name(rasdp_lex_place(lx, (size_t)a->place),
			     rasdp_lex_place(lx, (size_t)b->place))) &&
	    rasdp_place_rank(rasdp_lex_place(lx, (size_t)a->place)) >= 5)
		return 1;
	return 0;
}

/* Merge event `b` into event `a`: its claims, participants, actors, evidence, votes. */
static int merge_into(struct rasdp_ctx *c, struct rasd_event *a, const struct rasd_event *b)
{
	struct rasd_doc *d = c->d;
	size_t k;
	int rc = 0;

	for (k = 0; !rc && k < b->nclaims; k++)
		rc = rasdp_add_claim(d, a, &b->claims[k]);
	for (k = 0; !rc && k < b->nparts; k++)
		rc = rasdp_add_part(d, a, &b->parts[k]);
	for (k = 0; !rc && k < b->nactors; k++)
		rc = rasdp_add_actor(d, a, b->actors[k].actor, b->actors[k].role,
				     b->actors[k].start, b->actors[k].end);
	for (k = 0; !rc && k < b->nevidence; k++)
		rc = rasdp_add_evidence(d, a, b->evidence[k]);
	if (rc)
		return rc;
	for (k = 0; k < b->nvotes; k++)
		rasdp_add_vote(a, b->votes[k].event_type, b->votes[k].sub_type, b->votes[k].sum,
			       b->votes[k].best);
	if (rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)b->place)) >
	    rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)a->place))) {
		a->place = b->place;
		a->place_start = b->place_start;
		a->place_end = b->place_end;
		a->geo_precision = b->geo_precision;
	}
	if (b->date_idx >= 0)
		rasdp_event_date(d, a, b->date_idx);
	if (a->said_idx < 0)
		a->said_idx = b->said_idx;
	return 0;
}

/*
 * Are `a` and `b` two places of one wave: `b` a later place of the wave
 * sentence `a` tells of (its first evidence)?  They are two events, even
 * when one holds the other ("the towns of Atarib and Abyeen Samaan", the
 * first read as its subdistrict).
 */
static int one_wave(const struct rasd_event *a, const struct rasd_event *b)
{
	size_t k;

	if (!b->wave || !b->nevidence)
		return 0;
	for (k = 0; k < a->nevidence; k++)
		if (a->evidence[k] == b->evidence[0])
			return 1;
	return 0;
}

/*
 * Merge later frames of the document that tell of the same event (same
 * place or one inside the other, overlapping dates, compatible type) into
 * the first: a report often comes back to its event after a digression.
 * Places of one wave stay apart.
 */
int rasdp_merge_events(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t i, j;
	int rc;

	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *a = &d->events[i];

		for (j = i + 1; j < d->nevents; j++) {
			struct rasd_event *b = &d->events[j];

			if (a->place < 0 || b->place < 0 || one_wave(a, b) ||
			    rasdp_places_apart(c->lx, a->place, b->place))
				continue;
			if (!dates_agree(a, b) || !types_join(c->lx, a, b))
				continue;
			rc = merge_into(c, a, b);
			if (rc)
				return rc;
			memmove(b, b + 1, (d->nevents - j - 1) * sizeof(*b));
			d->nevents--;
			j--;
		}
	}
	return 0;
}

/*
 * How much sentence `si`, with figures `figs`, restates event `ev`: a
 * figure of the same kind and value (2 with the same qualifier, else 1), a
 * participant it names again (1 each), the same kind of violence (1).
 */
static int echo_score(const struct rasdp_ctx *c, const struct rasd_event *ev,
		      const struct rasdp_sent *si, const struct rasd_claim *figs, size_t nfig)
{
	const struct rasd_doc *d = c->d;
	int score = 0;
	size_t i, k;

	for (i = 0; i < nfig; i++) {
		int best = 0;

		for (k = 0; k < ev->nclaims; k++) {
			const struct rasd_claim *cl = &ev->claims[k];

			if (cl->kind != figs[i].kind || cl->value != figs[i].value)
				continue;
			if (best < (cl->qualifier == figs[i].qualifier ? 2 : 1))
				best = cl->qualifier == figs[i].qualifier ? 2 : 1;
		}
		score += best;
	}
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];
		size_t j;

		if (m->kind != RASD_LEX_ACTOR)
			continue;
		/* once per actor of the sentence */
		for (j = si->m_first; j < i; j++)
			if (d->matches[j].kind == RASD_LEX_ACTOR && d->matches[j].entry == m->entry)
				break;
		if (j < i)
			continue;
		for (k = 0; k < ev->nparts; k++)
			if (ev->parts[k].actor == (int32_t)m->entry && !ev->parts[k].denied) {
				score++;
				break;
			}
	}
	if (si->trig >= 0 && ev->event_type &&
	    !strcmp(rasdp_lex_trigger(c->lx, (size_t)si->trig)->event_type, ev->event_type))
		score++;
	return score;
}

/*
 * A sentence with no place or date of its own that restates an earlier
 * event's figure, actors and kind goes back to it ("TASS said 20 were
 * killed" after a digression on another attack): that event, or the
 * current one.
 */
struct rasd_event *rasdp_echo_back(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				   const struct rasd_claim *figs, size_t nfig)
{
	const struct rasd_doc *d = c->d;
	struct rasd_event *back = NULL;
	int here = echo_score(c, c->cur, si, figs, nfig), best = 0;
	size_t i;

	for (i = d->nevents > RASDP_ECHO_REACH ? d->nevents - RASDP_ECHO_REACH : 0;
	     i < d->nevents; i++) {
		int sc = &d->events[i] == c->cur ? 0 : echo_score(c, &d->events[i], si, figs, nfig);

		if (sc > best) {
			best = sc;
			back = &d->events[i];
		}
	}
	return back && best >= 3 && best >= here + 2 ? back : c->cur;
}

/*
 * Do claims `a` and `b` give one figure from one speaker: the same kind,
 * value and qualifier, both in the outlet's voice or both from the same
 * source (gold/GUIDE.md, repeats: the headline's "at least 33" and the
 * body's "33", or the outlet's headline and a ministry's body, are two)?
 */
static int same_statement(const struct rasd_claim *a, const struct rasd_claim *b)
{
	if (a->kind != b->kind || a->value != b->value || a->qualifier != b->qualifier)
		return 0;
	if (a->src.outlet || b->src.outlet)
		return a->src.outlet == b->src.outlet;
	if (a->src.source >= 0 || b->src.source >= 0)
		return a->src.source == b->src.source;
	return a->src.nchain && b->src.nchain && !strcmp(a->src.chain[0], b->src.chain[0]);
}

/*
 * Headline figures: dropped when the body states the same figure from the
 * same speaker, else they belong to the first event (or make one of their
 * own).
 */
static int headline_figures(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[0];
	size_t i, j, k;

	for (i = 0; i < c->nhead; i++) {
		int restated = 0;

		for (k = 0; k < d->nevents && !restated; k++)
			for (j = 0; j < d->events[k].nclaims; j++)
				if (same_statement(&d->events[k].claims[j], &c->head_figs[i]))
					restated = 1;
		if (restated)
			continue;
		if (!d->nevents) {
			struct rasd_event *ev = rasdp_new_event(d);

			if (!ev)
				return RASD_ENOMEM;
			if (si->trig >= 0)
				rasdp_vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
			if (si->place >= 0)
				rasdp_take_place(ev, si);
			if (si->date >= 0)
				rasdp_event_date(d, ev, si->date);
			if (rasdp_add_evidence(d, ev, 0))
				return RASD_ENOMEM;
		}
		if (rasdp_add_claim(d, &d->events[0], &c->head_figs[i]))
			return RASD_ENOMEM;
	}
	return 0;
}

/*
 * The headline: its figures where the body does not restate them, and its
 * place and type where the body left the first event's open.
 */
int rasdp_weigh_headline(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[0];
	struct rasd_event *ev;
	int rc = headline_figures(c);

	if (rc || !d->nevents || d->nsents <= 1 || !si->headline)
		return rc;
	ev = &d->events[0];
	if (ev->place < 0 && si->place >= 0)
		rasdp_take_place(ev, si);
	if (!ev->event_type && si->trig >= 0)
		rasdp_vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
	return 0;
}
