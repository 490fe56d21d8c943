/*
 * tokens.c - token and clause predicates the other stages are written in.
 *
 * Every rule of stage 6 looks at a few tokens around a mention: is this
 * token a clause break, is that one inside a date, is the word before a
 * place "ريف" or "east of".  Those questions are answered here, on the
 * token stream of text/segment.c and the dates of text/dates.c, and
 * nowhere else.  Words are never compared with literals in C: a rule asks
 * whether a token belongs to a cue class of data/cues.tsv (rasdp_cue()),
 * which looks at the token's clitic keys, so "وبريف" answers as "ريف".
 *
 * A clause, for these rules, runs between breaks: punctuation other than
 * quotes, brackets and hyphens.  A date set off by commas ("قتل، يوم
 * الأحد، ثلاثة") may be passed over where a rule says so.  All of it is
 * read-only and costs a few probes per token.
 */
#include <string.h>

#include "extract/events_int.h"

#include "base/banned.h"

/*
 * Is token `t` a word of cue class `q` (data/cues.tsv)?  Its proclitics
 * are peeled off as for the lexicons: "وبصفوف" is the cue "صفوف".
 */
int rasdp_cue(const struct rasd_doc *d, uint32_t t, enum rasd_cue q)
{
	return rasdp_lex_cue(d->engine->lx, d, t, q);
}

/* Is any token of [a, b) a word of cue class `q`? */
int rasdp_cue_between(const struct rasd_doc *d, uint32_t a, uint32_t b, enum rasd_cue q)
{
	uint32_t t;

	for (t = a; t < b; t++)
		if (rasdp_cue(d, t, q))
			return 1;
	return 0;
}

/* Is token `t` exactly the punctuation mark `p`? */
int rasdp_tok_is_punct(const struct rasd_doc *d, uint32_t t, char p)
{
	size_t len;
	const char *s;

	if (t >= d->ntoks || d->toks[t].kind != RASD_TOK_PUNCT)
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	return len == 1 && s[0] == p;
}

/* Is token `t` punctuation? */
int rasdp_is_punct(const struct rasd_doc *d, uint32_t t)
{
	return t < d->ntoks && d->toks[t].kind == RASD_TOK_PUNCT;
}

/* A clause break: punctuation other than quotes, brackets and hyphens. */
int rasdp_is_break(const struct rasd_doc *d, uint32_t t)
{
	size_t len;
	const char *s;

	if (!rasdp_is_punct(d, t) || (d->toks[t].flags & RASD_TOKF_QUOTE))
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	return !(len == 1 && (s[0] == '(' || s[0] == ')' || s[0] == '-' || s[0] == '"' ||
			      s[0] == '\''));
}

/* Is there no clause break among tokens [a, b)? */
int rasdp_clause_clear(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++)
		if (rasdp_is_break(d, t))
			return 0;
	return 1;
}

/* Is token `t` inside a date expression? */
int rasdp_in_date(const struct rasd_doc *d, uint32_t t)
{
	size_t i;

	for (i = 0; i < d->ndates; i++)
		if (t >= d->dates[i].tok_start && t < d->dates[i].tok_end)
			return 1;
	return 0;
}

/*
 * Like rasdp_clause_clear(), but a date set off by commas does not break the
 * clause: "وقُتل، في 13 من الشهر الحالي، 18 عسكريًا".
 */
int rasdp_clause_clear_dates(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = a; t < b; t++) {
		if (!rasdp_is_break(d, t))
			continue;
		if ((t + 1 < d->ntoks && rasdp_in_date(d, t + 1)) ||
		    (t > 0 && rasdp_in_date(d, t - 1)) ||
		    (t + 2 < d->ntoks && rasdp_in_date(d, t + 2)))
			continue;
		return 0;
	}
	return 1;
}
