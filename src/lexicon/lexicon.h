/*
 * lexicon.h - reviewed TSV lexicons and the one-pass multi-pattern matcher.
 *
 * All lexicons (gazetteer, actors, sources, event triggers, casualty words,
 * reporting verbs, negations and denials, counted groups) are compiled into
 * one trie over normalised token keys (see rasdp_token_keys()).  Matching
 * walks the trie from each token, trying each of the token's keys, and
 * reports every entry that ends there; rasdp_match_doc() then keeps, per
 * kind, the longest match at each position.  The trie is built once per
 * engine and is read-only afterwards, so threads share it.  The cue words
 * of cues.tsv are single words the extractor asks a token about; they are
 * keyed the same way but kept in a set of their own (rasdp_lex_cue()).
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
#include "lexicon/cues.h"

/* sources.tsv `describes` of a definite description that names again a source named before */
#define RASD_DESCRIBES_NAME "name"

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

/*
 * How much context a place name needs before the extractor takes it
 * (places.tsv column `match`): villages share names with each other and
 * with ordinary words.
 */
enum rasd_place_match {
	RASD_PLACE_MATCH_ALWAYS = 0, /* a name that is a place wherever it occurs */
	RASD_PLACE_MATCH_CONTEXT,    /* its governorate or district named, or a locative cue */
	RASD_PLACE_MATCH_CUE,        /* also an ordinary word: only after a locative cue */
};

struct rasd_place {
	const char *id;          /* e.g. "SY0200" (P-code) or "gn:170..." */
	const char *name_en, *name_ar;
	const char *pcode;       /* OCHA P-code (Syria), else the admin1 code
				    ("YE.20"); never NULL, "" when none */
	char country[3];         /* ISO 3166 code; "SY" unless the row says */
	uint8_t kind;            /* enum rasd_place_kind */
	uint8_t match;           /* enum rasd_place_match */
	int32_t admin1;          /* index of the governorate place, or -1 */
	int32_t admin2;          /* index of the district place, or -1 */
	int32_t admin3;          /* index of the subdistrict place, or -1 */
	double lat, lon;         /* 0, 0: no point of its own */
	uint32_t population;
};

struct rasd_actor {
	const char *id;          /* "isis", "russia_forces", "8th_brigade" */
	const char *name_en, *name_ar;
	uint8_t inter;           /* ACLED actor type 1-8 */
	uint8_t state;           /* 1: its country's state forces (actors.tsv `state`) */
	int32_t parent;          /* affiliation: index of parent actor, or -1 */
	const char *country;     /* ISO code of a state actor, or NULL */
	int32_t voice;           /* the source it speaks as (actor_voice()), or -1 */
	const char *generic;     /* its forms naming no country, "|"-separated, or NULL */
};

