/*
 * cues.c - the cue words of cues.tsv: function words and short cues the
 * extractor asks a token about, one class per question.
 *
 * The extractor's rules turn on small closed sets of words: what opens a
 * part of a count ("بينهم", "including"), what parts a negator from the
 * actor it would negate ("من", "by"), what a firing verb is.  Those sets
 * are data (data/cues.tsv, reviewed like the other lexicons); the classes
 * they fill are the rules' questions, fixed in enum rasd_cue.
 *
 * Every form is one word, keyed like a lexicon form: normalised, article
 * removed (rasdp_trie_word_key()).  A token is a word of a class when one
 * of its match keys is such a key, so the proclitics و ف ب ك ل peel off
 * as they do for the matcher: "صفوف" also answers for "بصفوف" and
 * "وبصفوف", and no clitic variant is written out.  The keys live in one
 * open-addressing hash set mapping a key to the bit set of its classes,
 * so a question costs a hash probe per key of the token (four at most).
 * The set is built at load time and read-only afterwards.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "lexicon/lexicon_int.h"

#include "base/banned.h"

static const char *const cue_names[RASD_CUE__COUNT] = {
	[RASD_CUE_SUBSET] = "subset",
	[RASD_CUE_RANKS] = "ranks",
	[RASD_CUE_THAT] = "that",
	[RASD_CUE_PART_PREP] = "part_prep",
	[RASD_CUE_AFFILIATION] = "affiliation",
	[RASD_CUE_INDEFINITE] = "indefinite",
	[RASD_CUE_COORDINATOR] = "coordinator",
	[RASD_CUE_CONJUNCTION] = "conjunction",
	[RASD_CUE_DEMONSTRATIVE] = "demonstrative",
	[RASD_CUE_ADDRESSEE] = "addressee",
	[RASD_CUE_QUOTE_PREP] = "quote_prep",
	[RASD_CUE_SPEAKER_END] = "speaker_end",
	[RASD_CUE_CONTINUATION] = "continuation",
	[RASD_CUE_PRONOUN] = "pronoun",
	[RASD_CUE_PRONOUN_VERB] = "pronoun_verb",
	[RASD_CUE_NAME_STOP] = "name_stop",
	[RASD_CUE_TITLE_PREP] = "title_prep",
	[RASD_CUE_TOLL] = "toll",
	[RASD_CUE_TOLL_TO] = "toll_to",
	[RASD_CUE_THINGS_PREP] = "things_prep",
	[RASD_CUE_SPEAKER_IN] = "speaker_in",
	[RASD_CUE_ENVOY] = "envoy",
	[RASD_CUE_ENVOY_TO] = "envoy_to",
	[RASD_CUE_BASED] = "based",
	[RASD_CUE_FIRED] = "fired",
	[RASD_CUE_ORIGIN_SKIP] = "origin_skip",
	[RASD_CUE_FROM] = "from",
	[RASD_CUE_DIRECTION] = "direction",
	[RASD_CUE_COMPASS] = "compass",
	[RASD_CUE_COMPASS_POINT] = "compass_point",
	[RASD_CUE_COMPASS_OF] = "compass_of",
	[RASD_CUE_COUNTRYSIDE] = "countryside",
	[RASD_CUE_REGION_AFTER] = "region_after",
	[RASD_CUE_LOCATIVE] = "locative",
	[RASD_CUE_ORDINARY] = "ordinary",
	[RASD_CUE_QUESTION] = "question",
	[RASD_CUE_QUESTION_TITLE] = "question_title",
	[RASD_CUE_STILL] = "still",
	[RASD_CUE_LIST_LINK] = "list_link",
	[RASD_CUE_CLAUSE_OPEN] = "clause_open",
	[RASD_CUE_VICTIMS_OF] = "victims_of",
	[RASD_CUE_ARTICLE] = "article",
	[RASD_CUE_PART_WORD] = "part_word",
	[RASD_CUE_BLAME] = "blame",
	[RASD_CUE_RELATIVE] = "relative",
	[RASD_CUE_HAZARD] = "hazard",
	[RASD_CUE_BETWEEN] = "between",
	[RASD_CUE_WHEN] = "when",
	[RASD_CUE_ONE_OF] = "one_of",
	[RASD_CUE_AMONG] = "among",
	[RASD_CUE_LIFE] = "life",
	[RASD_CUE_SINCE] = "since",
	[RASD_CUE_CAUSE] = "cause",
	[RASD_CUE_UNIT_SIZE] = "unit_size",
	[RASD_CUE_PERIOD] = "period",
	[RASD_CUE_PAST] = "past",
	[RASD_CUE_NATIONALITY] = "nationality",
	[RASD_CUE_RUN_BY] = "run_by",
	[RASD_CUE_DESCRIPTION] = "description",
	[RASD_CUE_CONTRAST] = "contrast",
	[RASD_CUE_PARTITIVE] = "partitive",
	[RASD_CUE_EARLIER] = "earlier",
	[RASD_CUE_RISE] = "rise",
	[RASD_CUE_COMMON] = "common",
	[RASD_CUE_AFTER] = "after",
	[RASD_CUE_BEFORE] = "before",
	[RASD_CUE_ANNIVERSARY] = "anniversary",
	[RASD_CUE_SPAN] = "span",
	[RASD_CUE_REST_OF] = "rest_of",
	[RASD_CUE_RECEIVED] = "received",
	[RASD_CUE_ALONE] = "alone",
	[RASD_CUE_INITIAL] = "initial",
	[RASD_CUE_UPDATED] = "updated",
	[RASD_CUE_LATER] = "later",
	[RASD_CUE_PASSAGE] = "passage",
	[RASD_CUE_HOMOGRAPH] = "homograph",
	[RASD_CUE_PROTESTED] = "protested",
	[RASD_CUE_DURING] = "during",
	[RASD_CUE_BARE] = "bare",
	[RASD_CUE_COMPANY] = "company",
	[RASD_CUE_UNDERGO] = "undergo",
	[RASD_CUE_CROWD] = "crowd",
	[RASD_CUE_TARGET] = "target",
	[RASD_CUE_TO_PLACE] = "to_place",
	[RASD_CUE_PAGE_LABEL] = "page_label",
	[RASD_CUE_STORY_LIST] = "story_list",
	[RASD_CUE_TITLE_WORD] = "title_word",
	[RASD_CUE_OCCASION] = "occasion",
	[RASD_CUE_UNARMED_TARGET] = "unarmed_target",
	[RASD_CUE_ARMED_TARGET] = "armed_target",
	[RASD_CUE_ADDITION] = "addition",
	[RASD_CUE_CONDITION] = "condition",
	[RASD_CUE_AGE] = "age",
	[RASD_CUE_ATTACKER] = "attacker",
	[RASD_CUE_INTERCEPTED] = "intercepted",
	[RASD_CUE_WITHIN_DAY] = "within_day",
	[RASD_CUE_LOSS] = "loss",
	[RASD_CUE_RESCUED] = "rescued",
	[RASD_CUE_TREATED] = "treated",
	[RASD_CUE_RESULT_PREP] = "result_prep",
	[RASD_CUE_MODAL] = "modal",
	[RASD_CUE_HABITUAL] = "habitual",
	[RASD_CUE_NIGHT] = "night",
	[RASD_CUE_DAWN] = "dawn",
	[RASD_CUE_WAR] = "war",
	[RASD_CUE_NEAR] = "near",
	[RASD_CUE_ALONGSIDE] = "alongside",
	[RASD_CUE_RESPONSE] = "response",
	[RASD_CUE_SUPPORT] = "support",
	[RASD_CUE_RAID] = "raid",
	[RASD_CUE_AIRCRAFT] = "aircraft",
	[RASD_CUE_EQUIPPED] = "equipped",
	[RASD_CUE_SHARE] = "share",
	[RASD_CUE_BOMBING] = "bombing",
	[RASD_CUE_AIR_FORCE] = "air_force",
	[RASD_CUE_FIRE_OBJECT] = "fire_object",
	[RASD_CUE_FIRE_VERB] = "fire_verb",
	[RASD_CUE_JUSTICE] = "justice",
	[RASD_CUE_BODY] = "body",
	[RASD_CUE_SENTENCE] = "sentence",
	[RASD_CUE_CARRIED_OUT] = "carried_out",
	[RASD_CUE_ALLIES] = "allies",
	[RASD_CUE_POSSESSIVE] = "possessive",
	[RASD_CUE_RELEASED] = "released",
	[RASD_CUE_EXERCISE] = "exercise",
	[RASD_CUE_GOODS] = "goods",
	[RASD_CUE_REMAINS] = "remains",
	[RASD_CUE_CAUSED_BY] = "caused_by",
	[RASD_CUE_NP_LINK] = "np_link",
	[RASD_CUE_ANY] = "any",
	[RASD_CUE_AUXILIARY] = "auxiliary",
	[RASD_CUE_STATEMENT] = "statement",
	[RASD_CUE_UTTERANCE] = "utterance",
	[RASD_CUE_KIN] = "kin",
	[RASD_CUE_KIN_NOUN] = "kin_noun",
	[RASD_CUE_SEPARATE] = "separate",
	[RASD_CUE_TAIL_VERB] = "tail_verb",
	[RASD_CUE_SPEAKER_WORD] = "speaker_word",
	[RASD_CUE_KINDS] = "kinds",
	[RASD_CUE_ATTACK_SITE] = "attack_site",
};

_Static_assert(RASD_CUE__COUNT <= RASD_CUE_BITS, "a slot holds one bit per cue class");

const char *rasdp_cue_name(unsigned cue)
{
	return cue < RASD_CUE__COUNT ? cue_names[cue] : NULL;
}

int rasdp_cue_class(const char *name)
{
	int i;

	for (i = 0; i < RASD_CUE__COUNT; i++)
		if (cue_names[i] && !strcmp(cue_names[i], name))
			return i;
	return -1;
}

/* The slot holding `key`, or the empty slot where it would go. */
static struct rasdp_cue_slot *cue_slot(const struct rasd_lexicon *lx, const char *key,
				       size_t len, uint32_t hash)
{
	size_t i = hash & lx->cue_mask;

	while (lx->cues[i].key && !(lx->cues[i].hash == hash && lx->cues[i].len == len &&
				    !memcmp(lx->cues[i].key, key, len)))
		i = (i + 1) & lx->cue_mask;
	return &lx->cues[i];
}

