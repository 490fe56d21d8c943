/*
 * brief.c - the fact-check brief of one incident (brief.h).
 *
 * The brief is built from three things: the incident as reconciled and
 * stored (its accounts of every figure, participation, disputes and
 * fatalities), the member reports' extractions (spans of each claim and
 * participation, dates, places and types as each report gives them), and
 * the reports' texts, from which every claim is quoted: the sentence the
 * extraction took it from, trimmed around the figure when long.  A
 * syndicated copy is not quoted again: it is named under the original
 * ("also in: ...").
 *
 * Sections, in order: title and byline; a one-line summary; where the
 * sources contradict each other (one line per dispute, from the disputes'
 * claims, so the Arabic brief writes them in Arabic); fatalities low,
 * best and high from each source's latest total; each figure by source
 * (latest total, earlier figures, breakdown) and each actor's
 * participation by source, with quotes (a sentence several claims come
 * from is quoted once, with all of them); where the reports agree (date,
 * place, type), and where they differ without a dispute; the reports.
 * Markdown and HTML come from the same calls of a small writer (struct
 * bw), so they always say the same thing.
 *
 * The files: brief_quote.c (dates, figures and quotes), brief_accounts.c
 * and brief_agreed.c (the sections) and this one (the reports read, the
 * title and summary, the whole brief, finding an incident); brief_int.h
 * is what they share, the writer among it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "doc.h"
#include "io/brief.h"
#include "io/brief_int.h"
#include "io/extraction.h"
#include "io/outdata.h"
#include "store/store.h"

#include "base/banned.h"

/* ---- the whole brief ---------------------------------------------------- */

static void load_docs(struct ctx *c, struct rasd_store *s)
{
	json_object *docs = rasdp_json_arr(c->inc, "documents"), *dups = rasdp_json_arr(c->inc, "duplicates");
	size_t i, j;

	for (i = 0; i < rasdp_json_len(docs) && c->ndocs < MAX_DOCS; i++) {
		struct bdoc *d = &c->docs[c->ndocs];
		const char *id = json_object_get_string(rasdp_json_at(docs, i));

		memset(d, 0, sizeof(*d));
		d->copy_of = -1;
		if (!id || rasdp_store_get(s, id, &d->doc, NULL))
			continue;
		d->have_x = d->doc.json && !rasdp_extraction_parse(&d->x, d->doc.json, strlen(d->doc.json), NULL);
		c->ndocs++;
	}
	for (j = 0; j < rasdp_json_len(dups); j++) {
		json_object *p = rasdp_json_at(dups, j);
		struct bdoc *copy = rasdp_brief_find_doc(c, json_object_get_string(rasdp_json_at(p, 0)));
		struct bdoc *orig = rasdp_brief_find_doc(c, json_object_get_string(rasdp_json_at(p, 1)));

		if (copy && orig && copy != orig)
			copy->copy_of = (int)(orig - c->docs);
	}
}

/* What the sources dispute ("the death toll", "whether Russian forces took part"), once each. */
static size_t dispute_items(struct ctx *c, char **items, size_t max)
{
	struct bw *w = &c->w;
	json_object *ds = rasdp_json_arr(c->inc, "disputes");
	size_t n = 0, i, j;

	for (i = 0; i < rasdp_json_len(ds) && n < max; i++) {
		json_object *dp = rasdp_json_at(ds, i), *cl = rasdp_json_arr(dp, "claims");
		const char *attr = rasdp_json_str(dp, "attribute");
		char key[64], *it;

		if (!attr)
			continue;
		if (!strcmp(attr, "participation")) {
			const char *actor = rasdp_json_str(rasdp_json_at(cl, 0), "actor");
			int denied = 0;

			for (j = 0; j < rasdp_json_len(cl); j++) {
				json_object *b = rasdp_json_get(rasdp_json_at(cl, j), "denied");

				if (b && json_object_get_boolean(b))
					denied = 1;
			}
			it = phrase(w, denied ? "dispute.participation" : "dispute.limited",
				    (const char *[]){ "actor", rasdp_brief_actor_label(c, actor, NULL), NULL });
		} else {
			snprintf(key, sizeof(key), "dispute.%s", attr);
			it = strdup(P(w, key));
		}
		if (!it)
			continue;
		for (j = 0; j < n && strcmp(items[j], it); j++)
			;
		if (j < n)
			free(it);
		else
			items[n++] = it;
	}
	return n;
}

