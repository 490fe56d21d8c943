/*
 * test_extraction.c - the typed reader of `rasd extract` output: every
 * field of a hand-written line, what it tolerates and what it refuses, and
 * a round trip through the engine (the writer and the reader spell the
 * same keys), and a document borrowing its text writing what a copy does.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "io/extraction.h"

static const char *full =
	"{\"id\":\"d1\",\"hash\":\"ab12\",\"outlet\":\"enabbaladi.net\",\"url\":\"https://x/1\","
	"\"title\":\"T\",\"lang\":\"ar\",\"published\":\"2022-10-17\",\"events\":["
	"{\"n\":0,\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\","
	"\"date\":\"2022-10-14\",\"date_last\":\"2022-10-15\",\"date_precision\":\"week\","
	"\"date_text\":\"14 من تشرين الأول\","
	"\"place\":{\"id\":\"lgn:19125\",\"name\":\"Jasim\",\"name_ar\":\"جاسم\",\"kind\":\"town\","
	"\"admin1\":\"Daraa\",\"admin1_id\":\"SY12\",\"admin2\":null,\"lat\":32.9913,\"lon\":36.0609,"
	"\"geo_precision\":1,\"span\":[310,329]},"
	"\"actors\":[{\"id\":\"russia_forces\",\"name\":\"Russian forces\",\"inter\":8,"
	"\"role\":\"actor1\",\"span\":[156,183]}],"
	"\"claims\":[{\"kind\":\"killed\",\"value\":20,\"value_hi\":20,\"qualifier\":\"exact\","
	"\"who\":\"fighters\",\"who_actor\":\"isis\",\"denied\":false,\"subset\":true,"
	"\"source\":{\"id\":\"reuters\",\"name\":\"Reuters\",\"kind\":\"agency\","
	"\"chain\":[\"Reuters\",\"Russian officer\"],\"span\":[74,97]},"
	"\"text\":\"20\",\"span\":[210,212],\"sentence\":[65,363]}],"
	"\"participants\":[{\"actor\":\"russia_forces\",\"name\":\"Russian forces\",\"denied\":true,"
	"\"limited\":true,\"source\":{\"id\":null,\"name\":\"local sources\",\"kind\":\"unnamed\","
	"\"chain\":[]},\"span\":[1,2],\"sentence\":[0,9]}],"
	"\"evidence\":[[65,363],[476,640]]}],"
	"\"mentions\":{\"numbers\":[],\"dates\":[],\"matches\":["
	"{\"kind\":\"place\",\"id\":\"SY12\",\"span\":[0,8],\"text\":\"درعا\"}]}}";

static void test_every_field(void **state)
{
	struct rasd_extraction x;
	const struct rasd_ex_event *e;
	const struct rasd_ex_claim *c;
	const struct rasd_ex_part *p;
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_extraction_parse(&x, full, strlen(full), &err), 0);
	assert_string_equal(x.id, "d1");
	assert_string_equal(x.hash, "ab12");
	assert_string_equal(x.outlet, "enabbaladi.net");
	assert_string_equal(x.url, "https://x/1");
	assert_string_equal(x.title, "T");
	assert_string_equal(x.lang, "ar");
	assert_string_equal(x.published, "2022-10-17");
	assert_null(x.text);
	assert_true(x.has_events);
	assert_int_equal(x.nevents, 1);
	e = &x.events[0];
	assert_int_equal(e->n, 0);
	assert_string_equal(e->event_type, "Battles");
	assert_string_equal(e->sub_event_type, "Armed clash");
	assert_string_equal(e->date, "2022-10-14");
	assert_string_equal(e->date_last, "2022-10-15");
	assert_string_equal(e->date_precision, "week");
	assert_string_equal(e->date_text, "14 من تشرين الأول");
	assert_non_null(e->place);
	assert_string_equal(e->place->id, "lgn:19125");
	assert_string_equal(e->place->name, "Jasim");
	assert_string_equal(e->place->name_ar, "جاسم");
	assert_string_equal(e->place->kind, "town");
	assert_string_equal(e->place->admin1, "Daraa");
	assert_string_equal(e->place->admin1_id, "SY12");
	assert_null(e->place->admin2);
	assert_true(e->place->has_ll);
	assert_true(e->place->lat > 32.99 && e->place->lat < 32.992);
	assert_true(e->place->lon > 36.06 && e->place->lon < 36.061);
	assert_int_equal(e->place->geo_precision, 1);
	assert_int_equal(e->place->span.start, 310);
	assert_int_equal(e->place->span.end, 329);
	assert_int_equal(e->nactors, 1);
	assert_string_equal(e->actors[0].id, "russia_forces");
	assert_string_equal(e->actors[0].name, "Russian forces");
	assert_string_equal(e->actors[0].role, "actor1");
	assert_int_equal(e->actors[0].inter, 8);
	assert_int_equal(e->actors[0].span.end, 183);
	assert_int_equal(e->nclaims, 1);
	c = &e->claims[0];
	assert_string_equal(c->kind, "killed");
	assert_true(c->has_value);
	assert_int_equal(c->value, 20);
	assert_int_equal(c->value_hi, 20);
	assert_string_equal(c->qualifier, "exact");
	assert_string_equal(c->who, "fighters");
	assert_string_equal(c->who_actor, "isis");
	assert_false(c->denied);
	assert_true(c->subset);
	assert_true(c->source.present);
	assert_string_equal(c->source.id, "reuters");
	assert_string_equal(c->source.name, "Reuters");
	assert_string_equal(c->source.kind, "agency");
	assert_int_equal(c->source.nchain, 2);
	assert_string_equal(c->source.chain[1], "Russian officer");
	assert_int_equal(c->source.span.start, 74);
	assert_string_equal(c->text, "20");
	assert_int_equal(c->span.start, 210);
	assert_int_equal(c->sentence.end, 363);
	assert_int_equal(e->nparts, 1);
	p = &e->parts[0];
	assert_string_equal(p->actor, "russia_forces");
	assert_string_equal(p->name, "Russian forces");
	assert_true(p->denied);
	assert_true(p->limited);
	assert_null(p->source.id);
	assert_string_equal(p->source.name, "local sources");
	assert_int_equal(p->source.nchain, 0);
	assert_int_equal(p->source.span.start, -1);
	assert_int_equal(p->sentence.end, 9);
	assert_int_equal(e->nevidence, 2);
	assert_int_equal(e->evidence[1].start, 476);
	assert_int_equal(x.nmatches, 1);
	assert_string_equal(x.matches[0].kind, "place");
	assert_string_equal(x.matches[0].id, "SY12");
	assert_string_equal(x.matches[0].text, "درعا");
	assert_int_equal(x.matches[0].span.end, 8);
	rasdp_extraction_release(&x);
	assert_null(x.events);
	rasdp_extraction_release(&x);      /* twice is harmless */
}

