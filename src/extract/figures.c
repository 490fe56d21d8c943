/*
 * figures.c - the figures a sentence gives: each count bound to the
 * casualty word that governs it, with the group it counts, its speaker and
 * its polarity; people counted without a numeral; breakdowns into parts.
 *
 * This file assembles the claims: it reads a sentence's members and
 * binds them (the files below), then makes each bound member a claim,
 * with the group it counts, its speaker, its polarity and how it stands
 * against the report's other tolls.  The stage is split by what each
 * file decides (figures_int.h holds what they share):
 *
 *   figures_members.c   counts and persons read into members; duals
 *   figures_casualty.c  the casualty word that binds a member (the
 *                       decision `casualty`), and its training candidates
 *   figures_persons.c   the casualty word beside a person counted as one;
 *                       English names that are persons
 *   figures_parts.c     lists, parts of a toll, breakdowns
 *   figures_excluded.c  what is no figure: things, time, zeros, tolls of
 *                       another time
 *
 * Every rule looks at what is near: the sentence's own matches
 * (m_first .. m_last), the numbers and dates from its first token
 * (rasdp_num_from(), rasdp_date_from()), bounded look-backs; a sentence's
 * members are at most MAX_MEMBERS, so building the figures of a report
 * takes time linear in its length.
 */
#include <string.h>

#include "extract/figures_int.h"

#include "base/banned.h"

static uint8_t revision_of(const struct counting *k, const struct member *x);

/*
 * Is number `n` a count added to one told before: a cue of addition right
 * before it ("another 27", "the remaining six") or right after it ("19
 * more")?  Its people are others besides those (groups.tsv "others").
 */
static int added_count(const struct rasd_doc *d, const struct rasd_number *n)
{
	return (n->tok_start > 0 && rasdp_cue(d, n->tok_start - 1, RASD_CUE_ADDITION)) ||
	       (n->tok_end < d->ntoks && rasdp_cue(d, n->tok_end, RASD_CUE_ADDITION));
}

/*
 * Do tokens [a, b) of sentence `s` hold another number or a casualty verb
 * not right before the group, which ends the count's noun phrase ("Seven
 * killed 37 others", "15 injured in terrorist attacks": the group after is
 * not the count's; "65 bodies of civilians", "5 wounded soldiers" are)?
 */
static int phrase_ends(const struct rasdp_ctx *c, const struct rasdp_sent *s, uint32_t a, uint32_t b)
{
	uint32_t t;
	size_t i;

	for (t = a; t < b; t++)
		if (rasdp_number_at(c->d, t))
			return 1;
	for (i = s->m_first; i < s->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start >= a && m->tok_end < b &&
		    !rasdp_lex_casualty(c->lx, m->entry)->noun)
			return 1;
	}
	return 0;
}

/*
 * Do tokens [a, b) only tie a group to the actor after them: words of
 * belonging ("of the", "من", "في صفوف", "loyal to")?  "8 soldiers in
 * clashes with rebels": the rebels are the other side, not the soldiers'.
 */
static int owner_words(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++)
		if (!rasdp_cue(d, t, RASD_CUE_VICTIMS_OF) && !rasdp_cue(d, t, RASD_CUE_RANKS) &&
		    !rasdp_cue(d, t, RASD_CUE_ARTICLE) && !rasdp_cue(d, t, RASD_CUE_AFFILIATION) &&
		    !(t > a && rasdp_cue(d, t - 1, RASD_CUE_AFFILIATION)))
			return 0;
	return 1;
}

/* The group a figure counts ("عنصرا", "civilians", "three U.S. soldiers") and its actor. */
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
		    (m->tok_start <= n->tok_end || rasdp_words_in(d, n->tok_end, m->tok_start) <= 2) &&
		    rasdp_clause_clear(d, n->tok_end, m->tok_start) &&
		    !rasdp_cue_between(d, n->tok_end, m->tok_start, RASD_CUE_SUBSET) &&
		    !phrase_ends(c, s, n->tok_end, m->tok_start) &&
		    strcmp(rasdp_lex_group(c->lx, m->entry)->id, "things")) {
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
		    m->tok_start <= from + 3 && rasdp_clause_clear(d, n->tok_end, m->tok_start) &&
		    (m->tok_start <= from || owner_words(d, from, m->tok_start))) {
			cl->who_actor = (int32_t)m->entry;
			break;
		}
	}
	if (!cl->who && cl->who_actor >= 0)
		cl->who = "members";
	if (added_count(d, n))
		cl->who = "others";
}

