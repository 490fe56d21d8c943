/*
 * brief_agreed.c - the closing sections of a brief: where the reports
 * agree (date, place, type) and where they differ without a dispute,
 * tallied value by value, and the list of the reports with their outlets,
 * dates and links.
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
void rasdp_brief_section_agreed(struct ctx *c)
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
		struct bdoc *d = rasdp_brief_find_doc(c, rasdp_json_str(e, "doc"));
		const struct rasd_ex_event *ev;
		struct rasd_buf v = RASD_BUF_INIT;
		double n = 0;

		rasdp_json_num(e, "n", &n);
		ev = rasdp_brief_doc_event(d, (int)n);
		if (!ev || d->copy_of >= 0)
			continue;
		if (ev->date) {
			rasdp_brief_date_words(w, ev->date, &v);
			if (ev->date_last && strcmp(ev->date_last, ev->date)) {
				struct rasd_buf v2 = RASD_BUF_INIT, r = RASD_BUF_INIT;

				rasdp_brief_date_words(w, ev->date_last, &v2);
				rasdp_outdata_fmt(&r, P(w, "date.range"), (const char *[]){ "from", v.buf, "to", v2.buf, NULL });
				rasd_buf_reset(&v);
				rasd_buf_add(&v, r.buf, r.len);
				rasd_buf_release(&v2);
				rasd_buf_release(&r);
			}
			tally(vals[0], &nv[0], 8, v.buf, rasdp_brief_outlet_name(c, d));
		}
		if (ev->place) {
			const char *nm = !strcmp(w->lang, "ar") && ev->place->name_ar ? ev->place->name_ar : ev->place->name;

			rasd_buf_reset(&v);
			rasd_buf_adds(&v, nm ? nm : "");
			tally(vals[1], &nv[1], 8, v.buf, rasdp_brief_outlet_name(c, d));
		}
		if (ev->event_type) {
			char key[96];

			snprintf(key, sizeof(key), "etype.%s", ev->sub_event_type ? ev->sub_event_type : ev->event_type);
			tally(vals[2], &nv[2], 8, P(w, key), rasdp_brief_outlet_name(c, d));
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

void rasdp_brief_section_reports(struct ctx *c)
{
	struct bw *w = &c->w;
	size_t i;

	heading(w, 2, P(w, "brief.reports"));
	list_start(w, 1);
	for (i = 0; i < c->ndocs; i++) {
		const struct bdoc *d = &c->docs[i];
		struct rasd_buf when = RASD_BUF_INIT;
		char *s;

		rasdp_brief_date_words(w, d->doc.published, &when);
		s = phrase(w, "brief.report_line",
			   (const char *[]){ "outlet", rasdp_brief_outlet_name(c, d), "date", when.buf,
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
