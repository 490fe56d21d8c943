/*
 * test_eval.c - the measures of `rasd eval`: B-cubed on hand-made
 * clusterings with known values, multiset claim matching, source-name
 * resolution and its fallbacks, the CSV reader's edge cases, and the gold
 * scorer end to end on hand-built records (no lexicon: names compare by
 * spelling).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "eval/eval.h"
#include "model/model.h"
#include "rasd.h"

#define EPS 1e-9

/* ---- B-cubed ---------------------------------------------------------- */


/* A scorer without an engine (names compare by spelling) but with the link and disagree weights of data/. */
static struct rasdp_eval *eval_new(void)
{
	static struct rasd_models ms;
	static int loaded;
	struct rasdp_eval *ev = rasdp_eval_new(NULL);

	if (!loaded) {
		assert_int_equal(rasdp_models_load(&ms, "data", NULL), 0);
		loaded = 1;
	}
	assert_non_null(ev);
	rasdp_eval_set_link(ev, &ms.m[RASD_DEC_LINK]);
	rasdp_eval_set_disagree(ev, &ms.m[RASD_DEC_DISAGREE]);
	return ev;
}

static void test_bcubed_identical(void **state)
{
	long g[] = { 1, 1, 2, 3, 3, 3 }, p[] = { 7, 7, -1, 0, 0, 0 };
	double P, R, F;

	(void)state;
	assert_int_equal(rasdp_bcubed(g, p, 6, &P, &R, &F), 0);
	assert_true(P > 1 - EPS && R > 1 - EPS && F > 1 - EPS);
}

static void test_bcubed_known(void **state)
{
	/* gold {0,1,2}{3,4}; predicted {0,1}{2,3,4}: P = R = F = 11/15 */
	long g[] = { 1, 1, 1, 2, 2 }, p[] = { 1, 1, 2, 2, 2 };
	/* all singletons against one gold cluster of four: P 1, R 1/4 */
	long g2[] = { 5, 5, 5, 5 }, p2[] = { 0, 1, 2, 3 };
	/* one predicted cluster over gold {a,a}{b,b}: P 1/2, R 1 */
	long g3[] = { 1, 1, 2, 2 }, p3[] = { 9, 9, 9, 9 };
	double P, R, F;

	(void)state;
	assert_int_equal(rasdp_bcubed(g, p, 5, &P, &R, &F), 0);
	assert_float_equal(P, 11.0 / 15, EPS);
	assert_float_equal(R, 11.0 / 15, EPS);
	assert_float_equal(F, 11.0 / 15, EPS);
	assert_int_equal(rasdp_bcubed(g2, p2, 4, &P, &R, &F), 0);
	assert_float_equal(P, 1.0, EPS);
	assert_float_equal(R, 0.25, EPS);
	assert_float_equal(F, 0.4, EPS);
	assert_int_equal(rasdp_bcubed(g3, p3, 4, &P, &R, &F), 0);
	assert_float_equal(P, 0.5, EPS);
	assert_float_equal(R, 1.0, EPS);
	assert_float_equal(F, 2.0 / 3, EPS);
	assert_int_equal(rasdp_bcubed(g3, p3, 0, &P, &R, &F), 0);
	assert_float_equal(F, 0.0, EPS);
}

static void test_prf(void **state)
{
	struct rasdp_prf x = { 3, 4, 6, 0, 0, 0 };
	struct rasdp_prf z = { 0, 0, 5, 1, 1, 1 };
	struct rasdp_ratio r = { 0, 0 };

	(void)state;
	rasdp_prf_compute(&x);
	assert_float_equal(x.p, 0.75, EPS);
	assert_float_equal(x.r, 0.5, EPS);
	assert_float_equal(x.f, 0.6, EPS);
	rasdp_prf_compute(&z);
	assert_float_equal(z.p, 0, EPS);
	assert_float_equal(z.f, 0, EPS);
	assert_float_equal(rasdp_ratio_value(&r), 0, EPS);
}

/* ---- claims ----------------------------------------------------------- */

static void test_match_claims(void **state)
{
	struct rasdp_eval_claim gold[] = {
		{ "killed", 20, "exact", NULL, "Reuters", 0 },
		{ "killed", 20, "exact", NULL, "TASS", 0 },
		{ "killed", 10, "about", NULL, "local sources", 0 },
		{ "killed", 5, "exact", NULL, "SOHR", 0 },
		{ "killed", 5, "exact", NULL, "SOHR", 0 },
	};
	struct rasdp_eval_claim pred[] = {
		{ "killed", 20, "exact", "tass", "TASS", 0 },
		{ "killed", 10, "exact", "local_sources", "local sources", 0 },
		{ "wounded", 20, "exact", "reuters", "Reuters", 0 },
		{ "killed", 20, "exact", "reuters", "Reuters", 0 },
		{ "killed", 5, "exact", "sohr", "SOHR", 0 },
	};
	long g2p[5];

	(void)state;
	assert_int_equal(rasdp_eval_match_claims(gold, 5, pred, 5, g2p), 4);
	/* the same (kind, value) goes to the partner with the same source */
	assert_int_equal(g2p[0], 3);
	assert_int_equal(g2p[1], 0);
	assert_int_equal(g2p[2], 1);
	/* a multiset: two gold 5s, one predicted 5 */
	assert_true((g2p[3] == 4) != (g2p[4] == 4));
	assert_true(g2p[3] == -1 || g2p[4] == -1);
	/* nothing predicted */
	assert_int_equal(rasdp_eval_match_claims(gold, 5, pred, 0, g2p), 0);
	assert_int_equal(g2p[0], -1);
}

