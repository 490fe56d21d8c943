/*
 * source_decision.c - which speaker owns a figure: the scored decision
 * `source` (rasdp_clause_speaker()).
 *
 * The rules propose the outlet's voice, the sources, actors and holders
 * named in the figure's sentence, the speakers of the sentences before it
 * (and, when the figure's sentence names one by description - "الوزارة",
 * "the UK-based monitor" - every source those sentences name), and the
 * speaker of the sentence after it, the poster an embedded post's credit
 * line names, and the speaker named after a quotation that spans
 * sentences closes, and for a headline whose speaker is a description
 * ("Monitor says ...") the body's source it fits; features describe where
 * each stands
 * (before or after the figure, tokens and sentences away, a reporting
 * verb, a clause or paragraph break, a contrast between, a quotation or
 * colon that runs on, a relaying "according to" frame, a line broken
 * inside a sentence, a credit line), and data/models/source.tsv weighs
 * them.  A speaker's reach is the gold's (gold/GUIDE.md, "Rulings"): its
 * sentence, its quoted statement, and what follows with a continuation
 * verb; an unattributed new paragraph is the outlet's.  The sentences'
 * own speakers come from the first pass (sentence_speaker.c).
 */
#include <string.h>

#include "extract/attribution_int.h"

#include "base/banned.h"

/* ---- the source decision: which speaker owns a figure ------------------ */

/*
 * Who owns a figure is a scored decision (model/model.h): the rules below
 * propose the speakers a figure may be the word of, the features below
 * describe each, data/models/source.tsv weighs them, and the best wins
 * (the first of equal scores, so the outlet's voice, proposed first, wins
 * a tie).  The candidates: the report's own voice; every source named in
 * the figure's sentence, an actor speaking there with its own voice and a
 * holder named by surname; the speakers of the sentences before it (the
 * nearest of each, a few sentences back); and the speaker named in the
 * sentence after it.  The hand weights first reproduced the rules this
 * decision replaced - the source nearest the sentence's reporting verb
 * (within twelve tokens, "according to X" looking after its frame),
 * unless another speaker's verb stands nearer before the figure; with
 * none, the last named source for a bare "the agency said" (within four
 * sentences), or the previous sentence's speaker for a sentence going on
 * from it - and the features added since carry hand weights measured on
 * the dev fold: near-vetoes (-20, +10.5) where a construction decides
 * (a sentence of an earlier time, a statement that runs on), small ones
 * where it tips a choice (a fitting description, a contrast).
 */
enum {
	SF_BIAS, SF_OUTLET, SF_HERE, SF_NO_VERB, SF_VERB_DIST, SF_ACCORDING_BEFORE,
	SF_VERB_BREAK, SF_CLAUSE_VERB, SF_VOICE, SF_HEADLINE, SF_AFTER, SF_FIG_DIST,
	SF_FIG_BREAK, SF_QUOTE, SF_CARRIED, SF_SENTS_BACK, SF_PARA_BREAK, SF_BARE_VERB,
	SF_GOES_ON, SF_OTHER_SUBJECT, SF_INTERVENING, SF_STATEMENT, SF_ANAPHOR,
	SF_BACKGROUND, SF_NEXT, SF_WRAPPED, SF_LEAD, SF_RELAYS, SF_AGREES, SF_MENTIONED,
	SF_CREDIT, SF_CONTRAST, SF_QUOTE_CLOSES, SF_HEAD_DESC, SF_PRONOUN, SF_QUOTE_PARA, SF_CLOSING, SF_LIST, SF__COUNT
};

