/*
 * sites.c - the clauses of one sentence that tell of other events.
 *
 * A clause of a sentence that tells of an event at another place, with a
 * figure or a cue of its own ("قتل ثلاثة في جاسم، كما قتل خمسة بغارة على
 * سراقب", "..., while an air strike on Saraqib killed 5"), is an event of
 * its own; the sentence's first event stays the current one.  An earlier
 * happening told after "after" with its own cue and toll is a site of its
 * own too, recalled (background) when a period of a day or more stands
 * around "after".  Only the sentence's own matches are read, and only
 * clauses naming a place are looked at twice, so a sentence the size of a
 * report takes time linear in its length.  One town's wave of places is
 * waves.c's.
 */
#include <stdint.h>
#include <string.h>

#include "extract/framing_int.h"
#include "extract/places_int.h"

#include "base/banned.h"

/* A sentence tells of at most this many events by its clauses. */
#define MAX_SITES 4

/* One clause, or run of clauses, of a sentence telling of one event. */
/* What an "after" clause tells of (struct site `earlier`). */
enum { SITE_NOW, SITE_EARLIER, SITE_RECALLED };
struct site {
	uint32_t tok_start, tok_end;
	struct rasdp_sent view;        /* the sentence as this site reads it */
	uint8_t earlier;               /* an earlier happening: SITE_EARLIER, SITE_RECALLED */
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

/*
 * Does a match of kind `k` of sentence `whole` start at token `t`?  *ci
 * moves on through its matches as `t` does (time linear in the sentence).
 */
static const struct rasd_match *kind_at(const struct rasd_doc *d, const struct rasdp_sent *whole,
					size_t *ci, uint32_t t, enum rasd_lex_kind k)
{
	size_t i;

	while (*ci < whole->m_last && d->matches[*ci].tok_start < t)
		(*ci)++;
	for (i = *ci; i < whole->m_last && d->matches[i].tok_start == t; i++)
		if (d->matches[i].kind == k)
			return &d->matches[i];
	return NULL;
}

static int casualty_at(const struct rasd_doc *d, const struct rasdp_sent *whole, size_t *ci,
		       uint32_t t)
{
	return kind_at(d, whole, ci, t, RASD_LEX_CASUALTY) != NULL;
}

/* Does one of figs[] have its number at token `t`? */
static int figure_at(const struct rasd_doc *d, const struct rasd_claim *figs, size_t nfig,
		     uint32_t t)
{
	size_t i;

	for (i = 0; i < nfig; i++)
		if (figs[i].start >= d->toks[t].start && figs[i].start < d->toks[t].end)
			return 1;
	return 0;
}

/*
 * Does token `t`, after a clause break, open a clause with "و" written
 * onto a word that begins what happened: an event cue, a figure, a
 * casualty verb or a preposition of where ("، وأربعة آخرون في خان يونس",
 * "، وقتل اثنان في نوى", "، وفي جاسم ...")?  Other words after "و" go on
 * with their clause ("، وذلك بواسطة ..."), and so does a casualty noun,
 * which adds to the toll before it ("مقتل 12، وإصابة 50": cues.tsv
 * casualty.tsv `noun`).
 */
static int opens_waw_clause(const struct rasdp_ctx *c, const struct rasdp_sent *whole, size_t *wi,
			    const struct rasd_claim *figs, size_t nfig, uint32_t t, uint32_t start)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m;

	if (t <= start + 1 || !rasdp_is_break(d, t - 1) || rasdp_tok_is_punct(d, t - 1, '(') ||
	    !rasdp_waw_clitic(d, t))
		return 0;
	if (rasdp_place_prep(d, t) || figure_at(d, figs, nfig, t))
		return 1;
	m = kind_at(d, whole, wi, t, RASD_LEX_CASUALTY);
	if (m && !rasdp_lex_casualty(c->lx, m->entry)->noun)
		return 1;
	return kind_at(d, whole, wi, t, RASD_LEX_TRIGGER) != NULL;
}

/* Does a place of sentence `whole` end at token `t`, among its matches before index `ci`? */
static int place_ends_at(const struct rasd_doc *d, const struct rasdp_sent *whole, size_t ci,
			 uint32_t t)
{
	size_t i, n = 0;

	for (i = ci; i-- > whole->m_first && n < 8; n++)
		if (d->matches[i].kind == RASD_LEX_PLACE && d->matches[i].tok_end == t)
			return 1;
	return 0;
}