/* ---- names and sources ------------------------------------------------ */

static const char *table_lookup(void *ctx, const char *text, size_t len, const char **name)
{
	static const char *tab[][3] = {
		{ "Reuters", "reuters", "Reuters" },
		{ "SANA", "sana", "SANA" },
		{ "local sources", "local_sources", "local sources" },
		{ "Syrian Observatory for Human Rights", "sohr", "SOHR" },
		{ "governor", "governor", "governor" },
		{ "activist", "activists", "activists" },
		{ "Aircraft Monitoring Unit", "planes", "Aircraft Monitoring Unit" },
		{ "NNA", "nna", "NNA" },
	};
	size_t i;

	(void)ctx;
	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
		if (strlen(tab[i][0]) == len && !memcmp(tab[i][0], text, len)) {
			if (name)
				*name = tab[i][2];
			return tab[i][1];
		}
	}
	return NULL;
}

static void test_resolve_source(void **state)
{
	const char *name = NULL;

	(void)state;
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "Reuters", &name), "reuters");
	assert_string_equal(name, "Reuters");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "SANA (per outlet lead)", &name),
			    "sana");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "outlet (headline)", &name),
			    "outlet");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "Outlet", NULL), "outlet");
	/* a source named with its holder: the leading words that name it */
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL,
						      "Syrian Observatory for Human Rights and an official (to Reuters)",
						      &name), "sohr");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "SANA, state agency", NULL),
			    "sana");
	/* a leading article is no part of a name */
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL,
						      "the Syrian Observatory for Human Rights", NULL), "sohr");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL,
						      "The Syrian Observatory for Human Rights (statement)",
						      NULL), "sohr");
	/* a source qualified by a place or a number, or named with its holder */
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "Hatay governor Rahmi Dogan",
						      &name), "governor");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "two local sources", NULL),
			    "local_sources");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL,
						      "Mohammad Nour of the Aircraft Monitoring Unit", NULL),
			    "planes");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "Ali Hajo, SANA director",
						      NULL), "sana");
	assert_string_equal(rasdp_eval_resolve_source(table_lookup, NULL, "Ali al-Marsoumi (activist)",
						      NULL), "activists");
	/* never a chain's next link */
	assert_null(rasdp_eval_resolve_source(table_lookup, NULL, "a local monitor via SANA", NULL));
	assert_null(rasdp_eval_resolve_source(table_lookup, NULL, "a local monitor (via NNA)", NULL));
	assert_null(rasdp_eval_resolve_source(table_lookup, NULL, "theSANA", NULL));
	assert_null(rasdp_eval_resolve_source(table_lookup, NULL, "local news reports (via NNA)", &name));
	assert_null(name);
	assert_null(rasdp_eval_resolve_source(table_lookup, NULL, "", NULL));
	assert_null(rasdp_eval_resolve_source(NULL, NULL, "Reuters", NULL));
	assert_string_equal(rasdp_eval_resolve_source(NULL, NULL, "outlet", NULL), "outlet");
}

static void test_source_equal(void **state)
{
	(void)state;
	assert_true(rasdp_eval_source_equal("sana", NULL, "SANA", "sana", "SANA"));
	/* unresolved gold: names decide */
	assert_true(rasdp_eval_source_equal(NULL, NULL, "the Syrian Observatory", "sohr",
					    "Syrian Observatory"));
	assert_true(rasdp_eval_source_equal(NULL, NULL, "SOHR (via AFP)", "sohr", "Syrian Observatory"));
	assert_true(rasdp_eval_source_equal("sohr", "SOHR", "Syrian Observatory for Human Rights",
					    NULL, "SOHR"));
	assert_false(rasdp_eval_source_equal("sana", "SANA", "SANA", "reuters", "Reuters"));
	assert_false(rasdp_eval_source_equal(NULL, NULL, NULL, NULL, NULL));
	assert_false(rasdp_eval_source_equal(NULL, NULL, "", "x", ""));
}

/* ---- disputes ---------------------------------------------------------- */