static const struct rasd_feature source_feats[SF__COUNT] = {
	[SF_BIAS] = { "bias", "always 1 (the same for every candidate of a figure)" },
	[SF_OUTLET] = { "outlet", "the report's own voice" },
	[SF_HERE] = { "here", "a source named in the figure's sentence" },
	[SF_NO_VERB] = { "no_verb", "named in a sentence with no reporting verb" },
	[SF_VERB_DIST] = { "verb_dist", "tokens between it and the sentence's reporting verb, in tens (at most 3)" },
	[SF_ACCORDING_BEFORE] = { "according_before", "before an \"according to\" frame, whose source follows it" },
	[SF_VERB_BREAK] = { "verb_break", "a clause break between it and the sentence's reporting verb" },
	[SF_CLAUSE_VERB] = { "clause_verb", "subject of the reporting verb nearest before the figure (or after, with none before)" },
	[SF_VOICE] = { "voice", "an actor speaking with its own voice, or a holder named by surname, as the verb's subject" },
	[SF_HEADLINE] = { "headline", "opens a line \"X: ...\", or closes it \"...: X\", \"... - X\"" },
	[SF_AFTER] = { "after", "named after the figure in its sentence" },
	[SF_FIG_DIST] = { "fig_dist", "tokens between it and the figure, in tens (at most 4)" },
	[SF_FIG_BREAK] = { "fig_break", "a clause break between it and the figure" },
	[SF_QUOTE] = { "quote", "the figure is inside a quotation opened after it" },
	[SF_CARRIED] = { "carried", "the speaker of an earlier sentence" },
	[SF_SENTS_BACK] = { "sents_back", "how many sentences back it speaks" },
	[SF_PARA_BREAK] = { "para_break", "a paragraph break between it and the figure" },
	[SF_BARE_VERB] = { "bare_verb", "the figure's sentence has a reporting verb with no speaker of its own" },
	[SF_GOES_ON] = { "goes_on", "the previous sentence's speaker, and the figure's sentence goes on from it (\"وأضاف\", \"He added\")" },
	[SF_OTHER_SUBJECT] = { "other_subject", "the figure's sentence has a reporting verb whose subject is no source" },
	[SF_INTERVENING] = { "intervening", "another speaker is named between it and the figure's sentence" },
	[SF_STATEMENT] = { "statement", "its sentence opens a statement that runs on to the figure (a colon, an open quotation, a line breaking off before one)" },
	[SF_ANAPHOR] = { "anaphor", "the figure's sentence names it again by description (\"the monitor\", \"المصدر\", \"البيان\")" },
	[SF_BACKGROUND] = { "background", "the figure's sentence recalls an earlier time" },
	[SF_NEXT] = { "next", "the speaker named in the sentence after the figure's, which has no reporting verb" },
	[SF_WRAPPED] = { "wrapped", "the figure's line runs on into that sentence, in a report of lines broken inside sentences" },
	[SF_LEAD] = { "lead", "the figure's sentence is the first of the report's body" },
	[SF_AGREES] = { "agrees", "the description names it by a word of its own mention or by its kind (\"the Observatory\", \"the monitor\")" },
	[SF_MENTIONED] = { "mentioned", "named in an earlier sentence without being its speaker" },
	[SF_CREDIT] = { "credit", "named by a credit line after the figure's (\"— Tasnim (@Tasnim_Arabic)\" under an embedded post)" },
	[SF_CONTRAST] = { "contrast", "a word setting clauses against each other (\"في حين\", \"while\") stands between it and the figure, outside a quotation it opens" },
	[SF_RELAYS] = { "relays", "named by an \"according to\" frame next to another speaker's verb, before the figure: the report's first link (\"according to AFP, the ministry said\")" },
	[SF_HEAD_DESC] = { "head_desc", "the headline's speaker is a description by its verb (\"Monitor says 11 killed\"), and the body names it, fitting" },
	[SF_PRONOUN] = { "pronoun", "the nearest earlier speaker, and the figure's sentence opens with a pronoun speaking (\"It said\", \"He added\")" },
	[SF_QUOTE_PARA] = { "quote_para", "the speaker of the sentence right before a paragraph that opens with a quotation, no speaker named in it, the figure inside" },
	[SF_QUOTE_CLOSES] = { "quote_closes", "speaks the quotation the figure is in, which closes in a later sentence right before its verb (\"\u201c... 11 were killed. ...,\u201d the ministry said\")" },
	[SF_LIST] = { "list", "the speaker of the sentence that opens a list with a colon (\"The army said: - two officers were wounded - ...\"), the figure in an item of it, no speaker named in the items (the opener's own speaker, or the one of the sentence right before it)" },
	[SF_CLOSING] = { "closing", "named by an \"according to\" frame after the figure, no other reporting verb between: it closes the figure's clause (\"X accused Y of strikes that killed 12, according to the ministry\")" },
};

const struct rasd_decision rasdp_source_decision = {
	"source", "which speaker owns a figure? (the speakers the rules propose for it, the outlet's voice included)",
	source_feats, SF__COUNT,
};

