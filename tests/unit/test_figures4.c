/*
 * test_figures4.c - the extraction stage of figures: the counts of people a
 * report claims, and what a number means (src/extract/figures.c), part 4 of
 * 4, on sentences written for these tests.
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

/* English names, posts and complements, a few words from the verb. */
static void test_figures_named(void **state)
{
	struct fx f;

	(void)state;
	/* an English name, past its age, the subject of a passive casualty phrase */
	fx_open(&f, "en", "The ministry said Karim Haddad, 29, was shot dead near the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* names joined by "and" add up to the list's length */
	fx_open(&f, "en", "Karim Haddad and Omar Nasser were shot dead near the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* a name, or names joined by "and", the object of a casualty verb */
	fx_open(&f, "en", "A drone strike killed Abu Yasser al-Halabi near Sarmada on Friday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "Gunmen shot dead Karim Haddad and Omar Nasser near the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* ... not a place ("killed Deir ez-Zor residents") */
	fx_open(&f, "en", "The shelling killed Deir ez-Zor residents in the market on Monday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... but a name before a bare verb is who did it */
	fx_open(&f, "en", "Karim Haddad shot dead 3 soldiers near the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... and capitalised adjectives before a noun are no name */
	fx_open(&f, "en", "Shelling continued near the resort where Iraqi Arab tourists were killed on Wednesday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a complement between the person and the verb: "of public works" */
	fx_open(&f, "en", "The agency said a deputy minister of local affairs was killed in the blast in Aden.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a post of a place, then the name set off by commas */
	fx_open(&f, "en", "The mayor of Jasim, Ali Haddad, was killed when a bomb went off near his office.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a person before a verb with an object is who did it */
	fx_open(&f, "en", "A gunman from the village killed 4 people at the checkpoint near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... but a count after "and" is the next clause's */
	fx_open(&f, "en", "A civilian was killed and 6 others were wounded in the shelling of Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	fx_close(&f);

	/* a wounded person who died: the noun of the wounded after a verb is a person */
	fx_open(&f, "ar", "توفي جريح متأثرا بجروحه في مستشفى مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* the passive of assassination */
	fx_open(&f, "ar", "اغتيل القيادي برصاص مجهولين قرب مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an ordinal is no count: "a second soldier" is one */
	fx_open(&f, "en", "A second soldier died of his wounds after the ambush near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a possessive names one person: "Iran's envoy" */
	fx_open(&f, "en", "The blast in Beirut wounded 40 people, including Iran's envoy to Lebanon.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* an abbreviation is one word: "a U.S. military contractor" is as near as "a US military contractor" */
	fx_open(&f, "en", "The rocket attack on the base near Erbil killed a U.S. military contractor.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an age and a name written with hyphens are a few words: "23-year-old", "al-Karim" */
	fx_open(&f, "en", "The gunman, 31-year-old Abd al-Karim Haddad, was shot dead at the checkpoint in Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* an Arabic name, which no capital tells, shown a person's by the age set off after it */
	fx_open(&f, "ar", "أعلنت الوزارة استشهاد كريم حداد الناصر (24 عاما) قرب بلدة طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	fx_open(&f, "ar", "أصيب عمر ناصر، 16 عاما، برصاص قناص في بلدة نوى.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... past the subject of the verb */
	fx_open(&f, "ar", "اعتقلت قوات النظام سامر الحلبي (31 عاما) من منزله في مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1));
	fx_close(&f);

	/* ... but no age, no name read: words after a casualty word are no person of themselves */
	fx_open(&f, "ar", "استشهد كريم حداد الناصر قرب بلدة طفس.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... and the years of a count are no age of a name */
	fx_open(&f, "ar", "قتل 4 مدنيين (بينهم طفل) في قصف على بلدة طفس.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	/* a definite person after the verb's subject is its object, no adjective of the actor */
	fx_open(&f, "ar", "اعتقلت قوات الاحتلال الطفل كريم من منزله في بلدة عزون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1));
	fx_close(&f);

	fx_open(&f, "ar", "نعت الفصائل الفلسطينية الشهيد كريم حداد الذي ارتقى في الاشتباك قرب عزون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* a title, a name, then the relative that tells what befell them */
	fx_open(&f, "ar", "نعت حركة حماس المجاهد كريم حداد الذي ارتقى شهيدا قرب بلدة عزون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* ... but not one whose verb has a count of its own */
	fx_open(&f, "ar", "التقى الوزير كريم حداد الذي قتل 3 مدنيين في بلدة عزون.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* one of an actor's own told by a pronoun; a companion */
	fx_open(&f, "ar", "نعت الحركة أحد عناصرها الذي قضى في غارة على بلدة عزون.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "A drone strike killed the commander and his aide near Tyre.");
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* ... but a nisba after it is the actor's ("قوات الاحتلال الإسرائيلي") */
	fx_open(&f, "ar", "قصفت قوات الاحتلال الإسرائيلي منزلا في بلدة عزون.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);
}

/* A count's casualty word past the verb's subject, and captives a killing befalls. */
static void test_figures_subject_captives(void **state)
{
	struct fx f;

	(void)state;
	/* the verb's subject and a date between the verb and its count are no distance */
	fx_open(&f, "ar", "اغتالت قوة خاصة من جيش الاحتلال الإسرائيلي، صباح الأربعاء 14 شباط/فبراير 2024، 4 شبان فلسطينيين في مخيم طولكرم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	/* a count of captives a killing befalls is of the dead, not of the held */
	fx_open(&f, "ar", "وثق المرصد مقتل 4 معتقلين تحت التعذيب في سجن صيدنايا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 4));
	fx_close(&f);

	fx_open(&f, "en", "The gunmen killed two hostages in the raid on the village near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	/* ... not a killing with a count of its own */
	fx_open(&f, "ar", "اعتقلت القوات 30 معتقلا بعد مقتل 2 في الاشتباكات قرب مدينة درعا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/* Attackers who blew themselves up are dead, in every tense and number. */
static void test_figures_suicide_forms(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال شاهد إن مهاجمين اثنين فجرا نفسيهما عند مدخل السوق في منبج.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);

	fx_open(&f, "en", "Police said three attackers were seen blowing themselves up at the gate of the camp near Hasakah.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
}

/* A day written with no comma before its year ("March 4 2018"), or a year after "a", counts no one. */
static void test_figures_day_year(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Posted March 4 2018 A roadside bomb killed 6 soldiers near Tadmur.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2018));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* a count of 2,000 in digits stays a count */
	fx_open(&f, "en", "Police detained 1950 people in Homs on Friday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 1950));
	fx_close(&f);

	/* four digits after "a" name a year: "a 2015 massacre" counts no one */
	fx_open(&f, "en", "Relatives of those killed in a 2015 massacre in Tadmur gathered on Friday. "
			   "Gunmen killed 40 people there.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2015));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);
}

/*
 * "The casualty count", as "the casualty toll", is a toll of the dead
 * (casualty.tsv); a word of the wounded right after its number still
 * says what it counts.
 */
static void test_figures_casualty_count(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The minister said the casualty count from the market bombing in Azaz had risen to 16.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 16));
	fx_close(&f);
	fx_open(&f, "en", "Doctors in Azaz said the casualty count of the market bombing was 30 injured.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 30));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	fx_close(&f);
}

/*
 * Idioms of the casualty lexicon: "فارق الحياة" (departed life) is a verb
 * of the dead, its verb alone no word of harm ("بفارق", by a margin of);
 * "hospitalized" a verb of the wounded.
 */
static void test_figures_departed_hospitalised(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "فارقت الحياة طفلة جراء القصف على بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
	fx_open(&f, "ar", "وفارق الحياة 4 أشخاص في القصف على بلدة كفرنبل.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	fx_open(&f, "ar", "فاز فريق كفرنبل بفارق 3 أهداف بعد القصف.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
	fx_open(&f, "en", "Five people were hospitalized after the shooting at a checkpoint near Azaz.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 5));
	fx_close(&f);
	fx_open(&f, "en", "Shelling on Azaz killed six people and over 10 were hospitalized.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 10));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 10));
	fx_close(&f);
}

/*
 * "of whom" names a part of the count before it, as "of them" does:
 * "9 villagers, of whom three were women", "three of whom were women";
 * the total stays whole.
 */
static void test_figures_of_whom(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen killed 9 villagers near Azaz, of whom three were women.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->subset);
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	fx_close(&f);
	fx_open(&f, "en", "Gunmen killed 9 villagers near Azaz, three of whom were women.");
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 3)->subset);
	assert_false(fx_claim(f.d, RASD_CAS_KILLED, 9)->subset);
	fx_close(&f);
}

/*
 * A possessive opens the next member of a list ("a man and his two sons",
 * "two women and their five children"): the person before "and" shares
 * the casualty word of the list; one with a verb of its own keeps it.
 */
static void test_figures_list_possessive(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A man and his two sons were shot dead near the village of Beita.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
	fx_open(&f, "en", "An air strike on Azaz killed two women and their five children.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);
	fx_open(&f, "en", "A man was wounded in Azaz and his two sons were killed.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
}

/*
 * English headlines tell in the present with a plural subject too ("Rebels
 * kill 4, wound 11", "Militants kidnap 9", "Troops detain 12"); "arrest"
 * is left out, also a noun and an infinitive ("an arrest warrant for 3").
 */
static void test_figures_headline_present(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Rebels kill 4, wound 11 in attack on Daraa checkpoint");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);
	fx_open(&f, "en", "Gunmen kill three soldiers, abduct two in Daraa");
	assert_non_null(fx_claim(f.d, RASD_CAS_KIDNAPPED, 2));
	fx_close(&f);
	fx_open(&f, "en", "Troops detain 12 after clashes in Daraa");
	assert_non_null(fx_claim(f.d, RASD_CAS_ARRESTED, 12));
	fx_close(&f);
	fx_open(&f, "en", "A court in Daraa issued an arrest warrant for 3 officers.");
	assert_null(fx_claim(f.d, RASD_CAS_ARRESTED, 3));
	fx_close(&f);
}

/* A toll word reaches its number across a long phrase of the event it counts. */
static void test_figures_toll_long(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The death toll from the air strikes on the village of Kafr Nabl in the "
			   "southern countryside of Idlib on Thursday has risen to 23, rescuers said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 23));
	fx_close(&f);
	/* ages joined by "and" count no period of the toll */
	fx_open(&f, "ar", "قتل طفلان بعمر 6 و11 سنة في قصف على بلدة معرة حرمة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 4 children aged 5 and 8 years in Maarat Hurma.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
	/* an age counts no one, and leaves the counts beside it in their list */
	fx_open(&f, "en", "Barrel bombs killed 9 people including 4 children aged two to 12 in Anadan.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_true(fx_claim(f.d, RASD_CAS_KILLED, 4)->subset);
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
	fx_open(&f, "en", "The girls aged from three to 7 and their mother were killed in Anadan.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
	fx_open(&f, "en", "Barrel bombs killed 9 people including children between the ages of 2 and 12 in Anadan.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);
	/* punctuation and dates are no distance: a bracketed day, a long place */
	fx_open(&f, "en", "The number of soldiers and allied militiamen killed in the fighting (Tuesday) "
			   "against the rebels in the hills around the town of Kinsabba in the north of "
			   "Latakia province has risen to 41, the monitor said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 41));
	fx_close(&f);
}

/* "one of their centers" picks a thing; "one of its members" a person. */
static void test_figures_one_of_own_things(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Medics said a drone strike on one of their clinics in Sarmin killed "
			   "three nurses on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "Shells struck the two neighbourhoods of Sarmin on Sunday, and four of the "
			   "wounded are in a critical condition, a doctor said.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 2));
	fx_close(&f);

	fx_open(&f, "en", "The group said one of its members was killed in Sarmin on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
}

/* "الشهيد" as the honorific of a name after a title or a place named for him counts no death. */
static void test_figures_honorific_martyr(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "زار الوزير ساحة الطبيب الشهيد خالد يوسف في مدينة حمص يوم الأحد.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	fx_open(&f, "ar", "سقطت قذيفة قرب دوار الشهيد سامر في مدينة حمص يوم الأحد دون إصابات.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* after a place or a crowd, the one buried */
	fx_open(&f, "ar", "شيع أهالي مدينة جاسم الشهيد سامر الذي قتل بقصف يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
}

/* "وأحد" after a person is "and one of", a second person, not "واحد" counting the noun before it. */
static void test_figures_and_one_of(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "أصيب جندي وأحد المدنيين بانفجار عبوة في مدينة الباب يوم السبت.");
	assert_int_equal(fx_nclaims(f.d), 2);
	fx_close(&f);

	/* the number after its noun: one soldier */
	fx_open(&f, "ar", "قتل جندي واحد بانفجار عبوة في مدينة الباب يوم السبت.");
	assert_int_equal(fx_nclaims(f.d), 1);
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);
}

/* A count of the wounded a verb of dying then befalls is of the dead. */
static void test_figures_wounded_died(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Three guards first listed as injured later died at the clinic in Hasakah.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);

	fx_open(&f, "en", "Four farmers who had been wounded in the shelling died on Friday near Maarat.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "ar", "وتوفي أربعة من الجرحى في مشفى مدينة الباب صباح الجمعة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	fx_open(&f, "ar", "توفي خمسة مصابين في مشفى إدلب بعد القصف على سرمدا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 5));
	fx_close(&f);

	/* the wounded word and the verb of dying are no pair of killed and wounded */
	fx_open(&f, "en", "Officials in Mosul said three of the wounded died overnight at the hospital.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 3));
	fx_close(&f);

	fx_open(&f, "ar", "أسفر القصف على بلدة كفرنبل عن مقتل وإصابة 14 شخصا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 14));
	fx_close(&f);

	/* one person too: "a woman wounded in the raid died" */
	fx_open(&f, "en", "A farmer wounded in the shelling died on Monday in Kafr Nabl.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 1));
	fx_close(&f);

	/* ... not a verb of another clause or another's death */
	fx_open(&f, "ar", "وقال الأهالي إن 6 مدنيين قتلوا وأصيب أكثر من 40 بجروح في القصف على أريحا.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 40));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);

	fx_open(&f, "en", "Nine people were wounded in the raid that killed the commander near Jisr al-Shughur.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 9));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	fx_open(&f, "en", "A shepherd was killed and seven were wounded near Daraa, and one of them later died.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 7));
	fx_close(&f);
}

/*
 * A count between a verb of dying and its own wounded word, in English, is
 * of the wounded: a headline pair that lost its comma ("two killed 13
 * injured"); only Arabic's verb-first order makes the wounded die.
 */
static void test_figures_headline_pair(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Two farmers killed 11 injured in rocket fire on the outskirts of Jableh.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);

	fx_open(&f, "en", "Six civilians were killed with at least 35 injured in raids on Saraqib, medics said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 35));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 35));
	fx_close(&f);

	fx_open(&f, "ar", "مقتل ثلاثة مدنيين و11 جريحا في قصف صاروخي على أطراف جبلة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	fx_close(&f);

	/* the verb first in Arabic: the wounded died */
	fx_open(&f, "ar", "وتوفي ستة جرحى في مشفى جبلة متأثرين بإصاباتهم.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);
}

/*
 * Two verbs of harm side by side across a comma in an English headline
 * count the two together; an Arabic comma before a verb of harm opens a
 * clause with its own count.  "injures", "wounds" and "the elimination of"
 * are verbs of harm.
 */
static void test_figures_paired_verbs(void **state)
{
	/* a claim the sentence gives, and one it must not (kind -1: none) */
	static const struct {
		const char *lang, *text;
		int kind;
		int64_t value;
		int not_kind;
		int64_t not_value;
	} cases[] = {
		{ "en", "Rocket fire kills, injures over 30 people in the market of Beta.",
		  RASD_CAS_KILLED_OR_WOUNDED, 30, RASD_CAS_WOUNDED, 30 },
		{ "en", "A roadside bomb injures 9 soldiers on the road to Beta.", RASD_CAS_WOUNDED, 9, -1, 0 },
		/* "wounds" after a count is a verb, the count no count of wounded */
		{ "en", "Mortar Fire on Beta Kills Four Wounds Nineteen", RASD_CAS_KILLED, 4, RASD_CAS_WOUNDED, 4 },
		{ "en", "Mortar Fire on Beta Kills Four Wounds Nineteen", RASD_CAS_WOUNDED, 19, -1, 0 },
		{ "en", "The ministry announced the elimination of 17 gunmen in a raid near Beta.",
		  RASD_CAS_KILLED, 17, -1, 0 },
		{ "ar", "لقي حارس مصرعه، وأصيب أربعة عمال بجروح في انفجار بمصنع قرب البلدة.",
		  RASD_CAS_WOUNDED, 4, RASD_CAS_KILLED_OR_WOUNDED, 4 },
	};
	struct fx f;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fx_open(&f, cases[i].lang, cases[i].text);
		assert_non_null(fx_claim(f.d, cases[i].kind, cases[i].value));
		if (cases[i].not_kind >= 0)
			assert_null(fx_claim(f.d, cases[i].not_kind, cases[i].not_value));
		fx_close(&f);
	}
}

/* A toll "as it stood before" ("the previous toll", "الحصيلة السابقة") is an earlier one. */
static void test_figures_previous_toll(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The previous toll was 14 dead and 40 wounded in the market of Azaz.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 14)->revision, RASD_REV_EARLIER);
	assert_int_equal(fx_claim(f.d, RASD_CAS_WOUNDED, 40)->revision, RASD_REV_EARLIER);
	fx_close(&f);

	fx_open(&f, "ar", "وكانت الحصيلة السابقة 14 قتيلا في سوق مدينة اعزاز.");
	assert_int_equal(fx_claim(f.d, RASD_CAS_KILLED, 14)->revision, RASD_REV_EARLIER);
	fx_close(&f);
}

/*
 * The toll of a period just gone, all through it ("during the past week",
 * "خلال الأيام الماضية"), is no event's; "last week" dates an event.
 */
static void test_figures_past_period(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Monitors said 240 people were killed in raids on the province over the past month.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 240));
	fx_close(&f);

	fx_open(&f, "en", "A rocket fired last week killed 9 people in the town of Atarib.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	fx_open(&f, "ar", "وقتل 240 شخصا في الغارات على المحافظة خلال الأسابيع الماضية.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 240));
	fx_close(&f);

	fx_open(&f, "ar", "وقتل 9 أشخاص بغارة على بلدة الأتارب في الأسبوع الماضي.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* one day named by its rank is no span of time */
	fx_open(&f, "en", "Mortar fire killed 11 people in Beta on Monday, in the third day of the siege.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);

	fx_open(&f, "en", "Mortar fire killed 11 people in Beta in the last three days.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);

	fx_open(&f, "ar", "وقتل 11 شخصا بقذائف الهاون على البلدة في اليوم الرابع من الحصار.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);
}

/*
 * A toll of a whole war or intervention, its span "since" it or "in" it
 * ("since the start of its intervention", "in the Yemeni war"), is no
 * event's; a strike named in the clause keeps its figure, and "the worst
 * since it joined the war" tells of one event.
 */
static void test_figures_war_span(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling killed 4 farmers in Kafr Nabl. Turkey has lost 31 soldiers since the start of its "
			   "military intervention.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 31));
	fx_close(&f);

	fx_open(&f, "en", "Shelling killed 4 farmers in Kafr Nabl. Iran has lost at least 40 officers in the Yemeni war.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 40));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 4 مزارعين بقصف على كفرنبل. وخسرت تركيا 31 جنديا منذ بدء التدخل العسكري.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 31));
	fx_close(&f);

	fx_open(&f, "en", "An air strike killed 6 civilians in the Yemeni war on Tuesday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "en", "A helicopter crash killed all 7 on board in the worst loss for Ankara since it joined "
			   "the war.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 7));
	fx_close(&f);
}

/*
 * A period reaches only its own clause: "and" (the clitic و) opening a
 * clause of harm after a clause that counts nobody starts the count's own
 * ("besieged the town for two months and shelling killed 7"); the pair
 * "killed 20 and wounded 30" shares its period.
 */
static void test_figures_period_own_clause(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "تطوق الفصائل القرية منذ ثلاثة أشهر وقتل 6 مدنيين بقذائف هاون على القرية يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "en", "Rebels have encircled the village over the past three months and mortar fire killed 6 "
			   "civilians there on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "en", "During the past month shelling killed 50 and wounded 80 in the district.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 50));
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 80));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 50 شخصا وأصيب 80 آخرون خلال الشهر الماضي في المنطقة.");
	assert_null(fx_claim(f.d, RASD_CAS_WOUNDED, 80));
	fx_close(&f);
}

/*
 * A side's loss whose people are left out after a loss told with them
 * ("the rebels lost 30 fighters and the army lost at least 12") is a
 * killed toll; a loss of things is none.
 */
static void test_figures_loss_elided(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Fighting went on in Tadef on Friday. The rebels lost 30 fighters in the assault and the "
			   "army lost at least 12, a monitor said.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 30));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	fx_open(&f, "ar", "تواصلت المعارك في تادف يوم الجمعة. وخسرت الفصائل 30 مقاتلا في الهجوم فيما خسر الجيش 12 في "
			   "المعارك.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 12));
	fx_close(&f);

	fx_open(&f, "en", "Fighting went on in Tadef on Friday. The army lost 12 tanks and the rebels lost 4.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
}

/*
 * "and another N", "and N more", "along with N" with no word of their own
 * say the count before them again
 */
static void test_figures_another_gapped(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The monitor said 14 gunmen were killed near the village of Khasham in the eastern "
			   "countryside and another four outside Mayadin.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 14));
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "Shelling wounded 14 people near the village of Khasham in the eastern countryside "
			   "and four more outside Mayadin.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 4));
	fx_close(&f);

	/* a count alongside the one before is of the same harm */
	fx_open(&f, "en", "At least 6 policemen were killed in the ambush near Khasham on Friday along with three "
			   "attackers.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);

	fx_open(&f, "ar", "قتل 6 عناصر من الشرطة في الكمين قرب خشام يوم الجمعة إلى جانب ثلاثة مهاجمين.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	fx_close(&f);
}

/*
 * A list that is all the subject of a verb after it ("19 pupils and a
 * young teacher were injured") is in that verb's clause, not the one
 * before ("six pupils were killed and ...").
 */
static void test_figures_list_subject(void **state)
{
	struct fx f;

	(void)state;
	/* "from one family": a family counted, no person */
	fx_open(&f, "en", "Four women from one household were killed and two others were hurt in the shelling of Khasham.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	fx_open(&f, "en", "A nurse said four farmers were killed and 11 farmers and a young shepherd were injured in the "
			   "shelling of Khasham on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 11));
	fx_close(&f);

	fx_open(&f, "en", "A nurse said four farmers were killed and another 11 farmers and a shepherd were wounded in "
			   "the shelling of Khasham on Monday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 11));
	fx_close(&f);
}

/*
 * An idiom of death split by its subject ("لقي ثلاثة أشخاص حتفهم") holds
 * the count before its second half; the verb of harm after it, joined on
 * by "و", opens a clause of its own whose count is that verb's alone.
 */
static void test_figures_split_idiom(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "لقي أربعة مزارعين حتفهم وأصيب ستة آخرون في قصف على قرية شرق حماة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 6));
	fx_close(&f);

	/* the dual's pronoun, and a group named with "one" ("من عائلة واحدة") */
	fx_open(&f, "ar", "لقي راعيان مصرعهما وجرح ثلاثة في انفجار لغم قرب بلدة في ريف حماة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);

	fx_open(&f, "ar", "لقي ستة نازحين من عائلة واحدة حتفهم وجرح اثنان في قصف مخيم قرب الحدود.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 1));
	fx_close(&f);

	/* "أودى ... بحياة" split by its subject */
	fx_open(&f, "ar", "أودى انفجار سيارة مفخخة في سوق البلدة بحياة تسعة باعة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	/* the complement of the verb of the clause before is its count's */
	fx_open(&f, "ar", "أصيب سبعة رعاة بجروح طفيفة وقتل ثلاثة في قصف على قرية شرق حماة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 3));
	assert_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 3));
	fx_close(&f);

	/* two verbs of harm side by side still count one number together */
	fx_open(&f, "ar", "قتل وجرح 15 شخصا في قصف على قرية شرق حماة.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED_OR_WOUNDED, 15));
	fx_close(&f);
}

/*
 * A verdict of death passed is no killing ("sentenced ... to death", "حكم
 * بالإعدام"); one carried out is ("executed", "نفذ حكم الإعدام").
 */
static void test_figures_verdict(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A military court sentenced four farmers to death in Homs on Sunday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "A judge in Homs handed down death sentences to six traders on Sunday.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 6));
	fx_close(&f);

	fx_open(&f, "ar", "حكمت محكمة عسكرية بالإعدام على أربعة مزارعين في حمص يوم الأحد.");
	assert_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "Militants executed four farmers in a square in Homs on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "ar", "نفذت السلطات حكم الإعدام بحق أربعة مزارعين في حمص يوم الأحد.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "The death sentence of four farmers was carried out in Homs on Sunday.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);
}

/*
 * A casualty noun of the clause before a coordinator is no word of a
 * count of other things after another verb ("named the dead while ...
 * questioned five doctors"); a part after it still is.
 */
static void test_figures_noun_other_clause(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Nurses counted the wounded and phoned three ambulances from Jableh on Friday.");
	assert_int_equal(fx_nclaims(f.d), 0);
	fx_close(&f);

	fx_open(&f, "en", "The wounded were taken to Jableh and included three nurses.");
	assert_non_null(fx_claim(f.d, RASD_CAS_WOUNDED, 3));
	fx_close(&f);

	/* a possessive or "the other" after "and" is no verb of another clause */
	fx_open(&f, "en", "The shell killed a farmer and his three sons near Jableh.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 4));
	fx_close(&f);

	fx_open(&f, "en", "The shell killed a driver and the other two passengers near Jableh.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 2));
	fx_close(&f);
}

/*
 * The side a count's people belong to, named by "of the" and a word the
 * lexicon knows no actor by, and its allies after "and", are the verb's
 * subject, no distance to it.
 */
static void test_figures_side_and_allies(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Nine fighters of the garrison and its allies were killed in a raid on Tuesday near Salamiyah.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);

	fx_open(&f, "ar", "تسعة عناصر من قوات النظام وحلفائها قتلوا في هجوم قرب سلمية.");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 9));
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_figures_named),
		cmocka_unit_test(test_figures_subject_captives),
		cmocka_unit_test(test_figures_day_year),
		cmocka_unit_test(test_figures_casualty_count),
		cmocka_unit_test(test_figures_departed_hospitalised),
		cmocka_unit_test(test_figures_of_whom),
		cmocka_unit_test(test_figures_list_possessive),
		cmocka_unit_test(test_figures_headline_present),
		cmocka_unit_test(test_figures_toll_long),
		cmocka_unit_test(test_figures_one_of_own_things),
		cmocka_unit_test(test_figures_honorific_martyr),
		cmocka_unit_test(test_figures_and_one_of),
		cmocka_unit_test(test_figures_wounded_died),
		cmocka_unit_test(test_figures_headline_pair),
		cmocka_unit_test(test_figures_paired_verbs),
		cmocka_unit_test(test_figures_previous_toll),
		cmocka_unit_test(test_figures_past_period),
		cmocka_unit_test(test_figures_war_span),
		cmocka_unit_test(test_figures_period_own_clause),
		cmocka_unit_test(test_figures_loss_elided),
		cmocka_unit_test(test_figures_another_gapped),
		cmocka_unit_test(test_figures_list_subject),
		cmocka_unit_test(test_figures_split_idiom),
		cmocka_unit_test(test_figures_verdict),
		cmocka_unit_test(test_figures_noun_other_clause),
		cmocka_unit_test(test_figures_side_and_allies),
		cmocka_unit_test(test_figures_suicide_forms),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
