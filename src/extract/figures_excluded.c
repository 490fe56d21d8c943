/*
 * figures_excluded.c - what is no figure, though a number stands there:
 * things, time and the size of a unit counted, a zero, and the tolls of
 * another time or of no violence.  Its members stay in the sentence (a
 * list or a part still reaches over them) but are marked to skip.
 *
 * A number is a count when it counts people: not a date, ordinal,
 * percentage or number over a million, not a number of things ("two
 * explosive devices", "بعبوتين"), of time ("11-year-old", "37 عاما"), or
 * the size of a unit ("خلية مكونة من 7"), not a zero ("no one was hurt"),
 * and not a toll over a period or a whole war ("80 assassinations since
 * 2019", "350,000 killed during the civil war", tens of thousands with no
 * event named beside them) or of deaths without violence ("died in the
 * earthquake").
 */
#include <string.h>

#include "extract/figures_int.h"
#include "extract/framing_int.h"

#include "base/banned.h"

static int counts_time(const struct rasd_doc *d, const struct rasd_number *n);

/* The least count that, with no event named beside it, is the toll of a war. */
#define WAR_TOLL_MIN 10000

/*
 * Is token `u` in a date a toll may run from: a month, a year, a day
 * named, a weekday ("since Friday", "منذ يوم الجمعة": the days since), not
 * a few days back ("منذ يومين", two days ago: the event's own time)?
 */
static int since_date(const struct rasd_doc *d, uint32_t u)
{
	size_t i = rasdp_date_from(d, u);

	/* dates are in token order and never overlap: the one at u or the one before */
	if (i == d->ndates || d->dates[i].tok_start != u)
		i = i ? i - 1 : d->ndates;
	if (i < d->ndates) {
		const struct rasd_date *t = &d->dates[i];

		if (u >= t->tok_start && u < t->tok_end)
			return t->weekday || !(t->relative && (t->precision == RASD_PREC_DAY ||
								t->precision == RASD_PREC_WEEK));
	}
	return 0;
}

/* Does a trigger of the lexicon begin in [a, b)? */
static int trigger_in(const struct counting *k, uint32_t a, uint32_t b)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_TRIGGER && m->tok_start >= a && m->tok_start < b)
			return 1;
	}
	return 0;
}

/*
 * Does a trigger in [a, b) tell of one happening: any but a plural noun
 * of happenings after the count of member `x` (cues.tsv `kinds`: "930
 * were killed in landmine blasts", "قتل 300 شخص في هجمات"), which names
 * the kind of a period's happenings ("clashes killed 30" tells of some)?
 */
static int happening_in(const struct counting *k, const struct member *x, uint32_t a, uint32_t b)
{
	size_t i;

	if (!rasdp_doc_has_cue(k->c->d, RASD_CUE_KINDS))
		return trigger_in(k, a, b);
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_TRIGGER && m->tok_start >= a && m->tok_start < b &&
		    !(m->tok_start > x->tok_start && rasdp_kinds_word(k->c->d, m, b)))
			return 1;
	}
	return 0;
}

/*
 * Where the period phrase of clause [a, ...) may begin: the sentence's
 * opening phrase when nothing of harm stands between it and the clause
 * ("In 2023 alone, 1,500 were killed", "خلال عام 2023، قتل"), else a.
 */
static uint32_t period_from(const struct counting *k, uint32_t a)
{
	uint32_t s = k->st->tok_start;

	if (a <= s || trigger_in(k, s, a) || rasdp_casualty_in(k->c, k->si, s, a))
		return a;
	return s;
}

/* Is date `t` a tally of its period: "alone" right after it ("in 2023 alone", "خلال عام 2023 وحده")? */
static int period_alone(const struct rasd_doc *d, const struct rasd_date *t, uint32_t b)
{
	uint32_t u;

	for (u = t->tok_end; u < b && u <= t->tok_end + 1; u++)
		if (rasdp_cue(d, u, RASD_CUE_ALONE))
			return 1;
	return 0;
}

/*
 * Is clause [a, b) a toll of a whole year: a year named ("in 2019", "خلال
 * عام 2023"), in the clause or in the phrase opening the sentence before
 * it ("In 2023, 930 were killed"), and no event's word in the clause
 * ("SNHR documented the deaths of 3,364 civilians in 2019", "the UN said
 * on Sunday that 12 aid workers were killed in 2022": the day of the
 * saying dates no toll; "in 2017 a bombing killed 30" tells of an event,
 * and its figure stays)?  A year told as a tally ("in 2023 alone",
 * "خلال عام 2023 وحده") or the year so far holds whatever the clause names.
 */
