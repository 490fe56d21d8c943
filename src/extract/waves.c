/*
 * waves.c - one event per town: a sentence that tells of several places
 * is several events (gold/GUIDE.md).
 *
 * A wave of strikes on listed places is one event per place, the toll with
 * the first ("قصفت بلدتي طفس وداعل ومدينة جاسم", "in Tafas and the towns of
 * Jasim and Nawa", "... وجاسم، إضافة إلى مدينتي نوى وداعل", "as well as in
 * Nawa", past the day the first was hit: "hit Tyre on Tuesday, as well as
 * Sidon"); a place holding others of the list only locates them, and so
 * does one no finer after the kind of the one before ("the Jobar area of
 * Damascus", the list going on after it: "the Mezzeh district of Damascus
 * and the town of Nawa") (but a
 * governorate's seat after "and" a town of it is a peer: "Nawa and
 * Daraa", "نوى ودرعا"), a member
 * the gazetteer does not know ("طفس ودير المجهول وجاسم") is an event at the
 * area holding its two neighbours (read from the first one's name), and a
 * place of the wave stands with the first even when its cue alone is
 * weak (event_filter.c).  A list that opens with where the wounded were
 * taken ("نقلوا إلى مشفى في جاسم، ومشفى نوى") is no wave (sentence_place.c
 * rasdp_place_elsewhere()).  Only the sentence's own matches are read, so a
 * sentence the size of a report takes time linear in its length; the
 * clauses of a sentence that tell of other events are in sites.c.
 */
#include <stdint.h>
#include <string.h>

#include "extract/framing_int.h"
#include "extract/places_int.h"

#include "base/banned.h"

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

/* Does a list member end before token `t`: a comma or "و" written onto the next? */
static int arabic_member_end(const struct rasdp_ctx *c, uint32_t t)
{
	return t < c->d->ntoks && (rasdp_tok_is_punct(c->d, t, ',') || rasdp_waw_clitic(c->d, t));
}

/*
 * Is token `t` a capitalised Latin word no lexicon entry covers, as a name
 * the gazetteer does not know is ("Binnish, Tell Harun, Salqin"), or an
 * Arabic one of at most two words after a comma?
 */
static int unknown_name(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t t)
{
	const struct rasd_doc *d = c->d;

	if (!unmatched_word(c, si, t))
		return 0;
	if (d->toks[t].flags & RASD_TOKF_CAP)
		return 1;
	/*
	 * Arabic has no capitals: a member of a word or two between a comma
	 * and a comma or "و" ("كنصفرة، البارة، فليفل"; not "زعترة، المحاذية لبلدة")
	 */
	if (!(d->toks[t].flags & RASD_TOKF_ARABIC) || t < 1)
		return 0;
	if (rasdp_tok_is_punct(d, t - 1, ','))
		return arabic_member_end(c, t + 1) ||
		       (t + 1 < d->ntoks && unmatched_word(c, si, t + 1) && arabic_member_end(c, t + 2));
	return t >= 2 && rasdp_tok_is_punct(d, t - 2, ',') && unmatched_word(c, si, t - 1) &&
	       arabic_member_end(c, t + 1);
}

/*
 * Is token `t` a preposition that may follow a word carrying a list on
 * ("as well as in", "إضافة إلى", "including in": cues.tsv `part_prep`,
 * `things_prep`)?
 */
static int list_prep(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_cue(d, t, RASD_CUE_PART_PREP) || rasdp_cue(d, t, RASD_CUE_THINGS_PREP);
}

/* Does token `t` end a joint: a comma, "and", "و" or a word written with "و"? */
static int joint_end(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_tok_is_punct(d, t, ',') || rasdp_cue(d, t, RASD_CUE_CONJUNCTION);
}

/*
 * Is token `t` a preposition of where, said again after a joint ("in
 * Tafas and in Jasim", "في طفس وفي جاسم": cues.tsv `things_prep`), not
 * one of a time or an origin ("after", "from": `after`, `from`)?
 */
int rasdp_place_prep(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_cue(d, t, RASD_CUE_THINGS_PREP) && !rasdp_cue(d, t, RASD_CUE_AFTER) &&
	       !rasdp_cue(d, t, RASD_CUE_FROM) && !rasdp_cue(d, t, RASD_CUE_CONJUNCTION);
}

