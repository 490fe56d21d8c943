/*
 * test_linking.c - clustering on hand-built `rasd extract` records: linking:
 * syndicated copies, dates, and which events of several reports are one
 * incident (places, times, loose events, the chaining guard).
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

static void test_syndicated_copy(void **state)
{
	char buf[2048];
	struct rasd_incidents *inc = ix_new();
	const char *ev =
		"{\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Remote explosive/landmine/IED\","
		"\"date\":null,\"place\":" TAFAS ",\"claims\":[" KILLED(8, "at_least", SRC("outlet", "outlet")) "]}";
	const char *ids[3] = { "s1", "s2", "s3" };
	const char *outlets[3] = { "a.com", "b.com", "c.com" };
	const char *texts[3] = { ix_story, ix_story_copy, ix_unrelated };
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
	k = ix_cluster_of(inc, "s1", 0);
	assert_int_equal(k, ix_cluster_of(inc, "s2", 0));
	assert_int_equal(k, ix_cluster_of(inc, "s3", 0));
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
	struct rasd_incidents *inc = ix_new();
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
	ix_add(inc, two);
	ix_add(inc, late);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	/* Never two events of one document in one incident. */
	assert_int_not_equal(ix_cluster_of(inc, "t1", 0), ix_cluster_of(inc, "t1", 1));
	assert_true(ix_cluster_of(inc, "t2", 0) == ix_cluster_of(inc, "t1", 0) || ix_cluster_of(inc, "t2", 0) == ix_cluster_of(inc, "t1", 1));
	d = rasdp_incidents_disputes(inc, (size_t)ix_cluster_of(inc, "t2", 0), &n);
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
	struct rasd_incidents *inc = ix_new();
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
	ix_add(inc, ix_ar_doc);
	ix_add(inc, undated);
	ix_add(inc, undated_far);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "u1", 0));
	assert_int_not_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "u2", 0));
	rasdp_incidents_free(inc);

	inc = ix_new();
	ix_add(inc, ix_ar_doc);
	ix_add(inc, timeless);
	ix_add(inc, timeless_toll);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_not_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "t1", 0));
	assert_int_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "t2", 0));
	rasdp_incidents_free(inc);
}

/* ---- linking: places, times, loose events, the chaining guard --------- */

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
	struct rasd_incidents *inc = ix_new();

	(void)state;
	ix_report(inc, "p1", "2020-02-11", STRIKE, "2020-02-10", NULL, "air_force", 14);
	ix_report(inc, "p2", "2020-02-11", STRIKE, "2020-02-10", NULL, "air_force", 14);
	ix_report(inc, "p3", "2020-02-11", STRIKE, "2020-02-10", NULL, "drone_unit", 3);
	ix_report(inc, "p4", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 14);
	ix_report(inc, "p5", "2020-02-11", STRIKE, "2020-02-10", TOWN_B, "militia", 40);
	ix_report(inc, "p6", "2020-03-11", STRIKE, "2020-03-10", TOWN_B, "air_force", 14);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "p1", 0), ix_cluster_of(inc, "p2", 0));
	assert_int_not_equal(ix_cluster_of(inc, "p1", 0), ix_cluster_of(inc, "p3", 0));
	assert_int_equal(ix_cluster_of(inc, "p1", 0), ix_cluster_of(inc, "p4", 0));
	assert_int_not_equal(ix_cluster_of(inc, "p3", 0), ix_cluster_of(inc, "p5", 0));
	assert_int_not_equal(ix_cluster_of(inc, "p1", 0), ix_cluster_of(inc, "p5", 0));
	assert_int_not_equal(ix_cluster_of(inc, "p1", 0), ix_cluster_of(inc, "p6", 0));
	rasdp_incidents_free(inc);
}

/* A part of a country, no governorate known ("north-west Syria"). */
#define REGION "{\"id\":\"r:nw\",\"name\":\"north-west Syria\",\"kind\":\"region\"," \
	"\"lat\":35.90,\"lon\":36.50,\"geo_precision\":3}"

/*
 * A report that places a strike only in a part of the country links like
 * one with no place: it joins the report of that day, type, side and toll
 * at a town, and not one of another toll and side; the incidents it alone
 * makes take the region as their place.
 */
