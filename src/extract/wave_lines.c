/*
 * wave_lines.c - a wave told as a list of lines: a sentence that ends
 * with a colon, then places each on a line of its own ("Air strikes hit
 * these towns:\n- Saraqib\n- Binnish", "استهدفت الغارات البلدات
 * التالية:\n- سراقب\n- بنش") is one event per place (gold/GUIDE.md), the
 * toll with the first (waves.c makes the events).
 */
#include <stdint.h>
#include <string.h>

#include "extract/framing_int.h"
#include "extract/places_int.h"

#include "base/banned.h"

/*
 * Is sentence `s` a line that only names a place, as an item of a list
 * ("- Saraqib", "2. بلدة بنش"): bullets, numbers and a word of its kind
 * around one place name?  Its place goes to *p, its bytes to span[].
 */
static int place_line(const struct rasdp_ctx *c, uint32_t s, int32_t *p, uint32_t *span)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_match *m;
	size_t first, last;
	uint32_t t;

	if (si->m_first >= si->m_last || rasdp_match_at(c, si->m_first)->kind != RASD_LEX_PLACE)
		return 0;
	first = si->m_first;
	last = rasdp_sentence_span_end(c, si, first);
	m = rasdp_match_at(c, first);
	for (t = d->sents[s].tok_start; t < d->sents[s].tok_end; t++)
		if (d->toks[t].kind == RASD_TOK_WORD && (t < m->tok_start || t >= m->tok_end) &&
		    !rasdp_cue(d, t, RASD_CUE_LOCATIVE) && !rasdp_cue(d, t, RASD_CUE_ARTICLE))
			return 0;
	*p = rasdp_place_of_span(c, first, last);
	span[0] = d->toks[m->tok_start].start;
	span[1] = d->toks[m->tok_end - 1].end;
	return *p >= 0 && rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)*p)) > 0;
}

/* Has sentence `s` a word? */
static int words_in(const struct rasd_doc *d, uint32_t s)
{
	uint32_t t;

	for (t = d->sents[s].tok_start; t < d->sents[s].tok_end; t++)
		if (d->toks[t].kind == RASD_TOK_WORD)
			return 1;
	return 0;
}

/*
 * A sentence naming no place that ends with a colon, then places each on
 * a line of its own ("Strikes hit these towns:\n- Saraqib\n- Binnish"):
 * a wave on the listed places.  The first is the event's (the place
 * decision reads it from the next line); the others go to out[].
 */
size_t rasdp_listed_lines(const struct rasdp_ctx *c, uint32_t s, int32_t *out, uint32_t *spans,
			  size_t max)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	size_t n = 0;
	int32_t p;
	uint32_t k;

	if (c->si[s].place >= 0 || st->tok_end <= st->tok_start ||
	    !rasdp_tok_is_punct(d, st->tok_end - 1, ':'))
		return 0;
	for (k = s + 1; k < d->nsents && n < max + 1; k++) {
		/* "1." of a numbered list, read as a sentence of its own */
		if (!words_in(d, k))
			continue;
		if (!place_line(c, k, &p, spans + 2 * n))
			break;
		if (n++)
			out[n - 2] = p;
	}
	if (n < 2)
		return 0;
	memmove(spans, spans + 2, 2 * (n - 1) * sizeof(*spans));
	return n - 1;
}