/* At most this many words before a date it begins with ("on", "يوم") (past_date()). */
#define DATE_LEAD_TOKS 1

/*
 * The first token after a date that tokens [a, b) open with, at most
 * DATE_LEAD_TOKS words after `a`, or `a`: the day the first member was
 * hit, told before the list goes on ("hit Tyre on Tuesday, as well as
 * Sidon", "قصفت صور اليوم، إضافة إلى صيدا").
 */
static uint32_t past_date(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	size_t i = rasdp_date_from(d, a);
	uint32_t t;

	if (i >= d->ndates || d->dates[i].tok_start < a ||
	    d->dates[i].tok_start > a + DATE_LEAD_TOKS || d->dates[i].tok_end >= b)
		return a;
	for (t = a; t < d->dates[i].tok_start; t++)
		if (d->toks[t].kind != RASD_TOK_WORD)
			return a;
	return d->dates[i].tok_end;
}

/*
 * Do tokens [a, b) of sentence `si` only join two places of a list:
 * nothing, or a comma or "و", "and" with words that name the next place's
 * kind, carry the list on or place the member before ("ومدينة", "and the
 * towns of", ", including the city of", "شمالي": cues.tsv `conjunction`,
 * `locative`, `list_link`, `compass`)?  Members the gazetteer does not know
 * pass as they are joined ("وحزانو ودير حسان وأريحا": "ودير حسان"), and
 * so do capitalised words after a comma ("Binnish, Tell Harun, Salqin");
 * such members and their commas do not count towards the joint's length
 * ("and the towns of Binnish, Salqin"), nor does a comma before "and", nor
 * a preposition of where said again after the joint ("and in the city of",
 * "وفي مدينة").
 */
static int list_joint(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t a,
		      uint32_t b)
{
	const struct rasd_doc *d = c->d;
	uint32_t t, names = 0;
	int joined = 0, after_waw = 0, after_link = 0, name, after_name = 0;

	a = past_date(d, a, b);
	/* "al-" written onto the next name is part of it ("Salqin, al-Atarib") */
	while (b > a && b < d->ntoks && glued(d, b - 1))
		b--;
	for (t = a; t < b; t++) {
		int waw = rasdp_waw_clitic(d, t);
		/* "and in", "وفي": the list's preposition said again */
		int again = t > a && joint_end(d, t - 1) && rasdp_place_prep(d, t);

		/* "إضافة إلى", "as well as in": a preposition after a list word joins */
		if (rasdp_tok_is_punct(d, t, ',') || rasdp_cue(d, t, RASD_CUE_CONJUNCTION) || waw ||
		    (after_link && list_prep(d, t)))
			joined = 1;
		else if (!rasdp_cue(d, t, RASD_CUE_LOCATIVE) && !rasdp_cue(d, t, RASD_CUE_LIST_LINK) &&
			 !rasdp_cue(d, t, RASD_CUE_COMPASS) && !(after_waw && unmatched_word(c, si, t)) &&
			 !(joined && unknown_name(c, si, t)) && !(after_link && list_prep(d, t)) &&
			 !again)
			return 0;
		/* a member the gazetteer does not know, and its comma, are not counted */
		name = (after_waw && unmatched_word(c, si, t)) || (joined && !waw && unknown_name(c, si, t));
		names += name || (after_name && rasdp_tok_is_punct(d, t, ',')) || again ||
			 (rasdp_tok_is_punct(d, t, ',') && t + 1 < b &&
			  rasdp_cue(d, t + 1, RASD_CUE_CONJUNCTION));
		after_name = name;
		after_waw = waw && unmatched_word(c, si, t);
		after_link = rasdp_cue(d, t, RASD_CUE_LIST_LINK);
	}
	/* a preposition after a word carrying the list on is not counted */
	if (b - a - names > LIST_JOINT_TOKS + 1 ||
	    (b - a - names > LIST_JOINT_TOKS &&
	     !(rasdp_cue(d, b - 2, RASD_CUE_LIST_LINK) && list_prep(d, b - 1))))
		return 0;
	/* "بليون بمنطقة جبل الزاوية": a place's kind alone places the one before */
	return joined || a == b;
}

