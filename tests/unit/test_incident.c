/*
 * test_incident.c - clustering, copies, reconciliation and disputes on
 * hand-built `rasd extract` records.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fault.h"
#include "testdata.h"
#include "incident/incident.h"
#include "model/model.h"

/* ---- building records ----------------------------------------------- */

#define JASIM "{\"id\":\"gn:jasim\",\"name\":\"Jasim\",\"name_ar\":\"جاسم\",\"kind\":\"city\"," \
	"\"admin1\":\"Daraa\",\"admin1_id\":\"SY12\",\"admin2\":\"Izra'\",\"lat\":32.99,\"lon\":36.06,\"geo_precision\":1}"
#define TAFAS "{\"id\":\"gn:tafas\",\"name\":\"Tafas\",\"kind\":\"town\"," \
	"\"admin1\":\"Daraa\",\"admin1_id\":\"SY12\",\"admin2\":\"Daraa\",\"lat\":32.74,\"lon\":35.99,\"geo_precision\":1}"
#define SRC(id, name) "{\"id\":\"" id "\",\"name\":\"" name "\",\"chain\":[]}"
#define KILLED(v, q, src) "{\"kind\":\"killed\",\"value\":" #v ",\"value_hi\":" #v \
	",\"qualifier\":\"" q "\",\"who\":\"members\",\"denied\":false,\"source\":" src "}"
#define ACTOR(id, role) "{\"id\":\"" id "\",\"name\":\"" id "\",\"role\":\"" role "\"}"



static struct rasd_incidents *new_incidents(void)
{
	struct rasd_incidents *inc = rasdp_incidents_new();

	assert_non_null(inc);
	rasdp_incidents_set_models(inc, rasdt_models());
	return inc;
}

static void add(struct rasd_incidents *inc, const char *json)
{
	rasd_err err;
	int rc;

	memset(&err, 0, sizeof(err));
	rc = rasdp_incidents_add_line(inc, json, strlen(json), NULL, &err);
	if (rc)
		fprintf(stderr, "add failed: %s\n", err.msg);
	assert_int_equal(rc, 0);
}

static long cl(struct rasd_incidents *inc, const char *doc, size_t n)
{
	long d = rasdp_incidents_find_doc(inc, doc);

	assert_true(d >= 0);
	return rasdp_incidents_cluster_of(inc, (size_t)d, n);
}

/* The Arabic report of the Jasim operation. */
static const char *ar_doc =
	"{\"id\":\"ar1\",\"outlet\":\"enabbaladi.net\",\"lang\":\"ar\",\"published\":\"2022-10-17\",\"events\":["
	"{\"n\":0,\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2022-10-14\","
	"\"date_last\":\"2022-10-14\",\"date_precision\":\"day\",\"place\":" JASIM ","
	"\"actors\":[" ACTOR("isis", "actor2") "," ACTOR("local_fighters", "actor1") "],"
	"\"claims\":[" KILLED(20, "exact", SRC("reuters", "Reuters")) ","
	KILLED(20, "exact", SRC("tass", "TASS")) ","
	KILLED(10, "about", SRC(, "local sources")) "],"
	"\"participants\":["
	"{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":false,\"source\":" SRC("tass", "TASS") "},"
	"{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":true,\"source\":" SRC(, "local sources") "}]}"
	"]}";

/* The English agency report of the same operation. */
static const char *en_doc =
	"{\"id\":\"en1\",\"outlet\":\"reuters.com\",\"lang\":\"en\",\"published\":\"2022-10-15\",\"events\":["
	"{\"n\":0,\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2022-10-14\","
	"\"date_last\":\"2022-10-14\",\"date_precision\":\"day\",\"place\":" JASIM ","
	"\"actors\":[" ACTOR("isis", "actor2") "," ACTOR("russia_forces", "actor1") "],"
	"\"claims\":[" KILLED(20, "exact", SRC("russian_officer", "Russian officer")) "],"
	"\"participants\":[]}]}";

/* Another happening in Jasim the same week: a shelling two days later. */
static const char *other_doc =
	"{\"id\":\"en2\",\"outlet\":\"syriahr.com\",\"lang\":\"en\",\"published\":\"2022-10-17\",\"events\":["
	"{\"n\":0,\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Shelling/artillery/missile attack\","
	"\"date\":\"2022-10-16\",\"date_last\":\"2022-10-16\",\"date_precision\":\"day\",\"place\":" JASIM ","
	"\"actors\":[" ACTOR("syrian_army", "actor1") "],"
	"\"claims\":[" KILLED(3, "exact", SRC("sohr", "SOHR")) "],\"participants\":[]}]}";

/* Same type, three days later, other perpetrator. */
static const char *other2_doc =
	"{\"id\":\"en3\",\"outlet\":\"npasyria.com\",\"lang\":\"en\",\"published\":\"2022-10-18\",\"events\":["
	"{\"n\":0,\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2022-10-17\","
	"\"date_last\":\"2022-10-17\",\"date_precision\":\"day\",\"place\":" JASIM ","
	"\"actors\":[" ACTOR("hts", "actor1") "," ACTOR("eighth_brigade", "actor2") "],"
	"\"claims\":[],\"participants\":[]}]}";

static void test_join_across_languages(void **state)
{
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	add(inc, ar_doc);
	add(inc, en_doc);
	add(inc, other_doc);
	add(inc, other2_doc);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(rasdp_incidents_nevents(inc), 4);
	assert_true(cl(inc, "ar1", 0) >= 0);
	assert_int_equal(cl(inc, "ar1", 0), cl(inc, "en1", 0));
	assert_int_not_equal(cl(inc, "ar1", 0), cl(inc, "en2", 0));
	assert_int_not_equal(cl(inc, "ar1", 0), cl(inc, "en3", 0));
	assert_int_not_equal(cl(inc, "en2", 0), cl(inc, "en3", 0));
	assert_int_equal(rasdp_incidents_count(inc), 3);
	/* The blocked clustering finds what scoring every pair finds. */
	assert_int_equal(rasdp_incidents_cluster_allpairs(inc, 0), 0);
	assert_int_equal(cl(inc, "ar1", 0), cl(inc, "en1", 0));
	assert_int_equal(rasdp_incidents_count(inc), 3);
	rasdp_incidents_free(inc);
}

/*
 * A past happening a report recalls (role background) is no account of a
 * current incident: it joins none, and its figure makes no toll or dispute.
 */
static void test_background_left_out(void **state)
{
	static const char *recall_doc =
		"{\"id\":\"en4\",\"outlet\":\"example.org\",\"lang\":\"en\",\"published\":\"2022-10-15\",\"events\":["
		"{\"n\":0,\"role\":\"main\",\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
		"\"date\":\"2022-10-14\",\"date_last\":\"2022-10-14\",\"date_precision\":\"day\",\"place\":" JASIM ","
		"\"actors\":[],\"claims\":[" KILLED(20, "exact", SRC("reuters", "Reuters")) "],\"participants\":[]},"
		"{\"n\":1,\"role\":\"background\",\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
		"\"date\":\"2022-10-14\",\"date_last\":\"2022-10-14\",\"date_precision\":\"day\",\"place\":" JASIM ","
		"\"actors\":[],\"claims\":[" KILLED(90, "exact", SRC("outlet", "example.org")) "],\"participants\":[]}]}";
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	add(inc, en_doc);
	add(inc, recall_doc);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(rasdp_incidents_nevents(inc), 2);
	assert_int_equal(cl(inc, "en1", 0), cl(inc, "en4", 0));
	assert_int_equal(rasdp_incidents_count(inc), 1);
	rasdp_incidents_free(inc);
}

static void test_reconcile_disputes(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	const struct rasd_dispute *d;
	struct rasd_fatalities f;
	size_t n, i;
	long k;
	int killed = 0, part = 0;
	char *json;
	size_t len;

	(void)state;
	add(inc, ar_doc);
	add(inc, en_doc);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	k = cl(inc, "ar1", 0);
	assert_true(k >= 0);
	d = rasdp_incidents_disputes(inc, (size_t)k, &n);
	assert_non_null(d);
	for (i = 0; i < n; i++) {
		if (!strcmp(d[i].attribute, "killed")) {
			killed++;
			assert_non_null(strstr(d[i].detail, "about 10 (local sources)"));
			assert_non_null(strstr(d[i].detail, "Reuters"));
			assert_true(d[i].nrefs >= 3);
		}
		if (!strcmp(d[i].attribute, "participation")) {
			part++;
			assert_non_null(strstr(d[i].detail, "Russian forces"));
			assert_non_null(strstr(d[i].detail, "did not (local sources)"));
		}
	}
	assert_int_equal(killed, 1);
	assert_int_equal(part, 1);
	assert_int_equal(rasdp_incidents_fatalities(inc, (size_t)k, &f), 0);
	assert_int_equal(f.low, 10);
	assert_int_equal(f.best, 20);
	assert_int_equal(f.high, 20);
	assert_int_equal(f.acled, 10);

	assert_int_equal(rasdp_incidents_to_json(inc, 1, &json, &len), 0);
	assert_non_null(strstr(json, "\"documents\":[\"ar1\",\"en1\"]"));
	assert_non_null(strstr(json, "\"fatalities\":{\"low\":10,\"best\":20,\"high\":20,\"acled\":10}"));
	assert_non_null(strstr(json, "\"date\":\"2022-10-14\""));
	assert_non_null(strstr(json, "\"name\":\"Jasim\""));
	free(json);
	assert_int_equal(rasdp_incidents_to_text(inc, 1, &json, &len), 0);
	assert_non_null(strstr(json, "2022-10-14"));
	assert_non_null(strstr(json, "DISPUTED"));
	free(json);
	rasdp_incidents_free(inc);
}

/*
 * A monitor revising its own toll across reports is no dispute; another
 * source's different figure is.
 */
static void test_revised_toll(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	const char *early =
		"{\"id\":\"r1\",\"outlet\":\"a.com\",\"published\":\"2022-10-14\",\"events\":["
		"{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2022-10-14\","
		"\"date_last\":\"2022-10-14\",\"date_precision\":\"day\",\"place\":" JASIM ",\"claims\":["
		KILLED(7, "exact", SRC("sohr", "SOHR")) "," KILLED(7, "exact", SRC(, "media reports")) "]}]}";
	const char *later =
		"{\"id\":\"r2\",\"outlet\":\"b.com\",\"published\":\"2022-10-15\",\"events\":["
		"{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2022-10-14\","
		"\"date_last\":\"2022-10-14\",\"date_precision\":\"day\",\"place\":" JASIM ",\"claims\":["
		KILLED(23, "exact", SRC("sohr", "SOHR")) "]}]}";
	const char *other =
		"{\"id\":\"r3\",\"outlet\":\"c.com\",\"published\":\"2022-10-15\",\"events\":["
		"{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2022-10-14\","
		"\"date_last\":\"2022-10-14\",\"date_precision\":\"day\",\"place\":" JASIM ",\"claims\":["
		KILLED(12, "exact", SRC("sana", "SANA")) "]}]}";
	const struct rasd_dispute *d;
	size_t n = 0, i;
	long k;

	(void)state;
	add(inc, early);
	add(inc, later);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	k = cl(inc, "r1", 0);
	assert_int_equal(k, cl(inc, "r2", 0));
	d = rasdp_incidents_disputes(inc, (size_t)k, &n);
	assert_int_equal(n, 0);
	assert_null(d);
	rasdp_incidents_free(inc);

	inc = new_incidents();
	add(inc, early);
	add(inc, later);
	add(inc, other);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	k = cl(inc, "r3", 0);
	d = rasdp_incidents_disputes(inc, (size_t)k, &n);
	/* SANA against the Observatory's latest; media reports' 7 was the
	 * Observatory's early count, the toll as it stood, and disputes nothing */
	assert_int_equal(n, 1);
	for (i = 0; i < n; i++)
		assert_string_equal(d[i].detail, "23 (SOHR) vs 12 (SANA)");
	rasdp_incidents_free(inc);
}

