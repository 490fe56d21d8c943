/*
 * test_extract.c - the stages of building events (src/extract), one group
 * of tests per stage, on sentences written for these tests.
 *
 * Each test runs the whole pipeline on its text (rasd_extract()), then
 * reads the sentences again with the driver's first pass (rasdp_read_sentence())
 * so that a stage's own decision can be asserted: a token predicate, a
 * negation, the speaker of a sentence, its place; and the events, figures
 * and participants the document ends with.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/engine.h"
#include "extract/events_int.h"

#ifndef RASD_SRCDIR
#define RASD_SRCDIR "."
#endif

static rasd_engine *engine;
static const struct rasd_lexicon *lx;

static int setup(void **state)
{
	rasd_err err;

	(void)state;
	memset(&err, 0, sizeof(err));
	engine = rasd_engine_new(RASD_SRCDIR "/data", &err);
	if (!engine)
		fprintf(stderr, "engine: %s\n", err.msg);
	lx = rasdp_engine_lexicon(engine);
	return engine ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	rasd_engine_free(engine);
	return 0;
}

/* ---- a document and its first pass ----------------------------------- */

struct fx {
	rasd_doc *d;
	struct rasdp_ctx c;
};

/* Analyse `text` (title `title` or NULL), then read its sentences again. */
static void open_titled(struct fx *f, const char *lang, const char *title, const char *text)
{
	rasd_input in;
	rasd_err err;
	uint32_t s;

	memset(&in, 0, sizeof(in));
	memset(&err, 0, sizeof(err));
	in.lang = lang;
	in.published = "2024-03-12";
	in.outlet = "example.org";
	in.title = title;
	in.text = text;
	in.text_len = strlen(text);
	f->d = rasd_extract(engine, &in, NULL, 0, &err);
	if (!f->d)
		fail_msg("extract: %s", err.msg);
	assert_int_equal(rasdp_ctx_init(&f->c, engine, f->d), 0);
	rasdp_count_governorates(&f->c);
	rasdp_find_aliases(&f->c);
	for (s = 0; s < f->d->nsents; s++)
		rasdp_read_sentence(&f->c, s);
}

static void open_doc(struct fx *f, const char *lang, const char *text)
{
	open_titled(f, lang, NULL, text);
}

static void close_doc(struct fx *f)
{
	rasd_doc_free(f->d);
}

/* The `nth` token (from 0) whose original text is `w`. */
static uint32_t tok(const struct rasd_doc *d, const char *w, int nth)
{
	size_t i, n = strlen(w);

	for (i = 0; i < d->ntoks; i++)
		if (d->toks[i].end - d->toks[i].start == n &&
		    !memcmp(d->text + d->toks[i].start, w, n) && nth-- == 0)
			return (uint32_t)i;
	fail_msg("no token '%s'", w);
	return 0;
}

/* The match of kind `k` starting at token `t`. */
static const struct rasd_match *match_at_tok(const struct rasd_doc *d, enum rasd_lex_kind k,
					     uint32_t t)
{
	size_t i;

	for (i = 0; i < d->nmatches; i++)
		if (d->matches[i].kind == k && d->matches[i].tok_start == t)
			return &d->matches[i];
	fail_msg("no match of kind %d at token %u", (int)k, (unsigned)t);
	return NULL;
}

/* Who speaks: "outlet", a sources.tsv id, or the name of an unnamed speaker. */
static const char *speaker(const struct rasd_srcref *r)
{
	if (r->outlet)
		return "outlet";
	if (r->source >= 0)
		return rasdp_lex_source(lx, (size_t)r->source)->id;
	return r->nchain ? r->chain[0] : "";
}

/* The claim of `kind` and `value` in any event, or NULL. */
static const struct rasd_claim *claim(const struct rasd_doc *d, enum rasd_casualty_kind kind,
				      int64_t value)
{
	size_t i, j;

	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims; j++)
			if (d->events[i].claims[j].kind == kind && d->events[i].claims[j].value == value)
				return &d->events[i].claims[j];
	return NULL;
}

static size_t nclaims(const struct rasd_doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nevents; i++)
		n += d->events[i].nclaims;
	return n;
}

/* The participation of actor `id` with polarity `denied` in event `ev`, or NULL. */
static const struct rasd_participant *part(const struct rasd_event *ev, const char *id, int denied)
{
	size_t i;

	for (i = 0; i < ev->nparts; i++)
		if (!strcmp(rasdp_lex_actor(lx, (size_t)ev->parts[i].actor)->id, id) &&
		    ev->parts[i].denied == denied)
			return &ev->parts[i];
	return NULL;
}