/*
 * Does place `a` hold place `b`: one of b's governorate, district or
 * subdistrict, or an area named like b's governorate ("ريف دمشق" read as
 * its district)?  A subdistrict holds none: it is read as its seat town.
 * A city named like its governorate holds none of its
 * other towns ("Deir ez-Zor and al-Mayadin" are two places).
 */
static int holds(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa = rasdp_lex_place(lx, (size_t)a);
	const struct rasd_place *pb = rasdp_lex_place(lx, (size_t)b);

	/*
	 * a subdistrict bears its seat town's name, and a list names towns
	 * ("the towns of Binnish, Salqin, al-Atarib, Abyeen Samaan")
	 */
	if (a == b || rasdp_same_name(pa, pb) || pa->kind == RASD_PLACE_SUBDISTRICT)
		return 0;
	return pb->admin1 == a || pb->admin2 == a || pb->admin3 == a ||
	       (rasdp_place_rank(pa) < 5 && pb->admin1 >= 0 &&
		rasdp_same_name(rasdp_lex_place(lx, (size_t)pb->admin1), pa));
}

/*
 * Do tokens [a, b) only name the kind of the places after them, with no
 * comma or "and" ("the Daraa towns of Tafas and Jasim", "Idlib cities
 * of": cues.tsv `locative`, `list_link`), or give them as examples
 * (rasdp_examples_after(): ", such as", "، منها"), after place `area`, which holds
 * the place `p` they lead to?  The area then heads the list it holds and
 * only locates it: it is no place of the wave.
 */
static int area_of_kind(const struct rasdp_ctx *c, uint32_t a, uint32_t b, int32_t area, int32_t p)
{
	const struct rasd_place *pp;
	uint32_t t;
	int kind = 0;

	if (b <= a || area < 0 || p < 0)
		return 0;
	/* "villages in southern Idlib, such as X": examples of the area */
	if ((t = rasdp_examples_after(c->d, a, b)) != 0) {
		a = t;
		kind = 1;
	}
	if (b - a > LIST_JOINT_TOKS)
		return 0;
	for (t = a; t < b; t++) {
		if (rasdp_cue(c->d, t, RASD_CUE_LOCATIVE))
			kind = 1;
		else if (!rasdp_cue(c->d, t, RASD_CUE_LIST_LINK) || rasdp_waw_clitic(c->d, t))
			return 0;
	}
	if (!kind)
		return 0;
	/* "the Daraa towns of": the city named like the governorate stands for it */
	pp = rasdp_lex_place(c->lx, (size_t)p);
	return holds(c->lx, area, p) ||
	       (pp->admin1 >= 0 &&
		rasdp_same_name(rasdp_lex_place(c->lx, (size_t)pp->admin1),
				rasdp_lex_place(c->lx, (size_t)area)));
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

/* Is token `t` a word that only joins or kinds the members of a list ("و", "and", "the towns of")? */
static int list_word(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_cue(d, t, RASD_CUE_CONJUNCTION) || rasdp_cue(d, t, RASD_CUE_COORDINATOR) ||
	       rasdp_cue(d, t, RASD_CUE_LOCATIVE) || rasdp_cue(d, t, RASD_CUE_LIST_LINK) ||
	       rasdp_cue(d, t, RASD_CUE_COMPASS) || rasdp_cue(d, t, RASD_CUE_ARTICLE) ||
	       list_prep(d, t);
}

/*
 * The members of a list the gazetteer does not know, between two known
 * ones (tokens [a, b)): each a run of words no lexicon entry covers,
 * opened by "و" written onto its first word ("سفوهن والفطيرة وفليفل") or,
 * capitalised, by a comma or a word carrying the list on ("Binnish, Tell
 * Harun, Salqin", "the towns of Binnish, Salqin").  Their token
 * spans go to runs[] (two per member); returns how many.
 */
static size_t unknown_members(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t a,
			      uint32_t b, uint32_t *runs, size_t max)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = a, u;
	size_t n = 0;

	/* "al-" written onto the next name is part of it ("Kansafra, Al-Bara") */
	while (b > a && glued(d, b - 1))
		b--;
	while (t < b && n < max) {
		int waw = rasdp_waw_clitic(d, t);
		int latin = t > a &&
			    (rasdp_tok_is_punct(d, t - 1, ',') || rasdp_cue(d, t - 1, RASD_CUE_LIST_LINK)) &&
			    unknown_name(c, si, t);

		if (!unmatched_word(c, si, t) || list_word(d, t) || !(waw || latin)) {
			t++;
			continue;
		}
		for (u = t + 1; u < b && unmatched_word(c, si, u) && !list_word(d, u) &&
				!rasdp_waw_clitic(d, u) && (!latin || unknown_name(c, si, u));
		     u++)
			;
		runs[2 * n] = t;
		runs[2 * n + 1] = u;
		n++;
		t = u;
	}
	return n;
}

