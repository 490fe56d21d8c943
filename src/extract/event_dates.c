/*
 * event_dates.c - when an event happened: the date of a sentence, of the
 * statement a sentence reports, and of an event.
 *
 * A sentence's date is its most precise resolved date that does not just
 * date a statement ("the ministry said on Tuesday that ...": gold/GUIDE.md,
 * "Dates"), a year, a self-contradicting date or an embedded post's.  An
 * event's date is the most precise one of its sentences; an event no
 * sentence dates, told by a statement of a known day, gets the week up to
 * that day.  Each sentence looks only at the dates inside it
 * (rasdp_date_from()).
 */
#include <string.h>

#include "extract/framing_int.h"

#include "base/banned.h"

/* Date `ev` by d->dates[di] when it is more precise than its date so far. */
void rasdp_event_date(struct rasd_doc *d, struct rasd_event *ev, int32_t di)
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

/* Words back from a date within which a verb of a stance taken dates it. */
#define STANCE_REACH 6

/*
 * Is date `t` the day of a stance taken (cues.tsv `statement`: "the UN
 * on Wednesday condemned", "condemned on Wednesday the strike that killed
 * 12", "أدان الائتلاف يوم الأربعاء الغارة")?  The verb is right after the
 * date, or up to STANCE_REACH words before it in its sentence with no
 * casualty word or event cue between (`harm`: the end of the last such
 * before the date): the day is the statement's, not the event's.
 */
static int stance_date(const struct rasd_doc *d, const struct rasd_date *t, uint32_t harm)
{
	uint32_t k, n = 0;

	if (!rasdp_doc_has_cue(d, RASD_CUE_STATEMENT) || t->precision != RASD_PREC_DAY)
		return 0;
	if (t->tok_end < d->ntoks && rasdp_cue(d, t->tok_end, RASD_CUE_STATEMENT))
		return 1;
	for (k = t->tok_start; k > harm && n < STANCE_REACH; k--) {
		if (d->toks[k - 1].flags & RASD_TOKF_SENT_END)
			return 0;
		if (rasdp_is_punct(d, k - 1))
			continue;
		if (rasdp_cue(d, k - 1, RASD_CUE_STATEMENT))
			return 1;
		n++;
	}
	return 0;
}

/*
 * Is date `t` the time of the reporting: right before a reporting verb
 * ("the coordinator on Saturday said"), or after a reporting verb of its
 * sentence, with no casualty word or event cue between them, not a year
 * or a season inside what was said ("said on Sunday that last year's
 * bombing ...": past cues.tsv `that`), and not opening a clause of when
 * something happened ("نفوا وجود الخلايا حتى 14 تشرين الأول، عندما انطلقت
 * عمليات عسكرية": cues.tsv `when`)?
 */
int rasdp_reporting_date(const struct rasd_doc *d, const struct rasdp_sent *s,
			 const struct rasd_date *t)
{
	size_t i;
	int after_speech = 0;
	uint32_t said = 0, harm = 0, k;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		/* "the coordinator on Saturday said": a reporting verb right after the day */
		if (m->kind == RASD_LEX_SPEECH && m->tok_start == t->tok_end)
			return 1;
		if (m->tok_start >= t->tok_start)
			break;
		if (m->kind == RASD_LEX_SPEECH) {
			after_speech = 1;
			said = m->tok_end;
		} else if (m->kind == RASD_LEX_CASUALTY || m->kind == RASD_LEX_TRIGGER) {
			after_speech = 0;
			harm = m->tok_end;
		}
	}
	if (s->stance && stance_date(d, t, harm))
		return 1;
	/* a year after an article qualifies the noun after it ("accused of the 2016 bombing") */
	if (t->precision == RASD_PREC_YEAR && t->tok_start > 0 &&
	    rasdp_cue(d, t->tok_start - 1, RASD_CUE_ARTICLE))
		return 0;
	/* past "that" (cues.tsv `that`), a year or a season is of what was said */
	for (k = said; after_speech && t->precision == RASD_PREC_YEAR && k < t->tok_start; k++)
		if (rasdp_cue(d, k, RASD_CUE_THAT))
			after_speech = 0;
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
	uint32_t t, a, b;

	if (st->tok_start + 1 >= st->tok_end)
		return 0;
	/* asked of each sentence up to three times: no '@' in its text, no handle */
	a = d->toks[st->tok_start].nstart;
	b = d->toks[st->tok_end - 1].nend;
	if (a <= b && !memchr(d->norm + a, '@', b - a))
		return 0;
	for (t = st->tok_start; t + 1 < st->tok_end; t++)
		if (rasdp_tok_is_punct(d, t, '@') && d->toks[t + 1].kind == RASD_TOK_WORD &&
		    d->toks[t + 1].start == d->toks[t].end)
			return 1;
	return 0;
}

