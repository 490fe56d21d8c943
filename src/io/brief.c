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
 * place, type), and where they differ without a dispute; the reports.  Markdown and HTML come from the same calls of a small writer
 * (struct bw), so they always say the same thing.
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
#include "io/extraction.h"
#include "io/outdata.h"
#include "store/store.h"

#include "base/banned.h"

#define MAX_DOCS 64
#define QUOTE_MAX 360            /* bytes of a quote before it is cut around its figure */

struct bdoc {
	struct rasd_store_document doc;
	struct rasd_extraction x;
	int have_x;
	int copy_of;             /* index of the original among docs, or -1 */
};

/* The writer: Markdown or HTML. */
struct bw {
	struct rasd_buf *b;
	int html;
	const char *lang;
	const struct rasdp_outdata *d;
};

/*
 * Quotes of one section, held until the section ends so that a sentence
 * several claims come from is quoted once, with every claim it gives.
 */
#define MAX_QUOTES 48
struct pending {
	const struct bdoc *d;
	struct rasd_ex_span sent, at;
	int has_sent;
	char lead[512];
	char chain[256];
};

struct ctx {
	struct bw w;
	json_object *inc;
	struct bdoc docs[MAX_DOCS];
	size_t ndocs;
	struct pending q[MAX_QUOTES];
	size_t nq;
};

/* ---- writing ------------------------------------------------------------ */

static void textn(struct bw *w, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i]; i++) {
		char c = s[i];

		if (w->html) {
			if (c == '<')
				rasd_buf_adds(w->b, "&lt;");
			else if (c == '>')
				rasd_buf_adds(w->b, "&gt;");
			else if (c == '&')
				rasd_buf_adds(w->b, "&amp;");
			else if (c == '"')
				rasd_buf_adds(w->b, "&quot;");
			else
				rasd_buf_addch(w->b, c);
		} else {
			if (strchr("\\`*_[]<>#|", c))
				rasd_buf_addch(w->b, '\\');
			rasd_buf_addch(w->b, c == '\n' || c == '\r' ? ' ' : c);
		}
	}
}

static void text(struct bw *w, const char *s)
{
	if (s)
		textn(w, s, strlen(s));
}

static const char *P(struct bw *w, const char *key)
{
	return rasdp_outdata_phrase(w->d, key, w->lang);
}

/* A phrase filled in, into its own buffer (malloc'd string, "" on failure). */
static char *phrase(struct bw *w, const char *key, const char *const *kv)
{
	struct rasd_buf b = RASD_BUF_INIT;
	char *s;

	rasdp_outdata_fmt(&b, P(w, key), kv);
	s = b.err ? NULL : rasd_buf_detach(&b, NULL);
	rasd_buf_release(&b);
	return s ? s : strdup("");
}

static void heading(struct bw *w, int level, const char *s)
{
	if (w->html) {
		rasd_buf_addf(w->b, "<h%d>", level);
		text(w, s);
		rasd_buf_addf(w->b, "</h%d>\n", level);
	} else {
		rasd_buf_addf(w->b, "%.*s ", level, "######");
		text(w, s);
		rasd_buf_adds(w->b, "\n\n");
	}
}

static void para_start(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "<p>" : "");
}

static void para_end(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "</p>\n" : "\n\n");
}

static void strong(struct bw *w, const char *s)
{
	rasd_buf_adds(w->b, w->html ? "<strong>" : "**");
	text(w, s);
	rasd_buf_adds(w->b, w->html ? "</strong>" : "**");
}

static void emph_start(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "<em>" : "_");
}

static void emph_end(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "</em>" : "_");
}

static void link(struct bw *w, const char *label, const char *url)
{
	if (!url || (strncmp(url, "http://", 7) && strncmp(url, "https://", 8)))
		return;
	if (w->html) {
		rasd_buf_adds(w->b, "<a href=\"");
		text(w, url);
		rasd_buf_adds(w->b, "\" rel=\"noopener noreferrer\">");
		text(w, label);
		rasd_buf_adds(w->b, "</a>");
	} else {
		/* <url> keeps any character of the address literal */
		rasd_buf_addf(w->b, "[");
		text(w, label);
		rasd_buf_adds(w->b, "](<");
		for (; *url; url++)
			if (*url != '>' && *url != '\n')
				rasd_buf_addch(w->b, *url);
		rasd_buf_adds(w->b, ">)");
	}
}

