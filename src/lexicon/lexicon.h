/*
 * lexicon.h - reviewed TSV lexicons and the one-pass multi-pattern matcher.
 *
 * All lexicons (gazetteer, actors, sources, event triggers, casualty words,
 * reporting verbs, negations and denials, counted groups) are compiled into
 * one trie over normalised token keys (see rasdp_token_keys()).  Matching
 * walks the trie from each token, trying each of the token's keys, and
 * reports every entry that ends there; rasdp_match_doc() then keeps, per
 * kind, the longest match at each position.  The trie is built once per
 * engine and is read-only afterwards, so threads share it.
 *
 * File formats (data/README.md documents them for editors): UTF-8 TSV with
 * a header line naming the columns, '#' comment lines, and '|' between
 * alternative surface forms.  A malformed line is reported as
 * "<file>:<line>: <what>".
 */
#ifndef RASD_LEXICON_H
#define RASD_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"

enum rasd_lex_kind {
	RASD_LEX_PLACE = 0,   /* places.tsv, places-*.tsv */
	RASD_LEX_ACTOR,       /* actors.tsv */
	RASD_LEX_SOURCE,      /* sources.tsv */
	RASD_LEX_TRIGGER,     /* triggers.tsv: event type cues */
	RASD_LEX_CASUALTY,    /* casualty.tsv: killed/wounded/arrested... words */
	RASD_LEX_SPEECH,      /* speech.tsv: reporting verbs and frames */
	RASD_LEX_NEGATION,    /* negation.tsv: negators and denial verbs */
	RASD_LEX_GROUP,       /* groups.tsv: who is counted (civilians, children...) */
	RASD_LEX_NKINDS
};

enum rasd_place_kind {
	RASD_PLACE_COUNTRY = 0, RASD_PLACE_GOVERNORATE, RASD_PLACE_DISTRICT,
	RASD_PLACE_SUBDISTRICT, RASD_PLACE_CITY, RASD_PLACE_TOWN,
	RASD_PLACE_VILLAGE, RASD_PLACE_NEIGHBOURHOOD, RASD_PLACE_LANDMARK,
	RASD_PLACE_REGION,       /* an area of several towns: Eastern Ghouta, Jabal al-Zawiya */
	RASD_PLACE__COUNT
};

/* "governorate", "town" ... for a kind; "place" out of range. */
const char *rasdp_place_kind_name(unsigned kind);

struct rasd_place {
	const char *id;          /* e.g. "SY0200" (P-code) or "gn:170..." */
	const char *name_en, *name_ar;
	uint8_t kind;            /* enum rasd_place_kind */
	int32_t admin1;          /* index of the governorate place, or -1 */
	int32_t admin2;          /* index of the district place, or -1 */
	double lat, lon;
	uint32_t population;
};

struct rasd_actor {
	const char *id;          /* "isis", "russia_forces", "8th_brigade" */
	const char *name_en, *name_ar;
	uint8_t inter;           /* ACLED actor type 1-8 */
	int32_t parent;          /* affiliation: index of parent actor, or -1 */
	const char *country;     /* ISO code of a state actor, or NULL */
};

struct rasd_source {
	const char *id;          /* "reuters", "sana", "local_sources" */
	const char *name;        /* display name, "Reuters" */
	const char *kind;        /* agency|outlet|monitor|official|local|correspondent|government|media */
	int32_t actor;           /* actor the source speaks for, or -1 */
};

struct rasd_trigger {
	const char *event_type;  /* ACLED: "Battles" ... */
	const char *sub_type;    /* ACLED sub-event type */
	uint8_t weight;          /* 1-9: strength of the cue */
};

enum rasd_casualty_kind {
	RASD_CAS_KILLED = 0, RASD_CAS_WOUNDED, RASD_CAS_KILLED_OR_WOUNDED,
	RASD_CAS_ARRESTED, RASD_CAS_KIDNAPPED, RASD_CAS_MISSING,
};

struct rasd_casualty {
	uint8_t kind;            /* enum rasd_casualty_kind */
	uint8_t noun;            /* a noun counted by a number ("قتيلا", "dead") vs a verb */
};

