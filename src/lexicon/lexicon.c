/*
 * lexicon.c - loading the reviewed TSV lexicons into one compiled lexicon.
 *
 * Each file kind has a column schema (below); every row becomes one entry
 * of its kind, and every surface form of the row (its names plus the
 * '|'-separated `forms`) becomes a path of the shared trie (trie.c), except
 * the cue words of cues.tsv, which go to a set of their own (cues.c).  Cross
 * references by id (a place's governorate and district, an actor's parent,
 * a source's actor) are resolved once every file is read, so files may
 * refer forwards and the gazetteer may be split over several places*.tsv
 * files (places.tsv first, then the others in name order).  A reference to
 * an unknown id is an error reported at the referring line: a silently
 * dropped governorate would quietly mislocate events.
 */
#include <dirent.h>
#include <sys/mman.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "lexicon/lexicon_int.h"

#include "base/banned.h"

/* ---- ids ----------------------------------------------------------------- */

static int ids_grow(struct rasd_lexicon *lx)
{
	size_t cap = lx->ids ? (lx->id_mask + 1) * 2 : 1024, i;
	struct rasdp_idslot *ns = calloc(cap, sizeof(*ns));

	if (!ns)
		return RASD_ENOMEM;
	for (i = 0; lx->ids && i <= lx->id_mask; i++) {
		size_t j;

		if (!lx->ids[i].id)
			continue;
		j = lx->ids[i].hash & (cap - 1);
		while (ns[j].id)
			j = (j + 1) & (cap - 1);
		ns[j] = lx->ids[i];
	}
	free(lx->ids);
	lx->ids = ns;
	lx->id_mask = cap - 1;
	return 0;
}

static uint32_t id_hash(enum rasd_lex_kind k, const char *id)
{
	return rasdp_key_hash(id, strlen(id)) ^ ((uint32_t)k * 0x9E3779B1u);
}

int32_t rasdp_lex_find(const struct rasd_lexicon *lx, enum rasd_lex_kind k,
		       const char *id)
{
	uint32_t h;
	size_t i;

	if (!lx || !lx->ids || !id)
		return -1;
	h = id_hash(k, id);
	for (i = h & lx->id_mask; lx->ids[i].id; i = (i + 1) & lx->id_mask)
		if (lx->ids[i].hash == h && lx->ids[i].kind == k &&
		    !strcmp(lx->ids[i].id, id))
			return lx->ids[i].entry;
	return -1;
}

/* Register an id; 1 if it was already taken (the first entry keeps it). */
static int id_add(struct rasd_lexicon *lx, enum rasd_lex_kind k,
		  const char *id, int32_t entry)
{
	size_t i;

	if (rasdp_lex_find(lx, k, id) >= 0)
		return 1;
	if ((lx->nids + 1) * 2 > (lx->ids ? lx->id_mask + 1 : 0) && ids_grow(lx))
		return RASD_ENOMEM;
	i = id_hash(k, id) & lx->id_mask;
	while (lx->ids[i].id)
		i = (i + 1) & lx->id_mask;
	lx->ids[i].id = id;
	lx->ids[i].hash = id_hash(k, id);
	lx->ids[i].kind = (uint16_t)k;
	lx->ids[i].entry = entry;
	lx->nids++;
	return 0;
}

/* ---- loading ------------------------------------------------------------- */

/* A reference by id, resolved when every file is in. */
struct ref {
	enum rasd_lex_kind from, to;
	uint32_t entry;         /* referring entry */
	int which;              /* 0: admin1/parent/actor, 1: admin2, 2: admin3 */
	const char *id;         /* arena copy */
	const char *path;       /* arena copy */
	long line;
};

struct loader {
	struct rasd_lexicon *lx;
	struct ref *refs;
	size_t nrefs, arefs;
	rasd_err *err;
};

static char *sdup(struct rasd_lexicon *lx, const char *s)
{
	return rasd_arena_strdup(&lx->strings, s);
}

static const char *dup_or_null(struct rasd_lexicon *lx, const char *s)
{
	return *s ? sdup(lx, s) : NULL;
}

static int oom(rasd_err *err)
{
	return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
}

/* Insert every '|'-separated form of `s` (may be empty). */
static int add_forms(struct loader *L, const char *s, enum rasd_lex_kind k,
		     uint32_t entry)
{
	while (*s) {
		const char *bar = strchr(s, '|');
		size_t n = bar ? (size_t)(bar - s) : strlen(s);

		if (n && rasdp_trie_add_form(L->lx, s, n, k, entry))
			return oom(L->err);
		s += n + (bar ? 1 : 0);
	}
	return 0;
}

static int add_ref(struct loader *L, const struct rasdp_tsv *t,
		   enum rasd_lex_kind from, enum rasd_lex_kind to,
		   uint32_t entry, int which, const char *id)
{
	struct ref *r;

	if (!*id)
		return 0;
	r = VEC_PUSH(L->refs, L->nrefs, L->arefs);
	if (!r)
		return oom(L->err);
	r->from = from;
	r->to = to;
	r->entry = entry;
	r->which = which;
	r->id = sdup(L->lx, id);
	r->path = sdup(L->lx, t->path);
	r->line = t->line;
	if (!r->id || !r->path)
		return oom(L->err);
	return 0;
}