static void list_start(struct bw *w, int ordered)
{
	if (w->html)
		rasd_buf_adds(w->b, ordered ? "<ol>\n" : "<ul>\n");
}

static void list_end(struct bw *w, int ordered)
{
	rasd_buf_adds(w->b, w->html ? (ordered ? "</ol>\n" : "</ul>\n") : "\n");
}

static void item_start(struct bw *w, int ordered, size_t k)
{
	if (w->html)
		rasd_buf_adds(w->b, "<li>");
	else if (ordered)
		rasd_buf_addf(w->b, "%zu. ", k);
	else
		rasd_buf_adds(w->b, "- ");
}

static void item_end(struct bw *w)
{
	rasd_buf_adds(w->b, w->html ? "</li>\n" : "\n");
}

/* ---- what is written -------------------------------------------------- */

static void date_words(struct bw *w, const char *ymd, struct rasd_buf *out)
{
	struct rasd_ymd y;
	char key[16], dd[8], yy[8];

	if (!ymd || rasdp_parse_ymd(ymd, &y) || !y.y || !y.m) {
		rasd_buf_adds(out, P(w, "date.unknown"));
		return;
	}
	snprintf(key, sizeof(key), "month.%d", y.m);
	snprintf(dd, sizeof(dd), "%d", y.d);
	snprintf(yy, sizeof(yy), "%d", y.y);
	rasdp_outdata_fmt(out, P(w, y.d ? "date.day" : "date.month"),
			  (const char *[]){ "d", dd, "month", P(w, key), "y", yy, NULL });
}

/* "about 10", "20 militants", "نحو 10 من العناصر" into out. */
static void figure(struct bw *w, json_object *f, int with_who, struct rasd_buf *out)
{
	const char *q = rasdp_json_str(f, "qualifier"), *who = rasdp_json_str(f, "who");
	struct rasd_buf fig = RASD_BUF_INIT, lab = RASD_BUF_INIT;
	char key[48], n[32], hi[32];
	double v = 0, vh;

	rasdp_json_num(f, "value", &v);
	vh = v;
	rasdp_json_num(f, "value_hi", &vh);
	snprintf(n, sizeof(n), "%lld", (long long)v);
	snprintf(hi, sizeof(hi), "%lld", (long long)vh);
	snprintf(key, sizeof(key), "qual.%s", q ? q : "exact");
	rasdp_outdata_fmt(&fig, P(w, key), (const char *[]){ "n", n, "hi", hi, NULL });
	if (with_who && who) {
		/* a subset's class is written "<who> among them" by the incident loader */
		size_t len = strlen(who);
		const char *tail = " among them";

		if (len >= strlen(tail) && !strcmp(who + len - strlen(tail), tail))
			len -= strlen(tail);
		else if (!strcmp(who, tail + 1))
			len = 0;
		if (len && len < 40) {
			char id[48];

			snprintf(id, sizeof(id), "group.%.*s", (int)len, who);
			rasd_buf_adds(&lab, strcmp(P(w, id), id) ? P(w, id) : id + 6);
		}
	}
	if (lab.len)
		rasdp_outdata_fmt(out, P(w, "fig.who"), (const char *[]){ "figure", fig.buf, "who", lab.buf, NULL });
	else
		rasd_buf_add(out, fig.buf, fig.len);
	rasd_buf_release(&fig);
	rasd_buf_release(&lab);
}

static struct bdoc *find_doc(struct ctx *c, const char *id)
{
	size_t i;

	for (i = 0; id && i < c->ndocs; i++)
		if (!strcmp(c->docs[i].doc.id, id))
			return &c->docs[i];
	return NULL;
}

