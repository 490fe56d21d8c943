/*
 * figures_pair.c - a number that words of killing and of wounding count
 * together ("مقتل وإصابة 218", "killed or wounded", "kills, injures 40"),
 * and the other word's own count that keeps them apart ("54 قتلوا وأصيب
 * 158", "لقي ثلاثة أشخاص حتفهم وأصيب خمسة": the wounded are the five).
 */
#include <string.h>

#include "extract/figures_int.h"

#include "base/banned.h"

#define ALIF "ا" /* the ending of the accusative singular: "قتيلا" */

/*
 * Does casualty word `m` count others than `x`: a number right after it or
 * right before it, a person right before it ("8 عسكريين ومدني لقوا مصرعهم
 * وأصيب 13": the dead are the soldiers and the civilian), or people named
 * right after it ("14 شخصا قتلوا وجرح آخرون": the wounded are others)?
 */
static int counts_other(const struct counting *k, const struct member *x,
			const struct rasd_match *m)
{
	uint32_t from = m->tok_start;
	size_t i;

	/* the whole phrase the word ends: "لقوا مصرعهم" */
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *o = rasdp_match_at(k->c, i);

		if (o->kind == RASD_LEX_CASUALTY && o->tok_start < from && o->tok_end == m->tok_end)
			from = o->tok_start;
	}
	for (i = 0; i < k->n; i++) {
		const struct member *o = &k->m[i];

		if (o == x)
			continue;
		if (o->n && (o->tok_start == m->tok_end || o->tok_start == m->tok_end + 1 ||
			     o->tok_end == m->tok_start))
			return 1;
		/*
		 * a count before it already bound to it: its subject, set
		 * between the halves of an idiom ("لقي ثلاثة أشخاص حتفهم وأصيب
		 * خمسة": the wounded are the five)
		 */
		if (o->tok_end <= m->tok_start && !o->skip && o->kind >= 0 && o->cas_tok >= from &&
		    o->cas_tok < m->tok_end)
			return 1;
		/*
		 * ... or the complement of its verb, of the same harm, in its
		 * clause ("أصيب خمسة أشخاص بجروح خطيرة وقتل اثنان": the wounds
		 * are the five's)
		 */
		if (o->tok_end <= m->tok_start && !o->skip && o->cas_tok < o->tok_start &&
		    o->kind == rasdp_casualty_kind(k, m) && !rasdp_conj_before(k->c->d, m->tok_start, NULL) &&
		    rasdp_clause_clear(k->c->d, o->tok_end, m->tok_start))
			return 1;
		/* not a person of x's own list: "19 pupils and a teacher were injured" */
		if (!o->n && o->tok_end == from && o->list != x->list)
			return 1;
	}
	return m->tok_end < k->st->tok_end && rasdp_people_at(k->c, k->si, m->tok_end);
}

/*
 * Is casualty noun `m` in the form a number takes after it: in Arabic the
 * accusative singular of 11 to 99 ("قتيلا", "جريحا"), not a noun of its own
 * clause ("5 قتلى ومصابون": the wounded uncounted); any English noun.
 */
static int counted_noun(const struct rasd_doc *d, const struct rasd_match *m)
{
	const struct rasd_token *t = &d->toks[m->tok_end - 1];
	size_t len;
	const char *s;

	if (!(t->flags & RASD_TOKF_ARABIC))
		return 1;
	s = rasdp_tok_norm(d, t, &len);
	return len > strlen(ALIF) && !memcmp(s + len - strlen(ALIF), ALIF, strlen(ALIF));
}

/*
 * Does the casualty word ending at `end` have the one starting at `start`
 * right after it, across "and/or", or across a comma in English, where a
 * headline pairs two verbs ("kills, injures 40"); an Arabic comma before a
 * verb of harm opens a clause of its own ("لقي مصرعه، وأصيب خمسة").
 */
static int harm_follows(const struct rasd_doc *d, uint32_t end, uint32_t start)
{
	return rasdp_word_follows(d, end, start) ||
	       (start == end + 1 && start < d->ntoks && !(d->toks[start].flags & RASD_TOKF_ARABIC) &&
		rasdp_tok_is_punct(d, end, ','));
}

/*
 * "مقتل وإصابة 218", "killed or wounded", "kills, injures": is there, beside the casualty word
 * `best_m` of kind `best` (killed or wounded) and on the same side of
 * member `x`, a word of the other kind, next to it or across "and/or"?
 * Then the number counts the two together.
 */
int rasdp_killed_and_wounded(const struct counting *k, const struct member *x,
			     const struct rasd_match *best_m, int best)
{
	const struct rasdp_ctx *c = k->c;
	const struct rasd_doc *d = c->d;
	const struct rasd_match *m;
	size_t i = k->si->m_first;

	while ((m = rasdp_other_casualty(k, best_m, &i))) {
		int kd = rasdp_lex_casualty(c->lx, m->entry)->kind;

		if (kd + best != RASD_CAS_KILLED + RASD_CAS_WOUNDED || kd == best)
			continue;
		/*
		 * The count's own noun: only a pair of nouns after it
		 * ("24 قتيلا وجريحا", "24 dead and wounded").
		 */
		if (x->own && !(rasdp_lex_casualty(c->lx, m->entry)->noun &&
				rasdp_lex_casualty(c->lx, best_m->entry)->noun &&
				best_m->tok_start >= x->tok_end &&
				rasdp_word_follows(d, best_m->tok_end, m->tok_start) &&
				counted_noun(d, best_m) && counted_noun(d, m)))
			continue;
		if (harm_follows(d, best_m->tok_end, m->tok_start) ||
		    harm_follows(d, m->tok_end, best_m->tok_start)) {
			/*
			 * Both on the same side of the figure, and the other word
			 * counting no number of its own ("54 قتلوا وأصيب 158").
			 */
			if ((m->tok_start < x->tok_start) == (best_m->tok_start < x->tok_start) &&
			    !counts_other(k, x, m))
				return 1;
		}
	}
	return 0;
}
