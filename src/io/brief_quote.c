/*
 * brief_quote.c - the pieces of a brief that come from the reports: dates
 * and figures in words, the member reports and their outlets, and the
 * quotes: the sentence a claim was taken from, trimmed around the figure
 * when long, held until its section ends so that a sentence several
 * claims come from is quoted once with all of them.
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

void rasdp_brief_date_words(struct bw *w, const char *ymd, struct rasd_buf *out)
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
void rasdp_brief_figure(struct bw *w, json_object *f, int with_who, struct rasd_buf *out)
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

struct bdoc *rasdp_brief_find_doc(struct ctx *c, const char *id)
{
	size_t i;

	for (i = 0; id && i < c->ndocs; i++)
		if (!strcmp(c->docs[i].doc.id, id))
			return &c->docs[i];
	return NULL;
}

const struct rasd_ex_event *rasdp_brief_doc_event(const struct bdoc *d, int n)
{
	size_t i;

	if (!d || !d->have_x)
		return NULL;
	for (i = 0; i < d->x.nevents; i++)
		if ((int)d->x.events[i].n == n)
			return &d->x.events[i];
	return NULL;
}

const char *rasdp_brief_outlet_name(struct ctx *c, const struct bdoc *d)
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

	rasdp_brief_date_words(w, d->doc.published, &when);
	attrib = phrase(w, "brief.quote_by", (const char *[]){ "outlet", rasdp_brief_outlet_name(c, d),
							       "date", when.buf, NULL });
	for (i = 0; i < c->ndocs; i++)
		if (c->docs[i].copy_of >= 0 && &c->docs[c->docs[i].copy_of] == d)
			rasd_buf_addf(&copies, "%s%s", copies.len ? ", " : "",
				      rasdp_brief_outlet_name(c, &c->docs[i]));
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
void rasdp_brief_quote(struct ctx *c, const struct bdoc *d, const struct rasd_ex_span *sent,
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
void rasdp_brief_quotes_flush(struct ctx *c)
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
void rasdp_brief_chain_of(const struct rasd_ex_source *s, char *out, size_t n)
{
	size_t i, k = 0;

	out[0] = '\0';
	if (!s || s->nchain < 2)
		return;
	for (i = 0; i < s->nchain && k + 1 < n; i++)
		k += (size_t)snprintf(out + k, n - k, "%s%s", i ? " → " : "", s->chain[i] ? s->chain[i] : "");
}

/* Quote every original report behind one figure of an account (its "claims"). */
void rasdp_brief_quote_entry(struct ctx *c, json_object *fig, const char *lead)
{
	json_object *cl = rasdp_json_arr(fig, "claims");
	const struct bdoc *done[MAX_DOCS];
	size_t ndone = 0, i, j;

	for (i = 0; i < rasdp_json_len(cl); i++) {
		json_object *r = rasdp_json_at(cl, i);
		struct bdoc *d = rasdp_brief_find_doc(c, rasdp_json_str(r, "doc"));
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
		ev = rasdp_brief_doc_event(rasdp_brief_find_doc(c, rasdp_json_str(r, "doc")), (int)n);
		if (ev && (size_t)k < ev->nclaims && rasdp_brief_find_doc(c, rasdp_json_str(r, "doc")) == d) {
			const struct rasd_ex_claim *x = &ev->claims[(size_t)k];

			rasdp_brief_chain_of(&x->source, chain, sizeof(chain));
			rasdp_brief_quote(c, d, &x->sentence, &x->span, lead, chain);
		} else {
			rasdp_brief_quote(c, d, NULL, NULL, lead, NULL);
		}
	}
}