/* Sentences a quotation spans, at most, for its speaker after it to own its figures. */
#define QUOTE_SENTS 4
/* Sentences back a speaker is proposed from. */
#define CARRY_SENTS 8
/* Candidates of one figure at most (more are not proposed). */
#define MAX_CANDS 24

struct cand {
	struct rasd_srcref ref;
	float x[SF__COUNT];
};


static float tens(uint32_t n, uint32_t cap)
{
	return (float)(n < cap ? n : cap) / 10.0f;
}

/* Tokens between [a0, a1) and [b0, b1) (0 when they touch or overlap). */
static uint32_t gap(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1)
{
	if (a1 <= b0)
		return b0 - a1;
	if (b1 <= a0)
		return a0 - b1;
	return 0;
}

/* No clause break between the spans [a0, a1) and [b0, b1)? */
static int clear_between(const struct rasd_doc *d, uint32_t a0, uint32_t a1, uint32_t b0,
			 uint32_t b1)
{
	return a1 <= b0 ? rasdp_clause_clear(d, a1, b0) : rasdp_clause_clear(d, b1, a0);
}

static struct cand *new_cand(struct cand *cs, size_t *n, const struct rasd_srcref *ref)
{
	struct cand *k;

	if (*n >= MAX_CANDS)
		return NULL;
	k = &cs[(*n)++];
	memset(k, 0, sizeof(*k));
	k->ref = *ref;
	k->x[SF_BIAS] = 1;
	return k;
}

/*
 * "As reported by AFP, the ministry said ...", "أعلن الدفاع المدني، حسبما
 * جاء بوكالة سانا، عن ...": a source an "according to" frame names, next
 * to another source standing as subject of a reporting verb, both before
 * the figure at token `tok`: the publication relays the speaker (gold/
 * GUIDE.md, "Chains": the report's first link is the source, the speaker
 * its next).  The inner speaker's match, or NULL.
 */
static const struct rasd_match *relayed(const struct rasdp_ctx *c, const struct rasdp_sent *si,
					const struct rasd_match *m, uint32_t tok)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *frame = NULL;
	size_t i;

	if (m->tok_end > tok)
		return NULL;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == RASD_LEX_SPEECH &&
		    rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_ACCORDING &&
		    v->tok_end <= m->tok_start && m->tok_start - v->tok_end <= 4 &&
		    rasdp_clause_clear(d, v->tok_end, m->tok_start))
			frame = v;
	}
	if (!frame || rasdp_quoted_with(d, frame->tok_start, tok))
		return NULL;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i), *x;
		int k;

		if (v->kind != RASD_LEX_SPEECH || v == frame || v->tok_end > tok)
			continue;
		k = rasdp_lex_speech(c->lx, v->entry)->kind;
		if (k != RASD_SPEECH_SAY && k != RASD_SPEECH_QUOTE)
			continue;
		if (gap(v->tok_start, v->tok_end, frame->tok_start, m->tok_end) > 10 ||
		    rasdp_cue_between(d, v->tok_end < frame->tok_start ? v->tok_end : m->tok_end,
				      v->tok_end < frame->tok_start ? frame->tok_start : v->tok_start,
				      RASD_CUE_COORDINATOR))
			continue;
		x = rasdp_verb_subject(c, si, v);
		if (x && x != m && x->entry != m->entry)
			return x;
	}
	return NULL;
}

/*
 * "Hezbollah accused Israel of blasts that killed 12, according to the
 * ministry", "اتهمت الحركة إسرائيل بقصف أدى إلى مقتل 12، بحسب وزارة
 * الصحة": an "according to" frame after the figure at token `tok`, with
 * no other reporting verb or clause break between them and ten tokens at
 * most away, names the source of what its clause states, the figure
 * included.  Is source match `m` the one it
 * names?
 */