static const struct rasd_ex_event *doc_event(const struct bdoc *d, int n)
{
	size_t i;

	if (!d || !d->have_x)
		return NULL;
	for (i = 0; i < d->x.nevents; i++)
		if ((int)d->x.events[i].n == n)
			return &d->x.events[i];
	return NULL;
}

static const char *outlet_name(struct ctx *c, const struct bdoc *d)
{
	const char *dom = d->doc.outlet ? d->doc.outlet : d->doc.id;
	const struct rasdp_outlet *o = rasdp_outdata_outlet(c->w.d, dom);

	return o ? o->name : dom;
}

/* Is byte i of s the start of a UTF-8 character? */
static int char_start(const char *s, size_t i)
{
	return ((unsigned char)s[i] & 0xC0) != 0x80;
}

/*
 * The quote: text[s, e) with its white space folded, cut to QUOTE_MAX
 * bytes around [fs, fe) (the figure or the actor) with "…" where cut.
 */
static void quote_text(struct bw *w, const char *t, size_t tlen, size_t s, size_t e,
		       size_t fs, size_t fe)
{
	size_t i, from, to;

	if (e > tlen)
		e = tlen;
	if (s >= e)
		return;
	while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\r' || t[s] == '\t'))
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\r' || t[e - 1] == '\t'))
		e--;
	from = s;
	to = e;
	if (e - s > QUOTE_MAX) {
		size_t mid = fs >= s && fe <= e && fe >= fs ? (fs + fe) / 2 : s + QUOTE_MAX / 2;

		from = mid > s + QUOTE_MAX / 2 ? mid - QUOTE_MAX / 2 : s;
		to = from + QUOTE_MAX < e ? from + QUOTE_MAX : e;
		while (from > s && !char_start(t, from))
			from--;
		while (to < e && !char_start(t, to))
			to++;
	}
	rasd_buf_adds(w->b, "«");
	if (from > s)
		rasd_buf_adds(w->b, "…");
	for (i = from; i < to;) {
		size_t j = i;

		while (j < to && t[j] != '\n' && t[j] != '\r')
			j++;
		textn(w, t + i, j - i);
		if (j < to)
			rasd_buf_addch(w->b, ' ');
		i = j + 1;
	}
	if (to < e)
		rasd_buf_adds(w->b, "…");
	rasd_buf_adds(w->b, "»");
}

/*
 * A quote of report `d` with its attribution: "— <lead> · outlet, date ·
 * link", and the copies that carry the same text.
 */
static void quote_now(struct ctx *c, const struct bdoc *d, const struct rasd_ex_span *sent,
		      const struct rasd_ex_span *at, const char *lead, const char *chain)
{
	struct bw *w = &c->w;
	struct rasd_buf when = RASD_BUF_INIT, copies = RASD_BUF_INIT;
	const char *lang = d->doc.lang ? d->doc.lang : "";
	size_t i;
	char *attrib;

	date_words(w, d->doc.published, &when);
	attrib = phrase(w, "brief.quote_by", (const char *[]){ "outlet", outlet_name(c, d),
							       "date", when.buf, NULL });
	for (i = 0; i < c->ndocs; i++)
		if (c->docs[i].copy_of >= 0 && &c->docs[c->docs[i].copy_of] == d)
			rasd_buf_addf(&copies, "%s%s", copies.len ? ", " : "", outlet_name(c, &c->docs[i]));
	if (w->html) {
		rasd_buf_addf(w->b, "<blockquote><p lang=\"%s\" dir=\"%s\">",
			      strcmp(lang, "ar") && strcmp(lang, "en") ? "" : lang,
			      !strcmp(lang, "ar") ? "rtl" : "auto");
	} else {
		rasd_buf_adds(w->b, "> ");
	}
	if (d->doc.text && sent)
		quote_text(w, d->doc.text, d->doc.text_len, (size_t)sent->start, (size_t)sent->end,
			   at ? (size_t)at->start : 0, at ? (size_t)at->end : 0);
	rasd_buf_adds(w->b, w->html ? "</p><footer>— " : "\n>\n> — ");
	if (lead && *lead) {
		strong(w, lead);
		rasd_buf_adds(w->b, " · ");
	}
	if (chain && *chain) {
		char *cite = phrase(w, "brief.citing", (const char *[]){ "chain", chain, NULL });

		text(w, cite);
		rasd_buf_adds(w->b, " · ");
		free(cite);
	}
	text(w, attrib);
	if (d->doc.url && (!strncmp(d->doc.url, "http://", 7) || !strncmp(d->doc.url, "https://", 8))) {
		rasd_buf_adds(w->b, " · ");
		link(w, P(w, "brief.link"), d->doc.url);
	}
	if (copies.len) {
		char *also = phrase(w, "brief.also_in", (const char *[]){ "list", copies.buf, NULL });

		rasd_buf_adds(w->b, " · ");
		text(w, also);
		free(also);
	}
	rasd_buf_adds(w->b, w->html ? "</footer></blockquote>\n" : "\n\n");
	free(attrib);
	rasd_buf_release(&when);
	rasd_buf_release(&copies);
}

