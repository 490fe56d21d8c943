/*
 * brief_accounts.c - the sections of a brief that set the sources'
 * accounts side by side: where they contradict each other (one line per
 * dispute), fatalities low, best and high, each figure by source (latest
 * total, earlier figures, breakdown) and each actor's participation by
 * source, all with quotes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "base/jsonr.h"
#include "doc.h"
#include "io/brief_int.h"

#include "base/banned.h"

/* ---- sections --------------------------------------------------------- */

static const char *kind_key(const char *kind, char *buf, size_t n)
{
	snprintf(buf, n, "kind.%s", kind);
	return buf;
}

/* `one` after `out` set against it ("A against B"), or as `out` when `first`. */
static void set_against(struct bw *w, struct rasd_buf *out, int first, const struct rasd_buf *one)
{
	struct rasd_buf acc = RASD_BUF_INIT;

	if (first) {
		rasd_buf_add(out, one->buf, one->len);
		return;
	}
	rasdp_outdata_fmt(&acc, P(w, "brief.vs"), (const char *[]){ "a", out->buf, "b", one->buf, NULL });
	rasd_buf_reset(out);
	rasd_buf_add(out, acc.buf, acc.len);
	rasd_buf_release(&acc);
}

/* "20 (Reuters, TASS) against about 10 (local sources)" from a dispute's claims. */
static void dispute_figures(struct ctx *c, json_object *dp, struct rasd_buf *out)
{
	struct bw *w = &c->w;
	json_object *cl = rasdp_json_arr(dp, "claims");
	struct { json_object *first; struct rasd_buf src; } side[8];
	size_t ns = 0, i, j;

	for (i = 0; i < rasdp_json_len(cl); i++) {
		json_object *x = rasdp_json_at(cl, i);
		const char *src = rasdp_json_str(x, "source");
		double v = 0, v2 = 0;

		rasdp_json_num(x, "value", &v);
		for (j = 0; j < ns; j++) {
			rasdp_json_num(side[j].first, "value", &v2);
			if (v2 == v && !strcmp(rasdp_json_str(side[j].first, "qualifier") ?
					       rasdp_json_str(side[j].first, "qualifier") : "",
					       rasdp_json_str(x, "qualifier") ? rasdp_json_str(x, "qualifier") : ""))
				break;
		}
		if (j == ns) {
			if (ns == 8)
				continue;
			side[ns].first = x;
			rasd_buf_init(&side[ns].src, 0);
			ns++;
		}
		if (src && !strstr(side[j].src.buf, src))
			rasd_buf_addf(&side[j].src, "%s%s", side[j].src.len ? ", " : "", src);
	}
	for (i = 0; i < ns; i++) {
		struct rasd_buf one = RASD_BUF_INIT, fig = RASD_BUF_INIT;
		json_object *den = rasdp_json_get(side[i].first, "denied");

		if (den && json_object_get_boolean(den)) {
			struct rasd_buf f2 = RASD_BUF_INIT;

			rasdp_brief_figure(w, side[i].first, 0, &f2);
			rasdp_outdata_fmt(&fig, P(w, "brief.denies"), (const char *[]){ "figure", f2.buf, NULL });
			rasd_buf_release(&f2);
		} else {
			rasdp_brief_figure(w, side[i].first, 0, &fig);
		}
		rasdp_outdata_fmt(&one, P(w, "brief.values"),
				  (const char *[]){ "value", fig.buf, "sources", side[i].src.buf, NULL });
		set_against(w, out, !i, &one);
		rasd_buf_release(&one);
		rasd_buf_release(&fig);
		rasd_buf_release(&side[i].src);
	}
}

const char *rasdp_brief_actor_label(struct ctx *c, const char *id, const char *fallback)
{
	const char *l = id ? rasdp_outdata_actor_label(c->w.d, id, c->w.lang) : NULL;

	return l ? l : fallback ? fallback : id ? id : "";
}

