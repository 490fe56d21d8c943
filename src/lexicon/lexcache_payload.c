/*
 * lexcache_payload.c - the compiled lexicon as the sections of a cache
 * file, and back.
 *
 * Writing copies the arrays that hold pointers and turns each pointer
 * into an offset into one string section (each string once); the arrays
 * without pointers are written as they are.  Reading points the lexicon's
 * arrays into the mapped payload, turns the offsets back into pointers,
 * and checks every index, count and hash-table mask against the arrays
 * they point into, so a damaged or hostile payload is refused, never
 * followed.  lexcache.c decides when a cache file is used, and frames the
 * payload (header, stamps, sections table).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexcache_int.h"

#include "base/banned.h"

/* Section `id` as an array of `elem`-byte elements, or NULL (then *count is 0). */
void *rasdp_lexcache_section(const struct view *v, int id, size_t elem, size_t *count)
{
	const struct section *s = v->sec[id];

	*count = 0;
	if (!s || s->elem != elem)
		return NULL;
	*count = (size_t)s->count;
	return v->payload + s->off;
}

/* Turn a stored string offset (offset + 1, or 0 for NULL) back into a pointer; -1 if bad. */
static int relocate(const struct view *v, const char **field, int may_be_null)
{
	uintptr_t off;

	memcpy(&off, field, sizeof(off));
	if (!off) {
		*field = NULL;
		return may_be_null ? 0 : -1;
	}
	if (off - 1 >= v->nstrings)
		return -1;
	*field = v->strings + (off - 1);
	return 0;
}

static int is_pow2_mask(uint64_t mask, size_t count)
{
	return count && mask + 1 == count && !(count & (count - 1));
}

/* Counts of the lexicon's entries by kind. */
static size_t kind_count(const struct rasd_lexicon *lx, unsigned kind)
{
	if (kind == RASDP_LEX_DOMAIN)
		return rasdp_lex_count(lx, RASD_LEX_SOURCE);   /* a domain names a source */
	return kind < RASD_LEX_NKINDS ? rasdp_lex_count(lx, (enum rasd_lex_kind)kind) : 0;
}

