/*
 * extraction.c - `rasd extract` output read back into typed structs (see
 * extraction.h for the rules; docs/FORMAT.md for the format).
 *
 * One pass over the parsed JSON: each array is counted, allocated once in
 * the arena and filled, skipping elements that are not objects.  Strings
 * are not copied: they stay in the json-c tree, which the struct keeps.
 */
#include "io/extraction.h"

#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/arena.h"
#include "base/err.h"
#include "base/jsonr.h"

#include "base/banned.h"

struct rasd_ex_priv {
	struct json_object *root;     /* one reference */
	struct rasd_arena arena;
};

static void span_of(struct json_object *o, const char *key, struct rasd_ex_span *s)
{
	if (!rasdp_json_span(o, key, &s->start, &s->end))
		s->start = s->end = -1;
}

/* Objects among the elements of array `a`. */
static size_t count_objects(struct json_object *a)
{
	size_t i, n = 0;

	for (i = 0; i < rasdp_json_len(a); i++)
		n += json_object_is_type(rasdp_json_at(a, i), json_type_object);
	return n;
}

/* Room for the objects of `a` (NULL for none, which is no failure). */
static void *alloc_for(struct rasd_extraction *x, struct json_object *a, size_t size,
		       size_t *n)
{
	*n = count_objects(a);
	return *n ? rasd_arena_calloc(&x->priv->arena, *n, size) : NULL;
}

#define EACH_OBJECT(a, i, o) \
	for ((i) = 0; (i) < rasdp_json_len(a); (i)++) \
		if (((o) = rasdp_json_at((a), (i))) && json_object_is_type((o), json_type_object))

static void read_source(struct rasd_extraction *x, struct json_object *o,
			struct rasd_ex_source *s)
{
	struct json_object *chain;
	size_t i, n = 0;

	s->span.start = s->span.end = -1;
	if (!o)
		return;
	s->present = 1;
	s->id = rasdp_json_str(o, "id");
	s->name = rasdp_json_str(o, "name");
	s->kind = rasdp_json_str(o, "kind");
	span_of(o, "span", &s->span);
	chain = rasdp_json_arr(o, "chain");
	for (i = 0; i < rasdp_json_len(chain); i++)
		n += json_object_is_type(rasdp_json_at(chain, i), json_type_string);
	if (!n)
		return;
	s->chain = rasd_arena_calloc(&x->priv->arena, n, sizeof(*s->chain));
	if (!s->chain)
		return;
	for (i = 0; i < rasdp_json_len(chain); i++)
		if (json_object_is_type(rasdp_json_at(chain, i), json_type_string))
			s->chain[s->nchain++] = json_object_get_string(rasdp_json_at(chain, i));
}

static const struct rasd_ex_place *read_place(struct rasd_extraction *x, struct json_object *o)
{
	struct rasd_ex_place *p;

	if (!o)
		return NULL;
	p = rasd_arena_calloc(&x->priv->arena, 1, sizeof(*p));
	if (!p)
		return NULL;
	p->id = rasdp_json_str(o, "id");
	p->name = rasdp_json_str(o, "name");
	p->name_ar = rasdp_json_str(o, "name_ar");
	p->kind = rasdp_json_str(o, "kind");
	p->admin1 = rasdp_json_str(o, "admin1");
	p->admin1_id = rasdp_json_str(o, "admin1_id");
	p->admin2 = rasdp_json_str(o, "admin2");
	p->has_ll = rasdp_json_num(o, "lat", &p->lat) && rasdp_json_num(o, "lon", &p->lon);
	if (!p->has_ll)
		p->lat = p->lon = 0;
	if (!rasdp_json_int(o, "geo_precision", &p->geo_precision))
		p->geo_precision = 0;
	span_of(o, "span", &p->span);
	return p;
}

static void read_claim(struct rasd_extraction *x, struct json_object *o, struct rasd_ex_claim *c)
{
	c->kind = rasdp_json_str(o, "kind");
	c->has_value = rasdp_json_int(o, "value", &c->value);
	if (!c->has_value)
		c->value = 0;
	if (!rasdp_json_int(o, "value_hi", &c->value_hi))
		c->value_hi = c->value;
	c->qualifier = rasdp_json_str(o, "qualifier");
	c->who = rasdp_json_str(o, "who");
	c->who_actor = rasdp_json_str(o, "who_actor");
	c->denied = rasdp_json_bool(o, "denied");
	c->subset = rasdp_json_bool(o, "subset");
	read_source(x, rasdp_json_obj(o, "source"), &c->source);
	c->text = rasdp_json_str(o, "text");
	span_of(o, "span", &c->span);
	span_of(o, "sentence", &c->sentence);
}

static void read_part(struct rasd_extraction *x, struct json_object *o, struct rasd_ex_part *p)
{
	p->actor = rasdp_json_str(o, "actor");
	p->name = rasdp_json_str(o, "name");
	p->denied = rasdp_json_bool(o, "denied");
	p->limited = rasdp_json_bool(o, "limited");
	read_source(x, rasdp_json_obj(o, "source"), &p->source);
	span_of(o, "span", &p->span);
	span_of(o, "sentence", &p->sentence);
}

static void read_event(struct rasd_extraction *x, struct json_object *o, size_t idx,
		       struct rasd_ex_event *e)
{
	struct json_object *a, *m;
	size_t i, k;
	int64_t n;

