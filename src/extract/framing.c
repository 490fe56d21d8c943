/*
 * framing.c - sentences framed into events: triggers, the event each
 * sentence tells of, merging, the headline, and the final filter.
 *
 * A sentence with a trigger (triggers.tsv, not negated) or a figure tells
 * of an event.  It goes on with the current event when its place agrees
 * (the same, or one inside the other), its date is within a day, and its
 * kind of violence is the same (a weak cue, weight under 5, agrees with
 * any); otherwise it opens a new event.  A sentence without a place or date
 * of its own that restates an earlier event's figures and actors goes back
 * to that event; one with neither trigger nor figure adds its place, date
 * and participants to the event just told, within its paragraph.
 *
 * An event's type is the kind of violence its cues point to most, each cue
 * voting with its weight squared (one "car bomb" outweighs three generic
 * "attack"s), violence above strategic developments.  Its date is the most
 * precise one of its sentences, not the report's own date restated by a
 * reporting verb ("said today").  Later frames that tell of an earlier
 * event (a report comes back to it after a digression) are merged into it.
 * The headline's figures count only where the body does not restate them.
 * Finally, an event needs a figure, or a strong cue (MIN_EVENT_WEIGHT) and
 * a place: background mentions of "the campaign" are no events.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/events_int.h"

#include "base/banned.h"

/* Least trigger weight for an event that reports no figure. */
#define MIN_EVENT_WEIGHT 6

/* A new, empty event at the end of d->events (the array may move). */
static struct rasd_event *new_event(struct rasd_doc *d)
{
	struct rasd_event *ev = RASD_ARENA_PUSH(&d->arena, d->events, d->nevents, d->events_alloc);

	if (!ev)
		return NULL;
	ev->date_idx = -1;
	ev->place = -1;
	return ev;
}

/* Sentence `sent` tells of `ev`. */
static int add_evidence(struct rasd_doc *d, struct rasd_event *ev, uint32_t sent)
{
	uint32_t *slot;

	if (ev->nevidence && ev->evidence[ev->nevidence - 1] == sent)
		return 0;
	slot = RASD_ARENA_PUSH(&d->arena, ev->evidence, ev->nevidence, ev->evidence_alloc);
	if (!slot)
		return RASD_ENOMEM;
	*slot = sent;
	return 0;
}

/* Add `actor` to `ev` in `role`; a second mention may only raise it to actor 1. */
int rasdp_add_actor(struct rasd_doc *d, struct rasd_event *ev, int32_t actor,
		    uint8_t role, uint32_t start, uint32_t end)
{
	struct rasd_event_actor *a;
	size_t i;

	for (i = 0; i < ev->nactors; i++)
		if (ev->actors[i].actor == actor) {
			if (role == RASD_ROLE_ACTOR1 && ev->actors[i].role != RASD_ROLE_ACTOR1)
				ev->actors[i].role = role;
			return 0;
		}
	a = RASD_ARENA_PUSH(&d->arena, ev->actors, ev->nactors, ev->actors_alloc);
	if (!a)
		return RASD_ENOMEM;
	a->actor = actor;
	a->role = role;
	a->start = start;
	a->end = end;
	return 0;
}

/* The same voice: the outlet, one lexicon source, or one unnamed speaker. */
static int same_source(const struct rasd_srcref *a, const struct rasd_srcref *b)
{
	if (a->outlet != b->outlet || a->source != b->source)
		return 0;
	if (a->source < 0 && !a->outlet)
		return a->nchain && b->nchain && a->chain[0] && b->chain[0] &&
		       !strcmp(a->chain[0], b->chain[0]);
	return 1;
}