/*
 * Does token `t` open a clause of a toll of its own with no break before
 * it: "and" right after a place, then a casualty word or a figure
 * ("killed 2 in Jasim and wounded 3 in Nawa", "killed 2 people in Jasim
 * and 3 in Nawa")?  One at another place is an event of its own, as after
 * a break.  Two figures before their place ("45 were killed and 82
 * injured in Omdurman") are one toll; in Arabic "و" written onto the
 * casualty word joins the tolls of one event ("مقتل 12 وإصابة 50"), while
 * "و" written onto a figure right after a place opens a toll of its own
 * ("مقتل اثنين في جاسم وثلاثة في نوى").
 */
static int opens_toll(const struct rasd_doc *d, const struct rasdp_sent *whole, size_t *ci,
		      const struct rasd_claim *figs, size_t nfig, uint32_t t, uint32_t start)
{
	if (t <= start + 1 || t + 1 >= d->ntoks)
		return 0;
	/* "مقتل اثنين في جاسم وثلاثة في نوى": "و" written onto the figure */
	if (rasdp_waw_clitic(d, t) && !rasdp_cue(d, t, RASD_CUE_CONJUNCTION)) {
		(void)casualty_at(d, whole, ci, t);
		return place_ends_at(d, whole, *ci, t) && figure_at(d, figs, nfig, t);
	}
	if (!rasdp_cue(d, t, RASD_CUE_CONJUNCTION))
		return 0;
	(void)casualty_at(d, whole, ci, t);
	if (!place_ends_at(d, whole, *ci, t))
		return 0;
	return casualty_at(d, whole, ci, t + 1) || figure_at(d, figs, nfig, t + 1);
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

/* Is token t a period of a day or more ("a week", "أيام"), not "hours", "دقائق"? */
static int days_period(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_cue(d, t, RASD_CUE_PERIOD) && !rasdp_cue(d, t, RASD_CUE_WITHIN_DAY);
}

/*
 * Does the clause [t, b) of sentence `whole`, opened by "after" (cues.tsv
 * `after`), tell of an earlier happening of its own: a cue and a figure
 * in it, after a clause [a, t) with a cue or a figure of its own ("settlers
 * set fire to homes in Huwara after an attack by a gunman killed two
 * settlers", "أضرم مستوطنون النار ... بعد هجوم نفذه مسلح أسفر عن مقتل
 * اثنين")?  A cause without a toll of its own is the same event ("five
 * were killed after an air strike hit the market").  SITE_EARLIER, or
 * SITE_RECALLED when a period of a day or more stands around "after" ("a week after
 * a bombing killed 5 there", "بعد يوم من تفجير أسفر عن مقتل"; not "hours after"): a past
 * happening the report recalls, no event of these days; else SITE_NOW.
 */
static int earlier_happening(struct rasdp_ctx *c, uint32_t s, const struct rasdp_sent *whole,
			     const struct rasd_claim *figs, size_t nfig, uint32_t a, uint32_t t,
			     uint32_t b)
{
	const struct rasd_doc *d = c->d;
	struct rasdp_sent v;
	uint32_t e = t + 1;
	size_t i;
	int toll = 0, recalled;

	if (t <= a + 1 || t + 1 >= b || !rasdp_cue(d, t, RASD_CUE_AFTER))
		return SITE_NOW;
	/*
	 * "comes a week after", "بعد أسبوع من": recalled, no happening of
	 * these days; "hours after", "بعد ساعات من" is of the same day.
	 */
	recalled = days_period(d, t - 1) || days_period(d, t + 1) ||
		   (t + 2 < b && days_period(d, t + 2));
	/* its clause: up to the next break */
	while (e < b && !rasdp_is_break(d, e))
		e++;
	for (i = 0; i < nfig; i++)
		if (figure_in(d, &figs[i], 1, t + 1, e) &&
		    (figs[i].kind == RASD_CAS_KILLED || figs[i].kind == RASD_CAS_WOUNDED)) {
			/* "after the killing of the three": a toll told before names its event again */
			if (rasdp_told_before(d, &figs[i]))
				return 0;
			toll = 1;
		}
	if (!toll)
		return SITE_NOW;
	site_matches(c, s, whole, t + 1, e, &v);
	if (v.trig < 0)
		return SITE_NOW;
	site_matches(c, s, whole, a, t, &v);
	if (v.trig < 0 && !figure_in(c->d, figs, nfig, a, t))
		return SITE_NOW;
	return recalled ? SITE_RECALLED : SITE_EARLIER;
}

/*
 * Can token `t` open a site at all: a word of some cue class, or one with
 * "و" written onto it?  opens_clause(), opens_toll(), opens_waw_clause()
 * and earlier_happening() ask nothing else of a word, and most words are
 * neither: on a screened document, one load of the token's class index.
 */
static int may_open_site(const struct rasd_doc *d, uint32_t t)
{
	return !d->cue || d->cue[t] || rasdp_waw_clitic(d, t);
}

/*
 * The sites of sentence `s`: its clauses, each going with the one before
 * unless it tells of an event at another place, with a figure or a cue of
 * its own ("قتل 18 مدنيا في مدينة إدلب، كما قتل مدني في غارة على بلدة
 * الحاس", "killing six in Deir ez-Zor city, and two were killed by strikes
 * near al-Mayadin"); an earlier happening after "after" with its own cue
 * and toll is a site of its own, wherever it was (earlier_happening()).
 * Returns how many (1: the sentence is one site).
 */
static size_t sentence_sites(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
			     size_t nfig, struct site *out)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent whole = c->si[s];
	size_t n = 1, mi = whole.m_first, ci = whole.m_first, wi = whole.m_first;
	uint32_t t, a = st->tok_start;
	int e;

	out[0].tok_start = st->tok_start;
	out[0].tok_end = st->tok_end;
	out[0].earlier = SITE_NOW;
	for (t = st->tok_start + 1; t <= st->tok_end && n < MAX_SITES; t++) {
		struct rasdp_sent v, cur;
		uint32_t b;

		if (t < st->tok_end && !may_open_site(d, t))
			continue;
		/* one earlier happening, told last */
		e = t < st->tok_end && !out[n - 1].earlier ?
			earlier_happening(c, s, &whole, figs, nfig, out[n - 1].tok_start, t, st->tok_end) :
			SITE_NOW;
		if (e != SITE_NOW) {
			out[n - 1].tok_end = t;
			out[n].tok_start = t;
			out[n].tok_end = st->tok_end;
			out[n++].earlier = (uint8_t)e;
			break;
		}
		if (t < st->tok_end && !opens_clause(d, t, st->tok_start) &&
		    !opens_toll(d, &whole, &ci, figs, nfig, t, st->tok_start) &&
		    !opens_waw_clause(c, &whole, &wi, figs, nfig, t, st->tok_start))
			continue;
		/* the clause [a, t); one without a place of its own opens nothing */
		b = t;
		if (a > out[n - 1].tok_start && place_between(d, &whole, &mi, a, b)) {
			site_matches(c, s, &whole, a, b, &v);
			if (v.place >= 0 && (v.trig >= 0 || figure_in(d, figs, nfig, a, b))) {
				site_matches(c, s, &whole, out[n - 1].tok_start, a, &cur);
				if (cur.place >= 0 && rasdp_places_apart(c->lx, cur.place, v.place)) {
					out[n - 1].tok_end = a;
					out[n].tok_start = a;
					out[n].tok_end = st->tok_end;
					out[n].earlier = SITE_NOW;
					n++;
				}
			}
		}
		a = t;
	}
	return n;
}

