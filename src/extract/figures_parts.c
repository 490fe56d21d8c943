/*
 * figures_parts.c - lists, parts and breakdowns: which members are joined
 * into one list, which are parts of a toll, and the casualty word each
 * takes from its list or its toll where it has none of its own.
 *
 * A breakdown is a structure, not a list of numbers.  Counts and persons
 * joined by "و"/"and", with only their nouns between, are the members of
 * one list: "8 عسكريين ومدني لقوا مصرعهم", "18 women and one man were
 * killed", "a leader and seven other members".  The members share the
 * casualty word of the list where they have none of their own.  A subset
 * word ("بينهم", "including", "من بين القتلى") opens a list of parts of
 * the toll before it: every member is marked subset and counts what the
 * toll counts ("81 شهيدا منهم 6 نساء و6 أطفال", "including a pregnant
 * woman"); a part is never a rival of its total (incidents compare parts
 * only with parts), and a total whose casualty word comes after its parts
 * reaches over them ("13 شخصا بينهم أربعة أطفال وثلاث نساء قضوا").
 * Members with no total are not parts: "six civilians and three fighters"
 * is two figures and no sum is invented.
 */
#include <string.h>

#include "extract/figures_int.h"

#include "base/banned.h"

/* The most tokens between two members of a list (the first one's noun phrase). */
#define LIST_GAP 6

/*
 * The subset word that opens a part with member `x`: "123 شخصا من ضمنهم 54
 * مدنيا بينهم 39 طفلا", "81 شهيدا منهم 6 نساء", "including five children",
 * "عدد القتلى بصفوف الخريجين 62", "من بين القتلى طفلان", "among the dead
 * were two fighters": a subset word (or "in the ranks of") at most three
 * tokens before it in its clause, or an `among` word with the dead it
 * picks from.  Returns its token, or UINT32_MAX.
 */
static uint32_t part_cue(const struct counting *k, const struct member *x)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	uint32_t t, reach = 4;
	size_t i;

	for (t = x->tok_start; t > k->st->tok_start && x->tok_start - t < reach; t--) {
		const struct rasd_match *cas = NULL;

		if (rasdp_is_break(d, t - 1) && !(d->toks[t - 1].flags & RASD_TOKF_QUOTE))
			return UINT32_MAX;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start <= t - 1 && m->tok_end >= t)
				cas = m;
		}
		if (cas) {
			/* "among the dead were": the toll the part is taken from */
			if (!rasdp_lex_casualty(c->lx, cas->entry)->noun)
				return UINT32_MAX;  /* "بينهم طفلان وأصيب 12": another count */
			reach += cas->tok_end - cas->tok_start + 1;
			continue;
		}
		if (rasdp_cue(d, t - 1, RASD_CUE_SUBSET) || rasdp_cue(d, t - 1, RASD_CUE_RANKS))
			return t - 1;
		if (rasdp_cue(d, t - 1, RASD_CUE_AMONG) && reach > 4)
			return t - 1;
	}
	return UINT32_MAX;
}

/* ---- lists ------------------------------------------------------------ */

/*
 * Can token `t` be part of a member's noun phrase: a group, an actor or a
 * place named, a word linking them ("of", "من", "the")?
 */
static int in_noun_phrase(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	if (rasdp_cue(d, t, RASD_CUE_VICTIMS_OF) || rasdp_cue(d, t, RASD_CUE_ARTICLE) ||
	    (d->toks[t].flags & RASD_TOKF_QUOTE))
		return 1;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if ((m->kind == RASD_LEX_GROUP || m->kind == RASD_LEX_ACTOR ||
		     m->kind == RASD_LEX_PLACE) && m->tok_start <= t && m->tok_end > t)
			return 1;
	}
	return 0;
}

/*
 * Where English person `x` starts with its determiner: "a young girl", "the
 * wounded man" (a person's own span is its noun).
 */