static const char *actor_table(void *ctx, const char *text, size_t len, const char **name)
{
	static const char *tab[][2] = {
		{ "Russian forces", "russia_forces" },
		{ "Syrian regime forces", "syria_regime" },
		{ "regime forces", "syria_regime" },
	};
	size_t i;

	(void)ctx;
	for (i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		if (strlen(tab[i][0]) == len && !memcmp(tab[i][0], text, len)) {
			if (name)
				*name = tab[i][0];
			return tab[i][1];
		}
	return NULL;
}

static void test_detail_numbers(void **state)
{
	int64_t v[8];

	(void)state;
	assert_int_equal(rasdp_eval_detail_numbers("Jasim operation: 20 killed (TASS) vs about 10 "
						   "(local sources), 20 again", v, 8), 2);
	assert_int_equal(v[0], 20);
	assert_int_equal(v[1], 10);
	/* words, models, ordinals, dates, times and decimals are not figures */
	assert_int_equal(rasdp_eval_detail_numbers("d000 F-35 20th 2023-10-05 5/10 12:30 3.5", v, 8), 0);
	assert_int_equal(rasdp_eval_detail_numbers("on 5 October, and October 5, 2023", v, 8), 0);
	/* thousands, and "20+" */
	assert_int_equal(rasdp_eval_detail_numbers("1,200 vs 20+ wounded", v, 8), 2);
	assert_int_equal(v[0], 1200);
	assert_int_equal(v[1], 20);
	/* at most `max` */
	assert_int_equal(rasdp_eval_detail_numbers("1 2 3 4", v, 2), 2);
	assert_int_equal(rasdp_eval_detail_numbers(NULL, v, 8), 0);
}

static void test_dispute_match(void **state)
{
	struct json_object *g1 = json_tokener_parse(
		"{\"attribute\":\"participation\",\"detail\":\"Syrian regime forces: ran it "
		"(Ministry) vs only two shells (locals)\"}");
	struct json_object *g2 = json_tokener_parse(
		"\"Death toll (reports conflicted): SOHR about 100 / official sources 81\"");
	struct json_object *g3 = json_tokener_parse(
		"{\"attribute\":\"participation\",\"detail\":\"they say Russian forces took part\"}");
	struct json_object *g4 = json_tokener_parse("\"Attack details: six missiles\"");
	struct rasdp_eval_dispute gd, pd;

	(void)state;
	assert_non_null(g1);
	assert_non_null(g2);
	rasdp_eval_gold_dispute(g1, actor_table, NULL, &gd);
	assert_string_equal(gd.attribute, "participation");
	assert_string_equal(gd.actor, "syria_regime");
	memset(&pd, 0, sizeof(pd));
	pd.attribute = "participation";
	pd.actor = "syria_regime";
	assert_true(rasdp_eval_dispute_match(&gd, &pd));
	pd.actor = "russia_forces";
	assert_false(rasdp_eval_dispute_match(&gd, &pd));
	pd.attribute = "killed";
	assert_false(rasdp_eval_dispute_match(&gd, &pd));

	/* a free-text toll: its attribute from its words, its figures */
	rasdp_eval_gold_dispute(g2, actor_table, NULL, &gd);
	assert_string_equal(gd.attribute, "killed");
	assert_int_equal(gd.nnums, 2);
	memset(&pd, 0, sizeof(pd));
	pd.attribute = "killed";
	pd.nums[0] = 100;
	pd.nums[1] = 81;
	pd.nnums = 2;
	assert_true(rasdp_eval_dispute_match(&gd, &pd));
	/* another toll of the same report does not match */
	pd.nums[1] = 7;
	assert_false(rasdp_eval_dispute_match(&gd, &pd));

	/* the actor of a detail without a colon: a run of its words */
	rasdp_eval_gold_dispute(g3, actor_table, NULL, &gd);
	assert_string_equal(gd.actor, "russia_forces");
	/* unresolved gold actor: any participation dispute */
	rasdp_eval_gold_dispute(g3, NULL, NULL, &gd);
	assert_null(gd.actor);
	memset(&pd, 0, sizeof(pd));
	pd.attribute = "participation";
	assert_true(rasdp_eval_dispute_match(&gd, &pd));

	/* "other" is never matched */
	rasdp_eval_gold_dispute(g4, actor_table, NULL, &gd);
	assert_string_equal(gd.attribute, "other");
	pd.attribute = "other";
	assert_false(rasdp_eval_dispute_match(&gd, &pd));
	assert_true(rasdp_eval_figure_attribute("killed_or_wounded"));
	assert_false(rasdp_eval_figure_attribute("date"));
	json_object_put(g1);
	json_object_put(g2);
	json_object_put(g3);
	json_object_put(g4);
}

static void test_names(void **state)
{
	char buf[64];

	(void)state;
	assert_int_equal(rasdp_eval_norm_name("  The  Syrian-Observatory ", 26, buf, sizeof(buf)), 18);
	assert_string_equal(buf, "syrian observatory");
	rasdp_eval_norm_name("Jisr al-Ra'is", 13, buf, sizeof(buf));
	assert_string_equal(buf, "jisr al rais");
	rasdp_eval_norm_name("سانا", strlen("سانا"), buf, sizeof(buf));
	assert_string_equal(buf, "سانا");
	rasdp_eval_norm_name("abcdef", 6, buf, 4);
	assert_string_equal(buf, "abc");
	rasdp_eval_strip_parens("Hafez al-Assad bridge (Jisr al-Rais), Damascus", buf, sizeof(buf));
	assert_string_equal(buf, "Hafez al-Assad bridge , Damascus");
	rasdp_eval_strip_parens("outlet (headline)", buf, sizeof(buf));
	assert_string_equal(buf, "outlet");
}

/* ---- CSV -------------------------------------------------------------- */

static void test_csv(void **state)
{
	static const char text[] =
		"\xEF\xBB\xBF" "a,b,c\r\n"
		"1,\"x, y\",\"he said \"\"no\"\"\"\n"
		"2,\"two\nlines\",\n"
		",,\n"
		"\n"
		"3,last,\"\"";
	struct rasdp_csv c;
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	rasdp_csv_init(&c, text, sizeof(text) - 1);
	assert_int_equal(rasdp_csv_next(&c, &err), 1);
	assert_int_equal(c.nfields, 3);
	assert_string_equal(c.fields[0], "a");
	assert_string_equal(c.fields[2], "c");
	assert_int_equal(c.line, 1);
	assert_int_equal(rasdp_csv_next(&c, &err), 1);
	assert_int_equal(c.nfields, 3);
	assert_string_equal(c.fields[1], "x, y");
	assert_string_equal(c.fields[2], "he said \"no\"");
	assert_int_equal(rasdp_csv_next(&c, &err), 1);
	assert_int_equal(c.line, 3);
	assert_int_equal(c.nfields, 3);
	assert_string_equal(c.fields[1], "two\nlines");
	assert_string_equal(c.fields[2], "");
	assert_int_equal(rasdp_csv_next(&c, &err), 1);
	assert_int_equal(c.line, 5);
	assert_int_equal(c.nfields, 3);
	assert_string_equal(c.fields[0], "");
	assert_int_equal(rasdp_csv_next(&c, &err), 1);   /* blank line */
	assert_int_equal(c.nfields, 1);
	assert_string_equal(c.fields[0], "");
	assert_int_equal(rasdp_csv_next(&c, &err), 1);
	assert_int_equal(c.line, 7);
	assert_int_equal(c.nfields, 3);
	assert_string_equal(c.fields[1], "last");
	assert_string_equal(c.fields[2], "");
	assert_int_equal(rasdp_csv_next(&c, &err), 0);
	rasdp_csv_release(&c);
}

static void test_csv_errors(void **state)
{
	static const char open_quote[] = "a,b\n1,\"never closed\n2,3\n";
	static const char after[] = "a,\"b\"x,c\n";
	struct rasdp_csv c;
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	rasdp_csv_init(&c, open_quote, sizeof(open_quote) - 1);
	assert_int_equal(rasdp_csv_next(&c, &err), 1);
	assert_int_equal(rasdp_csv_next(&c, &err), RASD_EPARSE);
	assert_int_equal(err.line, 2);
	assert_non_null(strstr(err.msg, "not closed"));
	rasdp_csv_release(&c);
	memset(&err, 0, sizeof(err));
	rasdp_csv_init(&c, after, sizeof(after) - 1);
	assert_int_equal(rasdp_csv_next(&c, &err), RASD_EPARSE);
	rasdp_csv_release(&c);
	rasdp_csv_init(&c, "", 0);
	assert_int_equal(rasdp_csv_next(&c, &err), 0);
	rasdp_csv_release(&c);
}

static void test_parse_mdy(void **state)
{
	char out[11];

	(void)state;
	assert_int_equal(rasdp_eval_parse_mdy("4/5/2017", out), 0);
	assert_string_equal(out, "2017-04-05");
	assert_int_equal(rasdp_eval_parse_mdy("12/31/2015", out), 0);
	assert_string_equal(out, "2015-12-31");
	assert_int_equal(rasdp_eval_parse_mdy("2016-07-10", out), 0);
	assert_string_equal(out, "2016-07-10");
	assert_int_equal(rasdp_eval_parse_mdy("13/1/2017", out), -1);
	assert_int_equal(rasdp_eval_parse_mdy("2/30/2017", out), -1);
	assert_int_equal(rasdp_eval_parse_mdy("4/5/2017x", out), -1);
	assert_int_equal(rasdp_eval_parse_mdy("", out), -1);
	assert_int_equal(rasdp_eval_parse_mdy(NULL, out), -1);
}

/* ---- the gold scorer -------------------------------------------------- */

#define JASIM "{\"id\":\"gn:jasim\",\"name\":\"Jasim\",\"kind\":\"city\",\"admin1\":\"Daraa\"," \
	"\"admin1_id\":\"SY12\",\"lat\":32.99,\"lon\":36.06,\"geo_precision\":1}"
#define SRC(id, name) "{\"id\":\"" id "\",\"name\":\"" name "\",\"chain\":[]}"
#define PK(kind, v, q, src) "{\"kind\":\"" kind "\",\"value\":" #v ",\"value_hi\":" #v \
	",\"qualifier\":\"" q "\",\"who\":\"members\",\"denied\":false,\"source\":" src "}"
#define GK(v, q, src, derived) "{\"kind\":\"killed\",\"value\":" #v ",\"qualifier\":\"" q \
	"\",\"who\":\"members\",\"source\":\"" src "\",\"denied\":false,\"derived\":" derived "}"

static const char *gold_lines[] = {
	"{\"id\":\"d1\",\"incident\":\"A\",\"events\":[{\"date\":\"2022-10-14\",\"location\":\"Jasim\","
	"\"admin1\":\"Daraa\",\"event_type\":\"Battles\",\"claims\":["
	GK(20, "exact", "Reuters", "false") "," GK(10, "about", "local sources", "false") ","
	GK(1, "exact", "outlet", "true") "]}],"
	"\"disputes\":[{\"attribute\":\"killed\",\"detail\":\"20 vs about 10\"}]}",
	"{\"id\":\"d2\",\"incident\":\"A\",\"events\":[{\"date\":null,\"location\":\"Jasim, Daraa\","
	"\"admin1\":\"Daraa\",\"event_type\":\"Battles\",\"claims\":["
	GK(20, "exact", "Reuters (via wires)", "false") "]}],\"disputes\":[]}",
	"{\"id\":\"d3\",\"incident\":null,\"events\":[],\"disputes\":[]}",
};

static const char *pred_lines[] = {
	"{\"id\":\"d1\",\"outlet\":\"a.net\",\"lang\":\"ar\",\"published\":\"2022-10-17\",\"events\":["
	"{\"n\":0,\"event_type\":\"Battles\",\"date\":\"2022-10-15\",\"date_last\":\"2022-10-15\","
	"\"date_precision\":\"day\",\"place\":" JASIM ",\"actors\":[],\"claims\":["
	PK("killed", 20, "exact", SRC("reuters", "Reuters")) ","
	PK("killed", 10, "exact", SRC("local_sources", "local sources")) ","
	PK("wounded", 3, "exact", SRC("outlet", "a.net")) "],\"participants\":[]}]}",
	"{\"id\":\"d2\",\"outlet\":\"b.com\",\"lang\":\"en\",\"published\":\"2022-10-18\",\"events\":["
	"{\"n\":0,\"event_type\":\"Battles\",\"date\":null,\"date_last\":null,"
	"\"date_precision\":null,\"place\":" JASIM ",\"actors\":[],\"claims\":["
	PK("killed", 20, "exact", SRC("reuters", "Reuters")) "],\"participants\":[]}]}",
	"{\"id\":\"d3\",\"outlet\":\"c.org\",\"lang\":\"en\",\"published\":\"2022-11-01\",\"events\":["
	"{\"n\":0,\"event_type\":\"Protests\",\"date\":\"2022-11-01\",\"date_last\":\"2022-11-01\","
	"\"date_precision\":\"day\",\"place\":null,\"actors\":[],\"claims\":[],\"participants\":[]}]}",
};

/* Give `ev` the `n` gold records and extractions of `gold` and `pred`. */
static void add_reports(struct rasdp_eval *ev, const char **gold, const char **pred, size_t n)
{
	rasd_err err;
	size_t i;

	assert_non_null(ev);
	memset(&err, 0, sizeof(err));
	for (i = 0; i < n; i++) {
		struct json_object *g = json_tokener_parse(gold[i]);

		assert_non_null(g);
		assert_int_equal(rasdp_eval_add_gold(ev, g, &err), 0);
		assert_int_equal(rasdp_eval_add_doc(ev, pred[i], strlen(pred[i]), NULL, 0, &err), 0);
		json_object_put(g);
	}
}

static void test_gold_scorer(void **state)
{
	struct rasdp_eval *ev = eval_new();
	struct rasdp_eval_scores s;
	char *out = NULL;
	size_t len = 0;

	(void)state;
	add_reports(ev, gold_lines, pred_lines, 3);
	assert_int_equal(rasdp_eval_run(ev, &s, RASDP_EVAL_VERBOSE, &out, &len), 0);
	assert_int_equal(s.gold_reports, 3);
	assert_int_equal(s.scored, 3);
	/* claims: 4 gold (one derived), 4 predicted, 3 matched */
	assert_int_equal(s.claims.ngold, 4);
	assert_int_equal(s.claims.npred, 4);
	assert_int_equal(s.claims.tp, 3);
	assert_int_equal(s.claims_written.ngold, 3);
	assert_int_equal(s.claims_written.tp, 3);
	assert_float_equal(s.claims.f, 0.75, EPS);
	assert_int_equal(s.qualifier.num, 2);
	assert_int_equal(s.qualifier.den, 3);
	assert_int_equal(s.source.num, 3);
	/* events: d1 a day off (matches, date wrong), d2 both undated, d3 spurious */
	assert_int_equal(s.events.ngold, 2);
	assert_int_equal(s.events.npred, 3);
	assert_int_equal(s.events.tp, 2);
	assert_int_equal(s.date.num, 1);
	assert_int_equal(s.date.den, 2);
	assert_int_equal(s.type.num, 2);
	assert_int_equal(s.place.num, 2);
	/* false events on the report of none */
	assert_int_equal(s.none_reports, 1);
	assert_int_equal(s.false_events, 1);
	/* incidents over d1, d2 only; the dispute of d1 is 20 vs 10 */
	assert_int_equal(s.inc_docs, 2);
	assert_true(s.inc_f > 0 && s.inc_f <= 1);
	assert_int_equal(s.disputes.den, 1);
	assert_int_equal(s.disputes.num, 1);
	/* d1 alone has its one dispute, which is gold */
	assert_int_equal(s.dispute_precision.num, 1);
	assert_int_equal(s.dispute_precision.den, 1);
	assert_non_null(strstr(out, "dispute precision"));
	assert_non_null(strstr(out, "claims (written figures)"));
	assert_non_null(strstr(out, "spurious claim: wounded 3 exact"));
	assert_non_null(strstr(out, "wrong qualifier"));
	free(out);
	assert_int_equal(rasdp_eval_render(&s, RASDP_EVAL_JSON, &out, &len), 0);
	{
		struct json_object *o = json_tokener_parse(out), *c = NULL, *f = NULL;

		assert_non_null(o);
		assert_true(json_object_object_get_ex(o, "claims", &c));
		assert_true(json_object_object_get_ex(c, "f1", &f));
		assert_float_equal(json_object_get_double(f), 0.75, 1e-4);
		json_object_put(o);
	}
	free(out);
	rasdp_eval_free(ev);
}

/*
 * Background events (a past happening recalled) are scored on neither side:
 * a predicted one pairs only with a gold one and, unpaired, is no false
 * event; their claims count.
 */
static void test_gold_background(void **state)
{
	static const char *gold[] = {
		"{\"id\":\"b1\",\"incident\":\"B\",\"events\":[{\"role\":\"main\",\"date\":\"2022-10-14\","
		"\"location\":\"Jasim\",\"admin1\":\"Daraa\",\"event_type\":\"Battles\",\"claims\":["
		GK(20, "exact", "Reuters", "false") "]},{\"role\":\"background\",\"date\":null,"
		"\"location\":null,\"event_type\":\"Battles\",\"claims\":["
		GK(30, "exact", "outlet", "false") "]}],\"disputes\":[]}",
		"{\"id\":\"b2\",\"incident\":\"C\",\"events\":[{\"role\":\"main\",\"date\":\"2022-10-14\","
		"\"location\":\"Jasim\",\"admin1\":\"Daraa\",\"event_type\":\"Battles\",\"claims\":["
		GK(20, "exact", "Reuters", "false") "]}],\"disputes\":[]}",
	};
	static const char *pred[] = {
		/* the current event found, the past one recalled with its figure */
		"{\"id\":\"b1\",\"outlet\":\"a.net\",\"lang\":\"en\",\"published\":\"2022-10-15\",\"events\":["
		"{\"n\":0,\"role\":\"main\",\"event_type\":\"Battles\",\"date\":\"2022-10-14\","
		"\"date_precision\":\"day\",\"place\":" JASIM ",\"claims\":["
		PK("killed", 20, "exact", SRC("reuters", "Reuters")) "]},"
		"{\"n\":1,\"role\":\"background\",\"event_type\":\"Battles\",\"date\":\"2019-01-01\","
		"\"date_precision\":\"year\",\"place\":null,\"claims\":["
		PK("killed", 30, "exact", SRC("outlet", "a.net")) "]}]}",
		/* the current event read as a past one: missed, and no false event */
		"{\"id\":\"b2\",\"outlet\":\"a.net\",\"lang\":\"en\",\"published\":\"2022-10-15\",\"events\":["
		"{\"n\":0,\"role\":\"background\",\"event_type\":\"Battles\",\"date\":\"2022-10-14\","
		"\"date_precision\":\"day\",\"place\":" JASIM ",\"claims\":["
		PK("killed", 20, "exact", SRC("reuters", "Reuters")) "]}]}",
	};
	struct rasdp_eval *ev = eval_new();
	struct rasdp_eval_scores s;
	char *out = NULL;
	size_t len = 0;

	(void)state;
	add_reports(ev, gold, pred, 2);
	assert_int_equal(rasdp_eval_run(ev, &s, RASDP_EVAL_VERBOSE, &out, &len), 0);
	assert_int_equal(s.claims.ngold, 3);
	assert_int_equal(s.claims.npred, 3);
	assert_int_equal(s.claims.tp, 3);
	assert_int_equal(s.events.ngold, 2);
	assert_int_equal(s.events.npred, 1);
	assert_int_equal(s.events.tp, 1);
	assert_null(strstr(out, "spurious event"));
	assert_non_null(strstr(out, "missed event"));
	free(out);
	rasdp_eval_free(ev);
}

static void test_gold_missing_extraction(void **state)
{
	struct rasdp_eval *ev = eval_new();
	struct rasdp_eval_scores s;
	struct json_object *g = json_tokener_parse(gold_lines[0]);
	struct json_object *bad = json_tokener_parse("{\"incident\":\"x\"}");
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_eval_add_gold(ev, bad, &err), RASD_EPARSE);
	assert_int_equal(rasdp_eval_add_gold(ev, g, &err), 0);
	assert_int_equal(rasdp_eval_run(ev, &s, 0, NULL, NULL), 0);
	/* no extraction: every gold figure is missed, nothing is skipped */
	assert_int_equal(s.scored, 0);
	assert_int_equal(s.claims.ngold, 3);
	assert_int_equal(s.claims.tp, 0);
	assert_int_equal(s.events.ngold, 1);
	assert_int_equal(s.disputes.den, 1);
	assert_int_equal(s.disputes.num, 0);
	assert_float_equal(s.claims.f, 0, EPS);
	json_object_put(g);
	json_object_put(bad);
	rasdp_eval_free(ev);
}

