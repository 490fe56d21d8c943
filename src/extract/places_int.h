/*
 * places_int.h - declarations shared by the files of places (stage 6,
 * events_int.h): which names are places (place_names.c), where a
 * sentence locates its event (sentence_place.c), and which place is each
 * event's (place_decision.c).  Their calls into the other stages, and the
 * other stages' into them, are in events_int.h.
 */
#ifndef RASD_PLACES_INT_H
#define RASD_PLACES_INT_H

#include "extract/events_int.h"

/* Places closer than this to another place of the report are its neighbours. */
#define NEAR_KM 20.0

/* ---- place_names.c ----------------------------------------------------- */

/* How many place names of the report are in governorate or district `a`. */
int32_t rasdp_admin_mentions(const struct rasdp_ctx *c, int32_t a);

/* "قرية X", "بلدة X", "the village of X": a word naming what kind of place follows. */
int rasdp_locative_before(const struct rasd_doc *d, uint32_t t);

/*
 * Is `p` a region of a country named by an everyday word (places-regions.tsv,
 * `match` `cue`: "الجنوب", "the south" of Lebanon)?  It stands for its
 * governorate (`admin1`).
 */
int rasdp_word_region(const struct rasd_place *p);

/*
 * The place name before the list member starting at token `t`, joined to
 * it ("و" written onto it, "and", a comma; with `conj`, "و" or "and"
 * only): the token it starts at, or UINT32_MAX when none.
 */
uint32_t rasdp_member_before(const struct rasd_doc *d, uint32_t t, int conj);

/*
 * Are tokens `t` and `t + 1` written as one word joined by hyphens
 * ("Binnish-Idlib", "Homs-Hama"), with no space between?
 */
int rasdp_hyphened(const struct rasd_doc *d, uint32_t t);

/* Is place entry `qi` place entry `pi` or one of the areas that hold it? */
int rasdp_within(const struct rasd_lexicon *lx, uint32_t pi, uint32_t qi);

/* ---- place_border.c ---------------------------------------------------- */

/*
 * Is the name of place matches [i, j) a city or town of one country only
 * that a preposition of place places ("in Tel Aviv", "في كلس"), with no
 * word of a kind of place beside it ("the village of X", "X village")?  Kept though the report
 * names that country nowhere else (rasdp_read_places()).
 */
int rasdp_border_place(const struct rasdp_ctx *c, size_t i, size_t j);
/* Are matches [i, j) (one name) the names of places of one country? */
int rasdp_one_country(const struct rasdp_ctx *c, size_t i, size_t j);

/* ---- sentence_place.c -------------------------------------------------- */

/*
 * Does a verb of speech.tsv start at token `t`: of any kind with `kinds`
 * 0, else of a kind whose bit (1u << kind) is in `kinds`?
 */
int rasdp_speech_at(const struct rasdp_ctx *c, uint32_t t, unsigned kinds);

/*
 * The area place `p` (named by matches [i, j)) stands for as a region or
 * a container: the coarsest administrative entry of the name (its
 * governorate for "ريف حمص" and for "بلدة كويا في درعا", the district for
 * "بادية تدمر"); a name of no administrative area is the town itself
 * ("a camp in Qah village": the camp is in the village).
 */
int32_t rasdp_area_of(const struct rasdp_ctx *c, size_t i, size_t j, int32_t p);

/*
 * Among the entries matched by one surface form (several places share
 * names), choose the one the rest of the report speaks for most (its
 * governorate and district named, a place near it), then the most precise
 * kind, then the most populous.  Places of one name one inside the other
 * (a town and its subdistrict) are one place at two levels: the most
 * precise is taken.  Two places of one name apart from each other that the
 * context does not tell apart give what they share (their district or
 * governorate), unless one is a known town and the other not: never a guess.
 */
int32_t rasdp_choose_place(const struct rasdp_ctx *c, size_t first, size_t last);

/*
 * Is place match `p` where fire came from, not where it struck: "missiles
 * were fired from the occupied Golan Heights", "launched from Idlib", "من
 * اتجاه الجولان السوري المحتل"?
 */
int rasdp_fire_origin(const struct rasd_doc *d, const struct rasd_match *p);
/*
 * Is place match `p` where people were taken or are stationed, not where
 * the event was: "نقل الجرحى إلى مشفى ... في X", "the wounded were transferred to
 * a hospital in X", "القوات المتمركزة في X", "troops stationed in X"?  So
 * is a member of a list whose member before it is: "إلى مستشفيات بيروت
 * والضاحية", "to hospitals in Tyre and Nabatieh".
 */
int rasdp_place_elsewhere(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			  const struct rasd_match *p);