static uint32_t person_start(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u;

	if (x->n || !(d->toks[x->tok_start].flags & RASD_TOKF_LATIN) ||
	    rasdp_cue(d, x->tok_start, RASD_CUE_INDEFINITE) || rasdp_cue(d, x->tok_start, RASD_CUE_ARTICLE))
		return x->tok_start;
	for (u = x->tok_start; u > k->st->tok_start && x->tok_start - u < 3; u--) {
		if (rasdp_is_break(d, u - 1) || rasdp_cue(d, u - 1, RASD_CUE_CONJUNCTION))
			break;
		if (rasdp_cue(d, u - 1, RASD_CUE_INDEFINITE) || rasdp_cue(d, u - 1, RASD_CUE_ARTICLE))
			return u - 1;
	}
	return x->tok_start;
}

/*
 * Has count `x` a verb of its own after it: an auxiliary right after it
 * or after the people it counts ("... and 20 students were evacuated"),
 * with no casualty word in it or the few words after ("were wounded": that
 * word is x's own), nor words saying who of the dead they are ("four were
 * foreign fighters", "were among the dead")?  It is then the subject of a
 * clause of its own.
 */
int rasdp_own_verb(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t b = k->st->tok_end, e = x->tok_end, u, end;
	size_t i;

	if (!x->n)
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == e && m->tok_end < b)
			e = m->tok_end;
	}
	if (e >= b || !rasdp_cue(d, e, RASD_CUE_AUXILIARY))
		return 0;
	end = e + 4 < b ? e + 4 : b;
	for (u = e + 1; u < end; u++)
		if (rasdp_cue(d, u, RASD_CUE_AMONG) || rasdp_cue(d, u, RASD_CUE_SUBSET) ||
		    rasdp_people_at(k->c, k->si, u))
			return 0;
	return !rasdp_casualty_in(k->c, k->si, e, end);
}

/*
 * Is member `b` joined to member `a` before it in one list: "و"/"and"
 * right before `b`, only `a`'s noun phrase between, no casualty word and
 * no clause break ("8 عسكريين ومدني", "four fighters of the ISF and two
 * from the SDF"), and `b` no subject of a verb of its own?
 */
static int joined(const struct counting *k, const struct member *a, const struct member *b)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t, bs = person_start(k, b), last = bs, gap = 0, cut;
	int other = 0, owner;

	/* "a man and his two sons", "and the other three": a possessive opens the member */
	for (owner = 0; owner < 2 && bs > a->tok_end + 1 && (d->toks[bs - 1].flags & RASD_TOKF_LATIN) &&
			rasdp_cue(d, bs - 1, RASD_CUE_POSSESSIVE);
	     owner++)
		bs--;

	/* "14 امرأة ورجل واحد", "امرأة وأطفالها الثلاثة": the conjunction on the noun before the number */
	int noun_first = b->n && bs > a->tok_end && rasdp_waw_clitic(d, bs - 1) &&
			 (rasdp_people_at(k->c, k->si, bs - 1) || rasdp_cue(d, bs - 1, RASD_CUE_KIN));

	/* a compound is one word: "Kurdish-led" */
	for (t = a->tok_end; t < bs && gap <= LIST_GAP; t++)
		gap += !rasdp_hyphen_joined(d, t);
	if (bs < a->tok_end || gap > LIST_GAP ||
	    !(rasdp_conj_before(d, bs, b->n) || noun_first) || rasdp_own_verb(k, b))
		return 0;
	/* the gap is a noun phrase: groups, actors, places, "of/من", one word more */
	if (noun_first)
		last--;
	else if (!(b->n ? b->n->conj : rasdp_waw_clitic(d, bs)))
		last--;
	/* a comma before the conjunction ends the first member's phrase, not the list */
	cut = !noun_first && last > a->tok_end && rasdp_tok_is_punct(d, last - 1, ',') ? --last : bs;
	if (!rasdp_clause_clear(d, a->tok_end, cut) || rasdp_casualty_in(k->c, k->si, a->tok_end, bs))
		return 0;
	for (t = a->tok_end; t < last; t++)
		if (!in_noun_phrase(k, t) && !rasdp_hyphen_joined(d, t) && ++other > 1)
			return 0;
	return 1;
}

/*
 * Is count `x` a part named with the total it is of after it: "5 منهم
 * أطفال", "two of them seriously" (the number reader steps over "of"),
 * or after its noun: "نقلت 25 حالة منها إلى المستشفى"?  After the noun,
 * "of them" with people counted right after it names a part of this
 * count instead ("ثلاثة شبان منهم شقيقان").
 */