static void test_tolerates(void **state)
{
	/*
	 * Wrong types read as absent; elements that are not objects are
	 * skipped; "n" falls back to the index; a count out of range is none.
	 */
	static const char *odd =
		"{\"id\":7,\"outlet\":null,\"text\":\"the report\",\"events\":[1,"
		"{\"n\":\"zero\",\"event_type\":[],\"place\":\"Jasim\",\"actors\":{},"
		"\"claims\":[null,{\"kind\":\"killed\",\"value\":1e30,\"denied\":1,"
		"\"source\":\"Reuters\",\"span\":[1]},{\"value\":12.0}],"
		"\"participants\":[{\"actor\":\"x\",\"limited\":false}],\"evidence\":[[1,2],\"x\",[3]]},"
		"{\"n\":5}]}";
	struct rasd_extraction x;
	const struct rasd_ex_event *e;

	(void)state;
	assert_int_equal(rasdp_extraction_parse(&x, odd, strlen(odd), NULL), 0);
	assert_null(x.id);
	assert_null(x.outlet);
	assert_string_equal(x.text, "the report");
	assert_int_equal(x.nevents, 2);
	e = &x.events[0];
	assert_int_equal(e->n, 1);          /* its index in "events" */
	assert_null(e->event_type);
	assert_null(e->place);
	assert_int_equal(e->nactors, 0);
	assert_int_equal(e->nclaims, 2);
	assert_false(e->claims[0].has_value);
	assert_int_equal(e->claims[0].value, 0);
	assert_true(e->claims[0].denied);
	assert_false(e->claims[0].source.present);
	assert_int_equal(e->claims[0].span.start, -1);
	assert_true(e->claims[1].has_value);
	assert_int_equal(e->claims[1].value, 12);
	assert_int_equal(e->claims[1].value_hi, 12);
	assert_null(e->claims[1].kind);
	assert_int_equal(e->nparts, 1);
	assert_false(e->parts[0].limited);
	assert_int_equal(e->nevidence, 1);
	assert_int_equal(x.events[1].n, 5);
	assert_int_equal(x.nmatches, 0);
	rasdp_extraction_release(&x);

	/* no "events": read, and said */
	assert_int_equal(rasdp_extraction_parse(&x, "{\"id\":\"a\"}", 10, NULL), 0);
	assert_false(x.has_events);
	assert_int_equal(x.nevents, 0);
	rasdp_extraction_release(&x);
}

static void test_refuses(void **state)
{
	struct rasd_extraction x;
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	assert_int_equal(rasdp_extraction_parse(&x, " \t\r\n", 4, &err), RASD_EEMPTY);
	assert_null(x.priv);
	assert_int_equal(rasdp_extraction_parse(&x, "{\"id\":", 6, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "invalid JSON at byte"));
	assert_int_equal(rasdp_extraction_parse(&x, "{} x", 4, &err), RASD_EPARSE);
	assert_non_null(strstr(err.msg, "trailing characters"));
	assert_int_equal(err.byte_offset, 3);
	assert_int_equal(rasdp_extraction_parse(&x, "[1,2]", 5, &err), RASD_EPARSE);
	assert_string_equal(err.msg, "not a JSON object");
	/* not NUL-terminated: only `len` bytes are read */
	assert_int_equal(rasdp_extraction_parse(&x, "{\"id\":\"a\"}garbage", 10, &err), 0);
	assert_string_equal(x.id, "a");
	rasdp_extraction_release(&x);
}

