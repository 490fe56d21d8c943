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
 * read-only and costs a few probes per token; whether a span of any length
 * is one clause costs one look-up in an index of the breaks built once
 * per document (rasdp_index_breaks()), so no rule is quadratic in the
 * length of a sentence for asking it.
 */
#include <string.h>

#include "extract/events_int.h"

#include "base/banned.h"

/*
 * Is token `t` a word of cue class `q` (data/cues.tsv)?  Its proclitics
 * are peeled off as for the lexicons: "وبصفوف" is the cue "صفوف".
 */
int rasdp_cue_keys(const struct rasd_doc *d, uint32_t t, enum rasd_cue q)
{
	return rasdp_lex_cue(d->engine->lx, d, t, q);
}

/* Is any token of [a, b) a word of cue class `q`? */
int rasdp_cue_between(const struct rasd_doc *d, uint32_t a, uint32_t b, enum rasd_cue q)
{
	uint32_t t;

	if (!rasdp_doc_has_cue(d, q))
		return 0;
	for (t = a; t < b; t++)
		if (rasdp_cue(d, t, q))
			return 1;
	return 0;
}

int rasdp_kinds_word(const struct rasd_doc *d, const struct rasd_match *m, uint32_t b)
{
	return rasdp_cue(d, m->tok_start, RASD_CUE_KINDS) || rasdp_cue(d, m->tok_end - 1, RASD_CUE_KINDS) ||
	       (m->tok_end < b && rasdp_cue(d, m->tok_end, RASD_CUE_KINDS));
}

int rasdp_hazard_words(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	uint32_t t;
	int n = 0;

	if (!rasdp_doc_has_cue(d, RASD_CUE_HAZARD) && !rasdp_doc_has_cue(d, RASD_CUE_CAUSE))
		return 0;
	for (t = st->tok_start; t < st->tok_end; t++)
		n += rasdp_cue(d, t, RASD_CUE_HAZARD) || rasdp_cue(d, t, RASD_CUE_CAUSE);
	return n;
}

int rasdp_cue_beside(const struct rasd_doc *d, const struct rasd_sentence *st, uint32_t t,
		     enum rasd_cue q, uint32_t before, uint32_t after)
{
	uint32_t u;

	if (!rasdp_doc_has_cue(d, q))
		return 0;
	for (u = t; u > st->tok_start && u + before > t; u--) {
		if (rasdp_is_break(d, u - 1))
			break;
		if (rasdp_cue(d, u - 1, q))
			return 1;
	}
	for (u = t + 1; u < st->tok_end && u <= t + after; u++) {
		if (rasdp_is_break(d, u))
			break;
		if (rasdp_cue(d, u, q))
			return 1;
	}
	return 0;
}

int rasdp_cue_back(const struct rasd_doc *d, uint32_t lo, uint32_t t, uint32_t n, enum rasd_cue q)
{
	uint32_t k;

	if (!rasdp_doc_has_cue(d, q))
		return 0;
	for (k = t; k > lo && t - k < n; k--) {
		if (rasdp_is_break(d, k - 1))
			return 0;
		if (rasdp_cue(d, k - 1, q))
			return 1;
	}
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

/*
 * A clause break: punctuation other than quotes, brackets and hyphens,
 * read from the token (rasdp_is_break() reads the index once it is built).
 */
int rasdp_is_break_tok(const struct rasd_doc *d, uint32_t t)
{
	size_t len;
	const char *s;

	if (!rasdp_is_punct(d, t) || (d->toks[t].flags & RASD_TOKF_QUOTE))
		return 0;
	s = rasdp_tok_norm(d, &d->toks[t], &len);
	/* the full stop of an abbreviation or a host name ("U.S.", "Maj. Gen.",
	 * "aljazeera.net"), which the segmenter did not take for a sentence's end */
	if (len == 1 && s[0] == '.' && !(d->toks[t].flags & RASD_TOKF_SENT_END))
		return 0;
	return !(len == 1 && (s[0] == '(' || s[0] == ')' || s[0] == '-' || s[0] == '"' ||
			      s[0] == '\''));
}

int rasdp_punct_in(const char *w, size_t len, const char *const *set, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(set[i]) == len && !memcmp(w, set[i], len))
			return 1;
	return 0;
}
enum rasdp_quote_kind rasdp_quote_kind(const struct rasd_doc *d, uint32_t t)
{
	static const char *const opening[] = { "\u201c", "\u201e", "\u00ab", "\u2018" };
	static const char *const closing[] = { "\u201d", "\u00bb", "\u2019" };
	const char *w;
	size_t len;

	if (t >= d->ntoks || !(d->toks[t].flags & RASD_TOKF_QUOTE))
		return RASDP_QUOTE_NONE;
	/* the mark as written: normalisation makes “ and ” one '"' */
	w = d->text + d->toks[t].start;
	len = d->toks[t].end - d->toks[t].start;
	if (len == 1 && (w[0] == '"' || w[0] == '\''))
		return RASDP_QUOTE_STRAIGHT;
	if (rasdp_punct_in(w, len, opening, sizeof(opening) / sizeof(opening[0])))
		return RASDP_QUOTE_OPENING;
	if (rasdp_punct_in(w, len, closing, sizeof(closing) / sizeof(closing[0])))
		return RASDP_QUOTE_CLOSING;
	return RASDP_QUOTE_NONE;
}

/*
 * Index the clause breaks and the quotation marks once per document
 * (d->next_break, d->next_quote, doc.h), in one pass from the end.
 */