static void test_link_country_part(void **state)
{
	struct rasd_incidents *inc = ix_new();
	char *json;

	(void)state;
	ix_report(inc, "r1", "2020-02-11", STRIKE, "2020-02-10", REGION, "air_force", 14);
	ix_report(inc, "r2", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 14);
	ix_report(inc, "r3", "2020-02-11", STRIKE, "2020-02-10", TOWN_B, "militia", 40);
	ix_report(inc, "r4", "2020-05-11", STRIKE, "2020-05-10", REGION, "drone_unit", 3);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "r1", 0), ix_cluster_of(inc, "r2", 0));
	assert_int_not_equal(ix_cluster_of(inc, "r1", 0), ix_cluster_of(inc, "r3", 0));
	assert_int_not_equal(ix_cluster_of(inc, "r1", 0), ix_cluster_of(inc, "r4", 0));
	json = ix_json(inc);
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
	struct rasd_incidents *inc = ix_new();
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
	ix_add(inc, buf);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	snprintf(buf, sizeof(buf), two, "s2", "s2", "null");
	ix_add(inc, buf);
	assert_int_equal(rasdp_incidents_cluster_more(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "s1", 0), ix_cluster_of(inc, "s2", 0));
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(rasdp_incidents_pairs_scored(inc), 1);
	assert_int_equal(ix_cluster_of(inc, "s1", 0), ix_cluster_of(inc, "s2", 0));
	rasdp_incidents_free(inc);

	/* the other order: the placed report added to a clustering of the other */
	inc = ix_new();
	snprintf(buf, sizeof(buf), two, "s3", "s3", "null");
	ix_add(inc, buf);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	snprintf(buf, sizeof(buf), two, "s4", "s4", TOWN_A);
	ix_add(inc, buf);
	assert_int_equal(rasdp_incidents_cluster_more(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "s3", 0), ix_cluster_of(inc, "s4", 0));
	rasdp_incidents_free(inc);
}

/*
 * One report names the village, another the town four km away: the same
 * strike when day, type and toll agree.  A report of the governorate
 * dated that day joins too.
 */
static void test_link_village_and_town(void **state)
{
	struct rasd_incidents *inc = ix_new();

	(void)state;
	ix_report(inc, "v1", "2020-02-11", STRIKE, "2020-02-10", VILLAGE_A, "air_force", 9);
	ix_report(inc, "v2", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 9);
	ix_report(inc, "v3", "2020-02-12", STRIKE, "2020-02-10", GOVERNORATE, "air_force", 9);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "v1", 0), ix_cluster_of(inc, "v2", 0));
	assert_int_equal(ix_cluster_of(inc, "v1", 0), ix_cluster_of(inc, "v3", 0));
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
	struct rasd_incidents *inc = ix_new();

	(void)state;
	ix_report(inc, "w1", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 6);
	ix_report(inc, "w2", "2020-02-11", STRIKE, NULL, TOWN_A, "air_force", 6);
	ix_report(inc, "w3", "2020-02-21", STRIKE, NULL, TOWN_A, "air_force", 6);
	ix_report(inc, "w4", "2020-02-16", STRIKE, "2020-02-10", TOWN_A, "air_force", 6);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "w1", 0), ix_cluster_of(inc, "w2", 0));
	assert_int_not_equal(ix_cluster_of(inc, "w1", 0), ix_cluster_of(inc, "w3", 0));
	assert_int_equal(ix_cluster_of(inc, "w1", 0), ix_cluster_of(inc, "w4", 0));
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
	struct rasd_incidents *inc = ix_new();

	(void)state;
	ix_report(inc, "x1", "2020-02-11", STRIKE, "2020-02-10", SUBDISTRICT_A, "air_force", 17);
	ix_report(inc, "x2", NULL, STRIKE, NULL, LANDMARK_A, "air_force", 17);
	ix_report(inc, "x3", NULL, STRIKE, NULL, SUBDISTRICT_A, "drone_unit", -1);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "x1", 0), ix_cluster_of(inc, "x2", 0));
	assert_int_not_equal(ix_cluster_of(inc, "x1", 0), ix_cluster_of(inc, "x3", 0));
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
	struct rasd_incidents *inc = ix_new();

	(void)state;
	ix_report(inc, "c1", "2020-01-05", STRIKE, NULL, TOWN_A, "air_force", 8);
	ix_report(inc, "c2", "2020-02-20", STRIKE, NULL, TOWN_A, "air_force", 8);
	ix_report(inc, "c3", NULL, STRIKE, NULL, TOWN_A, "air_force", 8);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_not_equal(ix_cluster_of(inc, "c1", 0), ix_cluster_of(inc, "c2", 0));
	rasdp_incidents_free(inc);

	inc = ix_new();
	ix_report(inc, "g1", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, "air_force", 4);
	ix_report(inc, "g2", "2020-02-11", STRIKE, "2020-02-10", TOWN_B, "drone_unit", 11);
	ix_report(inc, "g3", "2020-02-11", STRIKE, "2020-02-10", GOVERNORATE, NULL, -1);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_not_equal(ix_cluster_of(inc, "g1", 0), ix_cluster_of(inc, "g2", 0));
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
	struct rasd_incidents *inc = ix_new();

	(void)state;
	ix_report(inc, "f1", "2020-02-11", "Explosions/Remote violence", "Remote explosive/landmine/IED",
	       "2020-02-10", TOWN_A, "militia", -1);
	ix_report(inc, "f2", "2020-02-11", "Battles", "Armed clash", "2020-02-10", TOWN_A, "militia", -1);
	ix_report(inc, "f3", "2020-02-11", "Protests", "Peaceful protest", "2020-02-10", TOWN_A,
	       "union", -1);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "f1", 0), ix_cluster_of(inc, "f2", 0));
	assert_int_not_equal(ix_cluster_of(inc, "f1", 0), ix_cluster_of(inc, "f3", 0));
	rasdp_incidents_free(inc);
}