/* A report published on `day` of the Jasim clash of 2022-10-14 with one killed figure. */
#define DAY_REPORT(id, day, claim) "{\"id\":\"" id "\",\"outlet\":\"" id ".com\",\"published\":\"" \
	day "\",\"events\":[{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\"," \
	"\"date\":\"2022-10-14\",\"date_last\":\"2022-10-14\",\"date_precision\":\"day\"," \
	"\"place\":" JASIM ",\"claims\":[" claim "]}]}"

/* The disputes of the reports `a` and `b`, joined by "|", in got. */
static void disputes_of_two(const char *a, const char *b, char *got, size_t cap)
{
	struct rasd_incidents *inc = new_incidents();
	const struct rasd_dispute *d;
	size_t n = 0, i, len = 0;

	add(inc, a);
	add(inc, b);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(rasdp_incidents_count(inc), 1);
	got[0] = '\0';
	d = rasdp_incidents_disputes(inc, 0, &n);
	for (i = 0; i < n && len + 2 < cap; i++)
		len += (size_t)snprintf(got + len, cap - len, "%s%s", i ? "|" : "", d[i].detail);
	rasdp_incidents_free(inc);
}

/*
 * A smaller toll of one source published days before another source's
 * larger one is the toll as it stood then, not a rival; the same day, or
 * a smaller count published after the larger one, is a rival.
 */
static void test_earlier_day_toll(void **state)
{
	static const struct {
		const char *day5, *day12;       /* when the 5 and the 12 were published */
		const char *want;
	} cases[] = {
		{ "2022-10-14", "2022-10-15", "" },
		{ "2022-10-15", "2022-10-15", "12 (SOHR) vs 5 (Civil Defence)" },
		{ "2022-10-15", "2022-10-14", "12 (SOHR) vs 5 (Civil Defence)" },
	};
	char a[1024], b[1024], got[256];
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		snprintf(a, sizeof(a), DAY_REPORT("e1", "%s", KILLED(5, "exact", SRC("cd", "Civil Defence"))),
			 cases[k].day5);
		snprintf(b, sizeof(b), DAY_REPORT("e2", "%s", KILLED(12, "exact", SRC("sohr", "SOHR"))),
			 cases[k].day12);
		disputes_of_two(a, b, got, sizeof(got));
		assert_string_equal(got, cases[k].want);
	}
}

#define TOLL(v, q, who, src, extra) "{\"kind\":\"killed\",\"value\":" #v ",\"value_hi\":" #v \
	",\"qualifier\":\"" q "\",\"who\":" who ",\"denied\":false" extra ",\"source\":" src "}"
#define HOMS_EV(claims) "{\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":" \
	"\"Air/drone strike\",\"date\":\"2023-10-05\",\"date_last\":\"2023-10-05\"," \
	"\"date_precision\":\"day\",\"place\":" JASIM ",\"claims\":[" claims "]}"

/*
 * A toll that rises is one account: one row per source with its history,
 * breakdowns under their total, and figures from the latest totals only.
 */
static void test_rising_toll_accounts(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	const struct rasd_dispute *d;
	struct rasd_fatalities f;
	size_t n = 0, i;
	char *json, *p;
	size_t len;
	long k;

	(void)state;
	/* the Observatory: 7, then 78 with 9 civilians among them, then 123 */
	add(inc, "{\"id\":\"t1\",\"outlet\":\"a.com\",\"published\":\"2023-10-05\",\"events\":[" HOMS_EV(
		TOLL(7, "exact", "null", SRC("sohr", "SOHR"), "") ","
		TOLL(7, "exact", "\"soldiers\"", SRC(, "media reports"), "")) "]}");
	add(inc, "{\"id\":\"t2\",\"outlet\":\"b.com\",\"published\":\"2023-10-06\",\"events\":[" HOMS_EV(
		TOLL(78, "exact", "null", SRC("sohr", "SOHR"), "") ","
		TOLL(9, "exact", "\"civilians\"", SRC("sohr", "SOHR"), ",\"subset\":true")) "]}");
	add(inc, "{\"id\":\"t3\",\"outlet\":\"c.com\",\"published\":\"2023-10-07\",\"events\":[" HOMS_EV(
		TOLL(123, "exact", "\"people\"", SRC("sohr", "SOHR"), "") ","
		TOLL(39, "exact", "\"children\"", SRC("sohr", "SOHR"), ",\"subset\":true")) "]}");
	/* officials: 81 people, and 6 women beside it in the same report */
	add(inc, "{\"id\":\"t4\",\"outlet\":\"d.com\",\"published\":\"2023-10-06\",\"events\":[" HOMS_EV(
		TOLL(81, "exact", "\"people\"", SRC("moh", "Ministry of Health"), "") ","
		TOLL(6, "exact", "\"women\"", SRC("moh", "Ministry of Health"), "")) "]}");
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	k = cl(inc, "t1", 0);
	assert_int_equal(k, cl(inc, "t4", 0));
	/* the one dispute is between latest totals: 81 vs 123 */
	d = rasdp_incidents_disputes(inc, (size_t)k, &n);
	assert_int_equal(n, 1);
	assert_string_equal(d[0].attribute, "killed");
	assert_string_equal(d[0].detail, "123 (SOHR) vs 81 (Ministry of Health)");
	for (i = 0; i < d[0].nrefs; i++) {
		const struct rasd_ev_claim *c = rasdp_incidents_claim(inc, d[0].refs[i].idx);

		assert_true(c->value == 123 || c->value == 81);
	}
	/* low/best/high from the latest totals, never 7, 9 or 6 */
	assert_int_equal(rasdp_incidents_fatalities(inc, (size_t)k, &f), 0);
	assert_int_equal(f.low, 81);
	assert_int_equal(f.high, 123);
	assert_int_equal(f.acled, 81);
	assert_int_equal(rasdp_incidents_to_json(inc, 1, &json, &len), 0);
	p = strstr(json, "\"accounts\":{\"killed\":[{\"source\":\"SOHR\",\"reports\":3,\"latest\":{\"value\":123");
	assert_non_null(p);
	/* its history in report order, and the breakdowns under their totals */
	assert_non_null(strstr(p, "\"history\":[{\"value\":7,\"qualifier\":\"exact\",\"who\":null,"
			       "\"day\":\"2023-10-05\""));
	assert_non_null(strstr(p, "{\"of\":1,\"figure\":{\"value\":9,"));
	assert_non_null(strstr(p, "{\"of\":2,\"figure\":{\"value\":39,"));
	/* "6 women" beside "81 people" of the same source and report is a part of it */
	assert_non_null(strstr(p, "{\"source\":\"Ministry of Health\",\"reports\":1,\"latest\":{\"value\":81"));
	assert_non_null(strstr(p, "{\"of\":0,\"figure\":{\"value\":6,"));
	free(json);
	assert_int_equal(rasdp_incidents_to_text(inc, 1, &json, &len), 0);
	assert_non_null(strstr(json, "7 -> 78 -> 123  SOHR"));
	free(json);
	rasdp_incidents_free(inc);
}

#define FIG(kind, v, q, who, src, extra) "{\"kind\":\"" kind "\",\"value\":" #v \
	",\"value_hi\":" #v ",\"qualifier\":\"" q "\",\"who\":" who ",\"denied\":false" extra \
	",\"source\":" src "}"
#define ONE_REPORT(id, claims) "{\"id\":\"" id "\",\"outlet\":\"x.com\",\"published\":" \
	"\"2023-10-05\",\"events\":[" HOMS_EV(claims) "]}"

/* A one-report collection and the disputes reconciliation finds in it. */
struct case_disputes {
	const char *what;       /* what the case shows */
	const char *json;       /* the report's extraction */
	const char *want;       /* the details of its disputes, joined by "|" */
};

static void check_cases(const struct case_disputes *cases, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		struct rasd_incidents *inc = new_incidents();
		const struct rasd_dispute *d;
		char got[1024];
		size_t nd = 0, i, len = 0;

		add(inc, cases[k].json);
		assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
		got[0] = '\0';
		d = rasdp_incidents_disputes(inc, 0, &nd);
		for (i = 0; i < nd && len + 2 < sizeof(got); i++)
			len += (size_t)snprintf(got + len, sizeof(got) - len, "%s%s: %s", i ? "|" : "",
						d[i].attribute, d[i].detail);
		if (strcmp(got, cases[k].want))
			fprintf(stderr, "%s: got \"%s\"\n", cases[k].what, got);
		assert_string_equal(got, cases[k].want);
		rasdp_incidents_free(inc);
	}
}

/*
 * What a figure counts decides what it is set against: a count of
 * children is compared with counts of children, whether a source gives it
 * as a part of its toll or alone; "and 20 others were wounded" after a
 * killed figure is the wounded toll itself, while "4 others killed" after
 * "6 killed" is more dead, a piece; counts adding up to a third of the
 * same source are a breakdown of it, not earlier tolls.
 */
