/*
 * figures_casualty.c - which casualty word binds a member: the scored
 * decision `casualty` for a count, a toll word reaching a number ("the
 * death toll rose to 54"); the word beside a person is figures_persons.c's.
 *
 * A count is a figure when a casualty word governs it: the counted noun
 * right after it ("14 قتيلا", "20 dead", the dual "قتيلين" itself), else
 * the nearest casualty word of its clause, CAS_WINDOW_BEFORE tokens
 * before ("قتل 14 شخصا") or
 * CAS_WINDOW_AFTER after ("20 people were killed"), unless another count
 * stands between them; else a toll word further back with "to" right
 * before the number ("the death toll rose to 54").  A killed and a wounded
 * word side by side count the two together ("مقتل وإصابة 218").
 *
 * Which casualty word governs a count is the scored decision `casualty`
 * (data/models/casualty.tsv, trained by `rasd train`): its features say how
 * near the word is and what stands between.  The windows trade reach
 * across Arabic's long subjects against stealing the casualty word of the
 * next clause; the unit tests hold the cases.
 */
#include <math.h>
#include <string.h>

#include "extract/engine.h"
#include "extract/figures_int.h"
#include "model/model.h"

#include "base/banned.h"

/* How far (in tokens) a figure looks for its casualty word. */
#define CAS_WINDOW_BEFORE 7
#define CAS_WINDOW_AFTER 6

/*
 * Is member `o` passed over between a word and member `x`: a member of
 * x's own list, or a part named beside a total ("13 بينهم 4 أطفال قضوا")?
 */
static int passed_over(const struct member *x, const struct member *o)
{
	return o->list == x->list || (o->part && !x->part);
}

/*
 * Tokens of [a, b) taken by parts of a toll that `x` reaches over: a
 * subset word and the members it opens, with their nouns.
 */
static int parts_within(const struct counting *k, const struct member *x, uint32_t a, uint32_t b)
{
	uint32_t lo = UINT32_MAX, hi = 0;
	size_t i;
	int n = 0;

	if (x->part)
		return 0;
	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];
		uint32_t s = o->cue != UINT32_MAX ? o->cue : o->tok_start;
		uint32_t e = o->tok_end + (o->n && o->n->noun_tok == o->tok_end);

		if (!o->part || s < a || s >= b)
			continue;
		if (e > b)
			e = b;
		if (lo != UINT32_MAX && s <= hi) {
			if (e > hi)
				hi = e;
			continue;
		}
		if (lo != UINT32_MAX)
			n += (int)(hi - lo);
		lo = s;
		hi = e;
	}
	if (lo != UINT32_MAX)
		n += (int)(hi - lo);
	return n;
}

/*
 * "حصيلة القتلى: 12 شخصا", "قتلى القصف: 8 مدنيين", "Death toll: 12": a
 * casualty noun a few words before a colon that opens the count (a toll
 * word alone is not enough: "عدد القراءات: 8" counts readers).  Returns
 * the kind, or -1.
 */
static int colon_toll(const struct counting *k, const struct member *x, uint32_t *cas_tok)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	uint32_t t;
	size_t i;

	for (t = x->tok_start - 1; t > k->st->tok_start && x->tok_start - t <= 4; t--) {
		if (t < x->tok_start - 1 && rasdp_is_break(d, t - 1))
			return -1;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start <= t - 1 && m->tok_end >= t &&
			    rasdp_lex_casualty(c->lx, m->entry)->noun) {
				*cas_tok = m->tok_start;
				return rasdp_lex_casualty(c->lx, m->entry)->kind;
			}
		}
	}
	return -1;
}

const struct rasd_match *rasdp_other_casualty(const struct counting *k,
					      const struct rasd_match *best_m, size_t *i)
{
	for (; *i < k->si->m_last; (*i)++) {
		const struct rasd_match *m = rasdp_match_at(k->c, *i);

		if (m->kind == RASD_LEX_CASUALTY && m != best_m) {
			(*i)++;
			return m;
		}
	}
	return NULL;
}

