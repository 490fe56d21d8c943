/*
 * test_negation.c - the extraction stage of negation: what a "not", a denial
 * or a count of nobody reaches (src/extract/negation.c), on sentences
 * written for these tests.
 *
 * Each test runs the whole pipeline on its text (rasd_extract()), then
 * reads the sentences again with the driver's first pass (extractfx.h) so
 * that a stage's own decision can be asserted as well as the events,
 * figures and participants the document ends with.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extractfx.h"
#include "model/model.h"
#include "testdata.h"

/* ---- negation.c ------------------------------------------------------ */

static void test_negation_window(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	fx_open(&f, "en", "The army did not shell the village, but rebels shelled the market.");
	d = f.d;
	assert_true(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "shell", 0)));
	/* the negator's clause ends at the comma */
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "shelled", 0)));
	fx_close(&f);

	/* "لا" inside "ما لا يقل عن" is part of the number: the figure stands */
	fx_open(&f, "ar", "قتل ما لا يقل عن 30 مدنيا في غارات على مدينة إدلب.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "مدنيا", 0)));
	assert_non_null(fx_claim(d, RASD_CAS_KILLED, 30));
	assert_false(fx_claim(d, RASD_CAS_KILLED, 30)->denied);
	assert_int_equal(fx_claim(d, RASD_CAS_KILLED, 30)->qualifier, RASD_Q_AT_LEAST);
	fx_close(&f);
}

/* A release is no arrest: whom it frees are counted by no arrest; a toll beside it stands. */
static void test_negation_release(void **state)
{
	struct fx f;
	const struct rasd_claim *cl;

	(void)state;
	fx_open(&f, "en", "Gunmen stormed the jail in Gamma on Monday, killed 2 guards and freed 30 prisoners.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	cl = fx_claim(f.d, RASD_CAS_ARRESTED, 30);
	assert_true(!cl || cl->denied);
	fx_close(&f);

	fx_open(&f, "ar", "أفرجت السلطات عن 25 معتقلا من سجن مدينة بيتا يوم الاثنين.");
	cl = fx_claim(f.d, RASD_CAS_ARRESTED, 25);
	assert_true(!cl || cl->denied);
	fx_close(&f);

	fx_open(&f, "ar", "أطلقت الشرطة سراح 12 موقوفا بعد التحقيق معهم.");
	cl = fx_claim(f.d, RASD_CAS_ARRESTED, 12);
	assert_true(!cl || cl->denied);
	fx_close(&f);

	/* an arrest stands */
	fx_open(&f, "ar", "اعتقلت قوات الأمن 12 شابا في مدينة بيتا يوم الاثنين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 12));
	assert_false(fx_claim(f.d, RASD_CAS_ARRESTED, 12)->denied);
	fx_close(&f);
}

/* A denial reaches forward, into the clause its "that" opens, not back. */
static void test_negation_denial(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	fx_open(&f, "en", "Rebels shelled the town, and the ministry denied that its forces fired.");
	d = f.d;
	assert_true(f.c.si[0].deny);
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "shelled", 0)));
	assert_true(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "fired", 0)));
	fx_close(&f);

	/* a denial to come, or of a practice, is no denial made */
	fx_open(&f, "en", "Jets struck the town, and the ministry will deny that its jets fired.");
	d = f.d;
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "fired", 0)));
	fx_close(&f);

	fx_open(&f, "en", "The ministry has always denied that its jets fired on homes.");
	d = f.d;
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "fired", 0)));
	fx_close(&f);

	fx_open(&f, "ar", "ونفت الوزارة مرارا أن طائراتها قصفت المنازل.");
	d = f.d;
	assert_false(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "قصفت", 0)));
	fx_close(&f);

	fx_open(&f, "ar", "ونفت الوزارة أن طائراتها قصفت المنازل.");
	d = f.d;
	assert_true(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "قصفت", 0)));
	fx_close(&f);
}

