/*
 * doc_json.c - one analysed document as one line of JSON (docs/FORMAT.md).
 *
 * Every figure carries its span and its sentence's span, byte offsets into
 * the original text, so a reader can show the evidence.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/jsonw.h"
#include "extract/extract.h"
#include "lexicon/lexicon.h"
#include "base/banned.h"

static const char *qualifier_names[] = {
	"exact", "about", "at_least", "more_than", "up_to", "range", "vague",
};

static const char *casualty_names[] = {
	"killed", "wounded", "killed_or_wounded", "arrested", "kidnapped", "missing",
};

static const char *precision_names[] = { NULL, "day", "week", "month", "year" };

const char *rasdp_qualifier_name(unsigned q)
{
	return q < sizeof(qualifier_names) / sizeof(*qualifier_names) ? qualifier_names[q] : "exact";
}

const char *rasdp_casualty_name(unsigned k)
{
	return k < sizeof(casualty_names) / sizeof(*casualty_names) ? casualty_names[k] : "killed";
}

const char *rasdp_precision_name(unsigned p)
{
	return p < sizeof(precision_names) / sizeof(*precision_names) ? precision_names[p] : NULL;
}

static void ymd(struct rasd_jsonw *w, const struct rasd_ymd *t)
{
	char tmp[16];

	if (!t->y || !t->m || !t->d) {
		rasd_jsonw_null(w);
		return;
	}
	snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", t->y, t->m, t->d);
	rasd_jsonw_str(w, tmp);
}

static void text_of(struct rasd_jsonw *w, const struct rasd_doc *d, uint32_t s, uint32_t e)
{
	if (e > d->text_len || s > e) {
		rasd_jsonw_null(w);
		return;
	}
	rasd_jsonw_strn(w, d->text + s, e - s);
}

static void sentence_span(struct rasd_jsonw *w, const struct rasd_doc *d, uint32_t sent)
{
	if (sent < d->nsents)
		rasd_jsonw_span(w, d->sents[sent].start, d->sents[sent].end);
	else
		rasd_jsonw_null(w);
}

static void source_json(struct rasd_jsonw *w, const struct rasd_doc *d,
			const struct rasd_srcref *s)
{
	const struct rasd_lexicon *lx = d->engine->lx;
	unsigned i;

	rasd_jsonw_obj(w);
	if (s->outlet || s->source < 0) {
		RASD_JSONW_KEY(w, "id");
		rasd_jsonw_str(w, s->outlet ? "outlet" : NULL);
		RASD_JSONW_KEY(w, "name");
		rasd_jsonw_str(w, s->nchain ? s->chain[0] : (d->outlet ? d->outlet : "outlet"));
		RASD_JSONW_KEY(w, "kind");
		rasd_jsonw_str(w, s->outlet ? "outlet" : "unnamed");
	} else {
		const struct rasd_source *src = rasdp_lex_source(lx, (size_t)s->source);

		RASD_JSONW_KEY(w, "id");
		rasd_jsonw_str(w, src->id);
		RASD_JSONW_KEY(w, "name");
		rasd_jsonw_str(w, src->name);
		RASD_JSONW_KEY(w, "kind");
		rasd_jsonw_str(w, src->kind);
	}
	RASD_JSONW_KEY(w, "chain");
	rasd_jsonw_arr(w);
	for (i = 0; i < s->nchain; i++)
		rasd_jsonw_str(w, s->chain[i]);
	rasd_jsonw_arr_end(w);
	if (s->end > s->start) {
		RASD_JSONW_KEY(w, "span");
		rasd_jsonw_span(w, s->start, s->end);
	}
	rasd_jsonw_obj_end(w);
}

static void place_json(struct rasd_jsonw *w, const struct rasd_doc *d,
		       const struct rasd_event *ev)
{
	const struct rasd_lexicon *lx = d->engine->lx;
	const struct rasd_place *p, *a1 = NULL, *a2 = NULL, *a3 = NULL, *pt;

	if (ev->place < 0) {
		rasd_jsonw_null(w);
		return;
	}
	p = rasdp_lex_place(lx, (size_t)ev->place);
	if (p->admin1 >= 0)
		a1 = rasdp_lex_place(lx, (size_t)p->admin1);
	else if (p->kind == RASD_PLACE_GOVERNORATE)
		a1 = p;
	if (p->admin2 >= 0)
		a2 = rasdp_lex_place(lx, (size_t)p->admin2);
	if (p->admin3 >= 0)
		a3 = rasdp_lex_place(lx, (size_t)p->admin3);
	/* A place without a point of its own is shown at its subdistrict's or district's. */
	pt = p;
	if (pt->lat == 0 && pt->lon == 0 && a3 && (a3->lat != 0 || a3->lon != 0))
		pt = a3;
	else if (pt->lat == 0 && pt->lon == 0 && a2)
		pt = a2;
	rasd_jsonw_obj(w);
	RASD_JSONW_KEY(w, "id");
	rasd_jsonw_str(w, p->id);
	RASD_JSONW_KEY(w, "name");
	rasd_jsonw_str(w, p->name_en);
	RASD_JSONW_KEY(w, "name_ar");
	rasd_jsonw_str(w, p->name_ar);
	RASD_JSONW_KEY(w, "kind");
	rasd_jsonw_str(w, rasdp_place_kind_name(p->kind));
	RASD_JSONW_KEY(w, "admin1");
	rasd_jsonw_str(w, a1 ? a1->name_en : NULL);
	RASD_JSONW_KEY(w, "admin1_id");
	rasd_jsonw_str(w, a1 ? a1->id : NULL);
	RASD_JSONW_KEY(w, "admin2");
	rasd_jsonw_str(w, a2 ? a2->name_en : NULL);
	RASD_JSONW_KEY(w, "admin2_id");
	rasd_jsonw_str(w, a2 ? a2->id : NULL);
	RASD_JSONW_KEY(w, "admin3");
	rasd_jsonw_str(w, a3 ? a3->name_en : NULL);
	RASD_JSONW_KEY(w, "admin3_id");
	rasd_jsonw_str(w, a3 ? a3->id : NULL);
	RASD_JSONW_KEY(w, "pcode");
	rasd_jsonw_str(w, *p->pcode ? p->pcode : NULL);
	RASD_JSONW_KEY(w, "admin1_pcode");
	rasd_jsonw_str(w, a1 && *a1->pcode ? a1->pcode : NULL);
	RASD_JSONW_KEY(w, "admin2_pcode");
	rasd_jsonw_str(w, a2 && *a2->pcode ? a2->pcode : NULL);
	RASD_JSONW_KEY(w, "admin3_pcode");
	rasd_jsonw_str(w, a3 && *a3->pcode ? a3->pcode : NULL);
	RASD_JSONW_KEY(w, "country");
	rasd_jsonw_str(w, p->country);
	RASD_JSONW_KEY(w, "lat");
	rasd_jsonw_num(w, pt->lat);
	RASD_JSONW_KEY(w, "lon");
	rasd_jsonw_num(w, pt->lon);
	RASD_JSONW_KEY(w, "geo_precision");
	/* At a containing unit's point, the place is only near it (ACLED 2). */
	rasd_jsonw_int(w, pt != p && ev->geo_precision < 2 ? 2 : ev->geo_precision);
	RASD_JSONW_KEY(w, "span");
	rasd_jsonw_span(w, ev->place_start, ev->place_end);
	rasd_jsonw_obj_end(w);
}

