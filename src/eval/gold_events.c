/*
 * gold_events.c - the events of one report: gold and predicted events
 * read into comparable records, whether two agree (place or governorate,
 * day within one, type), their greedy one-to-one pairing, best agreement
 * first, and the event scores with their misses.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "doc.h"
#include "eval/eval.h"
#include "eval/gold_int.h"
#include "extract/engine.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"

static int64_t day_of(const char *s)
{
	struct rasd_ymd d;

	if (!s || rasdp_parse_ymd(s, &d))
		return NODAY;
	return rasdp_days_from_ymd(d.y, d.m, d.d);
}

static void gold_event(const struct rasd_lexicon *lx, struct json_object *o, const char *cc,
		       struct gev *g)
{
	struct gplace_ctx gc = { NULL, -1, cc };
	int32_t a;

	memset(g, 0, sizeof(*g));
	g->date = rasdp_json_str(o, "date");
	g->location = rasdp_json_str(o, "location");
	g->admin1 = rasdp_json_str(o, "admin1");
	g->type = rasdp_json_str(o, "event_type");
	g->background = rasdp_json_str(o, "role") && !strcmp(rasdp_json_str(o, "role"), "background");
	g->day = day_of(g->date);
	g->gov = -1;
	if (g->admin1) {
		gc.level = "admin1";
		a = rasdp_gold_resolve_place(lx, g->admin1, &gc);
		g->gov = lx ? rasdp_lex_governorate(lx, a) : -1;
	}
	gc.gov = g->gov;
	g->district = -1;
	if (rasdp_json_str(o, "admin2")) {
		gc.level = "admin2";
		a = rasdp_gold_resolve_place(lx, rasdp_json_str(o, "admin2"), &gc);
		if (a >= 0 && rasdp_lex_place(lx, (size_t)a)->kind == RASD_PLACE_DISTRICT)
			g->district = a;
	}
	gc.level = rasdp_json_str(o, "location_level");
	g->place = rasdp_gold_resolve_place(lx, g->location, &gc);
	if (g->gov < 0 && !g->admin1 && lx)
		g->gov = rasdp_lex_governorate(lx, g->place);
}

static void pred_event(const struct rasd_ex_event *e, long n, struct pev *p)
{
	const struct rasd_ex_place *pl = e->place;

	memset(p, 0, sizeof(*p));
	p->n = n;
	p->background = rasdp_ex_background(e);
	p->date = e->date;
	p->type = e->event_type;
	/* Only a date fixed to the day is a day; "early August" is not. */
	p->day = (!e->date_precision || !strcmp(e->date_precision, "day")) ? day_of(p->date) : NODAY;
	if (pl) {
		p->place_id = pl->id;
		p->place_name = pl->name;
		p->admin1 = pl->admin1;
		p->admin1_id = pl->admin1_id;
		if (!p->admin1_id && pl->kind && !strcmp(pl->kind, "governorate")) {
			p->admin1_id = p->place_id;
			p->admin1 = p->place_name;
		}
	}
}

/*
 * Are places `a` and `b` one place at two levels: namesakes of one
 * governorate, one of them a subdistrict or district and the other a town
 * or city (the town and the subdistrict named after it)?
 */
static int namesakes(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa = rasdp_lex_place(lx, (size_t)a);
	const struct rasd_place *pb = rasdp_lex_place(lx, (size_t)b);
	int admin_a = pa->kind == RASD_PLACE_SUBDISTRICT || pa->kind == RASD_PLACE_DISTRICT;
	int admin_b = pb->kind == RASD_PLACE_SUBDISTRICT || pb->kind == RASD_PLACE_DISTRICT;
	int town_a = pa->kind == RASD_PLACE_CITY || pa->kind == RASD_PLACE_TOWN;
	int town_b = pb->kind == RASD_PLACE_CITY || pb->kind == RASD_PLACE_TOWN;

	if (!((admin_a && town_b) || (admin_b && town_a)) ||
	    rasdp_lex_governorate(lx, a) != rasdp_lex_governorate(lx, b))
		return 0;
	return rasdp_eval_name_eq(pa->name_en, pb->name_en) ||
	       rasdp_latin_name_eq(pa->name_en, pb->name_en) ||
	       (*pa->name_ar && !strcmp(pa->name_ar, pb->name_ar));
}

/*
 * Is the predicted place `pp` the gold place `gp` or one containing it
 * (its subdistrict, district or governorate)?  A place and its namesake
 * up or down (a town and its subdistrict, a city and its governorate) are
 * one place: a town is its subdistrict, and the gold's namesake.
 */