/* Slices add up: per-language figures sum to the whole. */
static void test_gold_slices(void **state)
{
	struct rasdp_eval *ev = eval_new();
	struct rasdp_eval_scores s;
	rasd_err err;
	char *out = NULL;
	size_t len = 0, i;

	(void)state;
	memset(&err, 0, sizeof(err));
	for (i = 0; i < 3; i++) {
		struct json_object *g = json_tokener_parse(gold_lines[i]);

		json_object_object_add(g, "country", json_object_new_string(i ? "Iraq" : "Syria"));
		assert_int_equal(rasdp_eval_add_gold(ev, g, &err), 0);
		assert_int_equal(rasdp_eval_add_doc(ev, pred_lines[i], strlen(pred_lines[i]), NULL, 0,
						    &err), 0);
		json_object_put(g);
	}
	assert_int_equal(rasdp_eval_run(ev, &s, RASDP_EVAL_SLICES | RASDP_EVAL_JSON, &out, &len), 0);
	{
		struct json_object *o = json_tokener_parse(out), *sl, *c, *x, *y, *v;
		int64_t tp = 0, ng = 0;

		assert_non_null(o);
		assert_true(json_object_object_get_ex(o, "slices", &sl));
		assert_true(json_object_object_get_ex(sl, "country", &c));
		assert_int_equal(json_object_object_length(c), 2);
		assert_true(json_object_object_get_ex(c, "Syria", &x));
		assert_true(json_object_object_get_ex(c, "Iraq", &y));
		json_object_object_foreach(c, k, val) {
			struct json_object *cl;

			(void)k;
			assert_true(json_object_object_get_ex(val, "claims", &cl));
			assert_true(json_object_object_get_ex(cl, "matched", &v));
			tp += json_object_get_int64(v);
			assert_true(json_object_object_get_ex(cl, "gold", &v));
			ng += json_object_get_int64(v);
		}
		assert_int_equal(tp, (int64_t)s.claims.tp);
		assert_int_equal(ng, (int64_t)s.claims.ngold);
		/* the report without a language in gold or extraction is "unknown" or its own */
		assert_true(json_object_object_get_ex(sl, "outlet_kind", &c));
		assert_true(json_object_object_get_ex(c, "unknown", &x));
		json_object_put(o);
	}
	free(out);
	rasdp_eval_free(ev);
}

