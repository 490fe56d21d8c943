/*
 * test_store.c - the document store: round trip, idempotence by content
 * hash, replacement by id, event filters, Arabic full-text search with
 * clitics, incidents, schema version; on SQLite always and on PostgreSQL
 * when RASD_TEST_PG_URL is set (scripts/pg-test.sh starts one).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testdata.h"
#include <unistd.h>

#include <sqlite3.h>
#ifdef RASD_WITH_PG
#include <libpq-fe.h>
#endif

#include "incident/recompute.h"
#include "store/store.h"



static const char TEXT_AR[] =
	"\xd9\x82\xd9\x8f\xd8\xaa\xd9\x84 20 \xd8\xb9\xd9\x86\xd8\xb5\xd8\xb1\xd9\x8b\xd8\xa7 "
	"\xd9\x81\xd9\x8a \xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 "
	"\xd8\xa8\xd8\xac\xd8\xa7\xd8\xb3\xd9\x85 \xd9\x88\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb4 "
	"\xd8\xa3\xd8\xb9\xd9\x84\xd9\x86.";
	/* "قُتل 20 عنصرًا في مدينة بجاسم والجيش أعلن." */

static const char TEXT_EN[] = "Reuters said 20 militants were killed near Jasim on Friday.";

/* An extraction line like `rasd extract` writes. */
static char *line(const char *id, const char *hash, const char *date, const char *admin1,
		  int killed, const char *actor)
{
	char *s = malloc(2048);

	snprintf(s, 2048,
		 "{\"id\":\"%s\",\"hash\":\"%s\",\"outlet\":\"example.org\",\"url\":null,"
		 "\"title\":\"t %s\",\"lang\":\"ar\",\"published\":\"%s\",\"events\":[{\"n\":0,"
		 "\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"%s\","
		 "\"date_last\":\"%s\",\"date_precision\":\"day\",\"place\":{\"id\":\"gn:1\","
		 "\"name\":\"Jasim\",\"admin1\":\"%s\",\"admin1_id\":\"SY12\",\"lat\":32.99,"
		 "\"lon\":36.06,\"geo_precision\":1},\"actors\":[{\"id\":\"%s\",\"name\":\"X\","
		 "\"inter\":2,\"role\":\"actor1\"}],\"claims\":[{\"kind\":\"killed\",\"value\":%d,"
		 "\"value_hi\":%d,\"qualifier\":\"exact\",\"who\":\"members\",\"denied\":false,"
		 "\"source\":{\"id\":\"reuters\",\"name\":\"Reuters\"},\"span\":[3,5]},"
		 "{\"kind\":\"killed\",\"value\":99,\"value_hi\":99,\"qualifier\":\"exact\","
		 "\"denied\":true,\"source\":{\"id\":\"tass\",\"name\":\"TASS\"},\"span\":[1,2]}]}]}",
		 id, hash, id, date, date, date, admin1, actor, killed, killed);
	return s;
}

static int put(struct rasd_store *s, const char *json, const char *text, int *result)
{
	struct rasd_store_rec rec;
	rasd_err err;
	int rc;

	memset(&err, 0, sizeof(err));
	rc = rasdp_store_rec_parse(&rec, json, strlen(json), text, strlen(text), &err);
	assert_int_equal(rc, 0);
	rc = rasdp_store_put(s, &rec, result, &err);
	if (rc)
		fprintf(stderr, "put: %s\n", err.msg);
	rasdp_store_rec_release(&rec);
	return rc;
}

struct collect {
	char ids[16][64];
	int n;
	int64_t fat[16];
};

static int ev_cb(void *ctx, const struct rasd_store_event_row *row)
{
	struct collect *c = ctx;

	if (c->n < 16) {
		snprintf(c->ids[c->n], sizeof(c->ids[0]), "%s", row->doc_id);
		c->fat[c->n] = row->ev.fatalities_best;
		c->n++;
	}
	return 0;
}

static int json_cb(void *ctx, const char *id, const char *json, const char *text)
{
	struct collect *c = ctx;

	(void)json;
	(void)text;
	if (c->n < 16)
		snprintf(c->ids[c->n++], sizeof(c->ids[0]), "%s", id);
	return 0;
}

static int search(struct rasd_store *s, const char *q, struct collect *c)
{
	struct rasd_store_filter f;

	memset(&f, 0, sizeof(f));
	memset(c, 0, sizeof(*c));
	f.q = q;
	assert_int_equal(rasdp_store_events(s, &f, ev_cb, c, NULL), 0);
	return c->n;
}