/* Add figure `cl` to `ev`. */
static int add_claim(struct rasd_doc *d, struct rasd_event *ev, const struct rasd_claim *cl)
{
	struct rasd_claim *slot;
	size_t i;

	if (ev->nclaims >= RASDP_MAX_EVENT_CLAIMS)
		return 0;
	/* One source restating one figure counts once. */
	for (i = 0; i < ev->nclaims; i++) {
		const struct rasd_claim *o = &ev->claims[i];

		if (o->kind == cl->kind && o->value == cl->value && o->qualifier == cl->qualifier &&
		    o->denied == cl->denied && same_source(&o->src, &cl->src))
			return 0;
	}
	slot = RASD_ARENA_PUSH(&d->arena, ev->claims, ev->nclaims, ev->claims_alloc);
	if (!slot)
		return RASD_ENOMEM;
	*slot = *cl;
	return 0;
}

/* Add participation `p` to `ev`, once per actor, polarity and source. */
int rasdp_add_part(struct rasd_doc *d, struct rasd_event *ev, const struct rasd_participant *p)
{
	struct rasd_participant *slot;
	size_t i;

	if (ev->nparts >= RASDP_MAX_EVENT_CLAIMS)
		return 0;
	for (i = 0; i < ev->nparts; i++) {
		const struct rasd_participant *o = &ev->parts[i];

		if (o->actor == p->actor && o->denied == p->denied && o->limited == p->limited &&
		    same_source(&o->src, &p->src))
			return 0;
	}
	slot = RASD_ARENA_PUSH(&d->arena, ev->parts, ev->nparts, ev->parts_alloc);
	if (!slot)
		return RASD_ENOMEM;
	*slot = *p;
	return 0;
}

/* Date `ev` by d->dates[di] when it is more precise than its date so far. */
static void event_date(struct rasd_doc *d, struct rasd_event *ev, int32_t di)
{
	const struct rasd_date *t = &d->dates[di];

	if (!t->date.y)
		return;
	/* Prefer the most precise date; among equals, keep the first. */
	if (ev->date_idx >= 0 && d->dates[ev->date_idx].precision <= t->precision)
		return;
	ev->date_idx = di;
	ev->date = t->date;
	ev->last = t->last;
	ev->precision = t->precision;
}

/*
 * Is date `t` the time of the reporting: after a reporting verb of its
 * sentence, with no casualty word or event cue between them?
 */
static int reporting_date(const struct rasd_doc *d, const struct rasdp_sent *s,
			  const struct rasd_date *t)
{
	size_t i;
	int after_speech = 0;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->tok_start >= t->tok_start)
			break;
		if (m->kind == RASD_LEX_SPEECH)
			after_speech = 1;
		else if (after_speech && (m->kind == RASD_LEX_CASUALTY || m->kind == RASD_LEX_TRIGGER))
			after_speech = 0;
	}
	return after_speech;
}

/*
 * The date of sentence `s`: its first resolved date that is not just the
 * report's own date restated next to a reporting verb.
 */
int32_t rasdp_sentence_date(const struct rasd_doc *d, const struct rasd_sentence *st,
			    const struct rasdp_sent *s)
{
	int32_t best = -1;
	size_t i;

	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || !t->date.y)
			continue;
		if (t->precision == RASD_PREC_YEAR)
			continue;
		/* "quoted an officer today, Monday 17 October": when it was said. */
		if (s->speech && d->published.y && t->date.y == d->published.y &&
		    t->date.m == d->published.m && t->date.d == d->published.d &&
		    reporting_date(d, s, t))
			continue;
		if (best < 0 || t->precision < d->dates[best].precision)
			best = (int32_t)i;
	}
	return best;
}

/* How strongly a trigger frames an event: its weight in triggers.tsv. */
static int trigger_rank(const struct rasd_trigger *t)
{
	return t->weight;
}

/*
 * A vague figure ("dozens wounded") adds nothing where the event has a
 * written figure of the same kind; it stays only when it is all there is.
 * Nor does the outlet's own restatement of a figure a source gives.
 */