/* Is member `x` one of a breakdown with a count ("6 جنود ومدني")? */
static int breakdown_member(const struct counting *k, const struct member *x)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (&k->m[i] != x && k->m[i].list == x->list && k->m[i].n)
			return 1;
	return 0;
}

/* What a word of rising before a member makes of it (member.risen). */
enum { RISE_NONE = 0, RISE_TO, RISE_BEFORE };

/* Words that may stand between a word of `before` and the rising it governs ("before the number of dead rose"). */
#define BEFORE_RISE_WORDS 4

/*
 * Is the word of rising at `t` governed by a word of `before` ("وقبل
 * ارتفاع عدد القتلى", "قبل أن ترتفع الحصيلة", "before the death toll
 * rose", "prior to the rise in the toll")?  A count told after it is the
 * toll as it stood before the rise, not the one risen to.  The words
 * between may only be the rising's own subject or its link: the article,
 * a toll word, "أن", a preposition ("to", "of"), a casualty word or a
 * group ("death", "القتلى", "civilians"), with no break or number; so
 * "before dawn the toll rose to 8" is still the toll risen to.
 */
static int before_rise(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t b = t, words = 0;

	while (b > k->st->tok_start && words <= BEFORE_RISE_WORDS) {
		b--;
		if (rasdp_is_break(d, b) || rasdp_number_at(d, b))
			return 0;
		if (rasdp_cue(d, b, RASD_CUE_BEFORE))
			return 1;
		if (!rasdp_cue(d, b, RASD_CUE_ARTICLE) && !rasdp_cue(d, b, RASD_CUE_TOLL) &&
		    !rasdp_cue(d, b, RASD_CUE_THAT) && !rasdp_cue(d, b, RASD_CUE_PART_PREP) &&
		    !rasdp_casualty_in(k->c, k->si, b, b + 1) && !rasdp_people_at(k->c, k->si, b))
			return 0;
		words++;
	}
	return 0;
}

/*
 * Does a word of rising stand between the count before member `x` in its
 * sentence (or the sentence start) and `x`?  RISE_TO when one does that
 * no word of `before` governs, else RISE_BEFORE when one does, else
 * RISE_NONE.
 */
static uint8_t risen_to(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t from = k->st->tok_start, t;
	uint8_t r = RISE_NONE;
	size_t i;

	for (i = 0; i < k->n; i++)
		if (k->m[i].n && k->m[i].tok_end <= x->tok_start && k->m[i].tok_end > from)
			from = k->m[i].tok_end;
	for (t = from; t < x->tok_start; t++)
		if (rasdp_cue(d, t, RASD_CUE_RISE)) {
			if (!before_rise(k, t))
				return RISE_TO;
			r = RISE_BEFORE;
		}
	return r;
}

/* Words from a sentence's start within which "separate" opens it ("In a separate attack"). */
#define SEPARATE_OPEN_WORDS 5

/*
 * Read once per sentence what revision_of() asks of every member: whether
 * a word of rising comes before each (member.risen, RISE_*) and where the first
 * word of an earlier toll is (counting.earlier), up to the last member, so
 * a long sentence is read once, not once a member.
 */
static void read_revisions(struct counting *k)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t, last = k->st->tok_start;
	size_t i;

	for (i = 0; i < k->n; i++) {
		k->m[i].risen = risen_to(k, &k->m[i]);
		if (k->m[i].tok_start > last)
			last = k->m[i].tok_start;
	}
	k->earlier = UINT32_MAX;
	for (t = k->st->tok_start; t < last; t++)
		if (rasdp_cue(d, t, RASD_CUE_EARLIER)) {
			k->earlier = t;
			break;
		}
	k->apart = 0;
	for (t = k->st->tok_start; t < k->st->tok_end && t < k->st->tok_start + SEPARATE_OPEN_WORDS; t++)
		k->apart |= rasdp_cue(d, t, RASD_CUE_SEPARATE);
}