static void exercise(struct rasd_store *s)
{
	char *a = line("d1", "h1", "2022-10-14", "Daraa", 20, "isis");
	char *b = line("d2", "h2", "2022-11-02", "Idlib", 3, "hts");
	char *a2 = line("d1", "h1b", "2022-10-15", "Daraa", 10, "isis");
	struct rasd_store_document d;
	struct rasd_store_filter f;
	struct collect c;
	int result = -1;
	int64_t n = 0;
	rasd_err err;

	/* Round trip and idempotence. */
	assert_int_equal(put(s, a, TEXT_AR, &result), 0);
	assert_int_equal(result, RASD_PUT_INSERTED);
	assert_int_equal(put(s, a, TEXT_AR, &result), 0);
	assert_int_equal(result, RASD_PUT_UNCHANGED);
	assert_int_equal(put(s, b, TEXT_EN, &result), 0);
	assert_int_equal(result, RASD_PUT_INSERTED);
	assert_int_equal(rasdp_store_count(s, "documents", &n, NULL), 0);
	assert_int_equal(n, 2);
	assert_int_equal(rasdp_store_count(s, "claims", &n, NULL), 0);
	assert_int_equal(n, 4);

	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_store_get(s, "d1", &d, &err), 0);
	assert_string_equal(d.hash, "h1");
	assert_string_equal(d.outlet, "example.org");
	assert_int_equal(d.text_len, strlen(TEXT_AR));
	assert_memory_equal(d.text, TEXT_AR, d.text_len);
	assert_non_null(d.json);
	assert_non_null(strstr(d.json, "\"Armed clash\""));
	assert_null(d.url);
	rasdp_store_document_release(&d);
	assert_int_equal(rasdp_store_get(s, "nope", &d, &err), RASD_ENOTFOUND);

	/* Filters. */
	memset(&f, 0, sizeof(f));
	memset(&c, 0, sizeof(c));
	f.from = "2022-10-01";
	f.to = "2022-10-31";
	assert_int_equal(rasdp_store_events(s, &f, ev_cb, &c, NULL), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.ids[0], "d1");
	/* the denied 99 does not count */
	assert_int_equal(c.fat[0], 20);
	memset(&f, 0, sizeof(f));
	memset(&c, 0, sizeof(c));
	f.admin1 = "idlib";
	assert_int_equal(rasdp_store_events(s, &f, ev_cb, &c, NULL), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.ids[0], "d2");
	memset(&f, 0, sizeof(f));
	memset(&c, 0, sizeof(c));
	f.actor = "isis";
	assert_int_equal(rasdp_store_events(s, &f, ev_cb, &c, NULL), 0);
	assert_int_equal(c.n, 1);
	memset(&c, 0, sizeof(c));
	f.actor = "is";   /* ids match whole, not by prefix */
	assert_int_equal(rasdp_store_events(s, &f, ev_cb, &c, NULL), 0);
	assert_int_equal(c.n, 0);

	/* Full-text search: Arabic with clitics and letter forms, English. */
	assert_int_equal(search(s, "\xd8\xac\xd8\xa7\xd8\xb3\xd9\x85", &c), 1);      /* جاسم in بجاسم */
	assert_string_equal(c.ids[0], "d1");
	assert_int_equal(search(s, "\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb4", &c), 1); /* الجيش in والجيش */
	assert_int_equal(search(s, "\xd8\xa7\xd8\xb9\xd9\x84\xd9\x86", &c), 1);        /* اعلن finds أعلن */
	assert_int_equal(search(s, "\xd9\x82\xd8\xaa\xd9\x84", &c), 1);                /* قتل finds قُتل */
	assert_int_equal(search(s, "JASIM friday", &c), 1);
	assert_string_equal(c.ids[0], "d2");
	assert_int_equal(search(s, "jasim nowhere", &c), 0);
	assert_int_equal(search(s, "\"unbalanced quote", &c), 0);

	/* Same id, new text: replaced, old rows gone. */
	assert_int_equal(put(s, a2, TEXT_EN, &result), 0);
	assert_int_equal(result, RASD_PUT_REPLACED);
	assert_int_equal(rasdp_store_count(s, "documents", &n, NULL), 0);
	assert_int_equal(n, 2);
	assert_int_equal(rasdp_store_count(s, "events", &n, NULL), 0);
	assert_int_equal(n, 2);
	/* the old search entry went with the old text */
	assert_int_equal(search(s, "\xd8\xac\xd8\xa7\xd8\xb3\xd9\x85", &c), 0);
	assert_int_equal(search(s, "jasim", &c), 2);

	/* Incidents. */
	{
		const char *docs1[] = { "d1", "d2" };
		const int ns[] = { 0, 0 };
		struct rasd_store_incident inc[2] = {
			{ "inc-a", "2022-10-15", "2022-10-15", "{\"id\":\"inc-a\"}", docs1, ns, 2 },
			{ "inc-b", NULL, NULL, "{\"id\":\"inc-b\"}", NULL, NULL, 0 },
		};
		size_t nout = 0;

		assert_int_equal(rasdp_store_replace_incidents(s, NULL, NULL, inc, 2, NULL), 0);
		memset(&c, 0, sizeof(c));
		memset(&f, 0, sizeof(f));
		assert_int_equal(rasdp_store_incidents(s, &f, json_cb, &c, NULL), 0);
		assert_int_equal(c.n, 2);
		memset(&c, 0, sizeof(c));
		f.from = "2022-10-01";
		assert_int_equal(rasdp_store_incidents(s, &f, json_cb, &c, NULL), 0);
		assert_int_equal(c.n, 1);
		assert_string_equal(c.ids[0], "inc-a");
		memset(&c, 0, sizeof(c));
		memset(&f, 0, sizeof(f));
		f.admin1 = "Idlib";
		assert_int_equal(rasdp_store_incidents(s, &f, json_cb, &c, NULL), 0);
		assert_int_equal(c.n, 1);
		/* windowed replace keeps the undated one */
		assert_int_equal(rasdp_store_replace_incidents(s, "2022-10-01", "2022-10-31", NULL, 0, NULL), 0);
		assert_int_equal(rasdp_store_count(s, "incidents", &n, NULL), 0);
		assert_int_equal(n, 1);
		assert_int_equal(rasdp_store_count(s, "incident_members", &n, NULL), 0);
		assert_int_equal(n, 0);

		/* Recompute from the stored extractions: every event in one incident. */
		memset(&err, 0, sizeof(err));
		assert_int_equal(rasdp_incidents_recompute(s, rasdt_models(), &nout, &err), 0);
		assert_true(nout >= 1);
		assert_int_equal(rasdp_store_count(s, "incident_members", &n, NULL), 0);
		assert_int_equal(n, 2);
		memset(&c, 0, sizeof(c));
		memset(&f, 0, sizeof(f));
		assert_int_equal(rasdp_store_incidents(s, &f, json_cb, &c, NULL), 0);
		assert_int_equal((size_t)c.n, nout);
		assert_memory_equal(c.ids[0], "inc-", 4);
		memset(&c, 0, sizeof(c));
		assert_int_equal(rasdp_store_each_extraction(s, "2022-11-01", "2022-11-30", json_cb, &c, NULL), 0);
		assert_int_equal(c.n, 1);
		assert_string_equal(c.ids[0], "d2");

		/* A new document far away in time: the update by blocks adds its
		 * incident and keeps the others. */
		{
			char *far = line("d3", "h3", "2023-05-01", "Homs", 1, "x");
			int64_t before = 0, after = 0;
			size_t nw = 0;

			assert_int_equal(rasdp_store_count(s, "incidents", &before, NULL), 0);
			assert_int_equal(put(s, far, TEXT_EN, &result), 0);
			assert_int_equal(rasdp_incidents_update(s, rasdt_models(), &nw, &err), 0);
			assert_int_equal(nw, 1);
			assert_int_equal(rasdp_store_count(s, "incidents", &after, NULL), 0);
			assert_int_equal(after, before + 1);
			assert_int_equal(rasdp_store_count(s, "incident_members", &n, NULL), 0);
			assert_int_equal(n, 3);
			free(far);
		}
	}
	free(a);
	free(b);
	free(a2);
}