/* An actor's part: negated right before it, not across a preposition; played down. */
static void test_negation_participation(void **state)
{
	struct fx f;
	const struct rasd_doc *d;
	const struct rasd_match *m;

	(void)state;
	fx_open(&f, "ar", "لم تشارك القوات الروسية في الهجوم على بلدة جاسم.");
	d = f.d;
	m = fx_match_at(d, RASD_LEX_ACTOR, fx_tok(d, "القوات", 0));
	assert_true(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	fx_close(&f);

	fx_open(&f, "en", "The raid on Jasim was not ordered by Russian forces.");
	d = f.d;
	m = fx_match_at(d, RASD_LEX_ACTOR, fx_tok(d, "Russian", 0));
	assert_false(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	fx_close(&f);

	fx_open(&f, "ar", "اقتصرت مشاركة قوات النظام على قصف بلدة جاسم بقذيفتين.");
	d = f.d;
	m = fx_match_at(d, RASD_LEX_ACTOR, fx_tok(d, "قوات", 0));
	assert_true(rasdp_part_limited(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	assert_false(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	fx_close(&f);
}

/* A denial does not reach into a relative clause that describes its object. */
static void test_negation_relative(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The militia denied any role in the ambush that killed 7 soldiers near Daraa.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 7)->denied);
	fx_close(&f);

	fx_open(&f, "ar", "نفت الجماعة مسؤوليتها عن الكمين الذي قتل سبعة جنود قرب درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 7)->denied);
	fx_close(&f);

	/* "that" right after the verb opens what is denied */
	fx_open(&f, "en", "The ministry denied that 7 soldiers were killed near Daraa.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 7)->denied);
	fx_close(&f);

	/* a negator in a relative clause describing the speaker ends at its verb of saying */
	fx_open(&f, "en", "The bulletin which did not name the clinic said 9 people were killed in Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	fx_open(&f, "en", "The militia which denied firing the rockets said 9 fighters were killed in Tafas.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	fx_open(&f, "ar", "البيان الذي لم يسم المستوصف قال إن تسعة أشخاص قتلوا في طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	/* the relative clause's own denial still denies, and a speaker's negator before its figure does */
	fx_open(&f, "en", "The office which said little denied that 9 people were killed in Tafas.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	fx_open(&f, "ar", "نفت الوزارة مقتل تسعة أشخاص في طفس.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
}

/* Does an event hold figure `value` killed, denied, and how many such figures? */
static size_t denied_killed(const struct rasd_doc *d, int64_t value)
{
	size_t i, j, n = 0;

	for (i = 0; i < d->nevents; i++)
		for (j = 0; j < d->events[i].nclaims; j++)
			n += d->events[i].claims[j].kind == RASD_CAS_KILLED &&
			     d->events[i].claims[j].value == value && d->events[i].claims[j].denied;
	return n;
}

/* A figure judged false is denied by whoever judges it. */
static void test_negation_rejected_figure(void **state)
{
	struct fx f;

	(void)state;
	/* the figure another voice gave before */
	fx_open(&f, "en", "Shelling killed 14 people in Tafas on Monday, the Observatory said. "
		 "The Syrian Defence Ministry said the figure was exaggerated.");
	assert_int_equal(denied_killed(f.d, 14), 1);
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);
	fx_open(&f, "ar", "قتل 14 شخصا في قصف على بلدة طفس يوم الاثنين بحسب المرصد السوري. "
		 "ووصفت وزارة الدفاع السورية الحصيلة بأنها مبالغ فيها.");
	assert_int_equal(denied_killed(f.d, 14), 1);
	fx_close(&f);
	fx_open(&f, "ar", "قتل 14 شخصا في قصف على بلدة طفس يوم الاثنين بحسب المرصد السوري. "
		 "وقالت وزارة الدفاع السورية إن هذه أرقام غير صحيحة.");
	assert_int_equal(denied_killed(f.d, 14), 1);
	fx_close(&f);
	/* its own figure in the clause */
	fx_open(&f, "en", "The Syrian Defence Ministry dismissed the toll of 14 killed in Tafas on Monday "
		 "as inflated.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 14)->denied);
	fx_close(&f);
	/* a judgement negated, of something else than a figure, or in the report's own voice denies none */
	fx_open(&f, "en", "Shelling killed 14 people in Tafas on Monday, the Observatory said. "
		 "The Syrian Defence Ministry said the figure was not exaggerated.");
	assert_int_equal(denied_killed(f.d, 14), 0);
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 14 people in Tafas on Monday, the Observatory said. "
		 "The Syrian Defence Ministry said reports of fighting were exaggerated.");
	assert_int_equal(denied_killed(f.d, 14), 0);
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 14 people in Tafas on Monday. Early figures were inaccurate.");
	assert_int_equal(denied_killed(f.d, 14), 0);
	fx_close(&f);
}

/* Is claim `cl` one that nobody was hurt: a denial that at least one was? */
static int nobody(const struct rasd_claim *cl)
{
	return cl && cl->value == 1 && cl->qualifier == RASD_Q_AT_LEAST && cl->denied && !cl->subset;
}

/* The lexicon name of the source of claim `cl`, or "" for the report's own voice. */
static const char *claim_source(const struct fx *f, const struct rasd_claim *cl)
{
	return cl->src.source < 0 ? "" : rasdp_source_name(&f->c, cl->src.source);
}

/* A count of nobody is a denial that anyone was hurt, the speaker's. */
static void test_negation_nobody(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قصفت طائرات حربية بلدة طفس يوم الاثنين. ونفى الجيش السوري مقتل أي شخص في القصف.");
	assert_true(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	assert_string_equal(claim_source(&f, fx_claim(f.d, RASD_CAS_KILLED, 1)), "Syrian army");
	fx_close(&f);
	fx_open(&f, "ar", "قصفت طائرات حربية بلدة طفس يوم الاثنين. وقالت وزارة الدفاع السورية إنه لم يقتل أحد.");
	assert_true(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	fx_close(&f);
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday. "
		 "The Syrian Defence Ministry said no one was killed in the raid.");
	assert_true(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	assert_string_equal(claim_source(&f, fx_claim(f.d, RASD_CAS_KILLED, 1)),
			    "Syrian Ministry of Defence");
	fx_close(&f);
	/* a toll elsewhere in the report stands beside it */
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday, killing 9 people. "
		 "No one was killed in a second raid on a nearby farm.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	/* what someone was not counts nobody; one person named stays one among the victims */
	fx_open(&f, "ar", "قتل متعاقد في قصف على بلدة طفس يوم الاثنين. وقال مسؤول إن المتعاقد الذي قتل ليس سوريا.");
	assert_false(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	fx_close(&f);
	fx_open(&f, "ar", "قتل شخص في قصف على بلدة طفس يوم الاثنين.");
	assert_false(nobody(fx_claim(f.d, RASD_CAS_KILLED, 1)));
	fx_close(&f);
	/* a negated deed of another clause denies no toll */
	fx_open(&f, "en", "The shell did not hit the school in Tafas on Monday, where 9 were killed.");
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->denied);
	fx_close(&f);
	/* the outlet's own voice, where its domain names a source, denies nothing */
	fx_open_from(&f, "en", "trtworld.com", NULL, "Shells hit the market in Tafas on Monday but no one was hurt.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);
	/* in English the nobody is the subject before its casualty word, not a clause after it */
	fx_open(&f, "en", "Shells hit the market in Tafas on Monday. One man was wounded and no one "
		 "was there to help him, an activist said.");
	assert_false(nobody(fx_claim(f.d, RASD_CAS_WOUNDED, 1)));
	fx_close(&f);
}

/* Reports named as what a denial denies are its object: the denier is the verb's subject. */
static void test_negation_denied_reports(void **state)
{
	struct fx f;
	const struct rasd_claim *cl;

	(void)state;
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday. "
		 "The Syrian Defence Ministry denied reports that 9 civilians were killed.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 9);
	assert_true(cl->denied);
	assert_string_equal(claim_source(&f, cl), "Syrian Ministry of Defence");
	fx_close(&f);
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday. "
		 "The ministry dismissed as false reports that 9 civilians were killed.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 9);
	assert_true(cl->denied);
	assert_string_not_equal(claim_source(&f, cl), "media reports");
	fx_close(&f);
	fx_open(&f, "ar", "قصفت طائرات حربية بلدة طفس يوم الاثنين. ونفت وزارة الدفاع السورية الأنباء عن مقتل 9 مدنيين.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 9);
	assert_true(cl->denied);
	assert_string_equal(claim_source(&f, cl), "Syrian Ministry of Defence");
	fx_close(&f);
	/* reports that assert, with no denial, still speak */
	fx_open(&f, "en", "Jets bombed the town of Tafas on Monday. Reports said 9 civilians were killed.");
	cl = fx_claim(f.d, RASD_CAS_KILLED, 9);
	assert_false(cl->denied);
	assert_string_equal(claim_source(&f, cl), "media reports");
	fx_close(&f);
}

/* A negation particle is a word of its own, or after a conjunction: never the tail of another word. */
static void test_negation_own_word(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	/* "كلم" (km) is no "لم": the shelling 12 km away stands */
	fx_open(&f, "ar", "على بعد 12 كلم قصفت الطائرات قرية بيتا بريف المدينة.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "قصفت", 0)));
	assert_true(d->nevents >= 1);
	fx_close(&f);

	/* "كلا" (both) is no "لا" */
	fx_open(&f, "ar", "أكد كلا الطرفين قصف قرية بيتا يوم الاثنين.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "قصف", 0)));
	fx_close(&f);

	/* a conjunction before the particle keeps it a negator */
	fx_open(&f, "ar", "سقطت قذيفة على المدينة ولم تسجل أي إصابات، فلم يصب أحد.");
	d = f.d;
	assert_true(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "إصابات", 0)));
	fx_close(&f);
}

/* A negated stop affirms: "did not stop", "لم تتوقف" tell that it went on. */
static void test_negation_stop(void **state)
{
	struct fx f;
	const struct rasd_doc *d;

	(void)state;
	fx_open(&f, "ar", "لم تتوقف الاحتجاجات في مدينة بيتا منذ يوم الجمعة.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "الاحتجاجات", 0)));
	assert_true(d->nevents >= 1);
	fx_close(&f);

	fx_open(&f, "ar", "لم يهدأ القصف المدفعي على بلدة تسيل طوال الليل.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "القصف", 0)));
	fx_close(&f);

	fx_open(&f, "en", "The shelling of Tasil never ceased, and the air strikes did not stop either.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "strikes", 0)));
	fx_close(&f);

	/* a plain negator still negates */
	fx_open(&f, "ar", "لم تشهد بلدة تسيل أي قصف يوم الجمعة.");
	d = f.d;
	assert_true(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "قصف", 0)));
	fx_close(&f);
}

/* A "not" holds its own clause: not what a "that" after it opens. */
static void test_negation_own_clause(void **state)
{
	struct fx f;
	const struct rasd_doc *d;
	const struct rasd_match *m;

	(void)state;
	fx_open(&f, "en", "The monitor said the raid was not the first and that Russian jets struck Tasil.");
	d = f.d;
	m = fx_match_at(d, RASD_LEX_ACTOR, fx_tok(d, "Russian", 0));
	assert_false(rasdp_part_negated(&f.c, &f.c.si[0], m->tok_start, m->tok_end));
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "struck", 0)));
	fx_close(&f);

	fx_open(&f, "ar", "قال المرصد إن الهجوم لم يكن معزولا وأن الطائرات قصفت بلدة تسيل.");
	d = f.d;
	assert_false(rasdp_negated(&f.c, &f.c.si[0], fx_tok(d, "قصفت", 0)));
	fx_close(&f);

	/* a denial reaches into its "that" */
	fx_open(&f, "en", "The ministry denied that Russian jets struck Tasil.");
	d = f.d;
	assert_true(rasdp_denied_at(&f.c, &f.c.si[0], fx_tok(d, "struck", 0)));
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_negation_window),
		cmocka_unit_test(test_negation_release),
		cmocka_unit_test(test_negation_denial),
		cmocka_unit_test(test_negation_participation),
		cmocka_unit_test(test_negation_relative),
		cmocka_unit_test(test_negation_rejected_figure),
		cmocka_unit_test(test_negation_nobody),
		cmocka_unit_test(test_negation_denied_reports),
		cmocka_unit_test(test_negation_own_word),
		cmocka_unit_test(test_negation_stop),
		cmocka_unit_test(test_negation_own_clause),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
