/*
 * incidentfx.h - hand-built `rasd extract` records for the tests of
 * clustering (test_reconcile.c, test_linking.c, test_clustering.c): places,
 * sources, figures and actors as JSON, reports of the Jasim operation and
 * of others, and the helpers that add them to a clustering.
 */
#ifndef RASD_TEST_INCIDENTFX_H
#define RASD_TEST_INCIDENTFX_H

#include <stddef.h>

#include "incident/incident.h"

#define JASIM "{\"id\":\"gn:jasim\",\"name\":\"Jasim\",\"name_ar\":\"جاسم\",\"kind\":\"city\"," \
	"\"admin1\":\"Daraa\",\"admin1_id\":\"SY12\",\"admin2\":\"Izra'\",\"lat\":32.99,\"lon\":36.06,\"geo_precision\":1}"

#define TAFAS "{\"id\":\"gn:tafas\",\"name\":\"Tafas\",\"kind\":\"town\"," \
	"\"admin1\":\"Daraa\",\"admin1_id\":\"SY12\",\"admin2\":\"Daraa\",\"lat\":32.74,\"lon\":35.99,\"geo_precision\":1}"

#define SRC(id, name) "{\"id\":\"" id "\",\"name\":\"" name "\",\"chain\":[]}"

#define KILLED(v, q, src) "{\"kind\":\"killed\",\"value\":" #v ",\"value_hi\":" #v \
	",\"qualifier\":\"" q "\",\"who\":\"members\",\"denied\":false,\"source\":" src "}"

#define ACTOR(id, role) "{\"id\":\"" id "\",\"name\":\"" id "\",\"role\":\"" role "\"}"

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
/* The type and sub-type of an air or drone strike. */
#define STRIKE "Explosions/Remote violence", "Air/drone strike"

/* The Arabic report of the Jasim operation. */
extern const char *const ix_ar_doc;
/* The English agency report of the same operation. */
extern const char *const ix_en_doc;
/* Another happening in Jasim the same week: a shelling two days later. */
extern const char *const ix_other_doc;
/* Same type, three days later, other perpetrator. */
extern const char *const ix_other2_doc;
/* A report, a near copy of it (one word changed), and an unrelated one. */
extern const char *const ix_story;
extern const char *const ix_story_copy;
extern const char *const ix_unrelated;

/* A clustering with the models of data/. */
struct rasd_incidents *ix_new(void);
/* Add the `rasd extract` record `json`, asserted to be read. */
void ix_add(struct rasd_incidents *inc, const char *json);
/* The incident of event `n` of report `doc`. */
long ix_cluster_of(struct rasd_incidents *inc, const char *doc, size_t n);
/*
 * Add one report of one event: `published`, `date` (a day) and `place`
 * NULL for none, `actor` NULL for none, `killed` < 0 for no figure.
 */
void ix_report(struct rasd_incidents *inc, const char *id, const char *published,
	       const char *type, const char *sub, const char *date, const char *place,
	       const char *actor, int killed);
/* The incidents of `inc` as JSON (the caller frees it). */
char *ix_json(struct rasd_incidents *inc);

#endif