/* "took part (TASS) against did not take part (local sources)" for an actor. */
static void participation_line(struct ctx *c, json_object *row, struct rasd_buf *out)
{
	static const char *const keys[3][2] = {
		{ "asserted_by", "part.asserted" }, { "denied_by", "part.denied" },
		{ "limited_by", "part.limited" },
	};
	struct bw *w = &c->w;
	size_t k, i;

	for (k = 0; k < 3; k++) {
		json_object *a = rasdp_json_arr(row, keys[k][0]);
		struct rasd_buf src = RASD_BUF_INIT, one = RASD_BUF_INIT;

		if (!rasdp_json_len(a))
			continue;
		for (i = 0; i < rasdp_json_len(a); i++)
			rasd_buf_addf(&src, "%s%s", i ? ", " : "", json_object_get_string(rasdp_json_at(a, i)));
		rasdp_outdata_fmt(&one, P(w, "brief.values"),
				  (const char *[]){ "value", P(w, keys[k][1]), "sources", src.buf, NULL });
		set_against(w, out, !out->len, &one);
		rasd_buf_release(&src);
		rasd_buf_release(&one);
	}
}

static json_object *participation_row(struct ctx *c, const char *actor)
{
	json_object *parts = rasdp_json_arr(c->inc, "participation");
	size_t i;

	for (i = 0; actor && i < rasdp_json_len(parts); i++)
		if (!strcmp(rasdp_json_str(rasdp_json_at(parts, i), "actor") ?
			    rasdp_json_str(rasdp_json_at(parts, i), "actor") : "", actor))
			return rasdp_json_at(parts, i);
	return NULL;
}

void rasdp_brief_section_contradictions(struct ctx *c)
{
	struct bw *w = &c->w;
	json_object *ds = rasdp_json_arr(c->inc, "disputes");
	size_t i, k = 0;
	char key[48];

	heading(w, 2, P(w, "brief.contradictions"));
	if (!rasdp_json_len(ds)) {
		para_start(w);
		text(w, P(w, "brief.no_contradiction"));
		para_end(w);
		return;
	}
	list_start(w, 1);
	for (i = 0; i < rasdp_json_len(ds); i++) {
		json_object *dp = rasdp_json_at(ds, i);
		const char *attr = rasdp_json_str(dp, "attribute");
		struct rasd_buf line = RASD_BUF_INIT;
		char *label;

		if (!attr)
			continue;
		if (!strcmp(attr, "participation")) {
			const char *actor = rasdp_json_str(rasdp_json_at(rasdp_json_arr(dp, "claims"), 0), "actor");
			json_object *row = participation_row(c, actor);

			label = phrase(w, "attr.participation",
				       (const char *[]){ "actor",
							 rasdp_brief_actor_label(c, actor,
										 rasdp_json_str(row, "name")),
							 NULL });
			participation_line(c, row, &line);
		} else if (!strcmp(attr, "date") || !strcmp(attr, "location") || !strcmp(attr, "perpetrator")) {
			label = strdup(P(w, !strcmp(attr, "date") ? "attr.date" :
					 !strcmp(attr, "location") ? "attr.place" : "attr.perpetrator"));
			rasd_buf_adds(&line, rasdp_json_str(dp, "detail") ? rasdp_json_str(dp, "detail") : "");
		} else {
			label = strdup(P(w, kind_key(attr, key, sizeof(key))));
			dispute_figures(c, dp, &line);
		}
		item_start(w, 1, ++k);
		strong(w, label ? label : attr);
		rasd_buf_adds(w->b, ": ");
		text(w, line.buf);
		item_end(w);
		free(label);
		rasd_buf_release(&line);
	}
	list_end(w, 1);
}

void rasdp_brief_section_fatalities(struct ctx *c)
{
	struct bw *w = &c->w;
	json_object *f = rasdp_json_obj(c->inc, "fatalities");
	char lo[32], be[32], hi[32];
	double v;
	char *s;

	para_start(w);
	if (!f) {
		text(w, P(w, "brief.no_fatalities"));
		para_end(w);
		return;
	}
	rasdp_json_num(f, "low", &v);
	snprintf(lo, sizeof(lo), "%lld", (long long)v);
	rasdp_json_num(f, "best", &v);
	snprintf(be, sizeof(be), "%lld", (long long)v);
	rasdp_json_num(f, "high", &v);
	snprintf(hi, sizeof(hi), "%lld", (long long)v);
	s = phrase(w, "brief.fatalities", (const char *[]){ "low", lo, "best", be, "high", hi, NULL });
	strong(w, s);
	free(s);
	para_end(w);
}