void rasdp_prune_vague(struct rasd_doc *d)
{
	size_t i, j, k, w;

	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];

		for (j = 0, w = 0; j < ev->nclaims; j++) {
			const struct rasd_claim *cl = &ev->claims[j];
			int keep = 1;

			if (cl->qualifier == RASD_Q_VAGUE)
				for (k = 0; k < ev->nclaims; k++)
					if (ev->claims[k].qualifier != RASD_Q_VAGUE &&
					    ev->claims[k].kind == cl->kind)
						keep = 0;
			/*
			 * The outlet restating in its own voice (a headline, a
			 * lead) a figure it attributes elsewhere: "kill at least
			 * 14" ... "at least 14, according to SANA" is SANA's.
			 */
			if (cl->src.source < 0 && !cl->denied && !cl->subset)
				for (k = 0; k < ev->nclaims && keep; k++)
					if (ev->claims[k].src.source >= 0 && !ev->claims[k].denied &&
					    ev->claims[k].kind == cl->kind &&
					    ev->claims[k].value == cl->value &&
					    ev->claims[k].value_hi == cl->value_hi)
						keep = 0;
			if (keep)
				ev->claims[w++] = *cl;
		}
		ev->nclaims = w;
	}
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

/* Strategic developments: what a battle report mentions besides violence. */
static int is_strategic(const char *type)
{
	return type && !strcmp(type, "Strategic developments");
}

/*
 * The event's type is the kind of violence its sentences point to most:
 * each sentence's cue votes with its weight squared.  Violence outranks strategic
 * developments ("reinforcements" in a report of a battle); among equal
 * sums the heavier single cue wins.
 */
static void settle_type(struct rasd_event *ev)
{
	const struct rasd_type_vote *best = NULL;
	size_t i;

	for (i = 0; i < ev->nvotes; i++) {
		const struct rasd_type_vote *v = &ev->votes[i];

		if (!best || is_strategic(best->event_type) > is_strategic(v->event_type) ||
		    (is_strategic(best->event_type) == is_strategic(v->event_type) &&
		     (v->sum > best->sum || (v->sum == best->sum && v->best > best->best))))
			best = v;
	}
	if (!best)
		return;
	ev->event_type = best->event_type;
	ev->sub_type = best->sub_type;
	ev->trigger_weight = best->best;
}

/* Add `sum` to the vote of `type` (sub-type of its heaviest cue), and settle. */
static void add_vote(struct rasd_event *ev, const char *type, const char *sub, int sum, int weight)
{
	size_t i;

	for (i = 0; i < ev->nvotes && strcmp(ev->votes[i].event_type, type); i++)
		;
	if (i == ev->nvotes) {
		if (ev->nvotes == RASD_MAX_TYPE_VOTES)
			return;
		memset(&ev->votes[i], 0, sizeof(ev->votes[i]));
		ev->votes[i].event_type = type;
		ev->nvotes++;
	}
	ev->votes[i].sum += sum;
	if (weight > ev->votes[i].best || !ev->votes[i].sub_type) {
		ev->votes[i].best = weight;
		ev->votes[i].sub_type = sub;
	}
	settle_type(ev);
}

static void vote_trigger(struct rasd_event *ev, const struct rasd_trigger *t)
{
	/* squared: one "car bomb" outweighs three generic "attack"s */
	add_vote(ev, t->event_type, t->sub_type, t->weight * t->weight, t->weight);
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
	if (is_strategic(a->event_type) || is_strategic(b->event_type))
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
		rc = add_claim(d, a, &b->claims[k]);
	for (k = 0; !rc && k < b->nparts; k++)
		rc = rasdp_add_part(d, a, &b->parts[k]);
	for (k = 0; !rc && k < b->nactors; k++)
		rc = rasdp_add_actor(d, a, b->actors[k].actor, b->actors[k].role,
				     b->actors[k].start, b->actors[k].end);
	for (k = 0; !rc && k < b->nevidence; k++)
		rc = add_evidence(d, a, b->evidence[k]);
	if (rc)
		return rc;
	for (k = 0; k < b->nvotes; k++)
		add_vote(a, b->votes[k].event_type, b->votes[k].sub_type, b->votes[k].sum,
			 b->votes[k].best);
	if (rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)b->place)) >
	    rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)a->place))) {
		a->place = b->place;
		a->place_start = b->place_start;
		a->place_end = b->place_end;
		a->geo_precision = b->geo_precision;
	}
	if (b->date_idx >= 0)
		event_date(d, a, b->date_idx);
	return 0;
}