/* The corpus gold checker on an invented report. */
static const char check_text[] =
	"Shelling killed 12 people in Alpha town on Monday. "
	"\xd9\x82\xd8\xaa\xd9\x84 \xd8\xb3\xd8\xaa\xd8\xa9 \xd8\xa3\xd8\xb4\xd8\xae\xd8\xa7\xd8\xb5.";
/* "... قتل ستة أشخاص." : "ستة" (6) is at characters [55, 58) */

static int check_one(const rasd_engine *e, const char *json, const char *want)
{
	struct json_object *g = json_tokener_parse(json);
	struct rasd_buf b = RASD_BUF_INIT;
	int n;

	assert_non_null(g);
	n = rasdp_gold_check(e, g, check_text, sizeof(check_text) - 1, &b);
	if (want)
		assert_non_null(strstr(b.buf, want));
	else if (n)
		fail_msg("unexpected problems: %s", b.buf);
	rasd_buf_release(&b);
	json_object_put(g);
	return n;
}

#define EV_HEAD "{\"id\":\"x1\",\"incident\":\"k\",\"country\":\"Syria\",\"outlet_kind\":\"regional\"," \
	"\"disputes\":[],\"events\":[{\"role\":\"main\",\"date\":null,\"date_precision\":null," \
	"\"date_span\":null,\"location\":\"Alpha\",\"location_level\":\"town\",\"location_span\":[29,34]," \
	"\"admin1\":\"Idlib\",\"event_type\":\"Explosions/Remote violence\"," \
	"\"sub_event_type\":\"Shelling/artillery/missile attack\",\"actor1\":null,\"actor2\":null," \
	"\"actors\":[],\"participants\":[],\"claims\":["
