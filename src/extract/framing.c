/*
 * framing.c - sentences framed into events, read as an analyst reads a
 * report: which sentences tell of the report's events at all, the event
 * each tells of, what kind of event it is, merging, the headline, and the
 * final filter.
 *
 * First the report as a whole: its lead (the first sentence with a cue or
 * a casualty word after the headline or a title line) and the day it tells
 * of (the lead's date, else the publication day); then which sentences
 * recall another time (a scored decision, `background`): dated days before
 * that day ("In 2019 a car bomb ...", "في نيسان الماضي"), opened by a
 * phrase of recall or a teaser of another story ("يذكر أن", "اقرأ أيضا").
 * They give the report no event, figure, date or place; a cue dated so
 * ("last year's port explosion") frames nothing.  A dateline ("DAMASCUS
 * (Reuters) –") names where the report was filed, not the event's place.
 *
 * A sentence with a trigger (triggers.tsv, counted) or a figure tells of
 * an event.  It goes on with the current event when its place agrees (the
 * same, or one inside the other; a city named like its governorate, "مدينة
 * إدلب", holds none of the governorate's other towns), its date is within
 * a day, and its kind of violence is the same (a weak cue, weight under 5,
 * agrees with any); otherwise it opens a new event.  A cue does not count
 * when a negator reaches it, a date of another time qualifies it, it acts
 * on a cause of harm that is no violence ("السيطرة على وباء الكوليرا"), or
 * its clause tells of what only was feared or called for ("warned of a
 * possible massacre": negation.tsv `background`).  A sentence without a place or date of
 * its own that restates an earlier event's figures and actors goes back to
 * that event; one with neither trigger nor figure adds its place, date and
 * participants to the event just told, within its paragraph.  A wave of
 * strikes on listed places is one event per place, the toll with the first
 * ("قصفت بلدتي طفس وداعل ومدينة جاسم", "in Tafas and the towns of Jasim
 * and Nawa"); a place holding others of the list only locates them, and a
 * place of the wave stands with the first even when its cue alone is weak.
 * A clause of a sentence that tells of an event at another place, with a
 * figure or a cue of its own ("قتل ثلاثة في جاسم، كما قتل خمسة بغارة على
 * سراقب", "..., while an air strike on Saraqib killed 5"), is an event of
 * its own; the sentence's first event stays the current one.
 *
 * While framing, an event's kind is the one its cues point to most, each
 * cue voting with its weight squared, violence above strategic
 * developments; once every frame is merged, the scored decision `frame`
 * chooses its type and sub-type among the readings its cues propose, or
 * finds no violent event (deaths told with an earthquake, a flood, an
 * epidemic).  Its date is the most precise one of its sentences, not a
 * statement's ("the ministry said on Tuesday that": such an event gets the
 * week up to the statement).  Later frames that tell of an earlier event
 * (a report comes back to it after a digression) are merged into it.  The
 * headline's figures count only where the body does not restate them.
 * Finally, an event needs a figure, or a strong cue (MIN_EVENT_WEIGHT) and
 * a place: background mentions of "the campaign" are no events.
 */
#include <stdlib.h>
#include <string.h>

#include "extract/engine.h"
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
	ev->said_idx = -1;
	ev->place = -1;
	ev->frame = -1;
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

/* Add figure `cl` to `ev`. */
static int add_claim(struct rasd_doc *d, struct rasd_event *ev, const struct rasd_claim *cl)
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
		    (!o->who || !cl->who || !strcmp(o->who, cl->who)))
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
 * sentence, with no casualty word or event cue between them, and not
 * opening a clause of when something happened ("نفوا وجود الخلايا حتى 14
 * تشرين الأول، عندما انطلقت عمليات عسكرية": cues.tsv `when`)?
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
	if (after_speech) {
		uint32_t u = t->tok_end;

		if (u < d->ntoks && rasdp_tok_is_punct(d, u, ','))
			u++;
		if (u < d->ntoks && rasdp_cue(d, u, RASD_CUE_WHEN))
			return 0;
	}
	return after_speech;
}

/*
 * Does sentence `st` carry an embedded post ("— Gaza Press (@Gazapres)
 * February 26, 2023"): a handle, '@' and a word?  Its date is the post's,
 * not the event's (gold/GUIDE.md, "Dates").
 */
static int embedded_post(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t;

	for (t = st->tok_start; t + 1 < st->tok_end; t++)
		if (rasdp_tok_is_punct(d, t, '@') && d->toks[t + 1].kind == RASD_TOK_WORD &&
		    d->toks[t + 1].start == d->toks[t].end)
			return 1;
	return 0;
}

/* Day of the week of `y`, 1 Monday ... 7 Sunday. */
static int weekday_of(const struct rasd_ymd *y)
{
	int64_t r = (rasdp_days_from_ymd(y->y, y->m, y->d) + 3) % 7;   /* 1970-01-01: Thursday */

	return (int)(r < 0 ? r + 7 : r) + 1;
}

/*
 * The date of sentence `s`: its most precise resolved date that does not
 * just date a statement ("the ministry said on Tuesday that ...",
 * "أعلنت الوزارة، الخميس، أن ..."): a day next to a reporting verb dates
 * what was said, not what happened (gold/GUIDE.md, "Dates").  A year
 * ("in 2017") dates no event, nor a date that contradicts itself ("Saturday
 * 4 January 2002", a Friday), nor the date of an embedded post.
 */
int32_t rasdp_sentence_date(const struct rasd_doc *d, const struct rasd_sentence *st,
			    const struct rasdp_sent *s)
{
	int32_t best = -1;
	size_t i;

	if (embedded_post(d, st))
		return -1;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || !t->date.y)
			continue;
		if (t->precision == RASD_PREC_YEAR)
			continue;
		if (t->precision == RASD_PREC_DAY && t->weekday && weekday_of(&t->date) != t->weekday)
			continue;
		if (s->speech && reporting_date(d, s, t))
			continue;
		if (best < 0 || t->precision < d->dates[best].precision)
			best = (int32_t)i;
	}
	return best;
}

/* ---- datelines ------------------------------------------------------- */

/* At most this many tokens from a sentence's start to its dateline's dash. */
#define DATELINE_TOKS 16

/*
 * The end of the dateline opening sentence `si` ("DAMASCUS (Reuters) –",
 * "ERBIL, Kurdistan Region –", "JEDDAH:", "دمشق - سانا"): a place first
 * (after at most the line's date, an outlet's name and a comma), then at most a country
 * after a comma and a parenthesised outlet, then a dash or a colon.  The
 * token after the dash, or 0 when the sentence has no dateline.
 */
static uint32_t dateline_end(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			     const struct rasd_sentence *st)
{
	const struct rasd_doc *d = c->d;
	uint32_t t, place_end = 0, open = st->tok_start;
	size_t i;
	int paren = 0;

	/* the line's date and a word before it ("date 2020-10-26 BEIRUT –") */
	if (open + 1 < st->tok_end && !rasdp_in_date(d, open) && rasdp_in_date(d, open + 1))
		open++;
	while (open < st->tok_end && rasdp_in_date(d, open))
		open++;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind != RASD_LEX_PLACE)
			continue;
		/* the place opens the line, or follows "Outlet," */
		if (m->tok_start == open ||
		    (m->tok_start <= open + 3 && m->tok_start > open &&
		     rasdp_tok_is_punct(d, m->tok_start - 1, ',')))
			place_end = m->tok_end;
		break;
	}
	if (!place_end)
		return 0;
	for (t = place_end; t < st->tok_end && t < open + DATELINE_TOKS; t++) {
		if (rasdp_tok_is_punct(d, t, '('))
			paren = 1;
		else if (rasdp_tok_is_punct(d, t, ')'))
			paren = 0;
		else if (!paren && (rasdp_tok_is_punct(d, t, '-') || rasdp_tok_is_punct(d, t, ':')))
			return t + 1 < st->tok_end ? t + 1 : 0;
		else if (!paren && rasdp_is_break(d, t) && !rasdp_tok_is_punct(d, t, ','))
			return 0;
	}
	return 0;
}

void rasdp_dateline_place(const struct rasdp_ctx *c, struct rasdp_sent *si, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	uint32_t end = dateline_end(c, si, &d->sents[s]);
	struct rasdp_sent rest;

	if (!end || si->place < 0 || si->place_start >= d->toks[end].start)
		return;
	/* the place of the sentence after its dateline */
	rest = *si;
	while (rest.m_first < rest.m_last && d->matches[rest.m_first].tok_start < end)
		rest.m_first++;
	rasdp_sentence_place(c, &rest);
	si->place = rest.place;
	si->place_rank = rest.place_rank;
	si->place_start = rest.place_start;
	si->place_end = rest.place_end;
}

static int64_t day_of(const struct rasd_ymd *y)
{
	return rasdp_days_from_ymd(y->y, y->m, y->d);
}

/*
 * The day sentence `s` dates a statement by ("the ministry said on Tuesday
 * that ..."): the first day-precise date beside a reporting verb, or -1.
 */
static int32_t statement_date(const struct rasd_doc *d, const struct rasd_sentence *st,
			      const struct rasdp_sent *s)
{
	size_t i;

	if (!s->speech || embedded_post(d, st))
		return -1;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start >= st->tok_start && t->tok_end <= st->tok_end && t->date.y &&
		    t->precision == RASD_PREC_DAY && reporting_date(d, s, t))
			return (int32_t)i;
	}
	return -1;
}

/*
 * An event no sentence dates, told by a statement of a known day, happened
 * that day or in the days before: the week up to it (no day is fixed, as
 * gold/GUIDE.md rules, but the event is no timeless one either).
 */