/* Hold a quote; one of a sentence already held adds its lead to that one. */
static void quote(struct ctx *c, const struct bdoc *d, const struct rasd_ex_span *sent,
		  const struct rasd_ex_span *at, const char *lead, const char *chain)
{
	struct pending *p;
	size_t i;

	for (i = 0; i < c->nq; i++) {
		p = &c->q[i];
		if (p->d == d && p->has_sent && sent && p->sent.start == sent->start) {
			if (lead && *lead && !strstr(p->lead, lead) &&
			    strlen(p->lead) + strlen(lead) + 3 < sizeof(p->lead))
				snprintf(p->lead + strlen(p->lead), sizeof(p->lead) - strlen(p->lead),
					 "; %s", lead);
			return;
		}
	}
	if (c->nq == MAX_QUOTES)
		return;
	p = &c->q[c->nq++];
	memset(p, 0, sizeof(*p));
	p->d = d;
	if (sent) {
		p->sent = *sent;
		p->has_sent = 1;
	}
	if (at)
		p->at = *at;
	snprintf(p->lead, sizeof(p->lead), "%s", lead ? lead : "");
	snprintf(p->chain, sizeof(p->chain), "%s", chain ? chain : "");
}

/* Write the held quotes. */
static void quotes_flush(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->nq; i++) {
		const struct pending *p = &c->q[i];

		quote_now(c, p->d, p->has_sent ? &p->sent : NULL, p->has_sent ? &p->at : NULL,
			  p->lead, p->chain);
	}
	c->nq = 0;
}

/* The source chain of a claim ("Reuters → Russian officer"), when longer than one. */
static void chain_of(const struct rasd_ex_source *s, char *out, size_t n)
{
	size_t i, k = 0;

	out[0] = '\0';
	if (!s || s->nchain < 2)
		return;
	for (i = 0; i < s->nchain && k + 1 < n; i++)
		k += (size_t)snprintf(out + k, n - k, "%s%s", i ? " → " : "", s->chain[i] ? s->chain[i] : "");
}

/* Quote every original report behind one figure of an account (its "claims"). */
static void quote_entry(struct ctx *c, json_object *fig, const char *lead)
{
	json_object *cl = rasdp_json_arr(fig, "claims");
	const struct bdoc *done[MAX_DOCS];
	size_t ndone = 0, i, j;

	for (i = 0; i < rasdp_json_len(cl); i++) {
		json_object *r = rasdp_json_at(cl, i);
		struct bdoc *d = find_doc(c, rasdp_json_str(r, "doc"));
		const struct rasd_ex_event *ev;
		double n = 0, k = 0;
		char chain[256];

		if (!d)
			continue;
		if (d->copy_of >= 0)
			d = &c->docs[d->copy_of];
		for (j = 0; j < ndone && done[j] != d; j++)
			;
		if (j < ndone || ndone == MAX_DOCS)
			continue;
		done[ndone++] = d;
		/* the claim in the original: a copy's spans index its own text */
		r = rasdp_json_at(cl, i);
		rasdp_json_num(r, "n", &n);
		rasdp_json_num(r, "c", &k);
		ev = doc_event(find_doc(c, rasdp_json_str(r, "doc")), (int)n);
		if (ev && (size_t)k < ev->nclaims && find_doc(c, rasdp_json_str(r, "doc")) == d) {
			const struct rasd_ex_claim *x = &ev->claims[(size_t)k];

			chain_of(&x->source, chain, sizeof(chain));
			quote(c, d, &x->sentence, &x->span, lead, chain);
		} else {
			quote(c, d, NULL, NULL, lead, NULL);
		}
	}
}

