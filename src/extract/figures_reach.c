/*
 * figures_reach.c - how far the people a count names reach before the
 * verb that tells what befell them: the noun phrase of the count, read
 * over the phrases that say who the people are.
 *
 * "At least 20 students from a university in the city have been killed",
 * "Twenty workers at a factory near the port were killed", "Five members
 * of a family who had fled the fighting were wounded", "خمسة عمال من مصنع
 * الإسمنت في المدينة قتلوا": after the count and its people come phrases
 * each opened by a word of cue class `np_link` (a preposition, "of/من" of
 * a partitive, a relative pronoun), each of at most LINK_WORDS words.
 * Every phrase but the last is part of the subject, no distance to the
 * casualty verb; the last one runs into the verb group and is measured
 * as before, within the window figures_casualty.c keeps.
 *
 * The phrase stops at whatever opens another clause or counts another
 * thing: punctuation (a comma closing the subject), a number, a date, a
 * casualty word, a coordinator or conjunction, a word opening a clause of
 * its own ("after", "before", "when", "meanwhile"); a partitive's phrase
 * ends with its group ("two of the fighters | fired shots").  So "20 houses in the village
 * where two men were killed" keeps the killed word for its own two, and a
 * phrase longer than LINK_WORDS is a clause of its own, not a description.
 * The reach is only ever taken when a whole phrase is passed over; a
 * count with its people right before the verb is read as before.
 */
#include "extract/figures_int.h"

#include "base/banned.h"

/* Words of one phrase describing the people, its link word with them. */
#define LINK_WORDS 5

/* Does token `t` end a phrase describing people counted: a word of another clause or count? */
static int phrase_stop(const struct counting *k, uint32_t t)
{
	const struct rasd_doc *d = k->c->d;

	return rasdp_is_punct(d, t) || rasdp_in_date(d, t) || rasdp_number_at(d, t) ||
	       rasdp_casualty_in(k->c, k->si, t, t + 1) || rasdp_cue(d, t, RASD_CUE_COORDINATOR) ||
	       rasdp_cue(d, t, RASD_CUE_CONJUNCTION) || rasdp_cue(d, t, RASD_CUE_CLAUSE_OPEN) ||
	       rasdp_cue(d, t, RASD_CUE_AFTER) || rasdp_cue(d, t, RASD_CUE_BEFORE) || rasdp_cue(d, t, RASD_CUE_WHEN) ||
	       rasdp_cue(d, t, RASD_CUE_SUBSET);
}

/*
 * The end of the people counted by member `x`: their group right after
 * it, or after one adjective ("20 foreign workers"), or a partitive of a
 * group ("five of the students", "خمسة من أفراد": the link word, then the
 * group after at most one article or possessive, *partitive set); 0 for
 * none.
 */
static uint32_t people_end(const struct counting *k, const struct member *x, uint32_t b, int *partitive)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t = x->tok_end, g = 0;
	size_t i;

	*partitive = t + 1 < b && rasdp_cue(d, t, RASD_CUE_NP_LINK);
	if (*partitive)
		t += 1 + (rasdp_cue(d, t + 1, RASD_CUE_POSSESSIVE) || rasdp_cue(d, t + 1, RASD_CUE_ARTICLE));
	for (i = k->si->m_first; i < k->si->m_last && !g; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP &&
		    (m->tok_start == t || (m->tok_start == t + 1 && !*partitive && !rasdp_is_punct(d, t))) &&
		    rasdp_people_at(k->c, k->si, m->tok_start))
			g = m->tok_end;
	}
	return g;
}

int rasdp_subject_reach(const struct counting *k, const struct member *x, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	int partitive;
	uint32_t g = people_end(k, x, b, &partitive), t, u, last;

	if (!g || g >= b)
		return 0;
	for (t = g, last = g; t < b && rasdp_cue(d, t, RASD_CUE_NP_LINK); t = u, last = u) {
		for (u = t + 1; u < b && !rasdp_cue(d, u, RASD_CUE_NP_LINK) && !phrase_stop(k, u); u++)
			;
		/* the last phrase runs into the verb, another stops on a word of another clause */
		if (u >= b || !rasdp_cue(d, u, RASD_CUE_NP_LINK) || u - t > LINK_WORDS)
			break;
	}
	/* a partitive is a whole phrase when another opens right after its group: "of the students | at a school" */
	if (last > g || (partitive && rasdp_cue(d, g, RASD_CUE_NP_LINK)))
		return (int)(last - x->tok_end);
	return 0;
}