struct rasd_source {
	const char *id;          /* "reuters", "sana", "local_sources" */
	const char *name;        /* display name, "Reuters" */
	const char *kind;        /* agency|outlet|monitor|official|local|correspondent|government|media */
	int32_t actor;           /* actor the source speaks for, or -1 */
	const char *describes;   /* a description ("a monitor"): the kind of the named source it fits,
				    RASD_DESCRIBES_NAME ("the ministry": the source named before whose
				    name holds its word), or NULL */
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

/* The name of a casualty kind in casualty.tsv ("killed"), or NULL out of range. */
const char *rasdp_casualty_kind_name(unsigned kind);

struct rasd_casualty {
	uint8_t kind;            /* enum rasd_casualty_kind */
	uint8_t noun;            /* a noun counted by a number ("قتيلا", "dead") vs a verb */
	uint8_t tail;            /* the end of a verb's phrase, its object before it: (took 3) into custody */
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
	RASD_NEG_CEASE,          /* a stop, which a negator turns into going on: توقف، stopped */
	RASD_NEG_RELEASE,        /* a release, no arrest: أفرجت عن، freed */
	RASD_NEG_REJECT,         /* a figure judged false: مبالغ فيها، exaggerated */
	RASD_NEG_FUTURE,         /* what did not happen, only feared, threatened or planned: warned of، توعد
				    (the last kind: lexcache_payload.c checks it) */
};

struct rasd_negation {
	uint8_t kind;
};

struct rasd_group {
	const char *id;          /* civilians, children, women, soldiers, fighters, leaders, members */
	const char *label;       /* English label */
	uint8_t one;             /* the forms name one person ("مقتل شاب", "a civilian") */
	uint8_t two;             /* the forms are duals naming two ("حارسان", "مسؤولين") */
};

/*
 * cues.tsv: the function words and short cues the extractor asks a token
 * about ("is it a word that opens a part of a count?").  The classes are
 * the questions, fixed here; their words are data.  data/README.md says
 * what each class means.
 */
enum rasd_cue {
	RASD_CUE_SUBSET = 0,     /* opens a part of a count: بينهم، including */
	RASD_CUE_RANKS,          /* "in the ranks of", before a part: صفوف */
	RASD_CUE_THAT,           /* opens what a denial denies: أن، that */
	RASD_CUE_PART_PREP,      /* between a negator and an actor: من، by, of */
	RASD_CUE_AFFILIATION,    /* an actor named as affiliation: تابع، backed */
	RASD_CUE_INDEFINITE,     /* a, an, one */
	RASD_CUE_COORDINATOR,    /* ends the clause of a casualty word: and, while */
	RASD_CUE_CONJUNCTION,    /* joins killed and wounded: و، and, or */
	RASD_CUE_DEMONSTRATIVE,  /* "this explosion": هذا، this */
	RASD_CUE_ADDRESSEE,      /* before an addressee: ل، told, to */
	RASD_CUE_QUOTE_PREP,     /* before a quoted speaker: عن، citing */
	RASD_CUE_SPEAKER_END,    /* ends a speaker's description: قوله، that */
	RASD_CUE_CONTINUATION,   /* opens a sentence the last speaker goes on in */
	RASD_CUE_PRONOUN,        /* he, she, they, it */
	RASD_CUE_PRONOUN_VERB,   /* after a pronoun, goes on speaking: added, said */
	RASD_CUE_NAME_STOP,      /* no part of a person's name: في، and */
	RASD_CUE_TITLE_PREP,     /* between a title and its place: في، to */
	RASD_CUE_TOLL,           /* a toll: حصيلة، toll */
	RASD_CUE_TOLL_TO,        /* a toll reaching its number: إلى، reached */
	RASD_CUE_THINGS_PREP,    /* parts a number from a noun of things: في، in */
	RASD_CUE_SPEAKER_IN,     /* a speaker's place: في، in */
	RASD_CUE_ENVOY,          /* an envoy to a place: سفير، ambassador */
	RASD_CUE_ENVOY_TO,       /* after an envoy: لدى، to */
	RASD_CUE_BASED,          /* after a place, where a speaker is: based */
	RASD_CUE_FIRED,          /* fire sent from a place: أطلقت، fired */
	RASD_CUE_ORIGIN_SKIP,    /* between "from" and the place: المحتل، the */
	RASD_CUE_FROM,           /* "from" of where fire came from: من، from */
	RASD_CUE_DIRECTION,      /* "من اتجاه X", from the direction of X */
	RASD_CUE_COMPASS,        /* before a place, a part of it: شرقي، eastern */
	RASD_CUE_COMPASS_POINT,  /* before "of" and a place: east */
	RASD_CUE_COMPASS_OF,     /* "east of": of */
	RASD_CUE_COUNTRYSIDE,    /* before a governorate, its countryside: ريف */
	RASD_CUE_REGION_AFTER,   /* after a governorate, all of it: countryside */
	RASD_CUE_VICTIMS_OF,     /* "a commander of X": في، of */
	RASD_CUE_ARTICLE,        /* the */
	RASD_CUE_PART_WORD,      /* taking part: شارك، participated */
	RASD_CUE_BLAME,          /* the blame for a deed, which a denial denies: مسؤولية، responsibility */
	RASD_CUE_RELATIVE,       /* "X, which denied": التي، which */
	RASD_CUE_HAZARD,         /* a cause of harm that is no violence: زلزال، flood */
	RASD_CUE_BETWEEN,        /* "between X and Y": places that bound one event */
	RASD_CUE_WHEN,           /* after a date, opens what happened then: عندما، when */
	RASD_CUE_ONE_OF,         /* one person of a group: أحد عناصر، another */
	RASD_CUE_AMONG,          /* "among the dead": بين القتلى */
	RASD_CUE_LIFE,           /* "lost their lives": فقدوا حياتهم */
	RASD_CUE_SINCE,          /* a toll over a period: منذ، since */
	RASD_CUE_CAUSE,          /* a death not by violence: زلزال، earthquake */
	RASD_CUE_UNIT_SIZE,      /* a number sizing a unit: مكونة، strong */
	RASD_CUE_PERIOD,         /* a unit of time after a number: أيام، years */
	RASD_CUE_PAST,           /* a period just gone: الماضية، last */
	RASD_CUE_LOCATIVE,       /* before a place, names its kind: قرية، village */
	RASD_CUE_ORDINARY,       /* a place name that is also an ordinary word (ordinary.tsv) */
	RASD_CUE_QUESTION,       /* opens a question: هل، لماذا، what, why */
	RASD_CUE_QUESTION_TITLE, /* opens a question in a title only: ما (elsewhere also "not") */
	RASD_CUE_STILL,          /* after ما, makes it "still", no question: زال، يزال */
	RASD_CUE_NATIONALITY,    /* a country's adjective: اللبناني، Lebanese */
	RASD_CUE_RUN_BY,         /* "Hamas-run ministry": run, led */
	RASD_CUE_DESCRIPTION,    /* names a source again by what it is: المصدر، the monitor */
	RASD_CUE_CONTRAST,       /* sets a clause against another: بينما، while */
	RASD_CUE_LIST_LINK,      /* between places of one list: إضافة، including, of */
	RASD_CUE_CLAUSE_OPEN,    /* opens a clause of another event: حيث، meanwhile */
	RASD_CUE_PARTITIVE,      /* after a number, "of them": منهم، them (after "of") */
	RASD_CUE_EARLIER,        /* a toll as it first stood: أولية، initially */
	RASD_CUE_RISE,           /* a toll rising to a number: ارتفعت، rose */
	RASD_CUE_COMMON,         /* an ordinary English word: no place's spelling variant (common.tsv) */
	RASD_CUE_AFTER,          /* opens an earlier happening: بعد، إثر، after, following */
	RASD_CUE_BEFORE,         /* before a word of rising, the toll as it stood: قبل، before, prior */
	RASD_CUE_ANNIVERSARY,    /* a past happening as a mark of time: ذكرى، anniversary */
	RASD_CUE_SPAN,           /* a span of time longer than days: عام، years */
	RASD_CUE_REST_OF,        /* before an area, the rest of it: أخرى، other, elsewhere */
	RASD_CUE_RECEIVED,       /* what one hospital or team took in: استقبل، انتشال، arrived, pulled */
	RASD_CUE_ALONE,          /* a place's own share of a toll: وحدها، alone */
	RASD_CUE_INITIAL,        /* a first count, before an updated one: أولية، initial */
	RASD_CUE_UPDATED,        /* beside a toll word, a count that replaces one: محدثة، updated */
	RASD_CUE_LATER,          /* a count told after another, replacing it: لاحقا، later */
	RASD_CUE_PASSAGE,        /* a passing, of time only before a span: مرور */
	RASD_CUE_HOMOGRAPH,      /* a cue word of two types, two words: مسيرة (a drone, a march) */
	RASD_CUE_PROTESTED,      /* what a protest is against: ضد، احتجاجا، against, condemning */
	RASD_CUE_DURING,         /* a period all through: خلال، طوال، during, over, throughout */
	RASD_CUE_BARE,           /* a cue word only in company: strike (an attack or a walkout) */
	RASD_CUE_COMPANY,        /* beside a bare cue word, its company: killed, wounded, deadly */
	RASD_CUE_UNDERGO,        /* a verb of undergoing, a cue only before one of violence: تعرض */
	RASD_CUE_CROWD,          /* a crowd told: a march, not a drone: نظم، هتافات، ساحة */
	RASD_CUE_TARGET,         /* after a word of violence, the side it falls on: على، ضد، on, against */
	RASD_CUE_TO_PLACE,       /* before a name, makes it a place: إلى، في، to, in */
	RASD_CUE_PAGE_LABEL,     /* opens a page's keywords or links: وسوم، Tags, Related */
	RASD_CUE_OCCASION,       /* where a speaker spoke: زيارة، مقابلة، visit, interview */
	RASD_CUE_UNARMED_TARGET, /* what an attack hit, unarmed: قرية، منازل، رعاة، village, farmers */
	RASD_CUE_ARMED_TARGET,   /* what an attack hit, armed: حاجز، دورية، checkpoint, patrol */
	RASD_CUE_ADDITION,       /* a count added to one told before: another, remaining, more */
	RASD_CUE_CONDITION,      /* ends a word of the wounded's condition: حرجة، critically, condition */
	RASD_CUE_AGE,            /* before a number, an age: عمر، aged, age */
	RASD_CUE_ATTACKER,       /* opens a noun of the dead that names attackers: انتحاري، suicide */
	RASD_CUE_INTERCEPTED,    /* a verb of downing, its object no strike: أسقطت، اعترضت، downed */
	RASD_CUE_WITHIN_DAY,     /* a period shorter than a day: ساعات، دقائق، hours, minutes */
	RASD_CUE_LOSS,           /* a side's loss of its own people, a killed toll: lost, خسر */
	RASD_CUE_RESCUED,        /* people saved, no missing: rescued, alive, أنقذ، أحياء */
	RASD_CUE_TREATED,        /* a verb of care whose object is the casualties: treated, عالج */
	RASD_CUE_RESULT_PREP,    /* after a verb of harm, what caused it, no object: جراء، نتيجة، as, due */
	RASD_CUE_MODAL,          /* before a verb, not yet done: سوف، will, would, expected */
	RASD_CUE_HABITUAL,       /* next to a verb, a practice, not one deed: مرارا، دائما، always, repeatedly */
	RASD_CUE_NIGHT,          /* beside a day, its night: ليلة، مساء، night, overnight */
	RASD_CUE_DAWN,           /* beside a day, its dawn: فجر، dawn, daybreak */
	RASD_CUE_WAR,            /* a whole war or intervention as a span: الحرب، التدخل، war, intervention */
	RASD_CUE_ALONGSIDE,      /* before a count, with it counted alike: جانب، alongside, along (with) */
	RASD_CUE_RESPONSE,       /* before a cue, what a deed answered, not the deed: ردا، انتقاما، response, retaliation */
	RASD_CUE_SUPPORT,        /* before a cue, the support of a fight, not the deed: إسناد، غطاء، backed, cover */
	RASD_CUE_RAID,           /* a raid, from the air with an aircraft beside it, else on the ground: raid, raids */
	RASD_CUE_AIRCRAFT,       /* an aircraft, a raid beside it from the air: aircraft, jets */
	RASD_CUE_EQUIPPED,       /* before a cue, a weapon carried, no deed: مزودة، مجهزة، equipped, fitted */
	RASD_CUE_SHARE,          /* opens an aside telling what most of a count were: معظمهم، mostly, all */
	RASD_CUE_BOMBING,        /* a bombing, from the air with an aircraft or an air force's owner beside it, else a bomb: bombing, bombs */
	RASD_CUE_AIR_FORCE,      /* right before a bombing, who bombs from the air: regime, coalition, Russian */
	RASD_CUE_FIRE_OBJECT,    /* fire as a verb's object, a cue only after a verb of firing: النار على */
	RASD_CUE_FIRE_VERB,      /* a verb of firing, its subject before its object: فتحت، أطلقت */
	RASD_CUE_JUSTICE,        /* a judgement of a deed done before: محاكمة، حكمت، sentenced, trial */
	RASD_CUE_BODY,           /* the head noun of an organisation that may speak: لجنة، هيئة، committee, council */
	RASD_CUE_SENTENCE,       /* near a word of death, a verdict, no killing: sentenced, verdict, حكم، أحكام */
	RASD_CUE_CARRIED_OUT,    /* beside a verdict, it was carried out, a killing: carried, نفذ، تنفيذ */
	RASD_CUE_ALLIES,         /* after "and" and a pronoun, a side's allies counted with it: allies, حلفاء */
	RASD_CUE_POSSESSIVE,     /* a possessive or determiner before a noun, no verb: his, her, the, other */
	RASD_CUE_RELEASED,       /* captives set free, no arrest: released, exchange, أفرج، تبادل */
	RASD_CUE_EXERCISE,       /* a drill or a parade, its weapons no attack: exercises, parade, مناورات */
	RASD_CUE_GOODS,          /* before a weapon, a thing traded, stored or cleared: sale, cache, صفقة، مخبأ */
	RASD_CUE_STORY_LIST,     /* opens a list of other stories' headlines: Related */
	RASD_CUE_TITLE_WORD,     /* a small word a title in title case keeps lower-case: in, of, at */
	RASD_CUE_NP_LINK,        /* after people counted, opens a phrase telling who they are: of, at, who, من، في، الذين */
	RASD_CUE_ANY,            /* before a person's noun under a negator or a denial, nobody: أي، any */
	RASD_CUE_NEAR,           /* after a terrain word, the town it lies around: near, قرب */
	RASD_CUE_AUXILIARY,      /* after a count and its people, the verb of its own clause: were, was, have */
	RASD_CUE_STATEMENT,      /* a verb of a stance taken, its day the statement's: أدان، condemned */
	RASD_CUE_UTTERANCE,      /* a text a speaker gives out, which a medium carries: بيان، statement */
	RASD_CUE_KIN,            /* right before a count, kin of the person before it: her (three), أطفالها (الثلاثة) */
	RASD_CUE_KIN_NOUN,       /* after a count opened by a bare possessive, the kin it counts: (her three) children */
	RASD_CUE_CAUSED_BY,      /* a happening put down to its cause: blamed, due, بسبب، نتيجة */
	RASD_CUE_REMAINS,        /* the bodies or remains of the dead, handed over or brought home: remains, رفات */
	RASD_CUE_SEPARATE,       /* opening a sentence, another happening told besides: منفصل، separate */
	RASD_CUE_TAIL_VERB,      /* a verb whose object a casualty tail closes: took (3) into custody, وضعت (3) رهن */
	RASD_CUE_SPEAKER_WORD,   /* a speaker named by what they are, before "in" a place: spokesman */
	RASD_CUE_KINDS,          /* a plural noun of happenings, a kind counted over a period: blasts, هجمات */
	RASD_CUE_ATTACK_SITE,    /* after an attack, where it happened, no object of it: at, near, عند، قرب */
	RASD_CUE__COUNT,
	/*
	 * Not a class of cues.tsv but a flag of its cue word, kept apart
	 * from its classes (never a bit of a struct rasdp_cues): a dual of a
	 * thing or of time, a count of two, صاروخين، يومين (duals.tsv).
	 * rasdp_cue_add() takes it.
	 */
	RASD_CUE_DUAL = RASD_CUE__COUNT
};
_Static_assert(RASD_CUE__COUNT <= RASD_CUE_BITS,
	       "the cue classes outgrow struct rasdp_cues: raise RASD_CUE_WORDS (lexicon/cues.h)");

/* The name of a cue class in cues.tsv ("subset"), or NULL out of range. */
const char *rasdp_cue_name(unsigned cue);

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
/* Does `text` name actor `a` by one of its forms naming no country (actors.tsv `generic`)? */
int rasdp_actor_generic(const struct rasd_lexicon *lx, int32_t a, const char *text, size_t len);
const struct rasd_source *rasdp_lex_source(const struct rasd_lexicon *lx, size_t i);
const struct rasd_trigger *rasdp_lex_trigger(const struct rasd_lexicon *lx, size_t i);
const struct rasd_casualty *rasdp_lex_casualty(const struct rasd_lexicon *lx, size_t i);
const struct rasd_speech *rasdp_lex_speech(const struct rasd_lexicon *lx, size_t i);
const struct rasd_negation *rasdp_lex_negation(const struct rasd_lexicon *lx, size_t i);
/*
 * Does negation entry `i` set its clause apart from the report's events:
 * another time (`background`: "during the civil war") or what did not
 * happen (`future`: "warned it would shell")?
 */
int rasdp_lex_negation_apart(const struct rasd_lexicon *lx, size_t i);
const struct rasd_group *rasdp_lex_group(const struct rasd_lexicon *lx, size_t i);

/* The governorate of place `p`: itself when it is one; -1 for none (or p < 0). */
int32_t rasdp_lex_governorate(const struct rasd_lexicon *lx, int32_t p);

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
 * The source a report's outlet is ("syriahr.com", "https://www.sana.sy/...",
 * "english.enabbaladi.net", or a name: "SANA"): by the `domains` of
 * sources.tsv (the host, then the host without its first labels, down to
 * two), else by name; -1 if none.  The report's own voice is that source's.
 */
