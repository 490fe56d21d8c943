/*
 * openers.c - a sentence that opens on another happening: its first word
 * one of cues.tsv clause_open ("Meanwhile", "وبالتزامن"), or its opening
 * phrase one of clause_open or later ("Later on Monday,", "وفي وقت
 * لاحق،") in the outlet's own words.  The merge decision weighs the first
 * (merging.c, feature opener); the second keeps a kind of violence from
 * joining a frame of another kind (merging.c, types_join()) and dates an
 * undated event beside it (event_dates.c).
 */
#include "extract/engine.h"
#include "extract/framing_int.h"

#include "base/banned.h"

/*
 * Does sentence `s` open with a word that opens another happening
 * ("Meanwhile, ...", "وبالتزامن ..."): its first word, or its second after
 * a conjunction?
 */
int rasdp_opens_other(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t = st->tok_start, n = 0;

	for (; t < st->tok_end && n < 2; t++) {
		if (d->toks[t].kind != RASD_TOK_WORD)
			continue;
		if (rasdp_cue(d, t, RASD_CUE_CLAUSE_OPEN))
			return 1;
		if (!rasdp_cue(d, t, RASD_CUE_CONJUNCTION))
			return 0;
		n++;
	}
	return 0;
}

/* Words of a sentence's opening phrase ("Later on Monday,", "وفي وقت لاحق،"). */
#define OPENING_WORDS 4

/* The token of sentence `si`'s cue, or UINT32_MAX. */
static uint32_t cue_tok(const struct rasd_doc *d, const struct rasdp_sent *si)
{
	uint32_t i;

	for (i = si->m_first; si->trig >= 0 && i < si->m_last; i++)
		if (d->matches[i].kind == RASD_LEX_TRIGGER &&
		    d->matches[i].entry == (uint32_t)si->trig)
			return d->matches[i].tok_start;
	return UINT32_MAX;
}

/*
 * Does sentence `s` tell another happening in the outlet's own words: its
 * opening phrase (up to its first break) holds a word that opens another
 * happening or tells it later (cues.tsv clause_open, later: "Later on
 * Monday, troops launched an arrest campaign", "وفي وقت لاحق، شنت قوات
 * النظام حملة اعتقالات"), and no reporting verb comes before its cue
 * (not "Later, the army said it carried out an arrest operation": more
 * of the happening told)?
 */
int rasdp_tells_other(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t = st->tok_start, n = 0, cue = cue_tok(d, si);

	if (cue == UINT32_MAX || (si->speech && si->v_start < cue))
		return 0;
	for (; t < st->tok_end && t < cue && n < OPENING_WORDS; t++) {
		if (rasdp_is_break(d, t))
			return 0;
		if (d->toks[t].kind != RASD_TOK_WORD)
			continue;
		if (rasdp_cue(d, t, RASD_CUE_CLAUSE_OPEN) || rasdp_cue(d, t, RASD_CUE_LATER))
			return 1;
		n++;
	}
	return 0;
}
