/*
 * figures_persons.c - the casualty word that tells what befell a person
 * counted as one ("a teacher was killed", "مقتل القيادي ..."): the nearest
 * word beside the person, past an aside set off by commas or brackets (a
 * name, an age, a post) or a short complement ("the mayor of Jasim"), not a
 * verb that has an object of its own ("a gunman killed 4 people").  Counts
 * of numbers take theirs by the scored decision of figures_casualty.c.
 * And the English names that are persons: the subject of a passive
 * casualty phrase, or the object of a casualty verb.
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/figures_int.h"

#include "base/banned.h"

/*
 * The end of an aside set off after a person, before the verb that tells
 * what befell them: a name, an age or a post between commas or brackets
 * ("the envoy, Ali Haddad, was wounded", "فلان، 37 عاما، أصيب").  At
 * most two asides of a few words each (a word joined by a hyphen, as in
 * "23-year-old", is one with the word before), holding no word of the lexicons
 * but places and groups (no casualty, source or event: another clause),
 * and no "and" (a list).  Returns the token after the last aside, or `t`.
 */
uint32_t rasdp_person_aside_end(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = t, e;
	int n, w;

	for (n = 0; n < 2 && u < k->st->tok_end; n++) {
		char close = rasdp_tok_is_punct(d, u, '(') ? ')' : ',';
		size_t i;

		if (close == ',' && !rasdp_tok_is_punct(d, u, ','))
			break;
		for (e = u + 1, w = 0; e < k->st->tok_end && !rasdp_is_break(d, e) &&
				!rasdp_tok_is_punct(d, e, ')');
		     e++) {
			/* a word joined by a hyphen is the one before ("23-year-old", "al-Karim") */
			w += !(d->toks[e].start == d->toks[e - 1].end + 1 &&
			       d->text[d->toks[e - 1].end] == '-');
			if (w > 6)
				break;
		}
		if (e >= k->st->tok_end || e == u + 1 || !rasdp_tok_is_punct(d, e, close) ||
		    rasdp_cue_between(d, u + 1, e, RASD_CUE_CONJUNCTION))
			break;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			if (m->tok_start > u && m->tok_start < e && m->kind != RASD_LEX_PLACE &&
			    m->kind != RASD_LEX_GROUP)
				break;
		}
		if (i < k->si->m_last)
			break;
		u = e + 1;
	}
	return u;
}

/*
 * Is person `x` joined by و/and to the people casualty word `cm` governs,
 * with only their group and actor between ("مقتل جنود سوريين ومدني": the
 * deaths of Syrian soldiers and a civilian; "عناصر من الشرطة وطفل")?
 */
static int conjunct_of(const struct counting *k, const struct rasd_match *cm,
		       const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t = cm->tok_end;
	size_t i;

	if (x->tok_start <= t || x->tok_start > t + 4 || !rasdp_conj_before(d, x->tok_start, NULL) ||
	    !rasdp_clause_clear(d, t, x->tok_start) || !rasdp_people_at(k->c, k->si, t))
		return 0;
	while (t < x->tok_start) {
		uint32_t e = t;

		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			if (m->tok_start == t && m->tok_end > e && m->tok_end <= x->tok_start &&
			    (m->kind == RASD_LEX_ACTOR || rasdp_people_at(k->c, k->si, t)))
				e = m->tok_end;
		}
		if (e == t)
			return 0;
		t = rasdp_affiliation_end(k, e);
	}
	return t == x->tok_start;
}

/*
 * Does a verb `cm` have an object: a count or person right after it or
 * after one word, no verb ("a gunman killed 3 people", "killed a
 * soldier"; not "قتل وأصيب 6")?  A person before it is
 * then who did it, not whom it befell.
 */
static int has_object(const struct counting *k, const struct rasd_match *cm)
{
	const struct rasd_doc *d = k->c->d;
	size_t j;

	if (rasdp_lex_casualty(k->c->lx, cm->entry)->noun)
		return 0;
	for (j = 0; j < k->n; j++)
		if (k->m[j].tok_start == cm->tok_end ||
		    (k->m[j].tok_start == cm->tok_end + 1 && d->toks[cm->tok_end].kind == RASD_TOK_WORD &&
		     !rasdp_conj_before(d, cm->tok_end, NULL) && !rasdp_cue(d, cm->tok_end, RASD_CUE_CONJUNCTION) &&
		     !rasdp_casualty_in(k->c, k->si, cm->tok_end, cm->tok_end + 1)))
			return 1;
	return 0;
}