static void test_parts_and_pieces(void **state)
{
	static const struct case_disputes cases[] = {
		{ "four children among twelve against at least six children",
		  ONE_REPORT("pp1",
			TOLL(12, "exact", "\"people\"", SRC("sohr", "SOHR"), "") ","
			TOLL(4, "exact", "\"children\"", SRC("sohr", "SOHR"), ",\"subset\":true") ","
			TOLL(6, "at_least", "\"children\"", SRC("unicef", "UNICEF"), "")),
		  "killed: at least 6 (UNICEF) vs 4 (SOHR)" },
		{ "3 killed and 20 others wounded against 36 wounded",
		  ONE_REPORT("pp2",
			FIG("killed", 3, "exact", "null", SRC("a", "A"), "") ","
			FIG("wounded", 20, "exact", "\"others\"", SRC("a", "A"), "") ","
			FIG("wounded", 36, "exact", "null", SRC("b", "B"), "")),
		  "wounded: 36 (B) vs 20 (A)" },
		{ "6 killed at the gate, 4 others on the road, against 6",
		  ONE_REPORT("pp3",
			TOLL(6, "exact", "\"security\"", SRC("a", "A"), "") ","
			TOLL(4, "exact", "\"others\"", SRC("a", "A"), "") ","
			TOLL(6, "exact", "null", SRC("b", "B"), "")),
		  "" },
		{ "four police and two fighters, six in all, against three and four",
		  ONE_REPORT("pp4",
			TOLL(3, "exact", "\"members\"", SRC("b", "B"), "") ","
			TOLL(4, "exact", "\"fighters\"", SRC("c", "C"), "") ","
			TOLL(4, "exact", "\"police\"", SRC("a", "A"), "") ","
			TOLL(2, "exact", "\"fighters\"", SRC("a", "A"), "") ","
			TOLL(6, "exact", "\"fighters\"", SRC("a", "A"), "")),
		  "killed: 6 (A) vs 4 (C)|killed: 6 (A) vs 3 (B)" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/*
 * The disagree decision (data/models/disagree.tsv) on pairs that reporting
 * sets side by side without contradiction, and on rivals.
 */
#define AT(s) ",\"span\":[" #s "," #s "],\"sentence\":[" #s ",1000]"
static void test_disagree(void **state)
{
	static const struct case_disputes cases[] = {
		{ "a toll many times the other: another event's or a whole war's",
		  ONE_REPORT("da1",
			TOLL(12, "exact", "null", SRC("a", "A"), "") ","
			TOLL(3400, "exact", "\"civilians\"", SRC("b", "B"), "")), "" },
		{ "two police officers beside twenty dead: a part",
		  ONE_REPORT("da2",
			TOLL(20, "exact", "\"people\"", SRC("a", "A"), "") ","
			TOLL(2, "exact", "\"police\"", SRC("b", "B"), "")), "" },
		{ "eight civilians beside nine dead: a rival",
		  ONE_REPORT("da3",
			TOLL(9, "exact", "\"people\"", SRC("a", "A"), "") ","
			TOLL(8, "exact", "\"civilians\"", SRC("b", "B"), "")), "killed: 9 (A) vs 8 (B)" },
		{ "parts of no named group (4 of them in a critical state) are no rivals",
		  ONE_REPORT("da4",
			FIG("wounded", 25, "exact", "null", SRC("a", "A"), "") ","
			FIG("wounded", 4, "exact", "null", SRC("a", "A"), ",\"subset\":true") ","
			FIG("wounded", 3, "exact", "null", SRC("b", "B"), ",\"subset\":true")), "" },
		{ "two officials and a journalist: different people",
		  ONE_REPORT("da5",
			FIG("wounded", 2, "exact", "\"officials\"", SRC("a", "A"), "") ","
			FIG("wounded", 1, "exact", "\"journalists\"", SRC("b", "B"), "")), "" },
		{ "20 rebels against 8 regime soldiers: the dead of two sides",
		  ONE_REPORT("da24",
			TOLL(20, "exact", "\"fighters\"", SRC("a", "A"), ",\"who_actor\":\"opposition\"") ","
			TOLL(8, "exact", "\"soldiers\"", SRC("b", "B"), ",\"who_actor\":\"syria_regime\"")), "" },
		{ "20 rebels against 8 rebels: one side's dead, two counts",
		  ONE_REPORT("da25",
			TOLL(20, "exact", "\"fighters\"", SRC("a", "A"), ",\"who_actor\":\"opposition\"") ","
			TOLL(8, "exact", "\"fighters\"", SRC("b", "B"), ",\"who_actor\":\"opposition\"")),
		  "killed: 20 (A) vs 8 (B)" },
		{ "33 and more than 33: one number written two ways",
		  ONE_REPORT("da6",
			FIG("wounded", 33, "exact", "null", SRC("a", "A"), "") ","
			FIG("wounded", 33, "more_than", "null", SRC("b", "B"), "")), "" },
		{ "five contractors and a soldier against six",
		  ONE_REPORT("da7",
			FIG("wounded", 5, "exact", "\"civilians\"", SRC("a", "A"), "") ","
			FIG("wounded", 1, "exact", "\"soldiers\"", SRC("a", "A"), "") ","
			FIG("wounded", 6, "exact", "null", SRC("b", "B"), "")), "" },
		{ "initially nine against twelve: the toll as it stood",
		  ONE_REPORT("da8",
			TOLL(12, "exact", "null", SRC("a", "A"), "") ","
			TOLL(9, "exact", "null", SRC("b", "B"), ",\"revision\":\"earlier\"")), "" },
		{ "another happening's 3 against this one's 6: no rivals",
		  ONE_REPORT("da32",
			TOLL(6, "exact", "null", SRC("a", "A"), "") ","
			TOLL(3, "exact", "null", SRC("b", "B"), ",\"revision\":\"apart\"")), "" },
		{ "two counts of the other happening alike: rivals",
		  ONE_REPORT("da33",
			TOLL(3, "exact", "null", SRC("a", "A"), ",\"revision\":\"apart\"") ","
			TOLL(5, "exact", "null", SRC("b", "B"), ",\"revision\":\"apart\"")),
		  "killed: 5 (B) vs 3 (A)" },
		{ "five including the bomber against four: the same dead, 5 = 4 + 1",
		  ONE_REPORT("da34",
			TOLL(5, "exact", "\"people\"", SRC("a", "A"), "") ","
			TOLL(1, "exact", "\"fighters\"", SRC("a", "A"), ",\"subset\":true") ","
			TOLL(4, "exact", "\"people\"", SRC("b", "B"), "")), "" },
		{ "five including a child against four: rivals",
		  ONE_REPORT("da35",
			TOLL(5, "exact", "\"people\"", SRC("a", "A"), "") ","
			TOLL(1, "exact", "\"children\"", SRC("a", "A"), ",\"subset\":true") ","
			TOLL(4, "exact", "\"people\"", SRC("b", "B"), "")), "killed: 5 (A) vs 4 (B)" },
		{ "five including the bomber against three: rivals",
		  ONE_REPORT("da36",
			TOLL(5, "exact", "\"people\"", SRC("a", "A"), "") ","
			TOLL(1, "exact", "\"fighters\"", SRC("a", "A"), ",\"subset\":true") ","
			TOLL(3, "exact", "\"people\"", SRC("b", "B"), "")), "killed: 5 (A) vs 3 (B)" },
		{ "the toll rose to 7 against 4: still a rival",
		  ONE_REPORT("da9",
			TOLL(7, "at_least", "null", SRC("a", "A"), ",\"revision\":\"later\"") ","
			TOLL(4, "exact", "null", SRC("b", "B"), "")), "killed: at least 7 (A) vs 4 (B)" },
		{ "8 killed, then the toll risen to 19 from another source: the count going on",
		  ONE_REPORT("da21",
			TOLL(8, "exact", "null", SRC("a", "A"), AT(100)) ","
			TOLL(19, "exact", "null", SRC("b", "B"), ",\"revision\":\"later\"" AT(300))), "" },
		{ "the toll risen to 19 in the lead, another's 8 after it: a rival",
		  ONE_REPORT("da22",
			TOLL(19, "exact", "null", SRC("b", "B"), ",\"revision\":\"later\"" AT(100)) ","
			TOLL(8, "exact", "null", SRC("a", "A"), AT(300))), "killed: 19 (B) vs 8 (A)" },
		{ "a toll said to rise to a lower figure than another's: a rival",
		  ONE_REPORT("da23",
			TOLL(19, "exact", "null", SRC("a", "A"), AT(100)) ","
			TOLL(12, "exact", "null", SRC("b", "B"), ",\"revision\":\"later\"" AT(300))), "killed: 19 (A) vs 12 (B)" },
		{ "different lower bounds are different counts",
		  ONE_REPORT("da10",
			TOLL(22, "at_least", "null", SRC("a", "A"), "") ","
			TOLL(19, "at_least", "null", SRC("b", "B"), "")),
		  "killed: at least 22 (A) vs at least 19 (B)" },
		{ "more than 20 against at least 23: a round estimate the sharper count keeps to",
		  ONE_REPORT("da29",
			TOLL(23, "at_least", "null", SRC("a", "A"), "") ","
			TOLL(20, "more_than", "null", SRC("b", "B"), "")), "" },
		{ "at least 100 against at least 137: the round bound is no rival",
		  ONE_REPORT("da30",
			FIG("wounded", 137, "at_least", "null", SRC("a", "A"), "") ","
			FIG("wounded", 100, "at_least", "null", SRC("b", "B"), "")), "" },
		{ "at least 40 against at least 27: the smaller bound is a count, a rival",
		  ONE_REPORT("da31",
			TOLL(40, "at_least", "null", SRC("a", "A"), "") ","
			TOLL(27, "at_least", "null", SRC("b", "B"), "")),
		  "killed: at least 40 (A) vs at least 27 (B)" },
		{ "a bound under a count is none",
		  ONE_REPORT("da11",
			TOLL(24, "exact", "null", SRC("a", "A"), "") ","
			TOLL(8, "at_least", "null", SRC("b", "B"), "")), "" },
		{ "thirty against twelve in the lead: a rival",
		  ONE_REPORT("da12",
			TOLL(30, "exact", "null", SRC("a", "A"), AT(10)) ","
			TOLL(12, "exact", "null", SRC("b", "B"), AT(200))), "killed: 30 (A) vs 12 (B)" },
		{ "seven at the end of the report: a recalled event's toll",
		  ONE_REPORT("da13",
			TOLL(30, "exact", "null", SRC("a", "A"), AT(10)) ","
			TOLL(7, "exact", "null", SRC("b", "B"), AT(900))), "" },
		{ "thirty against seven: a third or less, a part more often than a rival",
		  ONE_REPORT("da28",
			TOLL(30, "exact", "null", SRC("a", "A"), AT(10)) ","
			TOLL(7, "exact", "null", SRC("b", "B"), AT(200))), "" },
		{ "a colonel and four others against six: the others are a piece",
		  ONE_REPORT("da14",
			TOLL(4, "exact", "\"others\"", SRC("a", "A"), AT(100)) ","
			TOLL(6, "exact", "null", SRC("b", "B"), AT(300))), "" },
		{ "others more than another's toll: a rival",
		  ONE_REPORT("da16",
			TOLL(24, "exact", "\"others\"", SRC("a", "A"), AT(100)) ","
			TOLL(9, "exact", "null", SRC("b", "B"), AT(300))), "killed: 24 (A) vs 9 (B)" },
		{ "14 killed by one account, another 17 by a second source after it: people besides those",
		  ONE_REPORT("da32",
			TOLL(14, "exact", "\"members\"", SRC("a", "A"), AT(100)) ","
			TOLL(17, "exact", "\"others\"", SRC("b", "B"), AT(300))), "" },
		{ "30, 22 and 18 from three sources: each against the largest, not 22 against 18",
		  ONE_REPORT("da17",
			TOLL(30, "exact", "null", SRC("a", "A"), "") ","
			TOLL(22, "exact", "null", SRC("b", "B"), "") ","
			TOLL(18, "exact", "null", SRC("c", "C"), "")),
		  "killed: 30 (A) vs 22 (B)|killed: 30 (A) vs 18 (C)" },
		{ "20 from two sources is the main toll: 30 and 25 stand against it, not each other",
		  ONE_REPORT("da18",
			TOLL(30, "exact", "null", SRC("a", "A"), "") ","
			TOLL(20, "exact", "null", SRC("b", "B"), "") ","
			TOLL(20, "exact", "null", SRC("c", "C"), "") ","
			TOLL(25, "exact", "null", SRC("d", "D"), "")),
		  "killed: 20 (B, C) vs 30 (A)|killed: 20 (B, C) vs 25 (D)" },
		{ "the outlet's own figure after a source's: a recap or a part, not a rival",
		  ONE_REPORT("da19",
			TOLL(9, "exact", "null", SRC("a", "A"), AT(100)) ","
			TOLL(12, "exact", "null", SRC("outlet", "x.com"), AT(300))), "" },
		{ "the outlet's own figure in the lead, a source's later: a rival",
		  ONE_REPORT("da20",
			TOLL(12, "exact", "null", SRC("outlet", "x.com"), AT(100)) ","
			TOLL(9, "exact", "null", SRC("a", "A"), AT(300))), "killed: 12 (x.com) vs 9 (A)" },
		{ "children among each source's toll: the tolls are the rivals, not their parts",
		  ONE_REPORT("da24",
			TOLL(40, "exact", "\"people\"", SRC("a", "A"), "") ","
			TOLL(12, "exact", "\"children\"", SRC("a", "A"), ",\"subset\":true") ","
			TOLL(25, "exact", "\"people\"", SRC("b", "B"), "") ","
			TOLL(5, "exact", "\"children\"", SRC("b", "B"), ",\"subset\":true")),
		  "killed: 40 (A) vs 25 (B)" },
		{ "more than 50 against 30 in one province and another 39 in the next: a breakdown",
		  ONE_REPORT("da25",
			TOLL(50, "more_than", "\"people\"", SRC("a", "A"), AT(100)) ","
			TOLL(30, "exact", "\"people\"", SRC("b", "B"), AT(300)) ","
			TOLL(39, "exact", "\"others\"", SRC("b", "B"), AT(340))), "" },
		{ "more than 50 against 30 and another 6: the pieces fall short, a rival",
		  ONE_REPORT("da26",
			TOLL(50, "more_than", "\"people\"", SRC("a", "A"), AT(100)) ","
			TOLL(30, "exact", "\"people\"", SRC("b", "B"), AT(300)) ","
			TOLL(6, "exact", "\"others\"", SRC("b", "B"), AT(340))),
		  "killed: more than 50 (A) vs 30 (B)" },
		{ "more than 50 against 30 and 25 soldiers, no others: the 30 a rival",
		  ONE_REPORT("da27",
			TOLL(50, "more_than", "\"people\"", SRC("a", "A"), AT(100)) ","
			TOLL(30, "exact", "\"people\"", SRC("b", "B"), AT(300)) ","
			TOLL(25, "exact", "\"soldiers\"", SRC("b", "B"), AT(340))),
		  "killed: more than 50 (A) vs 30 (B)" },
	};

	(void)state;
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void claim(struct rasd_ev_claim *c, unsigned q, int64_t v, uint32_t src)
{
	memset(c, 0, sizeof(*c));
	c->kind = RASD_EVK_KILLED;
	c->qualifier = (uint8_t)q;
	c->value = c->value_hi = v;
	c->source = src;
}

static void test_dispute_logic(void **state)
{
	struct rasd_ev_claim a, b;
	int64_t lo, hi;

	(void)state;
	rasdp_claim_interval(RASD_EVQ_ABOUT, 20, 20, &lo, &hi);
	assert_int_equal(lo, 18);
	assert_int_equal(hi, 22);
	rasdp_claim_interval(RASD_EVQ_ABOUT, 5, 5, &lo, &hi);
	assert_int_equal(lo, 3);
	assert_int_equal(hi, 7);
	rasdp_claim_interval(RASD_EVQ_ABOUT, 1, 1, &lo, &hi);
	assert_int_equal(lo, 0);
	rasdp_claim_interval(RASD_EVQ_MORE_THAN, 10, 10, &lo, &hi);
	assert_int_equal(lo, 11);
	assert_true(hi == INT64_MAX);
	rasdp_claim_interval(RASD_EVQ_VAGUE, 24, 24, &lo, &hi);
	assert_int_equal(lo, 12);
	assert_int_equal(hi, 99);

	/* "about 20" vs 18: within the qualifier, not a dispute. */
	claim(&a, RASD_EVQ_ABOUT, 20, 1);
	claim(&b, RASD_EVQ_EXACT, 18, 2);
	assert_false(rasdp_claims_dispute(&a, &b));
	/* 20 vs "about 10": a dispute. */
	claim(&a, RASD_EVQ_EXACT, 20, 1);
	claim(&b, RASD_EVQ_ABOUT, 10, 2);
	assert_true(rasdp_claims_dispute(&a, &b));
	assert_true(rasdp_claims_dispute(&b, &a));
	/* "about 100" vs 81 ("reports conflicted"): a dispute; vs 92: not. */
	claim(&a, RASD_EVQ_ABOUT, 100, 1);
	claim(&b, RASD_EVQ_EXACT, 81, 2);
	assert_true(rasdp_claims_dispute(&a, &b));
	claim(&b, RASD_EVQ_EXACT, 92, 2);
	assert_false(rasdp_claims_dispute(&a, &b));
	/* "at least 14" vs 13: a dispute; vs 15: not. */
	claim(&a, RASD_EVQ_AT_LEAST, 14, 1);
	claim(&b, RASD_EVQ_EXACT, 13, 2);
	assert_true(rasdp_claims_dispute(&a, &b));
	claim(&b, RASD_EVQ_EXACT, 15, 2);
	assert_false(rasdp_claims_dispute(&a, &b));
	/* "more than 10" vs 10: a dispute; "up to 5" vs 4: not. */
	claim(&a, RASD_EVQ_MORE_THAN, 10, 1);
	claim(&b, RASD_EVQ_EXACT, 10, 2);
	assert_true(rasdp_claims_dispute(&a, &b));
	claim(&a, RASD_EVQ_UP_TO, 5, 1);
	claim(&b, RASD_EVQ_EXACT, 4, 2);
	assert_false(rasdp_claims_dispute(&a, &b));
	/* The same source restating another figure is not a dispute. */
	claim(&a, RASD_EVQ_EXACT, 20, 7);
	claim(&b, RASD_EVQ_EXACT, 12, 7);
	assert_false(rasdp_claims_dispute(&a, &b));
	/* Different kinds or different groups do not dispute. */
	claim(&a, RASD_EVQ_EXACT, 20, 1);
	claim(&b, RASD_EVQ_EXACT, 2, 2);
	a.who = 5;
	b.who = 6;
	assert_false(rasdp_claims_dispute(&a, &b));
	b.who = 0;
	assert_true(rasdp_claims_dispute(&a, &b));
	b.kind = RASD_EVK_WOUNDED;
	assert_false(rasdp_claims_dispute(&a, &b));
}

static void test_participation_dispute(void **state)
{
	const char *a =
		"{\"id\":\"p1\",\"outlet\":\"x.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
		"\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
		"\"participants\":[{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":false,\"source\":" SRC("tass", "TASS") "}]}]}";
	const char *b =
		"{\"id\":\"p2\",\"outlet\":\"y.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
		"\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
		"\"participants\":[{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":true,\"source\":" SRC("tass", "TASS") "},"
		"{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":true,\"source\":" SRC("sohr", "SOHR") "}]}]}";
	struct rasd_incidents *inc = new_incidents();
	const struct rasd_dispute *d;
	size_t n;

	(void)state;
	add(inc, a);
	add(inc, b);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "p1", 0), cl(inc, "p2", 0));
	d = rasdp_incidents_disputes(inc, (size_t)cl(inc, "p1", 0), &n);
	assert_int_equal(n, 1);
	assert_string_equal(d[0].attribute, "participation");
	assert_non_null(strstr(d[0].detail, "SOHR"));
	assert_int_equal(d[0].nrefs, 3);
	rasdp_incidents_free(inc);

	/*
	 * A ministry says the group struck; the report's own voice tells the
	 * strike and, of something else, that the group "has not": the
	 * outlet is taken at its assertion, and nobody else denies.
	 */
	inc = new_incidents();
	add(inc,
	    "{\"id\":\"p4\",\"outlet\":\"z.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
	    "\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
	    "\"participants\":[{\"actor\":\"houthis\",\"name\":\"Houthis\",\"denied\":false,\"source\":" SRC("moh", "Ministry of Health") "},"
	    "{\"actor\":\"houthis\",\"name\":\"Houthis\",\"denied\":false,\"source\":" SRC("outlet", "z.com") "},"
	    "{\"actor\":\"houthis\",\"name\":\"Houthis\",\"denied\":true,\"source\":" SRC("outlet", "z.com") "}]}]}");
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	d = rasdp_incidents_disputes(inc, (size_t)cl(inc, "p4", 0), &n);
	assert_int_equal(n, 0);
	rasdp_incidents_free(inc);

	/*
	 * A monitor says the rebels took part; the report's own voice, never
	 * asserting it, says they did not: no actor's or source's denial, no
	 * dispute.  A named source denying in the same report is one.
	 */
	{
		static const char *const denier[2] = { SRC("outlet", "w.com"), SRC("army", "the army") };
		char doc[1024];
		int k;

		for (k = 0; k < 2; k++) {
			inc = new_incidents();
			snprintf(doc, sizeof(doc),
				 "{\"id\":\"p5\",\"outlet\":\"w.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
				 "\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
				 "\"participants\":[{\"actor\":\"opposition\",\"name\":\"rebels\",\"denied\":false,\"source\":" SRC("sohr", "SOHR") "},"
				 "{\"actor\":\"opposition\",\"name\":\"rebels\",\"denied\":true,\"source\":%s}]}]}", denier[k]);
			add(inc, doc);
			assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
			d = rasdp_incidents_disputes(inc, (size_t)cl(inc, "p5", 0), &n);
			assert_int_equal(n, (size_t)k);
			rasdp_incidents_free(inc);
		}
	}

	/* Only TASS asserting and TASS denying: the same source, no dispute. */
	inc = new_incidents();
	add(inc, a);
	add(inc,
	    "{\"id\":\"p3\",\"outlet\":\"y.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
	    "\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
	    "\"participants\":[{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":true,\"source\":" SRC("tass", "TASS") "}]}]}");
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "p1", 0), cl(inc, "p3", 0));
	d = rasdp_incidents_disputes(inc, (size_t)cl(inc, "p1", 0), &n);
	assert_int_equal(n, 0);
	assert_null(d);
	rasdp_incidents_free(inc);
}

