/*
 * parts.c - a report longer than the window (rasd_limits.window, 1 MiB by
 * default) read as consecutive parts, each a document of its own, and
 * their results joined into the report's one document.
 *
 * Every array of the pipeline is per report: tokens, matches, numbers,
 * dates, sentences and stage 6's records of them all live until stage 6
 * ends, and stage 6 reads the whole report before it frames events (a
 * speaker carried over, places named anywhere, frames merged), so a 16 MB
 * report of short sentences once peaked near 460 MB.  Here the report is
 * cut at paragraph breaks (else sentence ends, else spaces, else character
 * boundaries: rasdp_part_end()), each part gets the report's metadata (the
 * title only the first), runs stages 1-6 alone, and what its output names
 * is copied into the report's document before the part is freed: its
 * events with every span moved by the part's start, and only the sentences
 * and dates they point at (renumbered, in the order first named), so the
 * peak is one part's arrays plus the joined result, not the report's.
 * Events keep their order, part after part, so the first part's first
 * event stays the report's first; the event a part opens with is joined
 * into the one the part before ended with when it tells it again with the
 * same figures and sources (same_event()), as the whole reading merges a
 * restatement.  With RASD_EXTRACT_MENTIONS the numbers,
 * dates and matches of every part are joined too (each match over a token
 * of its own, the span it covers).
 *
 * What is lost against reading the report whole: an event told across a
 * cut with other figures on each side is read as two, a speaker named before a cut is not carried over it,
 * a part names no headline after the first, and the frame decision's and
 * place decision's candidates (read only by `rasd train`, which never
 * reads in parts) are not kept.  A report no longer than the window does
 * not come here, so its output is that of a whole reading, byte for byte.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "extract/parts.h"
#include "base/banned.h"

/* A sentence end of the original text: terminal punctuation right before byte i. */
static int ends_sentence_before(const char *t, size_t i, size_t start)
{
	const unsigned char *u = (const unsigned char *)t;

	if (i <= start)
		return 0;
	if (t[i - 1] == '.' || t[i - 1] == '!' || t[i - 1] == '?')
		return 1;
	/* "؟" U+061F, "…" U+2026 */
	if (i >= start + 2 && u[i - 2] == 0xD8 && u[i - 1] == 0x9F)
		return 1;
	return i >= start + 3 && u[i - 3] == 0xE2 && u[i - 2] == 0x80 && u[i - 1] == 0xA6;
}

size_t rasdp_part_end(const char *text, size_t len, size_t start, size_t window)
{
	size_t lim, half, i;

	if (window < 8)
		window = 8;
	if (len - start <= window)
		return len;
	lim = start + window;
	half = start + window / 2;
	for (i = lim - 1; i > half; i--)
		if (text[i] == '\n' && text[i - 1] == '\n')
			return i + 1;
	for (i = lim - 1; i > half; i--)
		if (text[i] == '\n' || (text[i] == ' ' && ends_sentence_before(text, i, start)))
			return i + 1;
	for (i = lim - 1; i > half; i--)
		if (text[i] == ' ' || text[i] == '\t')
			return i + 1;
	/* no space in half a window: cut before the character the window ends in */
	for (i = lim; i > start + 1 && ((unsigned char)text[i] & 0xC0) == 0x80; i--)
		;
	return i;
}

/* The state of a join: maps from the part's sentences and dates to the report's. */
struct join {
	struct rasd_doc *d;              /* the report */
	const struct rasd_doc *p;        /* the part */
	uint32_t off;                    /* the part's first byte in the report */
	uint32_t para;                   /* paragraphs of the parts before */
	uint32_t *smap;                  /* part sentence -> report sentence, or UINT32_MAX */
	uint32_t *dmap;                  /* part date -> report date, or UINT32_MAX */
	int failed;
};

static uint32_t map_sent(struct join *j, uint32_t s)
{
	const struct rasd_sentence *src;
	struct rasd_sentence *dst;
	struct rasd_doc *d = j->d;

	if (s >= j->p->nsents)
		return UINT32_MAX;
	if (j->smap[s] != UINT32_MAX)
		return j->smap[s];
	src = &j->p->sents[s];
	dst = RASD_ARENA_PUSH(&d->arena, d->sents, d->nsents, d->sents_alloc);
	if (!dst) {
		j->failed = 1;
		return UINT32_MAX;
	}
	dst->start = src->start + j->off;
	dst->end = src->end + j->off;
	dst->para = src->para + j->para;
	j->smap[s] = (uint32_t)(d->nsents - 1);
	return j->smap[s];
}