/*
 * Does the English noun at `t` name one person, an actor's name before it
 * one word ("a senior Nusra Front leader")?
 */
int rasdp_one_past_actor(const struct counting *k, uint32_t t)
{
	uint32_t s = t;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_ACTOR && m->tok_end == t && m->tok_start < s)
			s = m->tok_start;
	}
	return rasdp_english_one(k->c->d, t) || (s < t && rasdp_english_one(k->c->d, s));
}

/*
 * The words in tokens [a, b), the name of an actor one word ("killed a
 * senior Nusra Front leader": a title of one, its side named before it).
 */
static uint32_t words_actor_one(const struct counting *k, uint32_t a, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t n = rasdp_words_in(d, a, b), last = a;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);
		uint32_t w;

		if (m->kind != RASD_LEX_ACTOR || m->tok_start < last || m->tok_end > b)
			continue;
		w = rasdp_words_in(d, m->tok_start, m->tok_end);
		if (w > 1 && w - 1 < n)
			n -= w - 1;
		last = m->tok_end;
	}
	return n;
}

/*
 * Is person `x` who did it to others: the subject of a casualty verb right
 * after it that has an object ("a suicide bomber killed 9 people")?  A noun
 * that names the dead itself ("suicide bomber") then says nothing of his
 * own death; a verb of his own does ("blew himself up").
 */
static int does_to_others(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *cm = rasdp_match_at(k->c, i);

		if (cm->kind == RASD_LEX_CASUALTY && cm->tok_start >= x->tok_end &&
		    cm->tok_start - x->tok_end <= 2 && rasdp_clause_clear(d, x->tok_end, cm->tok_start) &&
		    !rasdp_cue_between(d, x->tok_end, cm->tok_start, RASD_CUE_CONJUNCTION) && has_object(k, cm))
			return 1;
	}
	return 0;
}

int rasdp_casualty_verb_at(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start == t &&
		    !rasdp_lex_casualty(k->c->lx, m->entry)->noun)
			return 1;
	}
	return 0;
}

/*
 * The end of a complement after a person that runs into the verb telling
 * what befell them: "of/from/in" and a few words ("a deputy minister of
 * public works was killed", "a doctor from the town was wounded"), none a
 * word of the lexicons but places, groups and actors (another clause), no
 * break and no "and", and maybe an aside after it ("the mayor of Jasim, Ali
 * Haddad, was killed").  The token after it, a casualty word, or `t`.
 */
static uint32_t complement_end(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t e;
	size_t i;

	if (t >= k->st->tok_end || !rasdp_cue(d, t, RASD_CUE_VICTIMS_OF))
		return t;
	for (e = t + 1; e < k->st->tok_end && e <= t + 5; e++) {
		/* then an aside: "the mayor of Jasim, Ali Haddad, was killed" */
		if (e > t + 1 && rasdp_tok_is_punct(d, e, ',')) {
			uint32_t a = rasdp_person_aside_end(k, e);

			return a > e && rasdp_casualty_verb_at(k, a) ? a : t;
		}
		if (rasdp_is_break(d, e) || rasdp_cue(d, e, RASD_CUE_CONJUNCTION) ||
		    rasdp_number_at(d, e))
			return t;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			if (m->tok_start != e)
				continue;
			if (m->kind == RASD_LEX_CASUALTY)
				return e > t + 1 && !rasdp_lex_casualty(k->c->lx, m->entry)->noun ? e : t;
			if (m->kind != RASD_LEX_PLACE && m->kind != RASD_LEX_GROUP &&
			    m->kind != RASD_LEX_ACTOR)
				return t;
		}
	}
	return t;
}

/*
 * Is casualty noun `cm` followed by "of a/an" in English, so that a person
 * a few words on is whom it befell ("after the death of an American
 * contractor", "the killing of a local guard")?  "The killing of the
 * leader" names one told of before: no count.
 */
static int noun_of_person(const struct counting *k, const struct rasd_match *cm)
{
	const struct rasd_doc *d = k->c->d;

	return cm->tok_end + 1 < k->st->tok_end && (d->toks[cm->tok_end].flags & RASD_TOKF_LATIN) &&
	       rasdp_cue(d, cm->tok_end, RASD_CUE_VICTIMS_OF) &&
	       rasdp_cue(d, cm->tok_end + 1, RASD_CUE_INDEFINITE);
}

