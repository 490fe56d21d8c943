/*
 * source_context.c - the candidates for a figure's speaker that the
 * sentences around its own propose, for the source decision
 * (source_decision.c, rasdp_clause_speaker()): the speakers of the
 * sentences before it, each voice once, with what they named when the
 * figure's sentence names one again by description (a statement running
 * on by a colon or a quotation, a quoted paragraph, a list an opener
 * announces, a pronoun speaking); the speaker of the sentence after it
 * when the figure's has no reporting verb (a line broken inside a
 * sentence, the credit line of an embedded post); the speaker named
 * after a quotation over several sentences closes; and, for a headline
 * whose speaker is a description ("Monitor says 11 killed"), the body's
 * first source it fits.  Each candidate carries the features of where it
 * stands; data/models/source.tsv weighs them.
 */
#include <string.h>

#include "extract/attribution_int.h"

#include "base/banned.h"

/* Sentences a quotation spans, at most, for its speaker after it to own its figures. */
#define QUOTE_SENTS 4
/* Sentences back a speaker is proposed from. */
#define CARRY_SENTS 8

/* Does sentence `s` end with a colon, opening what follows ("قال في بيان:")? */
static int ends_with_colon(const struct rasd_doc *d, uint32_t s)
{
	const struct rasd_sentence *st = &d->sents[s];
	uint32_t t = st->tok_end;

	while (t > st->tok_start && rasdp_is_punct(d, t - 1) &&
	       (d->toks[t - 1].flags & RASD_TOKF_QUOTE))
		t--;
	return t > st->tok_start && rasdp_tok_is_punct(d, t - 1, ':');
}

/*
 * Is there a paragraph break between sentences `a` < `b`: a blank line, or
 * a line break after a sentence that ended (a line broken inside a sentence
 * does not part paragraphs)?
 */
static int para_break(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t j;

	if (d->sents[a].para != d->sents[b].para)
		return 1;
	for (j = a; j < b; j++)
		if (rasdp_line_break_after(d, j) && rasdp_ends_closed(d, j))
			return 1;
	return 0;
}

/*
 * Does sentence `a` break off at a line end with no mark, the next line
 * opening a quotation ("أعلنت الوزارة عن\n\"مقتل ...", "The ministry
 * announced\n\"Six people ...")?  The quotation is what `a` says, as
 * after a colon.
 */
static int opens_quoted_line(const struct rasd_doc *d, uint32_t a)
{
	uint32_t t;

	if (a + 1 >= d->nsents || !rasdp_line_break_after(d, a) || rasdp_ends_closed(d, a) ||
	    d->sents[a].para != d->sents[a + 1].para)
		return 0;
	t = d->sents[a + 1].tok_start;
	return t < d->sents[a + 1].tok_end && (d->toks[t].flags & RASD_TOKF_QUOTE) &&
	       rasdp_quote_open(d, t, t + 1);
}

/*
 * Does the statement sentence `a` opens run on to the figure at token
 * `tok` of sentence `b`: `a` ends with a colon and no paragraph break
 * comes between ("وقال في بيان:\n- مقتل ..."), a quotation opens in `a`
 * and is still open at the figure, or `a` breaks off at a line end and
 * the next line opens a quotation still open at the figure?
 */
static int statement_runs(const struct rasd_doc *d, uint32_t a, uint32_t b, uint32_t tok)
{
	if (ends_with_colon(d, a) && !para_break(d, a + 1, b))
		return 1;
	if (opens_quoted_line(d, a) && !para_break(d, a + 1, b) &&
	    rasdp_quote_open(d, d->sents[a + 1].tok_start, tok))
		return 1;
	return rasdp_quote_open(d, d->sents[a].tok_start, d->sents[a].tok_end) &&
	       rasdp_quote_open(d, d->sents[a].tok_start, tok);
}