static int of_them(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t noun = x->n ? x->n->noun_tok : 0;
	size_t i;

	if (!x->n || x->tok_end >= d->ntoks)
		return 0;
	if (rasdp_cue(d, x->tok_end, RASD_CUE_PARTITIVE) ||
	    (noun == x->tok_end + 1 && rasdp_cue(d, noun, RASD_CUE_PARTITIVE)))
		return 1;
	if (noun != x->tok_end || noun + 1 >= k->st->tok_end ||
	    !rasdp_cue(d, noun + 1, RASD_CUE_PARTITIVE))
		return 0;
	for (i = 0; i < k->n; i++)
		if (k->m[i].tok_start > noun + 1 && k->m[i].tok_start <= noun + 3)
			return 0;
	return !rasdp_people_at(k->c, k->si, noun + 2);
}

/*
 * Is count `x` taken out of the dead or the wounded named right after it:
 * "18 من القتلى نساء", "eighteen of those killed were women", "five of
 * the victims"?  The preposition (cues.tsv `victims_of`), at most one
 * article or demonstrative, then a casualty word: the count is a part of
 * the toll those words stand for, not a toll of its own.
 */
static int of_the_dead(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t = x->tok_end;

	if (!x->n || t >= k->st->tok_end || !rasdp_cue(d, t, RASD_CUE_VICTIMS_OF))
		return 0;
	t++;
	if (t < k->st->tok_end && (rasdp_cue(d, t, RASD_CUE_ARTICLE) ||
				   rasdp_cue(d, t, RASD_CUE_DEMONSTRATIVE)))
		t++;
	return rasdp_casualty_in(k->c, k->si, t, t + 1);
}

/*
 * Is count `x` said to be among the dead or the wounded after it: "18
 * soldiers were among the dead", "ثلاثة أطفال بين القتلى"?  Within four
 * words of its clause, an `among` word or a subset word ("among"), at most
 * one article after it, then a casualty noun: the count is a part of the
 * toll that noun stands for, as "among the dead were 18 soldiers" is.
 */
static int among_the_dead(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t, u;
	size_t i;

	if (!x->n)
		return 0;
	for (t = x->tok_end; t < k->st->tok_end && t < x->tok_end + 4; t++) {
		if (rasdp_is_break(d, t))
			return 0;
		if (!rasdp_cue(d, t, RASD_CUE_AMONG) && !rasdp_cue(d, t, RASD_CUE_SUBSET))
			continue;
		u = t + 1;
		if (u < k->st->tok_end && rasdp_cue(d, u, RASD_CUE_ARTICLE))
			u++;
		for (i = k->si->m_first; i < k->si->m_last; i++) {
			const struct rasd_match *m = rasdp_match_at(k->c, i);

			if (m->kind == RASD_LEX_CASUALTY && m->tok_start == u &&
			    rasdp_lex_casualty(k->c->lx, m->entry)->noun)
				return 1;
		}
		return 0;
	}
	return 0;
}

/*
 * Link the members into lists, and mark the parts: a member after a subset
 * word or before "of them" or "of the dead", and every member joined after it.
 */
void rasdp_link_lists(struct counting *k)
{
	size_t i;

	for (i = 0; i < k->n; i++) {
		struct member *x = &k->m[i];

		x->list = (int)i;
		x->cue = part_cue(k, x);
		x->part = x->cue != UINT32_MAX || rasdp_cue(k->c->d, x->tok_start, RASD_CUE_SUBSET) ||
			  of_them(k, x) || of_the_dead(k, x) || among_the_dead(k, x);
		if (i > 0 && joined(k, &k->m[i - 1], x)) {
			x->list = k->m[i - 1].list;
			if (k->m[i - 1].part && !x->part) {
				x->part = 1;
				x->cue = k->m[i - 1].cue;
			}
		}
	}
}

/* The end of the longest casualty phrase starting at token `t`. */
static uint32_t phrase_end(const struct counting *k, uint32_t t)
{
	uint32_t e = t + 1;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start <= t && m->tok_end > e)
			e = m->tok_end;
	}
	return e;
}

/*
 * Part `x` of total `tot`: a casualty word standing between the total's
 * own word and the part opens a toll of its own, and the part is taken
 * from it ("قتل خمسة أشخاص وأصيب عدد آخر، بينهم امرأة": the woman is
 * among the wounded, though no number counts them).
 */