static int year_toll(const struct counting *k, const struct member *x, uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	int year = 0, current = 0;
	size_t i;

	for (i = rasdp_date_from(d, period_from(k, a)); i < d->ndates && d->dates[i].tok_start < b; i++)
		/*
		 * (the day a speaker spoke dates no toll: "the UN said on
		 * Sunday"; a year of saying is another time: "said in 2016")
		 */
		if (d->dates[i].tok_end <= b &&
		    !((k->si->speech || k->si->stance) && d->dates[i].precision != RASD_PREC_YEAR &&
		      rasdp_reporting_date(d, k->si, &d->dates[i]))) {
			/* (a day in the opening phrase is another's: "in a report released on 31 December") */
			if (d->dates[i].precision != RASD_PREC_YEAR && d->dates[i].tok_start < a)
				continue;
			if (d->dates[i].precision != RASD_PREC_YEAR)
				return 0;
			year = 1;
			current |= d->dates[i].relative || period_alone(d, &d->dates[i], b);
		}
	if (!year)
		return 0;
	/* "this year", "العام الجاري": the year so far, whatever its clause names */
	return current || !happening_in(k, x, a, b);
}

/*
 * Is token `t` "since" with a date or a year after it, before `b` ("since
 * 2019", "منذ مطلع شباط")?
 */
static int since_at(const struct rasd_doc *d, uint32_t t, uint32_t b)
{
	uint32_t u;

	if (!rasdp_cue(d, t, RASD_CUE_SINCE))
		return 0;
	for (u = t + 1; u < b && u <= t + 3; u++) {
		const struct rasd_number *y = rasdp_number_at(d, u);

		if (since_date(d, u) || (y && y->value >= 1900 && y->value <= 2100))
			return 1;
	}
	return 0;
}

/*
 * Is token `t` "since" with a war it runs from, a few words on with no
 * break, before `b` ("since the start of its military intervention", "منذ
 * بدء التدخل")?  The war is a noun phrase: English opens it with the
 * article, Arabic with the war or the word it follows ("the deadliest
 * since it intervened in the war" tells of one event).
 */
static int since_war_at(const struct rasd_doc *d, uint32_t t, uint32_t b)
{
	uint32_t u;

	if (t + 1 >= b || !(rasdp_cue(d, t + 1, RASD_CUE_ARTICLE) ||
			    ((d->toks[t + 1].flags & RASD_TOKF_ARABIC) &&
			     (rasdp_cue(d, t + 1, RASD_CUE_WAR) ||
			      (t + 2 < b && rasdp_cue(d, t + 2, RASD_CUE_WAR))))))
		return 0;
	for (u = t + 1; u < b && u <= t + 7 && !rasdp_is_break(d, u - 1); u++)
		if (rasdp_cue(d, u, RASD_CUE_WAR))
			return 1;
	return 0;
}

/*
 * Does clause [a, b) name a war as the span of its count: "since" the war
 * (since_war_at), or "in" or "during" with the article and at most one word
 * before the war ("lost 12 soldiers in the Syrian war"; Arabic joins the
 * article to the word, "في الحرب")?
 */
static int war_span_in(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t, u;

	if (!rasdp_doc_has_cue(d, RASD_CUE_WAR))
		return 0;
	for (t = a; t + 1 < b; t++) {
		if (rasdp_cue(d, t, RASD_CUE_SINCE) && since_war_at(d, t, b))
			return 1;
		if (!rasdp_cue(d, t, RASD_CUE_DURING))
			continue;
		u = t + 1;
		if (rasdp_cue(d, u, RASD_CUE_ARTICLE))
			u++;
		if ((u < b && rasdp_cue(d, u, RASD_CUE_WAR)) ||
		    (u + 1 < b && d->toks[u].kind == RASD_TOK_WORD && rasdp_cue(d, u + 1, RASD_CUE_WAR)))
			return 1;
	}
	return 0;
}

/*
 * Is member `x` a toll of the whole war, of a period or of deaths without
 * violence?  Its clause holds a background cue ("350,000 killed during the
 * civil war", "منذ اندلاع الحرب"), "since" with a date ("80 assassinations
 * since 2019", "منذ مطلع شباط"), a period counted ("in the last 17 days",
 * "خلال الأيام العشرة الماضية") or a cause that is no violence
 * ("earthquake", "حادث مروري").  ("since 2017, when at least 30 were
 * killed" is an earlier event, in a clause of its own, and stays a figure.)
 */
/*
 * Does clause [a, b) hold a background phrase ("during the civil war", "في
 * الحرب"), or end one that opens it across its comma ("the war, in which")?
 */
static const struct rasd_match *background_in(const struct counting *k, uint32_t a, uint32_t b)
{
	const struct rasdp_ctx *c = k->c;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_NEGATION && m->tok_end > a && m->tok_end <= b &&
		    rasdp_lex_negation_apart(c->lx, m->entry))
			return m;
	}
	return NULL;
}

/*
 * Does clause [a, b) name an event, a word of triggers.tsv that is no
 * casualty word nor in a background phrase ("منذ بداية العدوان"): "an air strike killed 5 in the war on Gaza" tells of a
 * strike, and its figure stays; "40,000 have been killed in the conflict"
 * names none.
 */
static int event_word_in(const struct counting *k, uint32_t a, uint32_t b)
{
	size_t i, j;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind != RASD_LEX_TRIGGER || m->tok_start < a || m->tok_start >= b)
			continue;
		for (j = k->si->m_first; j < k->si->m_last; j++) {
			const struct rasd_match *n = rasdp_match_at(k->c, j);

			if ((n->kind == RASD_LEX_CASUALTY || n->kind == RASD_LEX_NEGATION) &&
			    n->tok_start <= m->tok_start && n->tok_end > m->tok_start)
				break;
		}
		if (j == k->si->m_last)
			return 1;
	}
	return 0;
}