static int name_word(const struct counting *k, uint32_t t);

/*
 * The end of an Arabic name after a person's title, and of the relative
 * that opens what befell them: "المجاهد كريم حداد الذي ارتقى", "الشاب
 * كريم حداد استشهد" (no capital tells a name: the words no lexicon knows
 * but as places, up to a few).  The token after it, or `t`.
 */
static uint32_t name_after_title(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t e;

	if (t == 0 || t >= k->st->tok_end || !(d->toks[t - 1].flags & RASD_TOKF_ARABIC))
		return t;
	for (e = t; e < k->st->tok_end && e < t + 4 && name_word(k, e); e++)
		;
	if (e == t)
		return t;
	if (e < k->st->tok_end && rasdp_cue(d, e, RASD_CUE_RELATIVE))
		e++;
	return e;
}

/*
 * Is casualty word `cm` the honorific of a name ("الصحافي الشهيد سمير
 * قصير", "مدرسة الشهيد أحمد"): a word of the dead with the article right
 * after the title of one person or a noun of things named after them?  It
 * names someone long dead, no death of the event; after a place or a
 * crowd ("شيع أهالي جاسم الشهيد محمد") it is the one buried.
 */
static int honorific(const struct counting *k, const struct rasd_match *cm)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	const struct rasd_casualty *w = rasdp_lex_casualty(c->lx, cm->entry);
	const struct rasd_token *tk = &d->toks[cm->tok_start];
	const char *norm;
	size_t i, len;

	if (cm->kind != RASD_LEX_CASUALTY || !w->noun || w->kind != RASD_CAS_KILLED ||
	    !(tk->flags & RASD_TOKF_ARABIC) || cm->tok_start <= k->st->tok_start)
		return 0;
	norm = rasdp_tok_norm(d, tk, &len);
	if (len <= strlen(ARTICLE) || memcmp(norm, ARTICLE, strlen(ARTICLE)))
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		const struct rasd_group *g;

		if (m->kind != RASD_LEX_GROUP || m->tok_end != cm->tok_start)
			continue;
		g = rasdp_lex_group(c->lx, m->entry);
		if (g->one || !strcmp(g->id, "things"))
			return 1;
	}
	return 0;
}

/*
 * The end of a person's care for the casualties right after it, a
 * complement of the person ("a medic treating the wounded | was killed",
 * "مسعف يسعف الجرحى | قتل"): a verb of care (cue class `treated`) at `t`
 * and its object, a casualty word at most two words on.  `t` when none.
 */
static uint32_t care_end(const struct counting *k, uint32_t t)
{
	size_t i;

	if (t >= k->st->tok_end || !rasdp_cue(k->c->d, t, RASD_CUE_TREATED))
		return t;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start > t && m->tok_start <= t + 2 &&
		    rasdp_clause_clear(k->c->d, t, m->tok_start))
			return m->tok_end;
	}
	return t;
}

/*
 * The casualty word of person `x` beside it: right after the word, or a
 * few words on past the subject in Arabic ("اغتال مسلحون مجهولون
 * القيادي", never across a preposition, cues.tsv `name_stop`) or after
 * "a/an" in English ("killed a former rebel commander", "the death of an
 * American contractor"); or just before
 * it ("a soldier was wounded").  Sets x->kind, x->rank, x->cas_tok.
 */
