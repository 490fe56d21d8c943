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

/*
 * One element of an array, read from object `o` (element `idx` of its
 * array) into `out`, zeroed before.
 */
typedef void read_fn(struct rasd_extraction *x, struct json_object *o, size_t idx, void *out);

/*
 * The objects among the elements of array `a`, each read by `fn` into an
 * element of `size` bytes in the arena: *n of them, or NULL for none (no
 * failure) or when the arena fails (its flag says so).
 */
static void *read_objects(struct rasd_extraction *x, struct json_object *a, size_t size,
			  size_t *n, read_fn *fn)
{
	size_t i, k = 0;
	char *v;

	*n = 0;
	for (i = 0; i < rasdp_json_len(a); i++)
		*n += json_object_is_type(rasdp_json_at(a, i), json_type_object);
	v = *n ? rasd_arena_calloc(&x->priv->arena, *n, size) : NULL;
	if (!v) {
		*n = 0;
		return NULL;
	}
	for (i = 0; i < rasdp_json_len(a); i++)
		if (json_object_is_type(rasdp_json_at(a, i), json_type_object))
			fn(x, rasdp_json_at(a, i), i, v + size * k++);
	return v;
}

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
	for (i = 0; s->chain && i < rasdp_json_len(chain); i++)
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
	p->admin2_id = rasdp_json_str(o, "admin2_id");
	p->admin3 = rasdp_json_str(o, "admin3");
	p->admin3_id = rasdp_json_str(o, "admin3_id");
	p->pcode = rasdp_json_str(o, "pcode");
	p->country = rasdp_json_str(o, "country");
	p->has_ll = rasdp_json_num(o, "lat", &p->lat) && rasdp_json_num(o, "lon", &p->lon);
	if (!p->has_ll)
		p->lat = p->lon = 0;
	if (!rasdp_json_int(o, "geo_precision", &p->geo_precision))
		p->geo_precision = 0;
	span_of(o, "span", &p->span);
	return p;
}

static void read_actor(struct rasd_extraction *x, struct json_object *o, size_t idx, void *out)
{
	struct rasd_ex_actor *a = out;

	(void)x;
	(void)idx;
	a->id = rasdp_json_str(o, "id");
	a->name = rasdp_json_str(o, "name");
	a->role = rasdp_json_str(o, "role");
	if (!rasdp_json_int(o, "inter", &a->inter))
		a->inter = 0;
	span_of(o, "span", &a->span);
}

static void read_claim(struct rasd_extraction *x, struct json_object *o, size_t idx, void *out)
{
	struct rasd_ex_claim *c = out;

	(void)idx;
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
	c->revision = rasdp_json_str(o, "revision");
	read_source(x, rasdp_json_obj(o, "source"), &c->source);
	c->text = rasdp_json_str(o, "text");
	span_of(o, "span", &c->span);
	span_of(o, "sentence", &c->sentence);
}

static void read_part(struct rasd_extraction *x, struct json_object *o, size_t idx, void *out)
{
	struct rasd_ex_part *p = out;

	(void)idx;
	p->actor = rasdp_json_str(o, "actor");
	p->name = rasdp_json_str(o, "name");
	p->denied = rasdp_json_bool(o, "denied");
	p->limited = rasdp_json_bool(o, "limited");
	read_source(x, rasdp_json_obj(o, "source"), &p->source);
	span_of(o, "span", &p->span);
	span_of(o, "sentence", &p->sentence);
}

static void read_event(struct rasd_extraction *x, struct json_object *o, size_t idx, void *out)
{
	struct rasd_ex_event *e = out;
	struct json_object *a;
	size_t i;
	int64_t n;

	e->n = rasdp_json_int(o, "n", &n) && n >= 0 && n <= UINT32_MAX ? (uint32_t)n : (uint32_t)idx;
	e->role = rasdp_json_str(o, "role");
	e->event_type = rasdp_json_str(o, "event_type");
	e->sub_event_type = rasdp_json_str(o, "sub_event_type");
	e->date = rasdp_json_str(o, "date");
	e->date_last = rasdp_json_str(o, "date_last");
	e->date_precision = rasdp_json_str(o, "date_precision");
	e->date_text = rasdp_json_str(o, "date_text");
	e->place = read_place(x, rasdp_json_obj(o, "place"));
	e->actors = read_objects(x, rasdp_json_arr(o, "actors"), sizeof(*e->actors),
				 &e->nactors, read_actor);
	e->claims = read_objects(x, rasdp_json_arr(o, "claims"), sizeof(*e->claims),
				 &e->nclaims, read_claim);
	e->vague = read_objects(x, rasdp_json_arr(o, "vague_figures"), sizeof(*e->vague),
				&e->nvague, read_claim);
	e->parts = read_objects(x, rasdp_json_arr(o, "participants"), sizeof(*e->parts),
				&e->nparts, read_part);
	/* evidence: [[s, e], ...]; what is not such a pair is skipped */
	a = rasdp_json_arr(o, "evidence");
	if (rasdp_json_len(a))
		e->evidence = rasd_arena_calloc(&x->priv->arena, rasdp_json_len(a), sizeof(*e->evidence));
	for (i = 0; e->evidence && i < rasdp_json_len(a); i++) {
		struct rasd_ex_span *s = &e->evidence[e->nevidence];

		e->nevidence += (size_t)rasdp_json_pair(rasdp_json_at(a, i), &s->start, &s->end);
	}
}

static void read_match(struct rasd_extraction *x, struct json_object *o, size_t idx, void *out)
{
	struct rasd_ex_match *m = out;

	(void)x;
	(void)idx;
	m->kind = rasdp_json_str(o, "kind");
	m->id = rasdp_json_str(o, "id");
	m->text = rasdp_json_str(o, "text");
	span_of(o, "span", &m->span);
}

int rasdp_extraction_is(struct json_object *o)
{
	return rasdp_json_arr(o, "events") != NULL;
}

int rasdp_extraction_read(struct rasd_extraction *x, struct json_object *o, rasd_err *err)
{
	struct json_object *evs;

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
	x->events = read_objects(x, evs, sizeof(*x->events), &x->nevents, read_event);
	x->matches = read_objects(x, rasdp_json_arr(rasdp_json_obj(o, "mentions"), "matches"),
				  sizeof(*x->matches), &x->nmatches, read_match);
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