/*
 * Does clause [a, ...) open with a relative (after a preposition at most:
 * "during which", "in which", "التي") right after a clause of a whole war
 * ("since the start of the conflict, during which 1,400 died", "منذ بدء
 * الحرب، التي قتل فيها 26 ألفا")?  The relative's figure is the war's.
 */
static int relative_of_background(const struct counting *k, uint32_t a)
{
	const struct rasd_doc *d = k->c->d;
	const struct rasd_sentence *st = k->st;
	uint32_t p;

	if (a <= st->tok_start || a + 1 >= st->tok_end ||
	    !(rasdp_cue(d, a, RASD_CUE_RELATIVE) || rasdp_cue(d, a + 1, RASD_CUE_RELATIVE)))
		return 0;
	p = a - 1;
	while (p > st->tok_start && !rasdp_is_break(d, p - 1) && a - p < 40)
		p--;
	return background_in(k, p, a - 1) != NULL;
}

/*
 * Does [a, b) hold a cue of a happening of the report, one no mark of
 * time nor word of justice governs ("a bomb went off near the court,
 * killing 3", not "the court sentenced five men for the bombing")?
 */
static int cue_of_now_in(const struct counting *k, uint32_t a, uint32_t b)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_TRIGGER && m->tok_start >= a && m->tok_start < b &&
		    !rasdp_cue_recalled(k->c->d, k->st, m))
			return 1;
	}
	return 0;
}

/*
 * Does a cue or a casualty word begin in [a, b)?  With `named`, not one
 * ending at b, the harm a word there names ("death sentences").
 */
static int harm_between(const struct counting *k, uint32_t a, uint32_t b, int named)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if ((m->kind == RASD_LEX_TRIGGER || m->kind == RASD_LEX_CASUALTY) &&
		    m->tok_start >= a && m->tok_start < b && !(named && m->tok_end == b))
			return 1;
	}
	return 0;
}

/*
 * Is member `x` the subject of a judgement, a word of justice after it in
 * its clause [..., b) with no cue nor casualty word between but the one it
 * names: "two men were sentenced to death", "were handed death sentences",
 * not "three people were killed near the court"?
 */
static int judged_after(const struct counting *k, const struct member *x, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t;

	if (!rasdp_doc_has_cue(d, RASD_CUE_JUSTICE))
		return 0;
	for (t = x->tok_end; t < b && !rasdp_cue(d, t, RASD_CUE_JUSTICE); t++)
		;
	return t < b && !harm_between(k, x->tok_end, t, 1);
}

/*
 * Is member `x` told in a relative clause of a happening of another time,
 * the last cue before it in its clause [a, ...) one that a mark of time
 * or a word of justice governs (rasdp_cue_recalled()), or a date of
 * another time qualifies (rasdp_cue_dated()): "on the fifth anniversary
 * of the bombing that killed 37 people", "في ذكرى التفجير الذي أودى بحياة
 * 37 شخصا", "said on Tuesday that the shelling of the town in 2018, which
 * killed 40, showed the need for a truce"?  The figure is that
 * happening's toll, not one of an event another cue of now frames.
 */
static int relative_of_recalled(const struct counting *k, const struct member *x, uint32_t a)
{
	const struct rasd_doc *d = k->c->d;
	const struct rasd_match *last = NULL;
	uint32_t t;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->tok_start >= x->tok_start)
			break;
		if (m->kind == RASD_LEX_TRIGGER && m->tok_start >= a)
			last = m;
	}
	/*
	 * "the shelling of the town in 2018, which killed 40", "in which 80
	 * died", in a sentence of now (a sentence of then is an event of its
	 * own, its toll kept: framing.c)
	 */
	if (!k->si->background && a > k->st->tok_start && rasdp_tok_is_punct(d, a - 1, ',') && a + 1 < x->tok_start &&
	    (rasdp_cue(d, a, RASD_CUE_RELATIVE) || rasdp_cue(d, a + 1, RASD_CUE_RELATIVE)) &&
	    rasdp_antecedent_dated_apart(k->c, k->si, k->st, a))
		return 1;
	if (!last)
		return 0;
	for (t = last->tok_end; t < x->tok_start && !rasdp_cue(d, t, RASD_CUE_RELATIVE); t++)
		;
	if (t == x->tok_start)
		return 0;
	/* of a sentence of then, the toll stays that event's (framing.c) */
	return rasdp_cue_recalled(d, k->st, last) ||
	       (!k->si->background && (rasdp_cue_dated(k->c, k->si, k->st, last) ||
				       rasdp_relative_clause_dated(k->c, k->si, k->st, t) > 0));
}