/*
 * An event without a place and a placed one that name the same sides, the
 * day and the toll: the clustering compares them in a side block, so the
 * store's update must read the one when the other comes, in either order.
 */
static char *side_line(const char *id, const char *date, const char *place,
		       const char *side1, const char *side2)
{
	char *s = malloc(2048);

	snprintf(s, 2048,
		 "{\"id\":\"%s\",\"hash\":\"h-%s\",\"outlet\":\"%s.example\",\"url\":null,"
		 "\"title\":\"t\",\"lang\":\"en\",\"published\":\"%s\",\"events\":[{\"n\":0,"
		 "\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"%s\","
		 "\"date_last\":\"%s\",\"date_precision\":\"day\",\"place\":%s,"
		 "\"actors\":[{\"id\":\"%s\",\"name\":\"%s\",\"role\":\"actor1\"},"
		 "{\"id\":\"%s\",\"name\":\"%s\",\"role\":\"actor2\"}],\"claims\":["
		 "{\"kind\":\"killed\",\"value\":9,\"value_hi\":9,\"qualifier\":\"exact\","
		 "\"denied\":false,\"source\":{\"id\":\"outlet\",\"name\":\"outlet\"}}]}]}",
		 id, id, id, date, date, date, place, side1, side1, side2, side2);
	return s;
}