/* The first token starting at byte `b` or after it (tokens are in text order). */
static uint32_t tok_at_or_after(const struct rasd_doc *d, uint32_t b)
{
	uint32_t lo = 0, hi = (uint32_t)d->ntoks;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (d->toks[mid].start < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Does the description at token `t` agree with speaker `ref`: a word of
 * the mention that named it ("المرصد السوري لحقوق الإنسان" ... "المرصد";
 * "وزارة الصحة" ... "الوزارة"), or the name of its kind ("monitor",
 * "agency")?
 */
static int agrees(const struct rasdp_ctx *c, uint32_t t, const struct rasd_srcref *ref)
{
	const struct rasd_doc *d = c->d;
	size_t n;
	const char *w = rasdp_tok_norm(d, &d->toks[t], &n);
	uint32_t j;

	if (ref->source >= 0) {
		const char *kind = rasdp_lex_source(c->lx, (size_t)ref->source)->kind;

		if (strlen(kind) == n && !memcmp(kind, w, n))
			return 1;
	}
	if (ref->end <= ref->start)
		return 0;
	for (j = tok_at_or_after(d, ref->start); j < d->ntoks && d->toks[j].start < ref->end; j++)
		if (d->toks[j].start >= ref->start && d->toks[j].kind == RASD_TOK_WORD &&
		    rasdp_same_word(d, t, j))
			return 1;
	return 0;
}

/*
 * The sources and actors a description in sentence `s` (its token
 * `s->desc_tok`) may name again among the matches of sentence `k`, into
 * `refs` (at most `max`): `k`'s speaker; each source it names without
 * letting it speak; each actor it names that the description fits.  In
 * the description's own sentence (`k` == `s`: "Shelling wounded two
 * Lebanese army soldiers near the border, the army said") only what is
 * named before the description and fits it.  How many.
 */
static size_t described_refs(const struct rasdp_ctx *c, uint32_t s, uint32_t k,
			     struct rasd_srcref *refs, size_t max)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s], *sk = &c->si[k];
	size_t nref = 0, mi;
	int desc = si->described && !si->own, own = k == s;

	if (sk->has_speaker && !own)
		refs[nref++] = sk->src;
	/* a description may name again a source its sentence named without letting it speak */
	for (mi = sk->m_first; desc && mi < sk->m_last && nref < max; mi++) {
		const struct rasd_match *m = &d->matches[mi];

		if (m->kind != RASD_LEX_SOURCE || !rasdp_first_of_span(d, mi) ||
		    rasdp_is_addressee(c, m) || rasdp_no_mention(c, m) || rasdp_dateline_credit(c, m) ||
		    (own && m->tok_end > si->desc_tok))
			continue;
		rasdp_mention_ref(c, mi, &refs[nref]);
		if (!own || agrees(c, si->desc_tok, &refs[nref]))
			nref++;
	}
	/*
	 * ... or an actor it fits by a word of its name ("تبنى تنظيم داعش
	 * الهجوم" ... "وقال التنظيم", "the Islamic State group" ... "the
	 * group said"): the actor speaking as itself
	 */
	for (mi = sk->m_first; desc && mi < sk->m_last && nref < max; mi++) {
		const struct rasd_match *am = &d->matches[mi];

		if (am->kind != RASD_LEX_ACTOR || (own && am->tok_end > si->desc_tok))
			continue;
		rasdp_actor_ref(c, (int32_t)am->entry, am, &refs[nref]);
		if (agrees(c, si->desc_tok, &refs[nref]))
			nref++;
	}
	return nref;
}

static int wrapped_line(const struct rasdp_ctx *c, uint32_t s);

/* Does sentence `k` name its own speaker and quote it ("\u201c...,\u201d said X.")? */
static int quotes_own(const struct rasdp_ctx *c, uint32_t k)
{
	const struct rasd_doc *d = c->d;
	uint32_t t;

	for (t = d->sents[k].tok_start; c->si[k].own && t < d->sents[k].tok_end; t++)
		if (d->toks[t].flags & RASD_TOKF_QUOTE)
			return 1;
	return 0;
}

/*
 * A paragraph that is a quotation and names no speaker, after a paragraph
 * whose speaker quoted or stated ("The Observatory said in a statement
 * ...\n\n\u201cThe strike killed 11 civilians ...\u201d"), or a quotation
 * going on in the paragraph after a sentence quoting its named speaker
 * ("\u201cIt was a massacre,\u201d said the doctor. \u201cWe counted 12
 * dead.\u201d"): the words go on being that speaker's, not the outlet's.
 * The first sentence after the break or the quoting sentence, when it
 * opens with a quotation mark, the quotation is open at the figure at
 * token `tok` of sentence `s`, and no sentence from it up to `s` names a
 * speaker; else UINT32_MAX.
 */
