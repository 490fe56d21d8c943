/*
 * framing.c - sentences framed into events, read as an analyst reads a
 * report: a sentence with a trigger (triggers.tsv, counted) or a figure
 * tells of an event; it goes on with the current event or opens a new one.
 *
 * Whether it goes on with the current event is the scored decision
 * `merge` (merging.c, data/models/merge.tsv), whose hand weights are the
 * rule: it goes on when its place agrees (the same, or one inside the
 * other; a city named like its governorate, "مدينة إدلب", holds none of
 * the governorate's other towns: merging.c), its date is within a day,
 * and its kind of violence is the same (a weak cue, weight under 5,
 * agrees with any); otherwise it opens a new event.  A sentence
 * without a place or date of its own that restates an earlier event's
 * figures and actors goes back to that event (merging.c); one with neither
 * trigger nor figure adds its place, date and participants to the event
 * just told, within its paragraph.  A sentence of several places is one
 * event per place (waves.c, sites.c).  The building blocks of an event (its
 * evidence, figures, actors and participants, each once) are here too.
 *
 * The stages around this one: which sentences recall another time and so
 * frame nothing (background.c), the date of a sentence and of an event
 * (event_dates.c), which cues count and what kind of event each is
 * (event_type.c), frames of one event merged and the headline weighed
 * (merging.c), the final filter (event_filter.c).
 */
#include <stdlib.h>
#include <string.h>

#include "extract/attribution_int.h"
#include "extract/figures_int.h"
#include "extract/framing_int.h"

#include "base/banned.h"

/* How many words either side of a place's name its kind noun may stand ("Jenin refugee camp"). */
#define KIND_REACH 3

/* A new, empty event at the end of d->events (the array may move). */
struct rasd_event *rasdp_new_event(struct rasd_doc *d)
{
	struct rasd_event *ev = RASD_ARENA_PUSH(&d->arena, d->events, d->nevents, d->events_alloc);

	if (!ev)
		return NULL;
	ev->date_idx = -1;
	ev->said_idx = -1;
	ev->place = -1;
	ev->frame = -1;
	return ev;
}

/* Sentence `sent` tells of `ev`. */
int rasdp_add_evidence(struct rasd_doc *d, struct rasd_event *ev, uint32_t sent)
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

/*
 * The first token of the sentence of claim `cl` starting at byte `b` or
 * after it (the sentence's end when none).
 */
static uint32_t tok_at(const struct rasd_doc *d, const struct rasd_claim *cl, uint32_t b)
{
	uint32_t t = d->sents[cl->sent].tok_start;

	while (t < d->sents[cl->sent].tok_end && d->toks[t].start < b)
		t++;
	return t;
}

/* Is some word of the span of claim `cl` the word at token `t`? */
static int span_has_word(const struct rasd_doc *d, const struct rasd_claim *cl, uint32_t t)
{
	uint32_t u;

	for (u = tok_at(d, cl, cl->start); u < d->sents[cl->sent].tok_end && d->toks[u].end <= cl->end; u++)
		if (d->toks[u].kind == RASD_TOK_WORD && rasdp_same_word(d, u, t))
			return 1;
	return 0;
}

/* Is every word of the span of claim `a` a word of the span of `b`? */
static int span_words_within(const struct rasd_doc *d, const struct rasd_claim *a,
			     const struct rasd_claim *b)
{
	uint32_t t;

	for (t = tok_at(d, a, a->start); t < d->sents[a->sent].tok_end && d->toks[t].end <= a->end; t++)
		if (d->toks[t].kind == RASD_TOK_WORD && !span_has_word(d, b, t))
			return 0;
	return 1;
}

/*
 * Are the count `a` and the later count `b` of one sentence one person: the
 * same phrase ("جندي أمريكي واحد"), or not joined by و/and as a second one
 * ("رجل ... وآخر", "a man ... and another")?
 */
static int one_phrase(const struct rasd_doc *d, const struct rasd_claim *a,
		      const struct rasd_claim *b)
{
	uint32_t t = tok_at(d, a, a->end), tb = tok_at(d, b, b->start);

	if (tb <= t)
		return 1;
	return !rasdp_conj_before(d, tb, rasdp_number_at(d, tb));
}

