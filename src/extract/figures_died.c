/*
 * figures_died.c - the wounded who later died: a count of the wounded
 * that a verb of dying befalls is counted among the dead ("Two policemen
 * first reported wounded later died", "توفي ثلاثة من الجرحى", "جريحان
 * توفيا"), in Arabic's verb-first order too; not across a clause break,
 * "and" or another casualty word ("wounded and one died").
 */
#include <string.h>

#include "extract/figures_int.h"

#include "base/banned.h"

/*
 * Do tokens [a, b) leave a death verb governing a count of the wounded: at
 * most `most` words, no clause break, coordinator, relative or other
 * number among them ("wounded | later | died"; not "wounded and one
 * died", "wounded in the raid that killed"); a relative only if
 * `relative` ("two soldiers | who had been | wounded")?
 */
static int died_gap_clear(const struct rasd_doc *d, uint32_t a, uint32_t b, uint32_t most,
			  int relative)
{
	uint32_t t;

	if (b < a || b - a > most)
		return 0;
	for (t = a; t < b; t++) {
		const struct rasd_number *n = rasdp_number_at(d, t);

		if (rasdp_is_break(d, t) || rasdp_cue(d, t, RASD_CUE_COORDINATOR) ||
		    (!relative && rasdp_cue(d, t, RASD_CUE_RELATIVE)) || (n && rasdp_is_count(d, n)))
			return 0;
	}
	return 1;
}

/*
 * "Two policemen first reported wounded later died", "توفي ثلاثة من
 * الجرحى", "جريحان توفيا": the wounded word `w` of member `x` says who the
 * people were, and a verb of dying in their clause what befell them: they
 * are counted among the dead.  The verb (no counted noun, no count of its
 * own) stands right before the count, whose own noun or partitive is the
 * wounded word, or a few words after the wounded word that follows the
 * count ("two soldiers who had been wounded in the attack later died").
 */
int rasdp_wounded_died(const struct counting *k, const struct member *x,
		       const struct rasd_match *w)
{
	const struct rasdp_ctx *c = k->c;
	size_t i;

	if (w->tok_start < x->tok_start)
		return 0;
	for (i = k->si->m_first; i < k->si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind != RASD_LEX_CASUALTY || rasdp_lex_casualty(c->lx, m->entry)->noun ||
		    rasdp_casualty_kind(k, m) != RASD_CAS_KILLED || rasdp_counts_own(k, m, x))
			continue;
		/*
		 * not across a casualty word nor "and": "قتلوا وأصيب 100", "قتلوا
		 * وخمسة عشر مصابا"; a verb before its subject only in Arabic's
		 * verb-first order ("two killed 13 injured" is no wounded dying)
		 */
		if (m->tok_end <= x->tok_start && w->tok_start <= x->tok_end + 1 &&
		    (c->d->toks[m->tok_start].flags & RASD_TOKF_ARABIC) &&
		    died_gap_clear(c->d, m->tok_end, x->tok_start, 2, 0) &&
		    !rasdp_casualty_in(c, k->si, m->tok_end, x->tok_start) &&
		    !rasdp_conj_before(c->d, x->tok_start, x->n))
			return 1;
		if (m->tok_start >= w->tok_end && died_gap_clear(c->d, x->tok_end, w->tok_start, 6, 1) &&
		    died_gap_clear(c->d, w->tok_end, m->tok_start, 4, 0) &&
		    !rasdp_casualty_in(c, k->si, w->tok_end, m->tok_start) &&
		    !rasdp_conj_before(c->d, m->tok_start, NULL))
			return 1;
	}
	return 0;
}