static int place_covers(const struct rasd_lexicon *lx, int32_t pp, int32_t gp)
{
	const struct rasd_place *g = rasdp_lex_place(lx, (size_t)gp);
	const struct rasd_place *p = rasdp_lex_place(lx, (size_t)pp);

	if (pp == gp || g->admin1 == pp || g->admin2 == pp || g->admin3 == pp)
		return 1;
	/* the gold place is the predicted one's namesake above it */
	if ((p->admin1 == gp || p->admin2 == gp || p->admin3 == gp) &&
	    (rasdp_eval_name_eq(p->name_en, g->name_en) ||
	     rasdp_latin_name_eq(p->name_en, g->name_en) ||
	     (*p->name_ar && !strcmp(p->name_ar, g->name_ar))))
		return 1;
	if (namesakes(lx, pp, gp))
		return 1;
	return g->admin3 >= 0 && namesakes(lx, pp, g->admin3);
}

/*
 * Place agreement: the predicted place is the gold's most precise place
 * or one containing it.  Where the gold place is not in the gazetteer,
 * its governorate and its district (`admin2`: places containing it)
 * agree, and so does the same name (by spelling, as a whole or as a
 * comma-separated part).
 */
static int loc_agree(const struct rasd_lexicon *lx, const struct gev *g, const struct pev *p)
{
	int32_t pp;

	if (!g->location || (!p->place_id && !p->place_name))
		return 0;
	pp = lx && p->place_id ? rasdp_lex_find(lx, RASD_LEX_PLACE, p->place_id) : -1;
	if (g->place >= 0) {
		const struct rasd_place *pl = rasdp_lex_place(lx, (size_t)g->place);

		if (pp >= 0)
			return place_covers(lx, pp, g->place);
		if (p->place_id && pl->id && !strcmp(pl->id, p->place_id))
			return 1;
		if (rasdp_eval_name_eq(pl->name_en, p->place_name))
			return 1;
	} else if (pp >= 0 && ((g->gov >= 0 && pp == g->gov) ||
			       (g->district >= 0 && pp == g->district))) {
		return 1;
	}
	if (rasdp_eval_name_eq(g->location, p->place_name))
		return 1;
	/* "Jisr al-Rais, Damascus": any comma-separated part, by spelling */
	{
		char buf[512], part[512];
		const char *s, *c;
		size_t n = rasdp_eval_strip_parens(g->location, buf, sizeof(buf));

		for (s = buf; s < buf + n; s = c + 1) {
			c = memchr(s, ',', (size_t)(buf + n - s));
			if (!c)
				c = buf + n;
			memcpy(part, s, (size_t)(c - s));
			part[c - s] = '\0';
			if (rasdp_eval_name_eq(part, p->place_name))
				return 1;
		}
	}
	return 0;
}

int rasdp_eval_place_agrees(const struct rasdp_eval *ev, struct json_object *gold, size_t i,
			    int32_t place)
{
	const struct rasd_lexicon *lx = ev->lx;
	struct json_object *gevs = rasdp_json_get(gold, "events");
	const struct rasd_place *pl;
	struct gev g;
	struct pev p;

	if (!lx || i >= rasdp_json_len(gevs) || place < 0)
		return -1;
	gold_event(lx, rasdp_json_at(gevs, i), rasdp_gold_country_code(lx, rasdp_json_str(gold, "country")), &g);
	if (!g.location)
		return -1;
	pl = rasdp_lex_place(lx, (size_t)place);
	memset(&p, 0, sizeof(p));
	p.place_id = pl->id;
	p.place_name = pl->name_en;
	return loc_agree(lx, &g, &p);
}

static int adm_agree(const struct rasd_lexicon *lx, const struct gev *g, const struct pev *p)
{
	if (!p->admin1_id && !p->admin1)
		return 0;
	if (g->gov >= 0) {
		const struct rasd_place *pl = rasdp_lex_place(lx, (size_t)g->gov);

		if (p->admin1_id && pl->id && !strcmp(pl->id, p->admin1_id))
			return 1;
		if (rasdp_eval_name_eq(pl->name_en, p->admin1))
			return 1;
	}
	return rasdp_eval_name_eq(g->admin1, p->admin1);
}

static int date_near(const struct gev *g, const struct pev *p)
{
	if (g->day == NODAY || p->day == NODAY)
		return g->day == NODAY && p->day == NODAY;
	return g->day - p->day <= 1 && p->day - g->day <= 1;
}

static int date_same(const struct gev *g, const struct pev *p)
{
	return g->day == p->day;
}

static int type_same(const struct gev *g, const struct pev *p)
{
	return g->type && p->type && !strcmp(g->type, p->type);
}