/* The role of actor `id` in event `ev`, or 0 when it is none of its actors. */
static int role(const struct rasd_event *ev, const char *id)
{
	size_t i;

	for (i = 0; i < ev->nactors; i++)
		if (!strcmp(rasdp_lex_actor(lx, (size_t)ev->actors[i].actor)->id, id))
			return ev->actors[i].role;
	return 0;
}

static const struct rasd_place *place(int32_t p)
{
	assert_true(p >= 0);
	return rasdp_lex_place(lx, (size_t)p);
}

/* ---- tokens.c: token and clause predicates --------------------------- */

static void test_tokens_breaks(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	open_doc(&f, "en", "Rebels (local ones) \"said\" it, on Monday.");
	d = f.d;
	/* brackets and quotes do not end a clause, a comma does */
	assert_false(rasdp_is_break(d, tok(d, "(", 0)));
	assert_false(rasdp_is_break(d, tok(d, "\"", 0)));
	assert_true(rasdp_is_break(d, tok(d, ",", 0)));
	assert_true(rasdp_clause_clear(d, tok(d, "Rebels", 0), tok(d, "it", 0)));
	assert_false(rasdp_clause_clear(d, tok(d, "Rebels", 0), tok(d, "on", 0)));
	assert_true(rasdp_tok_is_punct(d, tok(d, ",", 0), ','));
	assert_false(rasdp_tok_is_punct(d, tok(d, "it", 0), ','));
	close_doc(&f);
}

/* A date set off by commas does not break a clause for the rules that say so. */
static void test_tokens_dates(void **state)
{
	struct fx f;
	const struct rasd_doc *d;
	uint32_t killed, five, wounded;

	(void)state;
	open_doc(&f, "ar", "قتل، في 3 آذار، خمسة مدنيين، وأصيب اثنان.");
	d = f.d;
	killed = tok(d, "قتل", 0);
	five = tok(d, "خمسة", 0);
	wounded = tok(d, "وأصيب", 0);
	assert_true(rasdp_in_date(d, tok(d, "آذار", 0)));
	assert_false(rasdp_in_date(d, five));
	assert_false(rasdp_clause_clear(d, killed, five));
	assert_true(rasdp_clause_clear_dates(d, killed, five));
	/* a comma that sets off no date still breaks it */
	assert_false(rasdp_clause_clear_dates(d, five, wounded));
	close_doc(&f);
}

/* Cue words answer through the clitic keys: no variant is written out. */
static void test_tokens_cues(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	open_doc(&f, "ar", "قصفت الطائرات بلدة في وبريف حلب، وشاركت فيه قوات أخرى.");
	d = f.d;
	assert_true(rasdp_cue(d, tok(d, "وبريف", 0), RASD_CUE_COUNTRYSIDE));
	assert_false(rasdp_cue(d, tok(d, "بلدة", 0), RASD_CUE_COUNTRYSIDE));
	assert_true(rasdp_cue(d, tok(d, "وشاركت", 0), RASD_CUE_PART_WORD));
	assert_true(rasdp_cue_between(d, 0, (uint32_t)d->ntoks, RASD_CUE_PART_WORD));
	assert_false(rasdp_cue_between(d, 0, tok(d, "وشاركت", 0), RASD_CUE_PART_WORD));
	close_doc(&f);
}

/* ---- negation.c ------------------------------------------------------ */

static void test_negation_window(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	open_doc(&f, "en", "The army did not shell the village, but rebels shelled the market.");
	d = f.d;
	assert_true(rasdp_negated(&f.c, &f.c.si[0], tok(d, "shell", 0)));
	/* the negator's clause ends at the comma */
	assert_false(rasdp_negated(&f.c, &f.c.si[0], tok(d, "shelled", 0)));
	close_doc(&f);

	/* "لا" inside "ما لا يقل عن" is part of the number: the figure stands */
	open_doc(&f, "ar", "قتل ما لا يقل عن 30 مدنيا في غارات على مدينة إدلب.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], tok(d, "مدنيا", 0)));
	assert_non_null(claim(d, RASD_CAS_KILLED, 30));
	assert_false(claim(d, RASD_CAS_KILLED, 30)->denied);
	assert_int_equal(claim(d, RASD_CAS_KILLED, 30)->qualifier, RASD_Q_AT_LEAST);
	close_doc(&f);
}

/* A denial reaches forward, into the clause its "that" opens, not back. */
static void test_negation_denial(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	open_doc(&f, "en", "Rebels shelled the town, and the ministry denied that its forces fired.");
	d = f.d;
	assert_true(f.c.si[0].deny);
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], tok(d, "shelled", 0)));
	assert_true(rasdp_denied_at(&f.c, &f.c.si[0], tok(d, "fired", 0)));
	close_doc(&f);
}

