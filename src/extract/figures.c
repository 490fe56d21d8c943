/*
 * figures.c - the figures a sentence gives: each count bound to the
 * casualty word that governs it, with the group it counts, its speaker and
 * its polarity; counts of one; parts of a toll.
 *
 * A number is a figure when it counts (no date, ordinal, percentage, or
 * number over a million) and a casualty word governs it: the counted noun
 * right after it ("14 قتيلا", "20 dead"), else the nearest casualty word
 * of its clause, CAS_WINDOW_BEFORE tokens before ("قتل 14 شخصا") or
 * CAS_WINDOW_AFTER after ("20 people were killed"), unless another count
 * stands between them; else a toll word further back with "to" right
 * before the number ("the death toll rose to 54").  A killed and a wounded
 * word side by side count the two together ("مقتل وإصابة 218").
 *
 * Not figures of the event: numbers that count things ("بعبوتين", "two
 * explosive devices"), and the toll of the whole war (a background cue of
 * negation.tsv in the clause).  A number after a subset word ("بينهم 39",
 * "including five") is a part of the toll before it: it counts what that
 * toll counts and is marked subset, never set against it.  A casualty word
 * with a noun naming one person ("مقتل شاب", "a soldier was wounded") is a
 * count of one, unless a number counts that noun.
 *
 * The windows trade reach across Arabic's long subjects against stealing
 * the casualty word of the next clause; the unit tests hold the cases.
 */
#include <string.h>

#include "extract/events_int.h"

#include "base/banned.h"

/* How far (in tokens) a figure looks for its casualty word. */
#define CAS_WINDOW_BEFORE 7
#define CAS_WINDOW_AFTER 6
/* The rank of a casualty word no figure reaches. */
#define OUT_OF_REACH 1000

/* Does number `n` count (a date, an ordinal or a percentage does not)? */
static int is_count(const struct rasd_number *n)
{
	if (n->in_date || n->ordinal || n->percent)
		return 0;
	if (n->value <= 0 || n->value > 1000000)
		return 0;
	return 1;
}

/*
 * An aside set off by commas that names a part of the count before it:
 * "five civilians, including two children, were killed", "خمسة مدنيين،
 * بينهم طفلان، قتلوا".  Its length in tokens within [a, b), or 0.
 */
static int aside_len(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t, u;

	for (t = a; t < b; t++)
		if (rasdp_is_break(d, t))
			break;
	if (t + 1 >= b || !rasdp_cue(d, t + 1, RASD_CUE_SUBSET))
		return 0;
	for (u = t + 1; u < b; u++)
		if (rasdp_is_break(d, u))
			break;
	if (u >= b)
		return 0;
	/* no other break up to b */
	return rasdp_clause_clear(d, u + 1, b) ? (int)(u - t + 1) : 0;
}

/* Like rasdp_clause_clear(), but an aside naming a part of the count is passed over. */
static int clause_clear_aside(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	return rasdp_clause_clear(d, a, b) || aside_len(d, a, b) > 0;
}

/*
 * "ارتفعت حصيلة ضحايا الغارات الروسية على قرية قرب جسر الشغور إلى تسعة",
 * "the death toll from Thursday's attack rose to 54": a toll word further
 * back than a casualty word reaches, and "to/إلى/بلغ" right before the
 * number (words as normalised: "إلى" is "الي").  Returns the kind, or -1.
 */
static int toll_reached(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_number *n, uint32_t *cas_tok)
{
	const struct rasd_doc *d = c->d;
	size_t i, k;
	uint32_t t;

	if (n->tok_start < 2 || !rasdp_cue(d, n->tok_start - 1, RASD_CUE_TOLL_TO))
		return -1;
	for (t = n->tok_start - 1; t > 0 && n->tok_start - t <= 16; t--) {
		if (rasdp_is_break(d, t - 1) && !rasdp_tok_is_punct(d, t - 1, ','))
			return -1;
		if (!rasdp_cue(d, t - 1, RASD_CUE_TOLL))
			continue;
		/* another count between them is the toll's */
		for (k = rasdp_num_from(d, t); k < d->nnums && d->nums[k].tok_start < n->tok_start; k++)
			if (d->nums[k].tok_end <= n->tok_start && is_count(&d->nums[k]))
				return -1;
		/* the kind named with it: "حصيلة ضحايا", "حصيلة الجرحى", "death toll" */
		for (i = s->m_first; i < s->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start + 2 >= t - 1 &&
			    m->tok_start <= t + 1) {
				*cas_tok = m->tok_start;
				return rasdp_lex_casualty(c->lx, m->entry)->kind;
			}
		}
		*cas_tok = t - 1;
		return RASD_CAS_KILLED;
	}
	return -1;
}

