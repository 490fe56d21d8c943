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
 *
 * The candidates the figure's own sentence proposes are found here, those
 * of the sentences around it in source_context.c.
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

/*
 * The medium a frame after source match `m` names as carrying its text
 * ("the ministry said in a statement carried by SANA", "قالت الوزارة في
 * بيان نقلته وكالة سانا": rasdp_carried_text()): the source right after
 * the frame, another than `m`, the chain's next link.  NULL when none.
 */
static const struct rasd_match *carried_medium(const struct rasdp_ctx *c, const struct rasdp_sent *si,
					       const struct rasd_match *m)
{
	const struct rasd_doc *d = c->d;
	size_t i, j;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *f = rasdp_match_at(c, i);

		if (f->kind != RASD_LEX_SPEECH || f->tok_start < m->tok_end || !rasdp_carried_text(d, f))
			continue;
		for (j = i + 1; j < si->m_last; j++) {
			const struct rasd_match *x = rasdp_match_at(c, j);

			if (x->kind == RASD_LEX_SOURCE && x->tok_start >= f->tok_end &&
			    x->tok_start - f->tok_end <= 4 && x->entry != m->entry &&
			    rasdp_clause_clear(d, f->tok_end, x->tok_start))
				return x;
		}
	}
	return NULL;
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
	if (!frame || rasdp_quoted_with(d, frame->tok_start, tok) || rasdp_carried_text(d, frame))
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
		const struct rasd_match *m = rasdp_match_at(c, i), *inner, *link;
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
		link = inner ? inner : carried_medium(c, si, m);
		if (link && ref.source >= 0 && ref.nchain < RASD_MAX_CHAIN) {
			struct rasd_srcref in;

			rasdp_mention_ref(c, (size_t)(link - d->matches), &in);
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
	rasdp_propose_carried(c, s, tok, cs, &n);
	rasdp_propose_next(c, s, tok, cs, &n);
	rasdp_propose_quote_closer(c, s, tok, cs, &n);
	rasdp_propose_credit_here(c, s, tok, cs, &n);
	rasdp_propose_head_desc(c, s, cs, &n);
	for (i = 0; i < n; i++) {
		double sc = rasdp_model_score(m, cs[i].x);

		if (i == 0 || sc > bs) {
			bs = sc;
			best = i;
		}
	}
	if (c->d->flags & RASDP_EXTRACT_TRACE_SOURCES)
		trace(c, tok, cs, n, best);
	/* the sentence's speaker, unless the figure's clause names its medium */
	if (rasdp_same_voice(&cs[best].ref, &si->src) && cs[best].ref.nchain <= si->src.nchain)
		return 0;
	*ref = cs[best].ref;
	return 1;
}