void rasdp_person_casualty(const struct counting *k, struct member *x)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	uint32_t after = rasdp_person_aside_end(k, x->tok_end);
	const struct rasd_match *best = NULL;
	int agent = does_to_others(k, x);
	size_t i;

	if (after == x->tok_end)
		after = care_end(k, x->tok_end);
	if (after == x->tok_end)
		after = complement_end(k, x->tok_end);
	/* the name after a title, and an age or a post set off after it: "المزارع فلان، 20 عاما، قتل" */
	if (after == x->tok_end) {
		after = name_after_title(k, x->tok_end);
		if (after > x->tok_end && !rasdp_cue(d, after - 1, RASD_CUE_RELATIVE))
			after = rasdp_person_aside_end(k, after);
	}
	x->kind = -1;
	x->rank = OUT_OF_REACH;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *cm = rasdp_match_at(c, i);
		int rank = OUT_OF_REACH;

		if (cm->kind != RASD_LEX_CASUALTY || honorific(k, cm) || rasdp_casualty_kind(k, cm) < 0)
			continue;
		/*
		 * "طبيب عالج المصابين", "a medic treating the wounded": the
		 * casualties right after a verb of care are its object, not
		 * the person's fate ("a medic treating the wounded was killed")
		 */
		if (cm->tok_start >= x->tok_end + 1 &&
		    rasdp_cue_between(d, cm->tok_start - 2 > x->tok_end ? cm->tok_start - 2 : x->tok_end,
				      cm->tok_start, RASD_CUE_TREATED))
			continue;
		/* the noun names the dead itself: "قتيل", "الشهيد باسل", "انتحاري" */
		if (cm->tok_start >= x->tok_start && cm->tok_end <= x->tok_end)
			rank = agent ? OUT_OF_REACH : 0;
		else if (x->tok_start >= cm->tok_end && x->tok_start <= cm->tok_end + 1 &&
		    rasdp_clause_clear(d, cm->tok_end, x->tok_start))
			rank = (int)(x->tok_start - cm->tok_end) * 2;
		else if (x->tok_start > cm->tok_end + 1 &&
			 (x->tok_start <= cm->tok_end + 3 ||
			  words_actor_one(k, cm->tok_end, x->tok_start) <= 3) &&
			 (!rasdp_lex_casualty(c->lx, cm->entry)->noun || noun_of_person(k, cm)) &&
			 rasdp_clause_clear(d, cm->tok_end, x->tok_start) &&
			 ((d->toks[cm->tok_end].flags & RASD_TOKF_LATIN) ?
			  rasdp_one_past_actor(k, x->tok_start) || x->named :
			  !rasdp_cue_between(d, cm->tok_end, x->tok_start, RASD_CUE_NAME_STOP)))
			rank = (int)(x->tok_start - cm->tok_end) * 2;
		/* joined to the people the word counts: "مقتل جنود سوريين ومدني" */
		else if (conjunct_of(k, cm, x))
			rank = (int)(x->tok_start - cm->tok_end) * 2;
		/* not the verb of the next clause: "killed a contractor and wounded a soldier", "ومدني وإصابة", nor one with an object */
		else if (x->tok_end <= cm->tok_start && cm->tok_start - x->tok_end <= 2 &&
			 rasdp_clause_clear(d, x->tok_end, cm->tok_start) &&
			 !rasdp_cue_between(d, x->tok_end, cm->tok_start, RASD_CUE_CONJUNCTION) &&
			 !rasdp_conj_before(d, cm->tok_start, NULL) && !has_object(k, cm))
			rank = (int)(cm->tok_start - x->tok_end) * 2 + 1;
		/* ... or past an aside: "the envoy, Ali Haddad, was wounded", or a complement */
		else if (after > x->tok_end && after <= cm->tok_start && !has_object(k, cm) &&
			 cm->tok_start - after <= 2 && rasdp_clause_clear(d, after, cm->tok_start) &&
			 !rasdp_cue_between(d, after, cm->tok_start, RASD_CUE_CONJUNCTION) &&
			 !rasdp_conj_before(d, cm->tok_start, NULL))
			rank = (int)(cm->tok_start - after) * 2 + 3;
		if (rank < x->rank) {
			x->rank = rank;
			x->near = rank <= 1;
			x->kind = rasdp_casualty_kind(k, cm);
			x->cas_tok = cm->tok_start;
			x->cas_noun = rasdp_lex_casualty(c->lx, cm->entry)->noun;
			best = cm;
		}
	}
	/* "a journalist kidnapped in 2012 was released", "أفرج عن صحفي": set free */
	if ((x->kind == RASD_CAS_ARRESTED || x->kind == RASD_CAS_KIDNAPPED) && rasdp_released(k, x))
		x->kind = -1;
	/* "a woman wounded in the raid died": one person, of the dead */
	if (best && x->kind == RASD_CAS_WOUNDED && rasdp_wounded_died(k, x, best))
		x->kind = RASD_CAS_KILLED;
}

/* ---- English names ------------------------------------------------ */

/*
 * The end of an English name that starts at `t`, after a title: an
 * acronym in brackets passed over ("The leader of Islamic State (ISIS)
 * Abu Ibrahim al-Qurayshi"), then capitalised words and the particles
 * written onto them with a hyphen ("al-Qurayshi").  A date, and words the
 * lexicons know as an actor, a source or a casualty word, are no name;
 * places are ("Abu Omar", "al-Baghdadi": names of places and of people
 * are one stock).
 * Returns `t` when no name follows.
 */
