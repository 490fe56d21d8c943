/*
 * figures_report.c - how a figure stands against the report's other
 * figures of its kind, read once the events are settled: what a sentence
 * alone cannot tell.
 *
 * A part: a count of what one hospital or one team took in ("8 bodies
 * arrived at the hospital", "انتشلت الفرق 12 جثة", cues.tsv `received`),
 * or a place's own share ("in Kafr Nabl alone, 4", "وحدها", `alone`; a
 * count told at a place inside the place of the larger one: "In Kafr
 * Nabl, 9" after "18 killed in strikes on southern Idlib"), with a larger
 * count of its kind in the report (for a share, told before it), is a part
 * of that toll (subset); the only count of its kind stays the toll.
 *
 * A revision: a first count ("initial reports", "حصيلة أولية", `initial`)
 * is the toll as it stood (earlier) when a larger count of its kind
 * follows it updated, or is given anywhere as the toll risen to; a
 * preliminary toll with nothing after it is the toll.  A count updated
 * ("in an updated toll", "في حصيلة جديدة": `updated` within two words of a
 * toll word) or told later ("the monitor later said", `later`, before it
 * in its sentence) is the toll risen to when a smaller count of its kind
 * is told before it.  The incidents' disagree decision reads both marks:
 * a part beside its total, a count and the one that replaced it, are no
 * dispute.
 */
#include "extract/figures_int.h"
#include "extract/places_int.h"

#include "base/banned.h"

/* A figure of the report: its claim and where its number stands. */
struct rfig {
	struct rasd_claim *cl;
	uint32_t tok;                   /* its first token */
	int32_t place;                  /* its sentence's place named in its clause, or -1 */
	uint8_t received, alone, initial, updated;
};

/* The first token of claim `cl`, in its sentence. */
static uint32_t claim_token(const struct rasd_doc *d, const struct rasd_claim *cl)
{
	const struct rasd_sentence *st = &d->sents[cl->sent];
	uint32_t t;

	for (t = st->tok_start; t < st->tok_end; t++)
		if (d->toks[t].end > cl->start)
			return t;
	return st->tok_start;
}

/* Is a cue of class `q` in tokens [a, b)? */
static int cue_in(const struct rasd_doc *d, uint32_t a, uint32_t b, enum rasd_cue q)
{
	for (; a < b; a++)
		if (rasdp_cue(d, a, q))
			return 1;
	return 0;
}

/* Is an `updated` word within two words of a toll word, in tokens [a, b)? */
static int updated_toll(const struct rasd_doc *d, uint32_t a, uint32_t b)
{
	uint32_t t, u;

	for (t = a; t < b; t++) {
		if (!rasdp_cue(d, t, RASD_CUE_UPDATED))
			continue;
		for (u = t > a + 2 ? t - 2 : a; u < b && u <= t + 2; u++)
			if (u != t && rasdp_cue(d, u, RASD_CUE_TOLL))
				return 1;
	}
	return 0;
}

/* What the sentence and the clause of figure `f` say of it (its place: sentence `si`'s). */
static void read_marks(const struct rasd_doc *d, const struct rasdp_sent *si, struct rfig *f)
{
	const struct rasd_sentence *st = &d->sents[f->cl->sent];
	uint32_t a = f->tok, b = f->tok, from;

	while (a > st->tok_start && !rasdp_is_break(d, a - 1))
		a--;
	while (b < st->tok_end && !rasdp_is_break(d, b))
		b++;
	/* "the toll reached 28", "وصلت الحصيلة إلى": a toll, nobody's intake */
	f->received = (uint8_t)(cue_in(d, a, b, RASD_CUE_RECEIVED) && !cue_in(d, a, b, RASD_CUE_TOLL));
	/* a share is often fronted: "In Kafr Nabl alone, 4 were killed" */
	f->alone = (uint8_t)cue_in(d, st->tok_start, b, RASD_CUE_ALONE);
	f->initial = (uint8_t)cue_in(d, st->tok_start, st->tok_end, RASD_CUE_INITIAL);
	/*
	 * its place: named in its clause, or fronted before it ("In Kafr
	 * Nabl, 9 were killed"), not where its speaker is ("local sources in
	 * Jasim said, ...")
	 */
	from = d->toks[a].start;
	if (!(f->cl->src.start >= d->toks[st->tok_start].start && f->cl->src.start < from))
		from = d->toks[st->tok_start].start;
	f->place = si->place >= 0 && si->place_start >= from &&
		si->place_start < d->toks[b - 1].end ? si->place : -1;
	f->updated = (uint8_t)(updated_toll(d, st->tok_start, st->tok_end) ||
			       cue_in(d, st->tok_start, f->tok, RASD_CUE_LATER));
}