/*
 * Does clause [a, b) name a period just gone without counting it, all
 * through it: "during the past week", "over the last month", "خلال الأيام
 * الماضية"?  English puts the article and the word of the past before the
 * period, Arabic the word of the past after it, a word of `during` before
 * both.  "last week", "في الأسبوع الماضي" date an event.
 */
static int past_period_in(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	if (!rasdp_doc_has_cue(d, RASD_CUE_PERIOD) || !rasdp_doc_has_cue(d, RASD_CUE_PAST) ||
	    !rasdp_doc_has_cue(d, RASD_CUE_DURING))
		return 0;
	for (t = a + 1; t < b; t++) {
		if (!rasdp_cue(d, t, RASD_CUE_PERIOD) || rasdp_number_at(d, t) ||
		    rasdp_number_at(d, t - 1))
			continue;
		if (t >= a + 3 && rasdp_cue(d, t - 1, RASD_CUE_PAST) &&
		    rasdp_cue(d, t - 2, RASD_CUE_ARTICLE) && rasdp_cue(d, t - 3, RASD_CUE_DURING))
			return 1;
		if ((d->toks[t].flags & RASD_TOKF_ARABIC) && t + 1 < b &&
		    rasdp_cue(d, t + 1, RASD_CUE_PAST) && rasdp_cue(d, t - 1, RASD_CUE_DURING))
			return 1;
	}
	return 0;
}

/*
 * Where does the clause of member `x` begin, from `a` on: after "and" (or
 * the clitic و) that opens a clause of harm of its own, its word of harm
 * at most three words on ("وقتل", "and mortar fire killed"), when what
 * stands before it counts nobody (a number of things or time aside) ("تحاصر
 * القوات البلدة منذ شهرين وقتل 7": the siege's period is not the toll's;
 * in "killed 20 and wounded 30 during the past week" both counts share it).
 */
static uint32_t own_clause(const struct counting *k, const struct member *x, uint32_t a)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u;
	size_t i;

	for (u = x->tok_start; u > a + 1; u--) {
		uint32_t v = u - 1;
		int harm = 0;

		if (!rasdp_cue(d, v, RASD_CUE_CONJUNCTION) && !rasdp_waw_clitic(d, v))
			continue;
		/* (matches are in token order: none past the window counts) */
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			if (m->tok_start > v + 3 || m->tok_start >= x->tok_start + 3)
				break;
			if ((m->kind == RASD_LEX_CASUALTY || m->kind == RASD_LEX_TRIGGER) &&
			    m->tok_start >= v) {
				harm = 1;
				break;
			}
		}
		if (!harm)
			continue;
		/* nobody counted before it: no casualty word, no number */
		if (rasdp_casualty_in(k->c, k->si, a, v))
			return a;
		for (i = 0; i < k->n; i++)
			if (k->m[i].skip != SKIP_COUNT && k->m[i].tok_start >= a && k->m[i].tok_start < v)
				return a;
		return v;
	}
	return a;
}

/*
 * Is a time counted in [a, b), no number of member `x`, just gone or after
 * "in/after/during", a rank between: "over 1,700 in the last 17 days", "in
 * the first six months of the year", "خلال الأيام العشرة الماضية", "after
 * 13 years of war" (not "منذ يومين", two days ago, nor a
 * "two-day raid", nor ages joined by "and": "aged 7 and 9 years", "بعمر 7
 * و9 سنوات", nor one day named by its rank: "in the second day of
 * shelling", "في اليوم الثالث للقصف", nor an age, whose "of" is no time's:
 * "يبلغ من العمر 35 عاما", "at the age of 40")?
 */
static int time_counted_in(const struct counting *k, const struct member *x, uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	const struct rasd_sentence *st = k->st;
	size_t i;

	for (i = rasdp_num_from(d, a); i < d->nnums && d->nums[i].tok_start < b; i++) {
		const struct rasd_number *o = &d->nums[i];
		uint32_t p, from, to, start;

		if (o == x->n || o->tok_end > b || o->ordinal || !counts_time(d, o) ||
		    rasdp_is_age(d, o))
			continue;
		/* a rank right before the count stands with it: "in the first six months" */
		start = i > 0 && d->nums[i - 1].ordinal && d->nums[i - 1].tok_end == o->tok_start
				? d->nums[i - 1].tok_start : o->tok_start;
		from = start > st->tok_start + 2 ? start - 2 : st->tok_start;
		to = o->tok_end + 2 < st->tok_end ? o->tok_end + 2 : st->tok_end;
		for (p = from; p < to; p++)
			if (rasdp_cue(d, p, RASD_CUE_PAST) ||
			    (p < o->tok_start && rasdp_cue(d, p, RASD_CUE_THINGS_PREP) &&
			     !rasdp_cue(d, p, RASD_CUE_CONJUNCTION)))
				return 1;
	}
	return 0;
}

/* Has the report a word of the classes the walk of a member's clause asks (rasdp_not_of_event())? */
static int clause_cues(const struct rasd_doc *d)
{
	return rasdp_doc_has_cue(d, RASD_CUE_CAUSE) || rasdp_doc_has_cue(d, RASD_CUE_JUSTICE) ||
	       rasdp_doc_has_cue(d, RASD_CUE_ANNIVERSARY) || rasdp_doc_has_cue(d, RASD_CUE_SINCE);
}

