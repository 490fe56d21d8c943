/*
 * sentence_marks.c - what the marks of the text say about its sentences,
 * for deciding who speaks (source_decision.c, sentence_speaker.c): how a
 * sentence ends (a mark, or a bare line break), whether a quotation is
 * open at a token, whether a sentence recalls an earlier time, whether
 * two tokens are one word.
 */
#include <string.h>

#include "extract/attribution_int.h"

#include "base/banned.h"

/* Does sentence `s` end at a mark that ends sentences (not at a bare line break)? */
int rasdp_ends_closed(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t;

	for (t = st->tok_end; t > st->tok_start; t--) {
		if (!rasdp_is_punct(d, t - 1))
			return 0;
		if (d->toks[t - 1].flags & RASD_TOKF_SENT_END)
			return 1;
		if (!(d->toks[t - 1].flags & RASD_TOKF_QUOTE) && !rasdp_tok_is_punct(d, t - 1, ')'))
			return 0;
	}
	return 0;
}

/* Is there a line break in the text between sentences `a` and `a + 1`? */
int rasdp_line_break_after(const struct rasd_doc *d, uint32_t a)
{
	uint32_t p;

	if (a + 1 >= d->nsents)
		return 0;
	for (p = d->sents[a].end; p < d->sents[a + 1].start; p++)
		if (d->text[p] == '\n')
			return 1;
	return 0;
}

/*
 * Is a quotation open at token `to`, counting the quotation marks from
 * token `from` ("“ ... ”", "« ... »", a straight '"' opening and closing in
 * turn)?
 */
int rasdp_quote_open(const struct rasd_doc *d, uint32_t from, uint32_t to)
{
	int depth = 0, straight = 0;
	uint32_t t;

	if (to > d->ntoks)
		to = (uint32_t)d->ntoks;
	/* mark to mark through the index when there is one (tokens.c) */
	for (t = d->next_quote && from < to ? d->next_quote[from] : from; t < to;
	     t = d->next_quote ? d->next_quote[t + 1] : t + 1) {
		enum rasdp_quote_kind k = rasdp_quote_kind(d, t);

		if (k == RASDP_QUOTE_STRAIGHT)
			straight = !straight;
		else if (k == RASDP_QUOTE_OPENING)
			depth++;
		else if (k == RASDP_QUOTE_CLOSING && depth > 0)
			depth--;
	}
	return depth > 0 || straight;
}

/* Days before the publication date a recalled time must end to be the past. */
#define BACKGROUND_DAYS 30

/*
 * Does sentence `s` recall an earlier time: a background cue of
 * negation.tsv ("منذ اندلاع الحرب", "during the civil war"), or a date
 * that ended a month or more before the report was published ("in 2017",
 * "في نيسان الماضي")?  Nobody's speech carries into it.
 */
int rasdp_background_sentence(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_sentence *st = &d->sents[s];
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (m->kind == RASD_LEX_NEGATION &&
		    rasdp_lex_negation_apart(c->lx, m->entry))
			return 1;
	}
	if (!d->published.y)
		return 0;
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || !t->last.y)
			continue;
		if (rasdp_days_from_ymd(t->last.y, t->last.m, t->last.d) + BACKGROUND_DAYS <
		    rasdp_days_from_ymd(d->published.y, d->published.m, d->published.d))
			return 1;
	}
	return 0;
}

/* Do tokens `a` and `b` share a match key (the word, or it with its proclitics peeled)? */
int rasdp_same_word(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	const struct rasd_token *x = &d->toks[a], *y = &d->toks[b];
	unsigned i, j, nx = x->nkeys ? x->nkeys : 1, ny = y->nkeys ? y->nkeys : 1;

	for (i = 0; i < nx; i++)
		for (j = 0; j < ny; j++) {
			size_t lx, ly;
			const char *kx = x->nkeys ? rasdp_tok_key(d, x, i, &lx) : rasdp_tok_norm(d, x, &lx);
			const char *ky = y->nkeys ? rasdp_tok_key(d, y, j, &ly) : rasdp_tok_norm(d, y, &ly);

			if (lx == ly && lx && !memcmp(kx, ky, lx))
				return 1;
		}
	return 0;
}

/* Are tokens [a, b) all marks (or none)? */
int rasdp_only_punct(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	for (; a < b; a++)
		if (!rasdp_is_punct(d, a))
			return 0;
	return 1;
}