static void shift_date(struct rasd_date *dst, const struct rasd_date *src, uint32_t off)
{
	*dst = *src;
	dst->tok_start = dst->tok_end = 0;   /* no tokens are kept */
	dst->start += off;
	dst->end += off;
}

static int32_t map_date(struct join *j, int32_t i)
{
	struct rasd_doc *d = j->d;
	struct rasd_date *dst;

	if (i < 0 || (size_t)i >= j->p->ndates)
		return -1;
	if (j->dmap[i] != UINT32_MAX)
		return (int32_t)j->dmap[i];
	dst = RASD_ARENA_PUSH(&d->arena, d->dates, d->ndates, d->dates_alloc);
	if (!dst) {
		j->failed = 1;
		return -1;
	}
	shift_date(dst, &j->p->dates[i], j->off);
	j->dmap[i] = (uint32_t)(d->ndates - 1);
	return (int32_t)j->dmap[i];
}

/* A copy of n items of `size` bytes in the report's arena (NULL for none). */
static void *dup_items(struct join *j, const void *items, size_t n, size_t size)
{
	void *p;

	if (!n || !items)
		return NULL;
	p = rasd_arena_alloc(&j->d->arena, n * size);
	if (!p) {
		j->failed = 1;
		return NULL;
	}
	memcpy(p, items, n * size);
	return p;
}

static void shift_span(uint32_t *start, uint32_t *end, uint32_t off)
{
	if (*end <= *start)
		return;   /* (0,0): none */
	*start += off;
	*end += off;
}

/* A source: its span moved, its names (some cut from the part's text) copied. */
static void join_src(struct join *j, struct rasd_srcref *s)
{
	unsigned i;

	shift_span(&s->start, &s->end, j->off);
	for (i = 0; i < s->nchain && i < RASD_MAX_CHAIN; i++) {
		if (!s->chain[i])
			continue;
		s->chain[i] = rasd_arena_strdup(&j->d->arena, s->chain[i]);
		if (!s->chain[i])
			j->failed = 1;
	}
}

static struct rasd_claim *join_claims(struct join *j, const struct rasd_claim *src, size_t n)
{
	struct rasd_claim *c = dup_items(j, src, n, sizeof(*c));
	size_t i;

	for (i = 0; c && i < n; i++) {
		c[i].start += j->off;
		c[i].end += j->off;
		c[i].sent = map_sent(j, c[i].sent);
		join_src(j, &c[i].src);
	}
	return c;
}

static int join_event(struct join *j, const struct rasd_event *src)
{
	struct rasd_doc *d = j->d;
	struct rasd_event *ev;
	size_t i;

	ev = RASD_ARENA_PUSH(&d->arena, d->events, d->nevents, d->events_alloc);
	if (!ev)
		return RASD_ENOMEM;
	*ev = *src;
	ev->date_idx = map_date(j, src->date_idx);
	ev->said_idx = map_date(j, src->said_idx);
	shift_span(&ev->place_start, &ev->place_end, j->off);
	ev->sent_first = map_sent(j, src->sent_first);
	ev->sent_last = map_sent(j, src->sent_last);
	ev->actors = dup_items(j, src->actors, src->nactors, sizeof(*ev->actors));
	ev->actors_alloc = ev->actors ? src->nactors : 0;
	for (i = 0; ev->actors && i < src->nactors; i++)
		shift_span(&ev->actors[i].start, &ev->actors[i].end, j->off);
	ev->claims = join_claims(j, src->claims, src->nclaims);
	ev->claims_alloc = ev->claims ? src->nclaims : 0;
	ev->vague = join_claims(j, src->vague, src->nvague);
	ev->parts = dup_items(j, src->parts, src->nparts, sizeof(*ev->parts));
	ev->parts_alloc = ev->parts ? src->nparts : 0;
	for (i = 0; ev->parts && i < src->nparts; i++) {
		shift_span(&ev->parts[i].start, &ev->parts[i].end, j->off);
		ev->parts[i].sent = map_sent(j, ev->parts[i].sent);
		join_src(j, &ev->parts[i].src);
	}
	ev->evidence = dup_items(j, src->evidence, src->nevidence, sizeof(*ev->evidence));
	ev->evidence_alloc = ev->evidence ? src->nevidence : 0;
	for (i = 0; ev->evidence && i < src->nevidence; i++)
		ev->evidence[i] = map_sent(j, ev->evidence[i]);
	/* the decisions' candidates: read by `rasd train` alone, not kept */
	ev->frames = NULL;
	ev->nframes = 0;
	ev->frame = -1;
	ev->pcands = NULL;
	ev->npcands = 0;
	return j->failed ? RASD_ENOMEM : RASD_OK;
}

