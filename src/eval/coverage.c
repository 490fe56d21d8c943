/*
 * coverage.c - `rasd eval --sources`: how much of the gold's source
 * expressions rasd's source lexicon knows.
 *
 * Who gives a figure is only as good as the names the lexicon has for
 * speakers: a "مركز إدلب الإعلامي" it has never seen leaves the figure to
 * the outlet's voice, whatever the attribution rules do.  So, apart from
 * the scores, the gold records say how far the lexicon reaches: every
 * claim and participant with a `source_span` (the words of the text that
 * name its speaker, gold/GUIDE.md) counts as known when that span, taken
 * out of the text and extracted alone, holds a source of sources.tsv.  The
 * gold source names of the claims are counted too: resolved as eval
 * resolves them, since an unresolved name can only be matched by spelling.
 * The unknown expressions are listed, most frequent first, for whoever
 * extends the lexicon.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/jsonr.h"
#include "base/jsonw.h"
#include "doc.h"
#include "eval/eval.h"
#include "lexicon/lexicon.h"

#include "base/banned.h"

struct expr {
	char *text;
	size_t n;
};

struct coverage {
	const rasd_engine *e;
	struct rasdp_ratio spans;       /* source spans the lexicon knows */
	struct rasdp_ratio names;       /* gold source names (not the outlet) resolved */
	struct expr *unknown;           /* distinct unknown expressions */
	size_t nunknown, alloc;
};

/* Byte offset of code point `cp` of `text` (its length when beyond the end). */
static size_t cp_byte(const char *text, size_t len, int64_t cp)
{
	size_t b = 0;
	int64_t i = 0;

	while (b < len && i < cp) {
		b++;
		while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80)
			b++;
		i++;
	}
	return b;
}

/* Does `text` (extracted alone) name a source of the lexicon? */
static int names_source(const rasd_engine *e, const char *text, size_t len)
{
	rasd_input in;
	rasd_err err;
	rasd_doc *d;
	size_t i;
	int known = 0;

	memset(&in, 0, sizeof(in));
	memset(&err, 0, sizeof(err));
	in.text = text;
	in.text_len = len;
	d = rasd_extract(e, &in, NULL, RASD_EXTRACT_REPAIR_UTF8, &err);
	if (!d)
		return err.code == RASD_ENOMEM ? RASD_ENOMEM : 0;
	for (i = 0; i < d->nmatches && !known; i++)
		known = d->matches[i].kind == RASD_LEX_SOURCE;
	rasd_doc_free(d);
	return known;
}

/* Count one more unknown expression (whitespace runs made one space). */
static int add_unknown(struct coverage *c, const char *s, size_t len)
{
	char *t = malloc(len + 1);
	size_t i, o = 0;

	if (!t)
		return RASD_ENOMEM;
	for (i = 0; i < len; i++) {
		char ch = s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i];

		if (ch == ' ' && (!o || t[o - 1] == ' '))
			continue;
		t[o++] = ch;
	}
	while (o && t[o - 1] == ' ')
		o--;
	t[o] = '\0';
	for (i = 0; i < c->nunknown; i++)
		if (!strcmp(c->unknown[i].text, t)) {
			c->unknown[i].n++;
			free(t);
			return 0;
		}
	if (c->nunknown == c->alloc) {
		size_t na = c->alloc ? 2 * c->alloc : 64;
		struct expr *nu = realloc(c->unknown, na * sizeof(*nu));

		if (!nu) {
			free(t);
			return RASD_ENOMEM;
		}
		c->unknown = nu;
		c->alloc = na;
	}
	c->unknown[c->nunknown].text = t;
	c->unknown[c->nunknown].n = 1;
	c->nunknown++;
	return 0;
}

/* One claim's or participant's `source_span`: known to the lexicon or not. */
static int one_span(struct coverage *c, const struct rasdp_eval_claimset *cs,
		    struct json_object *o)
{
	struct json_object *sp = rasdp_json_get(o, "source_span");
	size_t a, b;
	int known;

	if (!sp || !json_object_is_type(sp, json_type_array) || rasdp_json_len(sp) != 2)
		return 0;
	a = cp_byte(cs->text, cs->len, json_object_get_int64(rasdp_json_at(sp, 0)));
	b = cp_byte(cs->text, cs->len, json_object_get_int64(rasdp_json_at(sp, 1)));
	if (b <= a)
		return 0;
	known = names_source(c->e, cs->text + a, b - a);
	if (known < 0)
		return known;
	c->spans.den++;
	c->spans.num += (size_t)known;
	return known ? 0 : add_unknown(c, cs->text + a, b - a);
}