/*
 * How member `x` stands against the report's other tolls, for the
 * disagree decision of incidents (src/incident/reconcile.c): the toll
 * risen to when a word of rising stands between the count before it (or
 * the sentence start) and it ("the toll rose to 54", "ارتفع عدد القتلى
 * إلى سبعة"); a toll as it stood before when a word of an earlier toll
 * opens its sentence's account before it ("Initially, the group reported
 * nine dead and 2,750 wounded", "أعلن المرصد في وقت سابق عن مقتل تسعة"),
 * or when a word of `before` governs its word of rising ("before the
 * toll rose, officials said 5 were killed": before_rise()), or when a
 * larger count of its kind of the same sentence is the toll risen to
 * ("9 killed, a toll that later rose to 11").  Any other count of a
 * sentence that a word of another happening opens ("In a separate
 * attack, a roadside bomb killed three", "وفي هجوم منفصل قتل ثلاثة") is
 * that happening's toll, told inside the report: never a rival of its
 * main toll, wherever extraction files it.
 */
static uint8_t revision_of(const struct counting *k, const struct member *x)
{
	size_t i;

	if (x->risen == RISE_TO)
		return RASD_REV_LATER;
	if (k->apart)
		return RASD_REV_APART;
	if (x->risen == RISE_BEFORE || k->earlier < x->tok_start)
		return RASD_REV_EARLIER;
	for (i = 0; x->n && i < k->n; i++)
		if (k->m[i].n && k->m[i].tok_start >= x->tok_end && k->m[i].kind == x->kind &&
		    k->m[i].n->value > x->n->value && k->m[i].risen == RISE_TO)
			return RASD_REV_EARLIER;
	return RASD_REV_NONE;
}

/*
 * Is the casualty word of member `x` a condition of the wounded ("8 in
 * critical condition", "12 critically", "5 حالات حرجة"): a word of the
 * wounded right after the count and its people, whose last word is a cue
 * of condition?
 * Its count is a part of the wounded, how many are badly hurt; a count
 * farther off ("wounded 19, some in critical condition") is the toll.
 */
static int condition_of_wounded(const struct counting *k, const struct member *x)
{
	size_t i;

	uint32_t from = x->tok_end;

	if (x->kind != RASD_CAS_WOUNDED || x->cas_tok < x->tok_end)
		return 0;
	/* past the count's people only: "8 people in critical condition" */
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == x->tok_end)
			from = m->tok_end;
	}
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		/* "8 are in critical condition": the copula's phrase starts at the count */
		if (m->kind == RASD_LEX_CASUALTY && m->tok_start == from && m->tok_end > x->cas_tok &&
		    rasdp_cue(k->c->d, m->tok_end - 1, RASD_CUE_CONDITION))
			return 1;
	}
	return 0;
}

/* Is person `x` "any" one: its noun a word of cues.tsv `any` ("أحد") or right after one ("أي شخص")? */
static int any_person(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;

	return !x->n && (rasdp_cue(d, x->tok_start, RASD_CUE_ANY) ||
			 (x->tok_start > k->st->tok_start && rasdp_cue(d, x->tok_start - 1, RASD_CUE_ANY)));
}

/*
 * Is the nobody of member `x` the one its casualty word tells of: in
 * English its subject, before the word ("no one was hurt"), not a clause
 * after it ("one was wounded and no one was there to help him"); Arabic
 * puts the verb first ("لم يصب أحد").
 */
static int nobody_subject(const struct counting *k, const struct member *x)
{
	return !(k->c->d->toks[x->tok_start].flags & RASD_TOKF_LATIN) || x->cas_tok > x->tok_start;
}

/*
 * Does member `x` count nobody: a count or "any" person with a negator
 * right before it ("no one was killed", "لم يقتل أحد", marked by
 * rasdp_count_sentence()), or "any" person under a denial or a negator
 * ("نفى الجيش مقتل أي شخص", "denied that any civilian was killed")?
 */
static int counts_nobody(const struct counting *k, const struct member *x)
{
	const struct rasdp_ctx *c = k->c;

	return x->zero ||
	       (any_person(k, x) &&
		(rasdp_denied_at(c, k->si, x->tok_start) || rasdp_negated(c, k->si, x->tok_start) ||
		 rasdp_negated(c, k->si, x->cas_tok)));
}