static void date_by_statement(struct rasd_doc *d, struct rasd_event *ev)
{
	const struct rasd_date *t;
	int64_t last;

	if (ev->date_idx >= 0 || ev->said_idx < 0)
		return;
	t = &d->dates[ev->said_idx];
	last = day_of(&t->date);
	rasdp_ymd_from_days(last - 6, &ev->date);
	ev->last = t->date;
	ev->precision = RASD_PREC_WEEK;
	ev->date_idx = ev->said_idx;
}

/* ---- background: what the report recalls of another time ------------ */

/*
 * More days than this before the day told of, a date recalls another
 * time; a day more when that day is only the publication day (a report may
 * come a day or more after its event).
 */
#define BACKGROUND_DAYS 3
#define BACKGROUND_DAYS_PUBLISHED 4

/* Does sentence `si` have a casualty word? */
static int has_casualty(const struct rasd_doc *d, const struct rasdp_sent *si)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++)
		if (d->matches[i].kind == RASD_LEX_CASUALTY)
			return 1;
	return 0;
}

/*
 * Is sentence `s` a title line: the text's first, ending without a full
 * stop (a headline given in the text rather than as the title)?
 */
static int title_line(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t last = st->tok_end - 1;

	return s == 0 && st->tok_end > st->tok_start && s + 1 < d->nsents &&
	       !(d->toks[last].flags & RASD_TOKF_SENT_END) && !rasdp_tok_is_punct(d, last, '.');
}

/* The first resolved date of sentence `s` not dating a statement, or NULL. */
static const struct rasd_date *first_date(const struct rasd_doc *d, const struct rasdp_sent *si,
					  const struct rasd_sentence *st)
{
	size_t i;

	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start >= st->tok_start && t->tok_end <= st->tok_end && t->date.y &&
		    !(si->speech && reporting_date(d, si, t)))
			return t;
	}
	return NULL;
}

/*
 * The report's lead, the first sentence with an event cue or a casualty
 * word after the headline or a title line (c->lead, or -1), and the day it tells of
 * (c->ref_day): the start of the lead's own date ("في تموز 2005 ..." is a
 * report of July 2005), else the day the report was published, else the
 * first day given with a cue or a casualty word.  0 when no day is known.
 */
static int reference_day(struct rasdp_ctx *c, int64_t *day)
{
	const struct rasd_doc *d = c->d;
	uint32_t s;

	c->lead = -1;
	c->ref_published = 0;
	for (s = 0; s < d->nsents; s++) {
		const struct rasdp_sent *si = &c->si[s];
		const struct rasd_date *t;

		if (!(si->trig >= 0 || has_casualty(d, si)) ||
		    ((si->headline || title_line(d, s)) && d->nsents > 1))
			continue;
		if (c->lead < 0) {
			c->lead = (int32_t)s;
			t = si->date >= 0 ? &d->dates[si->date] : first_date(d, si, &d->sents[s]);
			if (t) {
				*day = day_of(&t->date);
				return 1;
			}
			/* an undated lead: the report is of the days it was published */
			if (d->published.y)
				break;
		} else if (si->date >= 0 && d->dates[si->date].precision == RASD_PREC_DAY) {
			*day = day_of(&d->dates[si->date].date);
			return 1;
		}
	}
	if (!d->published.y)
		return 0;
	*day = day_of(&d->published);
	c->ref_published = 1;
	return 1;
}

/*
 * Does date `t` belong to another time than the day told of: a day more
 * than BACKGROUND_DAYS before it, or a longer period ("last week", "في
 * أبريل الماضي", "in 2019", "earlier this month") reaching further back?
 * A period rarely dates the happening a report is about, and a day a week
 * before it is another happening.  Unresolved dates say nothing.
 */
static int date_apart(const struct rasdp_ctx *c, const struct rasd_date *t)
{
	return c->has_ref && t->date.y &&
	       day_of(&t->date) < c->ref_day - (c->ref_published ? BACKGROUND_DAYS_PUBLISHED
								 : BACKGROUND_DAYS);
}

/*
 * How many words part date `t` from tokens [a, b) in their clause: 0 when
 * they touch, -1 when more than 3 or a clause break lies between.
 */
static int date_gap(const struct rasd_doc *d, const struct rasd_date *t, uint32_t a, uint32_t b)
{
	if (t->tok_end <= a)
		return a - t->tok_end <= 3 && rasdp_clause_clear(d, t->tok_end, a)
			       ? (int)(a - t->tok_end) : -1;
	if (t->tok_start >= b)
		return t->tok_start - b <= 3 && rasdp_clause_clear(d, b, t->tok_start)
			       ? (int)(t->tok_start - b) : -1;
	return -1;
}

static int date_next_to(const struct rasd_doc *d, const struct rasd_date *t, uint32_t a, uint32_t b)
{
	return date_gap(d, t, a, b) >= 0;
}

/*
 * Is a date of sentence `si` (not one dating a statement) of another time
 * and next to the cue at tokens [a, b), nearer to it than to any other
 * cue: "last year's port explosion", "غارات مماثلة في 17 آذار"?  That cue
 * tells of then ("a rally over last year's explosion": the explosion).
 */
static int cue_dated_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			   const struct rasd_sentence *st, uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = c->d;
	size_t i, k;

	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];
		int gap, nearest = 1;

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || !date_apart(c, t))
			continue;
		if (si->speech && reporting_date(d, si, t))
			continue;
		gap = date_gap(d, t, a, b);
		if (gap < 0)
			continue;
		for (k = si->m_first; k < si->m_last && nearest; k++) {
			const struct rasd_match *m = &d->matches[k];
			int g;

			if (m->kind != RASD_LEX_TRIGGER || m->tok_start == a)
				continue;
			g = date_gap(d, t, m->tok_start, m->tok_end);
			nearest = g < 0 || g >= gap;
		}
		if (nearest)
			return 1;
	}
	return 0;
}

/*
 * Does a background phrase (negation.tsv `background`: "يذكر أن",
 * "it is worth recalling", "comes a year after") open sentence `si`?  It
 * governs the whole sentence.  (Elsewhere in a sentence such a phrase
 * governs only its clause: figures.c.)
 */
static int opens_background(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_sentence *st)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind == RASD_LEX_NEGATION && m->tok_start <= st->tok_start + 2 &&
		    rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_BACKGROUND)
			return 1;
	}
	return 0;
}

/* Is date `t` next to any event cue of sentence `si`? */
static int date_of_a_cue(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			 const struct rasd_date *t)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &c->d->matches[i];

		if (m->kind == RASD_LEX_TRIGGER && date_next_to(c->d, t, m->tok_start, m->tok_end))
			return 1;
	}
	return 0;
}

static int cue_counts(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		      const struct rasd_sentence *st, const struct rasd_match *m);

/*
 * Whether a sentence recalls another time is a scored decision (model.h):
 * the features below describe a sentence, data/models/background.tsv
 * weighs them, and the sentence is background when its score is above 0
 * (`bias` is minus the threshold).  The hand weights say: a sentence
 * opened by a background phrase ("يذكر أن", "it is worth recalling"), or
 * dated only to another time ("في أبريل الماضي شن النظام عملية عسكرية",
 * "Last week, IS killed nine soldiers", "On Feb. 15 a rocket attack killed
 * a contractor" in a report of Feb. 25), is background; so is one whose
 * dates of another time qualify cues ("غارات مماثلة في 17 آذار") when no
 * other cue of it counts; not when the dates of another time only qualify
 * other cues ("clashes broke out during a protest over the port explosion
 * of August last year"); never the headline or the lead (a report of one
 * sentence on an attack of 2005 tells of it), nor a sentence dated to the
 * day told of ("يذكر أن الغارات شُنّت الخميس" restates when it was).
 */
enum {
	BG_BIAS, BG_NOW, BG_LEAD, BG_OPENER, BG_PAST_SENTENCE, BG_PAST_CUES, BG_PAST_CUE_KEPT,
	BG_YEAR, BG_COARSE, BG_UNDATED, BG_SPEECH, BG_CUE, BG_CASUALTY, BG__COUNT
};

static const struct rasd_feature background_feats[BG__COUNT] = {
	[BG_BIAS] = { "bias", "always 1: minus the score a sentence needs to be background" },
	[BG_NOW] = { "now", "a date of the day told of (or a weekday of an undated report)" },
	[BG_LEAD] = { "lead", "the headline or the lead (the first sentence with a cue after it)" },
	[BG_OPENER] = { "opener", "opened by a background phrase (negation.tsv background: 'يذكر أن', 'it is worth recalling')" },
	[BG_PAST_SENTENCE] = { "past_sentence", "a date of another time (days before the day told of) that qualifies the sentence, next to no cue" },
	[BG_PAST_CUES] = { "past_cues", "dates of another time only next to cues, and no other cue counts" },
	[BG_PAST_CUE_KEPT] = { "past_cue_kept", "dates of another time only next to cues, and another cue counts" },
	[BG_YEAR] = { "year", "a year of another time ('in 2019')" },
	[BG_COARSE] = { "coarse", "a week or month of another time ('last week', 'في أبريل الماضي')" },
	[BG_UNDATED] = { "undated", "no date at all" },
	[BG_SPEECH] = { "speech", "a reporting verb" },
	[BG_CUE] = { "cue", "an event cue that counts" },
	[BG_CASUALTY] = { "casualty", "a casualty word" },
};

const struct rasd_decision rasdp_background_decision = {
	"background", "does a sentence recall another time? (a sentence of a report)",
	background_feats, BG__COUNT,
};

static int cue_counts(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		      const struct rasd_sentence *st, const struct rasd_match *m);

