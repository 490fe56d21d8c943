/*
 * page_furniture.c - the page around a report that is no text of it.
 *
 * A report scraped from the web keeps the page's keywords and its links to
 * other stories beside the story, and a flattened page keeps them in the
 * story's sentences: "... Tags Syria Khan Sheikhun Idlib airstrike ...",
 * "... 87 Related Army Kills 40 Militants Near Hama Rebels Detain 9
 * Soldiers in Idlib Tags ...".  Before anything reads the report's
 * matches (rasdp_read_places() calls this first):
 *
 * - after a page label (cues.tsv `page_label`: "Tags", "Related", "وسوم")
 *   the run of keywords names no place: its place names leave d->matches;
 * - after a label of a list of other stories (cues.tsv `story_list`:
 *   "Related") the run of their headlines, written in title case (every
 *   word capitalised but the small words titles keep lower-case,
 *   cues.tsv `title_word`, and numbers), gives the report nothing: every
 *   match in it leaves d->matches, so its figures ("Kills 40"), events and
 *   places are none of the report's.  A headline run ends at the first
 *   lower-case word of running text; a run shorter than STORY_RUN_MIN
 *   tokens is a title or a name ("Related Press"), not a list.
 *
 * Lists of other stories a line a headline ("اقرأ أيضا" alone on its line,
 * then short lines) are sentences of their own, made background by
 * background.c.  Cost: one pass over the tokens, and one over the matches
 * for each run found.
 */

#include "extract/places_int.h"

#include "base/banned.h"

/* The most tokens a run of page keywords spans. */
#define PAGE_RUN_MAX 40
/* The most tokens, and the fewest after the label, of a run of headlines. */
#define STORY_RUN_MAX 160
#define STORY_RUN_MIN 8

/*
 * Does token `t` open a run of cue class `cue` (page_label: "Tags",
 * "Related", "وسوم"; story_list: "Related")?  A Latin label is
 * capitalised, and one that opens its sentence is followed by a
 * capitalised word ("Related Syrian Forces Deny ..."), not by running text.
 */
static int page_label(const struct rasd_doc *d, uint32_t t, unsigned cue)
{
	const struct rasd_token *tk = &d->toks[t];

	if (tk->kind != RASD_TOK_WORD || !rasdp_cue(d, t, cue))
		return 0;
	if (!(tk->flags & RASD_TOKF_LATIN))
		return 1;
	if (!(tk->flags & RASD_TOKF_CAP))
		return 0;
	return t > d->sents[tk->sent].tok_start ||
	       (t + 1 < d->sents[tk->sent].tok_end && (d->toks[t + 1].flags & RASD_TOKF_CAP));
}

/*
 * The end of the run of keywords that label `t` opens: up to the end of
 * its sentence, a number, or a word of running text after a Latin label
 * (an article, "a", a preposition: "Tags Syria Idlib airstrike Almost a
 * dozen civilians ..."), at most PAGE_RUN_MAX tokens.
 */
static uint32_t page_run_end(const struct rasd_doc *d, uint32_t t)
{
	uint32_t end = d->sents[d->toks[t].sent].tok_end, u;
	int latin = !!(d->toks[t].flags & RASD_TOKF_LATIN);

	if (end > t + PAGE_RUN_MAX)
		end = t + PAGE_RUN_MAX;
	for (u = t + 1; u < end; u++) {
		if (d->toks[u].kind == RASD_TOK_NUM || (d->toks[u].flags & RASD_TOKF_IN_NUM))
			return u;
		if (latin && d->toks[u].kind == RASD_TOK_WORD &&
		    (rasdp_cue(d, u, RASD_CUE_ARTICLE) || rasdp_cue(d, u, RASD_CUE_INDEFINITE) ||
		     rasdp_cue(d, u, RASD_CUE_PART_PREP)))
			return u;
	}
	return end;
}

/*
 * Is token `u` a word of a title written in title case: a number or a
 * sign, a capitalised Latin word, a small word titles keep lower-case
 * ("in", "of", "at": cues.tsv title_word), or a lower-case particle
 * joined to a capitalised name ("ez-Zor", "al-Nusra")?
 */
static int title_case(const struct rasd_doc *d, uint32_t u)
{
	const struct rasd_token *tk = &d->toks[u];

	if (tk->kind != RASD_TOK_WORD)
		return !(tk->flags & RASD_TOKF_SENT_END);
	if (!(tk->flags & RASD_TOKF_LATIN))
		return 0;
	if ((tk->flags & RASD_TOKF_CAP) || rasdp_cue(d, u, RASD_CUE_TITLE_WORD))
		return 1;
	return u + 1 < d->ntoks && (d->toks[u + 1].flags & RASD_TOKF_CAP) &&
	       d->toks[u + 1].start == tk->end + 1 && d->text[tk->end] == '-';
}

/*
 * The end of the run of headlines that story-list label `t` opens: the
 * title-case words after it, up to the end of its sentence, at most
 * STORY_RUN_MAX tokens; `t` itself when they are fewer than STORY_RUN_MIN.
 */
static uint32_t story_run_end(const struct rasd_doc *d, uint32_t t)
{
	uint32_t end = d->sents[d->toks[t].sent].tok_end, u;

	if (!(d->toks[t].flags & RASD_TOKF_LATIN))
		return t;
	if (end > t + STORY_RUN_MAX)
		end = t + STORY_RUN_MAX;
	for (u = t + 1; u < end && title_case(d, u); u++)
		;
	return u - t > STORY_RUN_MIN ? u : t;
}

/* Drop the matches starting in tokens (t, e): every one, or (places) only places. */
static void drop_run(struct rasd_doc *d, uint32_t t, uint32_t e, int places)
{
	size_t i, o;

	for (i = o = 0; i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];

		if ((places && m->kind != RASD_LEX_PLACE) || m->tok_start <= t || m->tok_start >= e)
			d->matches[o++] = d->matches[i];
	}
	d->nmatches = o;
}

void rasdp_drop_page_furniture(struct rasd_doc *d)
{
	uint32_t t, e;

	/* (most reports have no label: no word of either class) */
	if (!rasdp_doc_has_cue(d, RASD_CUE_STORY_LIST) && !rasdp_doc_has_cue(d, RASD_CUE_PAGE_LABEL))
		return;
	for (t = 0; t < d->ntoks; t++) {
		e = page_label(d, t, RASD_CUE_STORY_LIST) ? story_run_end(d, t) : t;
		if (e > t) {
			drop_run(d, t, e, 0);
		} else if (page_label(d, t, RASD_CUE_PAGE_LABEL)) {
			e = page_run_end(d, t);
			drop_run(d, t, e, 1);
		}
		if (e > t)
			t = e - 1;   /* the run is read: go on after it */
	}
}