static void later_toll(const struct counting *k, const struct member *tot, struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t from = tot->cas_tok > tot->tok_end ? phrase_end(k, tot->cas_tok) : tot->tok_end;
	uint32_t to = x->cue != UINT32_MAX ? x->cue : x->tok_start;
	const struct rasd_match *last = NULL;
	size_t i;

	/* the total's own word pair is one phrase: "killed or wounded", "مقتل وإصابة" */
	for (i = k->si->m_first; tot->cas_tok > tot->tok_end && i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && rasdp_word_follows(d, from, m->tok_start))
			from = m->tok_end;
	}

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_start >= from && m->tok_end <= to &&
		    (!last || m->tok_start > last->tok_start))
			last = m;
	}
	if (last)
		x->kind = rasdp_casualty_kind(k, last);
}

/* Does the group "others" start at token `t` ("three others", "3 آخرين")? */
static int others_at(const struct counting *k, uint32_t t)
{
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == t &&
		    !strcmp(rasdp_lex_group(k->c->lx, m->entry)->id, "others"))
			return 1;
	}
	return 0;
}

/*
 * Is member `x` a count added, joined by "and" (the clitic و): "and three
 * others", "و3 آخرون", "and another five", "and five more", or alongside
 * (cue class alongside): "along with eight gunmen", "إلى جانب ثمانية"?
 */
static int added_after_and(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t = x->tok_start;

	if (rasdp_conj_before(d, t, x->n))
		return others_at(k, x->tok_end) ||
		       (x->tok_end < k->st->tok_end && rasdp_cue(d, x->tok_end, RASD_CUE_ADDITION));
	/* "along with eight gunmen", "alongside eight", "إلى جانب ثمانية" */
	if (t > k->st->tok_start + 1 &&
	    (rasdp_cue(d, t - 1, RASD_CUE_ALONGSIDE) ||
	     (t > k->st->tok_start + 2 && rasdp_cue(d, t - 1, RASD_CUE_PART_PREP) &&
	      rasdp_cue(d, t - 2, RASD_CUE_ALONGSIDE))))
		return 1;
	return t > k->st->tok_start + 1 && rasdp_cue(d, t - 1, RASD_CUE_ADDITION) &&
	       rasdp_conj_before(d, t - 1, NULL);
}

/*
 * "N others" left without a word, joined by "و"/"and" after a clause
 * whose count has one, says that word again unsaid: "two fighters were
 * killed in Mayadeen, and three others near Albu Kamal", "قتل 4 في سرمين
 * و3 آخرون في بنش", "and another five outside Raqqa", "along with eight
 * gunmen".  It takes the kind
 * of the nearest bound count before it, when no other casualty word
 * stands between.
 */
static void gapped_counts(struct counting *k)
{
	size_t i, j;

	for (i = 1; i < k->n; i++) {
		struct member *x = &k->m[i];

		if (x->kind >= 0 || x->skip || !x->n || x->part || !added_after_and(k, x))
			continue;
		for (j = i; j-- > 0;) {
			const struct member *y = &k->m[j];
			uint32_t from;

			if (y->skip || !y->n)
				continue;
			/* no other casualty word after y's own ("were killed" is one) */
			from = y->cas_tok > y->tok_end ? phrase_end(k, y->cas_tok) : y->tok_end;
			if (y->kind >= 0 && y->cas_tok < x->tok_start && from <= x->tok_start &&
			    !rasdp_casualty_in(k->c, k->si, from, x->tok_start)) {
				x->kind = y->kind;
				x->rank = y->rank;
				x->cas_tok = y->cas_tok;
			}
			break;
		}
	}
}

/*
 * Part `x` with no count before it, opened right after a casualty noun
 * ("the victims, including a newlywed man and three children", "القتلى،
 * ومن بينهم ..."): the part is of the people that noun names.
 */
static void dead_named_before(const struct counting *k, struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t = x->cue;
	size_t i;

	if (t > k->st->tok_start && rasdp_tok_is_punct(d, t - 1, ','))
		t--;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_CASUALTY && m->tok_end == t &&
		    rasdp_lex_casualty(k->c->lx, m->entry)->noun) {
			x->kind = rasdp_casualty_kind(k, m);
			x->rank = 0;
			x->cas_tok = m->tok_start;
			return;
		}
	}
}