/*
 * A ministry says the army struck; the army denies and names a group's
 * rocket: a participation dispute and a perpetrator dispute.  The same
 * accounts of a battle, where each side names the other, dispute only the
 * part.
 */
static void test_perpetrator_dispute(void **state)
{
	static const char *const types[2] = { "Explosions/Remote violence", "Battles" };
	char doc[2048];
	int t;

	(void)state;
	for (t = 0; t < 2; t++) {
		struct rasd_incidents *inc = new_incidents();
		const struct rasd_dispute *d;
		size_t n, i;
		int perp = 0, part = 0;

		snprintf(doc, sizeof(doc),
			 "{\"id\":\"q1\",\"outlet\":\"z.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"%s\","
			 "\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
			 "\"participants\":[{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":false,\"source\":" SRC("moh", "Ministry of Health") "},"
			 "{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":true,\"source\":" SRC("mod", "Russian Ministry of Defence") "},"
			 "{\"actor\":\"hts\",\"name\":\"Hayat Tahrir al-Sham\",\"denied\":false,\"source\":" SRC("mod", "Russian Ministry of Defence") "}]}]}",
			 types[t]);
		add(inc, doc);
		assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
		d = rasdp_incidents_disputes(inc, (size_t)cl(inc, "q1", 0), &n);
		for (i = 0; i < n; i++) {
			if (!strcmp(d[i].attribute, "perpetrator")) {
				perp++;
				assert_non_null(strstr(d[i].detail, "Russian forces (Ministry of Health) vs "
								    "Hayat Tahrir al-Sham (Russian Ministry of Defence)"));
			}
			part += !strcmp(d[i].attribute, "participation");
		}
		assert_int_equal(part, 1);
		assert_int_equal(perp, t == 0);
		rasdp_incidents_free(inc);
	}
}

/*
 * One source says the regime ran the operation, another that its part was
 * two shells: a participation dispute; the leaders among the dead are no
 * rival toll to "about 10"; "20 members" and "20 fighters" are one figure.
 */
