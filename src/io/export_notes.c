/*
 * export_notes.c - the notes sentence of an export record (when, who did
 * what, where, the toll, what the sources dispute; wording from
 * data/phrases.tsv) and its tags (the rasd id, the disputes, how the date
 * and the sub-event type were had).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "doc.h"
#include "incident/incident.h"
#include "io/export_int.h"
#include "store/store.h"

#include "base/banned.h"

/* ---- notes and tags ----------------------------------------------------- */

/* "a", "a and b", "a, b and c" with the phrase table's joins; 0 or RASD_ENOMEM. */
static int join_list(struct rasd_buf *out, const struct rasdp_outdata *d, const char *lang,
		     char **items, size_t n)
{
	struct rasd_buf acc = RASD_BUF_INIT, tmp = RASD_BUF_INIT;
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		const char *kv[] = { "a", acc.buf, "b", items[i], NULL };

		if (!i) {
			rasd_buf_adds(&acc, items[0]);
			continue;
		}
		rasd_buf_reset(&tmp);
		rasdp_outdata_fmt(&tmp, rasdp_outdata_phrase(d, i + 1 == n ? "list.two" : "list.more", lang),
				  kv);
		rasd_buf_reset(&acc);
		rasd_buf_add(&acc, tmp.buf, tmp.len);
	}
	rc = acc.err ? acc.err : tmp.err;
	if (!rc)
		rasd_buf_add(out, acc.buf, acc.len);
	rasd_buf_release(&acc);
	rasd_buf_release(&tmp);
	return rc;
}

/*
 * What the sources dispute, as phrases ("the death toll", "whether Russian
 * forces took part"), once each; returns how many (at most max), each
 * malloc'd into items.
 */
static size_t disputed_items(const struct rasdp_outdata *d, const char *lang, json_object *inc,
			     char **items, size_t max)
{
	json_object *ds = rasdp_json_arr(inc, "disputes");
	size_t n = 0, i, j;

	for (i = 0; i < rasdp_json_len(ds) && n < max; i++) {
		json_object *dp = rasdp_json_at(ds, i), *cl = rasdp_json_arr(dp, "claims");
		const char *attr = rasdp_json_str(dp, "attribute");
		struct rasd_buf b = RASD_BUF_INIT;
		char key[64];

		if (!attr)
			continue;
		if (!strcmp(attr, "participation")) {
			const char *actor = rasdp_json_str(rasdp_json_at(cl, 0), "actor");
			const char *label = actor ? rasdp_outdata_actor_label(d, actor, lang) : NULL;
			int denied = 0;
			const char *kv[] = { "actor", label ? label : actor ? actor : "", NULL };

			for (j = 0; j < rasdp_json_len(cl); j++) {
				json_object *b2 = rasdp_json_get(rasdp_json_at(cl, j), "denied");

				if (b2 && json_object_get_boolean(b2))
					denied = 1;
			}
			rasdp_outdata_fmt(&b, rasdp_outdata_phrase(d, denied ? "dispute.participation"
								     : "dispute.limited", lang), kv);
		} else {
			snprintf(key, sizeof(key), "dispute.%s", attr);
			rasd_buf_adds(&b, rasdp_outdata_phrase(d, key, lang));
		}
		if (b.err) {
			rasd_buf_release(&b);
			continue;
		}
		for (j = 0; j < n && strcmp(items[j], b.buf); j++)
			;
		if (j == n)
			items[n++] = rasd_buf_detach(&b, NULL);
		rasd_buf_release(&b);
	}
	return n;
}

/*
 * The "when" of the notes into *when: the day, the month, the span, or the
 * publication date it is before, or that there is no date.  0, or
 * RASD_ENOMEM.
 */
static int notes_when(const struct rasdp_outdata *d, const struct rec *r, int from_pub,
		      struct rasd_buf *when)
{
	struct rasd_buf tmp = RASD_BUF_INIT;
	int64_t a = day_of(r->u[U_DSTART]), b = day_of(r->u[U_DEND]);
	int err;