/* Can figure `o` stand as a toll against `f`: of its kind, asserted, no part? */
static int rival(const struct rfig *f, const struct rfig *o)
{
	return o != f && o->cl->kind == f->cl->kind && !o->cl->denied && !o->cl->subset;
}

/*
 * Is figure `f` told at a place inside the place of figure `o`'s sentence
 * ("In Kafr Nabl, 9" after "18 killed in strikes on southern Idlib")?  A
 * town inside the district of its name is no part of it: "the desert near
 * Palmyra" (the district of Tadmur) and "in Palmyra" tell one site.
 */
static int within(const struct rasd_lexicon *lx, const struct rfig *f, const struct rfig *o)
{
	const struct rasd_place *a, *b;

	if (f->place < 0 || o->place < 0 || !rasdp_inside(lx, f->place, o->place))
		return 0;
	a = rasdp_lex_place(lx, (size_t)f->place);
	b = rasdp_lex_place(lx, (size_t)o->place);
	return b->kind != RASD_PLACE_DISTRICT || !rasdp_same_name(a, b);
}

/*
 * Mark figure `f` against the others of fs[0 .. n): a part, or the toll
 * risen to (pass 0); the toll as it stood, against what pass 0 marked
 * risen to (pass 1).  See the top of this file.
 */
static void mark_figure(const struct rasd_lexicon *lx, struct rfig *fs, size_t n, struct rfig *f,
			int pass)
{
	struct rasd_claim *cl = f->cl;
	size_t i;

	/* another happening's toll may still be a part of the report's toll */
	if (cl->denied || cl->subset || (cl->revision && cl->revision != RASD_REV_APART))
		return;
	for (i = 0; i < n; i++) {
		const struct rfig *o = &fs[i];

		if (!rival(f, o) || o->received)
			continue;
		if (pass == 0 && o->cl->value > cl->value_hi &&
		    (f->received || (o->tok < f->tok && (f->alone || within(lx, f, o))))) {
			cl->subset = 1;
			return;
		}
		if (o->alone)
			continue;
		if (cl->revision)       /* apart: a part at most, no revision */
			continue;
		if (pass == 0 && f->updated && !f->initial && !f->received && !f->alone &&
		    o->tok < f->tok && o->cl->value_hi < cl->value) {
			cl->revision = RASD_REV_LATER;
			return;
		}
		if (pass == 1 && f->initial && o->cl->value > cl->value_hi &&
		    (o->cl->revision == RASD_REV_LATER || (o->updated && o->tok > f->tok))) {
			cl->revision = RASD_REV_EARLIER;
			return;
		}
	}
}

int rasdp_report_figures(const struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	struct rfig *fs;
	size_t i, j, n = 0;

	for (i = 0; i < d->nevents; i++)
		if (!d->events[i].background)
			n += d->events[i].nclaims;
	if (n < 2)
		return 0;
	fs = rasd_arena_alloc(&d->arena, n * sizeof(*fs));
	if (!fs)
		return RASD_ENOMEM;
	n = 0;
	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims && !d->events[i].background; j++) {
			struct rfig *f = &fs[n++];

			f->cl = &d->events[i].claims[j];
			f->tok = claim_token(d, f->cl);
			read_marks(d, &c->si[f->cl->sent], f);
		}
	for (i = 0; i < n; i++)
		mark_figure(c->lx, fs, n, &fs[i], 0);
	for (i = 0; i < n; i++)
		mark_figure(c->lx, fs, n, &fs[i], 1);
	rasd_arena_free(&d->arena, fs, n * sizeof(*fs));
	return 0;
}
