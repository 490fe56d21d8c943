/*
 * lexcache_int.h - the payload of the lexicon cache, shared by
 * lexcache.c (the cache file: its header, stamps, sections table, when it
 * is used and written) and lexcache_payload.c (the lexicon's arrays laid
 * out as the file's sections, and read back with every pointer set and
 * every index checked).
 */
#ifndef RASD_LEXICON_LEXCACHE_INT_H
#define RASD_LEXICON_LEXCACHE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon/lexicon_int.h"

struct section {
	uint32_t id;
	uint32_t elem;             /* bytes per element */
	uint64_t off;              /* into the payload, 16-aligned */
	uint64_t count;
};

enum {
	S_SCALARS, S_STRINGS, S_PLACES, S_ACTORS, S_SOURCES, S_TRIGGERS, S_CASUALTY,
	S_SPEECH, S_NEGATION, S_GROUPS, S_NODES, S_EDGES, S_EDGE_TAGS, S_KEYS, S_PAYS,
	S_IDS, S_CUES, S_WORDS, S_WORD_TAGS, S_LATIN_KIDS, S_NODE_KIDS,
	S__COUNT
};

struct scalars {
	uint64_t nedges, edge_mask, keys_len, nids, id_mask, ncues, cue_mask, max_depth, nforms;
	/* the screen's table of words (screen.c): its words, mask, pool bytes and reaches */
	uint64_t nwords, word_mask, word_pool, num_reach, date_reach;
};

/* The payload of a cache file being read: its sections by id and its strings. */
struct view {
	char *payload;
	uint64_t len;
	const struct section *sec[S__COUNT];
	const char *strings;
	uint64_t nstrings;
};

/* A growing output buffer; `failed` once it could not grow. */
struct out {
	char *p;
	size_t len, alloc;
	int failed;
	/* strings already written: pointer -> offset + 1 */
	const char **skeys;
	uint64_t *svals;
	size_t smask, scount;
};

/* Section `id` as an array of `elem`-byte elements, or NULL (then *count is 0). */
void *rasdp_lexcache_section(const struct view *v, int id, size_t elem, size_t *count);

/*
 * The lexicon of the payload, every pointer set and every index checked;
 * NULL if any is bad.  Owned by the caller (rasdp_lexicon_free()); its
 * arrays point into the payload, which must outlive it.
 */
struct rasd_lexicon *rasdp_lexcache_read(const struct view *v);

/* Room for n more bytes at the next multiple of `align` (zeroed); NULL out of memory. */
void *rasdp_lexcache_out_room(struct out *o, size_t n, size_t align);

/* Lay `lx` out as the payload `pay` and its sections (*nsecs of them); 0 or -1 (out of memory). */
int rasdp_lexcache_write(const struct rasd_lexicon *lx, struct out *pay, struct section *secs,
			 size_t *nsecs);

#endif