static uint32_t quote_paragraph(const struct rasdp_ctx *c, uint32_t s, uint32_t tok)
{
	const struct rasd_doc *d = c->d;
	uint32_t p0 = s, j, t;

	while (p0 > 0 && s - p0 < QUOTE_SENTS && !para_break(d, p0 - 1, p0) && !quotes_own(c, p0 - 1))
		p0--;
	if (p0 == 0 || !(para_break(d, p0 - 1, p0) || quotes_own(c, p0 - 1)))
		return UINT32_MAX;
	t = d->sents[p0].tok_start;
	if (t >= d->ntoks || !(d->toks[t].flags & RASD_TOKF_QUOTE) || !rasdp_quote_open(d, t, tok))
		return UINT32_MAX;
	for (j = p0; j <= s; j++)
		if (c->si[j].own)
			return UINT32_MAX;
	return p0;
}

/* Items of a list read back to the sentence that opens it, at most. */
#define LIST_SENTS 8

/* Does sentence `s` open with a list item's mark (a hyphen, a bullet, an asterisk)? */
static int list_item(const struct rasd_doc *d, uint32_t s)
{
	uint32_t t = d->sents[s].tok_start;
	const char *p;

	if (t >= d->sents[s].tok_end || !rasdp_is_punct(d, t))
		return 0;
	p = d->text + d->toks[t].start;
	return *p == '-' || *p == '*' || !strncmp(p, "\u2022", 3);
}

/*
 * The sentence that opens, with a colon at its end, the list whose item
 * sentence `s` is (its items, `s` among them, one after another, no
 * speaker of their own), or UINT32_MAX.  Its speaker is its own, or that
 * of the sentence right before it when it goes on from it ("The army
 * said ... . During the raid, the forces came under fire, which led to:").
 */
static uint32_t list_opener(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	uint32_t p = s, e;

	while (p > 0 && s - p < LIST_SENTS && list_item(d, p) && !c->si[p].own)
		p--;
	if (p == s || list_item(d, p))
		return UINT32_MAX;
	e = d->sents[p].tok_end;
	return e > d->sents[p].tok_start && rasdp_tok_is_punct(d, e - 1, ':') ? p : UINT32_MAX;
}

/*
 * The speakers of the sentences before `s`, nearest first, each voice
 * once, as candidates for a figure of `s` at token `tok`.
 */
void rasdp_propose_carried(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
			   struct cand *cs, size_t *n)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	size_t first = *n, i;
	uint32_t k;
	int bg = rasdp_background_sentence(c, s), desc = si->described && !si->own;
	int pron = !si->own && (rasdp_pronoun_speaks(d, &d->sents[s]) || rasdp_pronoun_subject(c, si));
	uint32_t qp = quote_paragraph(c, s, tok), lo = list_opener(c, s);

	/* a description may name again what its own sentence named before it */
	for (k = desc ? 0 : 1; k <= CARRY_SENTS && k <= s; k++) {
		const struct rasdp_sent *sk = &c->si[s - k];
		struct rasd_srcref refs[8];
		size_t nref = described_refs(c, s, s - k, refs, 8), r;

		for (r = 0; r < nref; r++) {
			struct cand *cd;
			uint32_t j;

			for (i = first; i < *n && !rasdp_same_voice(&cs[i].ref, &refs[r]); i++)
				;
			if (i < *n)
				continue;
			cd = new_cand(cs, n, &refs[r]);
			if (!cd)
				return;
			cd->x[SF_CARRIED] = 1;
			cd->x[SF_MENTIONED] = (float)(k == 0 || !sk->has_speaker ||
						      !rasdp_same_voice(&refs[r], &sk->src));
			cd->x[SF_SENTS_BACK] = (float)k;
			cd->x[SF_PARA_BREAK] = (float)para_break(d, s - k, s);
			cd->x[SF_BARE_VERB] = (float)(si->speech && !si->own);
			/* "وأضافت الوزارة": the description, not the order, says who goes on */
			cd->x[SF_GOES_ON] = (float)(k == 1 && si->goes_on && !si->own && !desc &&
						    !cd->x[SF_MENTIONED] && !wrapped_line(c, s - 1));
			cd->x[SF_OTHER_SUBJECT] = (float)si->other_subject;
			cd->x[SF_BACKGROUND] = (float)bg;
			cd->x[SF_ANAPHOR] = (float)desc;
			cd->x[SF_AGREES] = (float)(desc && agrees(c, si->desc_tok, &refs[r]));
			for (j = s - k + 1; j < s; j++)
				if (c->si[j].own && !rasdp_same_voice(&c->si[j].src, &refs[r]))
					cd->x[SF_INTERVENING] = 1;
			cd->x[SF_STATEMENT] = (float)(sk->own && !cd->x[SF_MENTIONED] &&
						      statement_runs(d, s - k, s, tok));
			cd->x[SF_QUOTE_PARA] = (float)(qp != UINT32_MAX && s - k + 1 == qp &&
						       sk->own && !cd->x[SF_MENTIONED]);
			/* the opener's speaker, or the one it goes on from, right before it */
			if (lo != UINT32_MAX && s - k <= lo && s - k + 1 >= lo && !cd->x[SF_MENTIONED]) {
				cd->x[SF_LIST] = 1;
				lo = UINT32_MAX;
			}
			/* "It said": the pronoun is the speaker named last, however far back */
			if (pron && !cd->x[SF_MENTIONED]) {
				cd->x[SF_PRONOUN] = 1;
				pron = 0;
			}
		}
	}
}

