/*
 * fakes.c - `rasd eval --fakes`: governorate and date of the FA-KES
 * reports (Abu Salem et al., ICWSM 2019; CC BY 4.0).
 *
 * Each CSV record (unit_id, article_title, article_content, source, date,
 * location, labels) is extracted as one English report, title and content
 * joined, with no publication date: the record's date is the answer, so
 * rasd must find the report's date in its text (a stamp atop it) or in
 * its events, as it must for a plain-text report.  The predicted
 * governorate is that of the first event with a place; failing that, the
 * governorate most often named in the text (place mentions mapped to their
 * governorate, ties to the first named).  The gold location ("aleppo",
 * "deir ezzor", "hasakeh") goes through the place lexicon to a
 * governorate; names that do not resolve are compared by spelling and
 * counted as unmapped.  The date is right when the first dated event
 * falls within 7 days of the record's date.  Accuracies are over all
 * records: a report with no answer is a wrong answer, and coverage says
 * how often there was one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonw.h"
#include "doc.h"
#include "eval/eval.h"
#include "extract/extract.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"

#include "base/banned.h"

int rasdp_eval_parse_mdy(const char *s, char out[11])
{
	int a, b, c;
	char tail;
	struct rasd_ymd d;

	if (!s)
		return -1;
	if (!rasdp_parse_ymd(s, &d)) {
		snprintf(out, 11, "%04d-%02d-%02d", d.y, d.m, d.d);
		return 0;
	}
	if (sscanf(s, "%d/%d/%d%c", &a, &b, &c, &tail) != 3)
		return -1;
	if (c < 100)
		c += 2000;
	if (a < 1 || a > 12 || b < 1 || b > 31 || c < 1900 || c > 2999)
		return -1;
	snprintf(out, 11, "%04d-%02d-%02d", c, a, b);
	if (rasdp_parse_ymd(out, &d))
		return -1;
	return 0;
}

static int col(const struct rasdp_csv *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->nfields; i++)
		if (!strcmp(c->fields[i], name))
			return (int)i;
	return -1;
}

/* Predicted governorate: a lexicon index (or -1) and a name (or NULL). */
static void predicted_gov(const struct rasd_lexicon *lx, const struct rasd_extraction *x,
			  int32_t *gov, const char **name)
{
	size_t i, j;
	int32_t cand[64];
	size_t count[64], nc = 0, best = 0;

	*gov = -1;
	*name = NULL;
	for (i = 0; i < x->nevents; i++) {
		const struct rasd_ex_place *pl = x->events[i].place;
		int is_gov;
		const char *id;

		if (!pl)
			continue;
		is_gov = pl->kind && !strcmp(pl->kind, "governorate");
		id = pl->admin1_id ? pl->admin1_id : is_gov ? pl->id : NULL;
		*name = pl->admin1 ? pl->admin1 : is_gov ? pl->name : NULL;
		if (id && lx)
			*gov = rasdp_lex_find(lx, RASD_LEX_PLACE, id);
		if (*gov < 0 && lx && pl->id)
			*gov = rasdp_lex_governorate(lx, rasdp_lex_find(lx, RASD_LEX_PLACE, pl->id));
		if (*gov >= 0 || *name)
			return;
	}
	if (!lx)
		return;
	for (i = 0; i < x->nmatches; i++) {
		const struct rasd_ex_match *m = &x->matches[i];
		int32_t g;

		if (!m->kind || strcmp(m->kind, "place") || !m->id)
			continue;
		g = rasdp_lex_governorate(lx, rasdp_lex_find(lx, RASD_LEX_PLACE, m->id));
		if (g < 0)
			continue;
		for (j = 0; j < nc && cand[j] != g; j++)
			;
		if (j == nc) {
			if (nc == 64)
				continue;
			cand[nc] = g;
			count[nc++] = 0;
		}
		count[j]++;
	}
	for (j = 0; j < nc; j++)
		if (count[j] > count[best])
			best = j;
	if (nc)
		*gov = cand[best];
}

/* The day of the first dated event of `x` (that event in *ev), or INT64_MIN. */
static int64_t first_day(const struct rasd_extraction *x, const struct rasd_ex_event **ev)
{
	struct rasd_ymd d;
	size_t i;

	*ev = NULL;
	for (i = 0; i < x->nevents; i++) {
		const char *s = x->events[i].date;

		if (s && !rasdp_parse_ymd(s, &d)) {
			*ev = &x->events[i];
			return rasdp_days_from_ymd(d.y, d.m, d.d);
		}
	}
	return INT64_MIN;
}