/* ---- sections --------------------------------------------------------- */

static const char *kind_key(const char *kind, char *buf, size_t n)
{
	snprintf(buf, n, "kind.%s", kind);
	return buf;
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

			figure(w, side[i].first, 0, &f2);
			rasdp_outdata_fmt(&fig, P(w, "brief.denies"), (const char *[]){ "figure", f2.buf, NULL });
			rasd_buf_release(&f2);
		} else {
			figure(w, side[i].first, 0, &fig);
		}
		rasdp_outdata_fmt(&one, P(w, "brief.values"),
				  (const char *[]){ "value", fig.buf, "sources", side[i].src.buf, NULL });
		if (!i) {
			rasd_buf_add(out, one.buf, one.len);
		} else {
			struct rasd_buf acc = RASD_BUF_INIT;

			rasdp_outdata_fmt(&acc, P(w, "brief.vs"), (const char *[]){ "a", out->buf, "b", one.buf, NULL });
			rasd_buf_reset(out);
			rasd_buf_add(out, acc.buf, acc.len);
			rasd_buf_release(&acc);
		}
		rasd_buf_release(&one);
		rasd_buf_release(&fig);
		rasd_buf_release(&side[i].src);
	}
}

static const char *actor_label(struct ctx *c, const char *id, const char *fallback)
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
		if (!out->len) {
			rasd_buf_add(out, one.buf, one.len);
		} else {
			struct rasd_buf acc = RASD_BUF_INIT;

			rasdp_outdata_fmt(&acc, P(w, "brief.vs"), (const char *[]){ "a", out->buf, "b", one.buf, NULL });
			rasd_buf_reset(out);
			rasd_buf_add(out, acc.buf, acc.len);
			rasd_buf_release(&acc);
		}
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

static void section_contradictions(struct ctx *c)
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
				       (const char *[]){ "actor", actor_label(c, actor, rasdp_json_str(row, "name")), NULL });
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

static void section_fatalities(struct ctx *c)
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
		figure(w, latest, 1, &fig);
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
			figure(w, rasdp_json_at(hist, i), 0, &fig);
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
			figure(w, rasdp_json_obj(rasdp_json_at(parts, i), "figure"), 1, &fig);
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
		figure(w, rasdp_json_at(hist, i), 1, &fig);
		quote_entry(c, rasdp_json_at(hist, i), fig.buf);
	}
	for (i = 0; i < rasdp_json_len(parts); i++) {
		json_object *p = rasdp_json_obj(rasdp_json_at(parts, i), "figure");

		rasd_buf_reset(&fig);
		figure(w, p, 1, &fig);
		quote_entry(c, p, fig.buf);
	}
	for (i = 0; i < rasdp_json_len(den); i++) {
		struct rasd_buf d2 = RASD_BUF_INIT;

		rasd_buf_reset(&fig);
		figure(w, rasdp_json_at(den, i), 1, &fig);
		rasdp_outdata_fmt(&d2, P(w, "brief.denies"), (const char *[]){ "figure", fig.buf, NULL });
		quote_entry(c, rasdp_json_at(den, i), d2.buf);
		rasd_buf_release(&d2);
	}
	quotes_flush(c);
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