	if (a == INT64_MIN) {
		/* no date at all: said so, never a day made of nothing */
		rasdp_outdata_fmt(when, rasdp_outdata_phrase(d, "notes.undated", "en"),
				  (const char *[]){ NULL });
	} else if (from_pub) {
		rasdp_export_date_words(&tmp, d, "en", a, 0);
		rasdp_outdata_fmt(when, rasdp_outdata_phrase(d, "notes.before", "en"),
				  (const char *[]){ "date", tmp.buf, NULL });
	} else if (r->time_prec == 1) {
		rasdp_export_date_words(&tmp, d, "en", a, 0);
		rasdp_outdata_fmt(when, rasdp_outdata_phrase(d, "notes.on", "en"),
				  (const char *[]){ "date", tmp.buf, NULL });
	} else {
		struct rasd_ymd ya, yb;

		rasdp_ymd_from_days(a, &ya);
		rasdp_ymd_from_days(b, &yb);
		if (ya.y == yb.y && ya.m == yb.m && ya.d == 1 &&
		    day_of(r->u[U_DEND]) + 1 == rasdp_days_from_ymd(yb.m == 12 ? yb.y + 1 : yb.y,
								     yb.m == 12 ? 1 : yb.m + 1, 1)) {
			rasdp_export_date_words(&tmp, d, "en", a, 1);
			rasdp_outdata_fmt(when, rasdp_outdata_phrase(d, "notes.in_month", "en"),
					  (const char *[]){ "month", tmp.buf, NULL });
		} else {
			struct rasd_buf t2 = RASD_BUF_INIT;

			rasdp_export_date_words(&tmp, d, "en", a, 0);
			rasdp_export_date_words(&t2, d, "en", b, 0);
			rasdp_outdata_fmt(when, rasdp_outdata_phrase(d, "notes.between", "en"),
					  (const char *[]){ "from", tmp.buf, "to", t2.buf, NULL });
			rasd_buf_release(&t2);
		}
	}
	err = tmp.err || when->err ? RASD_ENOMEM : 0;
	rasd_buf_release(&tmp);
	return err;
}

/* The toll of the notes into *toll: the fatalities, their range, or a vague number killed. */
static void notes_toll(const struct rasdp_outdata *d, const struct rec *r, struct rasd_buf *toll)
{
	if (r->has_fat) {
		char lo[32], hi[32];

		snprintf(lo, sizeof(lo), "%lld", r->low);
		snprintf(hi, sizeof(hi), "%lld", r->high);
		if (r->low == r->high)
			rasdp_outdata_fmt(toll, rasdp_outdata_phrase(d, "notes.toll", "en"),
					  (const char *[]){ "n", lo, NULL });
		else
			rasdp_outdata_fmt(toll, rasdp_outdata_phrase(d, "notes.toll_range", "en"),
					  (const char *[]){ "low", lo, "high", hi, NULL });
	} else if (r->vague_fat) {
		char v[32];

		snprintf(v, sizeof(v), "%lld", r->vague_fat);
		rasdp_outdata_fmt(toll, rasdp_outdata_phrase(d, "notes.toll_vague", "en"),
				  (const char *[]){ "n", v, NULL });
	}
}

void rasdp_export_set_notes_and_tags(struct exp *x, json_object *inc, const char *rasd_id,
				     struct rec *r, int from_pub, int sub_from_type)
{
	const struct rasdp_outdata *d = x->d;
	struct rasd_buf when = RASD_BUF_INIT, what = RASD_BUF_INIT, where = RASD_BUF_INIT,
		toll = RASD_BUF_INIT, disp = RASD_BUF_INIT, note = RASD_BUF_INIT, tmp = RASD_BUF_INIT,
		tags = RASD_BUF_INIT;
	const struct rasdp_etype *et = rasdp_outdata_etype(d, r->v[C_TYPE], r->v[C_SUB]);
	char *items[16];
	size_t n, i;