static int64_t count_row_value;

static int count_row(void *ctx, int ncols, const char *const *v)
{
	(void)ctx;
	count_row_value = ncols > 0 && v[0] ? strtoll(v[0], NULL, 10) : -1;
	return 0;
}

/* The number of stored incidents the reports `a` and `b` are members of. */
static int64_t incidents_of(struct rasd_store *s, const char *a, const char *b)
{
	const char *p[2] = { a, b };

	count_row_value = -1;
	assert_int_equal(rasdp_store_query(s,
		"SELECT count(DISTINCT incident_id) FROM incident_members WHERE doc_id IN ($1, $2)",
		"SELECT count(DISTINCT incident_id) FROM incident_members WHERE doc_id IN ($1, $2)",
		2, p, count_row, NULL, NULL), 0);
	return count_row_value;
}

static void exercise_sides(struct rasd_store *s)
{
	static const char town[] = "{\"id\":\"gn:77\",\"name\":\"Townford\",\"admin1\":\"North\","
				   "\"admin1_id\":\"ZZ01\",\"lat\":33.1,\"lon\":36.2,\"geo_precision\":1}";
	char *l[4];
	rasd_err err;
	size_t nw, i;
	int result;

	l[0] = side_line("side-p1", "2024-03-05", town, "blue_army", "red_band");
	l[1] = side_line("side-q1", "2024-03-05", "null", "blue_army", "red_band");
	l[2] = side_line("side-q2", "2024-06-11", "null", "green_corps", "grey_front");
	l[3] = side_line("side-p2", "2024-06-11", town, "grey_front", "green_corps");
	memset(&err, 0, sizeof(err));
	for (i = 0; i < 4; i++) {
		assert_int_equal(put(s, l[i], TEXT_EN, &result), 0);
		assert_int_equal(rasdp_incidents_update(s, rasdt_models(), &nw, &err), 0);
		free(l[i]);
	}
	/* placed first, then the other; then the reverse, sides in another order */
	assert_int_equal(incidents_of(s, "side-p1", "side-q1"), 1);
	assert_int_equal(incidents_of(s, "side-q2", "side-p2"), 1);
	/* what a rebuild of the whole store gives */
	assert_int_equal(rasdp_incidents_recompute(s, rasdt_models(), &nw, &err), 0);
	assert_int_equal(incidents_of(s, "side-p1", "side-q1"), 1);
	assert_int_equal(incidents_of(s, "side-q2", "side-p2"), 1);
}

static int64_t side_rows(struct rasd_store *s)
{
	assert_int_equal(rasdp_store_query(s, "SELECT count(*) FROM event_sides",
					   "SELECT count(*) FROM event_sides", 0, NULL, count_row,
					   NULL, NULL), 0);
	return count_row_value;
}

/* A version 2 store gets its side blocks from its extractions when opened. */
static void from_version_2(const char *where)
{
	struct rasd_store *s = rasdp_store_open(where, NULL);
	int64_t sides;

	assert_non_null(s);
	sides = side_rows(s);
	assert_true(sides >= 8);
	assert_int_equal(rasdp_store_query(s, "DELETE FROM event_sides", "DELETE FROM event_sides",
					   0, NULL, NULL, NULL, NULL), 0);
	assert_int_equal(rasdp_store_meta_put(s, "schema_version", "2", NULL), 0);
	rasdp_store_close(s);
	s = rasdp_store_open(where, NULL);
	assert_non_null(s);
	assert_int_equal(side_rows(s), sides);
	rasdp_store_close(s);
}

