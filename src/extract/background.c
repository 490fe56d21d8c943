/*
 * background.c - the day a report tells of, and which of its sentences
 * recall another time (the scored decision `background`).
 *
 * First the report as a whole: its lead (the first sentence with a cue or
 * a casualty word after the headline or a title line) and the day it tells
 * of (the lead's date, else the publication day).  Then each sentence:
 * dated days before that day ("In 2019 a car bomb ...", "في نيسان
 * الماضي"), opened by a phrase of recall or a teaser of another story
 * ("يذكر أن", "اقرأ أيضا"), it is background.  Such a sentence gives the
 * report's current events no figure, date or place (a past happening it
 * tells with figures of its own is an event apart: framing.c), and a
 * teaser of another story (a line of the list "اقرأ أيضا" opens, or
 * "Read more: ...") none at all; a cue dated so ("last year's
 * port explosion") frames nothing (rasdp_cue_dated_apart(), asked by
 * event_type.c whether a cue counts).  This runs after the first pass over
 * every sentence, since the lead may come late; each sentence looks only
 * at its own dates and matches.
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/attribution_int.h"
#include "extract/framing_int.h"

#include "base/banned.h"

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
		    !rasdp_said_date(d, si, t))
			return t;
	}
	return NULL;
}

/*
 * The last resolved date of sentence `s` dating a statement ("the
 * minister said on Monday"), or NULL.
 */
static const struct rasd_date *statement_date(const struct rasd_doc *d, const struct rasdp_sent *si,
					      const struct rasd_sentence *st)
{
	const struct rasd_date *last = NULL;
	size_t i;

	for (i = rasdp_date_from(d, st->tok_start);
	     (si->speech || si->stance) && i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start >= st->tok_start && t->tok_end <= st->tok_end && t->date.y &&
		    rasdp_reporting_date(d, si, t))
			last = t;
	}
	return last;
}

/*
 * The day lead `si` tells of from its own date `t` (a date not dating a
 * statement): that date's, unless the lead dates a statement days after
 * it ("the minister said on Monday that the attack two years ago was
 * planned abroad"): the statement is the news, the date it names another
 * time.
 */
static int64_t lead_day(const struct rasd_doc *d, const struct rasdp_sent *si,
			const struct rasd_sentence *st, const struct rasd_date *t)
{
	const struct rasd_date *said = statement_date(d, si, st);
	int64_t day = rasdp_day_of(&t->date);

	if (said && rasdp_day_of(&said->date) > day + BACKGROUND_DAYS)
		return rasdp_day_of(&said->date);
	return day;
}

/*
 * Does sentence `s` have an event cue or a casualty word, read before the
 * report's day is known?  Its cue (c->si[s].trig) is read here, only for
 * the sentences reference_day() reaches; the others are read once the day
 * is known (rasdp_mark_background()).
 */
static int tells_of_harm(const struct rasdp_ctx *c, uint32_t s)
{
	if (has_casualty(c->d, &c->si[s]))
		return 1;
	rasdp_sentence_trigger(c, s);
	return c->si[s].trig >= 0;
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

		if (((si->headline || title_line(d, s)) && d->nsents > 1) || !tells_of_harm(c, s))
			continue;
		if (c->lead < 0) {
			c->lead = (int32_t)s;
			t = si->date >= 0 ? &d->dates[si->date] : first_date(d, si, &d->sents[s]);
			if (t) {
				*day = lead_day(d, si, &d->sents[s], t);
				return 1;
			}
			/* an undated lead: the report is of the days it was published */
			if (d->published.y)
				break;
		} else if (si->date >= 0 && d->dates[si->date].precision == RASD_PREC_DAY) {
			*day = rasdp_day_of(&d->dates[si->date].date);
			return 1;
		}
	}
	if (!d->published.y)
		return 0;
	*day = rasdp_day_of(&d->published);
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
	       rasdp_day_of(&t->date) < c->ref_day - (c->ref_published ? BACKGROUND_DAYS_PUBLISHED
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

int rasdp_date_next_to(const struct rasd_doc *d, const struct rasd_date *t, uint32_t a, uint32_t b)
{
	return date_gap(d, t, a, b) >= 0;
}

/*
 * How many words part date `t` from tokens [a, b) in their clause, at any
 * distance; -1 when a clause break lies between.
 */
static int clause_gap(const struct rasd_doc *d, const struct rasd_date *t, uint32_t a, uint32_t b)
{
	if (t->tok_end <= a)
		return rasdp_clause_clear(d, t->tok_end, a) ? (int)(a - t->tok_end) : -1;
	if (t->tok_start >= b)
		return rasdp_clause_clear(d, b, t->tok_start) ? (int)(t->tok_start - b) : -1;
	return -1;
}

/*
 * Does sentence `si` have a resolved date of another time (`apart`) or of
 * the day told of (!`apart`), not one dating a statement?
 */
static int sentence_dated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_sentence *st, int apart)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start >= st->tok_start && t->tok_end <= st->tok_end && t->date.y &&
		    date_apart(c, t) == apart && !rasdp_said_date(d, si, t))
			return 1;
	}
	return 0;
}