/*
 * How far casualty word `m` (a counted noun if `noun`) is from number `n`,
 * as a rank, lower nearer: a noun right after the number -1 (it is what the
 * number counts); k words after it 2k + 1; k words before it 2k, not
 * counting a date or punctuation between, and 5 more across a coordinator
 * ("a civilian was killed and two others were injured": the word before
 * belongs to the clause before).  OUT_OF_REACH beyond the windows or across
 * a clause break.
 */
static int casualty_distance(const struct rasd_doc *d, const struct rasd_match *m, int noun,
			     const struct rasd_number *n)
{
	uint32_t u;
	int dist, coord = 0;

	if (m->tok_start >= n->tok_end) {
		dist = (int)(m->tok_start - n->tok_end) - aside_len(d, n->tok_end, m->tok_start);
		if (dist > CAS_WINDOW_AFTER || !clause_clear_aside(d, n->tok_end, m->tok_start))
			return OUT_OF_REACH;
		return dist <= 1 && noun ? -1 : dist * 2 + 1;
	}
	if (m->tok_end > n->tok_start)
		return OUT_OF_REACH;
	dist = (int)(n->tok_start - m->tok_end);
	if (dist > CAS_WINDOW_BEFORE + 6 || !rasdp_clause_clear_dates(d, m->tok_end, n->tok_start))
		return OUT_OF_REACH;
	for (u = m->tok_end; u < n->tok_start; u++) {
		if (rasdp_in_date(d, u) || rasdp_is_punct(d, u))
			dist--;
		if (rasdp_cue(d, u, RASD_CUE_COORDINATOR))
			coord = 1;
	}
	if (dist > CAS_WINDOW_BEFORE)
		return OUT_OF_REACH;
	return dist * 2 + (coord ? 5 : 0);
}

/*
 * Is there another count between casualty word `m` and number `n` (not a
 * part named in an aside: ", including two children,")?
 */
static int count_between(const struct rasd_doc *d, const struct rasd_match *m,
			 const struct rasd_number *n)
{
	uint32_t lo = m->tok_start < n->tok_start ? m->tok_end : n->tok_end;
	uint32_t hi = m->tok_start < n->tok_start ? n->tok_start : m->tok_start;
	size_t k;

	for (k = rasdp_num_from(d, lo); k < d->nnums && d->nums[k].tok_start < hi; k++) {
		const struct rasd_number *o = &d->nums[k];

		if (o != n && is_count(o) && o->tok_start >= lo && o->tok_end <= hi &&
		    !(o->tok_start >= 1 && rasdp_cue(d, o->tok_start - 1, RASD_CUE_SUBSET)))
			return 1;
	}
	return 0;
}

/*
 * "مقتل وإصابة 218", "killed or wounded": is there, beside the casualty word
 * `best_m` of kind `best` (killed or wounded) and on the same side of
 * number `n`, a word of the other kind, next to it or across "and/or"?
 * Then the number counts the two together.
 */
static int killed_and_wounded(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			      const struct rasd_number *n, const struct rasd_match *best_m, int best)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int k;

		if (m->kind != RASD_LEX_CASUALTY || m == best_m)
			continue;
		k = rasdp_lex_casualty(c->lx, m->entry)->kind;
		if (k + best != RASD_CAS_KILLED + RASD_CAS_WOUNDED || k == best)
			continue;
		if ((m->tok_start == best_m->tok_end ||
		     (m->tok_start == best_m->tok_end + 1 &&
		      rasdp_cue(d, best_m->tok_end, RASD_CUE_CONJUNCTION))) ||
		    (best_m->tok_start == m->tok_end ||
		     (best_m->tok_start == m->tok_end + 1 &&
		      rasdp_cue(d, m->tok_end, RASD_CUE_CONJUNCTION)))) {
			/* Both on the same side of the figure. */
			if ((m->tok_start < n->tok_start) == (best_m->tok_start < n->tok_start))
				return 1;
		}
	}
	return 0;
}

/*
 * The casualty kind governing number `n`: the casualty noun right after it
 * ("14 قتيلا", "20 dead"), else the nearest casualty word in its clause
 * before ("قتل 14 شخصا", "killed 20 militants") or after ("20 people were
 * killed").  Returns the kind or -1.
 */