/*
 * The first token of a clock time and the marks after it that open the
 * line before token `a` ("01:55 - 16 February 2021", "10:42 | 5 March"), or
 * `a` when there is none: up to two punctuation marks, then hours and
 * minutes joined by a colon.
 */
static uint32_t clock_before(const struct rasd_doc *d, uint32_t a)
{
	uint32_t u = a, n;
	int colon = 0;

	for (n = 0; n < 2 && u > 0 && rasdp_is_punct(d, u - 1); n++) {
		if (rasdp_tok_is_punct(d, u - 1, '.') || rasdp_tok_is_punct(d, u - 1, '('))
			break;
		u--;
	}
	if (u == a || u == 0 || d->toks[u - 1].kind != RASD_TOK_NUM)
		return a;
	u--;
	colon = memchr(d->text + d->toks[u].start, ':', d->toks[u].end - d->toks[u].start) != NULL;
	if (!colon && u >= 2 && rasdp_tok_is_punct(d, u - 1, ':') &&
	    d->toks[u - 2].kind == RASD_TOK_NUM) {
		u -= 2;
		colon = 1;
	}
	return colon ? u : a;
}

/*
 * Is date `t` a stamp: a written day (not one resolved from a weekday or
 * "yesterday") opening a line, alone or after one label word that is no
 * preposition ("date 2022-12-19 ...", "2nd April 2024 – (Damascus)",
 * "Published 5 January 2020 03:12"), or after a clock time that opens the
 * line ("01:55 - 16 February 2021")?  It dates the report, as a dateline
 * does, not the event (gold/GUIDE.md, "Dates"); "On 14 October, ..." is
 * a sentence's own date.
 */
static int stamp_date(const struct rasd_doc *d, const struct rasd_date *t)
{
	uint32_t a = t->tok_start;

	/* the stamp that gave an undated report its date (text/dates_stamp.c) */
	if (d->published_from == RASD_PUB_TEXT && d->stamp_tok == a + 1)
		return 1;
	if (t->precision != RASD_PREC_DAY || t->relative || t->weekday)
		return 0;
	if (rasdp_starts_line(d, clock_before(d, a)))
		return 1;
	if (!rasdp_starts_line(d, a)) {
		a--;
		if (d->toks[a].kind != RASD_TOK_WORD || rasdp_cue(d, a, RASD_CUE_PART_PREP) ||
		    rasdp_cue(d, a, RASD_CUE_LOCATIVE))
			return 0;
	}
	return rasdp_starts_line(d, a);
}

/* Day of the week of `y`, 1 Monday ... 7 Sunday. */
static int weekday_of(const struct rasd_ymd *y)
{
	int64_t r = (rasdp_days_from_ymd(y->y, y->m, y->d) + 3) % 7;   /* 1970-01-01: Thursday */

	return (int)(r < 0 ? r + 7 : r) + 1;
}

/* Is date `t` next to an event cue of sentence `s`? */
static int cue_date(const struct rasd_doc *d, const struct rasdp_sent *s, const struct rasd_date *t)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++)
		if (d->matches[i].kind == RASD_LEX_TRIGGER &&
		    rasdp_date_next_to(d, t, d->matches[i].tok_start, d->matches[i].tok_end))
			return 1;
	return 0;
}

/*
 * Does date `t` open a span with "since", up to one word between ("since
 * Monday", "منذ يوم الإثنين"): the day a spell began, not that of what
 * the clause tells?
 */
static int since_date(const struct rasd_doc *d, const struct rasd_date *t)
{
	return rasdp_cue(d, t->tok_start, RASD_CUE_SINCE) ||
	       rasdp_cue_back(d, 0, t->tok_start, 2, RASD_CUE_SINCE);
}

/*
 * Is date `t` a time of day told alone, one word of cues.tsv `night` or
 * `dawn` ("overnight", "فجراً"): the report's day or the one before, which
 * a day the sentence names tells more surely?
 */