/* The features of sentence `s` for the background decision into x[BG__COUNT]. */
static void background_features(const struct rasdp_ctx *c, uint32_t s, float *x)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent *si = &c->si[s];
	int past = 0, past_of_sentence = 0, now = 0, dated = 0, counted = 0;
	size_t i;

	memset(x, 0, BG__COUNT * sizeof(*x));
	x[BG_BIAS] = 1;
	x[BG_LEAD] = si->headline || (int32_t)s == c->lead;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end)
			continue;
		dated = 1;
		/* a weekday of an undated report is as likely its day as any */
		if (!t->date.y) {
			now |= t->precision == RASD_PREC_DAY;
			continue;
		}
		if (!date_apart(c, t)) {
			now = 1;
		} else if (!(si->speech && reporting_date(d, si, t))) {
			/* (what was said last week may be of today's event) */
			past = 1;
			past_of_sentence |= !date_of_a_cue(c, si, t);
			x[BG_YEAR] = x[BG_YEAR] || t->precision == RASD_PREC_YEAR;
			x[BG_COARSE] = x[BG_COARSE] || t->precision == RASD_PREC_WEEK ||
				       t->precision == RASD_PREC_MONTH;
		}
	}
	for (i = si->m_first; i < si->m_last; i++) {
		counted |= cue_counts(c, si, st, &d->matches[i]);
		x[BG_CASUALTY] = x[BG_CASUALTY] || d->matches[i].kind == RASD_LEX_CASUALTY;
	}
	x[BG_NOW] = (float)now;
	x[BG_OPENER] = (float)opens_background(c, si, st);
	x[BG_PAST_SENTENCE] = (float)past_of_sentence;
	x[BG_PAST_CUES] = past && !past_of_sentence && !counted;
	x[BG_PAST_CUE_KEPT] = past && !past_of_sentence && counted;
	x[BG_UNDATED] = (float)!dated;
	x[BG_SPEECH] = (float)si->speech;
	x[BG_CUE] = (float)counted;
}

void rasdp_mark_background(struct rasdp_ctx *c)
{
	uint32_t s;

	const struct rasd_models *ms = rasdp_engine_models(c->d->engine);
	const struct rasd_model *m = ms ? &ms->m[RASD_DEC_BACKGROUND] : NULL;

	c->has_ref = reference_day(c, &c->ref_day);
	for (s = 0; s < c->d->nsents; s++) {
		struct rasdp_sent *si = &c->si[s];

		si->bg_x = rasd_arena_calloc(&c->d->arena, BG__COUNT, sizeof(*si->bg_x));
		if (!si->bg_x)
			return;   /* the arena's failure is reported at the end */
		background_features(c, s, si->bg_x);
		si->background = m && m->w && rasdp_model_score(m, si->bg_x) > 0;
		/* "اقرأ أيضا:", "Related news" alone on a line: the teaser follows */
		if (!c->si[s].background && s > 0 && c->si[s - 1].background &&
		    c->d->sents[s - 1].tok_end - c->d->sents[s - 1].tok_start <= 4 &&
		    opens_background(c, &c->si[s - 1], &c->d->sents[s - 1]) && !c->si[s].headline)
			c->si[s].background = 1;
		/* cues dated to another time ("last year's explosion") no longer count */
		rasdp_sentence_trigger(c, s);
	}
}

/* How strongly a trigger frames an event: its weight in triggers.tsv. */
static int trigger_rank(const struct rasd_trigger *t)
{
	return t->weight;
}

/*
 * A vague figure ("dozens wounded") adds nothing where the event has a
 * written figure of the same kind; it stays only when it is all there is.
 * The outlet stating in its own voice a figure a source also gives ("قتل
 * 11 شخصا ... وذكرت وسائل إعلام أن 11 شخصا قتلوا") keeps its claim: every
 * figure stated is a claim of who states it (gold/GUIDE.md, repeats).
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
			if (keep)
				ev->claims[w++] = *cl;
		}
		ev->nclaims = w;
	}
}

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
static int apart(const struct rasd_lexicon *lx, int32_t a, int32_t b)
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
	if (a->said_idx < 0)
		a->said_idx = b->said_idx;
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
			    apart(c->lx, a->place, b->place))
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
 * Does the clause of the cue at match `m` hold a phrase of another time or
 * of what did not happen (negation.tsv `background`, not opening the
 * sentence: "منذ اندلاع الحرب", "warnings of a possible massacre", "دعت
 * إلى الإضراب")?  Its cues, like its figures (figures.c), tell of no event
 * of the report.
 */
static int clause_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			const struct rasd_sentence *st, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t a = m->tok_start, b = m->tok_end;
	size_t i;

	while (a > st->tok_start && !rasdp_is_break(d, a - 1))
		a--;
	while (b < st->tok_end && !rasdp_is_break(d, b))
		b++;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *n = rasdp_match_at(c, i);

		if (n->kind == RASD_LEX_NEGATION && n->tok_start >= a && n->tok_end <= b &&
		    n->tok_start > st->tok_start + 2 &&
		    rasdp_lex_negation(c->lx, n->entry)->kind == RASD_NEG_BACKGROUND)
			return 1;
	}
	return 0;
}

/* At most this many words from a cue to the cause of harm it acts on. */
#define HAZARD_OBJECT_TOKS 3

/*
 * Is the cue at match `m` about a cause of harm that is no violence, a
 * word of cues.tsv `hazard` shortly after it in its clause: "السيطرة على
 * وباء الكوليرا", "brought the fire under control", "a campaign against
 * cholera"?  It frames no event.
 */
static int hazard_object(const struct rasd_doc *d, const struct rasd_sentence *st,
			 const struct rasd_match *m)
{
	uint32_t t;

	for (t = m->tok_end; t < st->tok_end && t <= m->tok_end + HAZARD_OBJECT_TOKS; t++) {
		if (rasdp_is_break(d, t))
			return 0;
		if (rasdp_cue(d, t, RASD_CUE_HAZARD))
			return 1;
	}
	return 0;
}

/*
 * Does trigger match `m` of sentence `si` count as a cue of its event: no
 * negator reaches it ("لم تشهد المنطقة أي طلعات جوية" frames no air
 * strike), no date of another time qualifies it ("last year's port
 * explosion"), and it does not act on a cause of harm that is no violence
 * ("السيطرة على وباء الكوليرا")?
 */
static int cue_counts(const struct rasdp_ctx *c, const struct rasdp_sent *si,
		      const struct rasd_sentence *st, const struct rasd_match *m)
{
	return m->kind == RASD_LEX_TRIGGER && !rasdp_negated(c, si, m->tok_start) &&
	       !cue_dated_apart(c, si, st, m->tok_start, m->tok_end) &&
	       !hazard_object(c->d, st, m) && !clause_apart(c, si, st, m);
}

/*
 * The trigger of sentence `s`: its heaviest event cue that counts, and
 * whether it refers back ("هذا الانفجار", "this attack": cues.tsv
 * `demonstrative`).
 */
void rasdp_sentence_trigger(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	struct rasdp_sent *si = &c->si[s];
	size_t i;

	si->trig = -1;
	si->trig_weight = 0;
	si->anaphor = 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];
		const struct rasd_trigger *t;

		if (!cue_counts(c, si, st, m))
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
	int same_place = !apart(c->lx, cur->place, si->place);
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
	else if (ev->said_idx < 0)
		ev->said_idx = statement_date(d, &d->sents[s], si);
	for (i = 0; i < nfig; i++) {
		rc = add_claim(d, ev, &figs[i]);
		if (rc)
			return rc;
	}
	return rasdp_sentence_actors(c, ev, si, s, figs, nfig);
}

/* ---- a wave: one event per place --------------------------------------- */

/* Places of one wave in one sentence (more are left to the first). */
#define MAX_WAVE 12

/* Is token `t` written onto the next one, with no space between ("al-" of "al-Atarib")? */
static int glued(const struct rasd_doc *d, uint32_t t)
{
	uint32_t i;

	if (t + 1 >= d->ntoks || d->toks[t].kind != RASD_TOK_WORD)
		return 0;
	for (i = d->toks[t].end; i < d->toks[t + 1].start; i++)
		if (d->text[i] != '-')
			return 0;
	return 1;
}

/* At most this many tokens join two places of one list. */
#define LIST_JOINT_TOKS 4

/* Is token `t` a word no lexicon entry of sentence `si` covers? */
static int unmatched_word(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t t)
{
	size_t i;

	if (c->d->toks[t].kind != RASD_TOK_WORD)
		return 0;
	for (i = si->m_first; i < si->m_last; i++)
		if (rasdp_match_at(c, i)->tok_start <= t && t < rasdp_match_at(c, i)->tok_end)
			return 0;
	return 1;
}

/*
 * Do tokens [a, b) of sentence `si` only join two places of a list:
 * nothing, or a comma or "و", "and" with words that name the next place's
 * kind, carry the list on or place the member before ("ومدينة", "and the
 * towns of", ", including the city of", "شمالي": cues.tsv `conjunction`,
 * `locative`, `list_link`, `compass`)?  Members the gazetteer does not know
 * pass as they are joined ("وحزانو ودير حسان وأريحا": "ودير حسان").
 */