/*
 * Does the relative pronoun at token `r` open a relative clause: not
 * "that" after a reporting verb and its date ("said on Monday that ..."
 * opens what was said)?
 */
static int opens_relative(const struct rasd_doc *d, const struct rasdp_sent *si,
			  const struct rasd_sentence *st, uint32_t r)
{
	size_t i;

	if (!rasdp_cue(d, r, RASD_CUE_RELATIVE))
		return 0;
	if (!rasdp_cue(d, r, RASD_CUE_THAT))
		return 1;
	if (r == st->tok_start || rasdp_in_date(d, r - 1))
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind == RASD_LEX_SPEECH && m->tok_end <= r && m->tok_end + 3 >= r)
			return 0;
	}
	return 1;
}

/* At most this many words from a relative pronoun to the verb of its clause. */
#define RELATIVE_TOKS 4

/*
 * The end of the cues of sentence `si` that follow on from token `b` ("the
 * car bomb attack": "car bomb", then "attack"), or `b`.
 */
static uint32_t cues_end(const struct rasd_doc *d, const struct rasdp_sent *si, uint32_t b)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++)
		if (d->matches[i].kind == RASD_LEX_TRIGGER && d->matches[i].tok_start <= b &&
		    d->matches[i].tok_end > b)
			b = d->matches[i].tok_end;
	return b;
}

/* At most this many words from a cue to the relative clause of its toll past its object. */
#define TOLL_RELATIVE_TOKS 6

/*
 * The relative clause telling a toll that follows the cue ending at token
 * `b` past its object, no cue between, in its clause ("the attack on a
 * school in the city that killed 30 people", "الغارة على مدرسة في المدينة
 * التي أودت بحياة 30"): its pronoun, or 0.  A clause of no casualty word
 * tells of the object ("the strike on the school that opened in 1990").
 */
static uint32_t toll_relative_after(const struct rasd_doc *d, const struct rasdp_sent *si,
				    const struct rasd_sentence *st, uint32_t b)
{
	uint32_t r;
	size_t i;

	for (r = b + 1; r < st->tok_end && r <= b + TOLL_RELATIVE_TOKS && rasdp_clause_clear(d, b, r); r++) {
		if (!opens_relative(d, si, st, r))
			continue;
		for (i = si->m_first; i < si->m_last; i++) {
			const struct rasd_match *m = &d->matches[i];

			if (m->tok_start >= b && m->tok_start < r && m->kind == RASD_LEX_TRIGGER)
				return 0;
			if (m->tok_start > r && m->tok_start <= r + RELATIVE_TOKS &&
			    m->kind == RASD_LEX_CASUALTY)
				return r;
		}
		return 0;
	}
	return 0;
}

/*
 * The relative clause the cue at tokens [a, b) heads ("a car bomb that
 * struck ...", "the attack, which took place in 2019", "التفجير الذي
 * وقع ...") or lies in ("the market that was hit by an attack ..."): the
 * token of its pronoun, or 0 when there is none.
 */
static uint32_t relative_of(const struct rasd_doc *d, const struct rasdp_sent *si,
			    const struct rasd_sentence *st, uint32_t a, uint32_t b)
{
	uint32_t r;

	b = cues_end(d, si, b);
	if (b < st->tok_end && opens_relative(d, si, st, b))
		return b;
	if (b + 1 < st->tok_end && rasdp_tok_is_punct(d, b, ',') && opens_relative(d, si, st, b + 1))
		return b + 1;
	r = toll_relative_after(d, si, st, b);
	if (r)
		return r;
	for (r = a; r > st->tok_start && a - r < RELATIVE_TOKS && rasdp_clause_clear(d, r - 1, a);)
		if (opens_relative(d, si, st, --r))
			return r;
	return 0;
}

/* At most this many words (a date's aside) between a cue and the relative clause it heads. */
#define ANTECEDENT_TOKS 3

/*
 * Is the cue the relative clause at token `r` tells of dated to another
 * time: a cue ending at most ANTECEDENT_TOKS words before it in its clause,
 * besides a date (a comma may part them: "the 2016 car bombing in Azaz,
 * which killed 50 people", "تفجير السيارة في اعزاز عام 2016، والذي أودى
 * بحياة 50 شخصا")?  What the clause tells is of then too.
 */