/*
 * "قتل 3 مدنيين ... وارتفع عدد الضحايا إلى 5": a word counting the killed
 * or wounded together ("victims", "ضحايا") in a sentence whose other
 * casualty words all say killed counts the killed ("حصيلة ضحايا", the
 * toll of victims, holds one); beside a wounded word, or a compound of
 * both ("قتلى وجرحى"), it keeps both.  A word inside a longer casualty
 * word is that word's ("died of their wounds", "توفوا متأثرين بجراحهم":
 * killed, not the wounds).  The kind word `best_m` is narrowed to.
 */
static int victims_narrowed(const struct counting *k, const struct rasd_match *best_m)
{
	const struct rasd_match *m;
	int killed = 0;
	uint32_t covered = 0;   /* end of the casualty words read so far */
	size_t i = k->si->m_first;

	while ((m = rasdp_other_casualty(k, best_m, &i))) {
		int kd = rasdp_casualty_kind(k, m);

		if (m->tok_end <= covered)
			continue;
		covered = m->tok_end;
		if (kd == RASD_CAS_WOUNDED || kd == RASD_CAS_KILLED_OR_WOUNDED)
			return RASD_CAS_KILLED_OR_WOUNDED;
		if (kd == RASD_CAS_KILLED)
			killed = 1;
	}
	return killed ? RASD_CAS_KILLED : RASD_CAS_KILLED_OR_WOUNDED;
}

/*
 * "ارتفعت حصيلة ضحايا الغارات الروسية على قرية قرب جسر الشغور إلى تسعة",
 * "the death toll from Thursday's attack rose to 54": a toll word further
 * back than a casualty word reaches (within TOLL_REACH words, not counting
 * punctuation and dates: "the death toll from
 * the air strikes on the village of X in the southern countryside of Y on
 * Thursday has risen to 23"), and "to/إلى/بلغ" right before the
 * number.  Returns the kind, or -1.
 */
/*
 * Does the toll word before token `t` count a noun of no one: "the number
 * of breaches rose to 465", "ارتفع عدد الخروقات إلى 465"?  The word after
 * it (after "of/من" and the article) is then a plain noun: no people, no
 * casualty word, no event ("the toll of the strikes"), no place or actor
 * ("the toll in Aleppo"), no date, number or punctuation.
 */
static int counts_other_noun(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	if (t < k->st->tok_end && rasdp_cue(d, t, RASD_CUE_VICTIMS_OF))
		t++;
	if (t < k->st->tok_end && rasdp_cue(d, t, RASD_CUE_ARTICLE))
		t++;
	if (t >= k->st->tok_end || rasdp_is_punct(d, t) || rasdp_in_date(d, t) || rasdp_number_at(d, t) ||
	    rasdp_people_at(k->c, k->si, t) || rasdp_casualty_in(k->c, k->si, t, t + 1) ||
	    rasdp_cue(d, t, RASD_CUE_TOLL_TO))
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->tok_start <= t && m->tok_end > t &&
		    (m->kind == RASD_LEX_TRIGGER || m->kind == RASD_LEX_PLACE || m->kind == RASD_LEX_ACTOR ||
		     m->kind == RASD_LEX_GROUP))
			return 0;
	}
	return 1;
}

/* Words a toll word may stand before the number it reaches (punctuation and dates not counted). */
#define TOLL_REACH 32

static int toll_reached(const struct counting *k, const struct member *x, uint32_t *cas_tok)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	const struct rasd_match *best;
	size_t i;
	uint32_t t, words;

	if (x->tok_start >= 2 && rasdp_tok_is_punct(d, x->tok_start - 1, ':'))
		return colon_toll(k, x, cas_tok);
	if (x->tok_start < 2 || !rasdp_cue(d, x->tok_start - 1, RASD_CUE_TOLL_TO))
		return -1;
	for (t = x->tok_start - 1, words = 0; t > 0 && words <= TOLL_REACH; t--) {
		if (rasdp_is_break(d, t - 1) && !rasdp_tok_is_punct(d, t - 1, ','))
			return -1;
		words += !rasdp_is_punct(d, t - 1) && !rasdp_in_date(d, t - 1);
		if (!rasdp_cue(d, t - 1, RASD_CUE_TOLL))
			continue;
		/* another count between them is the toll's */
		for (i = 0; i < k->n; i++)
			if (k->m[i].n && k->m[i].tok_start >= t && k->m[i].tok_end <= x->tok_start)
				return -1;
		/*
		 * the kind named with it: "حصيلة ضحايا", "حصيلة الجرحى", "death
		 * toll"; the word after the toll word first ("فقد ارتفعت حصيلة
		 * قتلى": not "فقد")
		 */
		for (i = k->si->m_first, best = NULL; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start + 2 >= t - 1 &&
			    m->tok_start <= t + 1 && (!best || m->tok_start >= t))
				best = m;
		}
		if (best) {
			int kind = rasdp_lex_casualty(c->lx, best->entry)->kind;

			*cas_tok = best->tok_start;
			return kind == RASD_CAS_KILLED_OR_WOUNDED ? victims_narrowed(k, best) : kind;
		}
		if (counts_other_noun(k, t))
			return -1;
		*cas_tok = t - 1;
		return RASD_CAS_KILLED;
	}
	return -1;
}