/*
 * Does `b` say again the count `a` gave?  A number said twice is one
 * figure; a count of one person is the same person only when the words
 * naming it are (one within the other: "جندي" and "جندي أمريكي", or the
 * noun and its "واحد" side by side), not a second person of the group
 * ("إصابة خطيرة ... وإصابة طفيفة", "a man ... and another").  Counts
 * whose first words differ ("قيادي", then his name) stay one, as before.
 */
static int same_count(const struct rasd_doc *d, const struct rasd_claim *a,
		      const struct rasd_claim *b)
{
	uint32_t ta, tb;

	if (a->value != 1 || b->value != 1 || a->sent >= d->nsents || b->sent >= d->nsents)
		return 1;
	if (a->sent == b->sent)
		return one_phrase(d, a->start <= b->start ? a : b, a->start <= b->start ? b : a);
	ta = tok_at(d, a, a->start);
	tb = tok_at(d, b, b->start);
	if (ta >= d->sents[a->sent].tok_end || tb >= d->sents[b->sent].tok_end ||
	    !rasdp_same_word(d, ta, tb))
		return 1;
	return span_words_within(d, a, b) || span_words_within(d, b, a);
}

/* Add figure `cl` to `ev`. */
int rasdp_add_claim(struct rasd_doc *d, struct rasd_event *ev, const struct rasd_claim *cl)
{
	struct rasd_claim *slot;
	size_t i;

	if (ev->nclaims >= RASDP_MAX_EVENT_CLAIMS)
		return 0;
	/*
	 * One source restating one figure of one group counts once ("3 نساء
	 * ... و3 رجال" are two figures).
	 */
	for (i = 0; i < ev->nclaims; i++) {
		const struct rasd_claim *o = &ev->claims[i];

		if (o->kind == cl->kind && o->value == cl->value && o->qualifier == cl->qualifier &&
		    o->denied == cl->denied && rasdp_same_voice(&o->src, &cl->src) &&
		    (!o->who || !cl->who || !strcmp(o->who, cl->who)) && same_count(d, o, cl))
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
		    rasdp_same_voice(&o->src, &p->src))
			return 0;
	}
	slot = RASD_ARENA_PUSH(&d->arena, ev->parts, ev->nparts, ev->parts_alloc);
	if (!slot)
		return RASD_ENOMEM;
	*slot = *p;
	return 0;
}

/* `ev` takes the place of sentence `si`, at ACLED geo-precision from its rank. */
void rasdp_take_place(struct rasd_event *ev, const struct rasdp_sent *si)
{
	ev->place = si->place;
	ev->place_start = si->place_start;
	ev->place_end = si->place_end;
	ev->geo_precision = (uint8_t)(si->place_rank >= 5 ? 1 : si->place_rank >= 2 ? 2 : 3);
}

/*
 * Is place `p` of another country than the place the headline is read at
 * ("Strikes kill 6 in Saraqib" ... "Aid groups in Istanbul appealed for
 * help": the city abroad is where others are, not the event's place)?
 */
static int abroad_of_headline(const struct rasdp_ctx *c, int32_t p)
{
	const struct rasdp_sent *h = &c->si[0];

	return c->d->nsents > 1 && h->headline && h->place >= 0 &&
	       strcmp(rasdp_lex_place(c->lx, (size_t)h->place)->country,
		      rasdp_lex_place(c->lx, (size_t)p)->country) != 0;
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
	if (cur->place < 0 && si->place >= 0 && !abroad_of_headline(c, si->place))
		rasdp_take_place(cur, si);
	if (si->date >= 0 && (cur->date_idx < 0 || d->dates[si->date].precision < cur->precision))
		rasdp_event_date(d, cur, si->date);
	return rasdp_sentence_actors(c, cur, si, s, NULL, 0);
}

/* Does sentence `si` name an actor? */
static int names_actor(const struct rasdp_ctx *c, const struct rasdp_sent *si)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++)
		if (c->d->matches[i].kind == RASD_LEX_ACTOR)
			return 1;
	return 0;
}

/* Is date `sd` of a sentence (or none) within a day of event `ev`'s date (or has it none)? */
static int date_agrees(const struct rasd_event *ev, const struct rasd_date *sd)
{
	return !sd || ev->date_idx < 0 ||
		(sd->date.y == ev->date.y && sd->date.m == ev->date.m &&
		 (sd->precision != RASD_PREC_DAY || ev->precision != RASD_PREC_DAY ||
		  abs(sd->date.d - ev->date.d) <= 1));
}