/*
 * Is sentence `s` a line broken inside a sentence: it ends at a line break
 * with no mark that ends sentences, the next line goes on in the same
 * paragraph, and the report is written in such lines (c->wrapped)?  A
 * headline ends the same way, but a report of wrapped lines has many.
 */
static int wrapped_line(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;

	return c->wrapped && s + 1 < d->nsents && rasdp_line_break_after(d, s) && !rasdp_ends_closed(d, s) &&
	       d->sents[s].para == d->sents[s + 1].para && !c->si[s].headline;
}

/*
 * The match of the source a credit line names: "— وكالة تسنيم
 * (@Tasnim_Arabic) February 26, 2023" after an embedded post, a line
 * opening with a dash and a source; or -1.
 */
static long credit_line(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent *si = &c->si[s];
	uint32_t t = st->tok_start;
	size_t i;

	if (t >= st->tok_end || !rasdp_is_punct(d, t))
		return -1;
	{
		static const char *const dashes[] = { "-", "\u2013", "\u2014" };
		size_t len;
		const char *w = rasdp_tok_norm(d, &d->toks[t], &len);

		if (!rasdp_punct_in(w, len, dashes, sizeof(dashes) / sizeof(dashes[0])))
			return -1;
	}
	/*
	 * The post's handle or date follows the name; a line of the name
	 * alone ("— Reuters", "- AFP") credits the wire the outlet relays,
	 * whose figures are the outlet's own (gold/GUIDE.md, "Chains").
	 */
	for (i = si->m_first; i < si->m_last; i++)
		if (d->matches[i].kind == RASD_LEX_SOURCE && d->matches[i].tok_start <= t + 2 &&
		    !rasdp_only_punct(d, d->matches[i].tok_end, st->tok_end))
			return (long)i;
	return -1;
}

/* Words of a poster's name in a credit line, at most. */
#define CREDIT_NAME_MAX 6

/*
 * "\u2014 NEWS 24 (@news24tv) December 18, 2022": the credit line of an
 * embedded post, at or after token `from` of sentence `s` (at it alone
 * with `only_from`): a dash, the poster's name, its handle in brackets.  Fills `ref` with the poster -
 * the source the lexicon knows there, else a speaker named by those words
 * - and returns 1; 0 for none.
 */
static int post_credit(const struct rasdp_ctx *c, uint32_t s, uint32_t from, int only_from,
		       struct rasd_srcref *ref)
{
	static const char *const dashes[] = { "-", "\u2013", "\u2014" };
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent *si = &c->si[s];
	uint32_t t, u;
	size_t i;

