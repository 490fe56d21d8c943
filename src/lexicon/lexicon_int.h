/*
 * lexicon_int.h - private structures of the lexicon module: the TSV reader,
 * the compiled trie and the loaded entries.
 *
 * The trie has one node per distinct token-key prefix of any form.  Edges
 * live in one open-addressing hash table keyed by (parent node, key bytes),
 * so a step costs one hash probe whatever the fan-out; key bytes are kept
 * once in `keys`.  Payloads (kind, entry) are sorted by node after loading,
 * so a node's payloads are the slice pays[node.pay .. node.pay + node.npay).
 * Everything is malloc'd at load time and read-only afterwards.
 */
#ifndef RASD_LEXICON_INT_H
#define RASD_LEXICON_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

/* ---- tsv.c ------------------------------------------------------------ */

#define RASDP_TSV_MAXCOLS 32

struct rasdp_tsv_col {
	const char *name;
	int required;
};

struct rasdp_tsv {
	const char *path;          /* for messages */
	char *data;                /* whole file, malloc'd, split in place */
	size_t len;
	size_t off;                /* next unread byte */
	long line;                 /* 1-based number of the current line */
	size_t nhead;              /* columns in the header */
	int map[RASDP_TSV_MAXCOLS];/* schema column -> header column, or -1 */
	size_t nschema;
	char *field[RASDP_TSV_MAXCOLS]; /* fields of the current row */
};

/*
 * Open `path` and read its header, mapping each schema column to a header
 * column.  A missing required column is an error; unknown header columns
 * are ignored (editors may keep notes or sources beside the data).
 */
int rasdp_tsv_open(struct rasdp_tsv *t, const char *path,
		   const struct rasdp_tsv_col *schema, size_t nschema,
		   rasd_err *err);
/* Next data row: 1, 0 at the end, or RASD_EPARSE (wrong field count). */
int rasdp_tsv_next(struct rasdp_tsv *t, rasd_err *err);
/* Field `col` (schema index) of the current row; "" if absent or "-". */
const char *rasdp_tsv_get(const struct rasdp_tsv *t, size_t col);
/* Numeric fields; an empty field gives `dflt`; garbage is RASD_EPARSE. */
int rasdp_tsv_double(const struct rasdp_tsv *t, size_t col, double dflt,
		     double *out, rasd_err *err);
int rasdp_tsv_long(const struct rasdp_tsv *t, size_t col, long lo, long hi,
		   long dflt, long *out, rasd_err *err);
void rasdp_tsv_close(struct rasdp_tsv *t);

/* ---- the compiled lexicon --------------------------------------------- */

/*
 * Outlets' web domains live in the id table under a key space of their
 * own (its entries are sources), normalised as rasdp_lex_outlet_source()
 * normalises a report's outlet, so that a domain names one source.
 */
#define RASDP_LEX_DOMAIN ((enum rasd_lex_kind)RASD_LEX_NKINDS)

enum rasdp_pay_flags {
	RASDP_PAY_CASE = 1 << 0,   /* an acronym: the text must be upper-case too */
	RASDP_PAY_LATIN = 1 << 1,  /* reached by Latin keys: the first word is capitalised */
	RASDP_PAY_ARTICLE = 1 << 2, /* an Arabic place form with the article: the text has it too */
	RASDP_PAY_SHORT = 1 << 3,  /* a one-word place form of two letters: no proclitic peeled */
};

/* First byte of a Latin key in the trie: it never starts a normalised token. */
#define RASDP_LATIN_MARK '\x01'

struct rasdp_node {
	uint32_t pay, npay;        /* slice of pays */
};

struct rasdp_edge {
	uint32_t parent;
	uint32_t child;            /* 0: empty slot (the root is never a child) */
	uint32_t hash;             /* hash of the key bytes */
	uint32_t key_off;          /* into keys */
	uint32_t key_len;
};

struct rasdp_pay {
	uint32_t node;
	uint32_t entry;
	uint16_t kind;             /* enum rasd_lex_kind */
	uint16_t flags;            /* enum rasdp_pay_flags */
};

struct rasdp_idslot {
	const char *id;            /* NULL: empty slot */
	uint32_t hash;
	uint16_t kind;
	int32_t entry;
};

/* One word of cues.tsv: its key and the cue classes it belongs to. */
struct rasdp_cue_slot {
	const char *key;           /* NULL: empty slot; in `strings` */
	uint32_t len;
	uint32_t hash;
	struct rasdp_cues classes; /* enum rasd_cue (cues.h) */
	uint8_t dual;              /* a dual of duals.tsv (RASD_CUE_DUAL) */
};

