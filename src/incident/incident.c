/*
 * incident.c - the incident collection: string interning, the loader from
 * `rasd extract` JSON, and the accessors.
 *
 * Loading reduces each event to a struct rasd_ev of interned ids: places
 * and actors go to tables keyed by their gazetteer/lexicon id, so two
 * documents in two languages that name the same town share one place
 * index.  A source is keyed by its lexicon id; the outlet's own voice is
 * keyed "outlet:<outlet>" and an unnamed source "name:<name>", so the
 * same source restating a figure is recognised as one source.  Lines are
 * read by the extraction reader (io/extraction.h), which makes a missing
 * member or one of the wrong type "unknown"; the loader refuses only a
 * document without an "events" array, and skips a figure without a count
 * and a participation without an actor.
 */
#include <limits.h>
#include <stdio.h>

#include <openssl/sha.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "doc.h"
#include "incident/incident_int.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"

#include "base/banned.h"

/* ---- vectors and interning ------------------------------------------ */

int rasdp_vec_grow(void **items, size_t *alloc, size_t need, size_t size)
{
	size_t n = *alloc ? *alloc : 16;
	void *p;

	if (need <= *alloc)
		return 0;
	while (n < need)
		n *= 2;
	if (n > SIZE_MAX / size)
		return RASD_ENOMEM;
	p = realloc(*items, n * size);
	if (!p)
		return RASD_ENOMEM;
	*items = p;
	*alloc = n;
	return 0;
}

static uint32_t hash_bytes(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h ? h : 1;
}

static int strtab_rehash(struct rasdp_strtab *t, size_t nslots)
{
	uint32_t *slots = calloc(nslots, sizeof(*slots));
	size_t i;

	if (!slots)
		return RASD_ENOMEM;
	for (i = 1; i < t->n; i++) {
		size_t j = t->hashes[i] & (nslots - 1);

		while (slots[j])
			j = (j + 1) & (nslots - 1);
		slots[j] = (uint32_t)i;
	}
	free(t->slots);
	t->slots = slots;
	t->nslots = nslots;
	return 0;
}

long rasdp_strtab_find(const struct rasdp_strtab *t, const char *s, size_t len)
{
	uint32_t h;
	size_t j;

	if (!t->nslots)
		return -1;
	h = hash_bytes(s, len);
	for (j = h & (t->nslots - 1); t->slots[j]; j = (j + 1) & (t->nslots - 1)) {
		uint32_t id = t->slots[j];

		if (t->hashes[id] == h && !memcmp(t->strs[id], s, len) && !t->strs[id][len])
			return id;
	}
	return -1;
}

int rasdp_strtab_intern(struct rasd_arena *a, struct rasdp_strtab *t,
			const char *s, size_t len, uint32_t *out)
{
	long found;
	size_t j;
	uint32_t h;
	char *copy;

	if (!t->n) {
		if (rasdp_vec_grow((void **)&t->strs, &t->alloc, 16, sizeof(*t->strs)))
			return RASD_ENOMEM;
		t->aux = calloc(t->alloc, sizeof(*t->aux));
		t->hashes = calloc(t->alloc, sizeof(*t->hashes));
		if (!t->aux || !t->hashes)
			return RASD_ENOMEM;
		t->strs[0] = "";
		t->n = 1;
	}
	found = rasdp_strtab_find(t, s, len);
	if (found > 0) {
		*out = (uint32_t)found;
		return 0;
	}
	if ((t->n + 1) * 2 > t->nslots && strtab_rehash(t, t->nslots ? t->nslots * 2 : 64))
		return RASD_ENOMEM;
	if (t->n >= t->alloc) {
		size_t old = t->alloc;
		void *p;

		if (rasdp_vec_grow((void **)&t->strs, &t->alloc, t->n + 1, sizeof(*t->strs)))
			return RASD_ENOMEM;
		p = realloc(t->aux, t->alloc * sizeof(*t->aux));
		if (!p)
			return RASD_ENOMEM;
		t->aux = p;
		memset(t->aux + old, 0, (t->alloc - old) * sizeof(*t->aux));
		p = realloc(t->hashes, t->alloc * sizeof(*t->hashes));
		if (!p)
			return RASD_ENOMEM;
		t->hashes = p;
	}
	copy = rasd_arena_strndup(a, s, len);
	if (!copy)
		return RASD_ENOMEM;
	h = hash_bytes(s, len);
	t->strs[t->n] = copy;
	t->hashes[t->n] = h;
	t->aux[t->n] = 0;
	for (j = h & (t->nslots - 1); t->slots[j]; j = (j + 1) & (t->nslots - 1))
		;
	t->slots[j] = (uint32_t)t->n;
	*out = (uint32_t)t->n++;
	return 0;
}