int rasdp_antecedent_dated_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				 const struct rasd_sentence *st, uint32_t r)
{
	const struct rasd_doc *d = c->d;
	uint32_t e = r > st->tok_start && rasdp_tok_is_punct(d, r - 1, ',') ? r - 1 : r, k, n = 0;
	size_t i;

	for (i = si->m_last; i-- > si->m_first;) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind != RASD_LEX_TRIGGER || m->tok_end > e)
			continue;
		for (k = m->tok_end; k < e; k++)
			n += !rasdp_in_date(d, k);
		if (n > ANTECEDENT_TOKS || !rasdp_clause_clear(d, m->tok_end, e))
			return 0;
		return rasdp_cue_dated_apart(c, si, st, m->tok_start, m->tok_end);
	}
	return 0;
}

int rasdp_relative_clause_dated(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				const struct rasd_sentence *st, uint32_t r)
{
	const struct rasd_doc *d = c->d;
	int apart = 0;
	size_t i;

	for (i = rasdp_date_from(d, r + 1); i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_end > st->tok_end || !rasdp_clause_clear(d, r, t->tok_start))
			break;
		if (!t->date.y || rasdp_said_date(d, si, t))
			continue;
		if (!date_apart(c, t))
			return -1;   /* the clause tells of now too */
		apart = 1;
	}
	return apart;
}

/*
 * Is the cue at tokens [a, b) told in a relative clause dated to another
 * time, of no day of now ("sentenced on Tuesday a man over the car bomb
 * that struck the market three years ago", "ذكرى الهجوم الذي شهدته المدينة
 * عام 2019")?  The clause tells of then, whatever the sentence's own day.
 */
static int relative_dated_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				const struct rasd_sentence *st, uint32_t a, uint32_t b)
{
	uint32_t r = relative_of(c->d, si, st, a, b);
	int dated = r ? rasdp_relative_clause_dated(c, si, st, r) : 0;

	return dated > 0 || (!dated && r && r < a && rasdp_antecedent_dated_apart(c, si, st, r));
}

/* Does sentence `st` have a number or a date? */
static int counts_or_dates(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	size_t n = rasdp_num_from(d, st->tok_start), t = rasdp_date_from(d, st->tok_start);

	return (n < d->nnums && d->nums[n].tok_start < st->tok_end) ||
	       (t < d->ndates && d->dates[t].tok_start < st->tok_end);
}

static int cue_dated_here(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_sentence *st, uint32_t a, uint32_t b);

/*
 * Do the cues of sentence `sk` all tell of another time (1), one not (-1),
 * or has it none (0)?  With `casualties`, its casualty words count as cues
 * when it has a number or a date; with `here`, only dates in the sentence
 * itself tell (cue_dated_here()).
 */
static int cues_of_then(const struct rasdp_ctx *c, const struct rasdp_sent *sk,
			const struct rasd_sentence *st, int casualties, int here)
{
	const struct rasd_doc *d = c->d;
	int apart = 0;
	size_t i;

	for (i = sk->m_first; i < sk->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind != RASD_LEX_TRIGGER &&
		    !(casualties && m->kind == RASD_LEX_CASUALTY && counts_or_dates(d, st)))
			continue;
		if (!(here ? cue_dated_here(c, sk, st, m->tok_start, m->tok_end)
			   : rasdp_cue_dated_apart(c, sk, st, m->tok_start, m->tok_end)))
			return -1;
		apart = 1;
	}
	return apart;
}

/* Is `si` the headline itself, not a view of a clause of it (sites.c)? */
static int body_headline(const struct rasdp_ctx *c, const struct rasdp_sent *si)
{
	return si == &c->si[0] && (si->headline || title_line(c->d, 0));
}

/*
 * Does the body under headline `si` tell only of another time: a cue of it
 * dated to another time ("a car bomb that struck the market three years
 * ago"), and no cue of now, nor a casualty word of now in a sentence with
 * a number or a date ("Relatives of the victims attended" tells of no
 * toll)?  Then the headline's cues ("Court jails man over market
 * bombing") name that happening too.
 */
static int body_of_another_time(const struct rasdp_ctx *c, const struct rasdp_sent *si)
{
	const struct rasd_doc *d = c->d;
	uint32_t s;
	int apart = 0;

	if (!body_headline(c, si))
		return 0;
	for (s = 1; s < d->nsents; s++) {
		int v = cues_of_then(c, &c->si[s], &d->sents[s], 1, 0);

		if (v < 0)
			return 0;
		apart |= v;
	}
	return apart;
}