static void test_limited_part_and_subgroups(void **state)
{
	const char *a =
		"{\"id\":\"q1\",\"outlet\":\"x.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
		"\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":["
		"{\"kind\":\"killed\",\"value\":20,\"qualifier\":\"exact\",\"who\":\"members\",\"denied\":false,\"source\":" SRC("reuters", "Reuters") "},"
		"{\"kind\":\"killed\",\"value\":20,\"qualifier\":\"exact\",\"who\":\"fighters\",\"denied\":false,\"source\":" SRC("tass", "TASS") "},"
		"{\"kind\":\"killed\",\"value\":10,\"qualifier\":\"about\",\"who\":null,\"denied\":false,\"source\":" SRC("local_sources", "local sources") "},"
		"{\"kind\":\"killed\",\"value\":2,\"qualifier\":\"exact\",\"who\":\"leaders\",\"denied\":false,\"source\":" SRC("local_sources", "local sources") "}],"
		"\"participants\":[{\"actor\":\"syria_regime\",\"name\":\"Syrian government forces\",\"denied\":false,\"source\":" SRC("syria_moi", "Syrian Ministry of Information") "},"
		"{\"actor\":\"syria_regime\",\"name\":\"Syrian government forces\",\"denied\":false,\"limited\":true,\"source\":" SRC("outlet", "outlet") "}]}]}";
	struct rasd_incidents *inc = new_incidents();
	const struct rasd_dispute *d;
	size_t n, i, part = 0, killed = 0;
	char *out = NULL;
	size_t len = 0;

	(void)state;
	add(inc, a);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	d = rasdp_incidents_disputes(inc, (size_t)cl(inc, "q1", 0), &n);
	for (i = 0; i < n; i++) {
		if (!strcmp(d[i].attribute, "participation")) {
			part++;
			assert_non_null(strstr(d[i].detail, "took part (Syrian Ministry of Information)"));
			assert_non_null(strstr(d[i].detail, "vs only a limited part ("));
		} else {
			assert_string_equal(d[i].attribute, "killed");
			killed++;
			assert_null(strstr(d[i].detail, "2 ("));
			assert_non_null(strstr(d[i].detail, "Reuters"));
			assert_non_null(strstr(d[i].detail, "TASS"));
		}
	}
	assert_int_equal(part, 1);
	assert_int_equal(killed, 1);
	assert_int_equal(rasdp_incidents_to_json(inc, 1, &out, &len), 0);
	assert_non_null(strstr(out, "\"limited_by\":[\"x.com\"]"));
	free(out);
	rasdp_incidents_free(inc);
}

static const char *story =
	"A car bomb exploded on Tuesday near the main market of the town of Azaz in the northern "
	"countryside of Aleppo, killing at least eight civilians and wounding more than twenty "
	"others, according to local civil defence teams who said the toll could rise as rescuers "
	"searched the rubble of the damaged shops.";
static const char *story_copy =
	"A car bomb exploded on Tuesday near the main market of the town of Azaz in the northern "
	"countryside of Aleppo, killing at least eight civilians and wounding more than twenty "
	"others, according to local civil defence teams who said the toll could rise as rescuers "
	"searched the rubble of the damaged buildings.";
static const char *unrelated =
	"The ministry of health announced on Sunday a vaccination campaign against cholera in the "
	"camps of the north-west, where aid groups have warned of shortages of clean water since the "
	"winter storms flooded hundreds of tents and cut the roads to several villages.";

static void test_simhash(void **state)
{
	uint64_t a = rasdp_simhash(story, strlen(story));
	uint64_t b = rasdp_simhash(story_copy, strlen(story_copy));
	uint64_t c = rasdp_simhash(unrelated, strlen(unrelated));
	const char *ar1 = "قُتل عشرون عنصراً من تنظيم الدولة في عملية أمنية في مدينة جاسم بريف درعا الشمالي أمس";
	const char *ar2 = "قتل عشرون عنصرا من تنظيم الدولة في عملية أمنية في مدينة جاسم بريف درعا الشمالي أمس";

	(void)state;
	assert_true(a != 0 && c != 0);
	assert_true(rasdp_hamming64(a, b) <= 3);
	assert_true(rasdp_hamming64(a, c) > 10);
	/* Diacritics and hamza forms do not change the fingerprint. */
	assert_true(rasdp_simhash(ar1, strlen(ar1)) == rasdp_simhash(ar2, strlen(ar2)));
	/* Too short to fingerprint. */
	assert_true(rasdp_simhash("three words only", 16) == 0);
}

static void test_syndicated_copy(void **state)
{
	char buf[2048];
	struct rasd_incidents *inc = new_incidents();
	const char *ev =
		"{\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Remote explosive/landmine/IED\","
		"\"date\":null,\"place\":" TAFAS ",\"claims\":[" KILLED(8, "at_least", SRC("outlet", "outlet")) "]}";
	const char *ids[3] = { "s1", "s2", "s3" };
	const char *outlets[3] = { "a.com", "b.com", "c.com" };
	const char *texts[3] = { story, story_copy, unrelated };
	char *json;
	size_t len, i;
	long k;
	struct rasd_fatalities f;

	(void)state;
	for (i = 0; i < 3; i++) {
		snprintf(buf, sizeof(buf), "{\"id\":\"%s\",\"outlet\":\"%s\",\"events\":[%s]}",
			 ids[i], outlets[i], ev);
		assert_int_equal(rasdp_incidents_add_line(inc, buf, strlen(buf), texts[i], NULL), 0);
	}
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(rasdp_incidents_dup_of(inc, 1), 0);
	assert_int_equal(rasdp_incidents_dup_of(inc, 0), 0);
	assert_int_equal(rasdp_incidents_dup_of(inc, 2), 2);
	k = cl(inc, "s1", 0);
	assert_int_equal(k, cl(inc, "s2", 0));
	assert_int_equal(k, cl(inc, "s3", 0));
	assert_int_equal(rasdp_incidents_fatalities(inc, (size_t)k, &f), 0);
	assert_int_equal(f.low, 8);
	assert_int_equal(rasdp_incidents_to_json(inc, 1, &json, &len), 0);
	assert_non_null(strstr(json, "\"duplicates\":[[\"s2\",\"s1\"]]"));
	/* The copy's own voice counts as the original's: two sources, not three. */
	assert_non_null(strstr(json, "\"sources\":[\"a.com\",\"c.com\"]"));
	free(json);
	rasdp_incidents_free(inc);
}

static void test_date_dispute_and_same_doc(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	const struct rasd_dispute *d;
	size_t n, i;
	int dates = 0;
	const char *two =
		"{\"id\":\"t1\",\"outlet\":\"a.com\",\"events\":["
		"{\"event_type\":\"Battles\",\"date\":\"2023-05-01\",\"date_precision\":\"day\",\"place\":" TAFAS ","
		"\"actors\":[" ACTOR("hts", "actor1") "],\"claims\":[" KILLED(5, "exact", SRC("sohr", "SOHR")) "]},"
		"{\"event_type\":\"Battles\",\"date\":\"2023-05-01\",\"date_precision\":\"day\",\"place\":" TAFAS ","
		"\"actors\":[" ACTOR("hts", "actor1") "],\"claims\":[" KILLED(5, "exact", SRC("sohr", "SOHR")) "]}]}";
	const char *late =
		"{\"id\":\"t2\",\"outlet\":\"b.com\",\"events\":["
		"{\"event_type\":\"Battles\",\"date\":\"2023-05-03\",\"date_precision\":\"day\",\"place\":" TAFAS ","
		"\"actors\":[" ACTOR("hts", "actor1") "],\"claims\":[" KILLED(5, "exact", SRC("outlet", "b.com")) "]}]}";

	(void)state;
	add(inc, two);
	add(inc, late);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	/* Never two events of one document in one incident. */
	assert_int_not_equal(cl(inc, "t1", 0), cl(inc, "t1", 1));
	assert_true(cl(inc, "t2", 0) == cl(inc, "t1", 0) || cl(inc, "t2", 0) == cl(inc, "t1", 1));
	d = rasdp_incidents_disputes(inc, (size_t)cl(inc, "t2", 0), &n);
	for (i = 0; i < n; i++)
		if (!strcmp(d[i].attribute, "date")) {
			dates++;
			assert_non_null(strstr(d[i].detail, "2023-05-01"));
			assert_non_null(strstr(d[i].detail, "2023-05-03 (b.com)"));
		}
	assert_int_equal(dates, 1);
	rasdp_incidents_free(inc);
}

static void test_undated_and_errors(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	rasd_err err;
	const char *bad = "{\"id\":\"x\", \"events\": [ }";
	const char *undated =
		"{\"id\":\"u1\",\"outlet\":\"c.com\",\"published\":\"2022-10-16\",\"events\":["
		"{\"event_type\":\"Battles\",\"date\":null,\"place\":" JASIM ",\"claims\":["
		KILLED(20, "exact", SRC("tass", "TASS")) "]}]}";
	const char *undated_far =
		"{\"id\":\"u2\",\"outlet\":\"d.com\",\"published\":\"2022-12-01\",\"events\":["
		"{\"event_type\":\"Battles\",\"date\":null,\"place\":" JASIM ",\"claims\":[]}]}";
	/* No date and no publication date: any year's; the type alone does not tie it. */
	const char *timeless =
		"{\"id\":\"t1\",\"outlet\":\"e.com\",\"events\":["
		"{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":null,"
		"\"place\":" JASIM ",\"claims\":[]}]}";
	/* ... but the same toll does. */
	const char *timeless_toll =
		"{\"id\":\"t2\",\"outlet\":\"f.com\",\"events\":["
		"{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":null,"
		"\"place\":" JASIM ",\"claims\":[" KILLED(20, "exact", SRC("sohr", "SOHR")) "]}]}";

	(void)state;
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_incidents_add_line(inc, bad, strlen(bad), NULL, &err), RASD_EPARSE);
	assert_true(err.byte_offset > 0);
	assert_non_null(strstr(err.msg, "invalid JSON"));
	assert_int_equal(rasdp_incidents_add_line(inc, "{\"id\":1}", 8, NULL, &err), RASD_EPARSE);
	assert_int_equal(rasdp_incidents_add_line(inc, "  ", 2, NULL, &err), 0);
	add(inc, ar_doc);
	add(inc, undated);
	add(inc, undated_far);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "ar1", 0), cl(inc, "u1", 0));
	assert_int_not_equal(cl(inc, "ar1", 0), cl(inc, "u2", 0));
	rasdp_incidents_free(inc);

	inc = new_incidents();
	add(inc, ar_doc);
	add(inc, timeless);
	add(inc, timeless_toll);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_not_equal(cl(inc, "ar1", 0), cl(inc, "t1", 0));
	assert_int_equal(cl(inc, "ar1", 0), cl(inc, "t2", 0));
	rasdp_incidents_free(inc);
}

/* ---- linking: places, times, loose events, the chaining guard --------- */

/* Places of one district, a few km apart, and their governorate. */
#define PLACE(id, name, kind, lat, lon, prec, extra) \
	"{\"id\":\"" id "\",\"name\":\"" name "\",\"kind\":\"" kind "\",\"admin1\":\"Idlib\"," \
	"\"admin1_id\":\"SY07\"," extra "\"lat\":" #lat ",\"lon\":" #lon ",\"geo_precision\":" #prec "}"
#define TOWN_A PLACE("t:a", "Town A", "town", 35.90, 36.72, 1, "\"admin2\":\"Idlib\",\"admin3_id\":\"SY0700\",")
#define TOWN_B PLACE("t:b", "Town B", "town", 35.84, 36.78, 1, "\"admin2\":\"Idlib\",\"admin3_id\":\"SY0700\",")
#define VILLAGE_A PLACE("v:a", "Village A", "village", 35.93, 36.74, 1, "\"admin2\":\"Idlib\",\"admin3_id\":\"SY0700\",")
#define LANDMARK_A PLACE("l:a", "Depot A", "landmark", 35.91, 36.73, 1, "\"admin2\":\"Idlib\",\"admin3_id\":\"SY0700\",")
#define SUBDISTRICT_A PLACE("SY0700", "Subdistrict A", "subdistrict", 35.92, 36.70, 2, "\"admin2\":\"Idlib\",")
#define GOVERNORATE PLACE("SY07", "Idlib", "governorate", 35.80, 36.60, 3, "")
#define STRIKE "Explosions/Remote violence", "Air/drone strike"

/*
 * Add one report of one event: `published`, `date` (a day) and `place`
 * NULL for none, `actor` NULL for none, `killed` < 0 for no figure.
 */
static void report(struct rasd_incidents *inc, const char *id, const char *published,
		   const char *type, const char *sub, const char *date, const char *place,
		   const char *actor, int killed)
{
	char buf[4096], pub[64], dt[128], kl[256], ac[128];

	if (published)
		snprintf(pub, sizeof(pub), "\"%s\"", published);
	else
		snprintf(pub, sizeof(pub), "null");
	if (date)
		snprintf(dt, sizeof(dt), "\"date\":\"%s\",\"date_last\":\"%s\",\"date_precision\":\"day\"",
			 date, date);
	else
		snprintf(dt, sizeof(dt), "\"date\":null");
	kl[0] = ac[0] = 0;
	if (killed >= 0)
		snprintf(kl, sizeof(kl), "{\"kind\":\"killed\",\"value\":%d,\"value_hi\":%d,"
			 "\"qualifier\":\"exact\",\"denied\":false,\"source\":{\"id\":\"outlet\","
			 "\"name\":\"outlet\",\"chain\":[]}}", killed, killed);
	if (actor)
		snprintf(ac, sizeof(ac), "{\"id\":\"%s\",\"name\":\"%s\",\"role\":\"actor1\"}", actor, actor);
	snprintf(buf, sizeof(buf), "{\"id\":\"%s\",\"outlet\":\"%s.example\",\"published\":%s,\"events\":["
		 "{\"event_type\":\"%s\",\"sub_event_type\":\"%s\",%s,\"place\":%s,\"actors\":[%s],"
		 "\"claims\":[%s]}]}", id, id, pub, type, sub, dt, place ? place : "null", ac, kl);
	add(inc, buf);
}

/*
 * Two reports that name no place are one strike when the day, the type and
 * the toll agree; a third with another toll and another side stays apart.
 * A report that places the strike joins them on the same evidence (an
 * event without a place meets the placed events of its week whose acting
 * side it names); one of that town and day with another toll and side
 * does not, nor does a placed report of the same strike a month later.
 */