static void strtab_release(struct rasdp_strtab *t)
{
	free(t->strs);
	free(t->aux);
	free(t->hashes);
	free(t->slots);
	memset(t, 0, sizeof(*t));
}

uint32_t rasdp_incidents_intern(struct rasd_incidents *inc, const char *s)
{
	uint32_t id = 0;

	if (!s || !*s)
		return 0;
	if (rasdp_strtab_intern(&inc->arena, &inc->strs, s, strlen(s), &id))
		return 0;
	return id;
}

const char *rasdp_incidents_str(const struct rasd_incidents *inc, uint32_t id)
{
	return id && id < inc->strs.n ? inc->strs.strs[id] : "";
}

/* ---- lifecycle -------------------------------------------------------- */

struct rasd_incidents *rasdp_incidents_new(void)
{
	struct rasd_incidents *inc = calloc(1, sizeof(*inc));

	if (!inc)
		return NULL;
	rasd_arena_init(&inc->arena, NULL, 0);
	return inc;
}

void rasdp_incidents_reset_results(struct rasd_incidents *inc)
{
	size_t i, j;

	for (i = 0; i < inc->nincs; i++) {
		struct rasdp_dispute_list *dl = &inc->incs[i].disputes;

		for (j = 0; j < dl->n; j++)
			free(dl->d[j].refs);
		free(dl->d);
	}
	rasdp_cluster_state_free(inc);
	free(inc->incs);
	free(inc->members);
	free(inc->ev_inc);
	inc->incs = NULL;
	inc->members = NULL;
	inc->ev_inc = NULL;
	inc->nincs = inc->incs_alloc = 0;
	inc->members_used = inc->members_alloc = 0;
	inc->clustered = 0;
}

void rasdp_incidents_free(struct rasd_incidents *inc)
{
	if (!inc)
		return;
	rasdp_incidents_reset_results(inc);
	strtab_release(&inc->strs);
	strtab_release(&inc->place_ids);
	strtab_release(&inc->actor_ids);
	strtab_release(&inc->doc_ids);
	free(inc->places);
	free(inc->actors);
	free(inc->docs);
	free(inc->evs);
	free(inc->claims);
	free(inc->parts);
	rasd_arena_release(&inc->arena);
	free(inc);
}

/* ---- names ------------------------------------------------------------ */

static const char *const kind_names[RASD_EVK__COUNT] = {
	"killed", "wounded", "killed_or_wounded", "arrested", "kidnapped", "missing", "other",
};
static const char *const qual_names[] = {
	"exact", "about", "at_least", "more_than", "up_to", "range", "vague",
};
static const char *const prec_names[] = { NULL, "day", "week", "month", "year" };

const char *rasdp_ev_kind_name(unsigned k)
{
	return k < RASD_EVK__COUNT ? kind_names[k] : "other";
}

const char *rasdp_ev_qual_name(unsigned q)
{
	return q < sizeof(qual_names) / sizeof(qual_names[0]) ? qual_names[q] : "exact";
}

const char *rasdp_ev_prec_name(unsigned p)
{
	return p < sizeof(prec_names) / sizeof(prec_names[0]) ? prec_names[p] : NULL;
}

static unsigned lookup(const char *const *names, unsigned n, const char *s, unsigned dflt)
{
	unsigned i;

	if (!s)
		return dflt;
	for (i = 0; i < n; i++)
		if (names[i] && !strcmp(names[i], s))
			return i;
	return dflt;
}