/*
 * Does part `x` say its own kind a few words after it, in its clause
 * ("70 of them confirmed dead", "5 منهم قتلى")?  Then it keeps it.
 */
static int own_word_after(const struct counting *k, const struct member *x)
{
	const struct rasd_doc *d = k->c->d;
	size_t i;

	if (x->kind < 0 || x->cas_tok < x->tok_end || x->cas_tok > x->tok_end + 3 ||
	    !rasdp_clause_clear(d, x->tok_end, x->cas_tok) ||
	    rasdp_casualty_in(k->c, k->si, x->tok_end, x->cas_tok))
		return 0;
	/* not a word opening the next clause with its own count: "بينهم طفلان وأصيب 12" */
	if (rasdp_conj_before(d, x->cas_tok, NULL))
		return 0;
	for (i = 0; i < k->n; i++)
		if (k->m[i].tok_start > x->cas_tok && k->m[i].tok_start <= x->cas_tok + 2)
			return 0;
	return 1;
}

/*
 * Does member `y` go on the breakdown whose last part is `prev`, each with
 * its own casualty word: "منها 12 إصابة بالرصاص و28 إصابة بالاختناق"?
 */
static int breakdown_goes_on(const struct counting *k, const struct member *prev,
			     const struct member *y)
{
	const struct rasd_doc *d = k->c->d;

	return y->n && y->own && prev->own && rasdp_conj_before(d, y->tok_start, y->n) &&
	       rasdp_clause_clear(d, prev->tok_end, y->tok_start);
}

/*
 * A total that names no casualty of its own takes the kind its breakdown
 * agrees on: "medics treated 40 cases, including 12 gunshot injuries and 28
 * injuries from tear gas", "تعاملت الطواقم مع 40 حالة، منها 12 إصابة
 * بالرصاص و28 إصابة بالاختناق".  At least two parts after it, each with a
 * casualty word of its own after the total, all of one kind; not in a
 * sentence of illness or disaster ("cases of cholera, including 12
 * deaths"), whose counts are no toll of violence.
 */
static void total_from_parts(struct counting *k)
{
	const struct rasd_doc *d = k->c->d;
	size_t i, j, end;

	if (rasdp_hazard_words(d, k->st))
		return;
	for (i = 0; i < k->n; i++) {
		struct member *x = &k->m[i];
		const struct member *first = NULL, *prev = NULL;
		int n = 0, ok = 1;

		if (x->part || !x->n || x->kind >= 0 || x->skip)
			continue;
		for (j = i + 1; j < k->n && ok; j++) {
			const struct member *y = &k->m[j];

			if (!y->part && !(prev && breakdown_goes_on(k, prev, y)))
				break;
			if (y->skip)
				continue;
			ok = y->kind >= 0 && y->cas_tok >= x->tok_end &&
			     (!first || y->kind == first->kind);
			if (!first)
				first = y;
			prev = y;
			n++;
		}
		if (!ok || n < 2)
			continue;
		x->kind = first->kind;
		x->rank = first->rank;
		x->cas_tok = first->cas_tok;
		for (end = j, j = i + 1; j < end; j++)
			if (!k->m[j].part) {
				k->m[j].part = 1;
				k->m[j].cue = first->cue;
			}
	}
}

/*
 * Bind every member: its own casualty word; a part counts what its toll
 * counts; a member without a word of its own takes its list's ("8 عسكريين
 * ومدني لقوا مصرعهم": the civilian too).
 */