static int same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int same_claims(const struct rasd_claim *a, size_t na, const struct rasd_claim *b, size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (a[i].kind != b[i].kind || a[i].value != b[i].value ||
		    a[i].value_hi != b[i].value_hi || a[i].qualifier != b[i].qualifier ||
		    a[i].denied != b[i].denied || a[i].subset != b[i].subset ||
		    a[i].revision != b[i].revision || a[i].who_actor != b[i].who_actor ||
		    !same_str(a[i].who, b[i].who) || a[i].src.source != b[i].src.source ||
		    a[i].src.outlet != b[i].src.outlet)
			return 0;
	return 1;
}

/*
 * The event a part opens with tells again the one the part before ended
 * with: the same type, day, place, actors, participants and figures (kind,
 * value, qualifier, group, polarity, source), as a report of one happening
 * told over and over does; the whole reading made one event of them.
 */
static int same_event(const struct rasd_event *a, const struct rasd_event *b)
{
	size_t i;

	if (!same_str(a->event_type, b->event_type) || !same_str(a->sub_type, b->sub_type) ||
	    memcmp(&a->date, &b->date, sizeof(a->date)) || memcmp(&a->last, &b->last, sizeof(a->last)) ||
	    a->precision != b->precision || a->place != b->place ||
	    a->nactors != b->nactors || a->nparts != b->nparts ||
	    !same_claims(a->claims, a->nclaims, b->claims, b->nclaims) ||
	    !same_claims(a->vague, a->nvague, b->vague, b->nvague))
		return 0;
	for (i = 0; i < a->nactors; i++)
		if (a->actors[i].actor != b->actors[i].actor || a->actors[i].role != b->actors[i].role)
			return 0;
	for (i = 0; i < a->nparts; i++)
		if (a->parts[i].actor != b->parts[i].actor || a->parts[i].denied != b->parts[i].denied)
			return 0;
	return 1;
}

/* The evidence of `src`, the part's, after that of `ev`, the report's. */
static int join_evidence(struct join *j, struct rasd_event *ev, const struct rasd_event *src)
{
	size_t n = ev->nevidence + src->nevidence, i;
	uint32_t *e;

	if (!src->nevidence)
		return RASD_OK;
	e = rasd_arena_alloc(&j->d->arena, n * sizeof(*e));
	if (!e)
		return RASD_ENOMEM;
	if (ev->nevidence)
		memcpy(e, ev->evidence, ev->nevidence * sizeof(*e));
	for (i = 0; i < src->nevidence; i++)
		e[ev->nevidence + i] = map_sent(j, src->evidence[i]);
	rasd_arena_free(&j->d->arena, ev->evidence, ev->evidence_alloc * sizeof(*e));
	ev->evidence = e;
	ev->nevidence = ev->evidence_alloc = n;
	ev->sent_last = map_sent(j, src->sent_last);
	return j->failed ? RASD_ENOMEM : RASD_OK;
}

/*
 * The part's numbers, dates and matches, for RASD_EXTRACT_MENTIONS: moved
 * into the report's text; a match gets a token of its own over its span,
 * as the part's tokens are not kept.
 */
static int join_mentions(struct join *j)
{
	const struct rasd_doc *p = j->p;
	struct rasd_doc *d = j->d;
	size_t i;

	for (i = 0; i < p->nnums; i++) {
		struct rasd_number *n = RASD_ARENA_PUSH(&d->arena, d->nums, d->nnums, d->nums_alloc);

		if (!n)
			return RASD_ENOMEM;
		*n = p->nums[i];
		n->start += j->off;
		n->end += j->off;
		n->tok_start = n->tok_end = 0;
		n->noun_tok = UINT32_MAX;
	}
	for (i = 0; i < p->ndates; i++)
		if (map_date(j, (int32_t)i) < 0)
			return RASD_ENOMEM;
	for (i = 0; i < p->nmatches; i++) {
		const struct rasd_match *m = &p->matches[i];
		struct rasd_token *t;
		struct rasd_match *dm;

		if (m->tok_end <= m->tok_start || m->tok_end > p->ntoks)
			continue;
		t = RASD_ARENA_PUSH(&d->arena, d->toks, d->ntoks, d->toks_alloc);
		dm = RASD_ARENA_PUSH(&d->arena, d->matches, d->nmatches, d->matches_alloc);
		if (!t || !dm)
			return RASD_ENOMEM;
		t->start = p->toks[m->tok_start].start + j->off;
		t->end = p->toks[m->tok_end - 1].end + j->off;
		*dm = *m;
		dm->tok_start = (uint32_t)(d->ntoks - 1);
		dm->tok_end = (uint32_t)d->ntoks;
	}
	return RASD_OK;
}