/*
 * A word of the token screen (screen.c): a key that leaves the trie's
 * root, a cue word, or a word a number or date may open with.  The key
 * is kept in the entry when it fits (most words: nine Arabic letters),
 * so a probe that finds its word reads one 32-byte slot and no string
 * elsewhere; a longer key lives in the pool after lx->word_tags, and the
 * slot holds where (rasdp_word_key() reads either).
 */
#define RASDP_WORD_INLINE 18      /* longest key kept in the slot */
#define RASDP_WORD_LONG 255       /* len of a longer key */
struct rasdp_word {
	uint32_t hash;             /* rasdp_key_hash() */
	uint32_t root;             /* the root's child by this key, or 0 */
	/*
	 * Its cue word: 1 + the index of its slot in lx->cues (whose
	 * classes it has), or 0.  An index, not the classes, keeps the slot
	 * at 32 bytes however wide struct rasdp_cues grows (cues.h).
	 */
	uint32_t cue;
	uint8_t len;               /* the key's length, or RASDP_WORD_LONG */
	uint8_t starts;            /* RASD_SCREEN_NUMBER, RASD_SCREEN_DATE, cores (screen.c) */
	/*
	 * The key, or for a longer one its offset into the pool (4 bytes;
	 * a pointer to it, 8 bytes, while the table is built) and at
	 * byte 8 its length (4 bytes).
	 */
	char key[RASDP_WORD_INLINE];
};

struct rasd_lexicon {
	struct rasd_arena strings;         /* entry strings */

	struct rasd_place *places;         size_t nplaces, aplaces;
	struct rasd_actor *actors;         size_t nactors, aactors;
	struct rasd_source *sources;       size_t nsources, asources;
	struct rasd_trigger *triggers;     size_t ntriggers, atriggers;
	struct rasd_casualty *casualty;    size_t ncasualty, acasualty;
	struct rasd_speech *speech;        size_t nspeech, aspeech;
	struct rasd_negation *negation;    size_t nnegation, anegation;
	struct rasd_group *groups;         size_t ngroups, agroups;

	struct rasdp_node *nodes;          size_t nnodes, anodes;
	struct rasdp_edge *edges;          size_t nedges, edge_mask;
	char *keys;                        size_t keys_len, keys_alloc;
	struct rasdp_pay *pays;            size_t npays, apays;
	struct rasdp_idslot *ids;          size_t nids, id_mask; /* id -> entry */
	struct rasdp_cue_slot *cues;       size_t ncues, cue_mask; /* key -> classes */
	/*
	 * screen.c: the words by key, one probe answering all three
	 * questions; word_tags[i] is 0 for an empty slot, else 0x80 | seven
	 * more bits of the hash, so most misses read only this array.  The
	 * strings of the words too long for their slot follow the tags in
	 * the same block (built last).
	 */
	struct rasdp_word *words;          size_t nwords, word_mask;
	uint8_t *word_tags;
	uint8_t *edge_tags;                /* trie.c: likewise for the edges */
	/*
	 * screen.c: bit n set when trie node n has a child by a Latin key
	 * (RASDP_LATIN_MARK), so the matcher makes a word's Latin key only
	 * when a walk could take it; NULL while the trie is built.
	 */
	uint8_t *latin_kids;
	/*
	 * screen.c: bit n set when trie node n has a child at all, so a walk
	 * that reached the end of its forms stops without hashing the next
	 * token's keys and probing the edges for them; NULL likewise.
	 */
	uint8_t *node_kids;
	uint32_t max_depth;                /* tokens in the longest form */
	uint8_t num_reach, date_reach;     /* screen.c: rasdp_number_starters(), rasdp_date_starters() */
	size_t nforms;                     /* forms inserted (variants counted) */
	/*
	 * lexcache.c: a lexicon read from the start-up cache lives in this
	 * private mapping of the cache file (its arrays and strings), unmapped
	 * with it; map_len 0: in a caller's buffer (rasdp_lexcache_parse()).
	 * NULL for a lexicon built from the TSV files.
	 */
	void *map;                         size_t map_len;
};

/* The hash of key bytes: rasdp_word_hash(), from the end (text/text.h). */
static inline uint32_t rasdp_key_hash(const char *s, size_t len)
{
	return rasdp_word_hash(s, len);
}

/*
 * Are the `len` bytes at a and b the same?  For the short keys a probe
 * checks once their hashes and lengths agree: eight bytes a load, without
 * a call.
 */