void rasdp_figure_str(char *buf, size_t n, const struct rasd_ev_claim *c)
{
	long long v = (long long)c->value, hi = (long long)c->value_hi;

	switch (c->qualifier) {
	case RASD_EVQ_ABOUT: snprintf(buf, n, "about %lld", v); break;
	case RASD_EVQ_AT_LEAST: snprintf(buf, n, "at least %lld", v); break;
	case RASD_EVQ_MORE_THAN: snprintf(buf, n, "more than %lld", v); break;
	case RASD_EVQ_UP_TO: snprintf(buf, n, "up to %lld", v); break;
	case RASD_EVQ_RANGE: snprintf(buf, n, "%lld-%lld", v, hi); break;
	case RASD_EVQ_VAGUE: snprintf(buf, n, "dozens (%lld)", v); break;
	default: snprintf(buf, n, "%lld", v); break;
	}
}

void rasdp_day_str(char *buf, size_t n, int64_t day)
{
	struct rasd_ymd y;

	if (day == INT64_MIN || day == INT64_MAX) {
		snprintf(buf, n, "?");
		return;
	}
	rasdp_ymd_from_days(day, &y);
	snprintf(buf, n, "%04d-%02d-%02d", y.y, y.m, y.d);
}

/* ---- loader ----------------------------------------------------------- */

static int64_t parse_day(const char *s)
{
	struct rasd_ymd y;

	if (!s || rasdp_parse_ymd(s, &y) || !y.y)
		return INT64_MIN;
	return rasdp_days_from_ymd(y.y, y.m ? y.m : 1, y.d ? y.d : 1);
}

static int intern(struct rasd_incidents *inc, const char *s, uint32_t *out)
{
	*out = 0;
	if (!s || !*s)
		return 0;
	return rasdp_strtab_intern(&inc->arena, &inc->strs, s, strlen(s), out);
}

/* Place table index + 1 for an event's place, creating it on first sight. */
static int load_place(struct rasd_incidents *inc, const struct rasd_ex_place *p, uint32_t *out)
{
	const char *id = p->id ? p->id : p->name;
	uint32_t k;
	struct rasdp_place *pl;
	int rc;

	*out = 0;
	if (!id)
		return 0;
	rc = rasdp_strtab_intern(&inc->arena, &inc->place_ids, id, strlen(id), &k);
	if (rc)
		return rc;
	if (inc->place_ids.aux[k]) {
		*out = inc->place_ids.aux[k];
		return 0;
	}
	if (rasdp_vec_grow((void **)&inc->places, &inc->places_alloc, inc->nplaces + 1,
			   sizeof(*inc->places)))
		return RASD_ENOMEM;
	pl = &inc->places[inc->nplaces];
	memset(pl, 0, sizeof(*pl));
	rc = intern(inc, id, &pl->id) || intern(inc, p->name, &pl->name) ||
		intern(inc, p->name_ar, &pl->name_ar) ||
		intern(inc, p->kind, &pl->kind) ||
		intern(inc, p->admin1, &pl->admin1) ||
		intern(inc, p->admin1_id, &pl->admin1_id) ||
		intern(inc, p->admin2, &pl->admin2) ||
		intern(inc, p->admin2_id, &pl->admin2_id) ||
		intern(inc, p->admin3_id, &pl->admin3_id);
	if (rc)
		return RASD_ENOMEM;
	if (p->has_ll) {
		pl->lat = (float)p->lat;
		pl->lon = (float)p->lon;
		pl->has_ll = 1;
	}
	pl->geo_precision = (uint8_t)(p->geo_precision >= 1 && p->geo_precision <= 3 ?
				      p->geo_precision : 1);
	for (pl->level = 0; pl->level < RASD_PLACE__COUNT; pl->level++)
		if (p->kind && !strcmp(p->kind, rasdp_place_kind_name(pl->level)))
			break;
	inc->nplaces++;
	inc->place_ids.aux[k] = (uint32_t)inc->nplaces;
	*out = (uint32_t)inc->nplaces;
	return 0;
}