static int list_joint(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t a,
		      uint32_t b)
{
	const struct rasd_doc *d = c->d;
	uint32_t t;
	int joined = 0, after_waw = 0;

	/* "al-" written onto the next name is part of it ("Salqin, al-Atarib") */
	while (b > a && b < d->ntoks && glued(d, b - 1))
		b--;
	if (b - a > LIST_JOINT_TOKS)
		return 0;
	for (t = a; t < b; t++) {
		int waw = rasdp_waw_clitic(d, t);

		if (rasdp_tok_is_punct(d, t, ',') || rasdp_cue(d, t, RASD_CUE_CONJUNCTION) || waw)
			joined = 1;
		else if (!rasdp_cue(d, t, RASD_CUE_LOCATIVE) && !rasdp_cue(d, t, RASD_CUE_LIST_LINK) &&
			 !rasdp_cue(d, t, RASD_CUE_COMPASS) && !(after_waw && unmatched_word(c, si, t)))
			return 0;
		after_waw = waw && unmatched_word(c, si, t);
	}
	/* "بليون بمنطقة جبل الزاوية": a place's kind alone places the one before */
	return joined || a == b;
}

/*
 * Does place `a` hold place `b`: one of b's governorate, district or
 * subdistrict, or an area named like b's governorate ("ريف دمشق" read as
 * its district)?  A city named like its governorate holds none of its
 * other towns ("Deir ez-Zor and al-Mayadin" are two places).
 */
static int holds(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa = rasdp_lex_place(lx, (size_t)a);
	const struct rasd_place *pb = rasdp_lex_place(lx, (size_t)b);

	if (a == b || rasdp_same_name(pa, pb))
		return 0;
	return pb->admin1 == a || pb->admin2 == a || pb->admin3 == a ||
	       (rasdp_place_rank(pa) < 5 && pb->admin1 >= 0 &&
		rasdp_same_name(rasdp_lex_place(lx, (size_t)pb->admin1), pa));
}

/* The match index range [*first, *last) of the place span starting at match `i`. */
static void span_matches(const struct rasdp_ctx *c, const struct rasdp_sent *si, size_t i,
			 size_t *first, size_t *last)
{
	const struct rasd_match *m = rasdp_match_at(c, i);
	size_t j = i;

	while (j < si->m_last && rasdp_match_at(c, j)->tok_start == m->tok_start &&
	       rasdp_match_at(c, j)->tok_end == m->tok_end)
		j++;
	*first = i;
	*last = j;
}

/* At most this many words from people to the "from" of where they came from. */
#define FROM_PEOPLE_TOKS 3

/*
 * Is there among tokens [a, b) a "from" (cues.tsv `from`) of where people
 * or fire came from: shortly after people in its clause (a group, an
 * actor, a casualty word: "نازحين من", "نازحين من مناطق عدة من", "displaced
 * from") or right after a word of firing ("fired from")?
 */
static int came_from(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t a,
		     uint32_t b)
{
	const struct rasd_doc *d = c->d;
	uint32_t t;
	size_t i;

	for (t = a; t < b; t++) {
		/* "في كل من جنين والخليل": "each of", no origin */
		if (!rasdp_cue(d, t, RASD_CUE_FROM) || (t > 0 && rasdp_cue(d, t - 1, RASD_CUE_LIST_LINK)))
			continue;
		if (t == 0 || rasdp_cue(d, t - 1, RASD_CUE_FIRED))
			return 1;
		for (i = si->m_first; i < si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->tok_end <= t && m->tok_end + FROM_PEOPLE_TOKS >= t &&
			    rasdp_clause_clear(d, m->tok_end, t) &&
			    (m->kind == RASD_LEX_GROUP || m->kind == RASD_LEX_ACTOR ||
			     m->kind == RASD_LEX_CASUALTY))
				return 1;
		}
	}
	return 0;
}

/*
 * The other places of the wave sentence `si` tells of: places listed with
 * its own ("قصفت قوات النظام قرى سفوهن والفطيرة وفليفل", "settlers
 * attacked Huwara, Burin and Qaryut"), none inside another, none bounding
 * a road or a front ("بين حماة وإدلب", "the Homs-Hama road"), nor where
 * people came from ("نازحين من أرياف حماة وإدلب").  One event
 * per town and day (gold/GUIDE.md).  Returns how many went to out[].
 */
static size_t wave_places(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t s,
			  int32_t *out, uint32_t *spans, size_t max)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	int32_t list[MAX_WAVE + 1];
	uint32_t lspan[2 * (MAX_WAVE + 1)];
	uint8_t drop[MAX_WAVE + 1];
	size_t i, k, n = 0, first, last, at = SIZE_MAX, nout = 0, left;
	uint32_t prev_end = 0, list_start = 0, from;

	if (si->place < 0)
		return 0;
	/* the list of place spans, joined, around the sentence's own place */
	for (i = si->m_first; i < si->m_last; i = last) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int32_t p;

		if (m->kind != RASD_LEX_PLACE) {
			last = i + 1;
			continue;
		}
		span_matches(c, si, i, &first, &last);
		if (m->tok_start < prev_end)
			continue;   /* a name inside the last one ("al-Sanamayn") */
		if (n && !list_joint(c, si, prev_end, m->tok_start)) {
			if (at != SIZE_MAX)
				break;
			n = 0;
		}
		p = rasdp_place_of_span(c, first, last);
		if (p < 0)
			continue;
		/*
		 * "in the city of Idlib, Syria", "البيضاء وسط اليمن ومحافظة صنعاء":
		 * a country only places the member before it
		 */
		if (!rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)p))) {
			if (n)
				prev_end = m->tok_end;
			continue;
		}
		if (!n)
			list_start = m->tok_start;
		if (n <= MAX_WAVE) {
			lspan[2 * n] = d->toks[m->tok_start].start;
			lspan[2 * n + 1] = d->toks[m->tok_end - 1].end;
			list[n++] = p;
		}
		if (p == si->place && d->toks[m->tok_start].start == si->place_start)
			at = n - 1;
		prev_end = m->tok_end;
	}
	if (at == SIZE_MAX || n < 2)
		return 0;
	/*
	 * "بين حماة وإدلب", "on the Homs-Hama road": the places bound one
	 * event; "نازحين من أرياف حماة وإدلب وحلب", "rockets fired from":
	 * where people or fire came from ("انطلقت المظاهرات من مدينة إدلب
	 * وبلدات ..." is where the marches were).
	 */
	from = list_start >= st->tok_start + 3 ? list_start - 3 : st->tok_start;
	if (rasdp_cue_between(d, from, list_start, RASD_CUE_BETWEEN) ||
	    came_from(c, si, from, list_start))
		return 0;
	/*
	 * A place that holds another of the list only locates it ("Jasim,
	 * Daraa province", "in Idlib province and the towns of Binnish and
	 * Salqin"), and so does a name of the governorate after a town of it
	 * ("Jasim, Daraa"); a place named twice is one: none of them is a place
	 * of the wave.  A city named like its governorate before its other
	 * towns is one of the list ("Deir ez-Zor and al-Mayadin").
	 */
	memset(drop, 0, sizeof(drop));
	for (i = 0; i < n; i++)
		for (k = i + 1; k < n; k++) {
			/* "Jasim, Daraa": a name of the governorate after a town locates it */
			if (holds(c->lx, list[k], list[i]) ||
			    (rasdp_lex_place(c->lx, (size_t)list[i])->admin1 >= 0 &&
			     rasdp_same_name(rasdp_lex_place(c->lx, (size_t)list[k]),
					     rasdp_lex_place(c->lx, (size_t)rasdp_lex_place(c->lx, (size_t)list[i])->admin1))))
				drop[k] = 1;
			else if (holds(c->lx, list[i], list[k]))
				drop[i] = 1;
			else if (list[i] == list[k] ||
				 rasdp_same_name(rasdp_lex_place(c->lx, (size_t)list[i]),
						 rasdp_lex_place(c->lx, (size_t)list[k])))
				drop[k] = 1;
		}
	for (i = 0, left = 0; i < n; i++)
		left += !drop[i];
	if (left < 2)
		return 0;
	for (i = 0; i < n && nout < max; i++) {
		if (i == at || drop[i])
			continue;
		out[nout] = list[i];
		spans[2 * nout] = lspan[2 * i];
		spans[2 * nout + 1] = lspan[2 * i + 1];
		nout++;
	}
	return nout;
}

/*
 * The other places of the wave sentence `s` tells of each get an event of
 * their own: its cue, date and actors; its figures stay with the place
 * the sentence names first (a toll given for several places goes with the
 * first, once: gold/GUIDE.md).
 */
static int wave_events(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
		       size_t nfig)
{
	struct rasd_doc *d = c->d;
	struct rasdp_sent *si = &c->si[s];
	int32_t places[MAX_WAVE];
	uint32_t spans[2 * MAX_WAVE];
	size_t n = wave_places(c, si, s, places, spans, MAX_WAVE), k;
	size_t cur = (size_t)(c->cur - d->events);
	int rc;

	for (k = 0; k < n; k++) {
		struct rasd_event *ev = new_event(d);
		const struct rasd_place *p = rasdp_lex_place(c->lx, (size_t)places[k]);
		int rank = rasdp_place_rank(p);

		if (!ev)
			return RASD_ENOMEM;
		c->cur = &d->events[cur];   /* the array may have moved */
		ev->sent_first = ev->sent_last = s;
		ev->wave = 1;
		if (add_evidence(d, ev, s))
			return RASD_ENOMEM;
		if (si->trig >= 0)
			vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
		ev->place = places[k];
		ev->place_start = spans[2 * k];
		ev->place_end = spans[2 * k + 1];
		ev->geo_precision = (uint8_t)(rank >= 5 ? 1 : rank >= 2 ? 2 : 3);
		if (si->date >= 0)
			event_date(d, ev, si->date);
		rc = rasdp_sentence_actors(c, ev, si, s, figs, nfig);
		if (rc)
			return rc;
	}
	return 0;
}

/*
 * Frame sentence `s` (as c->si[s] reads it), whose figures are `figs`: it
 * goes on with the current event (c->cur) or opens a new one.
 */