static int dup_id(const struct rasdp_tsv *t, const char *id, rasd_err *err)
{
	return rasdp_err(err, RASD_EPARSE, -1, t->line, "%s:%ld: duplicate id '%s'",
			 t->path, t->line, id);
}

static int bad_value(const struct rasdp_tsv *t, const char *col,
		     const char *v, rasd_err *err)
{
	return rasdp_err(err, RASD_EPARSE, -1, t->line, "%s:%ld: bad %s '%s'",
			 t->path, t->line, col, v);
}

static int lookup_name(const char *const *names, const char *v)
{
	int i;

	for (i = 0; names[i]; i++)
		if (!strcmp(names[i], v))
			return i;
	return -1;
}

static const char *const place_kinds[RASD_PLACE__COUNT + 1] = {
	"country", "governorate", "district", "subdistrict", "city", "town",
	"village", "neighbourhood", "landmark", "region", NULL
};

const char *rasdp_place_kind_name(unsigned kind)
{
	return kind < RASD_PLACE__COUNT ? place_kinds[kind] : "place";
}

/*
 * A place's forms are exactly its `forms` column: the display names may be
 * ordinary words on their own ("التل", the hill), which the generators
 * leave out of `forms`.  Only a row with no forms is matched by its names.
 */
static int add_place_forms(struct loader *L, const struct rasdp_tsv *t,
			   const struct rasd_place *p, uint32_t e);

enum { P_ID, P_KIND, P_EN, P_AR, P_A1, P_A2, P_LAT, P_LON, P_POP, P_FORMS,
       P_A3, P_PCODE, P_COUNTRY, P_MATCH, P_N };
static const struct rasdp_tsv_col place_cols[P_N] = {
	{ "id", 1 }, { "kind", 1 }, { "name_en", 1 }, { "name_ar", 1 },
	{ "admin1", 0 }, { "admin2", 0 }, { "lat", 0 }, { "lon", 0 },
	{ "population", 0 }, { "forms", 0 }, { "admin3", 0 }, { "pcode", 0 },
	{ "country", 0 }, { "match", 0 },
};

static const char *const place_matches[] = { "always", "context", "cue", NULL };

/*
 * The P-code of a row: its `pcode` column, else its id when the id is an
 * OCHA P-code itself ("SY0200", "C1234", "N0012").
 */
static const char *row_pcode(const struct rasdp_tsv *t)
{
	const char *pc = rasdp_tsv_get(t, P_PCODE), *id = rasdp_tsv_get(t, P_ID);
	size_t i;

	if (*pc)
		return pc;
	if ((id[0] == 'S' && id[1] == 'Y') || id[0] == 'C' || id[0] == 'N') {
		for (i = (id[0] == 'S') ? 2 : 1; id[i]; i++)
			if (id[i] < '0' || id[i] > '9')
				return "";
		return i > 1 ? id : "";
	}
	return "";
}