/* An actor's part: negated right before it, not across a preposition; played down. */
static void test_negation_participation(void **state)
{
	struct fx f;
	const struct rasd_doc *d;
	const struct rasd_match *m;

	(void)state;
	open_doc(&f, "ar", "لم تشارك القوات الروسية في الهجوم على بلدة جاسم.");
	d = f.d;
	m = match_at_tok(d, RASD_LEX_ACTOR, tok(d, "القوات", 0));
	assert_true(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	close_doc(&f);

	open_doc(&f, "en", "The raid on Jasim was not ordered by Russian forces.");
	d = f.d;
	m = match_at_tok(d, RASD_LEX_ACTOR, tok(d, "Russian", 0));
	assert_false(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	close_doc(&f);

	open_doc(&f, "ar", "اقتصرت مشاركة قوات النظام على قصف بلدة جاسم بقذيفتين.");
	d = f.d;
	m = match_at_tok(d, RASD_LEX_ACTOR, tok(d, "قوات", 0));
	assert_true(rasdp_part_limited(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	assert_false(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	close_doc(&f);
}

/* A denial does not reach into a relative clause that describes its object. */
static void test_negation_relative(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "en", "The militia denied any role in the ambush that killed 7 soldiers near Daraa.");
	assert_non_null(claim(f.d, RASD_CAS_KILLED, 7));
	assert_false(claim(f.d, RASD_CAS_KILLED, 7)->denied);
	close_doc(&f);

	open_doc(&f, "ar", "نفت الجماعة مسؤوليتها عن الكمين الذي قتل سبعة جنود قرب درعا.");
	assert_non_null(claim(f.d, RASD_CAS_KILLED, 7));
	assert_false(claim(f.d, RASD_CAS_KILLED, 7)->denied);
	close_doc(&f);

	/* "that" right after the verb opens what is denied */
	open_doc(&f, "en", "The ministry denied that 7 soldiers were killed near Daraa.");
	assert_non_null(claim(f.d, RASD_CAS_KILLED, 7));
	assert_true(claim(f.d, RASD_CAS_KILLED, 7)->denied);
	close_doc(&f);
}

/* ---- attribution.c --------------------------------------------------- */

static void test_attribution_speaker(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن قصفا على بلدة جاسم قتل ثلاثة مدنيين.");
	assert_true(f.c.si[0].has_speaker);
	assert_string_equal(speaker(&f.c.si[0].src), "sohr");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 3)->src), "sohr");
	close_doc(&f);

	/* "according to X": X follows the frame and speaks */
	open_doc(&f, "en", "Nine people were killed when shelling hit Jasim, according to SANA.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 9)->src), "sana");
	close_doc(&f);

	/* reporting verbs of counting and stating, "وفقًا لـ" with the preposition on the name */
	open_doc(&f, "ar", "وأحصى المرصد السوري لحقوق الإنسان مقتل 13 شخصا في قصف على بلدة جاسم.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 13)->src), "sohr");
	close_doc(&f);
	open_doc(&f, "ar", "وفقًا للمرصد السوري لحقوق الإنسان، قتل خمسة مدنيين في قصف على بلدة جاسم.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	close_doc(&f);
	open_doc(&f, "ar", "وأصدر الدفاع المدني السوري بيانا: قتل سبعة مدنيين في قصف على بلدة جاسم.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 7)->src), "white_helmets");
	close_doc(&f);

	/* the one spoken to does not speak */
	open_doc(&f, "en", "A local official told Reuters that 5 people were killed in Idlib.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	close_doc(&f);

	/* an armed actor speaks with its own voice */
	open_doc(&f, "en", "The Syrian Democratic Forces said 3 of their fighters were killed in Raqqa.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 3)->src), "sdf_media");
	close_doc(&f);
}

/* Two speakers set against each other keep their own figures. */
static void test_attribution_two_speakers(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "en", "SANA said 12 soldiers were killed in the clashes in Idlib, "
		 "while the Syrian Observatory said 19 soldiers were killed.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 12)->src), "sana");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 19)->src), "sohr");
	close_doc(&f);

	/* a speaker of the clause set against the figure's does not give it */
	open_doc(&f, "ar", "قتل 74 شخصا في غارات على ميناء الحديدة، "
		 "في حين أعلن الجيش الإسرائيلي اعتراض صاروخ أطلق من اليمن.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 74)->src), "outlet");
	close_doc(&f);
}

/* A title and a name, then the surname alone speaks for the source. */
static void test_attribution_alias(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "en", "The Iranian ambassador to Syria Reza Karimi visited Damascus on Monday. "
		 "Karimi said 3 advisers were killed in an Israeli strike on Damascus.");
	assert_int_equal(f.c.naliases, 1);
	assert_string_equal(speaker(&f.c.si[1].src), "iran_ambassador");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 3)->src), "iran_ambassador");
	close_doc(&f);
}

/*
 * A continuation ("كما أشار", "وأضاف") takes the speaker of the sentence
 * right before it, and no speaker when that sentence is the outlet's own.
 */
static void test_attribution_continuation(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما أشار إلى إصابة أربعة مدنيين.");
	assert_string_equal(speaker(&f.c.si[1].src), "sohr");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sohr");
	close_doc(&f);

	/* an account set against another's goes on with its speaker */
	open_doc(&f, "ar", "قالت مصادر محلية إن الاشتباكات في بلدة جاسم خلفت نحو عشرة قتلى. "
		 "بينما لم تشارك أي قوات روسية في العمليات.");
	assert_true(f.c.si[1].has_speaker);
	assert_string_equal(speaker(&f.c.si[1].src), "local_sources");
	close_doc(&f);

	/* a "كما" with no reporting verb goes on in the outlet's own voice */
	open_doc(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما أصيب أربعة مدنيين.");
	assert_false(f.c.si[1].has_speaker);
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 4)->src), "outlet");
	close_doc(&f);

	open_doc(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "وتقع المدينة قرب الحدود. كما أصيب أربعة مدنيين.");
	assert_false(f.c.si[1].has_speaker);
	assert_false(f.c.si[2].has_speaker);
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 4)->src), "outlet");
	close_doc(&f);

	/* no speaker carries into a sentence recalling an earlier time */
	open_doc(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما قتل ثلاثون شخصا في هجوم مماثل على المدينة عام 2017.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 30)->src), "outlet");
	close_doc(&f);
}