/*
 * Frame event sentence `s`, whose figures are `figs`, by its sites: each
 * clause of it that tells of an event at another place opens an event of
 * its own (its figures go with it), the rest goes on with the current
 * event (c->cur) or opens a new one.  After the sentence, the event it
 * told first is the current one: clauses of other places are asides.
 */
int rasdp_frame_clauses(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
			size_t nfig)
{
	struct rasd_doc *d = c->d;
	struct rasdp_sent *si = &c->si[s];
	struct site sites[MAX_SITES];
	struct rasd_claim part[RASDP_MAX_FIGS];
	struct rasdp_sent whole;
	size_t nsite, k, i, np, first = 0;
	int rc = 0;

	nsite = si->trig >= 0 || nfig > 0 ? sentence_sites(c, s, figs, nfig, sites) : 1;
	if (nsite < 2)
		return rasdp_frame_site(c, s, figs, nfig);
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
		/* an earlier happening named at no place of its own was at the sentence's */
		if (p->earlier && p->view.place < 0) {
			p->view.place = whole.place;
			p->view.place_rank = whole.place_rank;
			p->view.place_start = whole.place_start;
			p->view.place_end = whole.place_end;
		}
		for (i = 0, np = 0; i < nfig; i++)
			if (figure_in(d, &figs[i], 1, p->tok_start, end))
				part[np++] = figs[i];
		c->si[s] = p->view;
		/* a happening recalled days before: a past event of its own (framing.c) */
		if (p->earlier == SITE_RECALLED) {
			rc = rasdp_frame_past(c, s, part, np);
			continue;
		}
		if (k > 0)
			c->cur = NULL;
		rc = rasdp_frame_site(c, s, part, np);
		/* it stays apart from the events of these days (merging.c) */
		if (!rc && p->earlier && c->cur)
			c->cur->wave = RASDP_WAVE_EARLIER;
		if (!k && c->cur)
			first = (size_t)(c->cur - d->events);
	}
	c->si[s] = whole;
	if (!rc)
		c->cur = &d->events[first];
	return rc;
}