int rasdp_not_of_event(const struct counting *k, const struct member *x)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = k->st;
	const struct rasd_match *bg;
	uint32_t a = x->tok_start, b = x->tok_end, from, t;

	while (a > st->tok_start && !rasdp_is_break(d, a - 1) && x->tok_start - a < 40)
		a--;
	while (b < st->tok_end && !rasdp_is_break(d, b) && b - x->tok_end < 40)
		b++;
	/*
	 * a setting inside the clause yields to an event named there; a
	 * phrase opening the sentence governs it whole (background.c)
	 */
	bg = background_in(k, a, b);
	if ((bg && (bg->tok_start <= st->tok_start + 2 || rasdp_cue(d, bg->tok_start, RASD_CUE_SINCE) ||
		    !event_word_in(k, a, b))) ||
	    relative_of_background(k, a) || relative_of_recalled(k, x, a) || judged_after(k, x, b))
		return 1;
	/* a period, a date or a cause reaches only its own clause */
	a = own_clause(k, x, a);
	/* (the words of these classes are indexed: the walk jumps between them) */
	for (t = clause_cues(d) ? rasdp_next_clause_cue(d, a, b) : b; t < b;
	     t = rasdp_next_clause_cue(d, t + 1, b)) {
		if (rasdp_cue(d, t, RASD_CUE_CAUSE))
			return 1;
		/* "sentenced five men to death", "two men were sentenced": the judged (unless it was carried out) */
		if (t < x->tok_start && rasdp_cue(d, t, RASD_CUE_JUSTICE) &&
		    !cue_of_now_in(k, a, x->tok_start) &&
		    !rasdp_verdict_carried_out(d, k->st, t))
			return 1;
		/* "إحياء لذكرى 20 شخصا قتلوا": the dead a memory names */
		if (t < x->tok_start && rasdp_cue(d, t, RASD_CUE_ANNIVERSARY) &&
		    !harm_between(k, t, x->tok_start, 0))
			return 1;
		/* (the word's class asked here: most words of a clause are no "since") */
		if (rasdp_cue(d, t, RASD_CUE_SINCE) && since_at(d, t, b))
			return 1;
	}
	if (year_toll(k, x, a, b) || past_period_in(d, a, b) ||
	    (war_span_in(d, a, b) && !event_word_in(k, a, b)))
		return 1;
	/*
	 * tens of thousands with no event named in the clause: the toll of a
	 * war or a campaign ("With over 28,000 deaths and millions displaced,
	 * the crisis deepens", "قتل فيها أكثر من 26 ألف شخص"); no single strike
	 * or battle of the reporting counts as many
	 */
	if (x->n && x->n->value >= WAR_TOLL_MIN && !event_word_in(k, a, b))
		return 1;
	/*
	 * "ومنذ منتصف آذار، شنت القوات مئات الغارات، ما أدى إلى مقتل 125":
	 * "since" opening the sentence spans all its clauses
	 */
	for (t = st->tok_start; t < st->tok_end && rasdp_is_punct(d, t); t++)
		;
	if (t < a && since_at(d, t, st->tok_end))
		return 1;
	/*
	 * a phrase opening the sentence, across its comma, governs a clause
	 * that tells of no one happening ("Since the start of the war, 2,500
	 * children have been killed in bombings", "منذ مطلع العام، قتل 300
	 * شخص في هجمات", "In the first six months of the year, 412 were
	 * killed in attacks")
	 */
	from = period_from(k, a);
	if (from < a && !happening_in(k, x, a, b) &&
	    (((bg = background_in(k, from, a)) && bg->tok_start <= st->tok_start + 2) ||
	     time_counted_in(k, x, from, b)))
		return 1;
	return time_counted_in(k, x, a, b);
}

/*
 * Does the Arabic "one" (واحد، واحدة) of number `n` count the noun before
 * it, which is no person: "دمر سيارة واحدة", "في آن واحد", "منزلا
 * واحدا"?  The word follows the noun it counts; with no people (a group,
 * or a casualty word) ending within two words before it ("جندي ألماني
 * واحد", "قتيل واحد") it counts a thing, unless "من" follows ("واحد من
 * الجنود", one of), or people follow it: "وأحد أعضاء الشرطة" is "one of"
 * (written alike once the hamza is gone), which stands before its noun.
 */