/* One source's account of one kind: its latest total, earlier figures and breakdown, quoted. */
static void account(struct ctx *c, json_object *a)
{
	struct bw *w = &c->w;
	json_object *latest = rasdp_json_obj(a, "latest"), *hist = rasdp_json_arr(a, "history");
	json_object *parts = rasdp_json_arr(a, "breakdown"), *den = rasdp_json_arr(a, "denied");
	struct rasd_buf head = RASD_BUF_INIT, fig = RASD_BUF_INIT, list = RASD_BUF_INIT;
	json_object *dis = rasdp_json_get(a, "disputed"), *sup = rasdp_json_get(a, "superseded");
	size_t i;

	rasd_buf_adds(&head, rasdp_json_str(a, "source") ? rasdp_json_str(a, "source") : "?");
	if (latest) {
		rasdp_brief_figure(w, latest, 1, &fig);
		rasd_buf_addf(&head, " — %s", fig.buf);
	}
	if (dis && json_object_get_boolean(dis))
		rasd_buf_addf(&head, " (%s)", P(w, "brief.disputed"));
	heading(w, 4, head.buf);
	if (sup && json_object_get_boolean(sup)) {
		para_start(w);
		emph_start(w);
		text(w, P(w, "brief.superseded"));
		emph_end(w);
		para_end(w);
	}
	if (rasdp_json_len(hist) > 1) {
		char *s;

		for (i = 0; i + 1 < rasdp_json_len(hist); i++) {
			rasd_buf_reset(&fig);
			rasdp_brief_figure(w, rasdp_json_at(hist, i), 0, &fig);
			rasd_buf_addf(&list, "%s%s", i ? " → " : "", fig.buf);
		}
		s = phrase(w, "brief.history", (const char *[]){ "list", list.buf, NULL });
		para_start(w);
		text(w, s);
		para_end(w);
		free(s);
	}
	if (rasdp_json_len(parts)) {
		char *s;

		rasd_buf_reset(&list);
		for (i = 0; i < rasdp_json_len(parts); i++) {
			rasd_buf_reset(&fig);
			rasdp_brief_figure(w, rasdp_json_obj(rasdp_json_at(parts, i), "figure"), 1, &fig);
			rasd_buf_addf(&list, "%s%s", i ? ", " : "", fig.buf);
		}
		s = phrase(w, "brief.breakdown", (const char *[]){ "list", list.buf, NULL });
		para_start(w);
		text(w, s);
		para_end(w);
		free(s);
	}
	/* the quotes: latest first, then the earlier figures, breakdowns and denials */
	for (i = rasdp_json_len(hist); i-- > 0;) {
		rasd_buf_reset(&fig);
		rasdp_brief_figure(w, rasdp_json_at(hist, i), 1, &fig);
		rasdp_brief_quote_entry(c, rasdp_json_at(hist, i), fig.buf);
	}
	for (i = 0; i < rasdp_json_len(parts); i++) {
		json_object *p = rasdp_json_obj(rasdp_json_at(parts, i), "figure");

		rasd_buf_reset(&fig);
		rasdp_brief_figure(w, p, 1, &fig);
		rasdp_brief_quote_entry(c, p, fig.buf);
	}
	for (i = 0; i < rasdp_json_len(den); i++) {
		struct rasd_buf d2 = RASD_BUF_INIT;

		rasd_buf_reset(&fig);
		rasdp_brief_figure(w, rasdp_json_at(den, i), 1, &fig);
		rasdp_outdata_fmt(&d2, P(w, "brief.denies"), (const char *[]){ "figure", fig.buf, NULL });
		rasdp_brief_quote_entry(c, rasdp_json_at(den, i), d2.buf);
		rasd_buf_release(&d2);
	}
	rasdp_brief_quotes_flush(c);
	rasd_buf_release(&head);
	rasd_buf_release(&fig);
	rasd_buf_release(&list);
}

static int kind_disputed(struct ctx *c, const char *kind)
{
	json_object *ds = rasdp_json_arr(c->inc, "disputes");
	size_t i;

	for (i = 0; i < rasdp_json_len(ds); i++)
		if (!strcmp(rasdp_json_str(rasdp_json_at(ds, i), "attribute") ?
			    rasdp_json_str(rasdp_json_at(ds, i), "attribute") : "", kind))
			return 1;
	return 0;
}