/* One figure of an event: a claim, or a vague figure (same fields). */
static void claim_json(struct rasd_jsonw *w, const struct rasd_doc *d,
		       const struct rasd_claim *c)
{
	const struct rasd_lexicon *lx = d->engine->lx;

	rasd_jsonw_obj(w);
	RASD_JSONW_KEY(w, "kind");
	rasd_jsonw_str(w, rasdp_casualty_name(c->kind));
	RASD_JSONW_KEY(w, "value");
	rasd_jsonw_int(w, c->value);
	RASD_JSONW_KEY(w, "value_hi");
	rasd_jsonw_int(w, c->value_hi);
	RASD_JSONW_KEY(w, "qualifier");
	rasd_jsonw_str(w, rasdp_qualifier_name(c->qualifier));
	RASD_JSONW_KEY(w, "who");
	rasd_jsonw_str(w, c->who);
	RASD_JSONW_KEY(w, "who_actor");
	rasd_jsonw_str(w, c->who_actor >= 0 ? rasdp_lex_actor(lx, (size_t)c->who_actor)->id : NULL);
	RASD_JSONW_KEY(w, "denied");
	rasd_jsonw_bool(w, c->denied);
	if (c->subset) {
		RASD_JSONW_KEY(w, "subset");
		rasd_jsonw_bool(w, 1);
	}
	if (c->revision) {
		RASD_JSONW_KEY(w, "revision");
		rasd_jsonw_str(w, c->revision == RASD_REV_EARLIER ? "earlier"
				  : c->revision == RASD_REV_APART ? "apart" : "later");
	}
	RASD_JSONW_KEY(w, "source");
	source_json(w, d, &c->src);
	RASD_JSONW_KEY(w, "text");
	text_of(w, d, c->start, c->end);
	RASD_JSONW_KEY(w, "span");
	rasd_jsonw_span(w, c->start, c->end);
	RASD_JSONW_KEY(w, "sentence");
	sentence_span(w, d, c->sent);
	rasd_jsonw_obj_end(w);
}