static void test_link_without_place(void **state)
{
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	report(inc, "p1", "2020-02-11", STRIKE, "2020-02-10", NULL, "air_force", 14);
	report(inc, "p2", "2020-02-11", STRIKE, "2020-02-10", NULL, "air_force", 14);
	report(inc, "p3", "2020-02-11", STRIKE, "2020-02-10", NULL, "drone_unit", 3);
	report(inc, "p4", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 14);
	report(inc, "p5", "2020-02-11", STRIKE, "2020-02-10", TOWN_B, "militia", 40);
	report(inc, "p6", "2020-03-11", STRIKE, "2020-03-10", TOWN_B, "air_force", 14);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "p1", 0), cl(inc, "p2", 0));
	assert_int_not_equal(cl(inc, "p1", 0), cl(inc, "p3", 0));
	assert_int_equal(cl(inc, "p1", 0), cl(inc, "p4", 0));
	assert_int_not_equal(cl(inc, "p3", 0), cl(inc, "p5", 0));
	assert_int_not_equal(cl(inc, "p1", 0), cl(inc, "p5", 0));
	assert_int_not_equal(cl(inc, "p1", 0), cl(inc, "p6", 0));
	rasdp_incidents_free(inc);
}

/* A part of a country, no governorate known ("north-west Syria"). */
#define REGION "{\"id\":\"r:nw\",\"name\":\"north-west Syria\",\"kind\":\"region\"," \
	"\"lat\":35.90,\"lon\":36.50,\"geo_precision\":3}"

static char *incidents_json(struct rasd_incidents *inc);

/*
 * A report that places a strike only in a part of the country links like
 * one with no place: it joins the report of that day, type, side and toll
 * at a town, and not one of another toll and side; the incidents it alone
 * makes take the region as their place.
 */
static void test_link_country_part(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	char *json;

	(void)state;
	report(inc, "r1", "2020-02-11", STRIKE, "2020-02-10", REGION, "air_force", 14);
	report(inc, "r2", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 14);
	report(inc, "r3", "2020-02-11", STRIKE, "2020-02-10", TOWN_B, "militia", 40);
	report(inc, "r4", "2020-05-11", STRIKE, "2020-05-10", REGION, "drone_unit", 3);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "r1", 0), cl(inc, "r2", 0));
	assert_int_not_equal(cl(inc, "r1", 0), cl(inc, "r3", 0));
	assert_int_not_equal(cl(inc, "r1", 0), cl(inc, "r4", 0));
	json = incidents_json(inc);
	assert_non_null(strstr(json, "north-west Syria"));
	free(json);
	rasdp_incidents_free(inc);
}

/*
 * A report without a place that names both sides and the toll meets the
 * placed report naming them in one block (the first side both name), so
 * the pair is scored once; a clustering extended by the other finds the
 * pair whichever came first (it builds its blocks again when the first
 * report without a place comes).
 */
static void test_link_without_place_sides(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	const char *two = "{\"id\":\"%s\",\"outlet\":\"%s.example\",\"published\":\"2020-02-11\","
			  "\"events\":[{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
			  "\"date\":\"2020-02-10\",\"date_last\":\"2020-02-10\",\"date_precision\":\"day\","
			  "\"place\":%s,\"actors\":[{\"id\":\"army\",\"name\":\"army\",\"role\":\"actor1\"},"
			  "{\"id\":\"rebels\",\"name\":\"rebels\",\"role\":\"actor2\"}],\"claims\":["
			  "{\"kind\":\"killed\",\"value\":9,\"value_hi\":9,\"qualifier\":\"exact\","
			  "\"denied\":false,\"source\":{\"id\":\"outlet\",\"name\":\"outlet\",\"chain\":[]}}]}]}";
	char buf[2048];

	(void)state;
	snprintf(buf, sizeof(buf), two, "s1", "s1", TOWN_A);
	add(inc, buf);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	snprintf(buf, sizeof(buf), two, "s2", "s2", "null");
	add(inc, buf);
	assert_int_equal(rasdp_incidents_cluster_more(inc, 0), 0);
	assert_int_equal(cl(inc, "s1", 0), cl(inc, "s2", 0));
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(rasdp_incidents_pairs_scored(inc), 1);
	assert_int_equal(cl(inc, "s1", 0), cl(inc, "s2", 0));
	rasdp_incidents_free(inc);

	/* the other order: the placed report added to a clustering of the other */
	inc = new_incidents();
	snprintf(buf, sizeof(buf), two, "s3", "s3", "null");
	add(inc, buf);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	snprintf(buf, sizeof(buf), two, "s4", "s4", TOWN_A);
	add(inc, buf);
	assert_int_equal(rasdp_incidents_cluster_more(inc, 0), 0);
	assert_int_equal(cl(inc, "s3", 0), cl(inc, "s4", 0));
	rasdp_incidents_free(inc);
}

/*
 * One report names the village, another the town four km away: the same
 * strike when day, type and toll agree.  A report of the governorate
 * dated that day joins too.
 */
static void test_link_village_and_town(void **state)
{
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	report(inc, "v1", "2020-02-11", STRIKE, "2020-02-10", VILLAGE_A, "air_force", 9);
	report(inc, "v2", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 9);
	report(inc, "v3", "2020-02-12", STRIKE, "2020-02-10", GOVERNORATE, "air_force", 9);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "v1", 0), cl(inc, "v2", 0));
	assert_int_equal(cl(inc, "v1", 0), cl(inc, "v3", 0));
	rasdp_incidents_free(inc);
}

/*
 * An undated report stands for a happening of the days before it was
 * published: it joins the strike of the day before, not the same town's
 * strike of ten days before, and a report published days later that
 * dates the strike ("last Monday") joins it.
 */
static void test_link_publication_window(void **state)
{
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	report(inc, "w1", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 6);
	report(inc, "w2", "2020-02-11", STRIKE, NULL, TOWN_A, "air_force", 6);
	report(inc, "w3", "2020-02-21", STRIKE, NULL, TOWN_A, "air_force", 6);
	report(inc, "w4", "2020-02-16", STRIKE, "2020-02-10", TOWN_A, "air_force", 6);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "w1", 0), cl(inc, "w2", 0));
	assert_int_not_equal(cl(inc, "w1", 0), cl(inc, "w3", 0));
	assert_int_equal(cl(inc, "w1", 0), cl(inc, "w4", 0));
	rasdp_incidents_free(inc);
}

/*
 * A report with neither date nor publication date could be of any year:
 * at the depot inside the subdistrict another report dates, with the same
 * toll, it is that strike; with no toll, figure or side in common it is
 * not, even at the same place.
 */
static void test_link_timeless(void **state)
{
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	report(inc, "x1", "2020-02-11", STRIKE, "2020-02-10", SUBDISTRICT_A, "air_force", 17);
	report(inc, "x2", NULL, STRIKE, NULL, LANDMARK_A, "air_force", 17);
	report(inc, "x3", NULL, STRIKE, NULL, SUBDISTRICT_A, "drone_unit", -1);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "x1", 0), cl(inc, "x2", 0));
	assert_int_not_equal(cl(inc, "x1", 0), cl(inc, "x3", 0));
	rasdp_incidents_free(inc);
}

/*
 * The chaining guard: a report with no time at all whose toll matches two
 * strikes on one town published six weeks apart joins one of them, never
 * both; a report of the governorate that fits two strikes of one day on
 * two towns (other sides, other tolls) joins one, never both.
 */
static void test_link_no_chain(void **state)
{
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	report(inc, "c1", "2020-01-05", STRIKE, NULL, TOWN_A, "air_force", 8);
	report(inc, "c2", "2020-02-20", STRIKE, NULL, TOWN_A, "air_force", 8);
	report(inc, "c3", NULL, STRIKE, NULL, TOWN_A, "air_force", 8);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_not_equal(cl(inc, "c1", 0), cl(inc, "c2", 0));
	rasdp_incidents_free(inc);

	inc = new_incidents();
	report(inc, "g1", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 4);
	report(inc, "g2", "2020-02-11", STRIKE, "2020-02-10", TOWN_B, "drone_unit", 11);
	report(inc, "g3", "2020-02-11", STRIKE, "2020-02-10", GOVERNORATE, NULL, -1);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_not_equal(cl(inc, "g1", 0), cl(inc, "g2", 0));
	rasdp_incidents_free(inc);
}

/*
 * Two framings of one attack: one report tells of a car bomb, another of a
 * clash, in the same town on the same day by the same side, with no toll
 * to compare: one incident.  A protest there that day by another side is
 * not a framing of the attack and stays apart.
 */
static void test_link_two_framings(void **state)
{
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	report(inc, "f1", "2020-02-11", "Explosions/Remote violence", "Remote explosive/landmine/IED",
	       "2020-02-10", TOWN_A, "militia", -1);
	report(inc, "f2", "2020-02-11", "Battles", "Armed clash", "2020-02-10", TOWN_A, "militia", -1);
	report(inc, "f3", "2020-02-11", "Protests", "Peaceful protest", "2020-02-10", TOWN_A,
	       "union", -1);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "f1", 0), cl(inc, "f2", 0));
	assert_int_not_equal(cl(inc, "f1", 0), cl(inc, "f3", 0));
	rasdp_incidents_free(inc);
}

/*
 * One report can tell of two incidents: its strike on Town A joins the
 * other report of that strike, its clash 60 km away the other report of
 * the clash.
 */
static void test_link_two_incidents_one_report(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	const char *both =
		"{\"id\":\"m1\",\"outlet\":\"m.example\",\"published\":\"2020-02-11\",\"events\":["
		"{\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Air/drone strike\","
		"\"date\":\"2020-02-10\",\"date_precision\":\"day\",\"place\":" TOWN_A ",\"claims\":["
		KILLED(5, "exact", SRC("outlet", "outlet")) "]},"
		"{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2020-02-10\","
		"\"date_precision\":\"day\",\"place\":" JASIM ",\"claims\":["
		KILLED(3, "exact", SRC("outlet", "outlet")) "]}]}";

	(void)state;
	add(inc, both);
	report(inc, "m2", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, NULL, 5);
	report(inc, "m3", "2020-02-11", "Battles", "Armed clash", "2020-02-10", JASIM, NULL, 3);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "m1", 0), cl(inc, "m2", 0));
	assert_int_equal(cl(inc, "m1", 1), cl(inc, "m3", 0));
	assert_int_not_equal(cl(inc, "m1", 0), cl(inc, "m1", 1));
	rasdp_incidents_free(inc);
}

/* An exact figure of `kind` said by the outlet, for casualty_report(). */
#define CAS(kind, v) "{\"kind\":\"" kind "\",\"value\":" #v ",\"value_hi\":" #v \
	",\"qualifier\":\"exact\",\"denied\":false,\"source\":{\"id\":\"outlet\",\"name\":\"outlet\",\"chain\":[]}}"

/* A report of a strike on Town A with the figures `claims`; `date` NULL: undated, unpublished. */
static void casualty_report(struct rasd_incidents *inc, const char *id, const char *date,
			    const char *claims)
{
	char buf[2048], dt[160];

	if (date)
		snprintf(dt, sizeof(dt), "\"published\":\"%s\",\"events\":[{\"date\":\"%s\","
			 "\"date_last\":\"%s\",\"date_precision\":\"day\",", date, date, date);
	else
		snprintf(dt, sizeof(dt), "\"published\":null,\"events\":[{\"date\":null,");
	snprintf(buf, sizeof(buf), "{\"id\":\"%s\",\"outlet\":\"%s.example\",%s"
		 "\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Air/drone strike\","
		 "\"place\":%s,\"actors\":[],\"claims\":[%s]}]}", id, id, dt, TOWN_A, claims);
	add(inc, buf);
}

struct one_feature {
	unsigned f;      /* index of the feature in the link decision's table */
	float x;         /* its value in the (one) pair */
	int pairs;
};

static int read_feature(void *ctx, uint32_t a, uint32_t b, const float *x)
{
	struct one_feature *o = ctx;

	(void)a;
	(void)b;
	o->x = x[o->f];
	o->pairs++;
	return 0;
}