/*
 * Is place match `m` named with a word of its kind, before it or in its
 * own name ("the city of Daraa", "Daraa city", "مدينة درعا")?
 */
static int named_as_kind(const struct rasd_doc *d, const struct rasd_match *m)
{
	return rasdp_named_with_kind(d, m) || rasdp_cue(d, m->tok_start, RASD_CUE_LOCATIVE) ||
	       (m->tok_end - m->tok_start > 1 && rasdp_cue(d, m->tok_end - 1, RASD_CUE_LOCATIVE));
}

/*
 * Do tokens [a, b), between two places, only name the first one's kind and
 * a preposition ("the Jobar area of Damascus", "the Dahiyeh suburb in
 * Beirut": cues.tsv `locative`, then `part_prep` or `things_prep`), with
 * no comma or "and"?  A place no finer after them only locates the one
 * before (not "the Daraa towns of Tafas").
 */
static int kind_then_prep(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;
	int kind = 0;

	if (b < a + 2 || !list_prep(d, b - 1))
		return 0;
	for (t = a; t + 1 < b; t++) {
		if (rasdp_cue(d, t, RASD_CUE_LOCATIVE))
			kind = 1;
		else if (!rasdp_cue(d, t, RASD_CUE_ARTICLE))
			return 0;
		if (rasdp_tok_is_punct(d, t, ',') || rasdp_cue(d, t, RASD_CUE_CONJUNCTION) ||
		    rasdp_waw_clitic(d, t))
			return 0;
	}
	return kind;
}

/* Is there a comma or "and" among tokens [a, b)? */
static int comma_or_and(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++)
		if (rasdp_tok_is_punct(d, t, ',') || rasdp_cue(d, t, RASD_CUE_CONJUNCTION) ||
		    rasdp_waw_clitic(d, t))
			return 1;
	return 0;
}

/*
 * Do tokens [a, b) of sentence `si` join the next member of a list: a
 * joint (list_joint()), or the kind of the member before and a
 * preposition ("the Dahiyeh suburb of Beirut and the city of Tyre": the
 * list goes on past Beirut, which only locates Dahiyeh)?  `*located`
 * tells the next call that the member is of the second kind; after one
 * the list goes on only at a comma or "and" ("near the village on the
 * Hasakah-Qamishli road" names no third member).
 */
static int member_joint(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t a,
			uint32_t b, int *located)
{
	if (list_joint(c, si, a, b)) {
		if (*located && !comma_or_and(c->d, a, b))
			return 0;
		*located = 0;
		return 1;
	}
	*located = kind_then_prep(c->d, a, b);
	return *located;
}

/*
 * A place that holds another of the list only locates it ("Jasim, Daraa
 * province", "in Idlib province and the towns of Binnish and Salqin"), and
 * so does a name of the governorate after a town of it ("Jasim, Daraa"),
 * unless a word of its kind names it a city (kinded[]: "and in the city of
 * Daraa", "ومدينة درعا"); a place named twice is one, and so are sites of
 * one town hit in one attack (rasdp_one_town()): none of them is a place
 * of the wave (drop[]).  A city named like its governorate before
 * its other towns is one of the list ("Deir ez-Zor and al-Mayadin").
 * Returns how many members are left.
 */
static size_t drop_locating(const struct rasd_lexicon *lx, const int32_t *list,
			    const uint8_t *kinded, size_t n, uint8_t *drop)
{
	size_t i, k, left = 0;

	memset(drop, 0, n);
	for (i = 0; i < n; i++)
		for (k = i + 1; k < n; k++) {
			const struct rasd_place *pi = rasdp_lex_place(lx, (size_t)list[i]);
			const struct rasd_place *pk = rasdp_lex_place(lx, (size_t)list[k]);

			/* "Jasim, Daraa": a name of the governorate after a town locates it */
			if (holds(lx, list[k], list[i]) ||
			    (pi->admin1 >= 0 && !(kinded[k] && rasdp_place_rank(pk) >= 5) &&
			     rasdp_same_name(pk, rasdp_lex_place(lx, (size_t)pi->admin1))))
				drop[k] = 1;
			else if (holds(lx, list[i], list[k]))
				drop[i] = 1;
			else if (list[i] == list[k] || rasdp_same_name(pi, pk) ||
				 rasdp_one_town(lx, list[i], list[k]))
				drop[k] = 1;
		}
	for (i = 0; i < n; i++)
		left += !drop[i];
	return left;
}