/* ---- the decision: which casualty word governs a count ---------------- */

/*
 * Scored decision `casualty` (model.h): the candidates of a count are the
 * casualty words of its sentence and "none" (all features 0, score 0); the
 * best scoring word wins when it scores above 0, else the count is no
 * figure unless a toll reaches it.  data/models/casualty.tsv weighs them;
 * the hand weights give each word the score bias - rank of the rule the
 * file's comments describe (nearer wins, a noun right after the number
 * first), out of reach and across another count a veto.
 */
enum {
	CF_BIAS,
	CF_OWN_WORD,
	CF_OWN_NOUN,
	CF_AFTER,
	CF_AFTER_WORDS,
	CF_BEFORE_WORDS,
	CF_COORDINATOR,
	CF_OUT_OF_REACH,
	CF_COUNT_BETWEEN,
	CF_VERB,
	CF_SUBJECT,
	CF_TAKEN,
	CF__COUNT
};

static const struct rasd_feature casualty_feats[CF__COUNT] = {
	[CF_BIAS] = {"bias", "always 1: what a casualty word scores before its distance"},
	[CF_OWN_WORD] = {"own_word", "the count's own word: a dual noun of the dead (\"قتيلين\")"},
	[CF_OWN_NOUN] = {"own_noun", "the noun right after the number, what it counts (\"14 قتيلا\")"},
	[CF_AFTER] = {"after", "the word comes after the count"},
	[CF_AFTER_WORDS] = {"after_words", "words between the count and the word after it"},
	[CF_BEFORE_WORDS] = {"before_words", "words between the word and the count after it (dates, punctuation and parts not counted)"},
	[CF_COORDINATOR] = {"coordinator", "across \"and/while/كما\": a word of the clause before or after"},
	[CF_OUT_OF_REACH] = {"out_of_reach", "beyond the window or across a clause break"},
	[CF_COUNT_BETWEEN] = {"count_between", "another count stands between them and takes the word"},
	[CF_VERB] = {"verb", "the word is a verb or participle, not a counted noun"},
	[CF_SUBJECT] = {"subject", "a verb right after the count and its people, its subject (\"2 soldiers were killed\")"},
	[CF_TAKEN] = {"taken", "a word before the count that has a count of its own right before it, its subject (\"4 soldiers killed, 9 others injured\")"},
};

const struct rasd_decision rasdp_casualty_decision = {
	"casualty", "which casualty word governs a count? (the casualty words of its sentence, or none)",
	casualty_feats, CF__COUNT,
};

/* The weights of the decision, from the engine that analysed `d`. */
static const struct rasd_model *casualty_model(const struct rasd_doc *d)
{
	return &rasdp_engine_models(d->engine)->m[RASD_DEC_CASUALTY];
}

/*
 * Does the coordinator at token `t` join member `x` to a member of its own
 * list right after it ("19 pupils and a teacher were injured": one list,
 * one clause)?
 */
static int joins_list(const struct counting *k, const struct member *x, uint32_t t)
{
	size_t i;

	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (o != x && o->list == x->list && o->tok_start > t && o->tok_start <= t + 2)
			return 1;
	}
	return 0;
}