/* At most this many words before a cue that opens its sentence ("The attack", "وأسفر التفجير"). */
#define OPENING_CUE_TOKS 2

/* Does sentence `st` have a resolved date? */
static int has_resolved_date(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	size_t i;

	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++)
		if (d->dates[i].date.y)
			return 1;
	return 0;
}

/*
 * Is the cue at token `a` a definite noun opening sentence `si`, of no date
 * of its own, right after a sentence whose cues all tell of another time
 * ("... over a market bombing in the town in 2019. The attack killed 43
 * people.", "... بتفجير سوق البلدة عام 2019. وأسفر التفجير عن مقتل 43")?
 * It names that happening again.
 */
static int told_again_of_then(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			      const struct rasd_sentence *st, uint32_t a)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *sp;

	if (si <= c->si || si >= c->si + d->nsents || a > st->tok_start + OPENING_CUE_TOKS ||
	    !rasdp_definite(d, a) || has_resolved_date(d, st))
		return 0;
	sp = si - 1;
	return cues_of_then(c, sp, &d->sents[sp - c->si], 0, 1) > 0;
}

/*
 * Could a cue of sentence `si` be named again of a happening the sentence
 * before dates to another time (told_again_of_then()): does it open with a
 * definite cue, and tell no date?
 */
static int may_tell_again(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_sentence *st)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (si <= c->si || si >= c->si + d->nsents || has_resolved_date(d, st))
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind == RASD_LEX_TRIGGER && m->tok_start <= st->tok_start + OPENING_CUE_TOKS &&
		    rasdp_definite(d, m->tok_start))
			return 1;
	}
	return 0;
}

/*
 * Is a date of sentence `si` (not one dating a statement) of another time
 * and next to the cue at tokens [a, b), nearer to it than to any other
 * cue: "last year's port explosion", "غارات مماثلة في 17 آذار"?  That cue
 * tells of then ("a rally over last year's explosion": the explosion).
 */
static int cue_dated_here(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_sentence *st, uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = c->d;
	size_t i, k;

	/*
	 * Of no date of then, the sentence dates a cue so only through the
	 * cue a relative clause of it tells of, named again of the body under
	 * the headline or of the sentence before (rasdp_cue_dated_apart()):
	 * asked of the sentence first, this spares most cues the search for
	 * their relative clause.
	 */
	if (!sentence_dated(c, si, st, 1))
		return (body_headline(c, si) || may_tell_again(c, si, st)) &&
		       relative_dated_apart(c, si, st, a, b);
	if (relative_dated_apart(c, si, st, a, b))
		return 1;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];
		int gap, far, nearest = 1;

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || !date_apart(c, t))
			continue;
		if (rasdp_said_date(d, si, t))
			continue;
		gap = date_gap(d, t, a, b);
		/*
		 * further off in the clause, the date must be the cue's alone,
		 * and the sentence tell of no day of now ("clashes broke out on
		 * Monday near the base built in 2019")
		 */
		far = gap < 0;
		if (far && !sentence_dated(c, si, st, 0))
			gap = clause_gap(d, t, a, b);
		if (gap < 0)
			continue;
		for (k = si->m_first; k < si->m_last && nearest; k++) {
			const struct rasd_match *m = &d->matches[k];
			int g;

			/* (a cue over the same words is this one: "car bombing", "bombing") */
			if (m->kind != RASD_LEX_TRIGGER || (m->tok_start < b && m->tok_end > a))
				continue;
			g = far ? clause_gap(d, t, m->tok_start, m->tok_end)
				: date_gap(d, t, m->tok_start, m->tok_end);
			nearest = g < 0 || g > gap || (!far && g == gap);
		}
		if (nearest)
			return 1;
	}
	return 0;
}

/*
 * rasdp_cue_dated_apart(): dated so in its sentence, or named again of
 * a happening the sentence before or the body under a headline dates so.
 */
int rasdp_cue_dated_apart(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			  const struct rasd_sentence *st, uint32_t a, uint32_t b)
{
	return cue_dated_here(c, si, st, a, b) || body_of_another_time(c, si) ||
	       told_again_of_then(c, si, st, a);
}

/*
 * The background phrase (negation.tsv `background`: "يذكر أن", "it is
 * worth recalling", "comes a year after", "اقرأ أيضا") opening sentence
 * `si`: its match index, or -1.  It governs the whole sentence.
 * (Elsewhere in a sentence such a phrase governs only its clause:
 * figures.c.)
 */
static long opening_phrase(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			   const struct rasd_sentence *st)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind == RASD_LEX_NEGATION && m->tok_start <= st->tok_start + 2 &&
		    rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_BACKGROUND)
			return (long)i;
	}
	return -1;
}