static int frame_site(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs, size_t nfig)
{
	struct rasd_doc *d = c->d;
	struct rasdp_sent *si = &c->si[s];
	int rc;

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
	rc = fill_event(c, c->cur, s, figs, nfig);
	return rc ? rc : wave_events(c, s, figs, nfig);
}

/* ---- sites: clauses of one sentence telling of other events ------------ */

/* A sentence tells of at most this many events by its clauses. */
#define MAX_SITES 4

/* One clause, or run of clauses, of a sentence telling of one event. */
struct site {
	uint32_t tok_start, tok_end;
	struct rasdp_sent view;        /* the sentence as this site reads it */
};

/*
 * Does token `t` open a clause that may tell of another event: a
 * coordinator after a clause break ("، كما استشهد", ", while", ", and
 * two others were killed"), or a word that opens one by itself
 * ("بالتزامن", "meanwhile": cues.tsv `clause_open`)?
 */
static int opens_clause(const struct rasd_doc *d, uint32_t t, uint32_t start)
{
	if (t <= start + 1)
		return 0;
	if (rasdp_cue(d, t, RASD_CUE_CLAUSE_OPEN))
		return 1;
	return rasdp_is_break(d, t - 1) && !rasdp_tok_is_punct(d, t - 1, '(') &&
	       (rasdp_cue(d, t, RASD_CUE_COORDINATOR) || rasdp_cue(d, t, RASD_CUE_CONJUNCTION));
}

/* Sentence `s` read over its tokens [a, b) only: its matches, place and cue. */
static void site_matches(struct rasdp_ctx *c, uint32_t s, const struct rasdp_sent *whole,
			 uint32_t a, uint32_t b, struct rasdp_sent *v)
{
	const struct rasd_doc *d = c->d;

	*v = *whole;
	while (v->m_first < v->m_last && d->matches[v->m_first].tok_start < a)
		v->m_first++;
	while (v->m_last > v->m_first && d->matches[v->m_last - 1].tok_start >= b)
		v->m_last--;
	v->place = -1;
	v->place_rank = 0;
	rasdp_sentence_place(c, v);
	c->si[s] = *v;
	rasdp_sentence_trigger(c, s);
	v->trig = c->si[s].trig;
	v->trig_weight = c->si[s].trig_weight;
	v->anaphor = c->si[s].anaphor;
	c->si[s] = *whole;
}

/* Sentence `s` read over its tokens [a, b) only: its matches, place, cue, date. */
static void site_view(struct rasdp_ctx *c, uint32_t s, const struct rasdp_sent *whole,
		      uint32_t a, uint32_t b, struct rasdp_sent *v)
{
	const struct rasd_doc *d = c->d;
	struct rasd_sentence part = d->sents[s];

	site_matches(c, s, whole, a, b, v);
	part.tok_start = a;
	part.tok_end = b;
	part.start = d->toks[a].start;
	part.end = d->toks[b - 1].end;
	v->date = rasdp_sentence_date(d, &part, v);
	if (v->date < 0)
		v->date = whole->date;
}

/* Has one of figs[] its number inside tokens [a, b) of `d`? */
static int figure_in(const struct rasd_doc *d, const struct rasd_claim *figs, size_t nfig,
		     uint32_t a, uint32_t b)
{
	size_t i;

	for (i = 0; i < nfig; i++)
		if (figs[i].start >= d->toks[a].start && figs[i].start < d->toks[b - 1].end)
			return 1;
	return 0;
}

/*
 * Is a place named among the matches of `whole` in tokens [a, b)?  *mi
 * moves on through them as the clauses do, so a sentence's clauses are
 * looked at in time linear in its length.
 */
static int place_between(const struct rasd_doc *d, const struct rasdp_sent *whole, size_t *mi,
			 uint32_t a, uint32_t b)
{
	size_t i;

	while (*mi < whole->m_last && d->matches[*mi].tok_start < a)
		(*mi)++;
	for (i = *mi; i < whole->m_last && d->matches[i].tok_start < b; i++)
		if (d->matches[i].kind == RASD_LEX_PLACE)
			return 1;
	return 0;
}

/*
 * The sites of sentence `s`: its clauses, each going with the one before
 * unless it tells of an event at another place, with a figure or a cue of
 * its own ("قتل 18 مدنيا في مدينة إدلب، كما قتل مدني في غارة على بلدة
 * الحاس", "killing six in Deir ez-Zor city, and two were killed by strikes
 * near al-Mayadin").  Returns how many (1: the sentence is one site).
 */
static size_t sentence_sites(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
			     size_t nfig, struct site *out)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent whole = c->si[s];
	size_t n = 1, mi = whole.m_first;
	uint32_t t, a = st->tok_start;

	out[0].tok_start = st->tok_start;
	out[0].tok_end = st->tok_end;
	for (t = st->tok_start + 1; t <= st->tok_end && n < MAX_SITES; t++) {
		struct rasdp_sent v, cur;
		uint32_t b;

		if (t < st->tok_end && !opens_clause(d, t, st->tok_start))
			continue;
		/* the clause [a, t); one without a place of its own opens nothing */
		b = t;
		if (a > out[n - 1].tok_start && place_between(d, &whole, &mi, a, b)) {
			site_matches(c, s, &whole, a, b, &v);
			if (v.place >= 0 && (v.trig >= 0 || figure_in(d, figs, nfig, a, b))) {
				site_matches(c, s, &whole, out[n - 1].tok_start, a, &cur);
				if (cur.place >= 0 && apart(c->lx, cur.place, v.place)) {
					out[n - 1].tok_end = a;
					out[n].tok_start = a;
					out[n].tok_end = st->tok_end;
					n++;
				}
			}
		}
		a = t;
	}
	return n;
}

/*
 * Frame sentence `s`, whose figures are `figs`: a sentence with a trigger
 * or a figure goes on with the current event (c->cur) or opens a new one,
 * and each clause of it that tells of an event at another place opens one
 * of its own (its figures go with it); a sentence without adds detail; the
 * headline's figures wait for the end.  After the sentence, the event it
 * told first is the current one: clauses of other places are asides.
 */