static int casualty_for(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_number *n, uint32_t *cas_tok)
{
	const struct rasd_doc *d = c->d;
	int best = -1, best_dist = OUT_OF_REACH;
	const struct rasd_match *best_m = NULL;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		const struct rasd_casualty *cas;
		int dist;

		if (m->kind != RASD_LEX_CASUALTY)
			continue;
		cas = rasdp_lex_casualty(c->lx, m->entry);
		dist = casualty_distance(d, m, cas->noun, n);
		/* Another count between them belongs to that word instead. */
		if (dist < best_dist && !count_between(d, m, n)) {
			best_dist = dist;
			best = cas->kind;
			best_m = m;
			*cas_tok = m->tok_start;
		}
	}
	if (best < 0)
		best = toll_reached(c, s, n, cas_tok);
	if (best_m && (best == RASD_CAS_KILLED || best == RASD_CAS_WOUNDED) &&
	    killed_and_wounded(c, s, n, best_m, best))
		return RASD_CAS_KILLED_OR_WOUNDED;
	return best;
}

/*
 * Does number `n` count a part of a toll given before it: "123 شخصا من
 * ضمنهم 54 مدنيا بينهم 39 طفلا", "81 شهيدا منهم 6 نساء", "including five
 * children", "عدد القتلى بصفوف الخريجين 62"?  A subset word (or "in the
 * ranks of") at most four tokens before it, in its clause.
 */
static int subset_count(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			const struct rasd_sentence *st, const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t t;
	size_t i;

	for (t = n->tok_start; t > st->tok_start && n->tok_start - t < 4; t--) {
		if (rasdp_is_break(d, t - 1))
			return 0;
		/* "بينهم طفلان وأصيب 12 آخرون": a casualty word opens another count */
		for (i = si->m_first; i < si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start <= t - 1 && m->tok_end >= t)
				return 0;
		}
		if (rasdp_cue(d, t - 1, RASD_CUE_SUBSET) || rasdp_cue(d, t - 1, RASD_CUE_RANKS))
			return 1;
	}
	return 0;
}

/*
 * Is number `n` a toll of the whole war, not of an event: its clause holds
 * a background cue ("350,000 killed during the civil war", "منذ اندلاع
 * الحرب")?  ("since 2017, when at least 30 were killed" is an earlier
 * event, and stays a figure.)
 */
static int war_toll(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		      const struct rasd_sentence *st, const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t a = n->tok_start, b = n->tok_end;
	size_t i;

	while (a > st->tok_start && !rasdp_is_break(d, a - 1) && n->tok_start - a < 40)
		a--;
	while (b < st->tok_end && !rasdp_is_break(d, b) && b - n->tok_end < 40)
		b++;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_NEGATION && m->tok_start >= a && m->tok_end <= b &&
		    rasdp_lex_negation(c->lx, m->entry)->kind == RASD_NEG_BACKGROUND)
			return 1;
	}
	return 0;
}

/* Does a group of people ("مدنيين", "civilians") start at token `t`? */
static int people_at(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t t)
{
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == t &&
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things"))
			return 1;
	}
	return 0;
}

/*
 * Does number `n` count things, not people: "two explosive devices",
 * "بعبوتين" (the dual is the number), "two improvised explosive devices"
 * (one word between)?  "killed 3 in raids" and "قتل سبعة مدنيين بغارات"
 * are people: a preposition or a group of people between parts them.
 */
static int counts_things(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			 const struct rasd_number *n)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_GROUP || m->tok_start < n->tok_start ||
		    m->tok_start > n->tok_end + 1 ||
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things"))
			continue;
		if (m->tok_start == n->tok_end + 1 &&
		    (rasdp_is_break(d, n->tok_end) || rasdp_cue(d, n->tok_end, RASD_CUE_THINGS_PREP) ||
		     people_at(c, s, n->tok_end)))
			continue;
		return 1;
	}
	return 0;
}