static int time_of_day_alone(const struct rasd_doc *d, const struct rasd_date *t)
{
	return t->tok_end == t->tok_start + 1 && (rasdp_cue(d, t->tok_start, RASD_CUE_NIGHT) ||
						  rasdp_cue(d, t->tok_start, RASD_CUE_DAWN));
}

/*
 * Does date `t` of sentence `s` tell better than date `b` when what it
 * tells happened: more precise; or as precise and a named day where `b`
 * is a time of day alone ("an overnight raid in the early hours of
 * Thursday"); or opening no span since where `b` does ("clashes since
 * Monday ..., and six were killed on Wednesday": Wednesday); or next to
 * an event cue where `b` is not?
 */
static int better_date(const struct rasd_doc *d, const struct rasdp_sent *s,
		       const struct rasd_date *b, const struct rasd_date *t)
{
	if (t->precision != b->precision)
		return t->precision < b->precision;
	if (time_of_day_alone(d, b) != time_of_day_alone(d, t))
		return time_of_day_alone(d, b);
	if (since_date(d, b) != since_date(d, t))
		return since_date(d, b);
	return !cue_date(d, s, b) && cue_date(d, s, t);
}

/*
 * "The ministry said on Monday that at nine this evening rockets fell":
 * "this evening" is Monday's, the day the statement was made, not the
 * report's.  Date `t` (today or yesterday counted from publication, no
 * weekday named) after the reporting day `said` of its sentence, a day
 * before publication, is counted from that day instead, once (`relative`
 * 2: counted from a statement's day).
 */
static void count_from_statement(struct rasd_doc *d, const struct rasd_date *said,
				 struct rasd_date *t)
{
	int64_t pub, r, v;

	if (t->relative != 1 || t->weekday || t->precision != RASD_PREC_DAY || !t->date.y ||
	    !d->published.y || t->tok_start < said->tok_end)
		return;
	pub = rasdp_days_from_ymd(d->published.y, d->published.m, d->published.d);
	r = rasdp_days_from_ymd(said->date.y, said->date.m, said->date.d);
	v = rasdp_days_from_ymd(t->date.y, t->date.m, t->date.d);
	if (r >= pub || v > pub || v < pub - 1)
		return;
	rasdp_ymd_from_days(r + (v - pub), &t->date);
	t->last = t->date;
	t->relative = 2;
}

void rasdp_statement_days(struct rasd_doc *d, const struct rasd_sentence *st,
			  const struct rasdp_sent *s)
{
	const struct rasd_date *said = NULL;
	size_t i;

	if (!(s->speech || s->stance) || !d->published.y || embedded_post(d, st))
		return;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || !t->date.y)
			continue;
		if (said)
			count_from_statement(d, said, t);
		else if (t->precision == RASD_PREC_DAY &&
			 !(t->weekday && weekday_of(&t->date) != t->weekday) &&
			 rasdp_reporting_date(d, s, t))
			said = t;
	}
}

/*
 * The date of sentence `s`: its most precise resolved date that does not
 * just date a statement ("the ministry said on Tuesday that ...",
 * "أعلنت الوزارة، الخميس، أن ..."): a day next to a reporting verb dates
 * what was said, not what happened (gold/GUIDE.md, "Dates").  A year
 * ("in 2017") dates no event, nor a date that contradicts itself ("Saturday
 * 4 January 2002", a Friday), nor the date of an embedded post.  Among
 * dates as precise, one that opens no span since, then one next to an
 * event cue tells when it happened ("calm returned today, Friday, after
 * clashes the area saw yesterday, Thursday"); else the first.
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
		/* a day counted from the statement's is of what was said */
		if (t->relative != 2 && rasdp_said_date(d, s, t))
			continue;
		if (stamp_date(d, t))
			continue;
		if (best < 0 || better_date(d, s, &d->dates[best], t))
			best = (int32_t)i;
	}
	return best;
}

/* Is token t a clock time, hours and minutes joined by a colon ("6:45", "17:00")? */
static int clock_time(const struct rasd_doc *d, uint32_t t)
{
	const char *c;

	if (d->toks[t].kind != RASD_TOK_NUM)
		return 0;
	if (t + 2 < d->ntoks && rasdp_tok_is_punct(d, t + 1, ':') &&
	    d->toks[t + 2].kind == RASD_TOK_NUM)
		return 1;
	c = memchr(d->text + d->toks[t].start, ':', d->toks[t].end - d->toks[t].start);
	return c && c > d->text + d->toks[t].start && c + 1 < d->text + d->toks[t].end;
}