/*
 * The first coordinator at or after the end of member `x` (none joining it
 * to its own list), before the
 * last casualty word of its sentence starts, or UINT32_MAX: whether one
 * stands between `x` and a word after it is then one comparison, and the
 * clause is read once a member, not once a word.
 */
static uint32_t first_coordinator(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t, to = x->tok_end;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start > to)
			to = m->tok_start;
	}
	for (t = x->tok_end; t < to; t++)
		if (rasdp_cue(d, t, RASD_CUE_COORDINATOR) && !joins_list(k, x, t))
			return t;
	return UINT32_MAX;
}

/* Is token `t` inside the name of an actor? */
static int in_actor(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_ACTOR && m->tok_start <= t && m->tok_end > t)
			return 1;
	}
	return 0;
}

/*
 * Is the group of people counted by member `x` all that stands between it
 * and token `t` ("2 soldiers | were killed", "3 مدنيين | قتلوا")?
 */
static int people_between(const struct counting *k, const struct member *x, uint32_t t)
{
	size_t i;

	if (t <= x->tok_end)
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == x->tok_end && m->tok_end == t)
			return rasdp_people_at(k->c, k->si, x->tok_end);
	}
	return 0;
}

/*
 * Where does the list of member `x` end, its members after it joined one
 * to the next ("19 pupils and a teacher"), by token `b`; x's own end when
 * none follows it.
 */
static uint32_t list_end(const struct counting *k, const struct member *x, uint32_t b)
{
	uint32_t e = x->tok_end;
	size_t i;

	/* from the end of its people: "27 pupils and a young teacher" */
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == e && m->tok_end <= b)
			e = m->tok_end;
	}
	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (o != x && o->list == x->list && !o->skip && o->tok_start >= e &&
		    o->tok_start <= e + 3 && o->tok_end <= b)
			e = o->tok_end;
	}
	return e;
}

/*
 * Has casualty word `m` a count other than `x` as its subject: the count
 * right before it, or the count and its people ("Seven killed", "4
 * soldiers killed"), with no conjunction on the word?  A count after it
 * then more likely has a word of its own ("4 soldiers killed, 9 others
 * injured": the 9 are the injured).
 */
static int subject_count(const struct counting *k, const struct member *x, const struct rasd_match *m)
{
	size_t i;

	/* "74 قتيلا وأصاب 100": a verb joined on opens a clause of its own */
	if (rasdp_conj_before(k->c->d, m->tok_start, NULL))
		return 0;
	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (o != x && o->n && !o->skip &&
		    (o->tok_end == m->tok_start || people_between(k, o, m->tok_start)))
			return 1;
	}
	return 0;
}

/* Are tokens [a, b) none, or all possessives and words of addition ("her", "the other")? */
static int determiners_only(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (!rasdp_cue(d, a, RASD_CUE_POSSESSIVE) && !rasdp_cue(d, a, RASD_CUE_ADDITION))
			return 0;
	return 1;
}

/*
 * The features of casualty word `m` (a counted noun if `noun`) as the word
 * of member `x` (the decision `casualty` below): the member's own word
 * (the dual "قتيلين"); the noun right after a number (what it counts: "14
 * قتيلا"); else k words after it, or k words before it, not counting a
 * date, punctuation, an actor (the verb's subject) or the parts of a toll
 * between, and whether a
 * coordinator stands between ("a civilian was killed and two others were
 * injured": the word before belongs to the clause before); beyond the
 * windows or across a clause break, out of reach.  Sets *near for a word
 * beside the member.  `coord` is first_coordinator(k, x).
 */