static int load_places_row(struct loader *L, struct rasdp_tsv *t)
{
	struct rasd_lexicon *lx = L->lx;
	struct rasd_place *p;
	const char *id = rasdp_tsv_get(t, P_ID);
	int kind = lookup_name(place_kinds, rasdp_tsv_get(t, P_KIND));
	const char *match = rasdp_tsv_get(t, P_MATCH), *cc = rasdp_tsv_get(t, P_COUNTRY);
	int mt = *match ? lookup_name(place_matches, match) : RASD_PLACE_MATCH_ALWAYS;
	uint32_t e = (uint32_t)lx->nplaces;
	double lat, lon;
	long pop;
	int rc;

	if (!*id)
		return bad_value(t, "id", id, L->err);
	if (kind < 0)
		return bad_value(t, "kind", rasdp_tsv_get(t, P_KIND), L->err);
	if (mt < 0)
		return bad_value(t, "match", match, L->err);
	if (*cc && (strlen(cc) != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z'))
		return bad_value(t, "country", cc, L->err);
	if (rasdp_tsv_double(t, P_LAT, 0, &lat, L->err) ||
	    rasdp_tsv_double(t, P_LON, 0, &lon, L->err) ||
	    rasdp_tsv_long(t, P_POP, 0, 4000000000L, 0, &pop, L->err))
		return RASD_EPARSE;
	if (lat < -90 || lat > 90)
		return bad_value(t, "lat", rasdp_tsv_get(t, P_LAT), L->err);
	if (lon < -180 || lon > 180)
		return bad_value(t, "lon", rasdp_tsv_get(t, P_LON), L->err);
	p = VEC_PUSH(lx->places, lx->nplaces, lx->aplaces);
	if (!p)
		return oom(L->err);
	p->id = sdup(lx, id);
	p->name_en = sdup(lx, rasdp_tsv_get(t, P_EN));
	p->name_ar = sdup(lx, rasdp_tsv_get(t, P_AR));
	p->pcode = sdup(lx, row_pcode(t));
	memcpy(p->country, *cc ? cc : "", *cc ? 3 : 1);
	p->kind = (uint8_t)kind;
	p->match = (uint8_t)mt;
	p->admin1 = p->admin2 = p->admin3 = -1;
	p->lat = lat;
	p->lon = lon;
	p->population = (uint32_t)pop;
	if (!p->id || !p->name_en || !p->name_ar || !p->pcode)
		return oom(L->err);
	rc = id_add(lx, RASD_LEX_PLACE, p->id, (int32_t)e);
	if (rc)
		return rc > 0 ? dup_id(t, id, L->err) : oom(L->err);
	return add_ref(L, t, RASD_LEX_PLACE, RASD_LEX_PLACE, e, 0, rasdp_tsv_get(t, P_A1)) ||
	       add_ref(L, t, RASD_LEX_PLACE, RASD_LEX_PLACE, e, 1, rasdp_tsv_get(t, P_A2)) ||
	       add_ref(L, t, RASD_LEX_PLACE, RASD_LEX_PLACE, e, 2, rasdp_tsv_get(t, P_A3)) ||
	       add_place_forms(L, t, p, e);
}

static int add_place_forms(struct loader *L, const struct rasdp_tsv *t,
			   const struct rasd_place *p, uint32_t e)
{
	const char *forms = rasdp_tsv_get(t, P_FORMS);

	if (*forms)
		return add_forms(L, forms, RASD_LEX_PLACE, e);
	return add_forms(L, p->name_en, RASD_LEX_PLACE, e) ||
	       add_forms(L, p->name_ar, RASD_LEX_PLACE, e);
}

enum { A_ID, A_EN, A_AR, A_INTER, A_PARENT, A_COUNTRY, A_FORMS, A_STATE, A_GENERIC, A_N };
static const struct rasdp_tsv_col actor_cols[A_N] = {
	{ "id", 1 }, { "name_en", 1 }, { "name_ar", 0 }, { "inter", 1 },
	{ "parent", 0 }, { "country", 0 }, { "forms", 0 }, { "state", 0 }, { "generic", 0 },
};

static int load_actors_row(struct loader *L, struct rasdp_tsv *t)
{
	struct rasd_lexicon *lx = L->lx;
	struct rasd_actor *a;
	const char *id = rasdp_tsv_get(t, A_ID);
	const char *state = rasdp_tsv_get(t, A_STATE), *generic = rasdp_tsv_get(t, A_GENERIC);
	uint32_t e = (uint32_t)lx->nactors;
	long inter;
	int rc;

	if (!*id)
		return bad_value(t, "id", id, L->err);
	if (rasdp_tsv_long(t, A_INTER, 1, 8, 8, &inter, L->err))
		return RASD_EPARSE;
	if (*state && strcmp(state, "1"))
		return bad_value(t, "state", state, L->err);
	a = VEC_PUSH(lx->actors, lx->nactors, lx->aactors);
	if (!a)
		return oom(L->err);
	a->id = sdup(lx, id);
	a->name_en = sdup(lx, rasdp_tsv_get(t, A_EN));
	a->name_ar = sdup(lx, rasdp_tsv_get(t, A_AR));
	a->inter = (uint8_t)inter;
	a->parent = -1;
	a->country = dup_or_null(lx, rasdp_tsv_get(t, A_COUNTRY));
	a->state = *state ? 1 : 0;
	a->generic = dup_or_null(lx, generic);
	if (!a->id || !a->name_en || !a->name_ar || (*generic && !a->generic))
		return oom(L->err);
	rc = id_add(lx, RASD_LEX_ACTOR, a->id, (int32_t)e);
	if (rc)
		return rc > 0 ? dup_id(t, id, L->err) : oom(L->err);
	return add_ref(L, t, RASD_LEX_ACTOR, RASD_LEX_ACTOR, e, 0, rasdp_tsv_get(t, A_PARENT)) ||
	       add_forms(L, a->name_en, RASD_LEX_ACTOR, e) ||
	       add_forms(L, a->name_ar, RASD_LEX_ACTOR, e) ||
	       add_forms(L, rasdp_tsv_get(t, A_FORMS), RASD_LEX_ACTOR, e) ||
	       add_forms(L, generic, RASD_LEX_ACTOR, e);
}

static const char *const source_kinds[] = {
	"agency", "outlet", "monitor", "official", "local", "correspondent",
	"government", "media", "military", "person", "organisation", NULL
};

enum { S_ID, S_NAME, S_KIND, S_ACTOR, S_FORMS, S_DOMAINS, S_DESCRIBES, S_N };
static const struct rasdp_tsv_col source_cols[S_N] = {
	{ "id", 1 }, { "name", 1 }, { "kind", 1 }, { "actor", 0 }, { "forms", 0 },
	{ "domains", 0 }, { "describes", 0 },
};

/* The `domains` of source `e` ("syriahr.com|www.syriahr.com"), each naming it alone. */
static int add_domains(struct loader *L, const struct rasdp_tsv *t, uint32_t e, const char *v)
{
	struct rasd_lexicon *lx = L->lx;

	while (*v) {
		const char *bar = strchr(v, '|');
		size_t len = bar ? (size_t)(bar - v) : strlen(v);
		char key[256];
		const char *k;
		int32_t other;
		int rc;

		if (len) {
			if (!rasdp_domain_key(v, len, key, sizeof(key)))
				return rasdp_err(L->err, RASD_EPARSE, -1, t->line,
						 "%s:%ld: bad domain '%.*s'", t->path, t->line,
						 (int)len, v);
			other = rasdp_lex_find(lx, RASDP_LEX_DOMAIN, key);
			if (other >= 0 && (uint32_t)other != e)
				return rasdp_err(L->err, RASD_EPARSE, -1, t->line,
						 "%s:%ld: domain '%s' belongs to source '%s' already", t->path,
						 t->line, key, lx->sources[other].id);
			k = sdup(lx, key);
			if (!k)
				return oom(L->err);
			rc = other >= 0 ? 0 : id_add(lx, RASDP_LEX_DOMAIN, k, (int32_t)e);
			if (rc < 0)
				return oom(L->err);
		}
		if (!bar)
			break;
		v = bar + 1;
	}
	return 0;
}

static int load_sources_row(struct loader *L, struct rasdp_tsv *t)
{
	struct rasd_lexicon *lx = L->lx;
	struct rasd_source *s;
	const char *id = rasdp_tsv_get(t, S_ID);
	int kind = lookup_name(source_kinds, rasdp_tsv_get(t, S_KIND));
	const char *describes = rasdp_tsv_get(t, S_DESCRIBES);
	int dkind = *describes ? lookup_name(source_kinds, describes) : -1;
	int dname = !strcmp(describes, RASD_DESCRIBES_NAME);
	uint32_t e = (uint32_t)lx->nsources;
	int rc;

	if (!*id)
		return bad_value(t, "id", id, L->err);
	if (kind < 0)
		return bad_value(t, "kind", rasdp_tsv_get(t, S_KIND), L->err);
	if (*describes && dkind < 0 && !dname)
		return bad_value(t, "describes", describes, L->err);
	s = VEC_PUSH(lx->sources, lx->nsources, lx->asources);
	if (!s)
		return oom(L->err);
	s->id = sdup(lx, id);
	s->name = sdup(lx, rasdp_tsv_get(t, S_NAME));
	s->kind = source_kinds[kind];
	s->describes = dkind >= 0 ? source_kinds[dkind] : dname ? RASD_DESCRIBES_NAME : NULL;
	s->actor = -1;
	if (!s->id || !s->name)
		return oom(L->err);
	rc = id_add(lx, RASD_LEX_SOURCE, s->id, (int32_t)e);
	if (rc)
		return rc > 0 ? dup_id(t, id, L->err) : oom(L->err);
	/* each step's own code: a negative code stops loading with its message */
	rc = add_ref(L, t, RASD_LEX_SOURCE, RASD_LEX_ACTOR, e, 0, rasdp_tsv_get(t, S_ACTOR));
	if (!rc)
		rc = add_forms(L, s->name, RASD_LEX_SOURCE, e);
	if (!rc)
		rc = add_forms(L, rasdp_tsv_get(t, S_FORMS), RASD_LEX_SOURCE, e);
	if (!rc)
		rc = add_domains(L, t, e, rasdp_tsv_get(t, S_DOMAINS));
	return rc;
}

/* The 6 ACLED event types and their 25 sub-event types. */
static const char *const acled[][2] = {
	{ "Battles", "Armed clash" },
	{ "Battles", "Government regains territory" },
	{ "Battles", "Non-state actor overtakes territory" },
	{ "Explosions/Remote violence", "Chemical weapon" },
	{ "Explosions/Remote violence", "Air/drone strike" },
	{ "Explosions/Remote violence", "Suicide bomb" },
	{ "Explosions/Remote violence", "Shelling/artillery/missile attack" },
	{ "Explosions/Remote violence", "Remote explosive/landmine/IED" },
	{ "Explosions/Remote violence", "Grenade" },
	{ "Violence against civilians", "Sexual violence" },
	{ "Violence against civilians", "Attack" },
	{ "Violence against civilians", "Abduction/forced disappearance" },
	{ "Protests", "Peaceful protest" },
	{ "Protests", "Protest with intervention" },
	{ "Protests", "Excessive force against protesters" },
	{ "Riots", "Violent demonstration" },
	{ "Riots", "Mob violence" },
	{ "Strategic developments", "Agreement" },
	{ "Strategic developments", "Arrests" },
	{ "Strategic developments", "Change to group/activity" },
	{ "Strategic developments", "Disrupted weapons use" },
	{ "Strategic developments", "Headquarters or base established" },
	{ "Strategic developments", "Looting/property destruction" },
	{ "Strategic developments", "Non-violent transfer of territory" },
	{ "Strategic developments", "Other" },
};

int rasdp_acled_valid(const char *type, const char *sub)
{
	size_t i, n = sizeof(acled) / sizeof(acled[0]);

	if (!type)
		return 0;
	for (i = 0; i < n; i++)
		if (!strcmp(acled[i][0], type) && (!sub || !strcmp(acled[i][1], sub)))
			return 1;
	return 0;
}

enum { T_TYPE, T_SUB, T_WEIGHT, T_LANG, T_FORMS, T_N };
static const struct rasdp_tsv_col trigger_cols[T_N] = {
	{ "event_type", 1 }, { "sub_event_type", 1 }, { "weight", 1 },
	{ "lang", 0 }, { "forms", 1 },
};

static int load_triggers_row(struct loader *L, struct rasdp_tsv *t)
{
	struct rasd_lexicon *lx = L->lx;
	struct rasd_trigger *tr;
	const char *type = rasdp_tsv_get(t, T_TYPE), *sub = rasdp_tsv_get(t, T_SUB);
	uint32_t e = (uint32_t)lx->ntriggers;
	size_t i, n = sizeof(acled) / sizeof(acled[0]);
	long w;

	for (i = 0; i < n; i++)
		if (!strcmp(acled[i][0], type) && (!*sub || !strcmp(acled[i][1], sub)))
			break;
	if (i == n)
		return rasdp_err(L->err, RASD_EPARSE, -1, t->line,
				 "%s:%ld: unknown ACLED type '%s' / '%s'",
				 t->path, t->line, type, sub);
	if (rasdp_tsv_long(t, T_WEIGHT, 1, 9, 5, &w, L->err))
		return RASD_EPARSE;
	tr = VEC_PUSH(lx->triggers, lx->ntriggers, lx->atriggers);
	if (!tr)
		return oom(L->err);
	tr->event_type = acled[i][0];
	tr->sub_type = *sub ? acled[i][1] : NULL;
	tr->weight = (uint8_t)w;
	return add_forms(L, rasdp_tsv_get(t, T_FORMS), RASD_LEX_TRIGGER, e);
}

static const char *const casualty_kinds[] = {
	"killed", "wounded", "killed_or_wounded", "arrested", "kidnapped",
	"missing", NULL
};

const char *rasdp_casualty_kind_name(unsigned kind)
{
	return kind < sizeof(casualty_kinds) / sizeof(casualty_kinds[0]) - 1 ? casualty_kinds[kind]
									     : NULL;
}

enum { C_KIND, C_NOUN, C_LANG, C_FORMS, C_N };
static const struct rasdp_tsv_col casualty_cols[C_N] = {
	{ "kind", 1 }, { "noun", 1 }, { "lang", 0 }, { "forms", 1 },
};

static int load_casualty_row(struct loader *L, struct rasdp_tsv *t)
{
	struct rasd_lexicon *lx = L->lx;
	struct rasd_casualty *c;
	int kind = lookup_name(casualty_kinds, rasdp_tsv_get(t, C_KIND));
	uint32_t e = (uint32_t)lx->ncasualty;
	long noun;

	if (kind < 0)
		return bad_value(t, "kind", rasdp_tsv_get(t, C_KIND), L->err);
	/* noun 2: the tail of a verb's phrase, a verb form read only with its verb */
	if (rasdp_tsv_long(t, C_NOUN, 0, 2, 0, &noun, L->err))
		return RASD_EPARSE;
	c = VEC_PUSH(lx->casualty, lx->ncasualty, lx->acasualty);
	if (!c)
		return oom(L->err);
	c->kind = (uint8_t)kind;
	c->noun = (uint8_t)(noun == 1);
	c->tail = (uint8_t)(noun == 2);
	return add_forms(L, rasdp_tsv_get(t, C_FORMS), RASD_LEX_CASUALTY, e);
}

static const char *const speech_kinds[] = {
	"say", "according", "quote", "add", "deny", NULL
};
static const char *const negation_kinds[] = { "not", "deny", "limit", "background", "cease", "release", "reject", "future", NULL };

enum { K_KIND, K_LANG, K_FORMS, K_N };
static const struct rasdp_tsv_col kind_cols[K_N] = {
	{ "kind", 1 }, { "lang", 0 }, { "forms", 1 },
};

static int load_speech_row(struct loader *L, struct rasdp_tsv *t)
{
	struct rasd_lexicon *lx = L->lx;
	struct rasd_speech *s;
	int kind = lookup_name(speech_kinds, rasdp_tsv_get(t, K_KIND));
	uint32_t e = (uint32_t)lx->nspeech;

	if (kind < 0)
		return bad_value(t, "kind", rasdp_tsv_get(t, K_KIND), L->err);
	s = VEC_PUSH(lx->speech, lx->nspeech, lx->aspeech);
	if (!s)
		return oom(L->err);
	s->kind = (uint8_t)kind;
	return add_forms(L, rasdp_tsv_get(t, K_FORMS), RASD_LEX_SPEECH, e);
}

static int load_negation_row(struct loader *L, struct rasdp_tsv *t)
{
	struct rasd_lexicon *lx = L->lx;
	struct rasd_negation *n;
	int kind = lookup_name(negation_kinds, rasdp_tsv_get(t, K_KIND));
	uint32_t e = (uint32_t)lx->nnegation;

	if (kind < 0)
		return bad_value(t, "kind", rasdp_tsv_get(t, K_KIND), L->err);
	n = VEC_PUSH(lx->negation, lx->nnegation, lx->anegation);
	if (!n)
		return oom(L->err);
	n->kind = (uint8_t)kind;
	return add_forms(L, rasdp_tsv_get(t, K_FORMS), RASD_LEX_NEGATION, e);
}

enum { G_ID, G_LABEL, G_LANG, G_FORMS, G_ONE, G_TWO, G_N };
static const struct rasdp_tsv_col group_cols[G_N] = {
	{ "id", 1 }, { "label", 1 }, { "lang", 0 }, { "forms", 1 }, { "one", 0 }, { "two", 0 },
};

/* What a group entry's forms name: any number, one person, two (a dual). */
enum { G_MANY, G_ONE_PERSON, G_TWO_PERSONS };

static struct rasd_group *push_group(struct loader *L, const char *id, const char *label,
				     int which)
{
	struct rasd_lexicon *lx = L->lx;
	struct rasd_group *g = VEC_PUSH(lx->groups, lx->ngroups, lx->agroups);

	if (!g)
		return NULL;
	g->id = sdup(lx, id);
	g->label = sdup(lx, label);
	g->one = which == G_ONE_PERSON;
	g->two = which == G_TWO_PERSONS;
	if (!g->id || !g->label || id_add(lx, RASD_LEX_GROUP, g->id, (int32_t)(lx->ngroups - 1)) < 0)
		return NULL;
	return g;
}

/* The entry of group `id` whose forms `s` name `which`; none when `s` is empty. */
static int group_entry(struct loader *L, struct rasdp_tsv *t, const char *s, int which)
{
	uint32_t e = (uint32_t)L->lx->ngroups;

	if (!*s)
		return 0;
	if (!push_group(L, rasdp_tsv_get(t, G_ID), rasdp_tsv_get(t, G_LABEL), which))
		return oom(L->err);
	return add_forms(L, s, RASD_LEX_GROUP, e);
}

/*
 * Groups may take several rows (one per language); each row is an entry,
 * its "one" forms (a single person: "شاب", "a civilian") another, and its
 * "two" forms (duals: "حارسان") a third.
 */
static int load_groups_row(struct loader *L, struct rasdp_tsv *t)
{
	const char *id = rasdp_tsv_get(t, G_ID);
	uint32_t e = (uint32_t)L->lx->ngroups;
	int rc;

	if (!*id)
		return bad_value(t, "id", id, L->err);
	if (!push_group(L, id, rasdp_tsv_get(t, G_LABEL), G_MANY))
		return oom(L->err);
	rc = add_forms(L, rasdp_tsv_get(t, G_FORMS), RASD_LEX_GROUP, e);
	if (!rc)
		rc = group_entry(L, t, rasdp_tsv_get(t, G_ONE), G_ONE_PERSON);
	if (!rc)
		rc = group_entry(L, t, rasdp_tsv_get(t, G_TWO), G_TWO_PERSONS);
	return rc;
}

enum { Q_CLASS, Q_LANG, Q_FORMS, Q_N };
static const struct rasdp_tsv_col cue_cols[Q_N] = {
	{ "class", 1 }, { "lang", 0 }, { "forms", 1 },
};

/* Each '|'-separated form of `s` a word of cue class `cue` (cues.c). */
static int add_cue_forms(struct loader *L, struct rasdp_tsv *t, const char *s, enum rasd_cue cue)
{
	while (*s) {
		const char *bar = strchr(s, '|');
		size_t n = bar ? (size_t)(bar - s) : strlen(s);
		int rc = n ? rasdp_cue_add(L->lx, cue, s, n) : 0;

		if (rc == 1)
			return rasdp_err(L->err, RASD_EPARSE, -1, t->line,
					 "%s:%ld: cue '%.*s' is not one word", t->path, t->line,
					 (int)n, s);
		if (rc)
			return oom(L->err);
		s += n + (bar ? 1 : 0);
	}
	return 0;
}

/* cues.tsv: each form one word of its class (cues.c). */
static int load_cues_row(struct loader *L, struct rasdp_tsv *t)
{
	int cue = rasdp_cue_class(rasdp_tsv_get(t, Q_CLASS));

	if (cue < 0)
		return bad_value(t, "class", rasdp_tsv_get(t, Q_CLASS), L->err);
	return add_cue_forms(L, t, rasdp_tsv_get(t, Q_FORMS), (enum rasd_cue)cue);
}

/*
 * duals.tsv: duals of things and of time, which the number reader counts
 * as two (cue class "dual"); a dual of time is a unit of time too
 * ("period"), which makes it a duration and no count of anyone.
 */
static int load_duals_row(struct loader *L, struct rasdp_tsv *t)
{
	const char *kind = rasdp_tsv_get(t, K_KIND);
	int time = !strcmp(kind, "time"), rc;

	if (!time && strcmp(kind, "thing"))
		return bad_value(t, "kind", kind, L->err);
	rc = add_cue_forms(L, t, rasdp_tsv_get(t, K_FORMS), RASD_CUE_DUAL);
	if (!rc && time)
		rc = add_cue_forms(L, t, rasdp_tsv_get(t, K_FORMS), RASD_CUE_PERIOD);
	return rc;
}

struct file_kind {
	const char *name;
	const struct rasdp_tsv_col *cols;
	size_t ncols;
	int (*row)(struct loader *L, struct rasdp_tsv *t);
	int optional;              /* a data folder may leave it out */
};

static const struct file_kind files[] = {
	{ "actors.tsv", actor_cols, A_N, load_actors_row, 0 },
	{ "sources.tsv", source_cols, S_N, load_sources_row, 0 },
	{ "triggers.tsv", trigger_cols, T_N, load_triggers_row, 0 },
	{ "casualty.tsv", casualty_cols, C_N, load_casualty_row, 0 },
	{ "speech.tsv", kind_cols, K_N, load_speech_row, 0 },
	{ "negation.tsv", kind_cols, K_N, load_negation_row, 0 },
	{ "groups.tsv", group_cols, G_N, load_groups_row, 0 },
	{ "cues.tsv", cue_cols, Q_N, load_cues_row, 0 },
	/* place names that are also ordinary words: cue class "ordinary" */
	{ "ordinary.tsv", cue_cols, Q_N, load_cues_row, 1 },
	/* ordinary English words, no spelling variant of a place: cue class "common" */
	{ "common.tsv", cue_cols, Q_N, load_cues_row, 1 },
	/* duals of things and of time the number reader counts as two: cue class "dual" */
	{ "duals.tsv", kind_cols, K_N, load_duals_row, 1 },
};

static const struct file_kind places_file = {
	"places.tsv", place_cols, P_N, load_places_row, 0
};

static int load_file(struct loader *L, const char *dir, const char *name,
		     const struct file_kind *fk)
{
	struct rasdp_tsv t;
	char *path = rasd_arena_printf(&L->lx->strings, "%s/%s", dir, name);
	int rc;

	if (!path)
		return oom(L->err);
	rc = rasdp_tsv_open(&t, path, fk->cols, fk->ncols, L->err);
	if (rc)
		return rc;
	while ((rc = rasdp_tsv_next(&t, L->err)) == 1) {
		rc = fk->row(L, &t);
		if (rc)
			break;
	}
	rasdp_tsv_close(&t);
	return rc < 0 ? rc : 0;
}

static int is_places_name(const char *s)
{
	size_t n = strlen(s);

	return !strncmp(s, "places", 6) && n >= 10 && !strcmp(s + n - 4, ".tsv") &&
	       (s[6] == '.' || s[6] == '-');
}

static int name_cmp(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;

	/* places.tsv (the administrative frame) before places-*.tsv */
	if (!strcmp(x, "places.tsv"))
		return strcmp(y, "places.tsv") ? -1 : 0;
	if (!strcmp(y, "places.tsv"))
		return 1;
	return strcmp(x, y);
}

static int load_places(struct loader *L, const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0, i;
	int rc = 0;

	if (!dp)
		return rasdp_err(L->err, RASD_ENOTFOUND, -1, 0,
				 "cannot open data folder '%s'", dir);
	while ((de = readdir(dp))) {
		char **slot;

		if (!is_places_name(de->d_name))
			continue;
		slot = VEC_PUSH(names, n, alloc);
		if (!slot || !(*slot = sdup(L->lx, de->d_name))) {
			rc = oom(L->err);
			break;
		}
	}
	closedir(dp);
	if (!rc && !n)
		rc = rasdp_err(L->err, RASD_ENOTFOUND, -1, 0,
			       "cannot open '%s/places.tsv'", dir);
	if (!rc)
		qsort(names, n, sizeof(*names), name_cmp);
	for (i = 0; !rc && i < n; i++)
		rc = load_file(L, dir, names[i], &places_file);
	free(names);
	return rc;
}

static int resolve_refs(struct loader *L)
{
	struct rasd_lexicon *lx = L->lx;
	size_t i;

	for (i = 0; i < L->nrefs; i++) {
		const struct ref *r = &L->refs[i];
		int32_t to = rasdp_lex_find(lx, r->to, r->id);
		static const char *const what[] = {
			[RASD_LEX_PLACE] = "place", [RASD_LEX_ACTOR] = "actor",
		};

		if (to < 0)
			return rasdp_err(L->err, RASD_EPARSE, -1, r->line,
					 "%s:%ld: unknown %s '%s'", r->path, r->line,
					 what[r->to], r->id);
		switch (r->from) {
		case RASD_LEX_PLACE:
			if (r->which == 2)
				lx->places[r->entry].admin3 = to;
			else if (r->which)
				lx->places[r->entry].admin2 = to;
			else
				lx->places[r->entry].admin1 = to;
			break;
		case RASD_LEX_ACTOR:
			if ((uint32_t)to == r->entry)
				return rasdp_err(L->err, RASD_EPARSE, -1, r->line,
						 "%s:%ld: actor '%s' is its own parent",
						 r->path, r->line, r->id);
			lx->actors[r->entry].parent = to;
			break;
		case RASD_LEX_SOURCE:
			lx->sources[r->entry].actor = to;
			break;
		default:
			break;
		}
	}
	/*
	 * A governorate is its own admin1; a district its own admin2, a
	 * subdistrict its own admin3.  Missing levels come from the level
	 * below (a subdistrict's district, a district's governorate), and a
	 * place without a country of its own takes its governorate's.
	 */
	for (i = 0; i < lx->nplaces; i++) {
		struct rasd_place *p = &lx->places[i];

		if (p->kind == RASD_PLACE_GOVERNORATE && p->admin1 < 0)
			p->admin1 = (int32_t)i;
		if (p->kind == RASD_PLACE_DISTRICT && p->admin2 < 0)
			p->admin2 = (int32_t)i;
		if (p->kind == RASD_PLACE_SUBDISTRICT && p->admin3 < 0)
			p->admin3 = (int32_t)i;
		if (p->admin3 >= 0 && p->admin2 < 0)
			p->admin2 = lx->places[p->admin3].admin2;
		if (p->admin2 >= 0 && p->admin1 < 0)
			p->admin1 = lx->places[p->admin2].admin1;
		if (p->admin3 >= 0 && p->admin1 < 0)
			p->admin1 = lx->places[p->admin3].admin1;
	}
	for (i = 0; i < lx->nplaces; i++) {
		struct rasd_place *p = &lx->places[i];

		if (!p->country[0] && p->admin1 >= 0 && lx->places[p->admin1].country[0])
			memcpy(p->country, lx->places[p->admin1].country, 3);
		if (!p->country[0])
			memcpy(p->country, "SY", 3);
	}
	return 0;
}

struct rasd_lexicon *rasdp_lexicon_load(const char *datadir, rasd_err *err)
{
	struct rasdp_lexcache *cache = rasdp_lexcache_open(datadir);
	struct loader L;
	size_t i;
	int rc;

	/* the compiled lexicon of these very files, when a cache has it */
	L.lx = rasdp_lexcache_load(cache);
	if (L.lx) {
		rasdp_lexcache_close(cache);
		return L.lx;
	}
	memset(&L, 0, sizeof(L));
	L.err = err;
	L.lx = calloc(1, sizeof(*L.lx));
	if (!L.lx) {
		rasdp_lexcache_close(cache);
		oom(err);
		return NULL;
	}
	rasd_arena_init(&L.lx->strings, NULL, 0);
	rc = load_places(&L, datadir);
	for (i = 0; !rc && i < sizeof(files) / sizeof(files[0]); i++) {
		char *path;

		if (files[i].optional) {
			path = rasd_arena_printf(&L.lx->strings, "%s/%s", datadir, files[i].name);
			if (path && access(path, F_OK))
				continue;
		}
		rc = load_file(&L, datadir, files[i].name, &files[i]);
	}
	if (!rc)
		rc = resolve_refs(&L);
	if (!rc && (rasdp_trie_finish(L.lx) || rasdp_screen_init(L.lx)))
		rc = oom(err);
	if (!rc)
		rasdp_lex_find_voices(L.lx);
	if (!rc && L.lx->strings.failed)
		rc = oom(err);
	free(L.refs);
	if (rc) {
		rasdp_lexcache_close(cache);
		rasdp_lexicon_free(L.lx);
		return NULL;
	}
	rasdp_lexcache_save(cache, L.lx);
	rasdp_lexcache_close(cache);
	return L.lx;
}

void rasdp_lexicon_free(struct rasd_lexicon *lx)
{
	if (!lx)
		return;
	if (lx->map) {
		/* read from the cache: its arrays are in the mapping (lexcache.c) */
		if (lx->map_len)
			munmap(lx->map, lx->map_len);
		/* so are the screen's tables */
		rasd_arena_release(&lx->strings);
		free(lx);
		return;
	}
	rasd_arena_release(&lx->strings);
	free(lx->places);
	free(lx->actors);
	free(lx->sources);
	free(lx->triggers);
	free(lx->casualty);
	free(lx->speech);
	free(lx->negation);
	free(lx->groups);
	free(lx->nodes);
	free(lx->edges);
	free(lx->keys);
	free(lx->pays);
	free(lx->ids);
	free(lx->cues);
	free(lx->words);
	free(lx->word_tags);
	free(lx->edge_tags);
	free(lx->latin_kids);
	free(lx->node_kids);
	free(lx);
}