/*
 * The claim of member `x` of sentence `s`.  A person counted without a
 * numeral, outside a breakdown, is one among the victims, a part: never a
 * rival of a toll ("مقتل قيادي" is no claim that one died, against "12").
 */
static void make_claim(const struct counting *k, const struct member *x, uint32_t s,
		       struct rasd_claim *cl)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;

	memset(cl, 0, sizeof(*cl));
	cl->kind = (uint8_t)x->kind;
	cl->sent = s;
	if (x->n) {
		cl->value = x->n->value;
		cl->value_hi = x->n->value_hi;
		cl->qualifier = x->n->qualifier;
		cl->start = x->n->start;
		cl->end = x->n->end;
		group_for(c, k->si, x->n, cl);
		if (!cl->who)
			cl->who = x->who;   /* a dual's own group */
	} else {
		const struct member *last = x + x->more;

		cl->value = cl->value_hi = 1 + x->more;
		cl->qualifier = RASD_Q_EXACT;
		if (x->kin) {
			last++;
			cl->value += x->kin->value;
			cl->value_hi += x->kin->value_hi;
			cl->qualifier = x->kin->qualifier;
		}
		cl->start = d->toks[x->tok_start].start;
		cl->end = d->toks[last->tok_end - 1].end;
		cl->who = x->who;
		cl->who_actor = -1;
	}
	if (!rasdp_clause_speaker(c, k->si, x->tok_start, &cl->src))
		cl->src = k->si->src;
	cl->denied = (uint8_t)(rasdp_denied_at(c, k->si, x->tok_start) ||
			       rasdp_negated(c, k->si, x->cas_tok < x->tok_start ? x->cas_tok
										  : x->tok_start));
	cl->subset = x->part || (!x->n && !breakdown_member(k, x)) || condition_of_wounded(k, x);
	cl->revision = revision_of(k, x);
	if (counts_nobody(k, x)) {
		/* nobody was: a denial that at least one was, against any toll */
		cl->value = cl->value_hi = 1;
		cl->qualifier = RASD_Q_AT_LEAST;
		cl->denied = 1;
		cl->subset = 0;
	}
}

/*
 * What sentence `s` counts (see the top of this file): its counts and
 * persons, linked into lists and parts; things, times, zeros and tolls of
 * other times marked to skip.
 */
void rasdp_count_sentence(const struct rasdp_ctx *c, uint32_t s, struct counting *k)
{
	const struct rasd_doc *d = c->d;
	size_t i;
	int tot;

	k->c = c;
	k->si = &c->si[s];
	k->st = &d->sents[s];
	k->n = 0;
	/* a member past MAX_MEMBERS is left out: no more numbers are read then */
	for (i = rasdp_num_from(d, k->st->tok_start);
	     i < d->nnums && d->nums[i].tok_start < k->st->tok_end && k->n < MAX_MEMBERS; i++) {
		const struct rasd_number *n = &d->nums[i];
		struct member x;

		if (n->tok_end > k->st->tok_end || !rasdp_is_count(d, n))
			continue;
		memset(&x, 0, sizeof(x));
		x.n = n;
		x.tok_start = n->tok_start;
		x.tok_end = n->tok_end;
		x.skip = rasdp_counts_things(c, k->si, n) || rasdp_picks_things(c, k->si, n) ? SKIP_COUNT : SKIP_NOT;
		rasdp_add_member(k, &x);
	}
	rasdp_find_duals(k);
	rasdp_find_persons(k);
	rasdp_link_lists(k);
	for (i = 0; i < k->n; i++) {
		if (k->m[i].skip)
			continue;
		if (rasdp_not_of_event(k, &k->m[i]))
			k->m[i].skip = SKIP_TOLL;
		else if (rasdp_zero_quantity(k, k->m[i].tok_start) &&
			 (k->m[i].n || any_person(k, &k->m[i])))
			k->m[i].zero = 1;   /* "no one was killed", "لم يقتل أحد": nobody */
		else if (rasdp_zero_quantity(k, k->m[i].tok_start))
			k->m[i].skip = SKIP_COUNT;   /* "ليس أمريكيا": what someone was not */
	}
	/* the parts of a toll of another time are of that time ("3,364 in 2019, including 842 children") */
	for (i = 0, tot = -1; i < k->n; i++) {
		if (!k->m[i].part && k->m[i].n)
			tot = (int)i;
		else if (k->m[i].part && tot >= 0 && k->m[tot].skip == SKIP_TOLL)
			k->m[i].skip = SKIP_TOLL;
	}
}