static void casualty_features(const struct counting *k, const struct rasd_match *m, int noun,
			      const struct member *x, uint32_t coord, float *f, int *near)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u, coord_tok = 0;
	int dist, dates = 0, origin;

	memset(f, 0, CF__COUNT * sizeof(*f));
	f[CF_BIAS] = 1;
	f[CF_VERB] = !noun;
	*near = 0;
	if (m->tok_start >= x->tok_start && m->tok_end <= x->tok_end && x->n) {
		f[CF_OWN_WORD] = 1;
		*near = 1;
		return;
	}
	if (m->tok_start >= x->tok_end) {
		int aside = rasdp_aside_len(d, x->tok_end, m->tok_start);
		int parts = parts_within(k, x, x->tok_end, m->tok_start);

		/* "four suicide bombers": a number of attackers, no toll by the noun */
		if (noun && x->n && rasdp_cue(d, m->tok_start, RASD_CUE_ATTACKER)) {
			f[CF_OUT_OF_REACH] = 1;
			return;
		}
		/*
		 * "14 قتيلا", "20 Syrians dead"; not "9 أشخاص وإصابة 33", "مقتل 8
		 * وإصابة اثنين", nor after a dual or a number whose noun is in its
		 * span already
		 */
		if (noun && x->n && x->n->noun_tok == x->tok_end && !rasdp_conj_before(d, m->tok_start, NULL) &&
		    (m->tok_start == x->tok_end ||
		     (m->tok_start == x->tok_end + 1 && !rasdp_is_punct(d, x->tok_end) &&
		      !rasdp_people_at(k->c, k->si, x->tok_end)))) {
			f[CF_OWN_NOUN] = 1;
			*near = 1;
			return;
		}
		/* a quotation mark is no distance: "«ستة أشخاص بينهم أطفال» قتلوا" */
		dist = (int)(m->tok_start - x->tok_end) - (aside > parts ? aside : parts) -
		       (aside ? 0 : rasdp_quotes_within(d, x->tok_end, m->tok_start));
		origin = aside || parts ? 0 : rasdp_origin_len(k, x, m->tok_start);
		if (origin)
			dist -= origin;
		else if (!aside && !parts)
			dist -= rasdp_subject_len(k, x, m->tok_start, noun);
		if (dist > CAS_WINDOW_AFTER ||
		    (!origin && !rasdp_clause_clear_aside(d, x->tok_end, m->tok_start)))
			f[CF_OUT_OF_REACH] = 1;
		f[CF_AFTER] = 1;
		f[CF_SUBJECT] = (float)(!noun && people_between(k, x, m->tok_start));
		/* the list all the subject: "19 pupils and a teacher were injured" */
		if (!noun && x->n && m->tok_start > x->tok_end + 1 && list_end(k, x, m->tok_start) == m->tok_start) {
			f[CF_SUBJECT] = 1;
			dist = 1;
		}
		f[CF_COORDINATOR] = (float)(coord < m->tok_start);
		f[CF_AFTER_WORDS] = (float)(dist > 0 ? dist : 0);
		*near = dist <= 0;
		return;
	}
	if (m->tok_end > x->tok_start) {
		f[CF_OUT_OF_REACH] = 1;
		return;
	}
	dist = (int)(x->tok_start - m->tok_end);
	for (u = m->tok_end; u < x->tok_start; u++)
		dates += rasdp_in_date(d, u);
	if (dist - dates > CAS_WINDOW_BEFORE + 6 || !rasdp_clause_clear_dates(d, m->tok_end, x->tok_start)) {
		f[CF_OUT_OF_REACH] = 1;
		return;
	}
	/* a date, punctuation and the verb's subject ("اغتالت قوات الاحتلال، أمس، 3 شبان") are no distance */
	for (u = m->tok_end; u < x->tok_start; u++) {
		if (rasdp_in_date(d, u) || rasdp_is_punct(d, u) || in_actor(k, u))
			dist--;
		if (rasdp_cue(d, u, RASD_CUE_COORDINATOR))
			f[CF_COORDINATOR] = 1, coord_tok = u;
	}
	dist -= parts_within(k, x, m->tok_end, x->tok_start);
	/*
	 * a noun of the clause before, a word other than a part's between the
	 * coordinator and the count (a possessive or "other" is none: "a
	 * woman and her two daughters", "and the other three"), and the
	 * count's noun no people's:
	 * "listed the victims and interviewed four witnesses" (a verb's
	 * object, the count another's); not "15 dead and 23 among ...", "the
	 * victims ... included 20 children"; nor a count after the coordinator
	 * with a verb of its own ("killing two, and 20 students were evacuated")
	 */
	if (dist > CAS_WINDOW_BEFORE || (f[CF_COORDINATOR] && rasdp_own_verb(k, x)) ||
	    (f[CF_COORDINATOR] && !determiners_only(d, coord_tok + 1, x->tok_start) &&
	     !rasdp_cue_between(d, m->tok_end, x->tok_start, RASD_CUE_SUBSET) &&
	     !rasdp_people_at(k->c, k->si, x->tok_end)))
		f[CF_OUT_OF_REACH] = 1;
	f[CF_TAKEN] = (float)(!noun && subject_count(k, x, m));
	f[CF_BEFORE_WORDS] = (float)(dist > 0 ? dist : 0);
	*near = dist <= 0;
}