uint32_t rasdp_name_end(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = t, e = t;
	size_t i;

	if (u < k->st->tok_end && rasdp_tok_is_punct(d, u, '(')) {
		while (u < k->st->tok_end && u < t + 5 && !rasdp_tok_is_punct(d, u, ')'))
			u++;
		if (u >= k->st->tok_end || !rasdp_tok_is_punct(d, u, ')'))
			return t;
		u++;
	}
	for (; u < k->st->tok_end && d->toks[u].kind == RASD_TOK_WORD; u++) {
		if (!(d->toks[u].flags & RASD_TOKF_CAP) &&
		    !(u + 1 < k->st->tok_end && rasdp_hyphen_joined(d, u + 1) &&
		      (d->toks[u + 1].flags & RASD_TOKF_CAP)))
			break;
		if (rasdp_in_date(d, u))
			break;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			/* "Abu Omar", "al-Baghdadi" are names, though places' too */
			if (m->tok_start <= u && m->tok_end > u && m->kind != RASD_LEX_GROUP &&
			    m->kind != RASD_LEX_PLACE)
				return e;
		}
		e = u + 1;
	}
	return e;
}

/*
 * Does a casualty verb of its own follow an English name ending at `e`:
 * right after it or past an aside ("Ali Haddad, 37, was shot dead")?  The
 * verb is a phrase ("was killed", "were shot dead"), never one word, which
 * may be the name's own deed ("Ali Haddad killed ..."), and no count nor
 * person follows it (its object).
 */
static int named_casualty(const struct counting *k, uint32_t e)
{
	uint32_t after = rasdp_person_aside_end(k, e);
	size_t i, j;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind != RASD_LEX_CASUALTY || m->tok_end < m->tok_start + 2 ||
		    rasdp_lex_casualty(k->c->lx, m->entry)->noun ||
		    (m->tok_start != e && m->tok_start != after) ||
		    !rasdp_clause_clear(k->c->d, after, m->tok_start))
			continue;
		for (j = 0; j < k->n; j++)
			if (k->m[j].tok_start >= m->tok_end && k->m[j].tok_start <= m->tok_end + 1)
				break;
		if (j == k->n)
			return 1;
	}
	return 0;
}

/*
 * Does a casualty verb end right before token `t`, whose object a name
 * there is ("a drone strike killed Abu Omar al-Halabi", "gunmen shot dead
 * Ali Haddad")?  A name that is one place of the lexicon is none ("killed
 * Deir ez-Zor residents").
 */
static int named_object(const struct counting *k, uint32_t t, uint32_t e)
{
	size_t i;
	int verb = 0;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_PLACE && m->tok_start == t && m->tok_end == e)
			return 0;
		if (m->kind == RASD_LEX_CASUALTY && m->tok_end == t &&
		    !rasdp_lex_casualty(k->c->lx, m->entry)->noun)
			verb = 1;
	}
	return verb;
}

/* Names of one sentence read (more are left out). */
#define MAX_NAMES 8

/* ---- Arabic names ------------------------------------------------- */

/* Words of an Arabic name read at most (a name, a father's, a grandfather's, a family's ...). */
#define MAX_NAME_WORDS 6

/*
 * The end of an age set off at token `t`: a number under 120 between
 * brackets or commas, maybe with its unit of time ("(37 عاما)", "، 22
 * عاما،", "(17)").  The token after it, or `t`.
 */
static uint32_t age_end(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	const struct rasd_number *n;
	char close;
	uint32_t u;

	if (t + 2 >= k->st->tok_end)
		return t;
	close = rasdp_tok_is_punct(d, t, '(') ? ')' : ',';
	if (close == ',' && !rasdp_tok_is_punct(d, t, ','))
		return t;
	n = rasdp_number_at(d, t + 1);
	if (!n || n->tok_start != t + 1 || n->in_date || n->value < 1 || n->value >= 120)
		return t;
	u = n->tok_end;
	if (u < k->st->tok_end && rasdp_cue(d, u, RASD_CUE_PERIOD))
		u++;
	if (u < k->st->tok_end && rasdp_tok_is_punct(d, u, close))
		return u + 1;
	/* the comma that would close it may be the sentence's end */
	return close == ',' && (u == k->st->tok_end || rasdp_is_break(d, u)) ? u : t;
}