static int cues_grow(struct rasd_lexicon *lx)
{
	size_t cap = lx->cues ? (lx->cue_mask + 1) * 2 : 256, i;
	struct rasdp_cue_slot *old = lx->cues;
	size_t old_cap = old ? lx->cue_mask + 1 : 0;

	lx->cues = calloc(cap, sizeof(*lx->cues));
	if (!lx->cues) {
		lx->cues = old;
		return RASD_ENOMEM;
	}
	lx->cue_mask = cap - 1;
	for (i = 0; i < old_cap; i++)
		if (old[i].key)
			*cue_slot(lx, old[i].key, old[i].len, old[i].hash) = old[i];
	free(old);
	return 0;
}

int rasdp_cue_add(struct rasd_lexicon *lx, enum rasd_cue cue, const char *form, size_t len)
{
	struct rasdp_cue_slot *slot;
	const char *key;
	size_t klen;
	uint32_t hash;
	int rc;

	rc = rasdp_trie_word_key(lx, form, len, &key, &klen);
	if (rc)
		return rc;
	if ((lx->ncues + 1) * 2 > (lx->cues ? lx->cue_mask + 1 : 0) && cues_grow(lx))
		return RASD_ENOMEM;
	hash = rasdp_key_hash(key, klen);
	slot = cue_slot(lx, key, klen, hash);
	if (!slot->key) {
		slot->key = key;
		slot->len = (uint32_t)klen;
		slot->hash = hash;
		lx->ncues++;
	}
	if (cue == RASD_CUE_DUAL)
		slot->dual = 1;
	else
		rasdp_cues_set(&slot->classes, cue);
	return 0;
}