/* The lexicon of the payload, every pointer set and every index checked; NULL if any is bad. */
/* Point lx's arrays into the payload's sections and set its counts; 0, or -1 if they do not fit. */
static int map_sections(const struct view *v, struct rasd_lexicon *lx)
{
	const struct scalars *sc;
	size_t n, i;

	sc = rasdp_lexcache_section(v, S_SCALARS, sizeof(*sc), &n);
	if (!sc || n != 1)
		return -1;
	lx->places = rasdp_lexcache_section(v, S_PLACES, sizeof(*lx->places), &lx->nplaces);
	lx->actors = rasdp_lexcache_section(v, S_ACTORS, sizeof(*lx->actors), &lx->nactors);
	lx->sources = rasdp_lexcache_section(v, S_SOURCES, sizeof(*lx->sources), &lx->nsources);
	lx->triggers = rasdp_lexcache_section(v, S_TRIGGERS, sizeof(*lx->triggers), &lx->ntriggers);
	lx->casualty = rasdp_lexcache_section(v, S_CASUALTY, sizeof(*lx->casualty), &lx->ncasualty);
	lx->speech = rasdp_lexcache_section(v, S_SPEECH, sizeof(*lx->speech), &lx->nspeech);
	lx->negation = rasdp_lexcache_section(v, S_NEGATION, sizeof(*lx->negation), &lx->nnegation);
	lx->groups = rasdp_lexcache_section(v, S_GROUPS, sizeof(*lx->groups), &lx->ngroups);
	lx->nodes = rasdp_lexcache_section(v, S_NODES, sizeof(*lx->nodes), &lx->nnodes);
	lx->edges = rasdp_lexcache_section(v, S_EDGES, sizeof(*lx->edges), &n);
	lx->edge_tags = rasdp_lexcache_section(v, S_EDGE_TAGS, 1, &i);
	if (!lx->nodes || !lx->edges || !lx->edge_tags || n != i || !is_pow2_mask(sc->edge_mask, n))
		goto bad;
	lx->edge_mask = n - 1;
	lx->nedges = (size_t)sc->nedges;
	lx->keys = rasdp_lexcache_section(v, S_KEYS, 1, &n);
	if (sc->keys_len > n)
		goto bad;
	lx->keys_len = (size_t)sc->keys_len;
	lx->pays = rasdp_lexcache_section(v, S_PAYS, sizeof(*lx->pays), &lx->npays);
	lx->ids = rasdp_lexcache_section(v, S_IDS, sizeof(*lx->ids), &n);
	if (!lx->ids || !is_pow2_mask(sc->id_mask, n))
		goto bad;
	lx->id_mask = n - 1;
	lx->nids = (size_t)sc->nids;
	lx->cues = rasdp_lexcache_section(v, S_CUES, sizeof(*lx->cues), &n);
	if (lx->cues) {
		if (!is_pow2_mask(sc->cue_mask, n))
			goto bad;
		lx->cue_mask = n - 1;
		lx->ncues = (size_t)sc->ncues;
	}
	/* the screen's tables: the words, their tags with the pool after them, the Latin bits */
	lx->words = rasdp_lexcache_section(v, S_WORDS, sizeof(*lx->words), &n);
	lx->word_tags = rasdp_lexcache_section(v, S_WORD_TAGS, 1, &i);
	if (!lx->words || !lx->word_tags || !is_pow2_mask(sc->word_mask, n) ||
	    sc->word_pool >= UINT32_MAX || i != n + sc->word_pool + 1 || sc->nwords >= n ||
	    sc->num_reach > 255 || sc->date_reach > 255)
		goto bad;
	lx->word_mask = n - 1;
	lx->nwords = (size_t)sc->nwords;
	lx->num_reach = (uint8_t)sc->num_reach;
	lx->date_reach = (uint8_t)sc->date_reach;
	lx->latin_kids = rasdp_lexcache_section(v, S_LATIN_KIDS, 1, &n);
	if (!lx->latin_kids || n != lx->nnodes / 8 + 1)
		goto bad;
	lx->node_kids = rasdp_lexcache_section(v, S_NODE_KIDS, 1, &n);
	if (!lx->node_kids || n != lx->nnodes / 8 + 1)
		goto bad;
	if (sc->max_depth > 64)
		goto bad;
	lx->max_depth = (uint32_t)sc->max_depth;
	lx->nforms = (size_t)sc->nforms;
	lx->aplaces = lx->nplaces;
	lx->aactors = lx->nactors;
	lx->asources = lx->nsources;
	lx->atriggers = lx->ntriggers;
	lx->acasualty = lx->ncasualty;
	lx->aspeech = lx->nspeech;
	lx->anegation = lx->nnegation;
	lx->agroups = lx->ngroups;
	lx->anodes = lx->nnodes;
	lx->keys_alloc = lx->keys_len;
	lx->apays = lx->npays;
	return 0;
bad:
	return -1;
}