static int opens_background(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			    const struct rasd_sentence *st)
{
	return opening_phrase(c, si, st) >= 0;
}

/*
 * Is sentence `si` a teaser of another story: its opening phrase a label
 * ended by a colon ("اقرأ أيضا: ...", "Read more: ...")?  A recall goes on
 * in a clause ("يذكر أن ...", "It is worth recalling that ...").
 */
static int opens_teaser(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			const struct rasd_sentence *st)
{
	long i = opening_phrase(c, si, st);
	uint32_t end = i >= 0 ? c->d->matches[i].tok_end : 0;

	return i >= 0 && end < st->tok_end && rasdp_tok_is_punct(c->d, end, ':');
}

/* Is date `t` next to any event cue of sentence `si`? */
static int date_of_a_cue(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			 const struct rasd_date *t)
{
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &c->d->matches[i];

		if (m->kind == RASD_LEX_TRIGGER && rasdp_date_next_to(c->d, t, m->tok_start, m->tok_end))
			return 1;
	}
	return 0;
}

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
		} else if (!rasdp_said_date(d, si, t)) {
			/* (what was said last week may be of today's event) */
			past = 1;
			past_of_sentence |= !date_of_a_cue(c, si, t);
			x[BG_YEAR] = x[BG_YEAR] || t->precision == RASD_PREC_YEAR;
			x[BG_COARSE] = x[BG_COARSE] || t->precision == RASD_PREC_WEEK ||
				       t->precision == RASD_PREC_MONTH;
		}
	}
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		counted = counted || (m->kind == RASD_LEX_TRIGGER && rasdp_cue_counts(c, si, st, m));
		x[BG_CASUALTY] = x[BG_CASUALTY] || m->kind == RASD_LEX_CASUALTY;
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

/* At most this many tokens make a line of a list of other stories. */
#define TEASER_LINE_TOKS 30

/*
 * Is the line sentence `st` opens or goes on short as a headline ("•
 * ذي قار.. مخمور يتسبب بأضرار ...", "Clashes in Saraqib kill 10
 * fighters"), at most TEASER_LINE_TOKS tokens?
 */
static int headline_line(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t a = st->tok_start, b = st->tok_start + 1;

	if (st->tok_end <= st->tok_start)
		return 0;
	while (a > 0 && !rasdp_starts_line(d, a) && st->tok_start - a <= TEASER_LINE_TOKS)
		a--;
	while (b < d->ntoks && !rasdp_starts_line(d, b) && b - a <= TEASER_LINE_TOKS)
		b++;
	return b - a <= TEASER_LINE_TOKS;
}

void rasdp_mark_background(struct rasdp_ctx *c)
{
	uint32_t s;
	int teasers = 0;   /* in the list of other stories after a teaser line */

	const struct rasd_models *ms = rasdp_engine_models(c->d->engine);
	const struct rasd_model *m = ms ? &ms->m[RASD_DEC_BACKGROUND] : NULL;

	c->has_ref = reference_day(c, &c->ref_day);
	for (s = 0; s < c->d->nsents; s++) {
		struct rasdp_sent *si = &c->si[s];
		/* kept only for rasd train: 64 bytes a sentence otherwise */
		float x0[BG__COUNT] = { 0 };
		float *x = c->keep_bg_x ? rasd_arena_calloc(&c->d->arena, BG__COUNT, sizeof(*x)) : x0;

		if (!x)
			return;   /* the arena's failure is reported at the end */
		background_features(c, s, x);
		si->bg_x = c->keep_bg_x ? x : NULL;
		si->background = m && m->w && rasdp_model_score(m, x) > 0;
		/*
		 * "اقرأ أيضا:", "Related news" alone on a line: the teaser follows,
		 * and so does every line of the list it opens ("مقالات مشابهة"
		 * and a headline a line), up to a line of the body again
		 */
		if (s > 0 && c->si[s - 1].background &&
		    c->d->sents[s - 1].tok_end - c->d->sents[s - 1].tok_start <= 4 &&
		    opens_background(c, &c->si[s - 1], &c->d->sents[s - 1]))
			teasers = 2;
		if (teasers)
			teasers = headline_line(c->d, &c->d->sents[s]);
		if (teasers && !c->si[s].headline) {
			c->si[s].background = 1;
			c->si[s].teaser = 1;
		}
		c->si[s].teaser |= opens_teaser(c, si, &c->d->sents[s]);
		/* cues dated to another time ("last year's explosion") no longer count */
		rasdp_sentence_trigger(c, s);
	}
}