/* The link feature `name` of the one pair of events of two reports, one of each. */
static float pair_feature(const char *a, const char *b, const char *name)
{
	const struct rasd_decision *d = rasdp_decisions[RASD_DEC_LINK];
	struct rasd_incidents *inc = new_incidents();
	struct one_feature o = { 0, 0, 0 };

	while (o.f < d->nfeats && strcmp(d->feats[o.f].name, name))
		o.f++;
	assert_true(o.f < d->nfeats);
	casualty_report(inc, "pa", "2020-02-10", a);
	casualty_report(inc, "pb", "2020-02-10", b);
	assert_int_equal(rasdp_incidents_each_pair(inc, read_feature, &o), 0);
	assert_int_equal(o.pairs, 1);
	rasdp_incidents_free(inc);
	return o.x;
}

/*
 * Victims (killed or wounded, not said which) against killed: a report
 * with no time at all that counts 12 victims in Town A is the strike
 * another report dates there with 12 killed, or with 7 killed and 5
 * wounded; one that counts 3 victims there is not.  A killed toll of 2
 * far below another's 12 is no sign of another strike when its report
 * counts 12 victims (an early count or a part), and is without them; a
 * victims count never ties a wounded figure.
 */
static void test_link_victims(void **state)
{
	struct rasd_incidents *inc = new_incidents();

	(void)state;
	casualty_report(inc, "k1", "2020-02-10", CAS("killed", 12));
	casualty_report(inc, "v1", NULL, CAS("killed_or_wounded", 12));
	casualty_report(inc, "v2", NULL, CAS("killed_or_wounded", 3));
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "k1", 0), cl(inc, "v1", 0));
	assert_int_not_equal(cl(inc, "k1", 0), cl(inc, "v2", 0));
	rasdp_incidents_free(inc);

	inc = new_incidents();
	casualty_report(inc, "k2", "2020-02-10", CAS("killed", 7) "," CAS("wounded", 5));
	casualty_report(inc, "v3", NULL, CAS("killed_or_wounded", 12));
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "k2", 0), cl(inc, "v3", 0));
	rasdp_incidents_free(inc);

	assert_true(pair_feature(CAS("killed", 12), CAS("killed_or_wounded", 12), "victims_match") == 1);
	assert_true(pair_feature(CAS("wounded", 12), CAS("killed_or_wounded", 12), "victims_match") == 0);
	assert_true(pair_feature(CAS("killed", 12), CAS("killed", 2) "," CAS("killed_or_wounded", 12),
				 "tolls_far") == 0);
	assert_true(pair_feature(CAS("killed", 12), CAS("killed", 2), "tolls_far") == 1);
	assert_true(pair_feature(CAS("killed", 12), CAS("killed", 2) "," CAS("killed_or_wounded", 4),
				 "tolls_far") == 1);
}

/*
 * Loading, clustering and both renderings with each allocation failing in
 * turn: every failure is reported as RASD_ENOMEM, and every run that
 * reports none gives exactly what a run without failures gives.
 */
static int pipeline(char **text, char **json)
{
	const char *docs[] = { ar_doc, en_doc, other_doc };
	const struct rasd_models *ms = rasdt_models();   /* loaded before any failure */
	struct rasd_incidents *inc = rasdp_incidents_new();
	size_t i, len;
	int rc = 0;

	*text = *json = NULL;
	if (!inc)
		return RASD_ENOMEM;
	rasdp_incidents_set_models(inc, ms);
	for (i = 0; i < 3 && !rc; i++)
		rc = rasdp_incidents_add_line(inc, docs[i], strlen(docs[i]), NULL, NULL);
	if (!rc)
		rc = rasdp_incidents_cluster(inc, 0);
	if (!rc)
		rc = rasdp_incidents_to_text(inc, 1, text, &len);
	if (!rc)
		rc = rasdp_incidents_to_json(inc, 1, json, &len);
	rasdp_incidents_free(inc);
	if (rc) {
		free(*text);
		*text = NULL;
	}
	return rc;
}

static void test_every_failure(void **state)
{
	char *want_text, *want_json, *text, *json;
	long n;
	int rc;

	(void)state;
	assert_int_equal(pipeline(&want_text, &want_json), 0);
	for (n = 0;; n++) {
		rasdt_fail_alloc(n);
		rc = pipeline(&text, &json);
		rasdt_fail_alloc(-1);
		if (!rasdt_alloc_failed())
			break;
		if (rc) {
			assert_int_equal(rc, RASD_ENOMEM);
			assert_null(text);
			assert_null(json);
			continue;
		}
		/* a failure that was recovered from changes nothing */
		assert_string_equal(text, want_text);
		assert_string_equal(json, want_json);
		free(text);
		free(json);
	}
	assert_int_equal(rc, 0);
	assert_true(n > 20);
	assert_string_equal(text, want_text);
	assert_string_equal(json, want_json);
	free(text);
	free(json);
	free(want_text);
	free(want_json);
}

/* ---- many events: threads and adding to a clustering ------------------ */

static uint32_t rng_next(uint32_t *s)
{
	*s = *s * 1103515245u + 12345u;
	return *s >> 8;
}

/*
 * Report `i` of a synthetic set: one or two events at one of twelve towns
 * in three districts, on one of 28 days of month `month` of 2022, of three
 * kinds by one of three actors, with a toll from one of three sources.
 */
static void synth_doc(char *buf, size_t cap, size_t i, int month, uint32_t *s)
{
	static const char *types[3][2] = {
		{ "Battles", "Armed clash" },
		{ "Explosions/Remote violence", "Shelling/artillery/missile attack" },
		{ "Explosions/Remote violence", "Air/drone strike" },
	};
	static const char *srcs[3] = { SRC("sohr", "SOHR"), SRC("reuters", "Reuters"), SRC(, "local sources") };
	static const char *actors[3] = { "syrian_army", "hts", "russia_forces" };
	const char *actor;
	static const char *districts[3] = { "Daraa", "Izra'", "As-Sanamayn" };
	size_t len, k, nev = 1 + rng_next(s) % 2;

	len = (size_t)snprintf(buf, cap, "{\"id\":\"d%zu\",\"outlet\":\"o%u.com\",\"events\":[",
			       i, (unsigned)(rng_next(s) % 7));
	for (k = 0; k < nev; k++) {
		unsigned town = rng_next(s) % 12, t = rng_next(s) % 3, v = 1 + rng_next(s) % 60;
		int day = 1 + (int)(rng_next(s) % 28);

		actor = actors[rng_next(s) % 3];

		len += (size_t)snprintf(buf + len, cap - len,
			"%s{\"n\":%zu,\"event_type\":\"%s\",\"sub_event_type\":\"%s\","
			"\"date\":\"2022-%02d-%02d\",\"date_last\":\"2022-%02d-%02d\",\"date_precision\":\"day\","
			"\"place\":{\"id\":\"gn:t%u\",\"name\":\"Town %u\",\"kind\":\"town\",\"admin1\":\"Daraa\","
			"\"admin1_id\":\"SY12\",\"admin2\":\"%s\",\"lat\":32.%u,\"lon\":36.%u,\"geo_precision\":1},"
			"\"actors\":[{\"id\":\"%s\",\"name\":\"%s\",\"role\":\"actor1\"}],"
			"\"claims\":[{\"kind\":\"killed\",\"value\":%u,\"value_hi\":%u,\"qualifier\":\"exact\","
			"\"who\":\"members\",\"denied\":false,\"source\":%s}],\"participants\":[]}",
			k ? "," : "", k, types[t][0], types[t][1], month, day, month, day, town, town,
			districts[town % 3], 10 + town, 10 + town, actor, actor, v, v, srcs[rng_next(s) % 3]);
	}
	snprintf(buf + len, cap - len, "]}");
}

static void add_synth(struct rasd_incidents *inc, size_t from, size_t to, int month)
{
	char buf[8192];
	uint32_t s;
	size_t i;

	for (i = from; i < to; i++) {
		s = (uint32_t)i * 2654435761u + 7;
		synth_doc(buf, sizeof(buf), i, month, &s);
		add(inc, buf);
	}
}

static int count_pair(void *ctx, uint32_t a, uint32_t b, const float *x)
{
	(void)a;
	(void)b;
	(void)x;
	++*(size_t *)ctx;
	return 0;
}

static char *incidents_json(struct rasd_incidents *inc)
{
	char *json;
	size_t len;

	assert_int_equal(rasdp_incidents_to_json(inc, 1, &json, &len), 0);
	return json;
}

/* x and y hold the same incidents, written alike. */
static void assert_same_incidents(struct rasd_incidents *x, struct rasd_incidents *y)
{
	char *a = incidents_json(x), *b = incidents_json(y);

	assert_string_equal(a, b);
	free(a);
	free(b);
}

/* The number of threads changes nothing, with few joins or with very many. */
static void test_threads_agree(void **state)
{
	static const double mins[2] = { 0, -1000 };
	size_t k, pairs = 0;

	(void)state;
	for (k = 0; k < 2; k++) {
		struct rasd_incidents *one = new_incidents(), *four = new_incidents();
		char *a, *b;

		add_synth(one, 0, 600, 10);
		add_synth(four, 0, 600, 10);
		rasdp_incidents_set_threads(four, 4);
		assert_int_equal(rasdp_incidents_cluster(one, mins[k]), 0);
		assert_int_equal(rasdp_incidents_cluster(four, mins[k]), 0);
		a = incidents_json(one);
		b = incidents_json(four);
		assert_string_equal(a, b);
		if (!k) {
			/* enough pairs for the pairs' radix sort */
			assert_true(rasdp_incidents_count(one) > 50);
			assert_int_equal(rasdp_incidents_each_pair(one, count_pair, &pairs), 0);
			assert_true(pairs > 8192);
		}
		free(a);
		free(b);
		rasdp_incidents_free(one);
		rasdp_incidents_free(four);
	}
}