/* Set the strings of the entries and check their references and fields; 0, or -1 if one is bad. */
static int check_entries(const struct view *v, struct rasd_lexicon *lx)
{
	size_t i;

	for (i = 0; i < lx->nplaces; i++) {
		struct rasd_place *p = &lx->places[i];

		if (relocate(v, &p->id, 0) || relocate(v, &p->name_en, 0) || relocate(v, &p->name_ar, 0) ||
		    relocate(v, &p->pcode, 0) || p->country[2] != '\0' ||
		    p->kind >= RASD_PLACE__COUNT || p->match > RASD_PLACE_MATCH_CUE ||
		    p->admin1 < -1 || p->admin1 >= (int32_t)lx->nplaces ||
		    p->admin2 < -1 || p->admin2 >= (int32_t)lx->nplaces ||
		    p->admin3 < -1 || p->admin3 >= (int32_t)lx->nplaces)
			goto bad;
	}
	for (i = 0; i < lx->nactors; i++) {
		struct rasd_actor *a = &lx->actors[i];

		if (relocate(v, &a->id, 0) || relocate(v, &a->name_en, 0) || relocate(v, &a->name_ar, 0) ||
		    relocate(v, &a->country, 1) || relocate(v, &a->generic, 1) || a->parent < -1 || a->parent >= (int32_t)lx->nactors ||
		    a->voice < -1 || a->voice >= (int32_t)lx->nsources)
			goto bad;
	}
	for (i = 0; i < lx->nsources; i++) {
		struct rasd_source *s = &lx->sources[i];

		if (relocate(v, &s->id, 0) || relocate(v, &s->name, 0) || relocate(v, &s->kind, 0) ||
		    relocate(v, &s->describes, 1) || s->actor < -1 || s->actor >= (int32_t)lx->nactors)
			goto bad;
	}
	for (i = 0; i < lx->ntriggers; i++)
		if (relocate(v, &lx->triggers[i].event_type, 0) ||
		    relocate(v, &lx->triggers[i].sub_type, 1) ||
		    lx->triggers[i].weight < 1 || lx->triggers[i].weight > 9)
			goto bad;
	for (i = 0; i < lx->ngroups; i++)
		if (relocate(v, &lx->groups[i].id, 0) || relocate(v, &lx->groups[i].label, 0) ||
		    lx->groups[i].one > 1 || lx->groups[i].two > 1)
			goto bad;
	for (i = 0; i < lx->nactors; i++)
		if (lx->actors[i].inter < 1 || lx->actors[i].inter > 8)
			goto bad;
	for (i = 0; i < lx->ncasualty; i++)
		if (lx->casualty[i].kind > RASD_CAS_MISSING || lx->casualty[i].noun > 1 ||
		    lx->casualty[i].tail > 1)
			goto bad;
	for (i = 0; i < lx->nspeech; i++)
		if (lx->speech[i].kind > RASD_SPEECH_DENY)
			goto bad;
	for (i = 0; i < lx->nnegation; i++)
		if (lx->negation[i].kind > RASD_NEG_FUTURE)
			goto bad;
	return 0;
bad:
	return -1;
}

/*
 * Check the trie (nodes, edges, payloads) and the id and cue tables, and
 * set the tables' strings; every probe must meet an empty slot.  0, or -1
 * if anything is bad.
 */
static int check_tables(const struct view *v, struct rasd_lexicon *lx)
{
	size_t i, empty;

	for (i = 0; i < lx->nnodes; i++)
		if ((uint64_t)lx->nodes[i].pay + lx->nodes[i].npay > lx->npays)
			goto bad;
	for (i = 0, empty = 0; i <= lx->edge_mask; i++) {
		const struct rasdp_edge *e = &lx->edges[i];

		if (!e->child) {
			if (lx->edge_tags[i])
				goto bad;
			empty++;
			continue;
		}
		if (!(lx->edge_tags[i] & 0x80) || e->child >= lx->nnodes || e->parent >= lx->nnodes ||
		    (uint64_t)e->key_off + e->key_len > lx->keys_len)
			goto bad;
	}
	if (!empty)
		goto bad;
	for (i = 0; i < lx->npays; i++) {
		const struct rasdp_pay *p = &lx->pays[i];

		if (p->node >= lx->nnodes || p->entry >= kind_count(lx, p->kind))
			goto bad;
	}
	for (i = 0, empty = 0; i <= lx->id_mask; i++) {
		struct rasdp_idslot *s = &lx->ids[i];

		if (relocate(v, &s->id, 1))
			goto bad;
		if (!s->id) {
			empty++;
			continue;
		}
		if (s->entry < 0 || (size_t)s->entry >= kind_count(lx, s->kind))
			goto bad;
	}
	if (!empty)
		goto bad;
	for (i = 0, empty = 0; lx->cues && i <= lx->cue_mask; i++) {
		struct rasdp_cue_slot *s = &lx->cues[i];

		if (relocate(v, &s->key, 1))
			goto bad;
		if (!s->key) {
			empty++;
			continue;
		}
		if (strlen(s->key) != s->len)
			goto bad;
	}
	if (lx->cues && !empty)
		goto bad;
	/* the pool of the longer words follows the tags, then a NUL (map_sections()) */
	rasdp_lexcache_section(v, S_WORD_TAGS, 1, &i);
	if (rasdp_screen_check(lx, i - (lx->word_mask + 1) - 1))
		goto bad;
	return 0;
bad:
	return -1;
}