	if (notes_when(d, r, from_pub, &when))
		x->failed = RASD_ENOMEM;
	/* who did what */
	if (et)
		rasdp_outdata_fmt(&what, r->v[C_A2] ? et->dyadic : et->sole,
				  (const char *[]){ "actor1", r->v[C_A1] ? r->v[C_A1] : "",
						    "actor2", r->v[C_A2] ? r->v[C_A2] : "", NULL });
	/* where */
	if (r->v[C_LOC]) {
		const char *admin = r->v[C_ADM1];

		if (admin && strcmp(admin, r->v[C_LOC]))
			rasdp_outdata_fmt(&where, rasdp_outdata_phrase(d, "notes.place_admin", "en"),
					  (const char *[]){ "location", r->v[C_LOC], "admin", admin, NULL });
		else
			rasdp_outdata_fmt(&where, rasdp_outdata_phrase(d, "notes.place", "en"),
					  (const char *[]){ "location", r->v[C_LOC], NULL });
	}
	notes_toll(d, r, &toll);
	/* what the sources dispute */
	n = disputed_items(d, "en", inc, items, 16);
	r->ndisputes = (int)n;
	if (n) {
		rasd_buf_reset(&tmp);
		if (join_list(&tmp, d, "en", items, n))
			x->failed = RASD_ENOMEM;
		rasdp_outdata_fmt(&disp, rasdp_outdata_phrase(d, "notes.disputed", "en"),
				  (const char *[]){ "what", tmp.buf, NULL });
	}
	rasdp_outdata_fmt(&note, rasdp_outdata_phrase(d, "notes.sentence", "en"),
			  (const char *[]){ "when", when.buf, "what", what.buf, "where", where.buf,
					    "toll", toll.buf, "disputes", disp.buf, NULL });
	if (!note.err && note.len) {
		note.buf[0] = (char)(note.buf[0] >= 'a' && note.buf[0] <= 'z' ? note.buf[0] - 32
								       : note.buf[0]);
		set(&r->v[C_NOTES], note.buf);
	}
	/* tags: the rasd id, the disputes, how the date and sub-type were had */
	rasdp_outdata_fmt(&tags, rasdp_outdata_phrase(d, "tag.rasd", "en"),
			  (const char *[]){ "id", rasd_id, NULL });
	if (n) {
		rasd_buf_reset(&tmp);
		for (i = 0; i < n; i++)
			rasd_buf_addf(&tmp, "%s%s", i ? ", " : "", items[i]);
		rasd_buf_adds(&tags, "; ");
		rasdp_outdata_fmt(&tags, rasdp_outdata_phrase(d, "tag.disputed", "en"),
				  (const char *[]){ "what", tmp.buf, NULL });
	}
	if (from_pub) {
		rasd_buf_adds(&tags, "; ");
		rasd_buf_adds(&tags, rasdp_outdata_phrase(d, "tag.published", "en"));
	}
	if (sub_from_type) {
		rasd_buf_adds(&tags, "; ");
		rasd_buf_adds(&tags, rasdp_outdata_phrase(d, "tag.sub_type", "en"));
	}
	if (!tags.err)
		set(&r->v[C_TAGS], tags.buf);
	for (i = 0; i < n; i++)
		free(items[i]);
	if (when.err || what.err || where.err || toll.err || disp.err || note.err || tmp.err ||
	    tags.err)
		x->failed = RASD_ENOMEM;
	rasd_buf_release(&when);
	rasd_buf_release(&what);
	rasd_buf_release(&where);
	rasd_buf_release(&toll);
	rasd_buf_release(&disp);
	rasd_buf_release(&note);
	rasd_buf_release(&tmp);
	rasd_buf_release(&tags);
}