static int one_after_thing(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			   const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = n->tok_start;
	size_t i;

	if (n->value != 1 || n->value_hi != 1 || n->tok_end != t + 1 || n->conj || t == 0 ||
	    rasdp_people_at(c, s, n->tok_end) ||
	    d->toks[t].kind != RASD_TOK_WORD || !(d->toks[t].flags & RASD_TOKF_ARABIC) ||
	    d->toks[t - 1].kind != RASD_TOK_WORD || !(d->toks[t - 1].flags & RASD_TOKF_ARABIC) ||
	    (n->tok_end < d->ntoks && rasdp_cue(d, n->tok_end, RASD_CUE_FROM)))
		return 0;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->tok_start < t && m->tok_end + 2 >= t + 1 &&
		    (m->kind == RASD_LEX_CASUALTY ||
		     (m->kind == RASD_LEX_GROUP &&
		      strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things"))))
			return 0;
	}
	return 1;
}

/*
 * Does number `n` count things, not people: "two explosive devices",
 * "بعبوتين" (the dual is the number), "two improvised explosive devices"
 * (one word between), time ("37 عاما", "a 23-year-old"), the size of a
 * unit ("خلية مكونة من 7 عناصر", "سجن يضم 200"), or part of a name
 * ("Kurdistan 24")?  "killed 3 in raids" and
 * "قتل سبعة مدنيين بغارات" are people: a preposition or a group of people
 * between parts them.
 */
int rasdp_counts_things(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	if (counts_time(d, n) || one_after_thing(c, s, n))
		return 1;
	if ((n->tok_start >= 1 && rasdp_cue(d, n->tok_start - 1, RASD_CUE_UNIT_SIZE)) ||
	    (n->tok_start >= 2 && rasdp_cue(d, n->tok_start - 2, RASD_CUE_UNIT_SIZE)))
		return 1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		/* part of a name: "Kurdistan 24", "الفرقة 25" */
		if ((m->kind == RASD_LEX_SOURCE || m->kind == RASD_LEX_ACTOR ||
		     m->kind == RASD_LEX_PLACE) &&
		    m->tok_start <= n->tok_start && m->tok_end > n->tok_start)
			return 1;
		/* a word of a group's name: "من عائلة واحدة", one family */
		if (m->kind == RASD_LEX_GROUP && m->tok_start < n->tok_start && m->tok_end >= n->tok_end)
			return 1;

		if (m->kind != RASD_LEX_GROUP || m->tok_start < n->tok_start ||
		    m->tok_start > n->tok_end + 1 ||
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things"))
			continue;
		/*
		 * a dual is its own noun: "طفلان بانفجار عبوة" counts the
		 * children, the bomb a word on is no noun of theirs
		 */
		if (n->noun_tok >= n->tok_start && n->noun_tok < n->tok_end &&
		    m->tok_start >= n->tok_end)
			continue;
		if (m->tok_start == n->tok_end + 1 &&
		    (rasdp_is_break(d, n->tok_end) || rasdp_cue(d, n->tok_end, RASD_CUE_THINGS_PREP) ||
		     rasdp_people_at(c, s, n->tok_end)))
			continue;
		return 1;
	}
	return 0;
}

/*
 * After "of" with no article ("one of their centers", "one of its
 * positions"), does a noun of things come within three words, before any
 * people, actor or casualty word ("one of its members", "one of their
 * children" pick people)?
 */
static int things_picked(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t a)
{
	const struct rasd_match *first = NULL;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->tok_start < a || m->tok_start >= a + 3)
			continue;
		if ((m->kind == RASD_LEX_ACTOR || m->kind == RASD_LEX_CASUALTY ||
		     m->kind == RASD_LEX_GROUP) &&
		    (!first || m->tok_start < first->tok_start))
			first = m;
	}
	return first && first->kind == RASD_LEX_GROUP &&
	       !strcmp(rasdp_lex_group(c->lx, first->entry)->id, "things");
}

/*
 * Does number `n` pick from things, not people: "one of the deadliest
 * attacks", "one of the few remaining clinics"?  In English, a number with
 * "of the" after it (the number reader steps over the "of": its noun is a
 * word further on) names what it picks from within three words: people, an
 * actor or a casualty word ("two of the soldiers", "one of the dead");
 * else it counts no one.  ("one of them", "one of its members" have no
 * article to look past.)
 */
int rasdp_picks_things(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t a = n->tok_end + 2, b;
	size_t i;

	if (n->noun_tok != n->tok_end + 1 || !(d->toks[n->tok_end].flags & RASD_TOKF_LATIN) ||
	    a > d->sents[d->toks[n->tok_start].sent].tok_end)
		return 0;
	if (!rasdp_cue(d, a - 1, RASD_CUE_ARTICLE))
		return things_picked(c, s, a - 1);
	b = a + 3;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->tok_start < a || m->tok_start >= b)
			continue;
		if (m->kind == RASD_LEX_ACTOR || m->kind == RASD_LEX_CASUALTY ||
		    (m->kind == RASD_LEX_GROUP && strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things")))
			return 0;
	}
	return 1;
}

/*
 * Does number `n` count time: a unit of time right after it ("37 عاما", "17
 * days", "a 23-year-old") or right before it ("الأيام العشرة")?
 */