void rasdp_clause_cue_set(struct rasdp_cues *m)
{
	memset(m, 0, sizeof(*m));
	rasdp_cues_set(m, RASD_CUE_CAUSE);
	rasdp_cues_set(m, RASD_CUE_JUSTICE);
	rasdp_cues_set(m, RASD_CUE_ANNIVERSARY);
	rasdp_cues_set(m, RASD_CUE_SINCE);
}

/* Is token `t` a word of a class of rasdp_clause_cue_set() `m`? */
static int clause_cue_at(const struct rasd_doc *d, uint32_t t, const struct rasdp_cues *m)
{
	if (d->cue)
		return rasdp_cues_meet(&d->cue_masks[d->cue[t]], m);
	return rasdp_cue(d, t, RASD_CUE_CAUSE) || rasdp_cue(d, t, RASD_CUE_JUSTICE) ||
	       rasdp_cue(d, t, RASD_CUE_ANNIVERSARY) || rasdp_cue(d, t, RASD_CUE_SINCE);
}

uint32_t rasdp_next_clause_cue(const struct rasd_doc *d, uint32_t t, uint32_t b)
{
	struct rasdp_cues m;

	if (t >= b)
		return b;
	if (d->next_clause_cue)
		return d->next_clause_cue[t] < b ? d->next_clause_cue[t] : b;
	rasdp_clause_cue_set(&m);
	while (t < b && !clause_cue_at(d, t, &m))
		t++;
	return t;
}

/*
 * The words of the clause walk's classes, indexed from the end as the
 * breaks are; only when the report has any (most FA-KES reports have a
 * "since" or a cause), else the walk is skipped whole.
 */
static int index_clause_cues(struct rasd_doc *d)
{
	struct rasdp_cues m;
	size_t t = d->ntoks;

	d->next_clause_cue = NULL;
	rasdp_clause_cue_set(&m);
	if (d->cue && !rasdp_cues_meet(&d->cue_any, &m))
		return 0;
	d->next_clause_cue = rasd_arena_alloc(&d->arena, (d->ntoks + 1) * sizeof(*d->next_clause_cue));
	if (!d->next_clause_cue)
		return RASD_ENOMEM;
	d->next_clause_cue[t] = (uint32_t)d->ntoks;
	while (t-- > 0)
		d->next_clause_cue[t] = clause_cue_at(d, (uint32_t)t, &m) ? (uint32_t)t :
				        d->next_clause_cue[t + 1];
	return 0;
}

int rasdp_index_breaks(struct rasd_doc *d)
{
	size_t t = d->ntoks;

	d->next_break = rasd_arena_alloc(&d->arena, (d->ntoks + 1) * sizeof(*d->next_break));
	d->next_quote = rasd_arena_alloc(&d->arena, (d->ntoks + 1) * sizeof(*d->next_quote));
	if (!d->next_break || !d->next_quote)
		return RASD_ENOMEM;
	d->next_break[t] = (uint32_t)d->ntoks;
	d->next_quote[t] = (uint32_t)d->ntoks;
	while (t-- > 0) {
		d->next_break[t] = rasdp_is_break_tok(d, (uint32_t)t) ? (uint32_t)t : d->next_break[t + 1];
		d->next_quote[t] = (d->toks[t].flags & RASD_TOKF_QUOTE) ? (uint32_t)t : d->next_quote[t + 1];
	}
	return index_clause_cues(d);
}

void rasdp_unindex_breaks(struct rasd_doc *d)
{
	rasd_arena_free(&d->arena, d->next_break, (d->ntoks + 1) * sizeof(*d->next_break));
	d->next_break = NULL;
	rasd_arena_free(&d->arena, d->next_quote, (d->ntoks + 1) * sizeof(*d->next_quote));
	d->next_quote = NULL;
	rasd_arena_free(&d->arena, d->next_clause_cue, (d->ntoks + 1) * sizeof(*d->next_clause_cue));
	d->next_clause_cue = NULL;
}

/* The first clause break at or after token `a` (d->ntoks when none). */
static uint32_t next_break(const struct rasd_doc *d, uint32_t a)
{
	uint32_t t;

	if (a >= d->ntoks)
		return (uint32_t)d->ntoks;
	if (d->next_break)
		return d->next_break[a];
	for (t = a; t < d->ntoks && !rasdp_is_break_tok(d, t); t++)
		;
	return t;
}

/* Is there no clause break among tokens [a, b)? */
int rasdp_clause_clear(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t = next_break(d, a);

	return a >= b || t >= b || t >= d->ntoks;
}

/* The first number of d->nums starting at or after token `t` (d->nnums when none). */
size_t rasdp_num_from(const struct rasd_doc *d, uint32_t t)
{
	size_t lo = 0, hi = d->nnums;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->nums[mid].tok_start < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first date of d->dates starting at or after token `t` (d->ndates when none). */
size_t rasdp_date_from(const struct rasd_doc *d, uint32_t t)
{
	size_t lo = 0, hi = d->ndates;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->dates[mid].tok_start < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Like rasdp_clause_clear(), but a date set off by commas does not break the
 * clause: "وقُتل، في 13 من الشهر الحالي، 18 عسكريًا".
 */
int rasdp_clause_clear_dates(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t;

	for (t = next_break(d, a); t < b && t < d->ntoks; t = next_break(d, t + 1)) {
		if ((t + 1 < d->ntoks && rasdp_in_date(d, t + 1)) ||
		    (t > 0 && rasdp_in_date(d, t - 1)) ||
		    (t + 2 < d->ntoks && rasdp_in_date(d, t + 2)))
			continue;
		return 0;
	}
	return 1;
}