/* The first token of the document that ends after byte `b`. */
static uint32_t tok_of_byte(const struct rasd_doc *d, uint32_t b)
{
	uint32_t lo = 0, hi = (uint32_t)d->ntoks;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (d->toks[mid].end <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

uint32_t rasdp_kind_noun(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t;

	if (c->si[s].place >= 0)
		return UINT32_MAX;
	for (t = st->tok_start; t < st->tok_end; t++) {
		int def;

		/* "the area", "المنطقة" (also a word that links a list to its area) is too wide */
		if (!rasdp_cue(d, t, RASD_CUE_LOCATIVE) || rasdp_cue(d, t, RASD_CUE_LIST_LINK))
			continue;
		if (d->toks[t].flags & RASD_TOKF_LATIN)
			def = (t > st->tok_start && rasdp_cue(d, t - 1, RASD_CUE_ARTICLE)) ||
			      (t > st->tok_start + 1 && rasdp_cue(d, t - 2, RASD_CUE_ARTICLE) &&
			       !rasdp_is_punct(d, t - 1));
		else
			def = rasdp_definite(d, t);
		/* "the town of ...": a name follows, the noun does not point back */
		if (def && !(t + 1 < st->tok_end && rasdp_cue(d, t + 1, RASD_CUE_LIST_LINK) &&
			     rasdp_cue(d, t + 1, RASD_CUE_PART_PREP)))
			return t;
	}
	return UINT32_MAX;
}

int rasdp_kind_of_place(const struct rasd_doc *d, const struct rasd_event *ev, uint32_t t)
{
	uint32_t a, b, lo, hi, k;

	if (ev->place < 0 || ev->place_end <= ev->place_start || t >= d->ntoks)
		return 0;
	a = tok_of_byte(d, ev->place_start);
	b = tok_of_byte(d, ev->place_end - 1) + 1;
	if (a >= d->ntoks || b > d->ntoks)
		return 0;
	lo = d->sents[d->toks[a].sent].tok_start;
	hi = d->sents[d->toks[a].sent].tok_end;
	lo = a > lo + KIND_REACH ? a - KIND_REACH : lo;
	hi = b + KIND_REACH < hi ? b + KIND_REACH : hi;
	for (k = lo; k < hi; k++)
		if (k != t && rasdp_cue(d, k, RASD_CUE_LOCATIVE) && rasdp_same_word(d, k, t))
			return 1;
	return 0;
}

/*
 * Sentence `s`, of no place of its own, names one by a definite noun of a
 * place's kind ("struck the camp", "اقتحموا المخيم"): the event it points
 * back to is the latest whose place the report named with that noun
 * ("Jenin refugee camp", "مخيم جنين"), its date agreeing and a toll of
 * its own one the event counts (another is another happening's), when the
 * current event's place is not and lies apart from it (or it has none).
 * The merge decision then weighs it (merging.c, kind_back).  That event,
 * or c->cur.
 */
/* Does event `ev` count a figure of the kind and value of one of `figs`? */
static int restates_one(const struct rasd_event *ev, const struct rasd_claim *figs, size_t nfig)
{
	size_t i, k;

	for (i = 0; i < nfig; i++)
		for (k = 0; k < ev->nclaims; k++)
			if (ev->claims[k].kind == figs[i].kind && ev->claims[k].value == figs[i].value)
				return 1;
	return 0;
}

static struct rasd_event *kind_back(const struct rasdp_ctx *c, uint32_t s,
				    const struct rasd_claim *figs, size_t nfig)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	uint32_t t = rasdp_kind_noun(c, s);
	size_t i;

	if (t == UINT32_MAX || rasdp_kind_of_place(d, c->cur, t))
		return c->cur;
	for (i = d->nevents; i > 0 && d->nevents - i < RASDP_ECHO_REACH; i--) {
		struct rasd_event *ev = &d->events[i - 1];

		if (ev != c->cur &&
		    (c->cur->place < 0 || rasdp_places_apart(c->lx, ev->place, c->cur->place)) &&
		    rasdp_kind_of_place(d, ev, t) &&
		    (si->date < 0 || (ev->date_idx >= 0 && date_agrees(ev, &d->dates[si->date]))) &&
		    (!nfig || restates_one(ev, figs, nfig)))
			return ev;
	}
	return c->cur;
}

/*
 * Does sentence `s`, with figures `figs`, go on with event `cur` (the
 * merge decision, merging.c)?  Today's rule, its features: a place inside
 * its place, a date within a day of its date, and the same kind of
 * violence unless either cue is weak; a sentence without place or date
 * soon after it ("during the clashes"), or with no place and a date that
 * is one night with the event's ("at dawn today ... last night"), goes on
 * whatever its cue.
 */
static int continues_event(const struct rasdp_ctx *c, const struct rasd_event *cur, uint32_t s,
			   const struct rasd_claim *figs, size_t nfig, int back)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_date *sd = si->date >= 0 ? &d->dates[si->date] : NULL;
	const struct rasd_trigger *nt =
		si->trig >= 0 ? rasdp_lex_trigger(c->lx, (size_t)si->trig) : NULL;
	int same_date = date_agrees(cur, sd);
	int same_type = !nt || !cur->event_type || rasdp_same_label(nt->event_type, cur->event_type) ||
		nt->weight < 5 || cur->trigger_weight < 5;
	struct rasdp_merge_rule r;
	struct rasdp_later b;

	memset(&b, 0, sizeof(b));
	b.place = si->place;
	b.date = sd ? &sd->date : NULL;
	b.precision = sd ? sd->precision : 0;
	b.type = nt ? nt->event_type : NULL;
	b.weight = nt ? nt->weight : 0;
	b.figs = figs;
	b.nfig = nfig;
	b.actors = names_actor(c, si);
	b.sents = &s;
	b.nsents = 1;
	b.kind_back = back;
	if (si->place < 0 && (si->date < 0 || rasdp_one_night(c, cur, &b)) &&
	    s - cur->sent_last <= 3)
		same_type = 1;
	memset(&r, 0, sizeof(r));
	r.place_apart = (uint8_t)rasdp_places_apart(c->lx, cur->place, si->place);
	r.date_apart = !same_date;
	r.type_clash = !same_type;
	return rasdp_one_event(c, cur, &b, &r);
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
	if (rasdp_add_evidence(d, ev, s))
		return RASD_ENOMEM;
	if (si->trig >= 0)
		rasdp_vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
	if (si->place >= 0 &&
	    (ev->place < 0 ||
	     si->place_rank > rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)ev->place))))
		rasdp_take_place(ev, si);
	if (si->date >= 0)
		rasdp_event_date(d, ev, si->date);
	else if (ev->said_idx < 0)
		ev->said_idx = rasdp_statement_date(d, &d->sents[s], si);
	for (i = 0; i < nfig; i++) {
		rc = rasdp_add_claim(d, ev, &figs[i]);
		if (rc)
			return rc;
	}
	return rasdp_sentence_actors(c, ev, si, s, figs, nfig);
}