enum rasd_speech_kind {
	RASD_SPEECH_SAY = 0,     /* قال، أفاد، said, told */
	RASD_SPEECH_ACCORDING,   /* بحسب، وفق، according to */
	RASD_SPEECH_QUOTE,       /* نقل عن، quoted, citing */
	RASD_SPEECH_ADD,         /* أضاف، added: carries the previous speaker */
	RASD_SPEECH_DENY,        /* نفى، denied */
};

struct rasd_speech {
	uint8_t kind;            /* enum rasd_speech_kind */
};

enum rasd_negation_kind {
	RASD_NEG_NOT = 0,        /* لم، لا، ما، no, not, never */
	RASD_NEG_DENY,           /* نفى، denied, rejected */
	RASD_NEG_LIMIT,          /* اقتصرت مشاركة، only a limited role */
	RASD_NEG_BACKGROUND,     /* a figure of another time: during the civil war */
};

struct rasd_negation {
	uint8_t kind;
};

struct rasd_group {
	const char *id;          /* civilians, children, women, soldiers, fighters, leaders, members */
	const char *label;       /* English label */
	uint8_t one;             /* the forms name one person ("مقتل شاب", "a civilian") */
};

struct rasd_lexicon;

/*
 * Load every lexicon under `datadir` and compile the matcher.  Returns a new
 * lexicon owned by the caller (rasdp_lexicon_free()), or NULL with `err` set
 * to "<file>:<line>: <what>" for a malformed line.
 */
struct rasd_lexicon *rasdp_lexicon_load(const char *datadir, rasd_err *err);
void rasdp_lexicon_free(struct rasd_lexicon *lx);

/* Entry counts and accessors; `i` < count. Owned by the lexicon. */
size_t rasdp_lex_count(const struct rasd_lexicon *lx, enum rasd_lex_kind k);
const struct rasd_place *rasdp_lex_place(const struct rasd_lexicon *lx, size_t i);
const struct rasd_actor *rasdp_lex_actor(const struct rasd_lexicon *lx, size_t i);
const struct rasd_source *rasdp_lex_source(const struct rasd_lexicon *lx, size_t i);
const struct rasd_trigger *rasdp_lex_trigger(const struct rasd_lexicon *lx, size_t i);
const struct rasd_casualty *rasdp_lex_casualty(const struct rasd_lexicon *lx, size_t i);
const struct rasd_speech *rasdp_lex_speech(const struct rasd_lexicon *lx, size_t i);
const struct rasd_negation *rasdp_lex_negation(const struct rasd_lexicon *lx, size_t i);
const struct rasd_group *rasdp_lex_group(const struct rasd_lexicon *lx, size_t i);

/* Find an entry by id (places, actors, sources, groups); -1 if none. */
int32_t rasdp_lex_find(const struct rasd_lexicon *lx, enum rasd_lex_kind k,
		       const char *id);

/*
 * Resolve a free-text name ("Reuters", "local sources", "Jasim", "ISIS")
 * to an entry of kind `k` by normalising and matching it whole; -1 if it
 * does not match one entry exactly.  Used by eval and the API.
 */
int32_t rasdp_lex_lookup(const struct rasd_lexicon *lx, enum rasd_lex_kind k,
			 const char *text, size_t len);

/*
 * Every entry of kind `k` that `text` names as a whole (a town and the
 * subdistrict named after it), lowest index first, at most `max` into
 * `out`; returns how many.  rasdp_lex_lookup() returns the first of them.
 */
size_t rasdp_lex_lookup_all(const struct rasd_lexicon *lx, enum rasd_lex_kind k,
			    const char *text, size_t len, int32_t *out, size_t max);

/*
 * Run the matcher over d->toks and fill d->matches, sorted by tok_start,
 * keeping for each kind and start token only the longest match; overlapping
 * matches of different kinds are all kept (the extractor arbitrates).
 */
int rasdp_match_doc(const struct rasd_lexicon *lx, struct rasd_doc *d);

/*
 * Is `type` one of ACLED's six event types and `sub` (or NULL: any) one of
 * its sub-event types?
 */
int rasdp_acled_valid(const char *type, const char *sub);

#endif