/*
 * Is there another count between casualty word `m` and member `x` (not
 * one x passes over: a member of its list, a part beside its total)?
 */
static int count_between(const struct counting *k, const struct rasd_match *m,
			 const struct member *x)
{
	uint32_t lo = m->tok_start < x->tok_start ? m->tok_end : x->tok_end;
	uint32_t hi = m->tok_start < x->tok_start ? x->tok_start : m->tok_start;
	size_t i;

	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (o == x || o->skip)
			continue;
		/* "3 شبان أحدهم جريح": a noun in or right after a part is the part's */
		if (o->part && !x->part && o->tok_start >= lo && m->tok_start >= o->tok_start &&
		    m->tok_start <= o->tok_end + 1 && rasdp_lex_casualty(k->c->lx, m->entry)->noun)
			return 1;
		if (o->n && o->tok_start >= lo && o->tok_end <= hi && !passed_over(x, o))
			return 1;
	}
	return 0;
}

/*
 * Does casualty word `m`, after count `x`, stand right before a count of
 * its own, its object or subject ("قتل ثلاثة ضحايا وأصيب أربعة": the four are the wounded)?
 */
static int counts_next(const struct counting *k, const struct rasd_match *m,
		       const struct member *x)
{
	size_t i;

	if (m->tok_start < x->tok_end)
		return 0;
	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (o != x && o->n && !o->skip && o->tok_start == m->tok_end)
			return 1;
	}
	return 0;
}

/*
 * "three victims were wounded", "أصيب ثلاثة ضحايا بجروح": a count of
 * victims whose own clause says what befell them, one killed or wounded
 * word with no other count between, is of that kind ("two victims were
 * killed and four others wounded": the wounded are the four's); else
 * victims_narrowed().
 */
static int victims_said(const struct counting *k, const struct member *x,
			const struct rasd_match *best_m)
{
	const struct rasd_doc *d = k->c->d;
	const struct rasd_match *m;
	size_t i = k->si->m_first;
	int said = -1;

	while ((m = rasdp_other_casualty(k, best_m, &i))) {
		int kd = rasdp_casualty_kind(k, m);
		uint32_t a = m->tok_start < x->tok_start ? m->tok_end : x->tok_end;
		uint32_t b = m->tok_start < x->tok_start ? x->tok_start : m->tok_start;

		if ((kd != RASD_CAS_KILLED && kd != RASD_CAS_WOUNDED) || (said >= 0 && kd == said) ||
		    (m->tok_start < best_m->tok_end && m->tok_end > best_m->tok_start) ||
		    !rasdp_clause_clear(d, a, b) || count_between(k, m, x) || counts_next(k, m, x))
			continue;
		if (said >= 0)
			return victims_narrowed(k, best_m);
		said = kd;
	}
	return said >= 0 ? said : victims_narrowed(k, best_m);
}

/*
 * "فقدان ثلاثة مقاتلين ... لحياتهم", "فقدوا حياتهم": a word of going missing
 * with "life" after it in its clause says killed.
 */
static int lost_life(const struct counting *k, const struct rasd_match *m)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t;

	for (t = m->tok_end; t < k->st->tok_end && t < m->tok_end + 12; t++) {
		if (rasdp_is_break(d, t))
			return 0;
		if (rasdp_cue(d, t, RASD_CUE_LIFE))
			return 1;
	}
	return 0;
}

/*
 * The kind of casualty word `m`, with the idioms read whole; -1 for a
 * verdict of death, no killing, or a tail with no verb of its phrase.
 */