int rasdp_gold_align_events(const struct rasdp_eval *ev, struct json_object *gold,
			    const struct rasd_extraction *px, struct gev *g, struct pev *p,
			    long *g2p, unsigned char *pused)
{
	struct json_object *gevs = rasdp_json_get(gold, "events");
	const char *cc = rasdp_gold_country_code(ev->lx, rasdp_json_str(gold, "country"));
	size_t ng = rasdp_json_len(gevs), np = px ? px->nevents : 0, i, j, nc = 0;
	struct cand *c = calloc(ng * np + 1, sizeof(*c));
	const struct rasd_lexicon *lx = ev->lx;

	if (!c)
		return RASD_ENOMEM;
	for (i = 0; i < ng; i++) {
		gold_event(lx, rasdp_json_at(gevs, i), cc, &g[i]);
		g2p[i] = -1;
	}
	for (j = 0; j < np; j++) {
		pred_event(&px->events[j], (long)j, &p[j]);
		pused[j] = 0;
	}
	for (i = 0; i < ng; i++) {
		for (j = 0; j < np; j++) {
			int loc = loc_agree(lx, &g[i], &p[j]), adm = adm_agree(lx, &g[i], &p[j]);

			/* a past happening recalled stands for no current one */
			if (!(loc || adm) || !date_near(&g[i], &p[j]) ||
			    (p[j].background && !g[i].background))
				continue;
			c[nc].g = i;
			c[nc].p = j;
			c[nc].score = 4 * loc + 2 * adm + 2 * date_same(&g[i], &p[j]) +
				      type_same(&g[i], &p[j]);
			nc++;
		}
	}
	qsort(c, nc, sizeof(*c), rasdp_gold_cmp_cand);
	for (i = 0; i < nc; i++) {
		if (g2p[c[i].g] >= 0 || pused[c[i].p])
			continue;
		g2p[c[i].g] = (long)c[i].p;
		pused[c[i].p] = 1;
	}
	free(c);
	return 0;
}

/*
 * Events: events with the role "background" (a past happening the report
 * recalls) are not scored, on either side: a predicted event paired with a
 * gold one is neither right nor wrong, a missed gold one is no miss, and a
 * predicted one left unpaired is no false event.  A predicted background
 * event pairs only with a gold background event (rasdp_gold_align_events()), so a
 * current event read as a past one is still missed.  The figures of such
 * events count among the claims.
 */
int rasdp_gold_score_events(struct rasdp_eval *ev, const char *id, struct json_object *gold,
			    const struct rasd_extraction *px, struct rasdp_eval_scores *s,
			    struct misses *m)
{
	struct json_object *gevs = rasdp_json_get(gold, "events");
	size_t ng = rasdp_json_len(gevs), np = px ? px->nevents : 0, i, j, nback = 0, pback = 0;
	struct gev *g = calloc(ng + 1, sizeof(*g));
	struct pev *p = calloc(np + 1, sizeof(*p));
	long *g2p = calloc(ng + 1, sizeof(*g2p));
	unsigned char *pused = calloc(np + 1, 1);
	struct rasd_buf line = RASD_BUF_INIT;
	const struct rasd_lexicon *lx = ev->lx;
	int rc = RASD_ENOMEM;

	if (!g || !p || !g2p || !pused)
		goto out;
	rc = rasdp_gold_align_events(ev, gold, px, g, p, g2p, pused);
	if (rc)
		goto out;
	rc = RASD_ENOMEM;
	for (i = 0; i < ng; i++) {
		if (!g[i].background)
			continue;
		nback++;
		if (g2p[i] >= 0)
			pback++;
	}
	for (j = 0; j < np; j++)
		pback += !pused[j] && p[j].background;
	s->events.ngold += ng - nback;
	s->events.npred += np - pback;
	for (i = 0; i < ng; i++) {
		const struct pev *q;

		if (g[i].background)
			continue;
		if (g2p[i] < 0) {
			rasd_buf_reset(&line);
			rasdp_gold_gev_text(&line, &g[i]);
			rasdp_gold_miss(m, id, "missed event", &line);
			continue;
		}
		q = &p[g2p[i]];
		s->events.tp++;
		if (g[i].type) {
			s->type.den++;
			s->type.num += (size_t)type_same(&g[i], q);
		}
		s->date.den++;
		s->date.num += (size_t)date_same(&g[i], q);
		if (g[i].location) {
			s->place.den++;
			s->place.num += (size_t)loc_agree(lx, &g[i], q);
		}
		if (!type_same(&g[i], q) || !date_same(&g[i], q) ||
		    (g[i].location && !loc_agree(lx, &g[i], q))) {
			rasd_buf_reset(&line);
			rasdp_gold_gev_text(&line, &g[i]);
			rasd_buf_adds(&line, " vs ");
			rasdp_gold_pev_text(&line, q);
			rasd_buf_addf(&line, " [%s%s%s]", type_same(&g[i], q) ? "" : " type",
				      date_same(&g[i], q) ? "" : " date",
				      g[i].location && !loc_agree(lx, &g[i], q) ? " place" : "");
			rasdp_gold_miss(m, id, "event differs", &line);
		}
	}
	for (j = 0; j < np; j++) {
		if (pused[j] || p[j].background)
			continue;
		rasd_buf_reset(&line);
		rasdp_gold_pev_text(&line, &p[j]);
		rasdp_gold_miss(m, id, "spurious event", &line);
	}
	rc = 0;
out:
	rasd_buf_release(&line);
	free(g);
	free(p);
	free(g2p);
	free(pused);
	return rc;
}
