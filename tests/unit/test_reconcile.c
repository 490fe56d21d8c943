/*
 * test_reconcile.c - clustering on hand-built `rasd extract` records:
 * reconciliation and disputes: records of one incident from several reports,
 * their figures set side by side, and near copies (simhash).
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
#include "incidentfx.h"
#include "model/model.h"

/* ---- building records ----------------------------------------------- */

static void test_join_across_languages(void **state)
{
	struct rasd_incidents *inc = ix_new();

	(void)state;
	ix_add(inc, ix_ar_doc);
	ix_add(inc, ix_en_doc);
	ix_add(inc, ix_other_doc);
	ix_add(inc, ix_other2_doc);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(rasdp_incidents_nevents(inc), 4);
	assert_true(ix_cluster_of(inc, "ar1", 0) >= 0);
	assert_int_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "en1", 0));
	assert_int_not_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "en2", 0));
	assert_int_not_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "en3", 0));
	assert_int_not_equal(ix_cluster_of(inc, "en2", 0), ix_cluster_of(inc, "en3", 0));
	assert_int_equal(rasdp_incidents_count(inc), 3);
	/* The blocked clustering finds what scoring every pair finds. */
	assert_int_equal(rasdp_incidents_cluster_allpairs(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "en1", 0));
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
	struct rasd_incidents *inc = ix_new();

	(void)state;
	ix_add(inc, ix_en_doc);
	ix_add(inc, recall_doc);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(rasdp_incidents_nevents(inc), 2);
	assert_int_equal(ix_cluster_of(inc, "en1", 0), ix_cluster_of(inc, "en4", 0));
	assert_int_equal(rasdp_incidents_count(inc), 1);
	rasdp_incidents_free(inc);
}