int32_t rasdp_lex_outlet_source(const struct rasd_lexicon *lx, const char *outlet);

/*
 * Every entry of kind `k` that `text` names as a whole (a town and the
 * subdistrict named after it), lowest index first, at most `max` into
 * `out`; returns how many.  rasdp_lex_lookup() returns the first of them.
 */
size_t rasdp_lex_lookup_all(const struct rasd_lexicon *lx, enum rasd_lex_kind k,
			    const char *text, size_t len, int32_t *out, size_t max);

/*
 * Is token `t` of `d` a word of cue class `cue`: is one of its match keys
 * (the word, then the word with its proclitics peeled) the key of a form of
 * that class?  So "وبصفوف" is the form "صفوف", and "التي" the form "التي".
 */
int rasdp_lex_cue(const struct rasd_lexicon *lx, const struct rasd_doc *d, size_t t,
		  enum rasd_cue cue);

/*
 * The cue classes (enum rasd_cue) of the one key w[0..len) as it stands,
 * normalised and without the article, no proclitic peeled, into *cues;
 * the empty set when it is no cue word or `lx` is NULL.  *dual is set when it is a dual of
 * duals.tsv (RASD_CUE_DUAL).  For a stage that peels a word its own way:
 * the number reader asks it for the duals after the proclitics it reads.
 */