static void test_sqlite(void **state)
{
	char path[96] = "/tmp/rasd-store-XXXXXX";
	char db[sizeof(path) + 3];
	int fd = mkstemp(path);
	struct rasd_store *s;
	rasd_err err;

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	snprintf(db, sizeof(db), "%s.db", path);
	memset(&err, 0, sizeof(err));
	s = rasdp_store_open(db, &err);
	assert_non_null(s);
	assert_string_equal(s->ops->name, "sqlite");
	exercise(s);
	exercise_sides(s);
	rasdp_store_close(s);
	from_version_2(db);

	/* Reopen: data kept; a future schema version is refused. */
	s = rasdp_store_open(db, &err);
	assert_non_null(s);
	rasdp_store_close(s);
	{
		sqlite3 *h;

		assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
		assert_int_equal(sqlite3_exec(h, "UPDATE meta SET value='99' WHERE key='schema_version'",
					      NULL, NULL, NULL), SQLITE_OK);
		sqlite3_close(h);
	}
	memset(&err, 0, sizeof(err));
	s = rasdp_store_open(db, &err);
	assert_null(s);
	assert_int_equal(err.code, RASD_ESTORE);
	assert_non_null(strstr(err.msg, "schema version 99"));
	unlink(db);
	snprintf(path, sizeof(path), "%.64s-wal", db);
	unlink(path);
	snprintf(path, sizeof(path), "%.64s-shm", db);
	unlink(path);

	/* A path that cannot be opened. */
	memset(&err, 0, sizeof(err));
	assert_null(rasdp_store_open("/nonexistent-dir/x.db", &err));
	assert_int_equal(err.code, RASD_ESTORE);
}

static void test_pg(void **state)
{
	const char *url = getenv("RASD_TEST_PG_URL");
	struct rasd_store *s;
	rasd_err err;

	(void)state;
	if (!url || !*url) {
		skip();
		return;
	}
#ifdef RASD_WITH_PG
	{
		PGconn *c = PQconnectdb(url);

		assert_int_equal(PQstatus(c), CONNECTION_OK);
		PQclear(PQexec(c, "SET client_min_messages = warning; DROP TABLE IF EXISTS "
			       "incident_members, incidents, incidents_pending, claims, event_sides, events, "
			       "extractions, documents, meta CASCADE"));
		PQfinish(c);
	}
#endif
	memset(&err, 0, sizeof(err));
	s = rasdp_store_open(url, &err);
	if (!s)
		fprintf(stderr, "pg: %s\n", err.msg);
	assert_non_null(s);
	assert_string_equal(s->ops->name, "postgresql");
	exercise(s);
	exercise_sides(s);
	rasdp_store_close(s);
	from_version_2(url);
}

static void test_search_terms(void **state)
{
	size_t n = 0;
	char *t, *body;

	(void)state;
	/* والجيش -> keys include جيش; the query الجيش -> جيش */
	body = rasdp_store_fts_body("\xd9\x88\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb4", 12);
	assert_non_null(body);
	assert_non_null(strstr(body, "\xd8\xac\xd9\x8a\xd8\xb4"));
	free(body);
	assert_int_equal(rasdp_store_fts_terms("\xd8\xa7\xd9\x84\xd8\xac\xd9\x8a\xd8\xb4, Army!",
					       &t, &n), 0);
	assert_non_null(t);
	assert_int_equal(n, 2);
	assert_string_equal(t, "\xd8\xac\xd9\x8a\xd8\xb4");
	assert_string_equal(t + strlen(t) + 1, "army");
	free(t);
	assert_int_equal(rasdp_store_fts_terms(" ,;! ", &t, &n), 0);
	assert_int_equal(n, 0);
	free(t);
}

static void test_rec_parse_errors(void **state)
{
	struct rasd_store_rec rec;
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_store_rec_parse(&rec, "[1,2]", 5, "x", 1, &err), RASD_EPARSE);
	assert_int_equal(rasdp_store_rec_parse(&rec, "{\"id\":\"a\"}", 10, "x", 1, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "hash"));
	assert_int_equal(rasdp_store_rec_parse(&rec, "{\"id\":\"a\",\"hash\":\"b\"}", 21, "x", 1, &err), 0);
	assert_int_equal(rec.nevents, 0);
	rasdp_store_rec_release(&rec);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_search_terms),
		cmocka_unit_test(test_rec_parse_errors),
		cmocka_unit_test(test_sqlite),
		cmocka_unit_test(test_pg),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