/*
 * Is the Arabic word at `t` one a name may hold: a word no lexicon knows
 * but as a place (names of people and of places are one stock), no number,
 * no cue of the grammar (a conjunction, a preposition that stops a name)?
 */
static int name_word(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	if (d->toks[t].kind != RASD_TOK_WORD || !(d->toks[t].flags & RASD_TOKF_ARABIC) ||
	    rasdp_number_at(d, t) || rasdp_in_date(d, t) || rasdp_cue(d, t, RASD_CUE_NAME_STOP) ||
	    rasdp_cue(d, t, RASD_CUE_CONJUNCTION) || rasdp_cue(d, t, RASD_CUE_RELATIVE))
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->tok_start <= t && m->tok_end > t && m->kind != RASD_LEX_PLACE)
			return 0;
	}
	return 1;
}

/* Does a noun naming one person start at token `t` ("القيادي", "مدير")? */
static int person_noun_at(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == t &&
		    rasdp_lex_group(k->c->lx, m->entry)->one)
			return 1;
	}
	return 0;
}

/*
 * Does what starts at token `t`, after the words of a name, show them a
 * person's name, as an age does: a post set off by a comma, "one of" a
 * group or a noun of one person ("فلان، أحد قادة الفصيل", "فلان، القيادي
 * في الحركة")?  (Not the actor after "من": "قوات خاصة من جيش ..." is the
 * verb's subject, "عدد من المتظاهرين" a vague count.)
 */
static int post_after(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;

	return t + 1 < k->st->tok_end && rasdp_tok_is_punct(d, t, ',') &&
	       !rasdp_conj_before(d, t + 1, NULL) &&
	       (rasdp_cue(d, t + 1, RASD_CUE_ONE_OF) || person_noun_at(k, t + 1));
}

/*
 * "One of" a group set off after a person, past the person's name and a
 * comma ("قتل العميد فلان أحد قادة الفيلق", "مقتل فلان، أحد أمراء التنظيم",
 * "the commander X, one of its founders"), is the same person told again:
 * the person takes the words in, and the group when its own is only
 * `people` (a name).  Not one after "and" ("X and another"): a second.
 */
void rasdp_fold_appositions(struct counting *k)
{
	const struct rasd_doc *d = k->c->d;
	size_t i, j;

	for (j = 1; j < k->n; j++) {
		struct member *y = &k->m[j], *x = &k->m[j - 1];
		uint32_t u = x->tok_end;

		if (y->n || x->n || !rasdp_cue(d, y->tok_start, RASD_CUE_ONE_OF) ||
		    rasdp_conj_before(d, y->tok_start, NULL))
			continue;
		while (u < y->tok_start && u < x->tok_end + MAX_NAME_WORDS &&
		       ((d->toks[u].flags & RASD_TOKF_ARABIC) ? name_word(k, u) :
			(d->toks[u].flags & RASD_TOKF_CAP) != 0))
			u++;
		if (u < y->tok_start && rasdp_tok_is_punct(d, u, ','))
			u++;
		if (u != y->tok_start)
			continue;
		x->tok_end = y->tok_end;
		if (!x->who || !strcmp(x->who, "people"))
			x->who = y->who;
		for (i = j; i + 1 < k->n; i++)
			k->m[i] = k->m[i + 1];
		k->n--;
		j--;
	}
}

/*
 * Arabic names of persons, which no capital tells: the words right after a
 * casualty word (past the subject of its verb: "اعتقلت قوات الاحتلال ..."),
 * when an age set off after them shows them a person's ("استشهاد سامح
 * حمد الله (37 عاما)", "أصيب يوسف عمر، 17 عاما، ...").  Persons of the
 * people, each a count of one.
 */
static void find_arabic_named(struct counting *k)
{
	const struct rasd_doc *d = k->c->d;
	struct member x;
	size_t i, j;

	memset(&x, 0, sizeof(x));
	x.cue = UINT32_MAX;
	x.who = "people";
	x.named = 1;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *cm = rasdp_match_at(k->c, i);
		uint32_t t, e;

		if (cm->kind != RASD_LEX_CASUALTY || !(d->toks[cm->tok_start].flags & RASD_TOKF_ARABIC))
			continue;
		t = cm->tok_end;
		/* the subject between the verb and whom it befell: "اعتقلت قوات الاحتلال ..." */
		for (j = k->si->m_first; j < k->si->m_last && !rasdp_lex_casualty(k->c->lx, cm->entry)->noun; j++) {
			const struct rasd_match *a = rasdp_match_at(k->c, j);

			if (a->kind == RASD_LEX_ACTOR && a->tok_start == t)
				t = a->tok_end;
		}
		for (e = t; e < k->st->tok_end && e < t + MAX_NAME_WORDS && name_word(k, e); e++)
			;
		if (e == t || (age_end(k, e) == e && !post_after(k, e)))
			continue;
		x.tok_start = t;
		x.tok_end = e;
		rasdp_add_member(k, &x);
	}
}