int rasdp_has_point(const struct rasd_place *p);
/* Is `p` a part of a country ("eastern Syria"): a region of no governorate? */
int rasdp_country_part(const struct rasd_place *p);

/*
 * Does place match `m` of sentence `s` contain a place the gazetteer does
 * not know, named before it with a word of its kind: "في منطقة جبل الدويلة
 * التابعة لحارم", "بلدة كويا في درعا", "the village of Koaiyah in Daraa",
 * "Za'tara town near Nablus"?  A locative word (cues.tsv `locative`) a few
 * words back, with a word of no place and no cue between it and the place,
 * or just before it; no place named between, no clause break.  The event
 * is then somewhere in the area the name stands for, not at its town.
 */
int rasdp_holds_unknown(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			const struct rasd_match *m);

/* Is place `a` inside place `b` (its subdistrict, district or governorate)? */
int rasdp_inside(const struct rasd_lexicon *lx, int32_t a, int32_t b);
/*
 * The most precise place containing both `a` and `b` (their subdistrict,
 * district or governorate), or -1.
 */
int32_t rasdp_common_level(const struct rasd_lexicon *lx, int32_t a, int32_t b);

/* Distance in km between two points (equirectangular: places a few km apart). */
double rasdp_km(const struct rasd_place *a, const struct rasd_place *b);

/*
 * Is place match `m` named as a region of its governorate: a part of it
 * (REGION_PART), a point of the compass from it ("شرقي حمص", "east of
 * Homs", "eastern Homs") or its countryside ("بريف حمص الشرقي", "rural
 * Homs"), or the whole of it (REGION_WHOLE: "Homs countryside", "Homs
 * province"), or the terrain around a town (REGION_TERRAIN: "the Palmyra
 * desert", "the desert of Mayadeen": its district, no finer); 0 if not.
 */
enum { REGION_PART = 1, REGION_WHOLE, REGION_TERRAIN };

int rasdp_region_of(const struct rasd_doc *d, const struct rasd_match *m);
/*
 * The area place `p` (matches [i, j)) stands for as a region of kind
 * `region`: rasdp_area_of(), or the governorate of a town whose name
 * alone names the whole ("Dohuk province").
 */
int32_t rasdp_region_area(const struct rasdp_ctx *c, size_t i, size_t j, int32_t p, int region);

/*
 * End of the span of sentence `s` starting at match `i`: the matches
 * [i, end) name the same tokens (every entry of one name).
 */
size_t rasdp_sentence_span_end(const struct rasdp_ctx *c, const struct rasdp_sent *s, size_t i);

/*
 * Is place match `p` where a speaker is, not where the event was: right
 * after a source and "in" ("مراسل عنب بلدي في درعا", "our correspondent in
 * Idlib", "«سانا» في اللاذقية"); after an envoy's "to" ("Iran's ambassador to Damascus",
 * "سفير إيران في دمشق" is the first case); or an adjective of a speaker
 * ("a Damascus-affiliated official", "Damascus-based").
 */
int rasdp_speaker_base(const struct rasdp_ctx *c, const struct rasdp_sent *s,
		       const struct rasd_match *p);
/* Is source match `m` of sentence `s` an actor's name too ("the RSF", "the army")? (place_speaker.c) */
int rasdp_source_is_actor(const struct rasdp_ctx *c, const struct rasdp_sent *s,
			  const struct rasd_match *m);

/*
 * Is place match `m` named with a word of its kind ("مدينة دهوك", "the
 * village of X", "Duhok city")?
 */
int rasdp_named_with_kind(const struct rasd_doc *d, const struct rasd_match *m);
/*
 * Do the tokens from `t` (before `end`) give examples of the area named
 * before them: a region's word or two, a comma and a word that gives
 * examples (cues.tsv `list_link`, not "the" nor "of": ", such as",
 * ", including", "، منها"), or with no comma a word of a subset (cues.tsv
 * `subset`: "including", "منها")?  The token after the comma (the subset
 * word), or 0.
 */
uint32_t rasdp_examples_after(const struct rasd_doc *d, uint32_t t, uint32_t end);
/* Are `a` and `b` sites of one town (neighbourhoods or landmarks of one subdistrict)? */
int rasdp_one_town(const struct rasd_lexicon *lx, int32_t a, int32_t b);
/*
 * Is town `p`, named bare by match `m` ("في دهوك", "in Daraa"), the seat of
 * a governorate of its name while the report names another place of that
 * governorate outside the town (a town of another district, a village, a
 * landmark: "مصيف برخ بقضاء زاخو")?  The governorate then, else -1.  The
 * name may stand for the governorate rather than the town.
 */
int32_t rasdp_seat_elsewhere(const struct rasdp_ctx *c, const struct rasd_match *m, int32_t p);

/* ---- place_decision.c -------------------------------------------------- */

#endif