static int closing_frame(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			 const struct rasd_match *m, uint32_t tok)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_match *frame = NULL;
	uint32_t end;
	size_t i;

	if (m->tok_start <= tok)
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == RASD_LEX_SPEECH && v->tok_start > tok && v->tok_end <= m->tok_start &&
		    rasdp_lex_speech(c->lx, v->entry)->kind == RASD_SPEECH_ACCORDING &&
		    (!frame || v->tok_start < frame->tok_start))
			frame = v;
	}
	if (!frame || m->tok_start - frame->tok_end > 4 || frame->tok_start - tok > 10 ||
	    !rasdp_clause_clear(d, frame->tok_end, m->tok_start) ||
	    rasdp_quoted_with(d, frame->tok_start, tok))
		return 0;
	/* no other verb between, and no clause break but the one before the frame */
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind == RASD_LEX_SPEECH && v->tok_start > tok && v->tok_start < frame->tok_start)
			return 0;
	}
	end = frame->tok_start;
	if (end > tok + 1 && rasdp_is_punct(d, end - 1))
		end--;
	return rasdp_clause_clear(d, tok + 1, end);
}

/*
 * Does a word that sets a clause against another ("في حين", "بينما",
 * "while": cues.tsv `contrast`) stand between the speaker at [a, b) and
 * the figure at token `tok`?  Then it speaks of the other clause.
 */
static int contrast_between(const struct rasd_doc *d, uint32_t a, uint32_t b, uint32_t tok)
{
	return b <= tok ? rasdp_cue_between(d, b, tok, RASD_CUE_CONTRAST)
			: rasdp_cue_between(d, tok + 1, a, RASD_CUE_CONTRAST);
}

/* Words a trailing attribution may carry after its speaker and verb ("on Monday", "in a statement"), at most. */
#define TAIL_WORDS 5

/*
 * Does the source match `m` close its sentence `st` as the attribution of
 * all it states, a reporting verb or an "according to" frame next to it:
 * "... while 14 were wounded, the Observatory said on Monday", "... said
 * the Observatory", "... while a mortar hit the school, according to the
 * Observatory"?  Then a contrast before it sets the sentence's clauses
 * against each other, not against its speaker: it speaks for both.
 */
static int closes_sentence(const struct rasdp_ctx *c, const struct rasdp_sent *si,
			   const struct rasd_sentence *st, const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	uint32_t e = m->tok_end, end = st->tok_end;
	size_t i;
	int framed = 0;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if (v->kind != RASD_LEX_SPEECH)
			continue;
		if (v->tok_end <= m->tok_start && m->tok_start - v->tok_end <= 1 &&
		    rasdp_clause_clear(d, v->tok_end, m->tok_start))
			framed = 1; /* "according to X", "said X" */
		else if (v->tok_start >= m->tok_end && v->tok_start - m->tok_end <= 1 &&
			 rasdp_clause_clear(d, m->tok_end, v->tok_start)) {
			framed = 1; /* "X said" */
			e = v->tok_end;
		} else if (v->tok_start >= m->tok_end) {
			return 0; /* another verb after it: it heads a clause of its own */
		}
	}
	while (end > e && rasdp_is_punct(d, end - 1))
		end--;
	if (!framed || end - e > TAIL_WORDS || !rasdp_clause_clear(d, e, end))
		return 0;
	/* what it says does not follow it: no count and no casualty word after */
	i = rasdp_num_from(d, e);
	if (i < d->nnums && d->nums[i].tok_start < end && !d->nums[i].in_date)
		return 0;
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *v = rasdp_match_at(c, i);

		if ((v->kind == RASD_LEX_CASUALTY || v->kind == RASD_LEX_TRIGGER) &&
		    v->tok_start >= e && v->tok_start < end)
			return 0;
	}
	return 1;
}

/*
 * The sources named in sentence `s` (info `si`) as candidates for the
 * figure at token `tok`: each named source that is not spoken to, and
 * the actor or holder standing as subject of its reporting verb.
 */
/*
 * The opening comma of a relative clause set off between the English
 * reporting verb at token `v` and its subject ("The monitor, which relies
 * on a network of sources, said"), or UINT32_MAX.  The sources it names
 * describe the subject; they do not speak.  An apposition ("Karim Haddad,
 * a resident, said") names the speaker and is not one.
 */
static uint32_t relative_parenthesis(const struct rasd_doc *d, uint32_t v)
{
	uint32_t se = rasdp_subject_end(d, v);

	return se < v && se + 1 < v && rasdp_cue(d, se + 1, RASD_CUE_RELATIVE) ? se : UINT32_MAX;
}