/* "adding" reports only with "that": "adding new urgency" carries no speaker. */
static void test_attribution_participle(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "en", "SANA said 4 soldiers were killed in Daraa. "
		 "A second blast killed 5 people in Jasim, adding new urgency to the talks.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	close_doc(&f);

	open_doc(&f, "en", "SANA said 4 soldiers were killed in Daraa, adding that 5 were wounded.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 5)->src), "sana");
	close_doc(&f);
}

/*
 * "مراسلنا" is the outlet itself; "مراسل سانا", "an AFP correspondent" speak
 * for the outlet named with them.
 */
static void test_attribution_correspondent(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "ar", "وقال مراسلنا إن قصفا على بلدة جاسم قتل ثلاثة مدنيين.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	close_doc(&f);

	open_doc(&f, "ar", "وأكد مراسل سانا في درعا مقتل أربعة جنود في قصف على بلدة جاسم.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	close_doc(&f);

	open_doc(&f, "en", "An AFP correspondent in Idlib said 6 people were killed in the strike.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 6)->src), "afp");
	close_doc(&f);
}

/*
 * A ministry is the one of the country the text gives it: another
 * country's adjective or owner beside it makes it no Syrian ministry; a
 * bare "وزارة الصحة" is the Syrian one in a report of Syria, a generic
 * one where nothing names Syria.
 */
static void test_attribution_country(void **state)
{
	struct fx f;
	const char *who;

	(void)state;
	open_doc(&f, "ar", "أعلن وزير الصحة اللبناني مقتل ثمانية أشخاص في انفجار بمدينة صور.");
	who = speaker(&claim(f.d, RASD_CAS_KILLED, 8)->src);
	assert_string_equal(who, "وزير الصحة اللبناني");
	close_doc(&f);

	open_doc(&f, "en", "The Lebanese Health Minister said 8 people were killed in the blast in Tyre.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 8)->src), "Lebanese Health Minister");
	close_doc(&f);

	open_doc(&f, "en", "The HTS-run health ministry said 9 people were killed in Idlib.");
	assert_string_not_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 9)->src), "syria_health");
	close_doc(&f);

	/* its own country's adjective is part of its name */
	open_doc(&f, "ar", "أعلنت وزارة الصحة السورية مقتل ثمانية أشخاص في انفجار بمدينة حمص.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 8)->src), "syria_health");
	close_doc(&f);

	/* a bare name: the country the report names picks the entry */
	open_doc(&f, "ar", "قصفت قوات النظام مدينة حمص. وأعلنت وزارة الصحة مقتل ثمانية أشخاص.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 8)->src), "syria_health");
	close_doc(&f);
	open_doc(&f, "ar", "انفجرت سيارة مفخخة في سوق مزدحم. وأعلنت وزارة الصحة مقتل ثمانية أشخاص.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 8)->src), "health_ministry");
	close_doc(&f);

	/* an actor of a country the report names by no place: somebody else's, by its words */
	open_doc(&f, "ar", "وقالت الشرطة إن خمسة أشخاص قتلوا في انفجار سيارة مفخخة في مدينة حمص.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "Syrian police");
	close_doc(&f);
	open_doc(&f, "ar", "وقالت الشرطة إن خمسة أشخاص قتلوا في انفجار سيارة مفخخة في السوق.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "الشرطة");
	close_doc(&f);

	/* a channel's own name with its country stays the channel's */
	open_doc(&f, "ar", "وقالت قناة العالم الإيرانية إن الغارة قتلت ستة أشخاص في دمشق.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 6)->src), "alalam");
	close_doc(&f);
}

/*
 * A source named again by description ("الوزارة", "the war monitor") is
 * the one named before that the description fits, not just the last
 * speaker.
 */
static void test_attribution_description(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "ar", "أعلنت وزارة الصحة السورية مقتل خمسة مدنيين في قصف على جاسم. "
		 "وقال مصدر عسكري إن القصف جاء من الجنوب. "
		 "وأضافت الوزارة أن سبعة أشخاص أصيبوا.");
	assert_true(f.c.si[2].described);
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 7)->src), "syria_health");
	close_doc(&f);

	open_doc(&f, "en", "The Syrian Observatory for Human Rights said 5 civilians were killed in Jasim. "
		 "SANA said the shelling came from the south. "
		 "The UK-based war monitor added that 7 people were wounded.");
	assert_true(f.c.si[2].described);
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 7)->src), "sohr");
	close_doc(&f);

	/* an indefinite one is somebody new: no source named before speaks */
	open_doc(&f, "ar", "أعلنت وزارة الصحة السورية مقتل خمسة مدنيين في قصف على جاسم. "
		 "وقال مصدر إن سبعة أشخاص أصيبوا.");
	assert_false(f.c.si[1].described);
	close_doc(&f);
}