struct rasd_lexicon *rasdp_lexcache_read(const struct view *v)
{
	struct rasd_lexicon *lx = calloc(1, sizeof(*lx));

	if (!lx)
		return NULL;
	rasd_arena_init(&lx->strings, NULL, 0);
	if (map_sections(v, lx) || check_entries(v, lx) || check_tables(v, lx)) {
		free(lx);
		return NULL;
	}
	return lx;
}

void *rasdp_lexcache_out_room(struct out *o, size_t n, size_t align)
{
	size_t at = (o->len + align - 1) & ~(align - 1);

	if (o->failed)
		return NULL;
	if (at + n > o->alloc) {
		size_t na = o->alloc ? o->alloc : 1 << 16;
		char *np;

		while (na < at + n)
			na *= 2;
		np = realloc(o->p, na);
		if (!np) {
			o->failed = 1;
			return NULL;
		}
		o->p = np;
		o->alloc = na;
	}
	memset(o->p + o->len, 0, at + n - o->len);
	o->len = at + n;
	return o->p + at;
}

/* The strings section: each distinct pointer once; its offset + 1 (0 for NULL). */
static uint64_t put_string(struct out *o, struct out *strings, const char *s)
{
	size_t i, n;
	char *dst;

	if (!s)
		return 0;
	if ((o->scount + 1) * 2 > o->smask + 1) {
		size_t cap = (o->smask + 1) * 2, k;
		const char **nk = calloc(cap, sizeof(*nk));
		uint64_t *nv = calloc(cap, sizeof(*nv));

		if (!nk || !nv) {
			free(nk);
			free(nv);
			o->failed = 1;
			return 0;
		}
		for (k = 0; k <= o->smask; k++) {
			if (!o->skeys[k])
				continue;
			i = (size_t)(((uintptr_t)o->skeys[k] * 0x9E3779B97F4A7C15ull) >> 20) & (cap - 1);
			while (nk[i])
				i = (i + 1) & (cap - 1);
			nk[i] = o->skeys[k];
			nv[i] = o->svals[k];
		}
		free(o->skeys);
		free(o->svals);
		o->skeys = nk;
		o->svals = nv;
		o->smask = cap - 1;
	}
	i = (size_t)(((uintptr_t)s * 0x9E3779B97F4A7C15ull) >> 20) & o->smask;
	while (o->skeys[i] && o->skeys[i] != s)
		i = (i + 1) & o->smask;
	if (o->skeys[i])
		return o->svals[i];
	n = strlen(s) + 1;
	dst = rasdp_lexcache_out_room(strings, n, 1);
	if (!dst) {
		o->failed = 1;
		return 0;
	}
	memcpy(dst, s, n);
	o->skeys[i] = s;
	o->svals[i] = (uint64_t)(dst - strings->p) + 1;
	o->scount++;
	return o->svals[i];
}

/* Store a pointer field as its string offset + 1. */
static void put_ptr(struct out *o, struct out *strings, const char **field)
{
	uintptr_t off = (uintptr_t)put_string(o, strings, *field);

	memcpy(field, &off, sizeof(off));
}

struct sec_out {
	int id;
	size_t elem, count;
	const void *data;
};