/*
 * Frame sentence `s` (as c->si[s] reads it), whose figures are `figs`: it
 * goes on with the current event (c->cur) or opens a new one.
 */
int rasdp_frame_site(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs, size_t nfig)
{
	struct rasd_doc *d = c->d;
	struct rasdp_sent *si = &c->si[s];
	int rc, went_back = 0;

	if (c->cur && si->place < 0 && si->date < 0 && nfig > 0)
		c->cur = rasdp_echo_back(c, si, figs, nfig);
	if (c->cur && si->place < 0) {
		struct rasd_event *back = kind_back(c, s, figs, nfig);

		went_back = back != c->cur;
		c->cur = back;
	}
	/*
	 * "هذا الانفجار الذي يأتي بعد ... الانتصار في درعا", "this attack
	 * comes after ...": the event spoken of is the current one, and a
	 * place in the sentence is of something else.
	 */
	if (c->cur && si->anaphor && si->date < 0)
		si->place = -1;
	if (c->cur && !continues_event(c, c->cur, s, figs, nfig, went_back))
		c->cur = NULL;
	if (!c->cur) {
		if (d->nevents >= RASDP_MAX_EVENTS)
			return 0;
		c->cur = rasdp_new_event(d);
		if (!c->cur)
			return RASD_ENOMEM;
		c->cur->sent_first = s;
	}
	rc = fill_event(c, c->cur, s, figs, nfig);
	return rc ? rc : rasdp_wave_events(c, s, figs, nfig);
}

