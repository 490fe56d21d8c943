/*
 * arabic.c - `rasd eval --arabic-events`: event typing and actor spans on
 * the UniversalPetrarch Arabic validation sentences.
 *
 * Each <Sentence category="ASSAULT|PROTEST" date="YYYYMMDD"> holds a
 * <Text>, one or more <EventText sourcetext=... targettext=...> and an
 * <EventCoding plover=...>.  Every sentence is extracted on its own (lang
 * "ar", published = its date) through the public API and the JSON read
 * back.  The predicted category is that of the first event with a type:
 * Battles, Explosions/Remote violence and Violence against civilians are
 * ASSAULT; Protests and Riots are PROTEST; any other type is OTHER, and a
 * sentence with no event is NONE (both count as wrong).  A gold actor
 * string is recalled when its span in the text overlaps an actor rasd
 * marked (an event actor, a participant, or an actor mention); a string
 * not found verbatim is looked for word by word.  With RASDP_EVAL_VERBOSE
 * every sentence typed wrong is listed: its id, its category, what rasd
 * read (the category, the event's type and sub-type) and its text.
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonw.h"
#include "eval/eval.h"
#include "io/extraction.h"

#include "base/banned.h"

struct span {
	size_t s, e;
};

struct spans {
	struct span v[256];
	size_t n;
};

/* A span rasd marked; one that is absent (-1) or reversed adds nothing. */
static void add_span(struct spans *sp, const struct rasd_ex_span *s)
{
	if (s->start < 0 || s->end < s->start || sp->n >= sizeof(sp->v) / sizeof(sp->v[0]))
		return;
	sp->v[sp->n].s = (size_t)s->start;
	sp->v[sp->n].e = (size_t)s->end;
	sp->n++;
}

static const char *category_of(const char *type)
{
	if (!type)
		return NULL;
	if (!strcmp(type, "Battles") || !strcmp(type, "Explosions/Remote violence") ||
	    !strcmp(type, "Violence against civilians"))
		return "ASSAULT";
	if (!strcmp(type, "Protests") || !strcmp(type, "Riots"))
		return "PROTEST";
	return "OTHER";
}

static const char *find(const char *h, size_t hn, const char *n, size_t nn)
{
	size_t i;

	if (!nn || nn > hn)
		return NULL;
	for (i = 0; i + nn <= hn; i++)
		if (h[i] == n[0] && !memcmp(h + i, n, nn))
			return h + i;
	return NULL;
}

static int overlaps(const struct spans *sp, size_t s, size_t e)
{
	size_t i;

	for (i = 0; i < sp->n; i++)
		if (sp->v[i].s < e && s < sp->v[i].e)
			return 1;
	return 0;
}

/* Is gold actor string `g` at a span overlapping a predicted actor? */
static int actor_recalled(const char *text, size_t len, const char *g, const struct spans *sp)
{
	const char *at = find(text, len, g, strlen(g)), *w, *c;

	if (at)
		return overlaps(sp, (size_t)(at - text), (size_t)(at - text) + strlen(g));
	for (w = g; *w;) {
		while (*w == ' ')
			w++;
		if (!*w)
			break;
		c = w;
		while (*c && *c != ' ')
			c++;
		at = find(text, len, w, (size_t)(c - w));
		if (at && overlaps(sp, (size_t)(at - text), (size_t)(at - text) + (size_t)(c - w)))
			return 1;
		w = c;
	}
	return 0;
}