static void section_figures(struct ctx *c)
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
static void section_participation(struct ctx *c)
{
	struct bw *w = &c->w;
	json_object *parts = rasdp_json_arr(c->inc, "participation"), *evs = rasdp_json_arr(c->inc, "events");
	size_t i, j, k;

	for (i = 0; i < rasdp_json_len(parts); i++) {
		json_object *row = rasdp_json_at(parts, i);
		const char *actor = rasdp_json_str(row, "actor");
		struct rasd_buf h = RASD_BUF_INIT, line = RASD_BUF_INIT;
		char *label = phrase(w, "attr.participation",
				     (const char *[]){ "actor", actor_label(c, actor, rasdp_json_str(row, "name")), NULL });
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
			struct bdoc *d = find_doc(c, rasdp_json_str(e, "doc"));
			const struct rasd_ex_event *ev;
			double n = 0;
			int said[3] = { 0, 0, 0 };

			rasdp_json_num(e, "n", &n);
			ev = doc_event(d, (int)n);
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
				chain_of(&p->source, chain, sizeof(chain));
				rasdp_outdata_fmt(&lead, P(w, "brief.values"),
						  (const char *[]){ "value", P(w, keys[st]), "sources",
								    p->source.name ? p->source.name : outlet_name(c, d), NULL });
				quote(c, d, &p->sentence, &p->span, lead.buf, chain);
				rasd_buf_release(&lead);
			}
		}
		quotes_flush(c);
		free(label);
		rasd_buf_release(&h);
		rasd_buf_release(&line);
	}
}

/* A value of an attribute and the reports that give it. */
struct val {
	char value[256];
	char outlets[512];
	size_t n;
};

static void tally(struct val *vals, size_t *nv, size_t max, const char *value, const char *outlet)
{
	size_t i;

	for (i = 0; i < *nv && strcmp(vals[i].value, value); i++)
		;
	if (i == *nv) {
		if (*nv == max)
			return;
		snprintf(vals[i].value, sizeof(vals[i].value), "%s", value);
		vals[i].outlets[0] = '\0';
		vals[i].n = 0;
		(*nv)++;
	}
	vals[i].n++;
	if (!strstr(vals[i].outlets, outlet) && strlen(vals[i].outlets) + strlen(outlet) + 3 < sizeof(vals[i].outlets))
		snprintf(vals[i].outlets + strlen(vals[i].outlets), sizeof(vals[i].outlets) - strlen(vals[i].outlets),
			 "%s%s", vals[i].outlets[0] ? ", " : "", outlet);
}

/*
 * Date, place, type and who acted, as each report (copies left out)
 * gives them: one line when they agree, the values with their outlets when
 * they differ; "not stated" is not a value.
 */