/*
 * A figure whose line is broken inside its sentence is the word of the
 * speaker named where the sentence ends, and a "كما" starting a broken
 * line goes on from nobody; an embedded post's credit line names its
 * source.
 */
static void test_attribution_lines(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "ar", "قال مصدر عسكري إن قصفا مدفعيا استهدف بلدة جاسم في ريف درعا صباح\n"
		 "اليوم وأدى إلى أضرار كبيرة في المنازل والمحلات التجارية في\n"
		 "وسط البلدة.\n"
		 "كما أصيب أربعة مدنيين بجروح في قصف على مدينة نوى\n"
		 "بريف درعا الغربي، حسبما أفاد المرصد السوري لحقوق\n"
		 "الإنسان.");
	assert_true(f.c.wrapped);
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sohr");
	close_doc(&f);

	/* a report of whole lines: the line after the headline does not speak for it */
	open_doc(&f, "ar", "مقتل أربعة مدنيين بقصف على مدينة نوى\n"
		 "قال المرصد السوري لحقوق الإنسان إن القصف استهدف السوق.");
	assert_false(f.c.wrapped);
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 4)->src), "outlet");
	close_doc(&f);

	open_doc(&f, "ar", "إصابة 12 فلسطينيا برصاص قوات الاحتلال في بلدة حوارة جنوب نابلس\n"
		 "— وكالة الأناضول (@aa_arabic) March 1, 2023\n"
		 "وقالت مصادر محلية إن المواجهات استمرت حتى المساء.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 12)->src), "anadolu");
	close_doc(&f);
}