/* The group a figure counts ("عنصرا", "civilians") and its actor. */
static void group_for(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		      const struct rasd_number *n, struct rasd_claim *cl)
{
	const struct rasd_doc *d = c->d;
	size_t i;
	uint32_t gend = 0;

	cl->who = NULL;
	cl->who_actor = -1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		/*
		 * "نحو عشرة قتلى بينهم قياديان", "including two leaders": what
		 * follows "among them" is a subset, not the group counted.
		 */
		if (m->kind == RASD_LEX_GROUP && m->tok_start >= n->tok_start &&
		    m->tok_start <= n->tok_end + 2 && rasdp_clause_clear(d, n->tok_end, m->tok_start) &&
		    !rasdp_cue_between(d, n->tok_end, m->tok_start, RASD_CUE_SUBSET)) {
			cl->who = rasdp_lex_group(c->lx, m->entry)->id;
			gend = m->tok_end;
			break;
		}
	}
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		uint32_t from = gend ? gend : n->tok_end;

		/* "two police officers": the group may itself name the actor */
		if (m->kind == RASD_LEX_ACTOR && m->tok_start >= n->tok_end &&
		    m->tok_start <= from + 3 && rasdp_clause_clear(d, n->tok_end, m->tok_start)) {
			cl->who_actor = (int32_t)m->entry;
			break;
		}
	}
	if (!cl->who && cl->who_actor >= 0)
		cl->who = "members";
}

/*
 * The noun naming one person that casualty word `cm` speaks of, or NULL:
 * right after it, or a few words on after "a/an/one" ("killed a former
 * rebel commander") or past the subject in Arabic ("اغتال مسلحون مجهولون
 * القيادي"), never across a preposition (cues.tsv `name_stop`: "الجرحى إلى
 * المستشفى"); or just before it ("a soldier was
 * wounded").  English names one person only with "a/an/one": "civilian
 * casualties" is none.
 */
static const struct rasd_match *one_person(const struct rasdp_ctx *c, const struct rasdp_sent *si,
					   const struct rasd_match *cm)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *g = NULL;
	size_t j;

	for (j = si->m_first; j < si->m_last && !g; j++) {
		const struct rasd_match *m = rasdp_match_at(c, j);

		if (m->kind != RASD_LEX_GROUP || !rasdp_lex_group(c->lx, m->entry)->one)
			continue;
		if ((m->tok_start >= cm->tok_end && m->tok_start <= cm->tok_end + 1 &&
		     rasdp_clause_clear(d, cm->tok_end, m->tok_start)) ||
		    (m->tok_start > cm->tok_end + 1 && m->tok_start <= cm->tok_end + 3 &&
		     !rasdp_lex_casualty(c->lx, cm->entry)->noun &&
		     rasdp_clause_clear(d, cm->tok_end, m->tok_start) &&
		     ((d->toks[cm->tok_end].flags & RASD_TOKF_LATIN) ?
		      rasdp_cue(d, cm->tok_end, RASD_CUE_INDEFINITE) :
		      !rasdp_cue_between(d, cm->tok_end, m->tok_start, RASD_CUE_NAME_STOP))) ||
		    (m->tok_end <= cm->tok_start && cm->tok_start - m->tok_end <= 2 &&
		     rasdp_clause_clear(d, m->tok_end, cm->tok_start)))
			g = m;
	}
	if (g && (d->toks[g->tok_start].flags & RASD_TOKF_LATIN) &&
	    !rasdp_cue(d, g->tok_start, RASD_CUE_INDEFINITE) &&
	    !(g->tok_start > 0 && rasdp_cue(d, g->tok_start - 1, RASD_CUE_INDEFINITE)) &&
	    !(g->tok_start > cm->tok_end && rasdp_cue(d, cm->tok_end, RASD_CUE_INDEFINITE)))
		return NULL;
	return g;
}

/*
 * Is the person `g` named by casualty word `cm` counted otherwise: a number
 * that counts the noun ("killed 3 civilians", "مدنيين اثنين"), wraps it
 * ("قتل 14 شخصا على الأقل") or stands between them, or a count of one
 * already made of it (figs[0 .. n))?  A number in the next clause ("قتل
 * مدني وأصيب اثنان") does not count it.
 */
static int counted_otherwise(const struct rasd_doc *d, const struct rasd_sentence *st,
			     const struct rasd_match *cm, const struct rasd_match *g,
			     const struct rasd_claim *figs, size_t n)
{
	uint32_t lo = g->tok_start < cm->tok_start ? g->tok_start : cm->tok_start;
	uint32_t hi = g->tok_end > cm->tok_end ? g->tok_end : cm->tok_end;
	size_t k;

	lo = lo > st->tok_start + 2 ? lo - 2 : st->tok_start;
	/* from the number holding token min(lo, g->tok_start - 1) on (numbers never overlap) */
	k = rasdp_num_from(d, g->tok_start && g->tok_start - 1 < lo ? g->tok_start - 1 : lo);
	for (k = k ? k - 1 : 0; k < d->nnums && d->nums[k].tok_start <= (hi > g->tok_end ? hi : g->tok_end);
	     k++) {
		const struct rasd_number *x = &d->nums[k];

		if (is_count(x) && ((x->tok_start < hi && x->tok_end > lo) ||
				    x->tok_start == g->tok_end || x->tok_end + 1 == g->tok_start))
			return 1;
	}
	/* one claim per person named ("was killed" and "killed" both match) */
	for (k = 0; k < n; k++)
		if (figs[k].start == d->toks[g->tok_start].start)
			return 1;
	return 0;
}