void rasdp_bind_members(struct counting *k)
{
	size_t i, j;
	int total = -1;

	for (i = 0; i < k->n; i++) {
		struct member *x = &k->m[i];

		if (x->n)
			rasdp_bind_casualty(k, x);
		else
			rasdp_person_casualty(k, x);
		/*
		 * "30 قتيلا من ضمنهم 12 مدنيا بينهم 5 أطفال": the toll's kind,
		 * unless the part has its own noun beside it ("3 شبان أحدهم جريح")
		 */
		if (x->part && total >= 0 && k->m[total].kind >= 0 && !x->skip &&
		    !(x->near && x->cas_noun) && !own_word_after(k, x)) {
			x->kind = k->m[total].kind;
			x->rank = k->m[total].rank;
			x->cas_tok = x->tok_start;
			later_toll(k, &k->m[total], x);
		}
		if (x->part && x->kind < 0 && x->cue != UINT32_MAX)
			dead_named_before(k, x);
		if (!x->part && x->n && x->kind >= 0 && !x->skip)
			total = (int)i;
	}
	total_from_parts(k);
	for (i = 0; i < k->n; i++) {
		struct member *x = &k->m[i];
		const struct member *best = NULL;

		if (x->kind >= 0 || x->skip)
			continue;
		for (j = 0; j < k->n; j++)
			if (j != i && k->m[j].list == x->list && k->m[j].kind >= 0 && !k->m[j].skip &&
			    (!best || k->m[j].rank < best->rank))
				best = &k->m[j];
		if (best) {
			x->kind = best->kind;
			x->rank = best->rank;
			x->cas_tok = best->cas_tok;
		}
	}
	gapped_counts(k);
}

/* ---- where the people counted come from -------------------------------- */

/*
 * A place or an actor of sentence `k->si` starting at token `t`, or a run
 * of capitalised words (a name no lexicon holds): its end, or `t`.
 */
static uint32_t origin_name_end(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t e = t;
	size_t i;

	while (e < k->st->tok_end && (d->toks[e].flags & RASD_TOKF_CAP))
		e++;
	if (e > t)
		return e;

	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if ((m->kind == RASD_LEX_PLACE || m->kind == RASD_LEX_ACTOR) && m->tok_start == t &&
		    m->tok_end > t)
			return m->tok_end;
	}
	return t;
}

/*
 * The length of the people counted by member `x` and where they come from,
 * up to casualty word at token `b`: "40 (foreign) fighters from A, B and C
 * | were killed", "over 60 mercenaries originating from A | were killed", "40
 * مقاتلا من A وB وC | قتلوا".  After the people, at most one word before
 * the preposition (a participle), then places or actors, each after a
 * comma or "and/و", nothing else; the list is a subject, not a distance,
 * and its commas no clause break.  0 when the words are anything else.
 */
int rasdp_origin_len(const struct counting *k, const struct member *x, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t g = 0, t, e = 0;
	size_t i;
	int names = 0;

	for (i = k->si->m_first; i < k->si->m_last && !g; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		/* one adjective may come first: "60 foreign mercenaries" */
		if (m->kind == RASD_LEX_GROUP && (m->tok_start == x->tok_end ||
		    (m->tok_start == x->tok_end + 1 && !rasdp_is_punct(d, x->tok_end))) &&
		    rasdp_people_at(k->c, k->si, m->tok_start))
			g = m->tok_end;
	}
	if (!g || g + 2 > b)
		return 0;
	t = g;
	if (!rasdp_cue(d, t, RASD_CUE_VICTIMS_OF) && t + 1 < b && !rasdp_is_punct(d, t) &&
	    !rasdp_number_at(d, t) && !rasdp_casualty_in(k->c, k->si, t, t + 1) &&
	    rasdp_cue(d, t + 1, RASD_CUE_VICTIMS_OF))
		t++;
	if (!rasdp_cue(d, t, RASD_CUE_VICTIMS_OF))
		return 0;
	for (t++; t < b;) {
		if (names && (rasdp_tok_is_punct(d, t, ',') || rasdp_cue(d, t, RASD_CUE_COORDINATOR))) {
			t++;
			continue;
		}
		if (rasdp_cue(d, t, RASD_CUE_ARTICLE) && t + 1 < b)
			t++;
		e = origin_name_end(k, t);
		/* one modifier before the name: "the former Soviet Union" */
		if (e == t && t + 1 < b && !rasdp_is_punct(d, t) && !rasdp_number_at(d, t))
			e = origin_name_end(k, t + 1) > t + 1 ? origin_name_end(k, t + 1) : t;
		if (e == t || e > b)
			return 0;
		names++;
		t = e;
	}
	/* the list ends on a name: "18 soldiers of the army, and 27 were wounded" is no list */
	return names && e == b ? (int)(b - x->tok_end) : 0;
}