/* A report's stamp is among its first dates (rasdp_hour_date()). */
#define STAMP_DATES 4

/*
 * Is date `t` the report's stamp of its publication day: a written day
 * opening a line (stamp_date(), or with its weekday: "Wednesday, 20
 * October 2021 - 11:54") that is the day the report was published?
 */
static int publication_stamp(const struct rasd_doc *d, const struct rasd_date *t)
{
	if (t->precision != RASD_PREC_DAY || t->relative ||
	    rasdp_day_of(&t->date) != rasdp_day_of(&d->published))
		return 0;
	return stamp_date(d, t) || rasdp_starts_line(d, t->tok_start);
}

/*
 * The date of sentence `st` when it tells of an hour of no day ("At 6:45
 * a.m. two explosions occurred near ...", "في الساعة 13:38 استهدفت"), not
 * opening a line itself, in a report stamped with the day it was
 * published: a report stamped with its day tells of that day's hours.
 * The stamp's index among the report's first STAMP_DATES dates (constant
 * time for each sentence), or -1.
 */
int32_t rasdp_hour_date(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t;
	size_t i;

	if (!d->published.y || embedded_post(d, st))
		return -1;
	for (t = st->tok_start; t < st->tok_end && !clock_time(d, t); t++)
		;
	if (t == st->tok_end || rasdp_starts_line(d, t))
		return -1;
	for (i = 0; i < d->ndates && i < STAMP_DATES && d->dates[i].tok_start < st->tok_start; i++)
		if (publication_stamp(d, &d->dates[i]))
			return (int32_t)i;
	return -1;
}

/*
 * The days of the week sentence `s` names for what happened, when the
 * report has no publication date to resolve them by ("on Friday ... On
 * Tuesday, gunmen attacked ..."): a bit for each (bit 1 Monday ... bit 7
 * Sunday), leaving out a day that dates a statement ("said on Tuesday")
 * or an embedded post, as rasdp_sentence_date() does; with `opening`,
 * only a day the sentence opens on ("On Tuesday, ...", "ويوم الثلاثاء،
 * ..."), which sets the time of what it tells.  0 when it names none, or
 * only days resolved to a date.
 */
unsigned rasdp_sentence_weekdays(const struct rasd_doc *d, const struct rasdp_sent *si, uint32_t s,
				 int opening)
{
	const struct rasd_sentence *st = &d->sents[s];
	unsigned days = 0;
	size_t i;

	if (d->published.y)
		return 0;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || t->date.y ||
		    !t->weekday || t->weekday > 7)
			continue;
		if (rasdp_said_date(d, si, t))
			continue;
		if (opening && t->tok_start > st->tok_start + 1)
			continue;
		days |= 1u << t->weekday;
	}
	/* (asked of a sentence at each frame it may join: the text is read only for a weekday) */
	return days && !embedded_post(d, st) ? days : 0;
}

/*
 * Are the days of the week `a` and `b` (rasdp_sentence_weekdays()) apart:
 * each names one, and every one of `b` is more than a day from all of
 * `a`'s ("Thursday night ... on Friday morning" is one happening)?
 */
int rasdp_weekdays_apart(unsigned a, unsigned b)
{
	int i, k;

	if (!a || !b)
		return 0;
	for (i = 1; i <= 7; i++)
		for (k = 1; k <= 7; k++)
			if ((a >> i & 1) && (b >> k & 1) &&
			    (i == k || (i - k + 7) % 7 == 1 || (k - i + 7) % 7 == 1))
				return 0;
	return 1;
}

int64_t rasdp_day_of(const struct rasd_ymd *y)
{
	return rasdp_days_from_ymd(y->y, y->m, y->d);
}

/*
 * The day sentence `s` dates a statement by ("the ministry said on Tuesday
 * that ..."): the first day-precise date beside a reporting verb, or -1.
 */
int32_t rasdp_statement_date(const struct rasd_doc *d, const struct rasd_sentence *st,
			     const struct rasdp_sent *s)
{
	size_t i;

	if (!(s->speech || s->stance) || embedded_post(d, st))
		return -1;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start >= st->tok_start && t->tok_end <= st->tok_end && t->date.y &&
		    t->precision == RASD_PREC_DAY && rasdp_reporting_date(d, s, t))
			return (int32_t)i;
	}
	return -1;
}