#define CLAIM(v, span, derived) "{\"kind\":\"killed\",\"value\":" v ",\"qualifier\":\"exact\"," \
	"\"who\":\"people\",\"group\":\"people\",\"source\":\"outlet\",\"source_span\":null," \
	"\"denied\":false,\"derived\":" derived ",\"subset\":false,\"span\":" span "}"

static void test_gold_check(void **state)
{
	rasd_engine *e = rasd_engine_new("data", NULL);

	(void)state;
	assert_non_null(e);
	/* digits and Arabic words at their spans */
	assert_int_equal(check_one(e, EV_HEAD CLAIM("12", "[16,18]", "false") "," CLAIM("6", "[55,58]", "false") "]}]}", NULL), 0);
	/* a written figure that is not at its span */
	assert_true(check_one(e, EV_HEAD CLAIM("13", "[16,18]", "false") "]}]}", "does not give the value 13") > 0);
	assert_true(check_one(e, EV_HEAD CLAIM("7", "[55,58]", "false") "]}]}", "does not give the value 7") > 0);
	/* a derived count needs a span, not a number */
	assert_int_equal(check_one(e, EV_HEAD CLAIM("1", "[59,64]", "true") "]}]}", NULL), 0);
	/* spans outside the text, cutting a word, or empty */
	assert_true(check_one(e, EV_HEAD CLAIM("12", "[16,900]", "false") "]}]}", "outside the text") > 0);
	assert_true(check_one(e, EV_HEAD CLAIM("12", "[17,18]", "false") "]}]}", "cuts a word") > 0);
	assert_true(check_one(e, EV_HEAD CLAIM("12", "[16,16]", "false") "]}]}", "empty") > 0);
	/* closed sets and ACLED pairs */
	assert_true(check_one(e, "{\"id\":\"x1\",\"incident\":null,\"country\":\"Syria\","
			      "\"outlet_kind\":\"blog\",\"events\":[],\"disputes\":[]}", "outlet_kind") > 0);
	assert_true(check_one(e, "{\"id\":\"x1\",\"incident\":null,\"country\":\"Syria\","
			      "\"outlet_kind\":\"state\",\"events\":[{\"role\":\"main\",\"date\":\"2023-02-30\","
			      "\"date_precision\":\"day\",\"event_type\":\"Battles\",\"sub_event_type\":\"Air/drone strike\","
			      "\"actors\":[],\"claims\":[],\"participants\":[]}],\"disputes\":[]}",
			      "not an ACLED event type") > 0);
	assert_true(check_one(e, "{\"id\":\"x1\",\"incident\":null,\"country\":\"Syria\","
			      "\"outlet_kind\":\"state\",\"events\":[{\"role\":\"main\",\"date\":\"2023-02-30\","
			      "\"date_precision\":\"day\",\"event_type\":null,\"sub_event_type\":null,"
			      "\"actors\":[],\"claims\":[],\"participants\":[]}],\"disputes\":[]}",
			      "is not a date") > 0);
	rasd_engine_free(e);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bcubed_identical),
		cmocka_unit_test(test_bcubed_known),
		cmocka_unit_test(test_prf),
		cmocka_unit_test(test_match_claims),
		cmocka_unit_test(test_resolve_source),
		cmocka_unit_test(test_source_equal),
		cmocka_unit_test(test_detail_numbers),
		cmocka_unit_test(test_dispute_match),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_csv_errors),
		cmocka_unit_test(test_parse_mdy),
		cmocka_unit_test(test_gold_scorer),
		cmocka_unit_test(test_gold_background),
		cmocka_unit_test(test_gold_missing_extraction),
		cmocka_unit_test(test_gold_slices),
		cmocka_unit_test(test_gold_check),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
