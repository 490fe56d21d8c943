/*
 * figures_aside.c - what stands between a count and its casualty word and
 * does not part them: a quotation, an aside set off by commas or dashes,
 * the phrase of whom the counted are ("members of X", "من عناصر X") and a
 * subject before the verb.
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/figures_int.h"

#include "base/banned.h"

/*
 * The first clause break in tokens [a, b), or b: read from the document's
 * index of breaks (rasdp_index_breaks()), so a long clause costs nothing.
 */
static uint32_t break_from(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	if (a >= b)
		return b;
	if (d->next_break && a < d->ntoks) {
		t = d->next_break[a];
		return t < b ? t : b;
	}
	for (t = a; t < b && !rasdp_is_break(d, t); t++)
		;
	return t;
}

static int is_quote(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_is_punct(d, t) && (d->toks[t].flags & RASD_TOKF_QUOTE);
}

/* The quotation marks among tokens [a, b). */
int rasdp_quotes_within(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	int n = 0;

	for (; a < b; a++)
		n += is_quote(d, a);
	return n;
}

/*
 * The quotation mark that closes an aside opened at `t` when the count
 * before it, ending at `a`, is quoted ("\"six people, including
 * children\" were killed"): a quotation mark opened a few words before `a`
 * and another after `t`, before `b`.  Returns that mark, or b.
 */
static uint32_t quote_close(const struct rasd_doc *d, uint32_t a, uint32_t t, uint32_t b)
{
	uint32_t q, lo = a > 6 ? a - 6 : 0;

	if (!rasdp_quotes_within(d, lo, a))
		return b;
	for (q = t + 2; q < b; q++)
		if (is_quote(d, q))
			return q;
	return b;
}

/*
 * An aside set off by commas that names a part of the count before it:
 * "five civilians, including two children, were killed", "خمسة مدنيين،
 * بينهم طفلان، قتلوا", or what most of it were: "28 people, mostly
 * civilians, were killed", "ستة أشخاص، معظمهم أطفال، قتلوا"; or a relative
 * clause ("30 soldiers, who include two officers, were killed", "70
 * gunmen, who had crossed the border, were killed"); or closed by
 * the quotation mark that quotes the count with it.  Its length in tokens
 * within [a, b), or 0.
 */
int rasdp_aside_len(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t = break_from(d, a, b), u;

	if (t + 1 >= b || (!rasdp_cue(d, t + 1, RASD_CUE_SUBSET) && !rasdp_cue(d, t + 1, RASD_CUE_SHARE) &&
			   !rasdp_cue(d, t + 1, RASD_CUE_RELATIVE)))
		return 0;
	u = break_from(d, t + 1, b);
	if (u >= b)
		u = quote_close(d, a, t, b);
	if (u >= b)
		return 0;
	/* no other break up to b */
	return rasdp_clause_clear(d, u + 1, b) ? (int)(u - t + 1) : 0;
}

/*
 * The side named after a group by "of the" and one plain word the
 * lexicon knows no actor by ("members of the army"): its end, or `g`.
 */
static uint32_t owner_end(const struct counting *k, uint32_t g, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t u = g;

	if (u + 2 >= b || !rasdp_cue(d, u, RASD_CUE_VICTIMS_OF) || !rasdp_cue(d, u + 1, RASD_CUE_ARTICLE))
		return g;
	u += 2;
	if (rasdp_is_punct(d, u) || rasdp_in_date(d, u) || rasdp_number_at(d, u) ||
	    rasdp_people_at(k->c, k->si, u) || rasdp_casualty_in(k->c, k->si, u, u + 1) ||
	    rasdp_cue(d, u, RASD_CUE_CONJUNCTION))
		return g;
	return u + 1;
}

/*
 * The tokens after count `x`, up to `b`, that name whom it counts: its group
 * and the actor they belong to, with the word naming the actor's kind
 * after it ("12 members of the Hayat Tahrir al-Sham group", "40 عنصرا من
 * قوات النظام", "members of the army"), and its allies after "and" ("and
 * its allies", "وحلفائه"); a subject, not a distance to the casualty word
 * after it.  A group of several words alone is one noun: "members of one family".
 */
static int affiliation_len(const struct counting *k, const struct member *x, uint32_t b)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t g = 0, e;
	size_t i;

	for (i = k->si->m_first; i < k->si->m_last && !g; i++) {
		const struct rasd_match *m = rasdp_match_at(k->c, i);

		if (m->kind == RASD_LEX_GROUP && m->tok_start == x->tok_end)
			g = m->tok_end;
	}
	if (!g || g >= b)
		return 0;
	e = rasdp_affiliation_end(k, g);
	if (e == g)
		e = owner_end(k, g, b);
	if (e == g)
		return g - x->tok_end > 1 ? (int)(g - x->tok_end) - 1 : 0;
	if (e < b && rasdp_cue(d, e, RASD_CUE_DESCRIPTION))
		e++;
	/* "and its allies", "وحلفائه": more of the same subject */
	if (e + 1 < b && rasdp_cue(d, e, RASD_CUE_CONJUNCTION) && rasdp_cue(d, e + 1, RASD_CUE_ALLIES))
		e += 2;
	else if (e + 2 < b && rasdp_cue(d, e, RASD_CUE_CONJUNCTION) && rasdp_cue(d, e + 2, RASD_CUE_ALLIES))
		e += 3;
	else if (e < b && rasdp_waw_clitic(d, e) && rasdp_cue(d, e, RASD_CUE_ALLIES))
		e++;
	return e <= b ? (int)(e - x->tok_end) : 0;
}

/*
 * The subject before casualty word `b` that is no distance to it: the
 * group of count `x` with its affiliation ("12 members of the X group"),
 * or before a verb its people and the phrases describing them ("20
 * students from a university | in the city were killed").
 */
int rasdp_subject_len(const struct counting *k, const struct member *x, uint32_t b, int noun)
{
	int a = affiliation_len(k, x, b), r = noun ? 0 : rasdp_subject_reach(k, x, b);

	return a > r ? a : r;
}

/* Like rasdp_clause_clear(), but an aside naming a part of the count is passed over. */
int rasdp_clause_clear_aside(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	return rasdp_clause_clear(d, a, b) || rasdp_aside_len(d, a, b) > 0;
}