static int counts_time(const struct rasd_doc *d, const struct rasd_number *n)
{
	/*
	 * an age set off by commas after a name: "Sameh Aqtash, 37, was shot",
	 * "Hallel Yaniv, 22 —"
	 */
	if (n->value < 120 && n->tok_start >= 2 && n->tok_end < d->ntoks &&
	    rasdp_tok_is_punct(d, n->tok_start - 1, ',') &&
	    (d->toks[n->tok_start - 2].flags & RASD_TOKF_CAP) && rasdp_is_punct(d, n->tok_end))
		return 1;
	/* a dual of time is its own unit: "استمر يومين" */
	if (n->noun_tok >= n->tok_start && n->noun_tok < n->tok_end &&
	    rasdp_cue(d, n->noun_tok, RASD_CUE_PERIOD))
		return 1;
	return rasdp_cue(d, n->tok_end, RASD_CUE_PERIOD) ||
	       (n->tok_start > 0 && rasdp_cue(d, n->tok_start - 1, RASD_CUE_PERIOD)) ||
	       (n->tok_end + 1 < d->ntoks && rasdp_tok_is_punct(d, n->tok_end, '-') &&
		rasdp_cue(d, n->tok_end + 1, RASD_CUE_PERIOD));
}

/* "no one was hurt", "لم يصب أحد": a negator right before the quantity. */
int rasdp_zero_quantity(const struct counting *k, uint32_t t)
{
	const struct rasdp_ctx *c = k->c;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_NEGATION && m->tok_end <= t && t - m->tok_end <= 1 &&
		    rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_NOT)
			return 1;
	}
	return 0;
}

/* ---- a side's loss, and the rescued ------------------------------------- */

/*
 * A word of cue class `q` before the count of member `x`, at most two
 * words of the verb's subject between ("خسر الفصيل 13", "أنقذ الدفاع
 * المدني 10"), no punctuation, number, coordinator or casualty word among
 * them: its token in *t.
 */
static int verb_before(const struct counting *k, const struct member *x, enum rasd_cue q, uint32_t *t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t v;

	for (v = x->tok_start; v > k->st->tok_start && v + 3 >= x->tok_start; v--) {
		if (rasdp_cue(d, v - 1, q)) {
			*t = v - 1;
			return 1;
		}
		if (rasdp_is_punct(d, v - 1) || rasdp_number_at(d, v - 1) ||
		    rasdp_cue(d, v - 1, RASD_CUE_COORDINATOR) || rasdp_casualty_in(k->c, k->si, v - 1, v))
			return 0;
	}
	return 0;
}

/*
 * Does member `x`, a count with no noun after it (the sentence, a clause or
 * a preposition goes on: "and the SDF lost at least 89 in the battle"),
 * leave out the people of a side's loss told before it in its sentence
 * ("IS lost 463 fighters and the SDF lost at least 89")?
 */
static int loss_elided(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = x->tok_end;
	size_t i;

	if (u < k->st->tok_end && !rasdp_is_punct(d, u) && !rasdp_cue(d, u, RASD_CUE_DURING) &&
	    !rasdp_cue(d, u, RASD_CUE_PART_PREP) && !rasdp_cue(d, u, RASD_CUE_TO_PLACE) &&
	    !rasdp_cue(d, u, RASD_CUE_CONJUNCTION) &&
	    !rasdp_cue(d, u, RASD_CUE_COORDINATOR))
		return 0;
	for (i = 0; i < k->n && k->m[i].tok_start < x->tok_start; i++) {
		const struct member *y = &k->m[i];

		if (y->n && y->kind == RASD_CAS_KILLED && y->cas_tok < y->tok_start &&
		    rasdp_cue(d, y->cas_tok, RASD_CUE_LOSS) && rasdp_people_at(k->c, k->si, y->tok_end))
			return 1;
	}
	return 0;
}

/*
 * A side's loss of its own people (cue class `loss`): a verb of losing,
 * with at most its subject between, before the count of member `x`, the
 * count of people ("lost 15 fighters") or of "N of its people" ("lost 13
 * of its fighters", "خسر 13 من عناصره"), or of people left out after a
 * side's loss told before (loss_elided), with no casualty word governing
 * the count.  The killed toll of that side; its verb's token in *t.
 */
int rasdp_side_lost(const struct counting *k, const struct member *x, uint32_t *t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = x->tok_end;

	if (!x->n)
		return 0;
	if (!rasdp_people_at(k->c, k->si, u) && !loss_elided(k, x)) {
		if (u >= k->st->tok_end || !rasdp_cue(d, u, RASD_CUE_VICTIMS_OF))
			return 0;
		if (!rasdp_people_at(k->c, k->si, u + 1) &&
		    (u + 2 >= k->st->tok_end || rasdp_is_punct(d, u + 1) || !rasdp_people_at(k->c, k->si, u + 2)))
			return 0;
	}
	/* the verb, then at most two words of its subject: "خسر الفصيل 13" */
	return verb_before(k, x, RASD_CUE_LOSS, t);
}

/*
 * Were the people of member `x` saved (cue class `rescued`): a verb of
 * rescue before the count, at most two words of its subject between
 * ("rescuers pulled 10 people", "أنقذ الدفاع المدني 10 أشخاص"), or a word
 * of the living right after the count or its people ("10 people alive",
 * "10 survivors", "10 أشخاص أحياء")?  Found, they are not missing.
 */
int rasdp_rescued(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = x->tok_end, v;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == x->tok_end && m->tok_end > u)
			u = m->tok_end;
	}
	if (u < k->st->tok_end && rasdp_cue(d, u, RASD_CUE_RESCUED))
		return 1;
	return verb_before(k, x, RASD_CUE_RESCUED, &v);
}