/* List a report whose date is not within a week: its record's date and what rasd gave. */
static void list_date_miss(struct rasd_buf *list, const char *id, const char *pub,
			   const struct rasd_ex_event *ev)
{
	if (!ev) {
		rasd_buf_addf(list, "  %s date: record %s, no dated event\n", id ? id : "?", pub);
		return;
	}
	rasd_buf_addf(list, "  %s date: record %s, event #%u (%s) %s %s \"%s\"\n", id ? id : "?",
		      pub, ev->n, ev->role ? ev->role : "?", ev->date,
		      ev->date_precision ? ev->date_precision : "?",
		      ev->date_text ? ev->date_text : "");
}

/* Score one record into `out`; 0, or RASD_ENOMEM when it could not be read. */
static int score_one(const rasd_engine *e, const char *id, const char *title,
		      const char *content, const char *date, const char *loc,
		      struct rasdp_fakes_scores *out, struct rasd_buf *list)
{
	const struct rasd_lexicon *lx = e ? e->lx : NULL;
	struct rasd_buf text = RASD_BUF_INIT;
	struct rasd_extraction x;
	char pub[11], *json = NULL;
	size_t json_len = 0;
	rasd_input in;
	rasd_doc *d;
	int32_t ggov = -1, pgov;
	const char *pname;
	int has_pub;

	out->articles++;
	if (title && *title) {
		rasd_buf_adds(&text, title);
		rasd_buf_adds(&text, "\n\n");
	}
	rasd_buf_adds(&text, content ? content : "");
	if (text.err) {
		rasd_buf_release(&text);
		return RASD_ENOMEM;
	}
	has_pub = !rasdp_eval_parse_mdy(date, pub);
	memset(&in, 0, sizeof(in));
	in.id = id;
	in.lang = "en";
	in.title = title;
	in.published = NULL;   /* the record's date is the gold, never an input */
	in.text = text.buf;
	in.text_len = text.len;
	memset(&x, 0, sizeof(x));
	d = rasd_extract(e, &in, NULL, RASD_EXTRACT_MENTIONS | RASD_EXTRACT_REPAIR_UTF8 |
			 ((out->flags & RASDP_EVAL_STAMP) ? RASD_EXTRACT_STAMP : 0), NULL);
	if (d) {
		if (!rasd_doc_to_json(d, RASD_EXTRACT_MENTIONS, &json, &json_len))
			rasdp_extraction_parse(&x, json, json_len, NULL);
		rasd_doc_free(d);
	}
	rasd_buf_release(&text);
	if (x.nevents)
		out->with_events++;

	if (loc && *loc && lx)
		ggov = rasdp_lex_governorate(lx, rasdp_lex_lookup(lx, RASD_LEX_PLACE, loc, strlen(loc)));
	if (ggov < 0)
		out->unmapped++;
	predicted_gov(lx, &x, &pgov, &pname);
	out->admin1.den++;
	if (pgov >= 0 || pname) {
		int ok = 0;

		out->admin1_predicted++;
		if (ggov >= 0 && pgov >= 0)
			ok = ggov == pgov;
		else if (pgov >= 0)
			ok = rasdp_eval_name_eq(loc, rasdp_lex_place(lx, (size_t)pgov)->name_en);
		else
			ok = rasdp_eval_name_eq(loc, pname) ||
			     (ggov >= 0 && rasdp_eval_name_eq(rasdp_lex_place(lx, (size_t)ggov)->name_en, pname));
		out->admin1.num += (size_t)ok;
	}
	out->date_week.den++;
	if (has_pub) {
		const struct rasd_ex_event *ev;
		int64_t pd = first_day(&x, &ev);
		struct rasd_ymd g;
		int right = 0;

		if (pd != INT64_MIN) {
			int64_t gd;

			rasdp_parse_ymd(pub, &g);
			gd = rasdp_days_from_ymd(g.y, g.m, g.d);
			out->date_predicted++;
			right = pd - gd <= 7 && gd - pd <= 7;
			out->date_week.num += (size_t)right;
		}
		if (!right && list)
			list_date_miss(list, id, pub, ev);
	}
	rasdp_extraction_release(&x);
	free(json);
	return 0;
}

int rasdp_eval_fakes(const rasd_engine *e, const char *buf, size_t len,
		     struct rasdp_fakes_scores *out, rasd_err *err)
{
	struct rasdp_csv c;
	struct rasd_buf list = RASD_BUF_INIT;
	int ci, ct, cc, cd, cl, rc;
	size_t need;