/*
 * A statement governs what it introduces: the lines after a colon in its
 * paragraph, a quotation it opens until it closes; an unattributed new
 * paragraph is the outlet's.
 */
static void test_attribution_statement(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "ar", "وأعلن المرصد السوري لحقوق الإنسان في بيان:\n"
		 "- مقتل خمسة مدنيين في قصف على بلدة جاسم\n"
		 "- إصابة ثلاثة أطفال في قصف على مدينة نوى");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_WOUNDED, 3)->src), "sohr");
	close_doc(&f);

	open_doc(&f, "ar", "وقال المرصد السوري لحقوق الإنسان في بيانه: «استهدف القصف بلدة جاسم صباحا. "
		 "وقتل في القصف خمسة مدنيين بينهم طفلان».");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	close_doc(&f);

	/* "according to reports" inside the statement's own words is the statement's */
	open_doc(&f, "ar", "وأصدر الدفاع المدني السوري بيانا: «وفقا للتقارير الأولية، قتل سبعة مدنيين "
		 "في قصف على بلدة جاسم».");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 7)->src), "white_helmets");
	close_doc(&f);

	open_doc(&f, "ar", "وقال المرصد السوري لحقوق الإنسان إن القصف استهدف بلدة جاسم.\n\n"
		 "وقتل في قصف آخر على مدينة نوى خمسة مدنيين.");
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	close_doc(&f);
}

/* ---- figures.c ------------------------------------------------------- */

/* A part of a toll counts what the toll counts and is marked subset. */
static void test_figures_subset(void **state)
{
	struct fx f;
	struct rasd_claim figs[RASDP_MAX_FIGS];
	size_t n;

	(void)state;
	open_doc(&f, "en", "Nine people were killed, including three children, when shelling hit Jasim.");
	n = rasdp_sentence_figures(&f.c, 0, figs, RASDP_MAX_FIGS);
	assert_int_equal(n, 2);
	assert_int_equal(figs[0].value, 9);
	assert_false(figs[0].subset);
	assert_int_equal(figs[1].value, 3);
	assert_int_equal(figs[1].kind, RASD_CAS_KILLED);
	assert_true(figs[1].subset);
	assert_string_equal(figs[1].who, "children");
	close_doc(&f);
}

/* Numbers that count things, and the toll of the whole war, are no figures. */
static void test_figures_not_figures(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "en", "Rebels planted two explosive devices on the road to Azaz, and a soldier was killed.");
	assert_null(claim(f.d, RASD_CAS_KILLED, 2));
	/* the soldier is a count of one */
	assert_non_null(claim(f.d, RASD_CAS_KILLED, 1));
	assert_string_equal(claim(f.d, RASD_CAS_KILLED, 1)->who, "soldiers");
	close_doc(&f);

	open_doc(&f, "en", "About 500,000 people have been killed during the civil war. "
		 "On Monday, shelling killed 4 civilians in Idlib.");
	assert_null(claim(f.d, RASD_CAS_KILLED, 500000));
	assert_non_null(claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(nclaims(f.d), 1);
	close_doc(&f);
}

static void test_figures_kinds(void **state)
{
	struct fx f;

	(void)state;
	/* a killed and a wounded word side by side count together */
	open_doc(&f, "ar", "أسفر القصف على مدينة إدلب عن مقتل وإصابة 25 شخصا.");
	assert_non_null(claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 25));
	assert_null(claim(f.d, RASD_CAS_KILLED, 25));
	close_doc(&f);

	/* a toll far back, "rose to" right before the number */
	open_doc(&f, "en", "The death toll from the market bombing in Azaz rose to 31.");
	assert_non_null(claim(f.d, RASD_CAS_KILLED, 31));
	close_doc(&f);

	/* a denied figure stays, denied */
	open_doc(&f, "en", "The Syrian Defence Ministry denied that 40 soldiers were killed in Jasim.");
	assert_true(claim(f.d, RASD_CAS_KILLED, 40)->denied);
	close_doc(&f);
}

/* A casualty word and a noun naming one person, unless a number counts it. */
static void test_figures_count_of_one(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "ar", "مقتل شاب برصاص قناص في مدينة درعا.");
	assert_non_null(claim(f.d, RASD_CAS_KILLED, 1));
	assert_string_equal(claim(f.d, RASD_CAS_KILLED, 1)->who, "civilians");
	close_doc(&f);

	open_doc(&f, "ar", "قتل ثلاثة مدنيين برصاص قناص في مدينة درعا.");
	assert_non_null(claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(claim(f.d, RASD_CAS_KILLED, 1));
	close_doc(&f);
}

