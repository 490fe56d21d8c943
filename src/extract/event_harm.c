/*
 * event_harm.c - what did the harm a figure of the dead or wounded counts:
 * the cue of its sentence nearest before its figure, else nearest after it,
 * with a cue joined to it by a conjunction ("killed in air strikes and
 * clashes").  The frame decision (event_type.c) weighs the kinds of
 * violence that did the harm (blast_harm, fight_harm).
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/figures_int.h"
#include "extract/framing_int.h"
#include "base/banned.h"

/* How many words may stand between two cues joined by و/and ("الغارات الجوية الإسرائيلية والاشتباكات"). */
#define JOINED_SPAN 3

/*
 * Is match `b` joined to match `a` before it in their sentence by a
 * conjunction ("and", "or", a و on its first word), a few words apart
 * and no punctuation between ("killed in air strikes and the clashes", "خلال الغارات الجوية والاشتباكات")?
 */
static int cues_joined(const struct rasd_doc *d, const struct rasd_match *a, const struct rasd_match *b)
{
	uint32_t k;

	if (b->tok_start < a->tok_end || b->tok_start > a->tok_end + JOINED_SPAN)
		return 0;
	for (k = a->tok_end; k < b->tok_start; k++)
		if (d->toks[k].kind == RASD_TOK_PUNCT)
			return 0;
	return rasdp_cue_between(d, a->tok_end, b->tok_start, RASD_CUE_CONJUNCTION) ||
	       rasdp_waw_clitic(d, b->tok_start);
}

/*
 * What did the harm claim `cl` counts: the counted cue of its sentence
 * nearest before its figure, the subject of the harm ("air strikes killed
 * 20 civilians as fighting raged": the strikes; "clashes killed 12 fighters
 * while jets struck the town": the clashes), or with none before, the
 * nearest after it ("20 civilians were killed in air strikes", "قتل 20
 * مدنيا بغارات جوية"), into by[0]; a cue joined to it by a conjunction
 * ("killed in air strikes and clashes", "air strikes and shelling killed")
 * did the harm too, into by[1].  by[0] NULL when the sentence has none.
 */
void rasdp_harm_cue(const struct rasdp_ctx *c, const struct rasd_claim *cl,
		    const struct rasd_trigger *by[2])
{
	const struct rasd_trigger *t, *prev = NULL;
	const struct rasd_match *m = NULL, *pm = NULL;
	size_t i = c->si[cl->sent].m_first;

	by[0] = by[1] = NULL;
	for (t = rasdp_next_cue(c, cl->sent, &i); t; t = rasdp_next_cue(c, cl->sent, &i)) {
		m = rasdp_match_at(c, i - 1);
		if (c->d->toks[m->tok_start].start >= cl->start)
			break;
		/* the nearest before, with the one joined before it */
		by[1] = pm && cues_joined(c->d, pm, m) ? prev : NULL;
		by[0] = t;
		prev = t;
		pm = m;
	}
	if (by[0] || !t)
		return;
	by[0] = t;
	pm = m;
	/* the nearest after, with the one joined after it */
	t = rasdp_next_cue(c, cl->sent, &i);
	if (t && cues_joined(c->d, pm, rasdp_match_at(c, i - 1)))
		by[1] = t;
}