static int one_report(void *ctx, const struct rasdp_eval_claimset *cs)
{
	struct coverage *c = ctx;
	struct json_object *evs = rasdp_json_arr(cs->record, "events");
	size_t i, j;
	int rc = 0;

	if (!cs->text)
		return 0;
	for (i = 0; i < rasdp_json_len(evs) && !rc; i++) {
		struct json_object *ev = rasdp_json_at(evs, i);
		struct json_object *cl = rasdp_json_arr(ev, "claims");
		struct json_object *pa = rasdp_json_arr(ev, "participants");

		for (j = 0; j < rasdp_json_len(cl) && !rc; j++)
			rc = one_span(c, cs, rasdp_json_at(cl, j));
		for (j = 0; j < rasdp_json_len(pa) && !rc; j++)
			rc = one_span(c, cs, rasdp_json_at(pa, j));
	}
	for (i = 0; i < cs->ng; i++) {
		if (cs->gold[i].source_id && !strcmp(cs->gold[i].source_id, "outlet"))
			continue;
		if (rasdp_eval_name_eq(cs->gold[i].source_name, "outlet"))
			continue;
		c->names.den++;
		c->names.num += cs->gold[i].source_id != NULL;
	}
	return rc;
}

static int cmp_expr(const void *x, const void *y)
{
	const struct expr *a = x, *b = y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->text, b->text);
}

static void render(const struct coverage *c, unsigned flags, struct rasd_buf *b)
{
	size_t i;

	if (flags & RASDP_EVAL_JSON) {
		struct rasd_jsonw w;

		rasd_jsonw_init(&w, b);
		rasd_jsonw_obj(&w);
		rasdp_eval_json_ratio(&w, "source_spans_known", &c->spans);
		rasdp_eval_json_ratio(&w, "source_names_resolved", &c->names);
		rasd_jsonw_key(&w, "unknown");
		rasd_jsonw_arr(&w);
		for (i = 0; i < c->nunknown; i++) {
			rasd_jsonw_obj(&w);
			rasd_jsonw_key(&w, "text");
			rasd_jsonw_str(&w, c->unknown[i].text);
			rasd_jsonw_key(&w, "count");
			rasd_jsonw_int(&w, (int64_t)c->unknown[i].n);
			rasd_jsonw_obj_end(&w);
		}
		rasd_jsonw_arr_end(&w);
		rasd_jsonw_obj_end(&w);
		rasd_buf_addch(b, '\n');
		return;
	}
	rasd_buf_addf(b, "%-28s %.3f  (%zu/%zu source spans of claims and participants, "
		      "%zu distinct unknown)\n", "source spans known", rasdp_ratio_value(&c->spans),
		      c->spans.num, c->spans.den, c->nunknown);
	rasd_buf_addf(b, "%-28s %.3f  (%zu/%zu claims not the outlet's)\n", "source names resolved",
		      rasdp_ratio_value(&c->names), c->names.num, c->names.den);
	if (flags & RASDP_EVAL_VERBOSE)
		for (i = 0; i < c->nunknown; i++)
			rasd_buf_addf(b, "  unknown %4zu  %s\n", c->unknown[i].n, c->unknown[i].text);
}

int rasdp_eval_source_coverage(struct rasdp_eval *ev, unsigned flags, char **out,
			       size_t *out_len)
{
	struct coverage c;
	struct rasd_buf b = RASD_BUF_INIT;
	size_t i;
	int rc;

	memset(&c, 0, sizeof(c));
	c.e = rasdp_eval_engine(ev);
	if (!c.e)
		return RASD_EINVAL;
	rc = rasdp_eval_each_claims(ev, one_report, &c);
	if (!rc) {
		if (c.nunknown)
			qsort(c.unknown, c.nunknown, sizeof(*c.unknown), cmp_expr);
		render(&c, flags, &b);
		rc = b.err;
	}
	for (i = 0; i < c.nunknown; i++)
		free(c.unknown[i].text);
	free(c.unknown);
	if (!rc)
		*out = rasd_buf_detach(&b, out_len);
	rasd_buf_release(&b);
	return rc ? rc : (*out ? 0 : RASD_ENOMEM);
}