/* Is sentence `s` in the title line: the text opens with the title and the sentence lies in it? */
int rasdp_in_title(const struct rasd_doc *d, uint32_t s)
{
	size_t tl = d->title ? strlen(d->title) : 0;

	return tl && d->sents[s].end <= tl && d->text_len >= tl && !memcmp(d->text, d->title, tl);
}

/*
 * Is sentence `s` a question: it ends with a question mark ("?", "؟"
 * normalised), or opens with a word that asks (cues.tsv `question`); in the
 * title line also with `question_title` ("ما حقيقة ...": what is the truth
 * of), unless a `still` word follows ("ما زال": still).
 */
static int is_question(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t, w;

	for (t = st->tok_end; t > st->tok_start; t--) {
		const struct rasd_token *tk = &d->toks[t - 1];

		if (tk->kind != RASD_TOK_PUNCT)
			break;
		if (d->norm[tk->nstart] == '?')
			return 1;
	}
	for (w = st->tok_start; w < st->tok_end && d->toks[w].kind == RASD_TOK_PUNCT; w++)
		;
	if (w == st->tok_end)
		return 0;
	if (rasdp_cue(d, w, RASD_CUE_QUESTION))
		return 1;
	return rasdp_in_title(d, s) && rasdp_cue(d, w, RASD_CUE_QUESTION_TITLE) &&
	       !(w + 1 < st->tok_end && rasdp_cue(d, w + 1, RASD_CUE_STILL));
}

/*
 * Does person `x` carry a casualty word of its own clause that tells what
 * befell them ("وأكدت الوزارة مقتل الجندي"), rather than name them by it
 * ("الشهيد باسل", the martyr Basel) or by a relative that presumes it
 * ("المتعاقد الذي قتل", the contractor who was killed)?
 */
static int told_anew(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;

	if (x->cas_tok >= x->tok_start && x->cas_tok < x->tok_end)
		return 0;
	return !(x->tok_end < k->st->tok_end && rasdp_cue(d, x->tok_end, RASD_CUE_RELATIVE));
}

/*
 * Is person `x` one counted before, named again: an Arabic noun carrying
 * the article ("المتعاقد الذي قتل", the contractor who was killed), and an
 * earlier sentence counted one person of its group ("مقتل متعاقد")?  The
 * noun then points back at that person, it counts no one new; but another
 * voice than `src` telling anew what befell them gives a claim of its own
 * (gold/GUIDE.md, repeats), as "the soldier" does in English.
 */
static int counted_before(const struct counting *k, const struct member *x, uint32_t s,
			  const struct rasd_srcref *src)
{
	const struct rasd_doc *d = k->c->d;
	const struct rasd_token *tk = &d->toks[x->tok_start];
	/* "الشهيد", "القتيل": a word of the dead names whoever of any group died before */
	int own_word = x->cas_tok >= x->tok_start && x->cas_tok < x->tok_end;
	size_t i, j;

	if (x->n || !x->who || !(tk->flags & RASD_TOKF_ARABIC) || !tk->nkeys || !tk->key[0])
		return 0;
	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims; j++) {
			const struct rasd_claim *cl = &d->events[i].claims[j];

			if (cl->sent < s && cl->value == 1 && cl->who &&
			    (!strcmp(cl->who, x->who) || (own_word && cl->kind == x->kind)) &&
			    (rasdp_same_voice(&cl->src, src) || !told_anew(k, x)))
				return 1;
		}
	return 0;
}

/* Words a kin noun may stand after its count ("her three young children"). */
#define KIN_NOUN_GAP 2

/* Is a noun of kin within KIN_NOUN_GAP words after count `y`, in its clause? */
static int kin_after(const struct counting *k, const struct member *y)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t;

	for (t = y->tok_end; t < k->st->tok_end && t <= y->tok_end + KIN_NOUN_GAP; t++) {
		if (rasdp_is_break(d, t))
			return 0;
		if (rasdp_cue(d, t, RASD_CUE_KIN_NOUN))
			return 1;
	}
	return 0;
}

