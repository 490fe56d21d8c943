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
#include "extract/engine.h"
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


/* The link decision's weights of the source tree's data/ (loaded once). */
static const struct rasd_model *link_model(void)
{
	static rasd_engine *e;

	if (!e)
		e = rasd_engine_new("data", NULL);
	assert_non_null(e);
	return &rasdp_engine_models(e)->m[RASD_DEC_LINK];
}

static struct rasd_incidents *new_incidents(void)
{
	struct rasd_incidents *inc = rasdp_incidents_new();

	assert_non_null(inc);
	rasdp_incidents_set_link(inc, link_model());
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

/* A monitor revising its own toll across reports is no dispute; another source's is. */
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
	assert_true(n >= 2);
	for (i = 0; i < n; i++)
		assert_non_null(strstr(d[i].detail, "SANA"));
	rasdp_incidents_free(inc);
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
	/* ... but the same sub-type and a count of the same kind do. */
	const char *timeless_toll =
		"{\"id\":\"t2\",\"outlet\":\"f.com\",\"events\":["
		"{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":null,"
		"\"place\":" JASIM ",\"claims\":[" KILLED(12, "exact", SRC("sohr", "SOHR")) "]}]}";

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

/* B-cubed F1 of clustering x against clustering y, events by report id and n. */
static double bcubed(struct rasd_incidents *x, struct rasd_incidents *y, size_t ndocs)
{
	long *cx = calloc(ndocs * 2, sizeof(long)), *cy = calloc(ndocs * 2, sizeof(long));
	size_t i, j, m = 0, nev = 0;
	double p = 0, r = 0;
	char id[32];

	assert_non_null(cx);
	assert_non_null(cy);
	for (i = 0; i < ndocs; i++) {
		long dx, dy;

		snprintf(id, sizeof(id), "d%zu", i);
		dx = rasdp_incidents_find_doc(x, id);
		dy = rasdp_incidents_find_doc(y, id);
		for (j = 0; j < 2; j++) {
			cx[m] = rasdp_incidents_cluster_of(x, (size_t)dx, j);
			cy[m] = rasdp_incidents_cluster_of(y, (size_t)dy, j);
			assert_true((cx[m] < 0) == (cy[m] < 0));
			m++;
		}
	}
	for (i = 0; i < m; i++) {
		size_t both = 0, inx = 0, iny = 0;

		if (cx[i] < 0)
			continue;
		for (j = 0; j < m; j++) {
			if (cx[j] < 0)
				continue;
			inx += cx[j] == cx[i];
			iny += cy[j] == cy[i];
			both += cx[j] == cx[i] && cy[j] == cy[i];
		}
		p += (double)both / (double)inx;
		r += (double)both / (double)iny;
		nev++;
	}
	free(cx);
	free(cy);
	p /= (double)nev;
	r /= (double)nev;
	return 2 * p * r / (p + r);
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
	a = incidents_json(more);
	b = incidents_json(full);
	assert_string_equal(a, b);
	free(a);
	free(b);
	check_partition(more, 400);

	/*
	 * Reports among the earlier ones: the same but where a new pair
	 * outscores an earlier pair it competes with for a join.  On this dense
	 * set, where many pairs score alike, the B-cubed F1 against clustering
	 * everything is 0.96 after 20 reports and 0.80 after 100 more (clustering
	 * everything with the 20 reports added first instead of last: 0.98).
	 */
	add_synth(more, 400, 420, 10);
	add_synth(full, 400, 420, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	check_partition(more, 420);
	assert_true(bcubed(more, full, 420) > 0.9);
	add_synth(more, 420, 520, 10);
	add_synth(full, 420, 520, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	check_partition(more, 520);
	assert_int_equal(rasdp_incidents_nevents(more), rasdp_incidents_nevents(full));
	assert_true(bcubed(more, full, 520) > 0.75);

	/* Another threshold: everything is clustered again. */
	add_synth(more, 520, 530, 10);
	add_synth(full, 520, 530, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 1), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 1), 0);
	a = incidents_json(more);
	b = incidents_json(full);
	assert_string_equal(a, b);
	free(a);
	free(b);
	rasdp_incidents_free(more);
	rasdp_incidents_free(full);
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
 * Loading, clustering and both renderings with each allocation failing in
 * turn: every failure is reported as RASD_ENOMEM, and every run that
 * reports none gives exactly what a run without failures gives.
 */
static int pipeline(char **text, char **json)
{
	const char *docs[] = { ar_doc, en_doc, other_doc };
	const struct rasd_model *link = link_model();   /* loaded before any failure */
	struct rasd_incidents *inc = rasdp_incidents_new();
	size_t i, len;
	int rc = 0;

	*text = *json = NULL;
	if (!inc)
		return RASD_ENOMEM;
	rasdp_incidents_set_link(inc, link);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_join_across_languages),
		cmocka_unit_test(test_reconcile_disputes),
		cmocka_unit_test(test_dispute_logic),
		cmocka_unit_test(test_revised_toll),
		cmocka_unit_test(test_participation_dispute),
		cmocka_unit_test(test_limited_part_and_subgroups),
		cmocka_unit_test(test_simhash),
		cmocka_unit_test(test_syndicated_copy),
		cmocka_unit_test(test_date_dispute_and_same_doc),
		cmocka_unit_test(test_undated_and_errors),
		cmocka_unit_test(test_every_failure),
		cmocka_unit_test(test_threads_agree),
		cmocka_unit_test(test_cluster_more),
		cmocka_unit_test(test_cluster_more_joins),
		cmocka_unit_test(test_cluster_more_copies),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