static void title_and_summary(struct ctx *c, const struct rasdp_brief_opts *o)
{
	struct bw *w = &c->w;
	json_object *pl = rasdp_json_obj(c->inc, "place");
	const char *type = rasdp_json_str(c->inc, "event_type"), *sub = rasdp_json_str(c->inc, "sub_event_type");
	const char *place = pl ? (!strcmp(w->lang, "ar") && rasdp_json_str(pl, "name_ar") ?
				  rasdp_json_str(pl, "name_ar") : rasdp_json_str(pl, "name")) : NULL;
	struct rasd_buf when = RASD_BUF_INIT, today = RASD_BUF_INIT, toll = RASD_BUF_INIT,
		disp = RASD_BUF_INIT;
	json_object *f = rasdp_json_obj(c->inc, "fatalities"), *ds = rasdp_json_arr(c->inc, "disputes");
	char key[96], nrep[16], nout[16], day[16];
	const char *event;
	char *title, *byline, *summary;
	size_t i, j, nouts = 0;
	const char *outs[MAX_DOCS];

	snprintf(key, sizeof(key), "etype.%s", sub ? sub : type ? type : "unknown");
	event = P(w, key);
	rasdp_brief_date_words(w, rasdp_json_str(c->inc, "date"), &when);
	if (!o->today) {
		time_t now = time(NULL);
		struct tm tm;

		gmtime_r(&now, &tm);
		snprintf(day, sizeof(day), "%04d-%02d-%02d", (tm.tm_year + 1900) % 10000,
			 (tm.tm_mon + 1) % 100, tm.tm_mday % 100);
	} else {
		snprintf(day, sizeof(day), "%s", o->today);
	}
	rasdp_brief_date_words(w, day, &today);
	for (i = 0; i < c->ndocs; i++) {
		const char *on = rasdp_brief_outlet_name(c, &c->docs[i]);

		for (j = 0; j < nouts && strcmp(outs[j], on); j++)
			;
		if (j == nouts)
			outs[nouts++] = on;
	}
	snprintf(nrep, sizeof(nrep), "%zu", c->ndocs);
	snprintf(nout, sizeof(nout), "%zu", nouts);
	title = phrase(w, "brief.title", (const char *[]){ "event", event, "place", place ? place : "?",
							  "date", when.buf, NULL });
	byline = phrase(w, "brief.byline", (const char *[]){ "id", rasdp_json_str(c->inc, "id") ?
							    rasdp_json_str(c->inc, "id") : "", "reports", nrep,
							    "outlets", nout, "today", today.buf, NULL });
	if (w->html) {
		rasd_buf_addf(w->b, "<!doctype html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
			      !strcmp(w->lang, "ar") ? "ar" : "en", !strcmp(w->lang, "ar") ? "rtl" : "ltr");
		text(w, title);
		rasd_buf_adds(w->b, "</title>\n<style>body{font:16px/1.6 system-ui,\"Noto Naskh Arabic\",sans-serif;"
			      "max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2430}"
			      "blockquote{margin:.8rem 0;padding:.4rem .9rem;border-inline-start:4px solid #d9dee6;"
			      "background:#f6f7f9}blockquote footer{font-size:.85rem;color:#5b6575}"
			      "h1{font-size:1.5rem}h4{margin-bottom:.3rem}</style>\n</head>\n<body>\n<article>\n");
	}
	heading(w, 1, title);
	para_start(w);
	emph_start(w);
	text(w, byline);
	emph_end(w);
	para_end(w);
	/* the summary: when, what, where, the toll, what is disputed */
	if (f) {
		double lo = 0, hi = 0;
		char l[32], h[32];

		rasdp_json_num(f, "low", &lo);
		rasdp_json_num(f, "high", &hi);
		snprintf(l, sizeof(l), "%lld", (long long)lo);
		snprintf(h, sizeof(h), "%lld", (long long)hi);
		rasdp_outdata_fmt(&toll, P(w, lo == hi ? "brief.toll_one" : "brief.toll"),
				  (const char *[]){ "low", l, "high", h, "n", l, NULL });
	}
	if (rasdp_json_len(ds)) {
		struct rasd_buf what = RASD_BUF_INIT;
		char *items[16];
		size_t n = dispute_items(c, items, 16), k;

		for (k = 0; k < n; k++) {
			if (!k) {
				rasd_buf_adds(&what, items[k]);
			} else {
				struct rasd_buf acc = RASD_BUF_INIT;

				rasdp_outdata_fmt(&acc, P(w, k + 1 == n ? "list.two" : "list.more"),
						  (const char *[]){ "a", what.buf, "b", items[k], NULL });
				rasd_buf_reset(&what);
				rasd_buf_add(&what, acc.buf, acc.len);
				rasd_buf_release(&acc);
			}
			free(items[k]);
		}
		rasdp_outdata_fmt(&disp, P(w, "brief.disputes"), (const char *[]){ "what", what.buf, NULL });
		rasd_buf_release(&what);
	}
	summary = phrase(w, "brief.summary_line", (const char *[]){ "when", when.buf, "event", event,
								   "place", place ? place : "?", "toll", toll.buf,
								   "disputes", disp.buf, NULL });
	para_start(w);
	strong(w, P(w, "brief.summary"));
	rasd_buf_adds(w->b, ": ");
	text(w, summary);
	para_end(w);
	free(title);
	free(byline);
	free(summary);
	rasd_buf_release(&when);
	rasd_buf_release(&today);
	rasd_buf_release(&toll);
	rasd_buf_release(&disp);
}