/* Words a captives' release may stand from their count. */
#define RELEASE_BEFORE 8
#define RELEASE_AFTER 6

/*
 * Were the captives of member `x` set free (cue class `released`): a
 * word of release before the count in its clause, no number, coordinator
 * or casualty word between ("released 39 prisoners", "the exchange of
 * 900 prisoners", "أفرجت السلطات اليوم عن 25 معتقلا"), or, no casualty
 * word before the count, within three words after its casualty word
 * ("24 hostages freed by", "24 محتجزا أطلقت حماس سراحهم")?  Not
 * "arrested 15 and released three": the 15 were arrested.
 */
int rasdp_released(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t v, e;

	for (v = x->tok_start; v > k->st->tok_start && x->tok_start - v < RELEASE_BEFORE; v--) {
		if (rasdp_cue(d, v - 1, RASD_CUE_RELEASED))
			return 1;
		if (rasdp_is_break(d, v - 1) || rasdp_number_at(d, v - 1) ||
		    rasdp_cue(d, v - 1, RASD_CUE_COORDINATOR) || rasdp_casualty_in(k->c, k->si, v - 1, v))
			return 0;
	}
	if (x->cas_tok < x->tok_start)
		return 0;
	e = x->cas_tok >= x->tok_end ? x->cas_tok + 1 : x->tok_end;
	for (v = e; v < k->st->tok_end && v < e + RELEASE_AFTER; v++) {
		if (rasdp_cue(d, v, RASD_CUE_RELEASED))
			return 1;
		if (rasdp_is_break(d, v) || rasdp_cue(d, v, RASD_CUE_CONJUNCTION))
			return 0;
	}
	return 0;
}

/* Words a noun of remains may stand before the count it heads ("the remains of 12"). */
#define REMAINS_BEFORE 3
/* Words a handover may stand from the count of the remains it returns. */
#define REMAINS_REACH 12

/*
 * Are the dead of killed member `x` bodies or remains handed over,
 * exchanged or brought home: a word of cues.tsv `remains` as its
 * casualty word or heading the count, and a word of `released` in its
 * clause ("the remains of 12 soldiers were handed over", "received the
 * bodies of four fighters in an exchange", "تسلم الجيش رفات 12 جنديا",
 * "استلام جثامين 7 مقاتلين")?  The count is of remains returned, no toll of
 * a happening.  Not "rescuers recovered the bodies of 12 civilians killed
 * in an air strike".
 */
int rasdp_remains_returned(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;

	if (!rasdp_doc_has_cue(d, RASD_CUE_REMAINS) || !rasdp_doc_has_cue(d, RASD_CUE_RELEASED))
		return 0;
	if (!(x->cas_tok >= k->st->tok_start && x->cas_tok < k->st->tok_end &&
	      rasdp_cue(d, x->cas_tok, RASD_CUE_REMAINS)) &&
	    !rasdp_cue_back(d, k->st->tok_start, x->tok_start, REMAINS_BEFORE, RASD_CUE_REMAINS))
		return 0;
	return rasdp_cue_beside(d, k->st, x->tok_start, RASD_CUE_RELEASED, REMAINS_REACH, REMAINS_REACH);
}

/* ---- a verdict of death ------------------------------------------------- */


/* A word of cue class `q` in tokens [a, b) of the clause, the nearest to `b` first: its token, or UINT32_MAX. */
static uint32_t cue_in(const struct rasd_doc *d, uint32_t a, uint32_t b, enum rasd_cue q)
{
	uint32_t t;

	for (t = b; t > a; t--) {
		if (rasdp_is_break(d, t - 1))
			return UINT32_MAX;
		if (rasdp_cue(d, t - 1, q))
			return t - 1;
	}
	return UINT32_MAX;
}

/* Words a verdict may stand before the word of death it passes. */
#define VERDICT_REACH 4

/*
 * Is casualty word `m` a verdict of death passed, no killing: a word of a
 * verdict within VERDICT_REACH words before it in its clause ("sentenced
 * five men to death", "حكم بالإعدام على خمسة") or right after it ("a death
 * sentence", "death penalty"), with no word of carrying it out within
 * VERDICT_REACH words before the verdict or twice that after it, past its
 * object ("نفذ حكم الإعدام", "the death sentence of three men was carried
 * out": a killing)?
 */
int rasdp_verdict_only(const struct counting *k, const struct rasd_match *m)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t lo = m->tok_start > k->st->tok_start + VERDICT_REACH ? m->tok_start - VERDICT_REACH : k->st->tok_start;
	uint32_t v = cue_in(d, lo, m->tok_start, RASD_CUE_SENTENCE);

	if (v == UINT32_MAX && m->tok_end < k->st->tok_end && rasdp_cue(d, m->tok_end, RASD_CUE_SENTENCE))
		v = m->tok_end;
	if (v == UINT32_MAX)
		return 0;
	return !rasdp_verdict_carried_out(d, k->st, v);
}