static char *attr(xmlNode *n, const char *name)
{
	return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* List a sentence typed wrong: id, gold category, the reading, the text on one line. */
static void list_type_miss(struct rasd_buf *list, const char *sid, const char *cat,
			   const char *pred, const struct rasd_ex_event *ev, const char *text)
{
	const char *t;

	rasd_buf_addf(list, "  %s %s: %s", sid ? sid : "?", cat, pred);
	if (ev)
		rasd_buf_addf(list, " (%s / %s)", ev->event_type,
			      ev->sub_event_type ? ev->sub_event_type : "-");
	else if (!strcmp(pred, "OTHER"))
		rasd_buf_adds(list, " (no type)");
	rasd_buf_adds(list, " \"");
	for (t = text; *t; t++)
		rasd_buf_addch(list, *t == '\n' || *t == '\r' || *t == '\t' ? ' ' : *t);
	rasd_buf_adds(list, "\"\n");
}

static void score_sentence(const rasd_engine *e, xmlNode *sn, struct rasdp_arabic_scores *out,
			   struct rasd_buf *list)
{
	char *cat = attr(sn, "category"), *date = attr(sn, "date"), *sid = attr(sn, "id");
	char pub[11], *text = NULL, *json = NULL;
	const char *golds[64], *pred = "NONE";
	size_t ngolds = 0, len, json_len = 0, i;
	xmlChar *tofree[64];
	size_t ntofree = 0;
	const struct rasd_ex_event *typed_ev = NULL;
	struct rasd_extraction x;
	struct spans sp;
	rasd_input in;
	rasd_doc *d;
	xmlNode *c;
	int ok, typed = 0;

	sp.n = 0;
	memset(&x, 0, sizeof(x));
	for (c = sn->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp((const char *)c->name, "Text") && !text) {
			text = (char *)xmlNodeGetContent(c);
		} else if (!strcmp((const char *)c->name, "EventText")) {
			const char *names[2] = { "sourcetext", "targettext" };

			for (i = 0; i < 2 && ntofree < 64; i++) {
				char *v = attr(c, names[i]);

				if (!v)
					continue;
				tofree[ntofree++] = (xmlChar *)v;
				if (*v && strcmp(v, "None") && ngolds < 64)
					golds[ngolds++] = v;
			}
		}
	}
	if (!text || !cat || (strcmp(cat, "ASSAULT") && strcmp(cat, "PROTEST"))) {
		out->skipped++;
		goto done;
	}
	/* trim the newlines around the sentence; spans index the trimmed text */
	{
		char *s = text;

		while (*s == '\n' || *s == '\r' || *s == ' ' || *s == '\t')
			s++;
		len = strlen(s);
		while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' ' ||
			       s[len - 1] == '\t'))
			len--;
		memmove(text, s, len);
		text[len] = '\0';
	}
	memset(&in, 0, sizeof(in));
	in.id = sid;
	in.lang = "ar";
	in.text = text;
	in.text_len = len;
	if (date && strlen(date) == 8) {
		snprintf(pub, sizeof(pub), "%.4s-%.2s-%.2s", date, date + 4, date + 6);
		in.published = pub;
	}
	out->sentences++;
	d = rasd_extract(e, &in, NULL, RASD_EXTRACT_MENTIONS | RASD_EXTRACT_REPAIR_UTF8, NULL);
	if (d) {
		if (!rasd_doc_to_json(d, RASD_EXTRACT_MENTIONS, &json, &json_len))
			rasdp_extraction_parse(&x, json, json_len, NULL);
		rasd_doc_free(d);
	}
	if (x.nevents)
		pred = "OTHER";
	for (i = 0; i < x.nevents; i++) {
		const struct rasd_ex_event *ev = &x.events[i];
		size_t k;

		/* the first event with a type decides */
		if (!typed && ev->event_type) {
			pred = category_of(ev->event_type);
			typed_ev = ev;
			typed = 1;
		}
		for (k = 0; k < ev->nactors; k++)
			add_span(&sp, &ev->actors[k].span);
		for (k = 0; k < ev->nparts; k++)
			add_span(&sp, &ev->parts[k].span);
	}
	for (i = 0; i < x.nmatches; i++)
		if (x.matches[i].kind && !strcmp(x.matches[i].kind, "actor"))
			add_span(&sp, &x.matches[i].span);
	if (!x.nevents)
		out->no_event++;
	ok = !strcmp(pred, cat);
	if (!ok && list)
		list_type_miss(list, sid, cat, pred, typed_ev, text);
	out->type.den++;
	out->type.num += (size_t)ok;
	if (!strcmp(cat, "ASSAULT")) {
		out->type_assault.den++;
		out->type_assault.num += (size_t)ok;
	} else {
		out->type_protest.den++;
		out->type_protest.num += (size_t)ok;
	}
	for (i = 0; i < ngolds; i++) {
		out->actors.den++;
		out->actors.num += (size_t)actor_recalled(text, len, golds[i], &sp);
	}
done:
	rasdp_extraction_release(&x);
	free(json);
	for (i = 0; i < ntofree; i++)
		xmlFree(tofree[i]);
	xmlFree(text);
	xmlFree(cat);
	xmlFree(date);
	xmlFree(sid);
}

static void walk(const rasd_engine *e, xmlNode *n, struct rasdp_arabic_scores *out,
		 struct rasd_buf *list)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (!strcmp((const char *)n->name, "Sentence"))
			score_sentence(e, n, out, list);
		else
			walk(e, n->children, out, list);
	}
}