static void propose_here(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
			 struct cand *cs, size_t *n)
{
	const struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_sentence *st = &d->sents[s];
	const struct rasd_match *vv;
	const struct rasd_match *cm = rasdp_clause_subject(c, si, tok, &vv);
	int verb = si->vkind >= 0, pron_subject = rasdp_pronoun_subject(c, si);
	uint32_t rel_end = verb ? relative_parenthesis(d, si->v_start) : UINT32_MAX;
	size_t i;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i), *inner;
		struct rasd_srcref ref;
		struct cand *k;
		uint32_t start = d->toks[m->tok_start].start;

		if (m->kind != RASD_LEX_SOURCE || !rasdp_first_of_span(d, i) || rasdp_is_addressee(c, m) ||
		    rasdp_no_mention(c, m) || rasdp_inner_of_quote(c, m))
			continue;
		/* "it said rescuers were still searching": a word of what was said */
		if (pron_subject && m->tok_start >= si->v_end)
			continue;
		/* "The monitor, which relies on a network of sources, said": not its speaker */
		if (m->tok_start > rel_end && m->tok_end <= si->v_start)
			continue;
		/* the sentence's own speaker keeps the chain it quotes */
		rasdp_mention_ref(c, i, &ref);
		if (si->own == 1 && rasdp_same_voice(&si->src, &ref) && si->src.start == start)
			ref = si->src;
		inner = relayed(c, si, m, tok);
		if (inner && ref.source >= 0 && ref.nchain < RASD_MAX_CHAIN) {
			struct rasd_srcref in;

			rasdp_mention_ref(c, (size_t)(inner - d->matches), &in);
			ref.nchain = 1;
			ref.chain[ref.nchain++] = in.nchain ? in.chain[0] : NULL;
			if (!ref.chain[1])
				ref.nchain = 1;
		}
		k = new_cand(cs, n, &ref);
		if (!k)
			return;
		k->x[SF_HERE] = 1;
		k->x[SF_RELAYS] = (float)(inner != NULL);
		k->x[SF_CLOSING] = (float)closing_frame(c, si, m, tok);
		if (verb && rasdp_postmod_head(c, si, m, si->v_start)) {
			/* "X of Y ... said": X stands by the verb, its modifier between */
		} else if (verb) {
			k->x[SF_VERB_DIST] = tens(gap(m->tok_start, m->tok_end, si->v_start, si->v_end), 30);
			k->x[SF_ACCORDING_BEFORE] = (float)(si->vkind == RASD_SPEECH_ACCORDING &&
							    m->tok_start < si->v_end);
			k->x[SF_VERB_BREAK] = (float)!clear_between(d, m->tok_start, m->tok_end,
								     si->v_start, si->v_end);
		} else {
			k->x[SF_NO_VERB] = 1;
		}
		k->x[SF_CLAUSE_VERB] = (float)(m == cm);
		k->x[SF_HEADLINE] = (float)rasdp_headline_credit(d, m, st);
		k->x[SF_AFTER] = (float)(m->tok_start > tok);
		k->x[SF_FIG_DIST] = tens(gap(m->tok_start, m->tok_end, tok, tok + 1), 40);
		k->x[SF_FIG_BREAK] = (float)!clear_between(d, m->tok_start, m->tok_end, tok, tok + 1);
		k->x[SF_QUOTE] = (float)(m->tok_end <= tok && rasdp_quote_open(d, m->tok_end, tok));
		/* a contrast inside its own quotation is the speaker's still */
		k->x[SF_CONTRAST] = (float)(!k->x[SF_QUOTE] &&
					    contrast_between(d, m->tok_start, m->tok_end, tok) &&
					    !(m->tok_start > tok && closes_sentence(c, si, st, m)));
	}
	/*
	 * "the SDF said", "Akbari said": the speaker of the verb, unnamed as a
	 * source - of the verb of the figure's clause when an actor or holder
	 * speaks there ("بينما اعترف جيش الاحتلال بإصابة جندي، أكدت قناة
	 * الجزيرة ..."), else of the sentence's verb
	 */
	if (verb || vv) {
		struct rasd_srcref ref;
		struct cand *k;

		uint32_t a = st->tok_start, b;

		if (!rasdp_unnamed_speaker(c, st, si, vv ? vv->tok_start : si->v_start,
					   vv ? vv->tok_end : si->v_end, &ref))
			return;
		k = new_cand(cs, n, &ref);
		if (!k)
			return;
		k->x[SF_VOICE] = 1;
		k->x[SF_CLAUSE_VERB] = (float)(vv != NULL);
		/* where the actor or holder stands, as for a named source */
		while (a < st->tok_end && d->toks[a].start < ref.start)
			a++;
		for (b = a; b < st->tok_end && d->toks[b].end <= ref.end; b++)
			;
		if (b > a) {
			k->x[SF_AFTER] = (float)(a > tok);
			k->x[SF_FIG_DIST] = tens(gap(a, b, tok, tok + 1), 40);
			k->x[SF_FIG_BREAK] = (float)!clear_between(d, a, b, tok, tok + 1);
			k->x[SF_CONTRAST] = (float)contrast_between(d, a, b, tok);
		}
	}
}

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
static void propose_carried(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
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
static void propose_credit_here(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
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
static void propose_next(const struct rasdp_ctx *c, uint32_t s, uint32_t tok, struct cand *cs,
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
static void propose_quote_closer(const struct rasdp_ctx *c, uint32_t s, uint32_t tok,
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
static void propose_head_desc(const struct rasdp_ctx *c, uint32_t s, struct cand *cs, size_t *n)
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

/* Record the decision for `rasd train` (RASDP_EXTRACT_TRACE_SOURCES). */
static void trace(const struct rasdp_ctx *c, uint32_t tok, const struct cand *cs, size_t n,
		  size_t best)
{
	struct rasd_doc *d = c->d;
	struct rasdp_src_choice *ch;
	size_t i;

	ch = RASD_ARENA_PUSH(&d->arena, d->src_trace, d->nsrc_trace, d->src_trace_alloc);
	if (!ch)
		return;
	ch->start = d->toks[tok].start;
	ch->ncand = (uint32_t)n;
	ch->chosen = (uint32_t)best;
	ch->x = rasd_arena_alloc(&d->arena, n * SF__COUNT * sizeof(*ch->x));
	ch->id = rasd_arena_calloc(&d->arena, n, sizeof(*ch->id));
	ch->name = rasd_arena_calloc(&d->arena, n, sizeof(*ch->name));
	if (!ch->x || !ch->id || !ch->name) {
		d->nsrc_trace--;
		return;
	}
	for (i = 0; i < n; i++) {
		const struct rasd_srcref *r = &cs[i].ref;

		memcpy(ch->x + i * SF__COUNT, cs[i].x, sizeof(cs[i].x));
		if (r->source >= 0) {
			ch->id[i] = rasdp_lex_source(c->lx, (size_t)r->source)->id;
			ch->name[i] = rasdp_source_name(c, r->source);
		} else if (r->outlet) {
			ch->id[i] = "outlet";
			ch->name[i] = d->outlet ? d->outlet : "outlet";
		} else {
			ch->name[i] = r->nchain ? r->chain[0] : NULL;
		}
	}
}

int rasdp_clause_speaker(const struct rasdp_ctx *c, const struct rasdp_sent *si, uint32_t tok,
			 struct rasd_srcref *ref)
{
	const struct rasd_model *m = &c->d->engine->models.m[RASD_DEC_SOURCE];
	uint32_t s = (uint32_t)(si - c->si);
	struct cand cs[MAX_CANDS];
	size_t n = 0, i, best = 0;
	double bs = 0;

	new_cand(cs, &n, &c->outlet)->x[SF_OUTLET] = 1;
	propose_here(c, s, tok, cs, &n);
	propose_carried(c, s, tok, cs, &n);
	propose_next(c, s, tok, cs, &n);
	propose_quote_closer(c, s, tok, cs, &n);
	propose_credit_here(c, s, tok, cs, &n);
	propose_head_desc(c, s, cs, &n);
	for (i = 0; i < n; i++) {
		double sc = rasdp_model_score(m, cs[i].x);

		if (i == 0 || sc > bs) {
			bs = sc;
			best = i;
		}
	}
	if (c->d->flags & RASDP_EXTRACT_TRACE_SOURCES)
		trace(c, tok, cs, n, best);
	if (rasdp_same_voice(&cs[best].ref, &si->src))
		return 0;
	*ref = cs[best].ref;
	return 1;
}