static int join_part(struct join *j)
{
	const struct rasd_doc *p = j->p;
	size_t i;
	int rc = RASD_OK;

	j->smap = malloc((p->nsents + 1) * sizeof(*j->smap));
	j->dmap = malloc((p->ndates + 1) * sizeof(*j->dmap));
	if (!j->smap || !j->dmap)
		rc = RASD_ENOMEM;
	if (!rc) {
		memset(j->smap, 0xFF, (p->nsents + 1) * sizeof(*j->smap));
		memset(j->dmap, 0xFF, (p->ndates + 1) * sizeof(*j->dmap));
	}
	/* the mentions first, so the report's dates are in the order of its text */
	if (!rc && (j->d->flags & RASD_EXTRACT_MENTIONS))
		rc = join_mentions(j);
	for (i = 0; !rc && i < p->nevents; i++) {
		struct rasd_event *last = j->d->nevents ? &j->d->events[j->d->nevents - 1] : NULL;

		if (!i && last && same_event(last, &p->events[0]))
			rc = join_evidence(j, last, &p->events[0]);
		else
			rc = join_event(j, &p->events[i]);
	}
	if (p->nsents)
		j->para += p->sents[p->nsents - 1].para + 1;
	free(j->smap);
	free(j->dmap);
	j->smap = j->dmap = NULL;
	return rc;
}

/*
 * A document for bytes [start, end) of the report's text, with its
 * metadata (borrowed from `d`, which outlives it) and the title only for
 * the first part.  NULL when out of memory.
 */
static struct rasd_doc *new_part(const struct rasd_doc *d, size_t start, size_t end)
{
	struct rasd_arena a;
	struct rasd_doc *p;

	rasd_arena_init(&a, NULL, 0);
	p = rasd_arena_calloc(&a, 1, sizeof(*p));
	if (p)
		p->text = rasd_arena_strndup(&a, d->text + start, end - start);
	if (!p || !p->text) {
		rasd_arena_release(&a);
		return NULL;
	}
	p->text_len = end - start;
	p->engine = d->engine;
	p->flags = d->flags & ~(unsigned)(RASD_EXTRACT_REPAIR_UTF8 | RASD_EXTRACT_BORROW_TEXT);
	memcpy(p->hash, d->hash, sizeof(p->hash));
	p->id = d->id;
	p->outlet = d->outlet;
	p->url = d->url;
	p->title = start ? NULL : d->title;
	p->published = d->published;
	p->published_from = d->published_from;
	p->lang = d->lang;
	p->arena = a;
	return p;
}

int rasdp_extract_parts(struct rasd_doc *d, size_t window)
{
	struct join j;
	size_t start, end;
	int rc = RASD_OK;

	memset(&j, 0, sizeof(j));
	j.d = d;
	d->norm = rasd_arena_calloc(&d->arena, 1, 1);   /* the report has no normalised text */
	if (!d->norm)
		return RASD_ENOMEM;
	for (start = 0; !rc && start < d->text_len; start = end) {
		struct rasd_doc *p;

		end = rasdp_part_end(d->text, d->text_len, start, window);
		p = new_part(d, start, end);
		if (!p)
			return RASD_ENOMEM;
		rc = rasdp_doc_analyse(p);
		/* a stamp atop the first part dates the whole report */
		if (!rc && !start && !d->published.y && p->published.y) {
			d->published = p->published;
			d->published_from = p->published_from;
		}
		j.p = p;
		j.off = (uint32_t)start;
		if (!rc)
			rc = join_part(&j);
		rasd_doc_free(p);
	}
	if (!rc && d->arena.failed)
		rc = RASD_ENOMEM;
	return rc;
}