static int load_actor(struct rasd_incidents *inc, const char *id, const char *name,
		      uint32_t *out)
{
	uint32_t k;
	int rc;

	*out = 0;
	if (!id)
		id = name;
	if (!id || !*id)
		return 0;
	rc = rasdp_strtab_intern(&inc->arena, &inc->actor_ids, id, strlen(id), &k);
	if (rc)
		return rc;
	if (!inc->actor_ids.aux[k]) {
		struct rasdp_actor *a;

		if (rasdp_vec_grow((void **)&inc->actors, &inc->actors_alloc, inc->nactors + 1,
				   sizeof(*inc->actors)))
			return RASD_ENOMEM;
		a = &inc->actors[inc->nactors];
		if (intern(inc, id, &a->id) || intern(inc, name ? name : id, &a->name))
			return RASD_ENOMEM;
		inc->nactors++;
		inc->actor_ids.aux[k] = (uint32_t)inc->nactors;
	}
	*out = inc->actor_ids.aux[k];
	return 0;
}

static int load_source(struct rasd_incidents *inc, const struct rasd_ex_source *s,
		       const struct rasdp_doc *d, uint32_t *key, uint32_t *name)
{
	const char *id = s->id && *s->id ? s->id : NULL, *nm = s->name;
	const char *outlet = d->outlet ? rasdp_incidents_str(inc, d->outlet)
				       : rasdp_incidents_str(inc, d->id);
	char tmp[512];

	if (!s->present || (id && !strcmp(id, "outlet"))) {
		snprintf(tmp, sizeof(tmp), "outlet:%s", outlet);
		return intern(inc, tmp, key) || intern(inc, outlet, name);
	}
	if (!nm)
		nm = id ? id : "unnamed source";
	if (id) {
		if (intern(inc, id, key))
			return RASD_ENOMEM;
	} else {
		snprintf(tmp, sizeof(tmp), "name:%s", nm);
		if (intern(inc, tmp, key))
			return RASD_ENOMEM;
	}
	return intern(inc, nm, name);
}

static int push_claim(struct rasd_incidents *inc, const struct rasd_ev_claim *c)
{
	if (rasdp_vec_grow((void **)&inc->claims, &inc->claims_alloc, inc->nclaims + 1,
			   sizeof(*inc->claims)))
		return RASD_ENOMEM;
	inc->claims[inc->nclaims++] = *c;
	return 0;
}

/* Claim number `ci` of the event being loaded (the collection's next event) of document d. */
static int load_claim(struct rasd_incidents *inc, struct rasdp_doc *d,
		      const struct rasd_ex_claim *c, size_t ci)
{
	struct rasd_ev_claim cl;

	memset(&cl, 0, sizeof(cl));
	cl.value = c->value;
	cl.value_hi = c->value_hi >= c->value ? c->value_hi : c->value;
	cl.kind = (uint8_t)lookup(kind_names, RASD_EVK__COUNT, c->kind, RASD_EVK_OTHER);
	cl.qualifier = (uint8_t)lookup(qual_names, 7, c->qualifier, RASD_EVQ_EXACT);
	cl.denied = (uint8_t)(c->denied != 0);
	cl.ev = (uint32_t)inc->nevs;
	cl.ci = (uint16_t)(ci < UINT16_MAX ? ci : UINT16_MAX);
	/* what reconciliation weighs a figure by (reconcile.c) */
	cl.subset = (uint8_t)(c->subset != 0);
	cl.revision = (uint8_t)(!c->revision ? RASD_EVR_NONE
				: !strcmp(c->revision, "earlier") ? RASD_EVR_EARLIER
				: !strcmp(c->revision, "later") ? RASD_EVR_LATER
				: !strcmp(c->revision, "apart") ? RASD_EVR_APART : RASD_EVR_NONE);
	cl.pos = c->span.start >= 0 && c->span.start < UINT32_MAX ? (uint32_t)c->span.start + 1 : 0;
	if (c->sentence.end > (int64_t)d->extent && c->sentence.end < UINT32_MAX)
		d->extent = (uint32_t)c->sentence.end;
	if (intern(inc, c->who, &cl.group) || intern(inc, c->who_actor, &cl.who_actor))
		return RASD_ENOMEM;
	if (c->subset) {
		/* a part of a toll: its own class ("civilians among them") */
		char who[96];

		snprintf(who, sizeof(who), "%s%samong them", c->who ? c->who : "",
			 c->who ? " " : "");
		if (intern(inc, who, &cl.who))
			return RASD_ENOMEM;
	} else if (intern(inc, c->who, &cl.who)) {
		return RASD_ENOMEM;
	}
	if (load_source(inc, &c->source, d, &cl.source, &cl.source_name) ||
	    push_claim(inc, &cl))
		return RASD_ENOMEM;
	return 0;
}