/* What the engine writes, the reader reads: the sample's first report. */
static void test_round_trip(void **state)
{
	static const char text[] =
		"نقلت وكالة رويترز عن ضابط روسي، اليوم الاثنين، أن القوات الروسية والسورية "
		"قتلت 20 مسلحًا من تنظيم الدولة الإسلامية في مدينة جاسم بريف درعا.";
	rasd_err err;
	rasd_engine *eng;
	rasd_input in;
	rasd_doc *d;
	char *json = NULL;
	size_t len = 0, i, found = 0;
	struct rasd_extraction x;

	(void)state;
	memset(&err, 0, sizeof(err));
	eng = rasd_engine_new(RASD_SRCDIR "/data", &err);
	assert_non_null(eng);
	memset(&in, 0, sizeof(in));
	in.id = "rt1";
	in.outlet = "sample";
	in.lang = "ar";
	in.published = "2022-10-17";
	in.text = text;
	in.text_len = sizeof(text) - 1;
	d = rasd_extract(eng, &in, NULL, RASD_EXTRACT_MENTIONS, &err);
	assert_non_null(d);
	assert_int_equal(rasd_doc_to_json(d, RASD_EXTRACT_MENTIONS, &json, &len), 0);
	assert_int_equal(rasdp_extraction_parse(&x, json, len, &err), 0);
	assert_string_equal(x.id, "rt1");
	assert_string_equal(x.hash, rasd_doc_hash(d));
	assert_string_equal(x.published, "2022-10-17");
	assert_true(x.nevents >= 1);
	assert_non_null(x.events[0].place);
	assert_string_equal(x.events[0].place->name, "Jasim");
	assert_string_equal(x.events[0].place->admin1, "Daraa");
	for (i = 0; i < x.events[0].nclaims; i++) {
		const struct rasd_ex_claim *c = &x.events[0].claims[i];

		if (c->has_value && c->value == 20 && c->source.id &&
		    !strcmp(c->source.id, "reuters")) {
			assert_string_equal(c->kind, "killed");
			assert_string_equal(c->qualifier, "exact");
			assert_true(c->source.nchain >= 1);
			assert_memory_equal(text + c->span.start, "20", 2);
			found++;
		}
	}
	assert_int_equal(found, 1);
	assert_true(x.nmatches > 0);
	rasdp_extraction_release(&x);
	free(json);
	rasd_doc_free(d);
	rasd_engine_free(eng);
}

/* Analyse `in` with `flags` and write it: the JSON line, malloc'd. */
static char *extract_json(rasd_engine *eng, const rasd_input *in, unsigned flags)
{
	rasd_err err;
	rasd_doc *d;
	char *json = NULL;
	size_t len = 0;

	memset(&err, 0, sizeof(err));
	d = rasd_extract(eng, in, NULL, flags, &err);
	assert_non_null(d);
	assert_int_equal(rasd_doc_to_json(d, RASD_EXTRACT_MENTIONS, &json, &len), 0);
	rasd_doc_free(d);
	return json;
}

/*
 * RASD_EXTRACT_BORROW_TEXT: the document reads the caller's text instead
 * of a copy, and writes what the copy gives; a text not NUL-terminated at
 * text_len is copied as before (its last byte is not read).
 */
static void test_borrowed_text(void **state)
{
	static const char text[] =
		"Five civilians were killed in Idlib on Monday, SANA said. "
		"On 3 March 2023, 12 people were wounded in Jasim.";
	rasd_err err;
	rasd_engine *eng;
	rasd_input in;
	char *buf, *copied, *borrowed;

	(void)state;
	memset(&err, 0, sizeof(err));
	eng = rasd_engine_new(RASD_SRCDIR "/data", &err);
	assert_non_null(eng);
	buf = malloc(sizeof(text));
	assert_non_null(buf);
	memcpy(buf, text, sizeof(text));
	memset(&in, 0, sizeof(in));
	in.id = "b1";
	in.lang = "en";
	in.published = "2023-03-10";
	in.text = buf;
	in.text_len = sizeof(text) - 1;
	copied = extract_json(eng, &in, RASD_EXTRACT_MENTIONS);
	borrowed = extract_json(eng, &in, RASD_EXTRACT_MENTIONS | RASD_EXTRACT_BORROW_TEXT);
	assert_non_null(strstr(copied, "\"events\""));
	assert_string_equal(borrowed, copied);
	free(copied);
	free(borrowed);
	/* without its final '.': buf[text_len] is '.', so it is copied */
	in.text_len--;
	copied = extract_json(eng, &in, RASD_EXTRACT_MENTIONS);
	borrowed = extract_json(eng, &in, RASD_EXTRACT_MENTIONS | RASD_EXTRACT_BORROW_TEXT);
	assert_string_equal(borrowed, copied);
	free(copied);
	free(borrowed);
	free(buf);
	rasd_engine_free(eng);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_field),
		cmocka_unit_test(test_tolerates),
		cmocka_unit_test(test_refuses),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_borrowed_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