static void test_reconcile_disputes(void **state)
{
	struct rasd_incidents *inc = ix_new();
	const struct rasd_dispute *d;
	struct rasd_fatalities f;
	size_t n, i;
	long k;
	int killed = 0, part = 0;
	char *json;
	size_t len;

	(void)state;
	ix_add(inc, ix_ar_doc);
	ix_add(inc, ix_en_doc);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	k = ix_cluster_of(inc, "ar1", 0);
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
	struct rasd_incidents *inc = ix_new();
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
	ix_add(inc, early);
	ix_add(inc, later);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	k = ix_cluster_of(inc, "r1", 0);
	assert_int_equal(k, ix_cluster_of(inc, "r2", 0));
	d = rasdp_incidents_disputes(inc, (size_t)k, &n);
	assert_int_equal(n, 0);
	assert_null(d);
	rasdp_incidents_free(inc);

	inc = ix_new();
	ix_add(inc, early);
	ix_add(inc, later);
	ix_add(inc, other);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	k = ix_cluster_of(inc, "r3", 0);
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
	struct rasd_incidents *inc = ix_new();
	const struct rasd_dispute *d;
	size_t n = 0, i, len = 0;

	ix_add(inc, a);
	ix_add(inc, b);
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
	struct rasd_incidents *inc = ix_new();
	const struct rasd_dispute *d;
	struct rasd_fatalities f;
	size_t n = 0, i;
	char *json, *p;
	size_t len;
	long k;

	(void)state;
	/* the Observatory: 7, then 78 with 9 civilians among them, then 123 */
	ix_add(inc, "{\"id\":\"t1\",\"outlet\":\"a.com\",\"published\":\"2023-10-05\",\"events\":[" HOMS_EV(
		TOLL(7, "exact", "null", SRC("sohr", "SOHR"), "") ","
		TOLL(7, "exact", "\"soldiers\"", SRC(, "media reports"), "")) "]}");
	ix_add(inc, "{\"id\":\"t2\",\"outlet\":\"b.com\",\"published\":\"2023-10-06\",\"events\":[" HOMS_EV(
		TOLL(78, "exact", "null", SRC("sohr", "SOHR"), "") ","
		TOLL(9, "exact", "\"civilians\"", SRC("sohr", "SOHR"), ",\"subset\":true")) "]}");
	ix_add(inc, "{\"id\":\"t3\",\"outlet\":\"c.com\",\"published\":\"2023-10-07\",\"events\":[" HOMS_EV(
		TOLL(123, "exact", "\"people\"", SRC("sohr", "SOHR"), "") ","
		TOLL(39, "exact", "\"children\"", SRC("sohr", "SOHR"), ",\"subset\":true")) "]}");
	/* officials: 81 people, and 6 women beside it in the same report */
	ix_add(inc, "{\"id\":\"t4\",\"outlet\":\"d.com\",\"published\":\"2023-10-06\",\"events\":[" HOMS_EV(
		TOLL(81, "exact", "\"people\"", SRC("moh", "Ministry of Health"), "") ","
		TOLL(6, "exact", "\"women\"", SRC("moh", "Ministry of Health"), "")) "]}");
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	k = ix_cluster_of(inc, "t1", 0);
	assert_int_equal(k, ix_cluster_of(inc, "t4", 0));
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
		struct rasd_incidents *inc = ix_new();
		const struct rasd_dispute *d;
		char got[1024];
		size_t nd = 0, i, len = 0;

		ix_add(inc, cases[k].json);
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
	struct rasd_incidents *inc = ix_new();
	const struct rasd_dispute *d;
	size_t n;

	(void)state;
	ix_add(inc, a);
	ix_add(inc, b);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "p1", 0), ix_cluster_of(inc, "p2", 0));
	d = rasdp_incidents_disputes(inc, (size_t)ix_cluster_of(inc, "p1", 0), &n);
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
	inc = ix_new();
	ix_add(inc,
	    "{\"id\":\"p4\",\"outlet\":\"z.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
	    "\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
	    "\"participants\":[{\"actor\":\"houthis\",\"name\":\"Houthis\",\"denied\":false,\"source\":" SRC("moh", "Ministry of Health") "},"
	    "{\"actor\":\"houthis\",\"name\":\"Houthis\",\"denied\":false,\"source\":" SRC("outlet", "z.com") "},"
	    "{\"actor\":\"houthis\",\"name\":\"Houthis\",\"denied\":true,\"source\":" SRC("outlet", "z.com") "}]}]}");
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	d = rasdp_incidents_disputes(inc, (size_t)ix_cluster_of(inc, "p4", 0), &n);
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
			inc = ix_new();
			snprintf(doc, sizeof(doc),
				 "{\"id\":\"p5\",\"outlet\":\"w.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
				 "\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
				 "\"participants\":[{\"actor\":\"opposition\",\"name\":\"rebels\",\"denied\":false,\"source\":" SRC("sohr", "SOHR") "},"
				 "{\"actor\":\"opposition\",\"name\":\"rebels\",\"denied\":true,\"source\":%s}]}]}", denier[k]);
			ix_add(inc, doc);
			assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
			d = rasdp_incidents_disputes(inc, (size_t)ix_cluster_of(inc, "p5", 0), &n);
			assert_int_equal(n, (size_t)k);
			rasdp_incidents_free(inc);
		}
	}

	/* Only TASS asserting and TASS denying: the same source, no dispute. */
	inc = ix_new();
	ix_add(inc, a);
	ix_add(inc,
	    "{\"id\":\"p3\",\"outlet\":\"y.com\",\"published\":\"2023-01-02\",\"events\":[{\"event_type\":\"Battles\","
	    "\"date\":\"2023-01-01\",\"date_precision\":\"day\",\"place\":" TAFAS ",\"claims\":[],"
	    "\"participants\":[{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":true,\"source\":" SRC("tass", "TASS") "}]}]}");
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "p1", 0), ix_cluster_of(inc, "p3", 0));
	d = rasdp_incidents_disputes(inc, (size_t)ix_cluster_of(inc, "p1", 0), &n);
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
		struct rasd_incidents *inc = ix_new();
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
		ix_add(inc, doc);
		assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
		d = rasdp_incidents_disputes(inc, (size_t)ix_cluster_of(inc, "q1", 0), &n);
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
	struct rasd_incidents *inc = ix_new();
	const struct rasd_dispute *d;
	size_t n, i, part = 0, killed = 0;
	char *out = NULL;
	size_t len = 0;

	(void)state;
	ix_add(inc, a);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	d = rasdp_incidents_disputes(inc, (size_t)ix_cluster_of(inc, "q1", 0), &n);
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

static void test_simhash(void **state)
{
	uint64_t a = rasdp_simhash(ix_story, strlen(ix_story));
	uint64_t b = rasdp_simhash(ix_story_copy, strlen(ix_story_copy));
	uint64_t c = rasdp_simhash(ix_unrelated, strlen(ix_unrelated));
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
