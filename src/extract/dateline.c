/*
 * dateline.c - a dateline ("DAMASCUS (Reuters) –", "دمشق - سانا") names
 * where the report was filed, not the event's place: the place of a
 * sentence opened by one is the one after it.  Read during the first pass,
 * from the sentence's own tokens and matches; before it, from the tokens
 * alone, the report's country leaves a dateline's place out
 * (rasdp_dateline_match(), place_names.c).
 */
#include "extract/framing_int.h"

#include "base/banned.h"

/* At most this many tokens from a sentence's start to its dateline's dash. */
#define DATELINE_TOKS 16

/*
 * The end of the dateline opening sentence `si` ("DAMASCUS (Reuters) –",
 * "ERBIL, Kurdistan Region –", "JEDDAH:", "دمشق - سانا"): a place first
 * (after at most the line's date, an outlet's name and a comma), then at most a country
 * after a comma and a parenthesised outlet, then a dash or a colon.  The
 * token after the dash, or 0 when the sentence has no dateline.
 */
static uint32_t dateline_end(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			     const struct rasd_sentence *st)
{
	const struct rasd_doc *d = c->d;
	uint32_t t, place_end = 0, open = st->tok_start;
	size_t i;
	int paren = 0;

	/* the line's date and a word before it ("date 2020-10-26 BEIRUT –") */
	if (open + 1 < st->tok_end && !rasdp_in_date(d, open) && rasdp_in_date(d, open + 1))
		open++;
	while (open < st->tok_end && rasdp_in_date(d, open))
		open++;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];

		if (m->kind != RASD_LEX_PLACE)
			continue;
		/* the place opens the line, or follows "Outlet," */
		if (m->tok_start == open ||
		    (m->tok_start <= open + 3 && m->tok_start > open &&
		     rasdp_tok_is_punct(d, m->tok_start - 1, ',')))
			place_end = m->tok_end;
		break;
	}
	if (!place_end)
		return 0;
	for (t = place_end; t < st->tok_end && t < open + DATELINE_TOKS; t++) {
		if (rasdp_tok_is_punct(d, t, '('))
			paren = 1;
		else if (rasdp_tok_is_punct(d, t, ')'))
			paren = 0;
		else if (!paren && (rasdp_tok_is_punct(d, t, '-') || rasdp_tok_is_punct(d, t, ':')))
			return t + 1 < st->tok_end ? t + 1 : 0;
		else if (!paren && rasdp_is_break(d, t) && !rasdp_tok_is_punct(d, t, ','))
			return 0;
	}
	return 0;
}

int rasdp_dateline_match(const struct rasd_doc *d, const struct rasd_match *m)
{
	uint32_t u = m->tok_start, k;
	int paren = 0;

	/* first on its line, after at most the line's date and a word before it */
	while (u > 0 && !rasdp_starts_line(d, u) && rasdp_in_date(d, u - 1))
		u--;
	if (u < m->tok_start && u > 0 && !rasdp_starts_line(d, u) && d->toks[u - 1].kind == RASD_TOK_WORD)
		u--;
	if (!rasdp_starts_line(d, u))
		return 0;
	/* counted from the place: the line's date before it takes none of them */
	for (k = m->tok_end; k < d->ntoks && k < m->tok_start + DATELINE_TOKS; k++) {
		if (rasdp_starts_line(d, k))
			return 0;
		if (rasdp_tok_is_punct(d, k, '('))
			paren = 1;
		else if (rasdp_tok_is_punct(d, k, ')'))
			paren = 0;
		else if (!paren && (rasdp_tok_is_punct(d, k, '-') || rasdp_tok_is_punct(d, k, ':')))
			return 1;
		else if (!paren && rasdp_is_break(d, k) && !rasdp_tok_is_punct(d, k, ',') &&
			 !rasdp_tok_is_punct(d, k, '/'))
			return 0;
		/* "Jasim was shelled on Monday - ...": a clause, no dateline */
		else if (!paren && d->toks[k].kind == RASD_TOK_WORD &&
			 !(d->toks[k].flags & RASD_TOKF_CAP) && !rasdp_in_date(d, k))
			return 0;
	}
	return 0;
}

int rasdp_dateline_credit(const struct rasdp_ctx *c, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t s = d->toks[m->tok_start].sent,
		 end = dateline_end(c, &c->si[s], &d->sents[s]);

	return end && m->tok_start > d->sents[s].tok_start && m->tok_end < end;
}

void rasdp_dateline_place(const struct rasdp_ctx *c, struct rasdp_sent *si, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	uint32_t end = dateline_end(c, si, &d->sents[s]);
	struct rasdp_sent rest;

	if (!end || si->place < 0 || si->place_start >= d->toks[end].start)
		return;
	/* the place of the sentence after its dateline */
	rest = *si;
	while (rest.m_first < rest.m_last && d->matches[rest.m_first].tok_start < end)
		rest.m_first++;
	rasdp_sentence_place(c, &rest);
	si->place = rest.place;
	si->place_rank = rest.place_rank;
	si->place_start = rest.place_start;
	si->place_end = rest.place_end;
}
