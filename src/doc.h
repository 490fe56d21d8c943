/*
 * doc.h - the in-memory model of one analysed report (private to librasd).
 *
 * A document owns one arena; every array below lives in it and dies with
 * rasd_doc_free().  Offsets:
 *   - "orig" offsets (start/end) are byte offsets into `text`, the original
 *     UTF-8 input, half-open [start, end);
 *   - "norm" offsets (nstart/nend) index `norm`, the normalised text;
 *     rasdp_norm_orig(d, i) is the orig offset of the character holding
 *     norm byte i (text_len at norm_len), so any normalised span maps back
 *     to the source.
 * Token ranges (tok_start/tok_end) are half-open indexes into `toks`.
 *
 * Stages fill the arrays in pipeline order: normalise (norm, norm_jumps),
 * segment (sents, toks, lang), match (matches), numbers, dates, then
 * extract (events, claims).  Each stage reads only what earlier ones wrote.
 */
#ifndef RASD_DOC_H
#define RASD_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "base/arena.h"
#include "lexicon/cues.h"
#include "rasd.h"

/* A calendar day; fields are 0 when unknown (y=0: no date). */
struct rasd_ymd {
	int y, m, d;
};

enum rasd_lang { RASD_LANG_UNKNOWN = 0, RASD_LANG_AR, RASD_LANG_EN };

enum rasd_tok_kind {
	RASD_TOK_WORD = 1,   /* letters (Arabic or Latin), maybe with digits */
	RASD_TOK_NUM,        /* digits, with separators: 1,200 / 1.5 / ١٢ (normalised to ASCII) */
	RASD_TOK_PUNCT,      /* one punctuation or symbol character */
};

enum rasd_tok_flags {
	RASD_TOKF_ARABIC = 1 << 0,   /* Arabic script */
	RASD_TOKF_LATIN = 1 << 1,    /* Latin script */
	RASD_TOKF_CAP = 1 << 2,      /* Latin, first letter upper-case in the original */
	RASD_TOKF_QUOTE = 1 << 3,    /* punctuation that is a quotation mark */
	RASD_TOKF_SENT_END = 1 << 4, /* punctuation that ended a sentence */
	RASD_TOKF_IN_NUM = 1 << 5,   /* inside a number expression (set by rasdp_find_dates()) */
	RASD_TOKF_IN_DATE = 1 << 6,  /* inside a date expression (likewise) */
};

/* What may start at a token (struct rasd_doc's screen). */
enum rasd_screen_bits {
	RASD_SCREEN_NUMBER = 1 << 0,  /* a number expression (text/numbers.c) */
	RASD_SCREEN_DATE = 1 << 1,    /* a date expression (text/dates.c), as may one at a number */
	RASD_SCREEN_LEXICON = 1 << 2, /* a lexicon form: some key of the token leaves the trie's root */
};

#define RASD_MAX_KEYS 4

struct rasd_token {
	uint32_t start, end;      /* orig byte span */
	uint32_t nstart, nend;    /* norm byte span */
	uint32_t sent;            /* index into sents */
	uint8_t kind;             /* enum rasd_tok_kind */
	uint8_t flags;            /* enum rasd_tok_flags */
	uint8_t nkeys;            /* how many match keys (>= 1 for words) */
	/*
	 * Match keys: each is the suffix norm[nstart + key[i] .. nend) of the
	 * normalised token with Arabic proclitics (w-, f-, b-, l-, k-, and the
	 * article al-) removed; key[0] is the whole token with only the article
	 * removed.  Lexicon forms are keyed the same way (rasdp_key_of()), so
	 * "والقوات" and "القوات" both reach the lexicon form "قوات".
	 */
	uint8_t key[RASD_MAX_KEYS];
};

/* From norm byte `norm` on, orig offsets run on from `orig` (doc.h, norm_jumps). */
struct rasd_norm_jump {
	uint32_t norm;              /* a character's first norm byte, or norm_len */
	uint32_t orig;              /* its orig offset */
};

struct rasd_sentence {
	uint32_t start, end;        /* orig byte span */
	uint32_t tok_start, tok_end;
	uint32_t para;              /* paragraph number (blank-line separated) */
};

/* One lexicon hit over tokens [tok_start, tok_end). */
struct rasd_match {
	uint32_t tok_start, tok_end;
	uint16_t kind;              /* enum rasd_lex_kind (lexicon/lexicon.h) */
	uint32_t entry;             /* index into that kind's entries */
};