	for (t = from > st->tok_start ? from : st->tok_start; t + 3 < st->tok_end; t++) {
		size_t len;
		const char *w;

		if (only_from && t > from)
			return 0;
		if (!rasdp_is_punct(d, t))
			continue;
		w = rasdp_tok_norm(d, &d->toks[t], &len);
		if (!rasdp_punct_in(w, len, dashes, sizeof(dashes) / sizeof(dashes[0])))
			continue;
		for (u = t + 1; u < st->tok_end && u - t <= CREDIT_NAME_MAX && !rasdp_is_punct(d, u); u++)
			;
		if (u == t + 1 || u + 1 >= st->tok_end || !rasdp_tok_is_punct(d, u, '(') ||
		    d->text[d->toks[u + 1].start] != '@')
			continue;
		for (i = si->m_first; i < si->m_last; i++)
			if (d->matches[i].kind == RASD_LEX_SOURCE && d->matches[i].tok_start == t + 1 &&
			    d->matches[i].tok_end <= u) {
				rasdp_mention_ref(c, i, ref);
				return 1;
			}
		memset(ref, 0, sizeof(*ref));
		ref->source = -1;
		ref->chain[0] = rasdp_span_text(c->d, t + 1, u);
		ref->nchain = ref->chain[0] ? 1 : 0;
		ref->start = d->toks[t + 1].start;
		ref->end = d->toks[u - 1].end;
		return ref->nchain;
	}
	return 0;
}

/*
 * An embedded post and its credit line on one line ("12 killed in ...
 * pic.twitter.com/...\u2014 NEWS 24 (@news24tv) December 18, 2022"): the
 * poster says the figures before the credit.
 */
void rasdp_propose_credit_here(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
			       struct cand *cs, size_t *n)
{
	struct rasd_srcref ref;
	struct cand *k;

	if (c->si[s].speech || !post_credit(c, s, tok + 1, 0, &ref))
		return;
	k = new_cand(cs, n, &ref);
	if (k)
		k->x[SF_CREDIT] = 1;
}

/*
 * The figure at token `tok` of sentence `s` stands inside a quotation
 * that opened in its paragraph (a few sentences back at most) and is
 * still open where `s` ends: the token the quotation marks are counted
 * from; UINT32_MAX when not.
 */
static uint32_t quote_runs_on(const struct rasd_doc *d, uint32_t s, uint32_t tok)
{
	uint32_t p0 = s, from;

	while (p0 > 0 && s - p0 < QUOTE_SENTS && !para_break(d, p0 - 1, p0))
		p0--;
	from = d->sents[p0].tok_start;
	if (!rasdp_quote_open(d, from, tok) || !rasdp_quote_open(d, from, d->sents[s].tok_end))
		return UINT32_MAX;
	return from;
}

/*
 * The speaker named in the sentence after `s`, when `s` has no reporting
 * verb of its own: the speaker of a line that goes on after a line broken
 * inside a sentence ("... في انفجار\nأجهزة اتصال ...، حسبما أفاد المرصد"),
 * the source of a credit line after an embedded post; the speaker of the
 * next sentence otherwise (a lead is mostly the outlet's own, gold/GUIDE.md).
 */
void rasdp_propose_next(const struct rasdp_ctx *c, uint32_t s, uint32_t tok, struct cand *cs,
			size_t *n)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s], *sn;
	struct rasd_srcref ref;
	struct cand *k;
	long cr;
	uint32_t e = s + 1;

	if (s + 1 >= d->nsents || si->speech)
		return;
	/* a sentence broken over lines speaks where it ends */
	while (e + 1 < d->nsents && wrapped_line(c, e - 1) && !c->si[e].own && e - s < 4)
		e++;
	sn = &c->si[e];
	cr = credit_line(c, s + 1);
	if (cr >= 0)
		rasdp_mention_ref(c, (size_t)cr, &ref);
	else if (post_credit(c, s + 1, d->sents[s + 1].tok_start, 1, &ref))
		cr = 0;
	else if (sn->own == 1 && (e == s + 1 || wrapped_line(c, e - 1)))
		ref = sn->src;
	else
		return;
	k = new_cand(cs, n, &ref);
	if (!k)
		return;
	k->x[SF_NEXT] = 1;
	k->x[SF_CREDIT] = (float)(cr >= 0);
	/* a quotation still open where the line ends is not the next line's to say */
	k->x[SF_WRAPPED] = (float)(cr < 0 && wrapped_line(c, s) && quote_runs_on(d, s, tok) == UINT32_MAX);
	k->x[SF_LEAD] = (float)(s == 0 || (s == 1 && c->si[0].headline));
	k->x[SF_PARA_BREAK] = (float)para_break(d, s, s + 1);
	k->x[SF_BACKGROUND] = (float)rasdp_background_sentence(c, s);
}