static int load_event(struct rasd_incidents *inc, struct rasdp_doc *d,
		      const struct rasd_ex_event *e)
{
	struct rasd_ev ev;
	size_t i;
	int rc;

	memset(&ev, 0, sizeof(ev));
	ev.doc = (uint32_t)(d - inc->docs);
	ev.n = e->n;
	ev.outlet = d->outlet;
	if (intern(inc, e->event_type, &ev.type) || intern(inc, e->sub_event_type, &ev.sub_type))
		return RASD_ENOMEM;
	if (ev.type && rasdp_violent_type_name(e->event_type))
		inc->strs.aux[ev.type] |= RASDP_STR_VIOLENT;
	ev.day_first = parse_day(e->date);
	ev.day_last = parse_day(e->date_last);
	if (ev.day_first == INT64_MIN) {
		ev.day_last = INT64_MAX;
		ev.precision = RASD_EVP_NONE;
	} else {
		if (ev.day_last == INT64_MIN || ev.day_last < ev.day_first)
			ev.day_last = ev.day_first;
		ev.precision = (uint8_t)lookup(prec_names, 5, e->date_precision, 0);
		if (!ev.precision) {
			int64_t w = ev.day_last - ev.day_first;

			ev.precision = w == 0 ? RASD_EVP_DAY : w < 7 ? RASD_EVP_WEEK
				: w < 32 ? RASD_EVP_MONTH : RASD_EVP_YEAR;
		}
	}
	if (e->place) {
		rc = load_place(inc, e->place, &ev.place);
		if (rc)
			return rc;
		if (ev.place && rasdp_ex_place_region(e->place)) {
			ev.region = ev.place;
			ev.place = 0;
		}
		if (ev.place) {
			const struct rasdp_place *p = &inc->places[ev.place - 1];

			ev.admin1 = p->admin1_id ? p->admin1_id : p->admin1;
			ev.admin2 = p->admin2;
			ev.lat = p->lat;
			ev.lon = p->lon;
			ev.geo_precision = p->geo_precision;
		}
	}
	for (i = 0; i < e->nactors; i++) {
		const struct rasd_ex_actor *a = &e->actors[i];
		uint32_t id, k;

		rc = load_actor(inc, a->id, a->name, &id);
		if (rc)
			return rc;
		if (!id)
			continue;
		if (a->role && !strcmp(a->role, "actor1") && !ev.actor1)
			ev.actor1 = id;
		for (k = 0; k < ev.nactors && ev.actors[k] != id; k++)
			;
		if (k == ev.nactors && ev.nactors < RASD_EV_MAX_ACTORS)
			ev.actors[ev.nactors++] = id;
	}
	for (i = 0; i < e->nevidence; i++)
		if (e->evidence[i].end > (int64_t)d->extent && e->evidence[i].end < UINT32_MAX)
			d->extent = (uint32_t)e->evidence[i].end;
	ev.claim0 = (uint32_t)inc->nclaims;
	for (i = 0; i < e->nclaims; i++)
		if (e->claims[i].has_value && (rc = load_claim(inc, d, &e->claims[i], i)))
			return rc;
	ev.nclaims = (uint32_t)(inc->nclaims - ev.claim0);
	ev.part0 = (uint32_t)inc->nparts;
	for (i = 0; i < e->nparts; i++) {
		const struct rasd_ex_part *p = &e->parts[i];
		struct rasd_ev_part pt;

		memset(&pt, 0, sizeof(pt));
		rc = load_actor(inc, p->actor, p->name, &pt.actor);
		if (rc)
			return rc;
		if (!pt.actor)
			continue;
		pt.name = inc->actors[pt.actor - 1].name;
		pt.denied = (uint8_t)(p->denied != 0);
		pt.limited = (uint8_t)(!pt.denied && p->limited);
		pt.ev = (uint32_t)inc->nevs;
		pt.pi = (uint16_t)(i < UINT16_MAX ? i : UINT16_MAX);
		if (load_source(inc, &p->source, d, &pt.source, &pt.source_name))
			return RASD_ENOMEM;
		if (rasdp_vec_grow((void **)&inc->parts, &inc->parts_alloc, inc->nparts + 1,
				   sizeof(*inc->parts)))
			return RASD_ENOMEM;
		inc->parts[inc->nparts++] = pt;
	}
	ev.nparts = (uint32_t)(inc->nparts - ev.part0);
	if (rasdp_vec_grow((void **)&inc->evs, &inc->evs_alloc, inc->nevs + 1, sizeof(*inc->evs)))
		return RASD_ENOMEM;
	inc->evs[inc->nevs++] = ev;
	d->nev++;
	return 0;
}