int rasdp_frame_sentence(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
			 size_t nfig)
{
	struct rasd_doc *d = c->d;
	struct rasdp_sent *si = &c->si[s];
	struct site sites[MAX_SITES];
	struct rasd_claim part[RASDP_MAX_FIGS];
	struct rasdp_sent whole;
	size_t nsite, k, i, np, first = 0;
	int rc = 0;

	/* a sentence of another time tells nothing of this report's events */
	if (si->background)
		return 0;
	si->is_event = si->trig >= 0 || nfig > 0;
	if (!si->is_event)
		return add_detail(c, s);
	/* The headline restates the body: its figures are weighed at the end. */
	if (si->headline && s + 1 < d->nsents) {
		memcpy(c->head_figs, figs, nfig * sizeof(*figs));
		c->nhead = nfig;
		return 0;
	}
	nsite = si->trig >= 0 ? sentence_sites(c, s, figs, nfig, sites) : 1;
	if (nsite < 2)
		return frame_site(c, s, figs, nfig);
	whole = *si;
	for (k = 0; !rc && k < nsite; k++) {
		struct site *p = &sites[k];
		uint32_t end = k + 1 < nsite ? sites[k + 1].tok_start : d->sents[s].tok_end;

		site_view(c, s, &whole, p->tok_start, end, &p->view);
		/* "and three others near Albu Kamal": the sentence's cue */
		if (p->view.trig < 0) {
			p->view.trig = whole.trig;
			p->view.trig_weight = whole.trig_weight;
		}
		for (i = 0, np = 0; i < nfig; i++)
			if (figure_in(d, &figs[i], 1, p->tok_start, end))
				part[np++] = figs[i];
		c->si[s] = p->view;
		if (k > 0)
			c->cur = NULL;
		rc = frame_site(c, s, part, np);
		if (!k && c->cur)
			first = (size_t)(c->cur - d->events);
	}
	c->si[s] = whole;
	if (!rc)
		c->cur = &d->events[first];
	return rc;
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

/* ---- the frame decision: what kind of event, if any ------------------ */

/*
 * Which kind of event an event is, is a scored decision (model.h).  Its
 * candidates are readings: each ACLED type and sub-type a counted cue of
 * the event's sentences proposes (for the report's first event, the
 * headline's cues too), "violence of no stated kind" when the event has
 * figures but no cue, and, when a cause of harm that is no violence
 * (cues.tsv `hazard`: an earthquake, a flood, an epidemic) is told with
 * the event, "no violent event": deaths of such a cause make no event.  The
 * features say how the report frames each reading: its cues' weights and
 * the weighted vote the events were built with, how much of the whole
 * report speaks of it, whether the headline, the lead and the event's own
 * first sentence do, and what else the event tells (a blast in a raid
 * met by fire is a battle, and so is a bomb followed by gunfire; civilians
 * killed by gunmen are violence against civilians; protesters killed is
 * excessive force; tear gas with no protest named is no protest; people
 * killed make violence, not a strategic development).  The weights are
 * data/models/frame.tsv; the best reading wins, the first among equals.
 */
enum {
	FR_BIAS, FR_NONE, FR_UNTYPED, FR_VOTE_TOP, FR_SUB_TOP, FR_VOTE_SHARE, FR_WEIGHT,
	FR_REPORT_SHARE, FR_SUB_SHARE, FR_TITLE, FR_SUB_TITLE, FR_LEAD, FR_FIRST, FR_STRATEGIC,
	FR_BATTLE_BLAST, FR_BATTLE_ENGAGED, FR_BATTLE_ARMED, FR_BATTLE_SIDES, FR_VAC_CIVILIANS,
	FR_VAC_UNARMED, FR_BLAST_CIVILIANS,
	FR_PROTEST_KILLED, FR_PROTEST_FORCES, FR_NONE_HAZARD, FR_NONE_HAZARD_TITLE,
	FR_NONE_HAZARD_REPORT, FR_PROTEST_UNNAMED, FR_STRATEGIC_HURT, FR_BATTLE_AMBUSH, FR__COUNT
};

static const struct rasd_feature frame_feats[FR__COUNT] = {
	[FR_BIAS] = { "bias", "always 1 (the same for every reading)" },
	[FR_NONE] = { "none", "the reading 'no violent event'" },
	[FR_UNTYPED] = { "untyped", "the reading 'violence of no stated kind' (figures without a cue)" },
	[FR_VOTE_TOP] = { "vote_top", "the type the weighted vote of the event's cues picks (weights squared, violence above strategic developments)" },
	[FR_SUB_TOP] = { "sub_top", "the sub-type of the heaviest cue of that type" },
	[FR_VOTE_SHARE] = { "vote_share", "the type's share of the event's vote" },
	[FR_WEIGHT] = { "weight", "the reading's heaviest cue, weight / 10" },
	[FR_REPORT_SHARE] = { "report_share", "the type's share of the cues of the whole report (background left out)" },
	[FR_SUB_SHARE] = { "sub_share", "the reading's share of its type's cues in the event's sentences" },
	[FR_TITLE] = { "title", "a cue of the type in the headline" },
	[FR_SUB_TITLE] = { "sub_title", "a cue of the reading in the headline" },
	[FR_LEAD] = { "lead", "a cue of the type in the lead (the first sentence with a cue after the headline)" },
	[FR_FIRST] = { "first", "a cue of the type in the event's first sentence" },
	[FR_STRATEGIC] = { "strategic", "the type is Strategic developments" },
	[FR_BATTLE_BLAST] = { "battle_blast", "Battles, and the event has cues of explosions too" },
	[FR_BATTLE_ENGAGED] = { "battle_engaged", "Battles, with a cue of direct fighting (weight 6 or more: clashes, ambush, gun battle)" },
	[FR_BATTLE_ARMED] = { "battle_armed", "Battles, and the figures count armed men (soldiers, fighters, police)" },
	[FR_BATTLE_SIDES] = { "battle_sides", "Battles, and two armed actors are named" },
	[FR_VAC_CIVILIANS] = { "vac_civilians", "Violence against civilians, and the figures count civilians, no armed men" },
	[FR_VAC_UNARMED] = { "vac_unarmed", "Violence against civilians, the figures count civilians, no armed men, and no cue of explosions" },
	[FR_BLAST_CIVILIANS] = { "blast_civilians", "Explosions/Remote violence, and the figures count civilians, no armed men" },
	[FR_PROTEST_KILLED] = { "protest_killed", "Protests / Excessive force against protesters, and people were killed or wounded" },
	[FR_PROTEST_FORCES] = { "protest_forces", "Protests / Protest with intervention, and state forces are named" },
	[FR_NONE_HAZARD] = { "none_hazard", "no violent event: of the words of harm in the event's sentences and the one before, the share naming a cause that is no violence (cues.tsv hazard) rather than violence (a cue)" },
	[FR_NONE_HAZARD_TITLE] = { "none_hazard_title", "no violent event: a word of such a cause in the headline" },
	[FR_NONE_HAZARD_REPORT] = { "none_hazard_report", "no violent event: the same share over the whole report (background left out)" },
	[FR_PROTEST_UNNAMED] = { "protest_unnamed", "Protests, and no word of the event names a protest or protesters (only force used: tear gas, dispersal)" },
	[FR_STRATEGIC_HURT] = { "strategic_hurt", "Strategic developments, and the figures count people killed or wounded (violence happened)" },
	[FR_BATTLE_AMBUSH] = { "battle_ambush", "Battles, a sentence (or two side by side) tells of a bomb or grenade and of direct fighting, and no explosion came from afar (a bomb, then gunfire: an ambush)" },
};

const struct rasd_decision rasdp_frame_decision = {
	"frame", "what kind of event is it, if any? (the readings its cues propose)",
	frame_feats, FR__COUNT,
};

/* At most this many readings per event (a cue beyond them proposes nothing). */
#define MAX_READINGS 16
/* Types of events, for counting cues (ACLED has six). */
#define MAX_TYPES 8

/* What the cues of a set of sentences say of one type. */
struct type_count {
	const char *type;
	int n;                         /* counted cues */
};

static struct type_count *type_slot(struct type_count *tc, size_t *ntc, const char *type)
{
	size_t i;

	for (i = 0; i < *ntc; i++)
		if (!strcmp(tc[i].type, type))
			return &tc[i];
	if (*ntc == MAX_TYPES)
		return NULL;
	tc[*ntc].type = type;
	tc[*ntc].n = 0;
	return &tc[(*ntc)++];
}

static int type_has(const struct type_count *tc, size_t ntc, const char *type)
{
	size_t i;

	for (i = 0; i < ntc; i++)
		if (!strcmp(tc[i].type, type))
			return tc[i].n;
	return 0;
}

/* The cues of sentence `s` counted into `tc` by type; `fn` sees each. */
/*
 * The next cue of sentence `s` that counts, from match *i on (start at
 * c->si[s].m_first): its trigger, *i moved past it; NULL after the last.
 */
static const struct rasd_trigger *next_cue(const struct rasdp_ctx *c, uint32_t s, size_t *i)
{
	const struct rasdp_sent *si = &c->si[s];

	for (; *i < si->m_last; (*i)++) {
		const struct rasd_match *m = &c->d->matches[*i];

		if (cue_counts(c, si, &c->d->sents[s], m)) {
			(*i)++;
			return rasdp_lex_trigger(c->lx, m->entry);
		}
	}
	return NULL;
}

static void count_cues(const struct rasdp_ctx *c, uint32_t s, struct type_count *tc, size_t *ntc)
{
	const struct rasd_trigger *cue;
	size_t i = c->si[s].m_first;

	for (cue = next_cue(c, s, &i); cue; cue = next_cue(c, s, &i)) {
		struct type_count *t = type_slot(tc, ntc, cue->event_type);

		if (t)
			t->n++;
	}
}

/* What a whole report says, once for all its events. */
struct report_frames {
	struct type_count all[MAX_TYPES];      /* cues of every sentence not background */
	size_t nall;
	int total;
	struct type_count title[MAX_TYPES], lead[MAX_TYPES];
	size_t ntitle, nlead;
	int hazard_title;                      /* a hazard word in the headline */
	int hazard;                            /* hazard words in the report */
	uint8_t *in_event;                     /* scratch, a byte per sentence (bomb_then_fighting()) */
};

/* How many words of cue class hazard sentence `s` has. */
static int hazard_words(const struct rasd_doc *d, uint32_t s)
{
	uint32_t t;
	int n = 0;

	for (t = d->sents[s].tok_start; t < d->sents[s].tok_end; t++)
		n += rasdp_cue(d, t, RASD_CUE_HAZARD);
	return n;
}

static void read_report(const struct rasdp_ctx *c, struct report_frames *r)
{
	const struct rasd_doc *d = c->d;
	uint32_t s;
	size_t i;
	int lead = -1;

	memset(r, 0, sizeof(*r));
	for (s = 0; s < d->nsents; s++) {
		if (c->si[s].background)
			continue;
		count_cues(c, s, r->all, &r->nall);
		r->hazard += hazard_words(d, s);
		if (c->si[s].headline) {
			count_cues(c, s, r->title, &r->ntitle);
			r->hazard_title = hazard_words(d, s) > 0;
		} else if (lead < 0 && c->si[s].trig >= 0) {
			lead = (int)s;
			count_cues(c, s, r->lead, &r->nlead);
		}
	}
	for (i = 0; i < r->nall; i++)
		r->total += r->all[i].n;
}

/* One reading being gathered, with what its cues say. */
struct reading {
	const char *type, *sub;
	uint8_t kind;
	int weight;                    /* heaviest cue */
	int n;                         /* cues in the event's sentences */
	int title;                     /* a cue in the headline */
};

/* Gather the readings the cues of sentence `s` propose into `rd`. */
static void sentence_readings(const struct rasdp_ctx *c, uint32_t s, int title,
			      struct reading *rd, size_t *nrd)
{
	const struct rasd_trigger *t;
	size_t i = c->si[s].m_first, k;

	for (t = next_cue(c, s, &i); t; t = next_cue(c, s, &i)) {
		for (k = 0; k < *nrd; k++)
			if (rd[k].kind == RASD_FRAME_TYPE && !strcmp(rd[k].type, t->event_type) &&
			    (rd[k].sub == t->sub_type ||
			     (rd[k].sub && t->sub_type && !strcmp(rd[k].sub, t->sub_type))))
				break;
		if (k == *nrd) {
			if (*nrd == MAX_READINGS)
				continue;
			memset(&rd[k], 0, sizeof(rd[k]));
			rd[k].type = t->event_type;
			rd[k].sub = t->sub_type;
			rd[k].kind = RASD_FRAME_TYPE;
			(*nrd)++;
		}
		if (title) {
			rd[k].title = 1;
			continue;
		}
		rd[k].n++;
		if (t->weight > rd[k].weight)
			rd[k].weight = t->weight;
	}
}

/* What the event's figures and actors say of who fought whom. */
struct event_context {
	int blast;                     /* cues of explosions */
	int blast_afar;                /* ... of strikes or shells from afar, or unstated */
	int ambush;                    /* a bomb and fighting, told together */
	int protest_named;             /* a word names a protest or protesters */
	int armed_victims, civilian_victims, hurt;
	int armed_actors, state_forces;
	int hazard;                    /* hazard words in its sentences and the one before */
	int cues;                      /* counted cues there */
};

static int armed_inter(unsigned inter)
{
	/* ACLED actor types: state forces, rebels, militias, external forces */
	return inter == 1 || inter == 2 || inter == 3 || inter == 4 || inter == 8;
}

/* Group ids (groups.tsv) of armed men and of civilians. */
static int armed_group(const char *who)
{
	static const char *const ids[] = {
		"soldiers", "fighters", "leaders", "members", "militants", "officers", "police",
	};
	size_t i;

	for (i = 0; who && i < sizeof(ids) / sizeof(ids[0]); i++)
		if (!strcmp(who, ids[i]))
			return 1;
	return 0;
}

static int civilian_group(const char *who)
{
	static const char *const ids[] = {
		"civilians", "children", "women", "journalists", "medics",
	};
	size_t i;

	for (i = 0; who && i < sizeof(ids) / sizeof(ids[0]); i++)
		if (!strcmp(who, ids[i]))
			return 1;
	return 0;
}

/*
 * Is an explosion of sub-type `sub` set off where it hurt (a bomb, a mine,
 * a suicide attacker, a grenade), not sent from afar (a strike, a shell)
 * or unstated ("قصف")?
 */
static int near_blast(const char *sub)
{
	static const char *const subs[] = {
		"Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
	};
	size_t i;

	for (i = 0; sub && i < sizeof(subs) / sizeof(subs[0]); i++)
		if (!strcmp(sub, subs[i]))
			return 1;
	return 0;
}

/*
 * What sentence `s` tells of: 1 a bomb or a grenade, 2 direct fighting (a
 * cue of Battles of weight 6 or more), or both.
 */
static int bomb_or_fighting(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_trigger *t;
	size_t i = c->si[s].m_first;
	int what = 0;

	for (t = next_cue(c, s, &i); t; t = next_cue(c, s, &i)) {
		if (!strcmp(t->event_type, "Explosions/Remote violence") && near_blast(t->sub_type))
			what |= 1;
		else if (!strcmp(t->event_type, "Battles") && t->weight >= 6)
			what |= 2;
	}
	return what;
}

/*
 * Does event `ev` tell of a bomb and of fighting in one sentence or two
 * side by side: "a roadside bomb hit the patrol. The attack was followed
 * by an assault with small arms"?  `in_event` is scratch of one byte per
 * sentence, all 0, and left so: the event's sentences are marked in it
 * to find the one after each at once.
 */
static int bomb_then_fighting(const struct rasdp_ctx *c, const struct rasd_event *ev,
			      uint8_t *in_event)
{
	size_t j;
	int found = 0;

	for (j = 0; j < ev->nevidence; j++)
		in_event[ev->evidence[j]] = 1;
	for (j = 0; j < ev->nevidence && !found; j++) {
		uint32_t s = ev->evidence[j];
		int what = bomb_or_fighting(c, s);

		found = what == 3 || (what && s + 1 < c->d->nsents && in_event[s + 1] &&
				      (what | bomb_or_fighting(c, s + 1)) == 3);
	}
	for (j = 0; j < ev->nevidence; j++)
		in_event[ev->evidence[j]] = 0;
	return found;
}

static void read_context(const struct rasdp_ctx *c, const struct rasd_event *ev,
			 const struct reading *rd, size_t nrd, uint8_t *in_event,
			 struct event_context *x)
{
	size_t i, j;

	memset(x, 0, sizeof(*x));
	for (i = 0; i < nrd; i++) {
		if (!rd[i].n && !rd[i].title)
			continue;
		if (!strcmp(rd[i].type, "Explosions/Remote violence")) {
			x->blast |= rd[i].n > 0;
			x->blast_afar |= rd[i].n > 0 && !near_blast(rd[i].sub);
		}
		x->protest_named |= !strcmp(rd[i].type, "Protests") && rd[i].sub &&
				    !strcmp(rd[i].sub, "Peaceful protest");
	}
	for (i = 0; i < ev->nclaims; i++) {
		const struct rasd_claim *cl = &ev->claims[i];
		int armed = armed_group(cl->who);

		if (cl->denied)
			continue;
		x->protest_named |= cl->who && !strcmp(cl->who, "protesters");
		if (cl->who_actor >= 0)
			armed |= armed_inter(rasdp_lex_actor(c->lx, (size_t)cl->who_actor)->inter);
		x->armed_victims |= armed;
		x->civilian_victims |= !armed && civilian_group(cl->who);
		x->hurt |= cl->kind == RASD_CAS_KILLED || cl->kind == RASD_CAS_WOUNDED ||
			   cl->kind == RASD_CAS_KILLED_OR_WOUNDED;
	}
	for (i = 0; i < ev->nactors; i++) {
		unsigned inter = rasdp_lex_actor(c->lx, (size_t)ev->actors[i].actor)->inter;

		x->armed_actors += armed_inter(inter);
		x->state_forces |= inter == 1;
	}
	for (j = 0; j < ev->nevidence; j++)
		x->hazard += hazard_words(c->d, ev->evidence[j]);
	x->ambush = bomb_then_fighting(c, ev, in_event);
	for (i = 0; i < nrd; i++)
		x->cues += rd[i].title ? 0 : rd[i].n;
	/* the cause is often told the sentence before the toll */
	if (ev->nevidence && ev->evidence[0] > 0) {
		struct type_count tc[MAX_TYPES];
		size_t ntc = 0;

		x->hazard += hazard_words(c->d, ev->evidence[0] - 1);
		count_cues(c, ev->evidence[0] - 1, tc, &ntc);
		for (i = 0; i < ntc; i++)
			x->cues += tc[i].n;
	}
}

static int same_sub(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* The features of reading `r` of event `ev` into x[FR__COUNT]. */
static void reading_features(const struct rasd_event *ev, const struct reading *r,
			     const struct type_count *evt, size_t nevt, const struct report_frames *rf,
			     const struct type_count *first, size_t nfirst,
			     const struct event_context *cx, float *x)
{
	int vote_all = 0, type_n = 0;
	size_t i;

	memset(x, 0, FR__COUNT * sizeof(*x));
	x[FR_BIAS] = 1;
	if (r->kind == RASD_FRAME_NONE) {
		x[FR_NONE] = 1;
		if (cx->hazard)
			x[FR_NONE_HAZARD] = (float)cx->hazard / (float)(cx->hazard + cx->cues);
		x[FR_NONE_HAZARD_TITLE] = (float)rf->hazard_title;
		if (rf->hazard)
			x[FR_NONE_HAZARD_REPORT] = (float)rf->hazard / (float)(rf->hazard + rf->total);
		return;
	}
	if (r->kind == RASD_FRAME_UNTYPED) {
		x[FR_UNTYPED] = 1;
		return;
	}
	for (i = 0; i < ev->nvotes; i++) {
		vote_all += ev->votes[i].sum;
		if (!strcmp(ev->votes[i].event_type, r->type)) {
			x[FR_VOTE_SHARE] = (float)ev->votes[i].sum;
			if (ev->event_type && !strcmp(ev->event_type, r->type)) {
				x[FR_VOTE_TOP] = 1;
				x[FR_SUB_TOP] = same_sub(ev->votes[i].sub_type, r->sub);
			}
		}
	}
	if (vote_all)
		x[FR_VOTE_SHARE] /= (float)vote_all;
	type_n = type_has(evt, nevt, r->type);
	x[FR_WEIGHT] = (float)r->weight / 10;
	if (rf->total)
		x[FR_REPORT_SHARE] = (float)type_has(rf->all, rf->nall, r->type) / (float)rf->total;
	if (type_n)
		x[FR_SUB_SHARE] = (float)r->n / (float)type_n;
	x[FR_TITLE] = type_has(rf->title, rf->ntitle, r->type) > 0;
	x[FR_SUB_TITLE] = (float)r->title;
	x[FR_LEAD] = type_has(rf->lead, rf->nlead, r->type) > 0;
	x[FR_FIRST] = type_has(first, nfirst, r->type) > 0;
	if (!strcmp(r->type, "Strategic developments")) {
		x[FR_STRATEGIC] = 1;
		x[FR_STRATEGIC_HURT] = (float)cx->hurt;
	} else if (!strcmp(r->type, "Battles")) {
		x[FR_BATTLE_BLAST] = (float)cx->blast;
		x[FR_BATTLE_ENGAGED] = r->weight >= 6;
		x[FR_BATTLE_AMBUSH] = (float)(cx->ambush && !cx->blast_afar);
		x[FR_BATTLE_ARMED] = (float)cx->armed_victims;
		x[FR_BATTLE_SIDES] = cx->armed_actors >= 2;
	} else if (!strcmp(r->type, "Violence against civilians")) {
		x[FR_VAC_CIVILIANS] = cx->civilian_victims && !cx->armed_victims;
		x[FR_VAC_UNARMED] = x[FR_VAC_CIVILIANS] && !cx->blast;
	} else if (!strcmp(r->type, "Explosions/Remote violence")) {
		x[FR_BLAST_CIVILIANS] = cx->civilian_victims && !cx->armed_victims;
	}
	if (!strcmp(r->type, "Protests"))
		x[FR_PROTEST_UNNAMED] = (float)!cx->protest_named;
	if (!strcmp(r->type, "Protests") && r->sub) {
		if (!strcmp(r->sub, "Excessive force against protesters"))
			x[FR_PROTEST_KILLED] = (float)cx->hurt;
		else if (!strcmp(r->sub, "Protest with intervention"))
			x[FR_PROTEST_FORCES] = (float)cx->state_forces;
	}
}

/*
 * A cue that names the type without its sub-type ("قصف", "bombardment")
 * says only the type: where another cue of the type names the sub-type,
 * that reading stands for it and the open one goes.
 */
static void fold_open(struct reading *rd, size_t *nrd)
{
	size_t i, j, w = 0;

	for (i = 0; i < *nrd; i++) {
		int named = 0;

		for (j = 0; !rd[i].sub && rd[i].kind == RASD_FRAME_TYPE && j < *nrd; j++)
			named |= rd[j].kind == RASD_FRAME_TYPE && rd[j].sub &&
				 !strcmp(rd[j].type, rd[i].type);
		if (!named)
			rd[w++] = rd[i];
	}
	*nrd = w;
}

/* ACLED's sub-types of protests, told apart by what others did to them. */
static const char *const protest_subs[] = {
	"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
};

/*
 * A protest's sub-type is not in its words but in what happened to it
 * (forces intervened, protesters were killed): every protest reading
 * brings the three, at the weight of its heaviest cue.
 */
static void protest_readings(struct reading *rd, size_t *nrd)
{
	const char *type = NULL;
	size_t i, k;
	int weight = 0;

	for (i = 0; i < *nrd; i++)
		if (rd[i].kind == RASD_FRAME_TYPE && !strcmp(rd[i].type, "Protests")) {
			type = rd[i].type;
			if (rd[i].weight > weight)
				weight = rd[i].weight;
		}
	for (k = 0; type && k < sizeof(protest_subs) / sizeof(protest_subs[0]); k++) {
		for (i = 0; i < *nrd; i++)
			if (rd[i].kind == RASD_FRAME_TYPE && !strcmp(rd[i].type, type) &&
			    (!rd[i].sub || !strcmp(rd[i].sub, protest_subs[k])))
				break;
		if (i < *nrd) {
			if (!rd[i].sub)
				rd[i].sub = protest_subs[k];
			continue;
		}
		memset(&rd[*nrd], 0, sizeof(rd[*nrd]));
		rd[*nrd].type = type;
		rd[*nrd].sub = protest_subs[k];
		rd[*nrd].kind = RASD_FRAME_TYPE;
		rd[*nrd].weight = weight;
		(*nrd)++;
	}
}

/* Readings proposed by the headline alone weigh what its cues weigh. */
static void headline_weights(const struct rasdp_ctx *c, struct reading *rd, size_t nrd)
{
	const struct rasd_trigger *t;
	size_t i, j;

	for (i = 0; i < nrd; i++) {
		if (rd[i].weight)
			continue;
		j = c->si[0].m_first;
		for (t = next_cue(c, 0, &j); t; t = next_cue(c, 0, &j))
			if (!strcmp(t->event_type, rd[i].type) && same_sub(t->sub_type, rd[i].sub) &&
			    t->weight > rd[i].weight)
				rd[i].weight = t->weight;
	}
}

/*
 * The readings of event `ev` (the first event of the report also reads
 * the headline), each with its features, into ev->frames; the best by the
 * frame model becomes its type.  0 or RASD_ENOMEM.
 */
static int frame_event(const struct rasdp_ctx *c, const struct rasd_model *m,
		       struct rasd_event *ev, int first_event, const struct report_frames *rf)
{
	struct rasd_doc *d = c->d;
	struct reading rd[MAX_READINGS + 5];
	struct type_count first[MAX_TYPES], evt[MAX_TYPES];
	struct event_context cx;
	size_t nrd = 0, nfirst = 0, nevt = 0, i, j;
	double best = 0;

	for (j = 0; j < ev->nevidence; j++) {
		sentence_readings(c, ev->evidence[j], 0, rd, &nrd);
		count_cues(c, ev->evidence[j], evt, &nevt);
	}
	if (first_event && d->nsents > 1 && c->si[0].headline)
		sentence_readings(c, 0, 1, rd, &nrd);
	if (ev->nevidence)
		count_cues(c, ev->evidence[0], first, &nfirst);
	headline_weights(c, rd, nrd);
	read_context(c, ev, rd, nrd, rf->in_event, &cx);
	fold_open(rd, &nrd);
	protest_readings(rd, &nrd);
	if (!nrd) {
		memset(&rd[nrd], 0, sizeof(rd[nrd]));
		rd[nrd++].kind = RASD_FRAME_UNTYPED;
	}
	/*
	 * "no violent event" is proposed by words of another cause of harm in
	 * the report: in the event's sentences, the sentence before them, the
	 * headline, or anywhere ("Floods hit four provinces ... Injuries were
	 * recorded in Hajjah"); the features weigh how much they speak of it.
	 */
	if (cx.hazard || rf->hazard_title || rf->hazard) {
		memset(&rd[nrd], 0, sizeof(rd[nrd]));
		rd[nrd++].kind = RASD_FRAME_NONE;
	}

	ev->frames = rasd_arena_calloc(&d->arena, nrd, sizeof(*ev->frames));
	if (!ev->frames)
		return RASD_ENOMEM;
	ev->nframes = nrd;
	ev->frame = -1;
	for (i = 0; i < nrd; i++) {
		struct rasd_frame *f = &ev->frames[i];
		double sc;

		f->x = rasd_arena_calloc(&d->arena, FR__COUNT, sizeof(*f->x));
		if (!f->x)
			return RASD_ENOMEM;
		f->event_type = rd[i].type;
		f->sub_type = rd[i].sub;
		f->kind = rd[i].kind;
		f->weight = (uint8_t)rd[i].weight;
		reading_features(ev, &rd[i], evt, nevt, rf, first, nfirst, &cx, f->x);
		sc = rasdp_model_score(m, f->x);
		if (ev->frame < 0 || sc > best) {
			ev->frame = (int32_t)i;
			best = sc;
		}
	}
	return 0;
}

/* `ev` takes reading ev->frames[ev->frame] as its type. */
static void take_frame(struct rasd_event *ev)
{
	const struct rasd_frame *f = &ev->frames[ev->frame];
	size_t i;

	ev->event_type = f->event_type;
	ev->sub_type = f->sub_type;
	ev->trigger_weight = f->weight;
	/* the vote's strongest cue of the type, as before, when it has one */
	for (i = 0; f->event_type && i < ev->nvotes; i++)
		if (!strcmp(ev->votes[i].event_type, f->event_type) && ev->votes[i].best > f->weight)
			ev->trigger_weight = ev->votes[i].best;
}

int rasdp_settle_frames(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	const struct rasd_models *ms = rasdp_engine_models(d->engine);
	const struct rasd_model *m = ms ? &ms->m[RASD_DEC_FRAME] : NULL;
	struct report_frames rf;
	size_t i, w = 0;
	int rc;

	if (!m || !m->w)
		return 0;
	read_report(c, &rf);
	rf.in_event = rasd_arena_calloc(&d->arena, d->nsents, 1);
	if (!rf.in_event)
		return RASD_ENOMEM;
	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];

		rc = frame_event(c, m, ev, i == 0, &rf);
		if (rc)
			return rc;
		if (ev->frames[ev->frame].kind == RASD_FRAME_NONE) {
			struct rasd_event *slot = RASD_ARENA_PUSH(&d->arena, d->rejected, d->nrejected,
								  d->rejected_alloc);

			if (!slot)
				return RASD_ENOMEM;
			*slot = *ev;
			continue;
		}
		take_frame(ev);
		date_by_statement(d, ev);
		if (w != i)
			d->events[w] = *ev;
		w++;
	}
	d->nevents = w;
	return 0;
}