int rasdp_brief_write(struct rasd_store *s, const struct rasdp_outdata *d,
		      const char *incident_json, const struct rasdp_brief_opts *o,
		      struct rasd_buf *out, rasd_err *err)
{
	struct rasdp_brief_opts dflt = { NULL, 0, NULL };
	struct ctx *c = calloc(1, sizeof(*c));
	size_t i;
	int rc;

	if (!o)
		o = &dflt;
	if (!c)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	if (rasdp_json_parse(incident_json, strlen(incident_json), &c->inc, err) ||
	    !rasdp_json_str(c->inc, "id")) {
		json_object_put(c->inc);
		free(c);
		return rasdp_err(err, RASD_EPARSE, -1, 0, "not an incident");
	}
	c->w.b = out;
	c->w.html = o->html;
	c->w.lang = o->lang && !strcmp(o->lang, "ar") ? "ar" : "en";
	c->w.d = d;
	load_docs(c, s);
	title_and_summary(c, o);
	rasdp_brief_section_contradictions(c);
	rasdp_brief_section_fatalities(c);
	heading(&c->w, 2, P(&c->w, "brief.accounts"));
	rasdp_brief_section_figures(c);
	rasdp_brief_section_participation(c);
	rasdp_brief_section_agreed(c);
	rasdp_brief_section_reports(c);
	if (c->w.html)
		rasd_buf_adds(out, "</article>\n</body>\n</html>\n");
	for (i = 0; i < c->ndocs; i++) {
		rasdp_store_document_release(&c->docs[i].doc);
		if (c->docs[i].have_x)
			rasdp_extraction_release(&c->docs[i].x);
	}
	json_object_put(c->inc);
	free(c);
	rc = out->err;
	return rc ? rasdp_err(err, rc, -1, 0, "out of memory") : 0;
}

/* ---- finding an incident ---------------------------------------------- */

struct finding {
	const char *key;
	char doc[512];
	int n;                   /* -1: the report's first event */
	char *json;
	int best_n;
};

static int find_cb(void *ctx, const char *id, const char *json, const char *text)
{
	struct finding *f = ctx;
	json_object *inc, *evs;
	size_t i;

	(void)text;
	if (!strcmp(id, f->key)) {
		free(f->json);
		f->json = strdup(json);
		return f->json ? 1 : RASD_ENOMEM;
	}
	if (!f->doc[0] || !strstr(json, f->doc) || rasdp_json_parse(json, strlen(json), &inc, NULL))
		return 0;
	evs = rasdp_json_arr(inc, "events");
	for (i = 0; i < rasdp_json_len(evs); i++) {
		json_object *e = rasdp_json_at(evs, i);
		double n = -1;

		rasdp_json_num(e, "n", &n);
		if (!rasdp_json_str(e, "doc") || strcmp(rasdp_json_str(e, "doc"), f->doc))
			continue;
		if ((f->n >= 0 && (int)n == f->n) || (f->n < 0 && (f->best_n < 0 || (int)n < f->best_n))) {
			free(f->json);
			f->json = strdup(json);
			f->best_n = (int)n;
		}
	}
	json_object_put(inc);
	return 0;
}

int rasdp_brief_find(struct rasd_store *s, const char *key, char **json, rasd_err *err)
{
	struct rasd_store_filter flt;
	struct finding f;
	const char *hash = strrchr(key, '#');
	int rc;

	memset(&f, 0, sizeof(f));
	f.key = key;
	f.n = -1;
	f.best_n = -1;
	if (strncmp(key, "inc-", 4)) {
		size_t n = hash ? (size_t)(hash - key) : strlen(key);

		snprintf(f.doc, sizeof(f.doc), "%.*s", (int)n, key);
		if (hash)
			f.n = atoi(hash + 1);
	}
	memset(&flt, 0, sizeof(flt));
	rc = rasdp_store_incidents(s, &flt, find_cb, &f, err);
	if (rc < 0) {
		free(f.json);
		return rc;
	}
	if (!f.json)
		return rasdp_err(err, RASD_ENOTFOUND, -1, 0, "no incident '%s' in the store", key);
	*json = f.json;
	return 0;
}