/* Add the misses listed in `list` after those of the files read before. */
static int keep_misses(struct rasdp_arabic_scores *out, struct rasd_buf *list)
{
	char *m;

	if (list->err)
		return list->err;
	if (!list->len)
		return 0;
	m = realloc(out->misses, out->misses_len + list->len + 1);
	if (!m)
		return RASD_ENOMEM;
	memcpy(m + out->misses_len, list->buf, list->len);
	out->misses_len += list->len;
	m[out->misses_len] = '\0';
	out->misses = m;
	return 0;
}

void rasdp_eval_arabic_release(struct rasdp_arabic_scores *s)
{
	free(s->misses);
	s->misses = NULL;
	s->misses_len = 0;
}

int rasdp_eval_arabic_file(const rasd_engine *e, const char *path,
			   struct rasdp_arabic_scores *out, rasd_err *err)
{
	struct rasd_buf list = RASD_BUF_INIT;
	xmlDoc *doc;
	FILE *f = fopen(path, "rb");
	int rc;

	if (!f)
		return rasdp_err(err, RASD_EIO, -1, 0, "cannot open '%s'", path);
	fclose(f);
	/*
	 * The published validation files lack their closing </Validation>:
	 * recover what is well-formed rather than refuse the whole file.
	 */
	doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
			  XML_PARSE_NOWARNING | XML_PARSE_HUGE | XML_PARSE_RECOVER);
	if (!doc || !xmlDocGetRootElement(doc)) {
		xmlFreeDoc(doc);
		return rasdp_err(err, RASD_EPARSE, -1, 0, "'%s' is not XML", path);
	}
	walk(e, xmlDocGetRootElement(doc), out,
	     (out->flags & RASDP_EVAL_VERBOSE) ? &list : NULL);
	xmlFreeDoc(doc);
	rc = keep_misses(out, &list);
	rasd_buf_release(&list);
	return rc ? rasdp_err(err, rc, -1, 0, "out of memory") : 0;
}

int rasdp_eval_arabic_render(const struct rasdp_arabic_scores *s, unsigned flags,
			     char **out, size_t *out_len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	double ne = s->sentences ? (double)s->no_event / (double)s->sentences : 0.0;
	int rc;

	if (flags & RASDP_EVAL_JSON) {
		struct rasd_jsonw w;

		rasd_jsonw_init(&w, &b);
		rasd_jsonw_obj(&w);
		rasd_jsonw_key(&w, "sentences");
		rasd_jsonw_int(&w, (int64_t)s->sentences);
		rasd_jsonw_key(&w, "skipped");
		rasd_jsonw_int(&w, (int64_t)s->skipped);
		rasdp_eval_json_ratio(&w, "type_accuracy", &s->type);
		rasdp_eval_json_ratio(&w, "type_accuracy_assault", &s->type_assault);
		rasdp_eval_json_ratio(&w, "type_accuracy_protest", &s->type_protest);
		rasd_jsonw_key(&w, "no_event");
		rasd_jsonw_obj(&w);
		rasd_jsonw_key(&w, "value");
		rasdp_eval_json_num4(&w, ne);
		rasd_jsonw_key(&w, "sentences");
		rasd_jsonw_int(&w, (int64_t)s->no_event);
		rasd_jsonw_obj_end(&w);
		rasdp_eval_json_ratio(&w, "actor_span_recall", &s->actors);
		rasd_jsonw_obj_end(&w);
		rc = w.err ? w.err : rasd_buf_addch(&b, '\n');
	} else {
		rasd_buf_addf(&b, "%-28s %zu  (%zu skipped)\n", "sentences", s->sentences, s->skipped);
		rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "event type accuracy",
			      rasdp_ratio_value(&s->type), s->type.num, s->type.den);
		rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "  ASSAULT",
			      rasdp_ratio_value(&s->type_assault), s->type_assault.num,
			      s->type_assault.den);
		rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "  PROTEST",
			      rasdp_ratio_value(&s->type_protest), s->type_protest.num,
			      s->type_protest.den);
		rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "no event rate", ne, s->no_event,
			      s->sentences);
		rc = rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "actor span recall",
				   rasdp_ratio_value(&s->actors), s->actors.num, s->actors.den);
		if (!rc && s->misses)
			rc = rasd_buf_add(&b, s->misses, s->misses_len);
	}
	if (rc) {
		rasd_buf_release(&b);
		return rc;
	}
	*out = rasd_buf_detach(&b, out_len);
	return *out ? 0 : RASD_ENOMEM;
}