/* Is event `ev` strong enough on its own: a figure, or a strong cue with a place? */
static int stands_alone(const struct rasd_event *ev)
{
	return ev->nclaims || (ev->event_type && ev->trigger_weight >= MIN_EVENT_WEIGHT &&
			       (ev->place >= 0 || ev->trigger_weight >= MIN_EVENT_WEIGHT + 1));
}

/* Mark the sentences event `ev` tells of in told[]. */
static void mark_told(const struct rasd_event *ev, uint8_t *told)
{
	size_t j;

	for (j = 0; j < ev->nevidence; j++)
		told[ev->evidence[j]] = 1;
}

/*
 * An event must have a figure, or a strong type cue and a place (a cue
 * stronger still without one): background mentions of "the campaign" or
 * "control" are not events.  A place of a wave after the first is the same
 * happening as the first ("settlers attacked Huwara, Burin and Qaryut,
 * killing one"): it stands with the event its sentence tells of.
 */
void rasdp_drop_weak_events(struct rasd_doc *d)
{
	uint8_t *keep = d->nevents ? rasd_arena_calloc(&d->arena, d->nevents, 1) : NULL;
	/* the sentences a kept event tells of, so that a wave's place looks at one */
	uint8_t *told = keep ? rasd_arena_calloc(&d->arena, d->nsents, 1) : NULL;
	size_t i, w = 0;

	if (!told)
		return;   /* no events, or the arena's failure reported at the end */
	for (i = 0; i < d->nevents; i++) {
		keep[i] = (uint8_t)stands_alone(&d->events[i]);
		if (keep[i])
			mark_told(&d->events[i], told);
	}
	for (i = 0; i < d->nevents; i++) {
		const struct rasd_event *ev = &d->events[i];

		if (!keep[i] && ev->wave && ev->event_type && ev->nevidence &&
		    told[ev->evidence[0]]) {
			keep[i] = 1;
			mark_told(ev, told);
		}
	}
	for (i = 0; i < d->nevents; i++) {
		if (!keep[i])
			continue;
		if (w != i)
			d->events[w] = d->events[i];
		w++;
	}
	d->nevents = w;
}