/*
 * Is the member at match span [first, last), read as place `p`, a peer of
 * the town before it, `prev`: joined to it by "and", "و" (not a comma
 * alone: "Saraqib, Idlib" places Saraqib), with nothing else between,
 * named bare (not "Idlib province", "ومحافظة إدلب"), and the city that is the seat of prev's governorate, read
 * so or as that governorate?  Then it is that city, a place of the wave
 * ("struck Saraqib and Idlib", "قصفت سراقب وإدلب"): the city, else -1.
 */
static int32_t coordinated_seat(const struct rasdp_ctx *c, size_t first, size_t last,
				uint32_t joint_start, int32_t prev, int32_t p)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m = rasdp_match_at(c, first);
	const struct rasd_place *pv = rasdp_lex_place(c->lx, (size_t)prev);
	const struct rasd_place *gov;
	uint32_t t;
	int conj = rasdp_waw_clitic(d, m->tok_start);
	size_t i;

	if (rasdp_place_rank(pv) < 5 || pv->admin1 < 0 || named_as_kind(d, m) ||
	    (p != pv->admin1 && rasdp_lex_place(c->lx, (size_t)p)->admin1 != pv->admin1) ||
	    (m->tok_end < d->ntoks && rasdp_cue(d, m->tok_end, RASD_CUE_REGION_AFTER)))
		return -1;
	/* nothing but "and" and commas between: no "the province of", "محافظة" */
	for (t = joint_start; t < m->tok_start; t++) {
		if (rasdp_cue(d, t, RASD_CUE_CONJUNCTION))
			conj = 1;
		else if (!rasdp_tok_is_punct(d, t, ','))
			return -1;
	}
	if (!conj)
		return -1;
	gov = rasdp_lex_place(c->lx, (size_t)pv->admin1);
	for (i = first; i < last; i++) {
		const struct rasd_match *mi = rasdp_match_at(c, i);
		const struct rasd_place *q;

		if (mi->kind != RASD_LEX_PLACE)
			continue;
		q = rasdp_lex_place(c->lx, mi->entry);
		if ((q->kind == RASD_PLACE_CITY || q->kind == RASD_PLACE_TOWN) &&
		    q->admin1 == pv->admin1 && rasdp_same_name(q, gov) && (int32_t)mi->entry != prev)
			return (int32_t)mi->entry;
	}
	return -1;
}

/*
 * A member the gazetteer does not know, between members i-1 and i of the
 * list (their joint tokens joint[2i], joint[2i+1]), is a town of its own,
 * placed where its neighbours both are (their district or governorate) and
 * read from the name before it (the place decision finds it there).
 * Returns how many went to out[] (spans[] two a place).
 */
static size_t unknown_events(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			     const int32_t *list, size_t n, const uint32_t *lspan,
			     const uint32_t *joint, int32_t *out, uint32_t *spans, size_t max)
{
	uint32_t runs[2 * MAX_WAVE];
	size_t i, k, nrun, nout = 0;

	for (i = 1; i < n && nout < max; i++) {
		int32_t area = rasdp_common_level(c->lx, list[i - 1], list[i]);

		if (area < 0)
			continue;
		nrun = unknown_members(c, si, joint[2 * i], joint[2 * i + 1], runs, MAX_WAVE);
		for (k = 0; k < nrun && nout < max; k++) {
			out[nout] = area;
			spans[2 * nout] = lspan[2 * (i - 1)];
			spans[2 * nout + 1] = lspan[2 * (i - 1) + 1];
			nout++;
		}
	}
	return nout;
}

/* At most this many tokens of an aside a list goes on after ("..., as well as in"). */
#define LIST_ASIDE_TOKS 14