	rasdp_csv_init(&c, buf, len);
	rc = rasdp_csv_next(&c, err);
	if (rc <= 0) {
		rasdp_csv_release(&c);
		return rc < 0 ? rc : rasdp_err(err, RASD_EEMPTY, -1, 1, "empty CSV");
	}
	ci = col(&c, "unit_id");
	ct = col(&c, "article_title");
	cc = col(&c, "article_content");
	cd = col(&c, "date");
	cl = col(&c, "location");
	if (cc < 0 || cd < 0 || cl < 0) {
		rasdp_csv_release(&c);
		return rasdp_err(err, RASD_EPARSE, -1, 1,
				 "header lacks article_content, date or location");
	}
	need = (size_t)(cc > cd ? (cc > cl ? cc : cl) : (cd > cl ? cd : cl));
	while ((rc = rasdp_csv_next(&c, err)) > 0) {
		if (c.nfields == 1 && !c.fields[0][0])
			continue;           /* blank line */
		if (c.nfields <= need) {
			rasdp_csv_release(&c);
			return rasdp_err(err, RASD_EPARSE, -1, c.line, "record has %zu fields",
					 c.nfields);
		}
		if (score_one(e, ci >= 0 && (size_t)ci < c.nfields ? c.fields[ci] : NULL,
			      ct >= 0 && (size_t)ct < c.nfields ? c.fields[ct] : NULL,
			      c.fields[cc], c.fields[cd], c.fields[cl], out,
			      (out->flags & RASDP_EVAL_VERBOSE) ? &list : NULL)) {
			rc = rasdp_err(err, RASD_ENOMEM, -1, c.line, "out of memory");
			break;
		}
	}
	rasdp_csv_release(&c);
	if (list.err) {
		rasd_buf_release(&list);
		return rc < 0 ? rc : rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	out->misses = list.len ? rasd_buf_detach(&list, &out->misses_len) : NULL;
	rasd_buf_release(&list);
	return rc;
}

void rasdp_eval_fakes_release(struct rasdp_fakes_scores *s)
{
	free(s->misses);
	s->misses = NULL;
	s->misses_len = 0;
}

int rasdp_eval_fakes_render(const struct rasdp_fakes_scores *s, unsigned flags,
			    char **out, size_t *out_len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	double n = s->articles ? (double)s->articles : 1.0;
	int rc;

	if (flags & RASDP_EVAL_JSON) {
		struct rasd_jsonw w;

		rasd_jsonw_init(&w, &b);
		rasd_jsonw_obj(&w);
		rasd_jsonw_key(&w, "articles");
		rasd_jsonw_int(&w, (int64_t)s->articles);
		rasd_jsonw_key(&w, "with_events");
		rasd_jsonw_int(&w, (int64_t)s->with_events);
		rasd_jsonw_key(&w, "unmapped_locations");
		rasd_jsonw_int(&w, (int64_t)s->unmapped);
		rasd_jsonw_key(&w, "governorate_accuracy");
		rasdp_eval_json_num4(&w, rasdp_ratio_value(&s->admin1));
		rasd_jsonw_key(&w, "governorate_right");
		rasd_jsonw_int(&w, (int64_t)s->admin1.num);
		rasd_jsonw_key(&w, "governorate_coverage");
		rasdp_eval_json_num4(&w, (double)s->admin1_predicted / n);
		rasd_jsonw_key(&w, "date_week_accuracy");
		rasdp_eval_json_num4(&w, rasdp_ratio_value(&s->date_week));
		rasd_jsonw_key(&w, "date_right");
		rasd_jsonw_int(&w, (int64_t)s->date_week.num);
		rasd_jsonw_key(&w, "date_coverage");
		rasdp_eval_json_num4(&w, (double)s->date_predicted / n);
		rasd_jsonw_obj_end(&w);
		rc = w.err ? w.err : rasd_buf_addch(&b, '\n');
	} else {
		rasd_buf_addf(&b, "%-28s %zu  (%zu with events, %zu locations unmapped)\n",
			      "articles", s->articles, s->with_events, s->unmapped);
		rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "governorate accuracy",
			      rasdp_ratio_value(&s->admin1), s->admin1.num, s->admin1.den);
		rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "governorate coverage",
			      (double)s->admin1_predicted / n, s->admin1_predicted, s->articles);
		rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "date within a week",
			      rasdp_ratio_value(&s->date_week), s->date_week.num, s->date_week.den);
		rc = rasd_buf_addf(&b, "%-28s %.3f  (%zu/%zu)\n", "date coverage",
				   (double)s->date_predicted / n, s->date_predicted, s->articles);
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