/*
 * Merge later frames of the document that tell of the same event (same
 * place or one inside the other, overlapping dates, compatible type) into
 * the first: a report often comes back to its event after a digression.
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

			if (a->place < 0 || b->place < 0 ||
			    !rasdp_same_or_inside(c->lx, a->place, b->place))
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
 * The trigger of sentence `s`: its heaviest event cue that no negator
 * reaches ("لم تشهد المنطقة أي طلعات جوية" frames no air strike), and
 * whether it refers back ("هذا الانفجار", "this attack": cues.tsv
 * `demonstrative`).
 */
void rasdp_sentence_trigger(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	struct rasdp_sent *si = &c->si[s];
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];
		const struct rasd_trigger *t;

		if (m->kind != RASD_LEX_TRIGGER)
			continue;
		if (rasdp_negated(c, si, m->tok_start))
			continue;
		t = rasdp_lex_trigger(c->lx, m->entry);
		if (trigger_rank(t) > si->trig_weight) {
			si->trig = (int32_t)m->entry;
			si->trig_weight = trigger_rank(t);
			si->anaphor = m->tok_start > st->tok_start &&
				      rasdp_cue(d, m->tok_start - 1, RASD_CUE_DEMONSTRATIVE);
		}
	}
}

/* `ev` takes the place of sentence `si`, at ACLED geo-precision from its rank. */
static void take_place(struct rasd_event *ev, const struct rasdp_sent *si)
{
	ev->place = si->place;
	ev->place_start = si->place_start;
	ev->place_end = si->place_end;
	ev->geo_precision = (uint8_t)(si->place_rank >= 5 ? 1 : si->place_rank >= 2 ? 2 : 3);
}

/*
 * A sentence right after an event, in its paragraph, without a cue of its
 * own, adds detail to it: its date, its place, who took part or did not
 * ("بينما لم تشارك أي قوات روسية").
 */
static int add_detail(struct rasdp_ctx *c, uint32_t s)
{
	struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	struct rasd_event *cur = c->cur;

	if (!cur || s - cur->sent_last > 2 || d->sents[s].para != d->sents[cur->sent_last].para)
		return 0;
	if (cur->place < 0 && si->place >= 0)
		take_place(cur, si);
	if (si->date >= 0 && (cur->date_idx < 0 || d->dates[si->date].precision < cur->precision))
		event_date(d, cur, si->date);
	return rasdp_sentence_actors(c, cur, si, s, NULL, 0);
}

/*
 * A sentence with no place or date of its own that restates an earlier
 * event's figure, actors and kind goes back to it ("TASS said 20 were
 * killed" after a digression on another attack): that event, or the
 * current one.
 */
static struct rasd_event *echo_back(const struct rasdp_ctx *c, const struct rasdp_sent *si,
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
 * Does sentence `s` go on with event `cur`: a place inside its place, a
 * date within a day of its date, and the same kind of violence unless
 * either cue is weak; a sentence without place or date soon after it
 * ("during the clashes") goes on whatever its cue.
 */
static int continues_event(const struct rasdp_ctx *c, const struct rasd_event *cur, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_date *sd = si->date >= 0 ? &d->dates[si->date] : NULL;
	const struct rasd_trigger *nt =
		si->trig >= 0 ? rasdp_lex_trigger(c->lx, (size_t)si->trig) : NULL;
	int same_place = rasdp_same_or_inside(c->lx, cur->place, si->place);
	int same_date = !sd || cur->date_idx < 0 ||
		(sd->date.y == cur->date.y && sd->date.m == cur->date.m &&
		 (sd->precision != RASD_PREC_DAY || cur->precision != RASD_PREC_DAY ||
		  abs(sd->date.d - cur->date.d) <= 1));
	int same_type = !nt || !cur->event_type || !strcmp(nt->event_type, cur->event_type) ||
		nt->weight < 5 || cur->trigger_weight < 5;

	if (si->place < 0 && si->date < 0 && s - cur->sent_last <= 3)
		same_type = 1;
	return same_place && same_date && same_type;
}

/* Sentence `s` with figures `figs` tells of `ev`: its cue, place, date, figures, actors. */
static int fill_event(struct rasdp_ctx *c, struct rasd_event *ev, uint32_t s,
		      const struct rasd_claim *figs, size_t nfig)
{
	struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	size_t i;
	int rc;

	ev->sent_last = s;
	if (add_evidence(d, ev, s))
		return RASD_ENOMEM;
	if (si->trig >= 0)
		vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
	if (si->place >= 0 &&
	    (ev->place < 0 ||
	     si->place_rank > rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)ev->place))))
		take_place(ev, si);
	if (si->date >= 0)
		event_date(d, ev, si->date);
	for (i = 0; i < nfig; i++) {
		rc = add_claim(d, ev, &figs[i]);
		if (rc)
			return rc;
	}
	return rasdp_sentence_actors(c, ev, si, s, figs, nfig);
}