/*
 * Does a list, broken at token `a` by an aside ("... وأريحا وعدد من مخيمات
 * النزوح في ريف المحافظة"), go on at the place starting at token `b`: a
 * comma or "و" then a word carrying the list on ("، إضافة إلى مدينتي",
 * ", as well as in the towns of": cues.tsv `list_link`) right before it,
 * joining it as a member, within a short aside that opens no clause of its
 * own ("while", "فيما": cues.tsv `coordinator`, not "and")?
 */
static int list_resumes(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t a,
			uint32_t b)
{
	const struct rasd_doc *d = c->d;
	uint32_t t, q;

	if (b <= a || b - a > LIST_ASIDE_TOKS)
		return 0;
	for (t = a; t < b; t++)
		if (rasdp_cue(d, t, RASD_CUE_COORDINATOR) && !rasdp_cue(d, t, RASD_CUE_CONJUNCTION))
			return 0;
	for (q = b; q-- > a && b - q <= LIST_JOINT_TOKS + 1;) {
		if (!rasdp_tok_is_punct(d, q, ',') && !rasdp_cue(d, q, RASD_CUE_CONJUNCTION) &&
		    !rasdp_waw_clitic(d, q))
			continue;
		/* the word right after the joint carries the list on */
		if (q + 1 < b && rasdp_cue(d, q + 1, RASD_CUE_LIST_LINK) &&
		    !rasdp_cue(d, q + 1, RASD_CUE_ARTICLE) && list_joint(c, si, q, b))
			return 1;
		if (rasdp_cue(d, q, RASD_CUE_LIST_LINK) && rasdp_waw_clitic(d, q) && list_joint(c, si, q, b))
			return 1;
	}
	return 0;
}

/*
 * How many of the n members of list[] tell a place of their own, drop[]
 * marking the others: a member only locating another (drop_locating()),
 * one no finer than the member before it after that one's kind word and a
 * preposition ("the Jobar area of Damascus": Damascus only locates Jobar),
 * and the area heading the list when `headed`.
 */