/*
 * Does the English name at token `t` follow a preposition ("from",
 * "of", "in": cues.tsv `victims_of`), with the article and one word
 * between ("from the former Soviet Union"), a count before it in its
 * clause?  Then it is the preposition's object, naming where the counted
 * come from, never the subject of the casualty verb after it: "60 fighters
 * from the former Soviet Union were killed" counts the 60, not a person.
 */
static int after_preposition(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = t;

	if (u >= k->st->tok_start + 3 && rasdp_cue(d, u - 2, RASD_CUE_ARTICLE) &&
	    !(d->toks[u - 1].flags & RASD_TOKF_CAP) && !rasdp_is_punct(d, u - 1))
		u -= 2;
	else if (u >= k->st->tok_start + 2 && rasdp_cue(d, u - 1, RASD_CUE_ARTICLE))
		u--;
	if (u <= k->st->tok_start || !rasdp_cue(d, u - 1, RASD_CUE_VICTIMS_OF))
		return 0;
	/* the people counted before it, in its clause: "Four staff of the Union of ..." */
	for (u--; u > k->st->tok_start && !rasdp_is_break(d, u - 1); u--)
		if (rasdp_number_at(d, u - 1))
			return 1;
	return 0;
}

/*
 * English names of two words or more (rasdp_name_end()) that are the subject of
 * a casualty verb of their own (named_casualty()), alone or in a list
 * joined by "and" ("Ali Haddad and Omar Karim were killed"), or its
 * object ("a strike killed Ali Haddad and Omar Karim", named_object()):
 * persons of the people.  Not in a headline, whose capitals are no names.
 */
void rasdp_find_named(struct counting *k)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t from[MAX_NAMES], to[MAX_NAMES], t, e;
	uint8_t taken[MAX_NAMES] = { 0 };
	struct member x;
	size_t n = 0, i;

	find_arabic_named(k);
	if (rasdp_in_title(d, (uint32_t)(k->st - d->sents)))
		return;
	for (t = k->st->tok_start; t < k->st->tok_end && n < MAX_NAMES; t = e) {
		e = t + 1;
		if (d->toks[t].kind != RASD_TOK_WORD || !(d->toks[t].flags & RASD_TOKF_LATIN) ||
		    !(d->toks[t].flags & RASD_TOKF_CAP) ||
		    (t > k->st->tok_start && (d->toks[t - 1].flags & RASD_TOKF_CAP)))
			continue;
		e = rasdp_name_end(k, t);
		if (e < t + 2) {
			e = t + 1;
			continue;
		}
		from[n] = t;
		to[n++] = e;
	}
	memset(&x, 0, sizeof(x));
	x.cue = UINT32_MAX;
	x.who = "people";
	x.named = 1;
	/* from the last: a name before "and" and a name that qualifies qualifies */
	for (i = n; i-- > 0;) {
		int ok = (named_casualty(k, to[i]) && !after_preposition(k, from[i])) ||
			 (i + 1 < n && x.tok_start == from[i + 1] && from[i + 1] == to[i] + 1 &&
			  rasdp_cue(d, to[i], RASD_CUE_CONJUNCTION));

		if (!ok)
			continue;
		x.tok_start = from[i];
		x.tok_end = to[i];
		rasdp_add_member(k, &x);
		taken[i] = 1;
	}
	/* from the first: the object of a casualty verb, and a name after it and "and" */
	for (i = 0, t = UINT32_MAX; i < n; i++) {
		if (taken[i])
			continue;
		if (!named_object(k, from[i], to[i]) &&
		    !(t != UINT32_MAX && from[i] == t + 1 && rasdp_cue(d, t, RASD_CUE_CONJUNCTION))) {
			t = UINT32_MAX;
			continue;
		}
		x.tok_start = from[i];
		x.tok_end = to[i];
		rasdp_add_member(k, &x);
		t = to[i];
	}
}