static inline int rasdp_key_eq(const char *a, const char *b, size_t len)
{
	uint64_t x, y;

	for (; len >= 8; a += 8, b += 8, len -= 8) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return 0;
	}
	while (len--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

/* ---- trie.c, trie_build.c --------------------------------------------- */

/* The slot hash of the edge from `parent` by a key of hash `hash`. */
static inline uint32_t edge_slot(uint32_t parent, uint32_t hash)
{
	uint32_t h = hash ^ (parent * 0x9E3779B1u);

	h ^= h >> 15;
	h *= 0x2C1B3C6Du;
	h ^= h >> 12;
	return h;
}

/*
 * An edge's tag in lx->edge_tags: 0 for an empty slot, else 0x80 and seven
 * high bits of its slot hash.  Most steps lead nowhere, and the tags, a
 * byte a slot, answer those without touching the edges themselves.
 */
static inline uint8_t edge_tag(uint32_t slot_hash)
{
	return (uint8_t)(0x80 | (slot_hash >> 25));
}

/* Is the whole key of token `t` (article aside) two Arabic letters or fewer? */
static inline int short_key(const struct rasd_doc *d, uint32_t t)
{
	const struct rasd_token *tk = &d->toks[t];

	return tk->nkeys && tk->nend - tk->nstart - tk->key[0] <= 4;
}

/*
 * Does Arabic token `t` of `d` carry the article before one of its keys:
 * "الحرجة", "بالحرجة", "للحرجة" (ل with the article is written "لل")?
 */
static inline int has_article(const struct rasd_doc *d, uint32_t t)
{
	static const char al[] = "\xd8\xa7\xd9\x84", lal[] = "\xd9\x84\xd9\x84";
	const struct rasd_token *tk = &d->toks[t];
	unsigned k;

	for (k = 0; k < tk->nkeys; k++) {
		const char *key = d->norm + tk->nstart + tk->key[k];

		if (tk->key[k] >= 4 && (!memcmp(key - 4, al, 4) || !memcmp(key - 4, lal, 4)))
			return 1;
	}
	return 0;
}

/*
 * Tokenise a form as a document would be: a scratch document on a stack
 * buffer, so short forms never touch malloc.
 */
struct form_doc {
	struct rasd_doc d;
	char buf[8192];
};

/* Tokenise `form` into fd->d as a document (0, or RASD_ENOMEM); the caller releases fd->d.arena. */
int rasdp_trie_form_tokens(struct form_doc *fd, const char *form, size_t len);

/* Child of `parent` by key, or 0. */
uint32_t rasdp_trie_step(const struct rasd_lexicon *lx, uint32_t parent,
			 const char *key, size_t len, uint32_t hash);
/*
 * A token's Latin key with its mark (d->latin, one a token): made when
 * first asked, kept when it fits (most words); a longer one is made again
 * at each ask.
 */
#define RASDP_LATIN_SLOT_KEY 18
enum rasdp_latin_state { RASDP_LATIN_UNASKED, RASDP_LATIN_NONE, RASDP_LATIN_KEPT,
			 RASDP_LATIN_LONG };
struct rasdp_latin_slot {
	uint32_t hash;                 /* rasdp_key_hash() of key[0..len) */
	uint8_t state;                 /* enum rasdp_latin_state */
	uint8_t len;
	char key[RASDP_LATIN_SLOT_KEY];
};

/*
 * latin.c: the Latin key of token `t` with its mark (RASDP_LATIN_MARK) into
 * buf, or 0 when it has none (not a Latin word, or too short to have one).
 */
size_t rasdp_tok_latin_key(const struct rasd_doc *d, const struct rasd_token *t, char *buf,
			   size_t cap);
/*
 * Likewise for token index `t`, into *key: from d->latin when the document
 * was screened (made there at the first ask), else made into buf; its hash
 * into *hash when not NULL.  Returns its length, 0 when it has none.
 */
size_t rasdp_doc_latin_key(const struct rasd_doc *d, size_t t, const char **key, uint32_t *hash,
			   char *buf, size_t cap);
/*
 * The trie node token `t`'s Latin key reaches from the root (0: none, or
 * the token is no word of a capitalised name): the screen takes this
 * first step of the matcher with those of the token's exact keys.
 */
uint32_t rasdp_trie_latin_start(const struct rasd_lexicon *lx, const struct rasd_doc *d, size_t t);
/*
 * Insert one surface form (raw, un-normalised) for entry `entry` of `kind`.
 * Returns 0 (also when the form has no tokens) or RASD_ENOMEM.
 */
int rasdp_trie_add_form(struct rasd_lexicon *lx, const char *form, size_t len,
			enum rasd_lex_kind kind, uint32_t entry);
/* Sort and index payloads once every form is in. */
int rasdp_trie_finish(struct rasd_lexicon *lx);
/*
 * Set each actor's voice (struct rasd_actor): the source it speaks as,
 * found once with the trie finished (lexicon_access.c), kept in the cache.
 */
void rasdp_lex_find_voices(struct rasd_lexicon *lx);
/*
 * Tokenise `text` like a document and walk the trie with every key
 * combination; store up to `max` nodes reached after the last token in
 * `out` and return their count (0 when nothing spans the whole text).
 * With `latin_out`, walk the same tokens again with the Latin keys of its
 * words too, up to `max` nodes into latin_out and their count into
 * *nlatin.
 */
size_t rasdp_trie_walk_text(const struct rasd_lexicon *lx, const char *text, size_t len,
			    uint32_t *out, size_t max, uint32_t *latin_out, size_t *nlatin);

/*
 * The canonical key of a one-word form (normalised and tokenised like a
 * document, article removed: "التابعة" -> "تابعه") into `key`, a copy in
 * lx->strings.  Returns 0, 1 when the form is not exactly one word, or
 * RASD_ENOMEM.
 */
int rasdp_trie_word_key(struct rasd_lexicon *lx, const char *form, size_t len,
			const char **key, size_t *klen);

/* ---- lexcache.c ------------------------------------------------------- */

/*
 * The start-up cache of the compiled lexicon (lexcache.c).  A cache holds
 * what it knows about the TSV files of `datadir`, found by
 * rasdp_lexcache_open(): then rasdp_lexcache_load() gives the lexicon it
 * holds when that is still the lexicon of those files (else NULL), and
 * rasdp_lexcache_save() stores a lexicon built from them.  Nothing here
 * fails loudly: a cache that cannot be read, written or trusted is not
 * used.
 */
struct rasdp_lexcache;
struct rasdp_lexcache *rasdp_lexcache_open(const char *datadir);
struct rasd_lexicon *rasdp_lexcache_load(struct rasdp_lexcache *c);
void rasdp_lexcache_save(struct rasdp_lexcache *c, const struct rasd_lexicon *lx);
void rasdp_lexcache_close(struct rasdp_lexcache *c);
/*
 * The lexicon in the bytes of a cache file, every offset and index checked
 * but not whose cache it is (for fuzzing); NULL if any is bad.  `buf` is
 * written (string pointers) and must outlive the lexicon.
 */
struct rasd_lexicon *rasdp_lexcache_parse(void *buf, size_t len);
/* Why the cache is not in use in this build ("" when it is). */
const char *rasdp_lexcache_disabled(void);

/* ---- screen.c --------------------------------------------------------- */

/*
 * Build the screen's table of words (lx->words) from the trie's root
 * edges, the cue words and the number and date stages' opening words.
 * Run once the trie and the cues are complete.
 */
int rasdp_screen_init(struct rasd_lexicon *lx);
/* The bytes of the pool of the longer words after lx->word_tags (the cache writes it). */
size_t rasdp_screen_pool_len(const struct rasd_lexicon *lx);
/*
 * Check a table of words read from the start-up cache (lexcache_payload.c)
 * against the trie, the cue table and its `pool` bytes of longer words:
 * 0, or -1 when a word points outside them or no slot is empty.
 */
int rasdp_screen_check(const struct rasd_lexicon *lx, size_t pool);
/* The screen's word `key`[0..len) with its hash, or NULL. */
const struct rasdp_word *rasdp_screen_word(const struct rasd_lexicon *lx, const char *key,
					   size_t len, uint32_t hash);
/* The key of screen word `e` (in its slot or the pool; not NUL-terminated), its length in *len. */
const char *rasdp_word_key(const struct rasd_lexicon *lx, const struct rasdp_word *e, size_t *len);

/* ---- cues.c ----------------------------------------------------------- */

/* The cue classes of key[0..len) with its hash; NULL if none. */
const struct rasdp_cues *rasdp_cue_classes(const struct rasd_lexicon *lx, const char *key,
					   size_t len, uint32_t hash);

/* The cue class named `name` in cues.tsv, or -1. */
int rasdp_cue_class(const char *name);
/*
 * Add one form of cue class `cue`.  Returns 0, 1 when the form is not one
 * word (cues are tested a token at a time), or RASD_ENOMEM.
 */
int rasdp_cue_add(struct rasd_lexicon *lx, enum rasd_cue cue, const char *form, size_t len);

/* ---- lexicon_access.c --------------------------------------------------- */

/*
 * A host name s[0..len) as a domain key into `out` (size n): lower-case,
 * without a scheme, a path, a port or a leading "www."; 0 when it is no
 * host name.
 */
size_t rasdp_domain_key(const char *s, size_t len, char *out, size_t n);

/* Grow a malloc'd array by one slot; the new slot is zeroed (NULL on ENOMEM; trie_build.c). */
void *rasdp_vec_push(void **items, size_t *nr, size_t *alloc, size_t size);
#define VEC_PUSH(arr, nr, alloc) \
	((__typeof__(arr))rasdp_vec_push((void **)&(arr), &(nr), &(alloc), sizeof(*(arr))))

#endif