/*
 * Is member `y` a count of kin of the person before it: the kin word right
 * before its number ("وأطفالها الثلاثة"), the dual of kin itself
 * ("وطفلاها"), or a bare possessive before it ("and her") with a noun of
 * kin after it ("three children"; not "his 12 bodyguards")?
 */
static int kin_count(const struct counting *k, const struct member *y)
{
	const struct rasd_doc *d = k->c->d;

	if (!y->n || y->tok_start == 0)
		return 0;
	if (rasdp_cue(d, y->tok_start, RASD_CUE_KIN) || rasdp_cue(d, y->tok_start - 1, RASD_CUE_KIN))
		return !rasdp_cue(d, y->tok_start - 1, RASD_CUE_POSSESSIVE) || kin_after(k, y);
	return 0;
}

/*
 * Does member `y` join the persons folded into `x` so far: the next member
 * of its list, of its casualty word and kind, a part only with it?
 */
static int joins_persons(const struct member *x, const struct member *y, size_t i, size_t j)
{
	return y->list == x->list && !y->skip && y->kind == x->kind &&
	       y->cas_tok == x->cas_tok && y->part == x->part && j == i + 1 + x->more;
}

/*
 * Persons of one group joined in one list with one casualty word are
 * counted together ("a boy and a girl were killed": two children; "نائب
 * الوزير ومسؤول آخر أصيبا": two officials), as a list of names adds up to
 * its length (gold/GUIDE.md, lists of names); persons of different groups
 * stay apart ("a soldier and a civilian"), but a kin told by the person
 * before it ("a child and his father", "امرأة وشقيقها") is of that
 * person's family, counted with it, and so is a count of kin told by the
 * person ("a woman and her three children": 4, "امرأة وأطفالها الثلاثة").
 * The first keeps the count in `more` and `kin` (and, joined by a kin, the
 * family as its group), the others are skipped.
 */
static void fold_persons(struct counting *k)
{
	size_t i, j;

	for (i = 0; i < k->n; i++) {
		struct member *x = &k->m[i];
		if (x->n || x->skip || x->kind < 0 || !x->who)
			continue;
		for (j = i + 1; j < k->n; j++) {
			struct member *y = &k->m[j];

			if (!joins_persons(x, y, i, j))
				break;
			if (kin_count(k, y)) {
				y->skip = SKIP_COUNT;
				x->who = "family";
				x->kin = y->n;
				break;
			}
			if (y->n || !y->who || (strcmp(y->who, x->who) && strcmp(y->who, "family")))
				break;
			y->skip = SKIP_COUNT;
			x->who = y->who;
			x->more++;
		}
	}
}

/*
 * The figures of sentence `s`: what it counts, each member bound to its
 * casualty word.  Counts come first, then persons, each in text order.  A
 * question ("what is the truth of the killing of 20?") asserts no figure in
 * the outlet's own voice: it puts a claim in doubt; a source it quotes still
 * speaks.  Nor does a count of nobody in the outlet's own voice ("shells hit
 * the market but no one was hurt"): only a source's stands against a toll.
 * The outlet's own voice is the source its domain names, where it names
 * one (c->outlet: "trtworld.com" speaks as TRT).
 */
size_t rasdp_sentence_figures(const struct rasdp_ctx *c, uint32_t s, struct rasd_claim *figs,
			      size_t max)
{
	struct counting k;
	size_t i, nfig = 0;
	int pass, question = is_question(c->d, s);

	rasdp_count_sentence(c, s, &k);
	rasdp_bind_members(&k);
	read_revisions(&k);
	fold_persons(&k);
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < k.n && nfig < max; i++) {
			const struct member *x = &k.m[i];

			if (x->skip || x->kind < 0 || (pass == 0) != (x->n != NULL))
				continue;
			make_claim(&k, x, s, &figs[nfig]);
			if (counted_before(&k, x, s, &figs[nfig].src) ||
			    (x->zero && !nobody_subject(&k, x)) ||
			    ((question || counts_nobody(&k, x)) &&
			     rasdp_same_voice(&figs[nfig].src, &c->outlet)))
				continue;
			nfig++;
		}
	return nfig;
}