int rasdp_casualty_kind(const struct counting *k, const struct rasd_match *m)
{
	const struct rasd_casualty *cas = rasdp_lex_casualty(k->c->lx, m->entry);
	int kind = cas->kind;

	if ((kind == RASD_CAS_KILLED && rasdp_verdict_only(k, m)) ||
	    (cas->tail && !rasdp_tail_has_verb(k, m)))
		return -1;

	if (kind == RASD_CAS_MISSING && lost_life(k, m))
		return RASD_CAS_KILLED;
	return kind;
}

/* Does casualty word `m` count people of its own right after it ("بعد مقتل 2"), not `x`? */
int rasdp_counts_own(const struct counting *k, const struct rasd_match *m, const struct member *x)
{
	size_t j;

	for (j = 0; j < k->n; j++)
		if (&k->m[j] != x && (k->m[j].tok_start == m->tok_end || k->m[j].tok_start == m->tok_end + 1))
			return 1;
	return 0;
}

/*
 * A count whose own noun says the people were held ("3 معتقلين", "two
 * hostages") counts who they were: a killing or wounding word in reach
 * says what befell them ("مقتل 3 معتقلين تحت التعذيب", "أعدمت الفصائل
 * ثلاثة أسرى", "killed two hostages").  The best such word by the
 * decision's score replaces the noun; `*best_m` follows.
 */
static void captives_befallen(const struct counting *k, struct member *x,
			      const struct rasd_match **best_m)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_model *model = casualty_model(c->d);
	uint32_t coord = first_coordinator(k, x);
	float f[CF__COUNT];
	double best = 0;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int kind, near;
		double score;

		if (m->kind != RASD_LEX_CASUALTY)
			continue;
		kind = rasdp_casualty_kind(k, m);
		if (kind != RASD_CAS_KILLED && kind != RASD_CAS_WOUNDED)
			continue;
		casualty_features(k, m, rasdp_lex_casualty(c->lx, m->entry)->noun, x, coord, f, &near);
		f[CF_COUNT_BETWEEN] = (float)count_between(k, m, x);
		score = rasdp_model_score(model, f);
		if (f[CF_OUT_OF_REACH] || f[CF_COUNT_BETWEEN] || score <= best || rasdp_counts_own(k, m, x))
			continue;
		best = score;
		x->kind = kind;
		x->rank = (int)lround(model->w[CF_BIAS] - score);
		x->near = (uint8_t)near;
		x->cas_tok = m->tok_start;
		x->cas_noun = rasdp_lex_casualty(c->lx, m->entry)->noun;
		x->own = 0;
		*best_m = m;
	}
}

/*
 * The casualty kind governing member `x`: the best scoring casualty word
 * of its sentence (the decision above: the noun right after a number, "14
 * قتيلا", "20 dead", else the nearest word of its clause before, "قتل 14
 * شخصا", or after, "20 people were killed"), else a toll reaching it.
 * Sets x->kind (-1: none), x->rank (lower nearer: the bias less the
 * score), x->near and x->cas_tok.
 */