static void section_agreed(struct ctx *c)
{
	struct bw *w = &c->w;
	json_object *evs = rasdp_json_arr(c->inc, "events");
	static const char *const attrs[3] = { "attr.date", "attr.place", "attr.type" };
	struct val (*vals)[8] = calloc(3, sizeof(*vals));
	size_t nv[3] = { 0, 0, 0 }, a, i, k;

	if (!vals)
		return;
	for (i = 0; i < rasdp_json_len(evs); i++) {
		json_object *e = rasdp_json_at(evs, i);
		struct bdoc *d = find_doc(c, rasdp_json_str(e, "doc"));
		const struct rasd_ex_event *ev;
		struct rasd_buf v = RASD_BUF_INIT;
		double n = 0;

		rasdp_json_num(e, "n", &n);
		ev = doc_event(d, (int)n);
		if (!ev || d->copy_of >= 0)
			continue;
		if (ev->date) {
			date_words(w, ev->date, &v);
			if (ev->date_last && strcmp(ev->date_last, ev->date)) {
				struct rasd_buf v2 = RASD_BUF_INIT, r = RASD_BUF_INIT;

				date_words(w, ev->date_last, &v2);
				rasdp_outdata_fmt(&r, P(w, "date.range"), (const char *[]){ "from", v.buf, "to", v2.buf, NULL });
				rasd_buf_reset(&v);
				rasd_buf_add(&v, r.buf, r.len);
				rasd_buf_release(&v2);
				rasd_buf_release(&r);
			}
			tally(vals[0], &nv[0], 8, v.buf, outlet_name(c, d));
		}
		if (ev->place) {
			const char *nm = !strcmp(w->lang, "ar") && ev->place->name_ar ? ev->place->name_ar : ev->place->name;

			rasd_buf_reset(&v);
			rasd_buf_adds(&v, nm ? nm : "");
			tally(vals[1], &nv[1], 8, v.buf, outlet_name(c, d));
		}
		if (ev->event_type) {
			char key[96];

			snprintf(key, sizeof(key), "etype.%s", ev->sub_event_type ? ev->sub_event_type : ev->event_type);
			tally(vals[2], &nv[2], 8, P(w, key), outlet_name(c, d));
		}
		rasd_buf_release(&v);
	}
	heading(w, 2, P(w, "brief.agreed"));
	list_start(w, 0);
	for (a = 0; a < 3; a++) {
		char nbuf[16];

		if (!nv[a])
			continue;
		if (nv[a] == 1) {
			char *s;

			snprintf(nbuf, sizeof(nbuf), "%zu", vals[a][0].n);
			s = phrase(w, vals[a][0].n > 1 ? "brief.agree_line" : "brief.single_line",
				   (const char *[]){ "attr", P(w, attrs[a]), "value", vals[a][0].value, "n", nbuf, NULL });
			item_start(w, 0, 0);
			text(w, s);
			item_end(w);
			free(s);
			continue;
		}
		item_start(w, 0, 0);
		strong(w, P(w, attrs[a]));
		rasd_buf_adds(w->b, ": ");
		for (k = 0; k < nv[a]; k++) {
			char *s = phrase(w, "brief.values", (const char *[]){ "value", vals[a][k].value,
									    "sources", vals[a][k].outlets, NULL });

			if (k)
				rasd_buf_adds(w->b, "; ");
			text(w, s);
			free(s);
		}
		item_end(w);
	}
	list_end(w, 0);
	free(vals);
}

static void section_reports(struct ctx *c)
{
	struct bw *w = &c->w;
	size_t i;

	heading(w, 2, P(w, "brief.reports"));
	list_start(w, 1);
	for (i = 0; i < c->ndocs; i++) {
		const struct bdoc *d = &c->docs[i];
		struct rasd_buf when = RASD_BUF_INIT;
		char *s;

		date_words(w, d->doc.published, &when);
		s = phrase(w, "brief.report_line", (const char *[]){ "outlet", outlet_name(c, d), "date", when.buf,
								     "title", d->doc.title && *d->doc.title ? d->doc.title
								     : P(w, "brief.untitled"), NULL });
		item_start(w, 1, i + 1);
		text(w, s);
		if (d->doc.url) {
			rasd_buf_adds(w->b, " · ");
			link(w, P(w, "brief.link"), d->doc.url);
		}
		item_end(w);
		free(s);
		rasd_buf_release(&when);
	}
	list_end(w, 1);
}

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
		struct bdoc *copy = find_doc(c, json_object_get_string(rasdp_json_at(p, 0)));
		struct bdoc *orig = find_doc(c, json_object_get_string(rasdp_json_at(p, 1)));

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
				    (const char *[]){ "actor", actor_label(c, actor, NULL), NULL });
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
	date_words(w, rasdp_json_str(c->inc, "date"), &when);
	if (!o->today) {
		time_t now = time(NULL);
		struct tm tm;

		gmtime_r(&now, &tm);
		snprintf(day, sizeof(day), "%04d-%02d-%02d", (tm.tm_year + 1900) % 10000,
			 (tm.tm_mon + 1) % 100, tm.tm_mday % 100);
	} else {
		snprintf(day, sizeof(day), "%s", o->today);
	}
	date_words(w, day, &today);
	for (i = 0; i < c->ndocs; i++) {
		const char *on = outlet_name(c, &c->docs[i]);

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
	section_contradictions(c);
	section_fatalities(c);
	heading(&c->w, 2, P(&c->w, "brief.accounts"));
	section_figures(c);
	section_participation(c);
	section_agreed(c);
	section_reports(c);
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