/* Copies of the lexicon's arrays that hold pointers, the pointers made offsets. */
struct copies {
	struct rasd_place *places;
	struct rasd_actor *actors;
	struct rasd_source *sources;
	struct rasd_trigger *triggers;
	struct rasd_group *groups;
	struct rasdp_idslot *ids;
	struct rasdp_cue_slot *cues;   /* NULL when lx has no cue table */
};

/* Copy the arrays of `lx` with pointers into *k; 0 or -1 (out of memory, *k partly filled). */
static int copy_arrays(const struct rasd_lexicon *lx, struct copies *k)
{
#define COPY(dst, src, count) \
	do { \
		dst = malloc(((count) ? (count) : 1) * sizeof(*(src))); \
		if (!dst) \
			return -1; \
		if (count) \
			memcpy(dst, src, (count) * sizeof(*(src))); \
	} while (0)
	COPY(k->places, lx->places, lx->nplaces);
	COPY(k->actors, lx->actors, lx->nactors);
	COPY(k->sources, lx->sources, lx->nsources);
	COPY(k->triggers, lx->triggers, lx->ntriggers);
	COPY(k->groups, lx->groups, lx->ngroups);
	COPY(k->ids, lx->ids, lx->id_mask + 1);
	if (lx->cues)
		COPY(k->cues, lx->cues, lx->cue_mask + 1);
#undef COPY
	return 0;
}

/* Turn every pointer of the copies into an offset into `strings`, writing each string once. */
static void offset_strings(const struct rasd_lexicon *lx, struct copies *k, struct out *o,
			   struct out *strings)
{
	size_t i;

	for (i = 0; i < lx->nplaces; i++) {
		put_ptr(o, strings, &k->places[i].id);
		put_ptr(o, strings, &k->places[i].name_en);
		put_ptr(o, strings, &k->places[i].name_ar);
		put_ptr(o, strings, &k->places[i].pcode);
	}
	for (i = 0; i < lx->nactors; i++) {
		put_ptr(o, strings, &k->actors[i].id);
		put_ptr(o, strings, &k->actors[i].name_en);
		put_ptr(o, strings, &k->actors[i].name_ar);
		put_ptr(o, strings, &k->actors[i].country);
		put_ptr(o, strings, &k->actors[i].generic);
	}
	for (i = 0; i < lx->nsources; i++) {
		put_ptr(o, strings, &k->sources[i].id);
		put_ptr(o, strings, &k->sources[i].name);
		put_ptr(o, strings, &k->sources[i].kind);
		put_ptr(o, strings, &k->sources[i].describes);
	}
	for (i = 0; i < lx->ntriggers; i++) {
		put_ptr(o, strings, &k->triggers[i].event_type);
		put_ptr(o, strings, &k->triggers[i].sub_type);
	}
	for (i = 0; i < lx->ngroups; i++) {
		put_ptr(o, strings, &k->groups[i].id);
		put_ptr(o, strings, &k->groups[i].label);
	}
	for (i = 0; i <= lx->id_mask; i++)
		put_ptr(o, strings, &k->ids[i].id);
	for (i = 0; k->cues && i <= lx->cue_mask; i++)
		put_ptr(o, strings, &k->cues[i].key);
}