void rasdp_bind_casualty(const struct counting *k, struct member *x)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_model *model = casualty_model(c->d);
	const struct rasd_match *best_m = NULL;
	double best = 0;
	float f[CF__COUNT];
	uint32_t coord = first_coordinator(k, x);
	size_t i;

	x->kind = -1;
	x->rank = OUT_OF_REACH;
	x->near = 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		double score;
		int near;

		if (m->kind != RASD_LEX_CASUALTY || rasdp_casualty_kind(k, m) < 0)
			continue;
		casualty_features(k, m, rasdp_lex_casualty(c->lx, m->entry)->noun, x, coord, f, &near);
		/* Another count between them belongs to that word instead. */
		f[CF_COUNT_BETWEEN] = (float)count_between(k, m, x);
		score = rasdp_model_score(model, f);
		if (score > best) {
			best = score;
			x->rank = (int)lround(model->w[CF_BIAS] - score);
			x->near = (uint8_t)near;
			x->kind = rasdp_casualty_kind(k, m);
			x->cas_tok = m->tok_start;
			x->cas_noun = rasdp_lex_casualty(c->lx, m->entry)->noun;
			x->own = (uint8_t)(f[CF_OWN_WORD] || f[CF_OWN_NOUN]);
			best_m = m;
		}
	}
	/*
	 * "ارتفعت حصيلة القتلى إلى شخصين كما جرح ستة": a toll reaching the
	 * count right before it is its word, but for its own noun
	 */
	if (x->n && !x->own) {
		uint32_t t;
		int kind = toll_reached(k, x, &t);

		if (kind >= 0) {
			x->kind = kind;
			x->cas_tok = t;
			x->rank = 0;
			x->near = 0;
			best_m = NULL;
		}
	}
	/* "the brigade lost 13 of its fighters": no casualty word of its own */
	if (x->kind < 0) {
		uint32_t t;

		if (rasdp_side_lost(k, x, &t)) {
			x->kind = RASD_CAS_KILLED;
			x->cas_tok = t;
			x->cas_noun = 0;
			x->rank = 0;
			best_m = NULL;
		}
	}
	/* "rescuers pulled 10 people alive from under the rubble": found, no missing */
	if (x->kind == RASD_CAS_MISSING && x->n && !x->own && rasdp_rescued(k, x))
		x->kind = -1;
	/* "released 39 prisoners", "أفرجت عن 25 معتقلا": set free, no arrest */
	if ((x->kind == RASD_CAS_ARRESTED || x->kind == RASD_CAS_KIDNAPPED) && rasdp_released(k, x))
		x->kind = -1;
	/* "the remains of 12 soldiers were handed over": bodies returned, no toll */
	if (x->kind == RASD_CAS_KILLED && rasdp_remains_returned(k, x))
		x->kind = -1;
	if (best_m && x->own && (x->kind == RASD_CAS_ARRESTED || x->kind == RASD_CAS_KIDNAPPED))
		captives_befallen(k, x, &best_m);
	/* "two of the wounded died" first: no pair of the killed and the wounded */
	if (best_m && x->kind == RASD_CAS_WOUNDED && rasdp_wounded_died(k, x, best_m))
		x->kind = RASD_CAS_KILLED;
	else if (best_m && (x->kind == RASD_CAS_KILLED || x->kind == RASD_CAS_WOUNDED) &&
		 rasdp_killed_and_wounded(k, x, best_m, x->kind))
		x->kind = RASD_CAS_KILLED_OR_WOUNDED;
	else if (best_m && x->kind == RASD_CAS_KILLED_OR_WOUNDED)
		x->kind = victims_said(k, x, best_m);
}

/* The candidates of count `x` for the decision (see events_int.h). */
static int count_candidates(const struct counting *k, const struct member *x,
			    rasdp_casualty_fn fn, void *ctx)
{
	const struct rasdp_ctx *c = k->c;
	float xs[RASDP_MAX_FIGS * CF__COUNT];
	int kinds[RASDP_MAX_FIGS];
	uint32_t coord = first_coordinator(k, x);
	unsigned n = 1;
	size_t i;

	memset(xs, 0, CF__COUNT * sizeof(*xs));
	kinds[0] = -1;
	for (i = k->si->m_first; i < k->si->m_last && n < RASDP_MAX_FIGS; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		float *f = xs + n * CF__COUNT;
		int near;

		if (m->kind != RASD_LEX_CASUALTY || rasdp_casualty_kind(k, m) < 0)
			continue;
		casualty_features(k, m, rasdp_lex_casualty(c->lx, m->entry)->noun, x, coord, f, &near);
		f[CF_COUNT_BETWEEN] = (float)count_between(k, m, x);
		kinds[n++] = rasdp_casualty_kind(k, m);
	}
	return fn(ctx, x->n->start, x->n->end, n, xs, kinds);
}

int rasdp_casualty_each(const struct rasd_engine *e, struct rasd_doc *d, rasdp_casualty_fn fn,
			void *ctx)
{
	struct rasdp_ctx c;
	struct counting k;
	uint32_t s;
	size_t i;
	int rc;

	if (!d->nsents)
		return 0;
	rc = rasdp_ctx_read(&c, e, d);
	if (rc)
		return rc;
	for (s = 0; s < d->nsents; s++) {
		rasdp_count_sentence(&c, s, &k);
		for (i = 0; i < k.n; i++) {
			if (!k.m[i].n || k.m[i].skip)
				continue;
			rc = count_candidates(&k, &k.m[i], fn, ctx);
			if (rc)
				return rc;
		}
	}
	return 0;
}