/*
 * One report can tell of two incidents: its strike on Town A joins the
 * other report of that strike, its clash 60 km away the other report of
 * the clash.
 */
static void test_link_two_incidents_one_report(void **state)
{
	struct rasd_incidents *inc = ix_new();
	const char *both =
		"{\"id\":\"m1\",\"outlet\":\"m.example\",\"published\":\"2020-02-11\",\"events\":["
		"{\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Air/drone strike\","
		"\"date\":\"2020-02-10\",\"date_precision\":\"day\",\"place\":" TOWN_A ",\"claims\":["
		KILLED(5, "exact", SRC("outlet", "outlet")) "]},"
		"{\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2020-02-10\","
		"\"date_precision\":\"day\",\"place\":" JASIM ",\"claims\":["
		KILLED(3, "exact", SRC("outlet", "outlet")) "]}]}";

	(void)state;
	ix_add(inc, both);
	ix_report(inc, "m2", "2020-02-11", STRIKE, "2020-02-10", TOWN_A, NULL, 5);
	ix_report(inc, "m3", "2020-02-11", "Battles", "Armed clash", "2020-02-10", JASIM, NULL, 3);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "m1", 0), ix_cluster_of(inc, "m2", 0));
	assert_int_equal(ix_cluster_of(inc, "m1", 1), ix_cluster_of(inc, "m3", 0));
	assert_int_not_equal(ix_cluster_of(inc, "m1", 0), ix_cluster_of(inc, "m1", 1));
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
	ix_add(inc, buf);
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
	struct rasd_incidents *inc = ix_new();
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
	struct rasd_incidents *inc = ix_new();

	(void)state;
	casualty_report(inc, "k1", "2020-02-10", CAS("killed", 12));
	casualty_report(inc, "v1", NULL, CAS("killed_or_wounded", 12));
	casualty_report(inc, "v2", NULL, CAS("killed_or_wounded", 3));
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "k1", 0), ix_cluster_of(inc, "v1", 0));
	assert_int_not_equal(ix_cluster_of(inc, "k1", 0), ix_cluster_of(inc, "v2", 0));
	rasdp_incidents_free(inc);

	inc = ix_new();
	casualty_report(inc, "k2", "2020-02-10", CAS("killed", 7) "," CAS("wounded", 5));
	casualty_report(inc, "v3", NULL, CAS("killed_or_wounded", 12));
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "k2", 0), ix_cluster_of(inc, "v3", 0));
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
	const char *docs[] = { ix_ar_doc, ix_en_doc, ix_other_doc };
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_syndicated_copy),
		cmocka_unit_test(test_date_dispute_and_same_doc),
		cmocka_unit_test(test_undated_and_errors),
		cmocka_unit_test(test_link_without_place),
		cmocka_unit_test(test_link_country_part),
		cmocka_unit_test(test_link_without_place_sides),
		cmocka_unit_test(test_link_village_and_town),
		cmocka_unit_test(test_link_publication_window),
		cmocka_unit_test(test_link_timeless),
		cmocka_unit_test(test_link_no_chain),
		cmocka_unit_test(test_link_two_framings),
		cmocka_unit_test(test_link_two_incidents_one_report),
		cmocka_unit_test(test_link_victims),
		cmocka_unit_test(test_every_failure),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