	e->n = rasdp_json_int(o, "n", &n) && n >= 0 && n <= UINT32_MAX ? (uint32_t)n : (uint32_t)idx;
	e->event_type = rasdp_json_str(o, "event_type");
	e->sub_event_type = rasdp_json_str(o, "sub_event_type");
	e->date = rasdp_json_str(o, "date");
	e->date_last = rasdp_json_str(o, "date_last");
	e->date_precision = rasdp_json_str(o, "date_precision");
	e->date_text = rasdp_json_str(o, "date_text");
	e->place = read_place(x, rasdp_json_obj(o, "place"));

	a = rasdp_json_arr(o, "actors");
	e->actors = alloc_for(x, a, sizeof(*e->actors), &e->nactors);
	k = 0;
	if (e->actors) {
		EACH_OBJECT(a, i, m) {
			struct rasd_ex_actor *ac = &e->actors[k++];

			ac->id = rasdp_json_str(m, "id");
			ac->name = rasdp_json_str(m, "name");
			ac->role = rasdp_json_str(m, "role");
			if (!rasdp_json_int(m, "inter", &ac->inter))
				ac->inter = 0;
			span_of(m, "span", &ac->span);
		}
	}

	a = rasdp_json_arr(o, "claims");
	e->claims = alloc_for(x, a, sizeof(*e->claims), &e->nclaims);
	k = 0;
	if (e->claims) {
		EACH_OBJECT(a, i, m)
			read_claim(x, m, &e->claims[k++]);
	}

	a = rasdp_json_arr(o, "participants");
	e->parts = alloc_for(x, a, sizeof(*e->parts), &e->nparts);
	k = 0;
	if (e->parts) {
		EACH_OBJECT(a, i, m)
			read_part(x, m, &e->parts[k++]);
	}

	/* evidence: [[s, e], ...]; what is not such a pair is skipped */
	a = rasdp_json_arr(o, "evidence");
	if (rasdp_json_len(a))
		e->evidence = rasd_arena_calloc(&x->priv->arena, rasdp_json_len(a), sizeof(*e->evidence));
	for (i = 0; e->evidence && i < rasdp_json_len(a); i++) {
		struct rasd_ex_span *s = &e->evidence[e->nevidence];

		e->nevidence += (size_t)rasdp_json_pair(rasdp_json_at(a, i), &s->start, &s->end);
	}
}

static void read_matches(struct rasd_extraction *x, struct json_object *a)
{
	struct json_object *m;
	size_t i, k = 0;

	x->matches = alloc_for(x, a, sizeof(*x->matches), &x->nmatches);
	if (!x->matches)
		return;
	EACH_OBJECT(a, i, m) {
		struct rasd_ex_match *mt = &x->matches[k++];

		mt->kind = rasdp_json_str(m, "kind");
		mt->id = rasdp_json_str(m, "id");
		mt->text = rasdp_json_str(m, "text");
		span_of(m, "span", &mt->span);
	}
}

int rasdp_extraction_is(struct json_object *o)
{
	return rasdp_json_arr(o, "events") != NULL;
}

int rasdp_extraction_read(struct rasd_extraction *x, struct json_object *o, rasd_err *err)
{
	struct json_object *evs, *e;
	size_t i, k = 0;

	memset(x, 0, sizeof(*x));
	if (!o || !json_object_is_type(o, json_type_object))
		return rasdp_err(err, RASD_EPARSE, -1, 0, "not a JSON object");
	x->priv = calloc(1, sizeof(*x->priv));
	if (!x->priv)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	rasd_arena_init(&x->priv->arena, NULL, 0);
	x->priv->root = json_object_get(o);
	x->id = rasdp_json_str(o, "id");
	x->hash = rasdp_json_str(o, "hash");
	x->outlet = rasdp_json_str(o, "outlet");
	x->url = rasdp_json_str(o, "url");
	x->title = rasdp_json_str(o, "title");
	x->lang = rasdp_json_str(o, "lang");
	x->published = rasdp_json_str(o, "published");
	x->text = rasdp_json_str(o, "text");
	evs = rasdp_json_arr(o, "events");
	x->has_events = rasdp_extraction_is(o);
	x->events = alloc_for(x, evs, sizeof(*x->events), &x->nevents);
	if (x->events) {
		EACH_OBJECT(evs, i, e)
			read_event(x, e, i, &x->events[k++]);
	}
	read_matches(x, rasdp_json_arr(rasdp_json_obj(o, "mentions"), "matches"));
	/* an allocation that failed left a part unread: refuse the whole */
	if (x->priv->arena.failed) {
		rasdp_extraction_release(x);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	return 0;
}

int rasdp_extraction_parse(struct rasd_extraction *x, const char *json, size_t len,
			   rasd_err *err)
{
	struct json_object *o;
	int rc;

	memset(x, 0, sizeof(*x));
	rc = rasdp_json_parse(json, len, &o, err);
	if (rc)
		return rc;
	rc = rasdp_extraction_read(x, o, err);
	json_object_put(o);
	return rc;
}

void rasdp_extraction_release(struct rasd_extraction *x)
{
	if (x->priv) {
		json_object_put(x->priv->root);
		rasd_arena_release(&x->priv->arena);
		free(x->priv);
	}
	memset(x, 0, sizeof(*x));
}