void rasdp_brief_section_figures(struct ctx *c)
{
	struct bw *w = &c->w;
	json_object *acc = rasdp_json_obj(c->inc, "accounts");
	char key[48];

	json_object_object_foreach(acc, kind, arr) {
		struct rasd_buf h = RASD_BUF_INIT;
		size_t i;

		rasd_buf_adds(&h, P(w, kind_key(kind, key, sizeof(key))));
		if (kind_disputed(c, kind))
			rasd_buf_addf(&h, " — %s", P(w, "brief.disputed"));
		heading(w, 3, h.buf);
		rasd_buf_release(&h);
		for (i = 0; i < rasdp_json_len(arr); i++)
			account(c, rasdp_json_at(arr, i));
	}
}

/* Each actor's participation by source, quoted from the member events. */
void rasdp_brief_section_participation(struct ctx *c)
{
	struct bw *w = &c->w;
	json_object *parts = rasdp_json_arr(c->inc, "participation"), *evs = rasdp_json_arr(c->inc, "events");
	size_t i, j, k;

	for (i = 0; i < rasdp_json_len(parts); i++) {
		json_object *row = rasdp_json_at(parts, i);
		const char *actor = rasdp_json_str(row, "actor");
		struct rasd_buf h = RASD_BUF_INIT, line = RASD_BUF_INIT;
		char *label = phrase(w, "attr.participation",
				     (const char *[]){ "actor",
						       rasdp_brief_actor_label(c, actor,
									       rasdp_json_str(row, "name")),
						       NULL });
		int disputed = 0;
		json_object *ds = rasdp_json_arr(c->inc, "disputes");

		for (j = 0; j < rasdp_json_len(ds); j++)
			if (!strcmp(rasdp_json_str(rasdp_json_at(ds, j), "attribute") ?
				    rasdp_json_str(rasdp_json_at(ds, j), "attribute") : "", "participation") &&
			    !strcmp(rasdp_json_str(rasdp_json_at(rasdp_json_arr(rasdp_json_at(ds, j), "claims"), 0),
						   "actor") ? rasdp_json_str(rasdp_json_at(rasdp_json_arr(
						   rasdp_json_at(ds, j), "claims"), 0), "actor") : "", actor ? actor : ""))
				disputed = 1;
		rasd_buf_adds(&h, label);
		if (disputed)
			rasd_buf_addf(&h, " — %s", P(w, "brief.disputed"));
		heading(w, 3, h.buf);
		participation_line(c, row, &line);
		para_start(w);
		text(w, line.buf);
		para_end(w);
		/* the quotes, one per report and state (took part, did not, a limited part) */
		for (j = 0; j < rasdp_json_len(evs); j++) {
			json_object *e = rasdp_json_at(evs, j);
			struct bdoc *d = rasdp_brief_find_doc(c, rasdp_json_str(e, "doc"));
			const struct rasd_ex_event *ev;
			double n = 0;
			int said[3] = { 0, 0, 0 };

			rasdp_json_num(e, "n", &n);
			ev = rasdp_brief_doc_event(d, (int)n);
			if (!ev || d->copy_of >= 0)
				continue;
			for (k = 0; k < ev->nparts; k++) {
				const struct rasd_ex_part *p = &ev->parts[k];
				int st = p->denied ? 1 : p->limited ? 2 : 0;
				static const char *const keys[3] = { "part.asserted", "part.denied", "part.limited" };
				struct rasd_buf lead = RASD_BUF_INIT;
				char chain[256];

				if (!p->actor || !actor || strcmp(p->actor, actor) || said[st] > 2)
					continue;
				said[st]++;
				rasdp_brief_chain_of(&p->source, chain, sizeof(chain));
				rasdp_outdata_fmt(&lead, P(w, "brief.values"),
						  (const char *[]){ "value", P(w, keys[st]), "sources",
								    p->source.name ? p->source.name : rasdp_brief_outlet_name(c, d), NULL });
				rasdp_brief_quote(c, d, &p->sentence, &p->span, lead.buf, chain);
				rasd_buf_release(&lead);
			}
		}
		rasdp_brief_quotes_flush(c);
		free(label);
		rasd_buf_release(&h);
		rasd_buf_release(&line);
	}
}

/* A value of an attribute and the reports that give it. */
