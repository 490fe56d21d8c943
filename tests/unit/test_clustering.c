/*
 * test_clustering.c - clustering on hand-built `rasd extract` records: many
 * events: threads of clustering, and events added to a clustering.
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
		ix_add(inc, buf);
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

/* x and y hold the same incidents, written alike. */
static void assert_same_incidents(struct rasd_incidents *x, struct rasd_incidents *y)
{
	char *a = ix_json(x), *b = ix_json(y);

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
		struct rasd_incidents *one = ix_new(), *four = ix_new();
		char *a, *b;

		add_synth(one, 0, 600, 10);
		add_synth(four, 0, 600, 10);
		rasdp_incidents_set_threads(four, 4);
		assert_int_equal(rasdp_incidents_cluster(one, mins[k]), 0);
		assert_int_equal(rasdp_incidents_cluster(four, mins[k]), 0);
		a = ix_json(one);
		b = ix_json(four);
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
	struct rasd_incidents *one = ix_new(), *two = ix_new();
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
	struct rasd_incidents *more = ix_new(), *full = ix_new();
	char *a, *b;

	(void)state;
	/* Nothing clustered yet: clustering more clusters everything. */
	add_synth(more, 0, 300, 10);
	add_synth(full, 0, 300, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	a = ix_json(more);
	b = ix_json(full);
	assert_string_equal(a, b);
	free(b);
	/* Nothing added: nothing changes. */
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	b = ix_json(more);
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
	struct rasd_incidents *one = ix_new(), *two = ix_new(), *full = ix_new();
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
	a = ix_json(one);
	b = ix_json(two);
	c = ix_json(full);
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
		struct rasd_incidents *more = ix_new();
		uint32_t s = 12345u + (uint32_t)k;
		size_t n = 0, batches = 0;

		add_synth(more, 0, 60, 4);
		assert_int_equal(rasdp_incidents_cluster(more, mins[k]), 0);
		n = 60;
		while (n < 700) {
			struct rasd_incidents *full = ix_new();
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
			a = ix_json(more);
			b = ix_json(full);
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
	struct rasd_incidents *inc = ix_new();
	long k;

	(void)state;
	ix_add(inc, ix_ar_doc);
	ix_add(inc, ix_other_doc);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_not_equal(ix_cluster_of(inc, "ar1", 0), ix_cluster_of(inc, "en2", 0));
	ix_add(inc, ix_en_doc);
	assert_int_equal(rasdp_incidents_cluster_more(inc, 0), 0);
	k = ix_cluster_of(inc, "ar1", 0);
	assert_int_equal(k, ix_cluster_of(inc, "en1", 0));
	assert_int_not_equal(k, ix_cluster_of(inc, "en2", 0));
	assert_int_equal(rasdp_incidents_count(inc), 2);
	rasdp_incidents_free(inc);
}

/* A copy of an earlier report is found among the earlier reports. */
static void test_cluster_more_copies(void **state)
{
	char buf[2048];
	struct rasd_incidents *inc = ix_new();
	const char *ev =
		"{\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Remote explosive/landmine/IED\","
		"\"date\":null,\"place\":" TAFAS ",\"claims\":[" KILLED(8, "at_least", SRC("outlet", "outlet")) "]}";
	const char *ids[3] = { "s1", "s3", "s2" };
	const char *texts[3] = { ix_story, ix_unrelated, ix_story_copy };
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
	assert_int_equal(ix_cluster_of(inc, "s1", 0), ix_cluster_of(inc, "s2", 0));
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
		ix_report(inc, ids[i], NULL, STRIKE, NULL, TOWN_A, actors[i], killed[i]);
}

static void test_link_timeless_bridge(void **state)
{
	struct rasd_incidents *inc = ix_new(), *more = ix_new();

	(void)state;
	timeless_bridge(inc, 0);
	assert_int_equal(rasdp_incidents_cluster(inc, 0), 0);
	assert_int_equal(ix_cluster_of(inc, "tb1", 0), ix_cluster_of(inc, "tb2", 0));
	assert_int_not_equal(ix_cluster_of(inc, "tb1", 0), ix_cluster_of(inc, "tb3", 0));
	assert_true(ix_cluster_of(inc, "tb4", 0) == ix_cluster_of(inc, "tb1", 0) || ix_cluster_of(inc, "tb4", 0) == ix_cluster_of(inc, "tb3", 0));
	ix_report(more, "tb1", NULL, STRIKE, NULL, TOWN_A, "air_force", 8);
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
	struct rasd_incidents *more = ix_new(), *full = ix_new();
	const char *doc = TIMELESS_DOC("t0"), *doc2 = TIMELESS_DOC("t1");

	(void)state;
	add_synth(more, 0, 200, 10);
	add_synth(full, 0, 200, 10);
	assert_int_equal(rasdp_incidents_cluster(more, 0), 0);
	ix_add(more, doc);
	ix_add(full, doc);
	add_synth(more, 200, 220, 10);
	add_synth(full, 200, 220, 10);
	assert_int_equal(rasdp_incidents_cluster_more(more, 0), 0);
	assert_int_equal(rasdp_incidents_cluster(full, 0), 0);
	assert_int_equal(rasdp_incidents_pairs_scored(more), rasdp_incidents_pairs_scored(full));
	assert_same_incidents(more, full);
	/* a second timeless report now extends the clustering */
	ix_add(more, doc2);
	ix_add(full, doc2);
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
		cmocka_unit_test(test_link_timeless_bridge),
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