/*
 * An event no sentence dates, told by a statement of a known day, happened
 * that day or in the days before: the week up to it (no day is fixed, as
 * gold/GUIDE.md rules, but the event is no timeless one either).
 */
void rasdp_date_by_statement(struct rasd_doc *d, struct rasd_event *ev)
{
	const struct rasd_date *t;
	int64_t last;

	if (ev->date_idx >= 0 || ev->said_idx < 0)
		return;
	t = &d->dates[ev->said_idx];
	last = rasdp_day_of(&t->date);
	rasdp_ymd_from_days(last - 6, &ev->date);
	ev->last = t->date;
	ev->precision = RASD_PREC_WEEK;
	ev->date_idx = ev->said_idx;
}

/* Tokens from a sentence's start within which "earlier" and its day open it. */
#define EARLIER_OPEN_TOKS 8

/*
 * The day sentence `s` tells its happening on, when that happening is
 * told beside the one before it: the sentence opens by telling of earlier
 * that day, a word of cues.tsv `earlier` and a day-precise date in its
 * first words ("Earlier on Sunday, ...", "وفي وقت سابق من يوم الأحد"), or
 * tells another happening (rasdp_tells_other(): "Meanwhile clashes
 * resumed today in the town", "وبالتزامن، تجددت الاشتباكات اليوم") on a
 * day-precise date, not a time of day alone ("Elsewhere, rebels took the
 * silos overnight": when that happened, not when the other did).  The
 * date's index, or -1.
 */
static int32_t day_told_beside(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_date *t;
	uint32_t k, lim = st->tok_start + EARLIER_OPEN_TOKS;
	int cue = 0;

	if (si->date < 0 || si->background || si->headline)
		return -1;
	t = &d->dates[si->date];
	if (t->precision != RASD_PREC_DAY || !t->date.y)
		return -1;
	if (rasdp_tells_other(c, s))
		return time_of_day_alone(d, t) ? -1 : si->date;
	if (t->tok_end > lim)
		return -1;
	for (k = st->tok_start; k < t->tok_start && k < st->tok_end; k++)
		cue |= rasdp_cue(d, k, RASD_CUE_EARLIER);
	return cue ? si->date : -1;
}

/*
 * The day of the sentence before event `ev`, when the event opens by
 * telling another happening ("... on Tuesday. Meanwhile, clashes resumed
 * in the town"): what it tells happened beside what that sentence tells,
 * on its day.  Not when a statement of a known day tells the event ("...
 * over the weekend, the military said on Tuesday"): its own time is
 * that of the statement (rasdp_date_by_statement()).  The date's index,
 * or -1.
 */
static int32_t day_before_other(const struct rasdp_ctx *c, const struct rasd_event *ev)
{
	const struct rasdp_sent *p;
	uint32_t s = ev->nevidence ? ev->evidence[0] : ev->sent_first;

	if (ev->said_idx >= 0 || s == 0 || s >= c->d->nsents || !rasdp_tells_other(c, s))
		return -1;
	p = &c->si[s - 1];
	if (p->date < 0 || p->background || p->headline ||
	    c->d->dates[p->date].precision != RASD_PREC_DAY)
		return -1;
	return p->date;
}

/*
 * An event no sentence dates takes the day of the happening told beside
 * it.  Told before a sentence that opens with earlier that day
 * ("Demonstrators stormed the governor's office ... Earlier on Sunday,
 * hundreds gathered") or that tells another happening of a day ("Air
 * strikes hit the town ... Meanwhile clashes resumed today"): it came that
 * day, so the text ties it to that day; the sentence is one of the
 * event's after its first, or the one right after them.  Else, opening by
 * telling another happening, the day of the sentence before it
 * (day_before_other()).  A day stays with the event whose sentence names
 * it as well.
 */
void rasdp_date_by_earlier(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t i;

	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];
		uint32_t s;
		int32_t di = -1;

		if (ev->date_idx >= 0 || ev->background)
			continue;
		for (s = ev->sent_first + 1; s <= ev->sent_last + 1 && s < d->nsents && di < 0; s++)
			di = day_told_beside(c, s);
		if (di < 0)
			di = day_before_other(c, ev);
		if (di >= 0)
			rasdp_event_date(d, ev, di);
	}
}