/*
 * Counts of one written without a number: a casualty word and a group noun
 * naming one person, side by side - "مقتل شاب", "اعتقال عنصر", "killed a
 * civilian", "a soldier was wounded".  Added to `figs` (n used of max);
 * returns the new count.
 */
static size_t singular_claims(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			      const struct rasd_sentence *st, uint32_t s,
			      struct rasd_claim *figs, size_t n, size_t max)
{
	const struct rasd_doc *d = c->d;
	size_t i;

	for (i = si->m_first; i < si->m_last && n < max; i++) {
		const struct rasd_match *cm = rasdp_match_at(c, i), *g;
		struct rasd_claim *cl;

		if (cm->kind != RASD_LEX_CASUALTY)
			continue;
		g = one_person(c, si, cm);
		if (!g || counted_otherwise(d, st, cm, g, figs, n))
			continue;
		cl = &figs[n++];
		memset(cl, 0, sizeof(*cl));
		cl->kind = (uint8_t)rasdp_lex_casualty(c->lx, cm->entry)->kind;
		cl->value = cl->value_hi = 1;
		cl->qualifier = RASD_Q_EXACT;
		cl->start = d->toks[g->tok_start].start;
		cl->end = d->toks[g->tok_end - 1].end;
		cl->sent = s;
		cl->who = rasdp_lex_group(c->lx, g->entry)->id;
		cl->who_actor = -1;
		if (!rasdp_clause_speaker(c, si, g->tok_start, &cl->src))
			cl->src = si->src;
		cl->denied = (uint8_t)(rasdp_denied_at(c, si, cm->tok_start) ||
				       rasdp_negated(c, si, cm->tok_start));
	}
	return n;
}

/*
 * The figures of sentence `s` (see the top of this file): each count bound
 * to its casualty word, a part of a toll marked subset and counting what
 * the toll counts, things and tolls of the whole war left out; then the
 * counts of one.
 */
size_t rasdp_sentence_figures(const struct rasdp_ctx *c, uint32_t s, struct rasd_claim *figs,
			      size_t max)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent *si = &c->si[s];
	size_t i, nfig = 0;

	for (i = rasdp_num_from(d, st->tok_start);
	     i < d->nnums && d->nums[i].tok_start < st->tok_end && nfig < max; i++) {
		const struct rasd_number *n = &d->nums[i];
		struct rasd_claim *cl;
		uint32_t cas_tok = 0;
		int kind, subset;

		if (n->tok_start < st->tok_start || n->tok_end > st->tok_end || !is_count(n))
			continue;
		kind = casualty_for(c, si, n, &cas_tok);
		subset = subset_count(c, si, st, n);
		/*
		 * "30 قتيلا من ضمنهم 12 مدنيا بينهم 5 أطفال", "five civilians,
		 * including two children, were killed": a part of the toll
		 * before it counts what that toll counts.
		 */
		if (nfig > 0 && subset) {
			kind = figs[nfig - 1].kind;
			cas_tok = n->tok_start;
		}
		if (kind < 0 || counts_things(c, si, n) || war_toll(c, si, st, n))
			continue;
		cl = &figs[nfig++];
		memset(cl, 0, sizeof(*cl));
		cl->kind = (uint8_t)kind;
		cl->value = n->value;
		cl->value_hi = n->value_hi;
		cl->qualifier = n->qualifier;
		cl->start = n->start;
		cl->end = n->end;
		cl->sent = s;
		if (!rasdp_clause_speaker(c, si, n->tok_start, &cl->src))
			cl->src = si->src;
		cl->denied = (uint8_t)(rasdp_denied_at(c, si, n->tok_start) ||
				       rasdp_negated(c, si, cas_tok < n->tok_start ? cas_tok
										   : n->tok_start));
		group_for(c, si, n, cl);
		cl->subset = (uint8_t)subset;
	}
	return singular_claims(c, si, st, s, figs, nfig, max);
}