/* The document `id`, created when new (*created set). */
static int get_doc(struct rasd_incidents *inc, const char *id, const char *outlet,
		   struct rasdp_doc **out, int *created)
{
	uint32_t k;
	struct rasdp_doc *d;
	int rc;

	*created = 0;
	rc = rasdp_strtab_intern(&inc->arena, &inc->doc_ids, id, strlen(id), &k);
	if (rc)
		return rc;
	if (inc->doc_ids.aux[k]) {
		*out = &inc->docs[inc->doc_ids.aux[k] - 1];
		return 0;
	}
	if (rasdp_vec_grow((void **)&inc->docs, &inc->docs_alloc, inc->ndocs + 1, sizeof(*inc->docs)))
		return RASD_ENOMEM;
	d = &inc->docs[inc->ndocs];
	memset(d, 0, sizeof(*d));
	if (intern(inc, id, &d->id) || intern(inc, outlet, &d->outlet))
		return RASD_ENOMEM;
	{
		char tmp[512];

		snprintf(tmp, sizeof(tmp), "outlet:%s", outlet && *outlet ? outlet : id);
		if (intern(inc, tmp, &d->outlet_key))
			return RASD_ENOMEM;
	}
	d->published = INT64_MIN;
	d->dup_of = (uint32_t)inc->ndocs;
	d->ev0 = (uint32_t)inc->nevs;
	inc->ndocs++;
	inc->doc_ids.aux[k] = (uint32_t)inc->ndocs;
	*out = d;
	*created = 1;
	return 0;
}

int rasdp_incidents_add_extraction(struct rasd_incidents *inc, const struct rasd_extraction *x,
				   const char *text, rasd_err *err)
{
	struct rasdp_doc *d;
	const char *id;
	char tmp[32];
	size_t i;
	int created, rc;

	if (!x->has_events)
		return rasdp_err(err, RASD_EPARSE, -1, 0, "no \"events\" array (not rasd extract output?)");
	id = x->id ? x->id : x->hash;
	if (!id) {
		snprintf(tmp, sizeof(tmp), "doc%zu", inc->ndocs);
		id = tmp;
	}
	rc = get_doc(inc, id, x->outlet, &d, &created);
	if (rc)
		return rasdp_err(err, rc, -1, 0, "out of memory");
	if (!created)
		return rasdp_err(err, RASD_EINVAL, -1, 0, "document '%s' given twice", id);
	d->published = parse_day(x->published);
	if (intern(inc, x->hash, &d->hash))
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	if (!text)
		text = x->text;
	if (text)
		d->fp = rasdp_simhash(text, strlen(text));
	for (i = 0; i < x->nevents; i++) {
		/*
		 * A past happening the report recalls for context is no account
		 * of a current incident: its figures would count for the toll
		 * and disputes of whatever the report is about.
		 */
		if (rasdp_ex_background(&x->events[i]))
			continue;
		rc = load_event(inc, d, &x->events[i]);
		if (rc)
			return rasdp_err(err, rc, -1, 0, "out of memory");
	}
	inc->clustered = 0;
	return 0;
}