/* Enough incidents for them to be reconciled in parallel: the same JSON. */
static void test_threads_reconcile(void **state)
{
	struct rasd_incidents *one = new_incidents(), *two = new_incidents();
	int m;

	(void)state;
	/* more than 4 * REC_CHUNK (cluster.c) incidents: a year of a dense stream */
	for (m = 1; m <= 12; m++) {
		add_synth(one, (size_t)(m - 1) * 300, (size_t)m * 300, m);
		add_synth(two, (size_t)(m - 1) * 300, (size_t)m * 300, m);
	}
	rasdp_incidents_set_threads(two, 2);
	assert_int_equal(rasdp_incidents_cluster(one, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(two, 0), 0);
	assert_true(rasdp_incidents_count(one) > 1024);
	assert_int_equal(rasdp_incidents_pairs_scored(one), rasdp_incidents_pairs_scored(two));
	assert_same_incidents(one, two);
	rasdp_incidents_free(one);
	rasdp_incidents_free(two);
}

/* Every event in one incident, no incident holds two events of one report. */
static void check_partition(struct rasd_incidents *inc, size_t ndocs)
{
	size_t d, seen = 0;
	char id[32];

	for (d = 0; d < ndocs; d++) {
		long dd, c0, c1;

		snprintf(id, sizeof(id), "d%zu", d);
		dd = rasdp_incidents_find_doc(inc, id);
		assert_true(dd >= 0);
		c0 = rasdp_incidents_cluster_of(inc, (size_t)dd, 0);
		c1 = rasdp_incidents_cluster_of(inc, (size_t)dd, 1);
		assert_true(c0 >= 0 && (size_t)c0 < rasdp_incidents_count(inc));
		assert_true(c1 < (long)rasdp_incidents_count(inc));
		assert_true(c1 != c0);
		seen += 1 + (c1 >= 0);
	}
	assert_int_equal(seen, rasdp_incidents_nevents(inc));
}

static void test_cluster_more(void **state)
{
	struct rasd_incidents *more = new_incidents(), *full = new_incidents();
	char *a, *b;

	(void)state;
	/* Nothing clustered yet: clustering more clusters everything. */
	add_synth(more, 0, 300, 10);
	add_synth(full, 0, 300, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	a = incidents_json(more);
	b = incidents_json(full);
	assert_string_equal(a, b);
	free(b);
	/* Nothing added: nothing changes. */
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	b = incidents_json(more);
	assert_string_equal(a, b);
	free(a);
	free(b);

	/* Reports of days no earlier report reaches: the same as clustering all. */
	add_synth(more, 300, 400, 3);
	add_synth(full, 300, 400, 3);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	assert_same_incidents(more, full);
	check_partition(more, 400);

	/*
	 * Reports among the earlier ones, competing with earlier pairs for
	 * joins on this dense set where many pairs score alike: every pair is
	 * joined again in score order, so still the same as clustering all,
	 * having scored only the new events' pairs.
	 */
	add_synth(more, 400, 420, 10);
	add_synth(full, 400, 420, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	check_partition(more, 420);
	assert_true(rasdp_incidents_pairs_scored(more) * 5 < rasdp_incidents_pairs_scored(full));
	assert_same_incidents(more, full);
	add_synth(more, 420, 520, 10);
	add_synth(full, 420, 520, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	check_partition(more, 520);
	assert_same_incidents(more, full);
	/* Again on top of that, with two threads. */
	rasdp_incidents_set_threads(more, 2);
	add_synth(more, 520, 600, 10);
	add_synth(full, 520, 600, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	assert_same_incidents(more, full);

	/* Another threshold: everything is clustered again. */
	add_synth(more, 600, 610, 10);
	add_synth(full, 600, 610, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 1), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 1), 0);
	assert_same_incidents(more, full);
	rasdp_incidents_free(more);
	rasdp_incidents_free(full);
}

/*
 * Added events enough to be scored on several threads (cluster_more.c
 * scores runs of at least 256 on each): the same pairs scored, the same
 * incidents as one thread and as clustering everything.
 */
static void test_cluster_more_threads(void **state)
{
	struct rasd_incidents *one = new_incidents(), *two = new_incidents(), *full = new_incidents();
	char *a, *b, *c;

	(void)state;
	add_synth(one, 0, 300, 10);
	add_synth(two, 0, 300, 10);
	assert_int_equal(rasdp_incidents_cluster(one, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(two, 0), 0);
	rasdp_incidents_set_threads(two, 2);
	add_synth(one, 300, 1000, 10);
	add_synth(two, 300, 1000, 10);
	add_synth(full, 0, 1000, 10);
	assert_true(rasdp_incidents_nevents(two) - 300 >= 512);
	assert_int_equal(rasdp_incidents_cluster_more(one, 0), 0);
	assert_int_equal(rasdp_incidents_cluster_more(two, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	assert_true(rasdp_incidents_pairs_scored(two) > 0);
	assert_int_equal(rasdp_incidents_pairs_scored(one), rasdp_incidents_pairs_scored(two));
	a = incidents_json(one);
	b = incidents_json(two);
	c = incidents_json(full);
	assert_string_equal(a, b);
	assert_string_equal(b, c);
	free(a);
	free(b);
	free(c);
	rasdp_incidents_free(one);
	rasdp_incidents_free(two);
	rasdp_incidents_free(full);
}

/*
 * Adding reports in batches of random sizes, at a few thresholds (a low
 * one joins and refuses far more pairs), gives after every batch the
 * incidents clustering everything gives: the same partition, in the same
 * order, reconciled the same.
 */
static void test_cluster_more_random(void **state)
{
	static const double mins[3] = { 0, -2, 1 };
	size_t k;

	(void)state;
	for (k = 0; k < 3; k++) {
		struct rasd_incidents *more = new_incidents();
		uint32_t s = 12345u + (uint32_t)k;
		size_t n = 0, batches = 0;

		add_synth(more, 0, 60, 4);
		assert_int_equal(rasdp_incidents_cluster(more, mins[k]), 0);
		n = 60;
		while (n < 700) {
			struct rasd_incidents *full = new_incidents();
			size_t step = 1 + rng_next(&s) % 48, to = n + step;
			int month = 4 + (int)(rng_next(&s) % 2);
			char *a, *b;

			add_synth(more, n, to, month);
			assert_int_equal(rasdp_incidents_cluster_more(more, mins[k]), 0);
			batches++;
			if (batches % 3 == 0)
				rasdp_incidents_set_threads(more, 1 + (int)(batches % 2));
			/* the full collection, as added: every batch with its month */
			{
				uint32_t s2 = 12345u + (uint32_t)k;
				size_t m = 60;

				add_synth(full, 0, 60, 4);
				while (m < to) {
					size_t st = 1 + rng_next(&s2) % 48;
					int mo = 4 + (int)(rng_next(&s2) % 2);

					add_synth(full, m, m + st, mo);
					m += st;
				}
			}
			assert_int_equal(rasdp_incidents_cluster(full, mins[k]), 0);
			check_partition(more, to);
			a = incidents_json(more);
			b = incidents_json(full);
			assert_string_equal(a, b);
			free(a);
			free(b);
			rasdp_incidents_free(full);
			n = to;
		}
		rasdp_incidents_free(more);
	}
}

/* A new report of an incident joins it, a report of another happening does not. */
static void test_cluster_more_joins(void **state)
{
	struct rasd_incidents *inc = new_incidents();
	long k;

	(void)state;
	add(inc, ar_doc);
	add(inc, other_doc);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_not_equal(cl(inc, "ar1", 0), cl(inc, "en2", 0));
	add(inc, en_doc);
	assert_int_equal(rasdp_incidents_cluster_more(inc, 0), 0);
	k = cl(inc, "ar1", 0);
	assert_int_equal(k, cl(inc, "en1", 0));
	assert_int_not_equal(k, cl(inc, "en2", 0));
	assert_int_equal(rasdp_incidents_count(inc), 2);
	rasdp_incidents_free(inc);
}

/* A copy of an earlier report is found among the earlier reports. */
static void test_cluster_more_copies(void **state)
{
	char buf[2048];
	struct rasd_incidents *inc = new_incidents();
	const char *ev =
		"{\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Remote explosive/landmine/IED\","
		"\"date\":null,\"place\":" TAFAS ",\"claims\":[" KILLED(8, "at_least", SRC("outlet", "outlet")) "]}";
	const char *ids[3] = { "s1", "s3", "s2" };
	const char *texts[3] = { story, unrelated, story_copy };
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++) {
		snprintf(buf, sizeof(buf), "{\"id\":\"%s\",\"outlet\":\"o%zu.com\",\"events\":[%s]}",
			 ids[i], i, ev);
		assert_int_equal(rasdp_incidents_add_line(inc, buf, strlen(buf), texts[i], NULL), 0);
		if (i == 1)
			assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	}
	assert_int_equal(rasdp_incidents_cluster_more(inc, 0), 0);
	assert_int_equal(rasdp_incidents_dup_of(inc, 2), 0);
	assert_int_equal(rasdp_incidents_dup_of(inc, 1), 1);
	assert_int_equal(cl(inc, "s1", 0), cl(inc, "s2", 0));
	rasdp_incidents_free(inc);
}

/*
 * Reports with no time at all (no date, no publication date): two of one
 * strike on a town (same side, same toll) and one of another strike there
 * (another side, another toll) are two incidents; a fourth that shares
 * the toll of the first two and the side of the third links to both, but
 * the first two and the third do not come near each other, so it joins
 * one incident only and never makes the two one.  Adding the reports to
 * a clustering gives the same incidents.
 */
static void timeless_bridge(struct rasd_incidents *inc, int from)
{
	static const char *const ids[] = { "tb1", "tb2", "tb3", "tb4" };
	static const char *const actors[] = { "air_force", "air_force", "drone_unit", "drone_unit" };
	static const int killed[] = { 8, 8, 30, 8 };
	int i;

	for (i = from; i < 4; i++)
		report(inc, ids[i], NULL, STRIKE, NULL, TOWN_A, actors[i], killed[i]);
}

static void test_link_timeless_bridge(void **state)
{
	struct rasd_incidents *inc = new_incidents(), *more = new_incidents();

	(void)state;
	timeless_bridge(inc, 0);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(cl(inc, "tb1", 0), cl(inc, "tb2", 0));
	assert_int_not_equal(cl(inc, "tb1", 0), cl(inc, "tb3", 0));
	assert_true(cl(inc, "tb4", 0) == cl(inc, "tb1", 0) || cl(inc, "tb4", 0) == cl(inc, "tb3", 0));
	report(more, "tb1", NULL, STRIKE, NULL, TOWN_A, "air_force", 8);
	assert_int_equal(rasdp_incidents_cluster(more, 0), 0);
	timeless_bridge(more, 1);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_same_incidents(more, inc);
	rasdp_incidents_free(inc);
	rasdp_incidents_free(more);
}

/*
 * The first event with neither date nor publication date puts every
 * placed event in its governorate's loose block: everything is clustered
 * again, and the result is the same as clustering all.
 */
#define TIMELESS_DOC(id) \
	"{\"id\":\"" id "\",\"outlet\":\"t.com\",\"events\":[{\"event_type\":\"Battles\"," \
	"\"sub_event_type\":\"Armed clash\",\"date\":null,\"place\":{\"id\":\"gn:t3\"," \
	"\"name\":\"Town 3\",\"kind\":\"town\",\"admin1\":\"Daraa\",\"admin1_id\":\"SY12\"," \
	"\"admin2\":\"Daraa\",\"lat\":32.13,\"lon\":36.13,\"geo_precision\":1}," \
	"\"claims\":[" KILLED(7, "exact", SRC("sohr", "SOHR")) "]}]}"

static void test_cluster_more_timeless(void **state)
{
	struct rasd_incidents *more = new_incidents(), *full = new_incidents();
	const char *doc = TIMELESS_DOC("t0"), *doc2 = TIMELESS_DOC("t1");

	(void)state;
	add_synth(more, 0, 200, 10);
	add_synth(full, 0, 200, 10);
	assert_int_equal(rasdp_incidents_cluster(more, 0), 0);
	add(more, doc);
	add(full, doc);
	add_synth(more, 200, 220, 10);
	add_synth(full, 200, 220, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	assert_int_equal(rasdp_incidents_pairs_scored(more), rasdp_incidents_pairs_scored(full));
	assert_same_incidents(more, full);
	/* a second timeless report now extends the clustering */
	add(more, doc2);
	add(full, doc2);
	add_synth(more, 220, 240, 10);
	add_synth(full, 220, 240, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	assert_true(rasdp_incidents_pairs_scored(more) < rasdp_incidents_pairs_scored(full));
	assert_same_incidents(more, full);
	rasdp_incidents_free(more);
	rasdp_incidents_free(full);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_join_across_languages),
		cmocka_unit_test(test_background_left_out),
		cmocka_unit_test(test_reconcile_disputes),
		cmocka_unit_test(test_dispute_logic),
		cmocka_unit_test(test_parts_and_pieces),
		cmocka_unit_test(test_disagree),
		cmocka_unit_test(test_revised_toll),
		cmocka_unit_test(test_earlier_day_toll),
		cmocka_unit_test(test_rising_toll_accounts),
		cmocka_unit_test(test_participation_dispute),
		cmocka_unit_test(test_perpetrator_dispute),
		cmocka_unit_test(test_limited_part_and_subgroups),
		cmocka_unit_test(test_simhash),
		cmocka_unit_test(test_syndicated_copy),
		cmocka_unit_test(test_date_dispute_and_same_doc),
		cmocka_unit_test(test_undated_and_errors),
		cmocka_unit_test(test_link_without_place),
		cmocka_unit_test(test_link_country_part),
		cmocka_unit_test(test_link_without_place_sides),
		cmocka_unit_test(test_link_village_and_town),
		cmocka_unit_test(test_link_publication_window),
		cmocka_unit_test(test_link_timeless),
		cmocka_unit_test(test_link_timeless_bridge),
		cmocka_unit_test(test_link_no_chain),
		cmocka_unit_test(test_link_two_framings),
		cmocka_unit_test(test_link_two_incidents_one_report),
		cmocka_unit_test(test_link_victims),
		cmocka_unit_test(test_every_failure),
		cmocka_unit_test(test_threads_agree),
		cmocka_unit_test(test_threads_reconcile),
		cmocka_unit_test(test_cluster_more),
		cmocka_unit_test(test_cluster_more_random),
		cmocka_unit_test(test_cluster_more_threads),
		cmocka_unit_test(test_cluster_more_joins),
		cmocka_unit_test(test_cluster_more_copies),
		cmocka_unit_test(test_cluster_more_timeless),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