/*
 * Frame sentence `s`, whose figures are `figs`: a sentence with a trigger
 * or a figure goes on with the current event (c->cur) or opens a new one;
 * one without adds detail; the headline's figures wait for the end.
 */
int rasdp_frame_sentence(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
			 size_t nfig)
{
	struct rasd_doc *d = c->d;
	struct rasdp_sent *si = &c->si[s];

	si->is_event = si->trig >= 0 || nfig > 0;
	if (!si->is_event)
		return add_detail(c, s);
	/* The headline restates the body: its figures are weighed at the end. */
	if (si->headline && s + 1 < d->nsents) {
		memcpy(c->head_figs, figs, nfig * sizeof(*figs));
		c->nhead = nfig;
		return 0;
	}
	if (c->cur && si->place < 0 && si->date < 0 && nfig > 0)
		c->cur = echo_back(c, si, figs, nfig);
	/*
	 * "هذا الانفجار الذي يأتي بعد ... الانتصار في درعا", "this attack
	 * comes after ...": the event spoken of is the current one, and a
	 * place in the sentence is of something else.
	 */
	if (c->cur && si->anaphor && si->date < 0)
		si->place = -1;
	if (c->cur && !continues_event(c, c->cur, s))
		c->cur = NULL;
	if (!c->cur) {
		if (d->nevents >= RASDP_MAX_EVENTS)
			return 0;
		c->cur = new_event(d);
		if (!c->cur)
			return RASD_ENOMEM;
		c->cur->sent_first = s;
	}
	return fill_event(c, c->cur, s, figs, nfig);
}

/*
 * Headline figures: dropped when the body reports the same figure, else
 * they belong to the first event (or make one of their own).
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
				if (d->events[k].claims[j].kind == c->head_figs[i].kind &&
				    d->events[k].claims[j].value == c->head_figs[i].value)
					restated = 1;
		if (restated)
			continue;
		if (!d->nevents) {
			struct rasd_event *ev = new_event(d);

			if (!ev)
				return RASD_ENOMEM;
			if (si->trig >= 0)
				vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
			if (si->place >= 0)
				take_place(ev, si);
			if (si->date >= 0)
				event_date(d, ev, si->date);
			if (add_evidence(d, ev, 0))
				return RASD_ENOMEM;
		}
		if (add_claim(d, &d->events[0], &c->head_figs[i]))
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
		take_place(ev, si);
	if (!ev->event_type && si->trig >= 0)
		vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
	return 0;
}

/*
 * An event must have a figure, or a strong type cue and a place (a cue
 * stronger still without one): background mentions of "the campaign" or
 * "control" are not events.
 */
void rasdp_drop_weak_events(struct rasd_doc *d)
{
	size_t i, w = 0;

	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];

		if (!ev->nclaims && (!ev->event_type || ev->trigger_weight < MIN_EVENT_WEIGHT ||
				     (ev->place < 0 && ev->trigger_weight < MIN_EVENT_WEIGHT + 1)))
			continue;
		if (w != i)
			d->events[w] = *ev;
		w++;
	}
	d->nevents = w;
}