int rasdp_incidents_add_line(struct rasd_incidents *inc, const char *line,
			     size_t len, const char *text, rasd_err *err)
{
	struct rasd_extraction x;
	int rc = rasdp_extraction_parse(&x, line, len, err);

	if (rc)
		return rc == RASD_EEMPTY ? 0 : rc;
	rc = rasdp_incidents_add_extraction(inc, &x, text, err);
	rasdp_extraction_release(&x);
	return rc;
}

int rasdp_incidents_set_text(struct rasd_incidents *inc, const char *doc_id,
			     const char *text, size_t len)
{
	long k = rasdp_incidents_find_doc(inc, doc_id);

	if (k < 0)
		return RASD_ENOTFOUND;
	inc->docs[k].fp = rasdp_simhash(text, len);
	inc->clustered = 0;
	return 0;
}

int rasdp_incidents_add_event(struct rasd_incidents *inc, const char *doc_id,
			      const char *outlet, const struct rasd_ev *ev,
			      const struct rasd_ev_claim *claims, size_t nclaims)
{
	struct rasdp_doc *d;
	struct rasd_ev e = *ev;
	size_t i;
	int created, rc;

	rc = get_doc(inc, doc_id, outlet, &d, &created);
	if (rc)
		return rc;
	if (d->ev0 + d->nev != inc->nevs)
		return RASD_EINVAL;   /* a document's events must be added together */
	e.doc = (uint32_t)(d - inc->docs);
	e.n = d->nev;
	e.outlet = d->outlet;
	e.claim0 = (uint32_t)inc->nclaims;
	e.nclaims = (uint32_t)nclaims;
	e.part0 = (uint32_t)inc->nparts;
	e.nparts = 0;
	for (i = 0; i < nclaims; i++) {
		struct rasd_ev_claim c = claims[i];

		c.ev = (uint32_t)inc->nevs;
		rc = push_claim(inc, &c);
		if (rc)
			return rc;
	}
	if (rasdp_vec_grow((void **)&inc->evs, &inc->evs_alloc, inc->nevs + 1, sizeof(*inc->evs)))
		return RASD_ENOMEM;
	inc->evs[inc->nevs++] = e;
	d->nev++;
	inc->clustered = 0;
	return 0;
}

/* ---- accessors -------------------------------------------------------- */

void rasdp_incidents_set_ids(struct rasd_incidents *inc, enum rasd_inc_ids ids)
{
	inc->ids = (uint8_t)ids;
}

void rasdp_incidents_id(const struct rasd_incidents *inc, size_t i, char out[RASD_INC_ID_MAX])
{
	static const char hex[] = "0123456789abcdef";
	const struct rasdp_incident *x = i < inc->nincs ? &inc->incs[i] : NULL;
	const char *first = NULL;
	uint32_t first_n = 0;
	unsigned char md[SHA256_DIGEST_LENGTH];
	char key[512];
	size_t j;

	if (inc->ids != RASD_INC_IDS_STABLE || !x || !x->nev) {
		snprintf(out, RASD_INC_ID_MAX, "inc-%zu", i + 1);
		return;
	}
	for (j = 0; j < x->nev; j++) {
		const struct rasd_ev *e = &inc->evs[x->evs[j]];
		const char *d = rasdp_incidents_str(inc, inc->docs[e->doc].id);
		int c = first ? strcmp(d, first) : -1;

		if (c < 0 || (c == 0 && e->n < first_n)) {
			first = d;
			first_n = e->n;
		}
	}
	snprintf(key, sizeof(key), "%s#%d", first, (int)first_n);
	SHA256((const unsigned char *)key, strlen(key), md);
	memcpy(out, "inc-", 4);
	for (j = 0; j < 8; j++) {
		out[4 + 2 * j] = hex[md[j] >> 4];
		out[5 + 2 * j] = hex[md[j] & 15];
	}
	out[20] = '\0';
}