/* Append the sections to `pay` and list them in secs[]; their number, or -1 (out of memory). */
static long put_sections(const struct rasd_lexicon *lx, const struct copies *k,
			 const struct out *strings, struct out *pay, struct section *secs)
{
	struct scalars sc;
	size_t i, n = 0;

	memset(&sc, 0, sizeof(sc));
	sc.nedges = lx->nedges;
	sc.edge_mask = lx->edge_mask;
	sc.keys_len = lx->keys_len;
	sc.nids = lx->nids;
	sc.id_mask = lx->id_mask;
	sc.ncues = lx->ncues;
	sc.cue_mask = lx->cue_mask;
	sc.max_depth = lx->max_depth;
	sc.nforms = lx->nforms;
	sc.nwords = lx->nwords;
	sc.word_mask = lx->word_mask;
	sc.word_pool = rasdp_screen_pool_len(lx);
	sc.num_reach = lx->num_reach;
	sc.date_reach = lx->date_reach;
	{
		const struct sec_out all[] = {
			{ S_SCALARS, sizeof(sc), 1, &sc },
			{ S_STRINGS, 1, strings->len, strings->p },
			{ S_PLACES, sizeof(*k->places), lx->nplaces, k->places },
			{ S_ACTORS, sizeof(*k->actors), lx->nactors, k->actors },
			{ S_SOURCES, sizeof(*k->sources), lx->nsources, k->sources },
			{ S_TRIGGERS, sizeof(*k->triggers), lx->ntriggers, k->triggers },
			{ S_CASUALTY, sizeof(*lx->casualty), lx->ncasualty, lx->casualty },
			{ S_SPEECH, sizeof(*lx->speech), lx->nspeech, lx->speech },
			{ S_NEGATION, sizeof(*lx->negation), lx->nnegation, lx->negation },
			{ S_GROUPS, sizeof(*k->groups), lx->ngroups, k->groups },
			{ S_NODES, sizeof(*lx->nodes), lx->nnodes, lx->nodes },
			{ S_EDGES, sizeof(*lx->edges), lx->edge_mask + 1, lx->edges },
			{ S_EDGE_TAGS, 1, lx->edge_mask + 1, lx->edge_tags },
			{ S_KEYS, 1, lx->keys_len, lx->keys },
			{ S_PAYS, sizeof(*lx->pays), lx->npays, lx->pays },
			{ S_IDS, sizeof(*k->ids), lx->id_mask + 1, k->ids },
			{ S_CUES, sizeof(*k->cues), k->cues ? lx->cue_mask + 1 : 0, k->cues },
			{ S_WORDS, sizeof(*lx->words), lx->word_mask + 1, lx->words },
			{ S_WORD_TAGS, 1, lx->word_mask + 1 + sc.word_pool + 1, lx->word_tags },
			{ S_LATIN_KIDS, 1, lx->nnodes / 8 + 1, lx->latin_kids },
			{ S_NODE_KIDS, 1, lx->nnodes / 8 + 1, lx->node_kids },
		};

		for (i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
			char *dst;

			if (!all[i].data || (!all[i].count && all[i].id == S_CUES))
				continue;
			dst = rasdp_lexcache_out_room(pay, all[i].elem * all[i].count, 16);
			if (!dst)
				return -1;
			if (all[i].count)
				memcpy(dst, all[i].data, all[i].elem * all[i].count);
			secs[n].id = (uint32_t)all[i].id;
			secs[n].elem = (uint32_t)all[i].elem;
			secs[n].off = (uint64_t)(dst - pay->p);
			secs[n].count = all[i].count;
			n++;
		}
	}
	return (long)n;
}

int rasdp_lexcache_write(const struct rasd_lexicon *lx, struct out *pay, struct section *secs,
			 size_t *nsecs)
{
	struct out o, strings;
	struct copies k;
	long n;
	int rc = -1;

	memset(&o, 0, sizeof(o));
	memset(&strings, 0, sizeof(strings));
	memset(&k, 0, sizeof(k));
	o.smask = 1023;
	o.skeys = calloc(o.smask + 1, sizeof(*o.skeys));
	o.svals = calloc(o.smask + 1, sizeof(*o.svals));
	if (!o.skeys || !o.svals || copy_arrays(lx, &k))
		goto done;
	offset_strings(lx, &k, &o, &strings);
	if (!rasdp_lexcache_out_room(&strings, 1, 1) || o.failed)
		goto done;
	n = put_sections(lx, &k, &strings, pay, secs);
	if (n < 0)
		goto done;
	*nsecs = (size_t)n;
	rc = 0;
done:
	free(k.places);
	free(k.actors);
	free(k.sources);
	free(k.triggers);
	free(k.groups);
	free(k.ids);
	free(k.cues);
	free(o.skeys);
	free(o.svals);
	free(strings.p);
	return rc;
}