enum rasd_qualifier {
	RASD_Q_EXACT = 0,
	RASD_Q_ABOUT,      /* نحو، حوالي، قرابة، about, nearly, around */
	RASD_Q_AT_LEAST,   /* على الأقل، ما لا يقل عن، at least */
	RASD_Q_MORE_THAN,  /* أكثر من، more than, over */
	RASD_Q_UP_TO,      /* حتى، up to */
	RASD_Q_RANGE,      /* 10-15، بين 10 و15، between 10 and 15 */
	RASD_Q_VAGUE,      /* عشرات، dozens: value by ACLED convention */
};

struct rasd_number {
	uint32_t tok_start, tok_end;  /* tokens of the whole expression incl. qualifier */
	uint32_t start, end;          /* orig span of the whole expression */
	int64_t value;                /* best value (low end of a range) */
	int64_t value_hi;             /* high end of a range, else == value */
	uint8_t qualifier;            /* enum rasd_qualifier */
	uint8_t words;                /* written in words (or a dual noun) */
	uint8_t ordinal;              /* an ordinal (الثامن, 8th): not a count */
	uint8_t in_date;              /* part of a date expression: not a count */
	uint8_t percent;              /* followed by % or بالمئة */
	uint8_t conj;                 /* begins with the conjunction و: "وثلاثة", "و15" */
	uint8_t duration;             /* a dual of time ("يومين", duals.tsv): two units, no count */
	uint32_t noun_tok;            /* token counted (the noun after/before), or UINT32_MAX */
};

enum rasd_precision {
	RASD_PREC_NONE = 0,
	RASD_PREC_DAY,
	RASD_PREC_WEEK,
	RASD_PREC_MONTH,
	RASD_PREC_YEAR,
};

struct rasd_date {
	uint32_t tok_start, tok_end;
	uint32_t start, end;          /* orig span */
	struct rasd_ymd date;         /* resolved date (first day of the period) */
	struct rasd_ymd last;         /* last day of the period (== date for a day) */
	uint8_t precision;            /* enum rasd_precision */
	uint8_t relative;             /* resolved against the publication date */
	uint8_t weekday;              /* 1=Monday..7=Sunday named in the text, else 0 */
};

/* Where a report's date came from: its metadata, or a date stamp atop its text. */
enum rasd_pub_from {
	RASD_PUB_NONE = 0,   /* no date */
	RASD_PUB_META,       /* the caller's `published` */
	RASD_PUB_TEXT,       /* a stamp at the top of the text (text/dates_stamp.c) */
};

struct rasd_event;   /* extract/extract.h */
struct rasd_claim;
struct rasdp_src_choice;
struct rasdp_merge_choice;

struct rasd_doc {
	struct rasd_arena arena;

	/* Fields from the input (arena copies; NULL when absent). */
	char *id, *outlet, *url, *title;
	char hash[65];                /* hex SHA-256 of text */
	struct rasd_ymd published;    /* y == 0 when unknown */
	uint8_t published_from;       /* enum rasd_pub_from: where `published` came from */
	uint32_t stamp_tok;           /* RASD_PUB_TEXT: the stamp's first token + 1 */
	enum rasd_lang lang;

	char *text;                   /* original UTF-8, NUL-terminated; a copy, or the
				       * caller's with RASD_EXTRACT_BORROW_TEXT (never written) */
	size_t text_len;

	char *norm;                   /* normalised text, NUL-terminated */
	size_t norm_len;
	/*
	 * The map from norm to orig offsets, kept as its jumps: where a
	 * character's orig offset is not that of the character before plus
	 * the norm bytes between them (a dropped diacritic, a folded accent,
	 * collapsed white space).  Most reports have few, so the map costs
	 * a few bytes instead of four per byte of text; rasdp_norm_orig()
	 * (text/text.h) reads it.
	 */
	struct rasd_norm_jump *norm_jumps; size_t nnorm_jumps, norm_jumps_alloc;

	struct rasd_sentence *sents;  size_t nsents, sents_alloc;
	struct rasd_token *toks;      size_t ntoks, toks_alloc;
	struct rasd_match *matches;   size_t nmatches, matches_alloc;
	struct rasd_number *nums;     size_t nnums, nums_alloc;
	struct rasd_date *dates;      size_t ndates, dates_alloc;
	struct rasd_event *events;    size_t nevents, events_alloc;
	/* events the frame decision read as no violent event (never output; rasd train) */
	struct rasd_event *rejected;  size_t nrejected, rejected_alloc;