static void event_json(struct rasd_jsonw *w, const struct rasd_doc *d,
		       const struct rasd_event *ev, size_t n)
{
	const struct rasd_lexicon *lx = d->engine->lx;
	size_t i;

	rasd_jsonw_obj(w);
	RASD_JSONW_KEY(w, "n");
	rasd_jsonw_int(w, (int64_t)n);
	/* the first event is the one the report leads with; past ones come last */
	RASD_JSONW_KEY(w, "role");
	rasd_jsonw_str(w, ev->background ? "background" : n == 0 ? "main" : "secondary");
	RASD_JSONW_KEY(w, "event_type");
	rasd_jsonw_str(w, ev->event_type);
	RASD_JSONW_KEY(w, "sub_event_type");
	rasd_jsonw_str(w, ev->sub_type);
	RASD_JSONW_KEY(w, "date");
	ymd(w, &ev->date);
	RASD_JSONW_KEY(w, "date_last");
	ymd(w, &ev->last);
	RASD_JSONW_KEY(w, "date_precision");
	rasd_jsonw_str(w, ev->date.y ? rasdp_precision_name(ev->precision) : NULL);
	RASD_JSONW_KEY(w, "date_text");
	if (ev->date_idx >= 0 && (size_t)ev->date_idx < d->ndates)
		text_of(w, d, d->dates[ev->date_idx].start, d->dates[ev->date_idx].end);
	else
		rasd_jsonw_null(w);
	RASD_JSONW_KEY(w, "place");
	place_json(w, d, ev);

	RASD_JSONW_KEY(w, "actors");
	rasd_jsonw_arr(w);
	for (i = 0; i < ev->nactors; i++) {
		const struct rasd_actor *a = rasdp_lex_actor(lx, (size_t)ev->actors[i].actor);
		static const char *roles[] = { "other", "actor1", "actor2", "other" };

		rasd_jsonw_obj(w);
		RASD_JSONW_KEY(w, "id");
		rasd_jsonw_str(w, a->id);
		RASD_JSONW_KEY(w, "name");
		rasd_jsonw_str(w, a->name_en);
		RASD_JSONW_KEY(w, "inter");
		rasd_jsonw_int(w, a->inter);
		RASD_JSONW_KEY(w, "role");
		rasd_jsonw_str(w, roles[ev->actors[i].role & 3]);
		RASD_JSONW_KEY(w, "span");
		rasd_jsonw_span(w, ev->actors[i].start, ev->actors[i].end);
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_arr_end(w);

	RASD_JSONW_KEY(w, "claims");
	rasd_jsonw_arr(w);
	for (i = 0; i < ev->nclaims; i++)
		claim_json(w, d, &ev->claims[i]);
	rasd_jsonw_arr_end(w);

	/* Vague amounts: no claims (gold/GUIDE.md), shown with ACLED's value. */
	RASD_JSONW_KEY(w, "vague_figures");
	rasd_jsonw_arr(w);
	for (i = 0; i < ev->nvague; i++)
		claim_json(w, d, &ev->vague[i]);
	rasd_jsonw_arr_end(w);

	RASD_JSONW_KEY(w, "participants");
	rasd_jsonw_arr(w);
	for (i = 0; i < ev->nparts; i++) {
		const struct rasd_participant *p = &ev->parts[i];
		const struct rasd_actor *a = rasdp_lex_actor(lx, (size_t)p->actor);

		rasd_jsonw_obj(w);
		RASD_JSONW_KEY(w, "actor");
		rasd_jsonw_str(w, a->id);
		RASD_JSONW_KEY(w, "name");
		rasd_jsonw_str(w, a->name_en);
		RASD_JSONW_KEY(w, "denied");
		rasd_jsonw_bool(w, p->denied);
		if (p->limited) {
			RASD_JSONW_KEY(w, "limited");
			rasd_jsonw_bool(w, 1);
		}
		RASD_JSONW_KEY(w, "source");
		source_json(w, d, &p->src);
		RASD_JSONW_KEY(w, "span");
		rasd_jsonw_span(w, p->start, p->end);
		RASD_JSONW_KEY(w, "sentence");
		sentence_span(w, d, p->sent);
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_arr_end(w);

	RASD_JSONW_KEY(w, "evidence");
	rasd_jsonw_arr(w);
	for (i = 0; i < ev->nevidence; i++)
		sentence_span(w, d, ev->evidence[i]);
	rasd_jsonw_arr_end(w);
	rasd_jsonw_obj_end(w);
}

static void mentions_json(struct rasd_jsonw *w, const struct rasd_doc *d)
{
	const struct rasd_lexicon *lx = d->engine ? d->engine->lx : NULL;
	size_t i;

	rasd_jsonw_obj(w);
	RASD_JSONW_KEY(w, "numbers");
	rasd_jsonw_arr(w);
	for (i = 0; i < d->nnums; i++) {
		const struct rasd_number *n = &d->nums[i];

		rasd_jsonw_obj(w);
		RASD_JSONW_KEY(w, "value");
		rasd_jsonw_int(w, n->value);
		RASD_JSONW_KEY(w, "value_hi");
		rasd_jsonw_int(w, n->value_hi);
		RASD_JSONW_KEY(w, "qualifier");
		rasd_jsonw_str(w, rasdp_qualifier_name(n->qualifier));
		RASD_JSONW_KEY(w, "words");
		rasd_jsonw_bool(w, n->words);
		RASD_JSONW_KEY(w, "vague");
		rasd_jsonw_bool(w, n->qualifier == RASD_Q_VAGUE);
		RASD_JSONW_KEY(w, "ordinal");
		rasd_jsonw_bool(w, n->ordinal);
		RASD_JSONW_KEY(w, "in_date");
		rasd_jsonw_bool(w, n->in_date);
		RASD_JSONW_KEY(w, "span");
		rasd_jsonw_span(w, n->start, n->end);
		RASD_JSONW_KEY(w, "text");
		text_of(w, d, n->start, n->end);
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_arr_end(w);
	RASD_JSONW_KEY(w, "dates");
	rasd_jsonw_arr(w);
	for (i = 0; i < d->ndates; i++) {
		const struct rasd_date *t = &d->dates[i];

		rasd_jsonw_obj(w);
		RASD_JSONW_KEY(w, "date");
		ymd(w, &t->date);
		RASD_JSONW_KEY(w, "last");
		ymd(w, &t->last);
		RASD_JSONW_KEY(w, "precision");
		rasd_jsonw_str(w, rasdp_precision_name(t->precision));
		RASD_JSONW_KEY(w, "relative");
		rasd_jsonw_bool(w, t->relative);
		RASD_JSONW_KEY(w, "span");
		rasd_jsonw_span(w, t->start, t->end);
		RASD_JSONW_KEY(w, "text");
		text_of(w, d, t->start, t->end);
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_arr_end(w);
	RASD_JSONW_KEY(w, "matches");
	rasd_jsonw_arr(w);
	for (i = 0; lx && i < d->nmatches; i++) {
		const struct rasd_match *m = &d->matches[i];
		static const char *kinds[] = { "place", "actor", "source", "trigger",
					       "casualty", "speech", "negation", "group" };
		const char *id = NULL;
		uint32_t s, e;

		if (m->tok_end <= m->tok_start || m->tok_end > d->ntoks)
			continue;
		s = d->toks[m->tok_start].start;
		e = d->toks[m->tok_end - 1].end;
		if (m->kind == RASD_LEX_PLACE)
			id = rasdp_lex_place(lx, m->entry)->id;
		else if (m->kind == RASD_LEX_ACTOR)
			id = rasdp_lex_actor(lx, m->entry)->id;
		else if (m->kind == RASD_LEX_SOURCE)
			id = rasdp_lex_source(lx, m->entry)->id;
		else if (m->kind == RASD_LEX_TRIGGER)
			id = rasdp_lex_trigger(lx, m->entry)->sub_type;
		else if (m->kind == RASD_LEX_CASUALTY)
			id = rasdp_casualty_name(rasdp_lex_casualty(lx, m->entry)->kind);
		else if (m->kind == RASD_LEX_GROUP)
			id = rasdp_lex_group(lx, m->entry)->id;
		rasd_jsonw_obj(w);
		RASD_JSONW_KEY(w, "kind");
		rasd_jsonw_str(w, m->kind < 8 ? kinds[m->kind] : "other");
		RASD_JSONW_KEY(w, "id");
		rasd_jsonw_str(w, id);
		RASD_JSONW_KEY(w, "span");
		rasd_jsonw_span(w, s, e);
		RASD_JSONW_KEY(w, "text");
		text_of(w, d, s, e);
		rasd_jsonw_obj_end(w);
	}
	rasd_jsonw_arr_end(w);
	rasd_jsonw_obj_end(w);
}

int rasd_doc_to_json(const rasd_doc *d, unsigned flags, char **out, size_t *out_len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	struct rasd_jsonw w;
	static const char *langs[] = { NULL, "ar", "en" };
	char pub[16];
	size_t i;

	rasd_jsonw_init(&w, &b);
	rasd_jsonw_obj(&w);
	RASD_JSONW_KEY(&w, "id");
	rasd_jsonw_str(&w, d->id);
	RASD_JSONW_KEY(&w, "hash");
	rasd_jsonw_str(&w, d->hash);
	RASD_JSONW_KEY(&w, "outlet");
	rasd_jsonw_str(&w, d->outlet);
	RASD_JSONW_KEY(&w, "url");
	rasd_jsonw_str(&w, d->url);
	RASD_JSONW_KEY(&w, "title");
	rasd_jsonw_str(&w, d->title);
	RASD_JSONW_KEY(&w, "lang");
	rasd_jsonw_str(&w, langs[d->lang <= RASD_LANG_EN ? d->lang : 0]);
	RASD_JSONW_KEY(&w, "published");
	if (d->published.y) {
		snprintf(pub, sizeof(pub), "%04d-%02d-%02d", d->published.y,
			 d->published.m, d->published.d);
		rasd_jsonw_str(&w, pub);
	} else {
		rasd_jsonw_null(&w);
	}
	RASD_JSONW_KEY(&w, "published_from");
	if (d->published.y)
		rasd_jsonw_str(&w, d->published_from == RASD_PUB_TEXT ? "text" : "metadata");
	else
		rasd_jsonw_null(&w);
	RASD_JSONW_KEY(&w, "events");
	rasd_jsonw_arr(&w);
	for (i = 0; d->engine && i < d->nevents; i++)
		event_json(&w, d, &d->events[i], i);
	rasd_jsonw_arr_end(&w);
	if (flags & RASD_EXTRACT_MENTIONS) {
		RASD_JSONW_KEY(&w, "mentions");
		mentions_json(&w, d);
	}
	rasd_jsonw_obj_end(&w);
	if (w.err) {
		rasd_buf_release(&b);
		return w.err;
	}
	*out = rasd_buf_detach(&b, out_len);
	return *out ? RASD_OK : RASD_ENOMEM;
}