/* Tokens between a quotation's closing mark and its speaker's verb, at most. */
#define QUOTE_VERB_GAP 12

/*
 * "\u201cEleven people were killed. Twenty more were hurt,\u201d the ministry
 * said": a quotation over several sentences, its speaker named after it
 * closes.  The figure at token `tok` of sentence `s` stands inside a
 * quotation that opened in its paragraph and is still open where `s`
 * ends; the sentence where it closes (a few on, in the same paragraph)
 * has its reporting verb right after the closing mark and a speaker of
 * its own: that speaker says the figure (gold/GUIDE.md, a speaker's reach:
 * its quoted statement).
 */
void rasdp_propose_quote_closer(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
				struct cand *cs, size_t *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t e, u, from = quote_runs_on(d, s, tok);
	struct cand *k;

	if (from == UINT32_MAX)
		return;
	for (e = s + 1; e < d->nsents && e - s <= QUOTE_SENTS && !para_break(d, e - 1, e); e++) {
		const struct rasd_sentence *se = &d->sents[e];
		const struct rasdp_sent *sk = &c->si[e];

		if (rasdp_quote_open(d, from, se->tok_end))
			continue;
		/* the quotation closes in `e`: at the first mark after which none is open */
		for (u = se->tok_start; u < se->tok_end; u++)
			if ((d->toks[u].flags & RASD_TOKF_QUOTE) && !rasdp_quote_open(d, from, u + 1))
				break;
		if (u >= se->tok_end || !sk->speech || sk->own != 1 || sk->v_start <= u ||
		    sk->v_start - u > QUOTE_VERB_GAP)
			return;
		k = new_cand(cs, n, &sk->src);
		if (k)
			k->x[SF_QUOTE_CLOSES] = 1;
		return;
	}
}

/* Sentences of the body a headline's description looks for its source in. */
#define HEAD_DESC_SENTS 8

/*
 * The token of a word naming a speaker by what it is (cues.tsv
 * `description`) right by the reporting verb of headline `s` ("Monitor
 * says 11 killed", "11 killed in Raqqa, ministry says", "..., says
 * army"); headlines drop the article.  UINT32_MAX for none.
 */
static uint32_t headline_description(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasdp_sent *si = &c->si[s];

	if (s != 0 || d->nsents < 2 || !si->speech || si->has_speaker ||
	    !(si->headline || !rasdp_ends_closed(d, s)))
		return UINT32_MAX;
	if (si->v_start > st->tok_start && rasdp_cue(d, si->v_start - 1, RASD_CUE_DESCRIPTION))
		return si->v_start - 1;
	if (si->v_end < st->tok_end && rasdp_cue(d, si->v_end, RASD_CUE_DESCRIPTION))
		return si->v_end;
	return UINT32_MAX;
}

/*
 * "Monitor says 11 killed in strike on Binnish" over a body that names
 * the Syrian Observatory: a headline's speaker named by description is the
 * first source of the body the description fits (a word of its mention,
 * or its kind) - the headline names again, ahead, who the body names.
 */
void rasdp_propose_head_desc(const struct rasdp_ctx *c, uint32_t s, struct cand *cs, size_t *n)
{
	const struct rasd_doc *d = c->d;
	uint32_t dt = headline_description(c, s), k;
	size_t mi;

	if (dt == UINT32_MAX)
		return;
	for (k = s + 1; k < d->nsents && k - s <= HEAD_DESC_SENTS; k++) {
		const struct rasdp_sent *sk = &c->si[k];

		for (mi = sk->m_first; mi < sk->m_last; mi++) {
			const struct rasd_match *m = &d->matches[mi];
			struct rasd_srcref ref;
			struct cand *cd;

			if (m->kind != RASD_LEX_SOURCE || !rasdp_first_of_span(d, mi) ||
			    rasdp_is_addressee(c, m) || rasdp_no_mention(c, m))
				continue;
			rasdp_mention_ref(c, mi, &ref);
			if (!agrees(c, dt, &ref))
				continue;
			cd = new_cand(cs, n, &ref);
			if (cd)
				cd->x[SF_HEAD_DESC] = 1;
			return;
		}
	}
}