	const struct rasd_engine *engine;
	unsigned flags;               /* enum rasd_extract_flags of the run (and RASDP_EXTRACT_*) */
	/* source_decision.c: each figure's source candidates, with RASDP_EXTRACT_TRACE_SOURCES */
	struct rasdp_src_choice *src_trace; size_t nsrc_trace, src_trace_alloc;
	/* merging.c: each choice of the merge decision, with RASDP_EXTRACT_TRACE_MERGES */
	struct rasdp_merge_choice *merge_trace; size_t nmerge_trace, merge_trace_alloc;
	/*
	 * extract/tokens.c, for stage 6: next_break[t] is the first clause
	 * break at or after token t (ntoks when none; ntoks + 1 entries), so
	 * asking whether a span is one clause costs one look-up.  NULL until
	 * indexed.
	 */
	uint32_t *next_break;
	/*
	 * extract/tokens.c, with next_break: next_quote[t] is the first
	 * quotation mark (RASD_TOKF_QUOTE) at or after token t (ntoks when
	 * none; ntoks + 1 entries), so whether a quotation is open at a token
	 * (rasdp_quote_open()) reads only the marks between, and none when
	 * there are none.  NULL until indexed.
	 */
	uint32_t *next_quote;
	/*
	 * extract/tokens.c, with next_break: next_clause_cue[t] is the first
	 * word at or after token t of a class the walk of a counted member's
	 * clause asks (cause, justice, anniversary, since: rasdp_not_of_event()),
	 * ntoks when none (ntoks + 1 entries).  Such words are rare, so the
	 * walk jumps from one to the next instead of asking every word.  NULL
	 * until indexed, or when the report has no word of these classes.
	 */
	uint32_t *next_clause_cue;
	/*
	 * The token screen (lexicon/screen.c), one look at every token right
	 * after segmenting: screen[t] says which kinds of pattern may start at
	 * token t (enum rasd_screen_bits), so the stages after it try their
	 * patterns only there; cue[t] indexes cue_masks, the cue classes of
	 * the token's keys (enum rasd_cue, lexicon/cues.h).  All NULL when the
	 * document was not screened: every pattern is then tried everywhere.
	 */
	uint8_t *screen;
	uint16_t *cue;
	struct rasdp_cues *cue_masks; size_t ncue_masks, cue_masks_alloc;
	struct rasdp_cues cue_any;   /* the union of cue_masks: the classes the document has at all */
	/*
	 * The screen's first step of the matcher: for each token where a
	 * lexicon form may start, in order, the trie node each of its keys
	 * reaches from the root (0: none), one entry a key that is not empty,
	 * then one for its Latin key (rasdp_trie_latin_start(); 0 for none).
	 */
	uint32_t *roots;              size_t nroots, roots_alloc;
	/*
	 * The hash (rasdp_word_hash()) of each match key of each token,
	 * punctuation included, made by the screen as it hashes the token's
	 * suffixes: key_hash[t * RASD_MAX_KEYS + k] for key k of token t
	 * (key 0 the whole token when it has no keys), set for every key that
	 * is not empty; the matcher's walks read it instead of hashing again.
	 * NULL when the document was not screened.
	 */
	uint32_t *key_hash;
	/*
	 * The Latin key of each token (lexicon/trie.c), made the first time
	 * the screen or the matcher asks it and kept for their other asks of
	 * the same capitalised word; NULL when the document was not screened
	 * or is very long (screen.c).
	 */
	struct rasdp_latin_slot *latin;
	/*
	 * dates.c, during rasdp_find_dates(): each token's date word, without
	 * and with a clitic, looked up when first asked (0xFF: not yet; 0:
	 * none; else 1 + its index in the table of date words).
	 */
	uint8_t *dw_cache;
};

/* Normalised bytes of token `t` (not NUL-terminated) and its key `k`. */
static inline const char *rasdp_tok_norm(const struct rasd_doc *d,
					 const struct rasd_token *t, size_t *len)
{
	*len = t->nend - t->nstart;
	return d->norm + t->nstart;
}

static inline const char *rasdp_tok_key(const struct rasd_doc *d,
					const struct rasd_token *t, unsigned k,
					size_t *len)
{
	*len = t->nend - t->nstart - t->key[k];
	return d->norm + t->nstart + t->key[k];
}

/* Days since 1970-01-01 (proleptic Gregorian), and back. */
int64_t rasdp_days_from_ymd(int y, int m, int d);
void rasdp_ymd_from_days(int64_t days, struct rasd_ymd *out);
/* Parse "YYYY-MM-DD" (also a leading "YYYY-MM-DDThh..." timestamp). 0 or RASD_EPARSE. */
int rasdp_parse_ymd(const char *s, struct rasd_ymd *out);

#endif