size_t rasdp_incidents_count(const struct rasd_incidents *inc)
{
	return inc->nincs;
}

size_t rasdp_incidents_ndocs(const struct rasd_incidents *inc)
{
	return inc->ndocs;
}

size_t rasdp_incidents_nevents(const struct rasd_incidents *inc)
{
	return inc->nevs;
}

const struct rasd_ev *rasdp_incidents_event(const struct rasd_incidents *inc, size_t i)
{
	return i < inc->nevs ? &inc->evs[i] : NULL;
}

const char *rasdp_incidents_doc_id(const struct rasd_incidents *inc, size_t doc)
{
	return doc < inc->ndocs ? rasdp_incidents_str(inc, inc->docs[doc].id) : NULL;
}

const char *rasdp_incidents_event_doc(const struct rasd_incidents *inc, uint32_t ev, uint32_t *n)
{
	const struct rasd_ev *e = &inc->evs[ev];

	if (n)
		*n = e->n;
	return rasdp_incidents_str(inc, inc->docs[e->doc].id);
}

long rasdp_incidents_find_doc(const struct rasd_incidents *inc, const char *id)
{
	long k;

	if (!id)
		return -1;
	k = rasdp_strtab_find(&inc->doc_ids, id, strlen(id));
	if (k <= 0 || !inc->doc_ids.aux[k])
		return -1;
	return (long)inc->doc_ids.aux[k] - 1;
}

long rasdp_incidents_cluster_of(const struct rasd_incidents *inc, size_t doc, size_t n)
{
	const struct rasdp_doc *d;
	size_t i;

	if (!inc->clustered || doc >= inc->ndocs)
		return -1;
	d = &inc->docs[doc];
	for (i = d->ev0; i < (size_t)d->ev0 + d->nev; i++)
		if (inc->evs[i].n == n)
			return inc->ev_inc[i] == UINT32_MAX ? -1 : (long)inc->ev_inc[i];
	return -1;
}

size_t rasdp_incidents_dup_of(const struct rasd_incidents *inc, size_t doc)
{
	return doc < inc->ndocs ? inc->docs[doc].dup_of : doc;
}

uint64_t rasdp_incidents_pairs_scored(const struct rasd_incidents *inc)
{
	return inc->pairs_scored;
}

const struct rasd_dispute *rasdp_incidents_disputes(const struct rasd_incidents *inc,
						    size_t i, size_t *n)
{
	*n = 0;
	if (i >= inc->nincs)
		return NULL;
	*n = inc->incs[i].disputes.n;
	return *n ? inc->incs[i].disputes.d : NULL;
}

const struct rasd_ev_claim *rasdp_incidents_claim(const struct rasd_incidents *inc, size_t i)
{
	return i < inc->nclaims ? &inc->claims[i] : NULL;
}

const struct rasd_ev_part *rasdp_incidents_part(const struct rasd_incidents *inc, size_t i)
{
	return i < inc->nparts ? &inc->parts[i] : NULL;
}

const char *rasdp_incidents_actor_id(const struct rasd_incidents *inc, uint32_t actor)
{
	if (!actor || actor > inc->nactors)
		return NULL;
	return rasdp_incidents_str(inc, inc->actors[actor - 1].id);
}

int rasdp_incidents_fatalities(const struct rasd_incidents *inc, size_t i,
			       struct rasd_fatalities *out)
{
	if (i >= inc->nincs || !inc->incs[i].has_fat) {
		out->low = out->best = out->high = out->acled = -1;
		return RASD_ENOTFOUND;
	}
	*out = inc->incs[i].fat;
	return 0;
}