void rasdp_lex_key_cues(const struct rasd_lexicon *lx, const char *w, size_t len,
			struct rasdp_cues *cues, int *dual);

/*
 * The token screen (screen.c): fill d->screen, d->cue and d->cue_masks,
 * saying for each token which patterns may start there and which cue
 * classes it belongs to.  Run right after rasdp_segment(); the stages
 * after it try their patterns only where the screen lets them.
 */
int rasdp_screen_doc(const struct rasd_lexicon *lx, struct rasd_doc *d);

/*
 * Run the matcher over d->toks and fill d->matches, sorted by tok_start,
 * keeping for each kind and start token only the longest match; overlapping
 * matches of different kinds are all kept (the extractor arbitrates).
 */
int rasdp_match_doc(const struct rasd_lexicon *lx, struct rasd_doc *d);

/*
 * The Latin key of one normalised Latin word w[0..n) (latin.c: spelling
 * variants of a transliteration share it: "jassem", "jasim" -> "jasim")
 * into out[0..cap), not terminated; returns its length, or 0 when the word
 * has none (not plain letters, a key under three letters, too long).  The
 * article (al, el, ad, ash ...) has the key "al".
 */
size_t rasdp_latin_key(const char *w, size_t n, char *out, size_t cap);

/*
 * Is the normalised Latin word w[0..n) the article (al, el, ad, ash ...):
 * the word rasdp_latin_key() gives the key "al", without making the key.
 */
int rasdp_latin_is_article(const char *w, size_t n);

/*
 * Are two Latin display names ("Idleb", "Idlib"; "Al-Hasakeh", "Al
 * Hasakah") the same name word by word through their Latin keys?
 */
int rasdp_latin_name_eq(const char *a, const char *b);

/*
 * Is `type` one of ACLED's six event types and `sub` (or NULL: any) one of
 * its sub-event types?
 */
int rasdp_acled_valid(const char *type, const char *sub);

#endif
