/*
 * incidentfx.c - hand-built records and helpers for the tests of
 * clustering (incidentfx.h).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "incidentfx.h"
#include "testdata.h"

struct rasd_incidents *ix_new(void)
{
	struct rasd_incidents *inc = rasdp_incidents_new();

	assert_non_null(inc);
	rasdp_incidents_set_models(inc, rasdt_models());
	return inc;
}

void ix_add(struct rasd_incidents *inc, const char *json)
{
	rasd_err err;
	int rc;

	memset(&err, 0, sizeof(err));
	rc = rasdp_incidents_add_line(inc, json, strlen(json), NULL, &err);
	if (rc)
		fprintf(stderr, "add failed: %s\n", err.msg);
	assert_int_equal(rc, 0);
}

long ix_cluster_of(struct rasd_incidents *inc, const char *doc, size_t n)
{
	long d = rasdp_incidents_find_doc(inc, doc);

	assert_true(d >= 0);
	return rasdp_incidents_cluster_of(inc, (size_t)d, n);
}

/* The Arabic report of the Jasim operation. */
const char *const ix_ar_doc =
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
const char *const ix_en_doc =
	"{\"id\":\"en1\",\"outlet\":\"reuters.com\",\"lang\":\"en\",\"published\":\"2022-10-15\",\"events\":["
	"{\"n\":0,\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2022-10-14\","
	"\"date_last\":\"2022-10-14\",\"date_precision\":\"day\",\"place\":" JASIM ","
	"\"actors\":[" ACTOR("isis", "actor2") "," ACTOR("russia_forces", "actor1") "],"
	"\"claims\":[" KILLED(20, "exact", SRC("russian_officer", "Russian officer")) "],"
	"\"participants\":[]}]}";

/* Another happening in Jasim the same week: a shelling two days later. */
const char *const ix_other_doc =
	"{\"id\":\"en2\",\"outlet\":\"syriahr.com\",\"lang\":\"en\",\"published\":\"2022-10-17\",\"events\":["
	"{\"n\":0,\"event_type\":\"Explosions/Remote violence\",\"sub_event_type\":\"Shelling/artillery/missile attack\","
	"\"date\":\"2022-10-16\",\"date_last\":\"2022-10-16\",\"date_precision\":\"day\",\"place\":" JASIM ","
	"\"actors\":[" ACTOR("syrian_army", "actor1") "],"
	"\"claims\":[" KILLED(3, "exact", SRC("sohr", "SOHR")) "],\"participants\":[]}]}";

/* Same type, three days later, other perpetrator. */
const char *const ix_other2_doc =
	"{\"id\":\"en3\",\"outlet\":\"npasyria.com\",\"lang\":\"en\",\"published\":\"2022-10-18\",\"events\":["
	"{\"n\":0,\"event_type\":\"Battles\",\"sub_event_type\":\"Armed clash\",\"date\":\"2022-10-17\","
	"\"date_last\":\"2022-10-17\",\"date_precision\":\"day\",\"place\":" JASIM ","
	"\"actors\":[" ACTOR("hts", "actor1") "," ACTOR("eighth_brigade", "actor2") "],"
	"\"claims\":[],\"participants\":[]}]}";

const char *const ix_story =
	"A car bomb exploded on Tuesday near the main market of the town of Azaz in the northern "
	"countryside of Aleppo, killing at least eight civilians and wounding more than twenty "
	"others, according to local civil defence teams who said the toll could rise as rescuers "
	"searched the rubble of the damaged shops.";

const char *const ix_story_copy =
	"A car bomb exploded on Tuesday near the main market of the town of Azaz in the northern "
	"countryside of Aleppo, killing at least eight civilians and wounding more than twenty "
	"others, according to local civil defence teams who said the toll could rise as rescuers "
	"searched the rubble of the damaged buildings.";

const char *const ix_unrelated =
	"The ministry of health announced on Sunday a vaccination campaign against cholera in the "
	"camps of the north-west, where aid groups have warned of shortages of clean water since the "
	"winter storms flooded hundreds of tents and cut the roads to several villages.";

/*
 * Add one report of one event: `published`, `date` (a day) and `place`
 * NULL for none, `actor` NULL for none, `killed` < 0 for no figure.
 */
void ix_report(struct rasd_incidents *inc, const char *id, const char *published,
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
	ix_add(inc, buf);
}

char *ix_json(struct rasd_incidents *inc)
{
	char *json;
	size_t len;

	assert_int_equal(rasdp_incidents_to_json(inc, 1, &json, &len), 0);
	return json;
}