/*
 * Does sentence `si` tell of violence: an event cue no negator reaches
 * (dated to another time or not: "a bombing in 2017 killed 30")?
 */
static int tells_of_violence(const struct rasdp_ctx *c, const struct rasdp_sent *si)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &c->d->matches[i];

		if (m->kind == RASD_LEX_TRIGGER && !rasdp_negated(c, si, m->tok_start))
			return 1;
	}
	return 0;
}

/*
 * A year that dates sentence `s` ("In 2019, a car bomb ..."): a current
 * event is never dated by a year alone (event_dates.c), a past happening
 * recalled often is.  The index into d->dates, or -1.
 */
static int32_t year_of(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	size_t i;

	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start >= st->tok_start && t->tok_end <= st->tok_end && t->date.y &&
		    t->precision == RASD_PREC_YEAR &&
		    !rasdp_said_date(d, &c->si[s], t))
			return (int32_t)i;
	}
	return -1;
}

/*
 * Background sentence `s` with figures `figs` recalls a past happening
 * with its own toll ("last month's bombing killed 12", "وكان تفجير في
 * آذار 2017 قد أسفر عن مقتل 30"): it makes an event of its own, kept apart
 * in c->past (never the report's current event, never merged with one),
 * with the sentence's own date (a year too) and place and its cues' kind.  The
 * background sentence right after it, of no other place or day, goes on
 * with it.  A line of a list of other stories, the headline, or a
 * sentence telling of no violence makes none.
 */
int rasdp_frame_past(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs, size_t nfig)
{
	struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	struct rasd_event *ev = c->npast ? &c->past[c->npast - 1] : NULL;
	size_t i;

	if (!nfig || si->teaser || si->headline || !tells_of_violence(c, si))
		return 0;
	if (!ev || s - ev->sent_last > 1 || !continues_event(c, ev, s, figs, nfig, 0)) {
		if (c->npast >= RASDP_MAX_EVENTS)
			return 0;
		ev = RASD_ARENA_PUSH(&d->arena, c->past, c->npast, c->past_alloc);
		if (!ev)
			return RASD_ENOMEM;
		ev->date_idx = ev->said_idx = ev->place = ev->frame = -1;
		ev->sent_first = s;
		ev->background = 1;
	}
	if (si->date < 0 && year_of(c, s) >= 0)
		rasdp_event_date(d, ev, year_of(c, s));
	/* its cues are dated apart and so count for no current event: they vote here */
	for (i = si->m_first; i < si->m_last; i++)
		if (d->matches[i].kind == RASD_LEX_TRIGGER && !rasdp_negated(c, si, d->matches[i].tok_start))
			rasdp_vote_trigger(ev, rasdp_lex_trigger(c->lx, d->matches[i].entry));
	return fill_event(c, ev, s, figs, nfig);
}

int rasdp_add_past_events(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = 0; i < c->npast && d->nevents < RASDP_MAX_EVENTS; i++) {
		struct rasd_event *ev = RASD_ARENA_PUSH(&d->arena, d->events, d->nevents,
							d->events_alloc);

		if (!ev)
			return RASD_ENOMEM;
		*ev = c->past[i];
	}
	return 0;
}

/*
 * Frame sentence `s`, whose figures are `figs`: a sentence with a trigger
 * or a figure goes on with the current event (c->cur) or opens a new one,
 * and each clause of it that tells of an event at another place opens one
 * of its own (rasdp_frame_clauses()); a sentence without adds detail; the
 * headline's figures wait for the end.
 */
int rasdp_frame_sentence(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
			 size_t nfig)
{
	struct rasd_doc *d = c->d;
	struct rasdp_sent *si = &c->si[s];

	/* a sentence of another time tells nothing of this report's events */
	if (si->background)
		return rasdp_frame_past(c, s, figs, nfig);
	si->is_event = si->trig >= 0 || nfig > 0;
	if (!si->is_event)
		return add_detail(c, s);
	/* The headline restates the body: its figures are weighed at the end. */
	if (si->headline && s + 1 < d->nsents) {
		memcpy(c->head_figs, figs, nfig * sizeof(*figs));
		c->nhead = nfig;
		return 0;
	}
	return rasdp_frame_clauses(c, s, figs, nfig);
}