static size_t members_left(const struct rasdp_ctx *c, const int32_t *list, const uint8_t *kinded,
			   const uint32_t *joint, size_t n, int headed, uint8_t *drop)
{
	size_t i, left = drop_locating(c->lx, list, kinded, n, drop);

	for (i = headed ? 2 : 1; i < n; i++)
		if (!drop[i] && kind_then_prep(c->d, joint[2 * i], joint[2 * i + 1]) &&
		    rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)list[i])) <=
			    rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)list[i - 1]))) {
			drop[i] = 1;
			left--;
		}
	if (headed && !drop[0]) {
		drop[0] = 1;
		left--;
	}
	return left;
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
	uint32_t joint[2 * (MAX_WAVE + 1)];   /* the tokens joining each member to the one before */
	uint8_t drop[MAX_WAVE + 1], kinded[MAX_WAVE + 1];   /* kinded: "the city of X" */
	size_t i, n = 0, first, last, at = SIZE_MAX, nout = 0, left;
	uint32_t prev_end = 0, list_start = 0, from, aside = 0;
	int away = 0;     /* the list is where people were taken ("نقلوا إلى مشفى في X، وY") */
	int resumed = 0, headed = 0;   /* headed: list[0] is the area of the list */
	int located = 0;  /* the last member only locates the one before ("suburb of Beirut") */

	if (si->place < 0)
		return 0;
	/* the list of place spans, joined, around the sentence's own place */
	for (i = si->m_first; i < si->m_last; i = last) {
		const struct rasd_match *m = rasdp_match_at(c, i);
		int32_t p, seat;

		if (m->kind != RASD_LEX_PLACE) {
			last = i + 1;
			continue;
		}
		span_matches(c, si, i, &first, &last);
		if (m->tok_start < prev_end)
			continue;   /* a name inside the last one ("al-Sanamayn") */
		if (aside && list_resumes(c, si, aside, m->tok_start)) {
			/* the list goes on after its aside, which holds no member */
			aside = 0;
			prev_end = m->tok_start;
		} else if (aside) {
			if (m->tok_start - aside > LIST_ASIDE_TOKS)
				break;
			continue;   /* a place of the aside ("في ريف إدلب") */
		} else if (n == 1 && area_of_kind(c, prev_end, m->tok_start, list[0],
						  rasdp_place_of_span(c, first, last))) {
			headed = 1;
		} else if (n && !member_joint(c, si, prev_end, m->tok_start, &located)) {
			if (at != SIZE_MAX && n >= 2) {
				if (resumed || m->tok_start - prev_end > LIST_ASIDE_TOKS)
					break;
				/* an aside: the list may go on after it, once */
				aside = prev_end;
				resumed = 1;
				if (!list_resumes(c, si, aside, m->tok_start))
					continue;
				aside = 0;
				prev_end = m->tok_start;
			} else {
				/* the sentence's place alone: its name may come again in a list */
				n = 0;
				at = SIZE_MAX;
				headed = 0;
			}
		}
		p = rasdp_place_of_span(c, first, last);
		if (p < 0)
			continue;
		seat = n ? coordinated_seat(c, first, last, prev_end, list[n - 1], p) : -1;
		if (seat >= 0)
			p = seat;
		/*
		 * "in the city of Idlib, Syria", "البيضاء وسط اليمن ومحافظة صنعاء":
		 * a country only places the member before it
		 */
		if (!rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)p))) {
			if (n)
				prev_end = m->tok_end;
			continue;
		}
		if (!n) {
			list_start = m->tok_start;
			away = rasdp_place_elsewhere(c, si, m);
		}
		if (n <= MAX_WAVE) {
			lspan[2 * n] = d->toks[m->tok_start].start;
			lspan[2 * n + 1] = d->toks[m->tok_end - 1].end;
			joint[2 * n] = n ? prev_end : m->tok_start;
			joint[2 * n + 1] = m->tok_start;
			kinded[n] = (uint8_t)(seat >= 0 || named_as_kind(d, m));
			list[n++] = p;
		}
		/*
		 * the sentence's place, or its name again in the list ("our
		 * correspondents in Idlib said protests broke out in central
		 * Idlib and the towns of Binnish and Salqin")
		 */
		if (p == si->place && (d->toks[m->tok_start].start == si->place_start ||
				       (at == SIZE_MAX && d->toks[m->tok_start].start >= si->place_end)))
			at = n - 1;
		prev_end = m->tok_end;
	}
	if (at == SIZE_MAX || n < 2 || away)
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
	left = members_left(c, list, kinded, joint, n, headed, drop);
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
	return nout + unknown_events(c, si, list, n, lspan, joint, out + nout, spans + 2 * nout,
				     max - nout);
}

/*
 * The other places of the wave sentence `s` tells of each get an event of
 * their own: its cue, date and actors; its figures stay with the place
 * the sentence names first (a toll given for several places goes with the
 * first, once: gold/GUIDE.md).
 */
int rasdp_wave_events(struct rasdp_ctx *c, uint32_t s, const struct rasd_claim *figs,
		      size_t nfig)
{
	struct rasd_doc *d = c->d;
	struct rasdp_sent *si = &c->si[s];
	int32_t places[MAX_WAVE];
	uint32_t spans[2 * MAX_WAVE];
	size_t n = wave_places(c, si, s, places, spans, MAX_WAVE), k;

	if (!n)
		n = rasdp_listed_lines(c, s, places, spans, MAX_WAVE - 1);
	size_t cur = (size_t)(c->cur - d->events);
	int rc;

	for (k = 0; k < n; k++) {
		struct rasd_event *ev = rasdp_new_event(d);
		const struct rasd_place *p = rasdp_lex_place(c->lx, (size_t)places[k]);
		int rank = rasdp_place_rank(p);

		if (!ev)
			return RASD_ENOMEM;
		c->cur = &d->events[cur];   /* the array may have moved */
		ev->sent_first = ev->sent_last = s;
		ev->wave = RASDP_WAVE_PLACE;
		if (rasdp_add_evidence(d, ev, s))
			return RASD_ENOMEM;
		if (si->trig >= 0)
			rasdp_vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
		ev->place = places[k];
		ev->place_start = spans[2 * k];
		ev->place_end = spans[2 * k + 1];
		ev->geo_precision = (uint8_t)(rank >= 5 ? 1 : rank >= 2 ? 2 : 3);
		if (si->date >= 0)
			rasdp_event_date(d, ev, si->date);
		rc = rasdp_sentence_actors(c, ev, si, s, figs, nfig);
		if (rc)
			return rc;
	}
	return 0;
}