const struct rasdp_cues *rasdp_cue_classes(const struct rasd_lexicon *lx, const char *key,
					   size_t len, uint32_t hash)
{
	const struct rasdp_cue_slot *slot;

	if (!lx->cues)
		return NULL;
	slot = cue_slot(lx, key, len, hash);
	return slot->key ? &slot->classes : NULL;
}

/* Is key[0..len) a word of class `cue`? */
static int key_is(const struct rasd_lexicon *lx, const char *key, size_t len, unsigned cue)
{
	const struct rasdp_cues *m = rasdp_cue_classes(lx, key, len, rasdp_key_hash(key, len));

	return m && rasdp_cues_has(m, cue);
}

void rasdp_lex_key_cues(const struct rasd_lexicon *lx, const char *w, size_t len,
			struct rasdp_cues *cues, int *dual)
{
	const struct rasdp_cue_slot *slot;

	*dual = 0;
	memset(cues, 0, sizeof(*cues));
	if (!lx || !lx->cues)
		return;
	slot = cue_slot(lx, w, len, rasdp_key_hash(w, len));
	if (!slot->key)
		return;
	*dual = slot->dual;
	*cues = slot->classes;
}

int rasdp_lex_cue(const struct rasd_lexicon *lx, const struct rasd_doc *d, size_t t,
		  enum rasd_cue cue)
{
	const struct rasd_token *tok;
	unsigned k;

	if (!lx->cues || t >= d->ntoks)
		return 0;
	/* screened: the token's classes were looked up once (screen.c) */
	if (d->cue)
		return rasdp_cues_has(&d->cue_masks[d->cue[t]], cue);
	tok = &d->toks[t];
	if (!tok->nkeys) {
		size_t len;
		const char *s = rasdp_tok_norm(d, tok, &len);

		return key_is(lx, s, len, cue);
	}
	for (k = 0; k < tok->nkeys; k++) {
		size_t len;
		const char *s = rasdp_tok_key(d, tok, k, &len);

		if (key_is(lx, s, len, cue))
			return 1;
	}
	return 0;
}