/* ---- places.c -------------------------------------------------------- */

static void test_places_not_the_event(void **state)
{
	struct fx f;

	(void)state;
	/* where fire came from */
	open_doc(&f, "en", "Rockets fired from Idlib killed 3 civilians in Aleppo on Monday.");
	assert_string_equal(place(f.c.si[0].place)->name_en, "Aleppo");
	close_doc(&f);

	/* where the speaker is */
	open_doc(&f, "en", "A correspondent in Homs reported that shelling killed 5 civilians in Jasim.");
	assert_string_equal(place(f.c.si[0].place)->name_en, "Jasim");
	assert_string_equal(place(f.d->events[0].place)->name_en, "Jasim");
	close_doc(&f);
}

/* A governorate named as a region of itself is the governorate, not its capital. */
static void test_places_region(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "en", "Shelling killed 2 civilians in eastern Homs countryside on Monday.");
	assert_int_equal(place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	assert_int_equal(f.d->events[0].geo_precision, 3);
	close_doc(&f);

	/* the bare name is no region of it */
	open_doc(&f, "en", "Shelling killed 2 civilians in Homs on Monday.");
	assert_int_not_equal(place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	close_doc(&f);
}

static void test_places_inside(void **state)
{
	int32_t jasim = rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Jasim", 5);
	int32_t daraa = rasdp_lex_find(lx, RASD_LEX_PLACE, "SY12");
	int32_t azaz = rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Azaz", 4);

	(void)state;
	assert_true(jasim >= 0 && daraa >= 0 && azaz >= 0);
	assert_int_equal(rasdp_lex_governorate(lx, jasim), daraa);
	assert_true(rasdp_same_or_inside(lx, jasim, daraa));
	assert_true(rasdp_same_or_inside(lx, jasim, -1));
	assert_false(rasdp_same_or_inside(lx, jasim, azaz));
	assert_true(rasdp_place_rank(place(jasim)) > rasdp_place_rank(place(daraa)));
}

/* ---- participation.c ------------------------------------------------- */

static void test_participation(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	open_doc(&f, "en", "Russian jets bombed the town of Jasim on Monday, killing 6 civilians.");
	ev = &f.d->events[0];
	assert_non_null(part(ev, "russia_forces", 0));
	assert_int_equal(role(ev, "russia_forces"), RASD_ROLE_ACTOR1);
	close_doc(&f);

	/* said not to have taken part: denied, and no actor of the event */
	open_doc(&f, "ar", "لم تشارك القوات الروسية في الهجوم على بلدة جاسم الذي قتل فيه خمسة مدنيين.");
	ev = &f.d->events[0];
	assert_non_null(part(ev, "russia_forces", 1));
	assert_null(part(ev, "russia_forces", 0));
	assert_int_equal(role(ev, "russia_forces"), 0);
	close_doc(&f);

	/* named only as what the brigade belongs to */
	open_doc(&f, "en", "The 8th Brigade, backed by Russia, attacked the town of Jasim on Monday "
		 "and 3 fighters were killed.");
	ev = &f.d->events[0];
	assert_non_null(part(ev, "syria_8th_brigade", 0));
	assert_null(part(ev, "russia_forces", 0));
	close_doc(&f);

	/* the victims' side is actor 2 and took no part */
	open_doc(&f, "ar", "قتل خمسة عناصر من قوات النظام في هجوم على بلدة جاسم.");
	ev = &f.d->events[0];
	assert_int_equal(role(ev, "syria_regime"), RASD_ROLE_ACTOR2);
	assert_null(part(ev, "syria_regime", 0));
	close_doc(&f);
}

static void test_participation_denials(void **state)
{
	struct fx f;
	const struct rasd_event *ev;

	(void)state;
	/* an actor denying for itself speaks with its own name */
	open_doc(&f, "en", "Hayat Tahrir al-Sham, which denied involvement, was blamed for the car "
		 "bomb in Azaz on Monday.");
	ev = &f.d->events[0];
	assert_string_equal(speaker(&part(ev, "hts", 0)->src), "outlet");
	assert_string_equal(speaker(&part(ev, "hts", 1)->src), "Hayat Tahrir al-Sham");
	close_doc(&f);

	/* a part played down is neither asserted nor denied */
	open_doc(&f, "ar", "اقتصرت مشاركة قوات النظام على قصف بلدة جاسم بقذيفتين، وقتل مقاتلان في الاشتباكات.");
	ev = &f.d->events[0];
	assert_non_null(part(ev, "syria_regime", 0));
	assert_true(part(ev, "syria_regime", 0)->limited);
	assert_null(part(ev, "syria_regime", 1));
	close_doc(&f);
}

/* ---- framing.c ------------------------------------------------------- */

static void test_framing_triggers(void **state)
{
	struct fx f;

	(void)state;
	/* a negated cue frames no event */
	open_doc(&f, "en", "No air strikes were reported in Idlib on Monday.");
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	close_doc(&f);

	/* nor does a weak cue alone */
	open_doc(&f, "en", "Reinforcements arrived in Idlib on Monday.");
	assert_true(f.c.si[0].trig >= 0);
	assert_int_equal(f.d->nevents, 0);
	close_doc(&f);

	open_doc(&f, "en", "A car bomb exploded in Azaz on Monday, killing 4 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_string_equal(f.d->events[0].sub_type, "Remote explosive/landmine/IED");
	assert_int_equal(f.d->events[0].date.d, 11);
	close_doc(&f);
}

/* Sentences go on with the event before them, or open another. */
static void test_framing_frames(void **state)
{
	struct fx f;

	(void)state;
	open_doc(&f, "en", "An air strike hit the town of Jasim on Monday. It killed 4 civilians and wounded 9.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(f.d->events[0].nclaims, 2);
	close_doc(&f);

	open_doc(&f, "en", "Clashes in Jasim on Monday killed 3 fighters. "
		 "On Tuesday, an air strike on Idlib killed 8 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(place(f.d->events[0].place)->name_en, "Jasim");
	assert_string_equal(f.d->events[0].event_type, "Battles");
	assert_string_equal(f.d->events[1].sub_type, "Air/drone strike");
	assert_int_equal(f.d->events[1].date.d, 12);
	close_doc(&f);

	/* "this explosion" is the event told; the place beside it is not its place */
	open_doc(&f, "ar", "انفجرت سيارة مفخخة في مدينة أعزاز يوم الإثنين وقتل أربعة أشخاص. "
		 "وهذا الانفجار هو الثاني في درعا.");
	assert_true(f.c.si[1].anaphor);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(place(f.d->events[0].place)->name_en, "Azaz");
	close_doc(&f);
}

/* The headline's figure restated by the body counts once, as the body's. */
static void test_framing_headline(void **state)
{
	struct fx f;

	(void)state;
	open_titled(&f, "en", "Shelling kills 5 in Jasim",
		    "Shelling kills 5 in Jasim\n"
		    "Shelling on the town of Jasim killed 5 civilians on Monday, activists said.");
	assert_true(f.c.si[0].headline);
	assert_int_equal(nclaims(f.d), 1);
	assert_string_equal(speaker(&claim(f.d, RASD_CAS_KILLED, 5)->src), "activists");
	close_doc(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens_breaks),
		cmocka_unit_test(test_tokens_dates),
		cmocka_unit_test(test_tokens_cues),
		cmocka_unit_test(test_negation_window),
		cmocka_unit_test(test_negation_denial),
		cmocka_unit_test(test_negation_participation),
		cmocka_unit_test(test_negation_relative),
		cmocka_unit_test(test_attribution_speaker),
		cmocka_unit_test(test_attribution_two_speakers),
		cmocka_unit_test(test_attribution_alias),
		cmocka_unit_test(test_attribution_continuation),
		cmocka_unit_test(test_attribution_participle),
		cmocka_unit_test(test_attribution_correspondent),
		cmocka_unit_test(test_attribution_country),
		cmocka_unit_test(test_attribution_description),
		cmocka_unit_test(test_attribution_lines),
		cmocka_unit_test(test_attribution_statement),
		cmocka_unit_test(test_figures_subset),
		cmocka_unit_test(test_figures_not_figures),
		cmocka_unit_test(test_figures_kinds),
		cmocka_unit_test(test_figures_count_of_one),
		cmocka_unit_test(test_places_not_the_event),
		cmocka_unit_test(test_places_region),
		cmocka_unit_test(test_places_inside),
		cmocka_unit_test(test_participation),
		cmocka_unit_test(test_participation_denials),
		cmocka_unit_test(test_framing_triggers),
		cmocka_unit_test(test_framing_frames),
		cmocka_unit_test(test_framing_headline),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
