/*
 * test_attribution1.c - the extraction stage of attribution: who speaks for
 * each sentence and figure (src/extract/attribution.c), part 1 of 2, on
 * sentences written for these tests.
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

/* ---- attribution.c --------------------------------------------------- */

static void test_attribution_speaker(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن قصفا على بلدة جاسم قتل ثلاثة مدنيين.");
	assert_true(f.c.si[0].has_speaker);
	assert_string_equal(fx_speaker(&f.c.si[0].src), "sohr");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "sohr");
	fx_close(&f);

	/* the present of a reporting verb, as headlines write it */
	fx_open(&f, "en", "Activists claim 14 civilians killed in shelling on Jasim");
	assert_non_null(fx_claim(f.d, RASD_CAS_KILLED, 14));
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "activists");
	fx_close(&f);

	/* "according to X": X follows the frame and speaks */
	fx_open(&f, "en", "Nine people were killed when shelling hit Jasim, according to SANA.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "sana");
	fx_close(&f);

	/* reporting verbs of counting and stating, "وفقًا لـ" with the preposition on the name */
	fx_open(&f, "ar", "وأحصى المرصد السوري لحقوق الإنسان مقتل 13 شخصا في قصف على بلدة جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 13)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "ar", "وفقًا للمرصد السوري لحقوق الإنسان، قتل خمسة مدنيين في قصف على بلدة جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "ar", "وأصدر الدفاع المدني السوري بيانا: قتل سبعة مدنيين في قصف على بلدة جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "white_helmets");
	fx_close(&f);

	/* the one spoken to does not speak: the one who told it does */
	fx_open(&f, "en", "A local official told Reuters that 5 people were killed in Idlib.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "official_sources");
	fx_close(&f);
	fx_open(&f, "en", "The commander told the local Ronahi TV station that 5 fighters were killed "
		 "in Raqqa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);

	/* an armed actor speaks as itself, its spokesman only when named */
	fx_open(&f, "en", "The Syrian Democratic Forces said 3 of their fighters were killed in Raqqa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "sdf_itself");
	fx_close(&f);
	fx_open(&f, "ar", "وأعلن الحوثيون أن غارة على ميناء الحديدة قتلت ستة عمال.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "houthis_itself");
	fx_close(&f);
	fx_open(&f, "ar", "وأعلن المتحدث العسكري باسم الحوثيين أن غارة على ميناء الحديدة قتلت ستة عمال.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "houthi_military_spokesman");
	fx_close(&f);
	/* a word with the article is no verb: "التابع لـ" is "affiliated to", not "تابع" */
	fx_open(&f, "ar", "دارت مواجهات عنيفة في جبلة، شارك فيها الطيران المروحي التابع لسلاح "
		 "الجو السوري، وقتل فيها 15 عنصرا من الأمن العام.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 15)->src), "outlet");
	fx_close(&f);
	/* English: the subject before a parenthesis set off by commas speaks */
	fx_open(&f, "en", "The Syrian Observatory for Human Rights, which relies on a network of sources "
		 "inside the country, said 5 civilians were killed in the strike on Idlib.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Gaza's Health Ministry, run by Hamas, said 40 people were killed in the strikes "
		 "on Khan Younis.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 40)->src), "gaza_health");
	fx_close(&f);
	/* English: a source far after the verb is what was said, not who said it */
	fx_open(&f, "en", "The agency said the attack on the base was claimed by Hezbollah on Monday.");
	assert_false(f.c.si[0].has_speaker);
	fx_close(&f);
	/* "confirmed dead", "reported killed": a participle, no speaker's verb */
	fx_open(&f, "en", "The Syrian Observatory for Human Rights said the camp was hit twice. "
		 "At least 160 men were killed or wounded, with at least 70 of them confirmed dead.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 70)->src), "outlet");
	fx_close(&f);
	/* members "of" an actor are meant, not the actor speaking */
	fx_open(&f, "ar", "وقتل 9 عناصر من الشرطة العراقية أعلن لاحقا عن ارتفاع عددهم إلى 11 "
		 "في تفجير استهدف دوريتهم في كركوك.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "outlet");
	fx_close(&f);
	/* an actor the lexicon names no source after: its government's voice */
	fx_open(&f, "en", "Turkish forces said 4 soldiers were wounded in an attack near Afrin.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "turkey_mod");
	fx_close(&f);
}

/*
 * Speakers named by what they are, in the families the lexicon knows: a
 * security source is no military source, a bare ministry is the one of the
 * country the report names, an office-holder speaks for the office.
 */
static void test_attribution_families(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال مصدر أمني عراقي إن انفجار عبوة ناسفة قتل أربعة جنود قرب كركوك.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "security_sources");
	fx_close(&f);
	fx_open(&f, "ar", "وقال مصدر عسكري إن انفجار عبوة ناسفة قتل أربعة جنود قرب كركوك.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "military_source");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت عبوة ناسفة في مدينة كركوك. وأعلنت وزارة الصحة مقتل أربعة أشخاص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "iraq_health");
	fx_close(&f);
	fx_open(&f, "ar", "وأفاد مصدران محليان بمقتل ثلاثة رعاة في قصف على قرية قرب درعا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "local_sources");
	fx_close(&f);
	fx_open(&f, "en", "A strike on a market in Gaza killed 11 people, hospital workers said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "medical_sources");
	fx_close(&f);
	fx_open(&f, "en", "The Pentagon said 2 service members were wounded in a drone attack in eastern Syria.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 2)->src), "pentagon");
	fx_close(&f);
	fx_open(&f, "ar", "وقال قائمقام المدينة إن القصف قتل خمسة مدنيين في قرية حدودية.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "district_official");
	fx_close(&f);
}

/* An actor named again by what it is ("التنظيم", "the group") speaks as itself. */
static void test_attribution_actor_described(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "تبنى تنظيم داعش هجوما على حاجز للأسايش في مدينة الرقة. "
		 "وقال التنظيم عبر حساباته إن الهجوم قتل ستة عناصر.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "Islamic State");
	fx_close(&f);
	fx_open(&f, "en", "The Islamic State group claimed an attack on a checkpoint in Raqqa. "
		 "The group said 6 guards were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "Islamic State");
	fx_close(&f);
	fx_open(&f, "ar", "قال التحالف الدولي في بيان إن هجوما صاروخيا استهدف قاعدة قرب أربيل. "
		 "وقال مسؤولان أمريكيان إن الهجوم أصاب مطارا. "
		 "وأشار التحالف إلى أن خمسة متعاقدين أصيبوا في الهجوم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "us_led_coalition");
	fx_close(&f);
	/* a description that fits no actor named before names none */
	fx_open(&f, "ar", "تبنى تنظيم داعش هجوما على حاجز في مدينة الرقة. "
		 "وقالت المصادر إن الهجوم قتل ستة عناصر.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
}

/*
 * Who speaks past a subject's modifier, a carrier, a dateline and a
 * report's country: "police in the town said" is the police; "X said in a
 * statement carried by Y" is Y via X; "the agency said" is no dateline's
 * wire; a generic "الجيش" is the army of the report's country; a bare
 * ministry is the one of the country the report names,
 * "police" inside "Turkish police" naming no country of its own.
 */
static void test_attribution_subject_carrier(void **state)
{
	struct fx f;
	const struct rasd_claim *k;

	(void)state;
	/* an actor heading the subject, a modifier after it */
	fx_open(&f, "en", "A bomb exploded near a checkpoint in Kirkuk on Sunday. "
		 "Police in the town said 3 guards were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "Police");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت عبوة قرب حاجز في كركوك يوم الأحد. "
		 "وقالت الشرطة في البلدة إن ثلاثة حراس قتلوا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "الشرطة");
	fx_close(&f);
	/* near case: the actor is a word of what was said, after the verb */
	fx_open(&f, "en", "A bomb exploded near a checkpoint in Kirkuk on Sunday. "
		 "The mayor said police in the town lost 3 men.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "Police");
	fx_close(&f);
	/* near case: the people counted, a modifier after them, are no speaker */
	fx_open(&f, "en", "Air strikes killed 12 civilians on Sunday in the old market of Idlib "
		 "a local news network reported.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "civilians");
	fx_close(&f);

	/* a statement carried by an agency: the speaker, the agency its next link */
	fx_open(&f, "en", "Shelling hit a village near Hama on Sunday. The Syrian Defence Ministry said "
		 "in a statement carried by SANA that 7 gunmen were killed.");
	k = fx_claim(f.d, RASD_CAS_KILLED, 7);
	assert_string_equal(fx_speaker(&k->src), "syria_mod");
	assert_int_equal(k->src.nchain, 2);
	assert_string_equal(k->src.chain[1], "SANA");
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات قرية قرب حماة يوم الأحد. وقالت وزارة الدفاع السورية في بيان "
		 "نقلته وكالة سانا إن سبعة مسلحين قتلوا.");
	k = fx_claim(f.d, RASD_CAS_KILLED, 7);
	assert_string_equal(fx_speaker(&k->src), "syria_mod");
	assert_int_equal(k->src.nchain, 2);
	assert_string_equal(k->src.chain[1], "SANA");
	fx_close(&f);
	/* near case: a frame set off by itself makes the agency the first link */
	fx_open(&f, "en", "Shelling hit a village near Hama on Sunday. The Syrian Defence Ministry said, "
		 "as reported by SANA, that 7 gunmen were killed.");
	k = fx_claim(f.d, RASD_CAS_KILLED, 7);
	assert_string_equal(fx_speaker(&k->src), "sana");
	assert_string_equal(k->src.chain[1], "Syrian Ministry of Defence");
	fx_close(&f);
	/* near case: with no speaker before it, the carried statement is the agency's */
	fx_open(&f, "en", "Shelling hit a village near Hama on Sunday. According to a statement "
		 "carried by SANA, 7 gunmen were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "sana");
	fx_close(&f);
	/* near case: the agency is the addressee, the ministry speaks alone */
	fx_open(&f, "en", "Shelling hit a village near Hama on Sunday. The Syrian Defence Ministry told "
		 "SANA that 7 gunmen were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "syria_mod");
	fx_close(&f);

	/* "the agency" is the agency named before it, not the wire of the dateline */
	fx_open(&f, "en", "HOMS, May 2 (AFP) - A car bomb went off at a market in Homs on Sunday, "
		 "SANA reported. The agency said 8 people were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sana");
	fx_close(&f);
	/* near case: with no agency named in the body, the dateline's wire stays a candidate */
	fx_open(&f, "en", "HOMS, May 2 (AFP) - A car bomb went off at a market in Homs on Sunday. "
		 "The agency said 8 people were killed.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sana");
	fx_close(&f);

	/* "الجيش" (actors.tsv generic) speaks as the army of the report's country */
	fx_open(&f, "ar", "سقطت قذائف على بلدة مرجعيون في جنوب لبنان يوم الأحد. "
		 "وقال الجيش إن ثلاثة جنود أصيبوا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 3)->src), "lebanese_army");
	fx_close(&f);
	/* near case: in a report of Syria, Syria's */
	fx_open(&f, "ar", "سقطت قذائف على مدينة معرة النعمان يوم الأحد. "
		 "وقال الجيش إن ثلاثة جنود أصيبوا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 3)->src), "syrian_army");
	fx_close(&f);

	/* a bare ministry of a report about Turkey */
	fx_open(&f, "en", "Turkish police detained 14 people in raids on Sunday, the Interior Ministry said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_ARRESTED, 14)->src), "turkey_interior");
	fx_close(&f);
	fx_open(&f, "ar", "أوقفت الشرطة التركية 14 شخصا في مداهمات يوم الأحد، بحسب وزارة الداخلية.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_ARRESTED, 14)->src), "turkey_interior");
	fx_close(&f);
	/* near case: police of no country, in a Syrian town */
	fx_open(&f, "en", "Police detained 14 people in raids in Homs on Sunday, the Interior Ministry said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_ARRESTED, 14)->src), "syria_interior");
	fx_close(&f);
}

/*
 * A description names again what its own sentence named before it ("...
 * two Lebanese army soldiers ..., the army said"), when it fits it; one
 * that fits nothing named before it there leaves the figure the outlet's.
 */
static void test_attribution_described_same_sentence(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Israeli shelling wounded 2 Lebanese army soldiers near the border "
		 "village of Rmeish on Tuesday, the army said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 2)->src), "lebanese_army");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 3 عناصر من تنظيم داعش في كمين قرب مدينة الميادين يوم الثلاثاء، "
		 "قال التنظيم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "Islamic State");
	fx_close(&f);
	/* the army is no word of the Observatory's */
	fx_open(&f, "en", "Israeli shelling wounded 2 soldiers near the Syrian Observatory's "
		 "office in Rmeish on Tuesday, the army said.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 2)->src), "sohr");
	fx_close(&f);
}

/*
 * A quoting verb's head speaks; the one after its preposition ("عن",
 * "citing") is the chain's next link, also when the verb is a participle
 * right before it ("نقلا عن").
 */
static void test_attribution_chain(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "SANA reported, citing a military source, that 4 soldiers were killed "
		 "in Daraa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	fx_close(&f);
	fx_open(&f, "ar", "وأفادت وسائل إعلام عبرية، نقلا عن وسائل إعلام فلسطينية، "
		 "بمقتل ثلاثة شبان في مدينة جنين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "israeli_media");
	fx_close(&f);
	fx_open(&f, "ar", "ونقلت وكالة سانا عن مصدر عسكري أن أربعة جنود قتلوا في هجوم قرب درعا.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	fx_close(&f);
	/* a quoted inner link gives no figure of its own: the head going on does */
	fx_open(&f, "ar", "وقال الناشط أحمد العلي إن الغارة استهدفت مقرا قرب البوكمال.\n"
		 "ونقل عن مصدر في المشفى إن 17 قتيلا سقطوا في الغارة.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 17)->src), "activists");
	fx_close(&f);
	/* "بيان صادر عن": whose statement */
	fx_open(&f, "ar", "وقال بيان صادر عن المرصد السوري لحقوق الإنسان إن ستة مدنيين قتلوا في قصف على جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	fx_close(&f);
}

/*
 * "X cited Y as saying", "X quoted Y as saying": the object of an English
 * quoting verb is the inner link, the verb's subject speaks.
 */
static void test_attribution_cited_as_saying(void **state)
{
	const struct rasd_srcref *r;
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Reuters cited a security source as saying that 3 guards were killed "
		 "at the checkpoint.");
	r = &fx_claim(f.d, RASD_CAS_KILLED, 3)->src;
	assert_string_equal(fx_speaker(r), "reuters");
	assert_int_equal(r->nchain, 2);
	assert_string_equal(r->chain[1], "security sources");
	fx_close(&f);
	fx_open(&f, "en", "The National News Agency quoted medical sources as saying 5 farmers "
		 "were wounded by the shell.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "nna");
	fx_close(&f);
	/* "Y, quoted by X, said": X, via Y */
	fx_open(&f, "en", "A police officer, quoted by the National News Agency, said 5 farmers "
		 "were wounded by the shell.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "nna");
	fx_close(&f);
	/* passive: the one quoted is the subject, and speaks when no one is named after it */
	fx_open(&f, "en", "Medical sources were quoted as saying 5 farmers were wounded by the shell.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "medical_sources");
	fx_close(&f);
}

/*
 * A bare "مصدر", "sources" speaks as an unnamed source; with the article
 * ("المصدر", "the sources") it names again the one named before.
 */
static void test_attribution_unnamed(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال مصدر للجزيرة إن تسعة من أفراد الشرطة قتلوا في التفجير قرب كركوك.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "unnamed_sources");
	fx_close(&f);
	fx_open(&f, "en", "Three people were killed in the raid on Jenin, sources said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "unnamed_sources");
	fx_close(&f);
	fx_open(&f, "ar", "وقال مصدر أمني إن عبوة ناسفة انفجرت قرب كركوك. "
		 "وأضاف المصدر أن ثلاثة جنود قتلوا في الانفجار.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "security_sources");
	fx_close(&f);
}

/* Two speakers set against each other keep their own figures. */
static void test_attribution_two_speakers(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "SANA said 12 soldiers were killed in the clashes in Idlib, "
		 "while the Syrian Observatory said 19 soldiers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "sana");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 19)->src), "sohr");
	fx_close(&f);

	/* an armed actor speaking as itself owns the figures of its clause */
	fx_open(&f, "ar", "اقتحمت قوات الاحتلال مخيم نور شمس يوم الاثنين. وبينما اعترف جيش الاحتلال "
		 "بإصابة أربعة جنود في الاشتباكات، أكدت قناة الجزيرة مقتل تسعة مسلحين في المخيم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "israeli_army");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "aljazeera");
	fx_close(&f);

	/* ... not of another clause, whose verb has a speaker the lexicon does not know */
	fx_open(&f, "ar", "قال جيش الاحتلال إن أربعة جنود أصيبوا في مخيم نور شمس، "
		 "بينما قال أطباء متطوعون إن تسعة مدنيين قتلوا.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "israeli_army");
	fx_close(&f);

	/* a speaker of the clause set against the figure's does not give it */
	fx_open(&f, "ar", "قتل 74 شخصا في غارات على ميناء الحديدة، "
		 "في حين أعلن الجيش الإسرائيلي اعتراض صاروخ أطلق من اليمن.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 74)->src), "outlet");
	fx_close(&f);
}

/* A title and a name, then the surname alone speaks for the source. */
static void test_attribution_alias(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The Iranian ambassador to Syria Reza Karimi visited Damascus on Monday. "
		 "Karimi said 3 advisers were killed in an Israeli strike on Damascus.");
	assert_int_equal(f.c.naliases, 1);
	assert_string_equal(fx_speaker(&f.c.si[1].src), "iran_ambassador");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "iran_ambassador");
	fx_close(&f);

	/* the holder named before his title, or by a name the lexicon knows */
	fx_open(&f, "ar", "وأوضح مشير محمد بشير قائم مقام زاخو أن القصف استهدف منتجعا سياحيا قرب زاخو. "
		 "وذكرت وكالة رويترز أن القصف تكرر مرتين. وقال بشير إن ثمانية سياح قتلوا في القصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "district_official");
	fx_close(&f);
	fx_open(&f, "ar", "أفاد المتحدث باسم وزارة الصحة بحكومة الوفاق الوطني الليبية، أمين الهاشمي، "
		 "أن طلابا قتلوا في قصف على طرابلس. وذكرت وكالة رويترز أن القصف تكرر مرتين. "
		 "وقال الهاشمي إن 28 طالبا قتلوا في القصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 28)->src), "libya_health");
	fx_close(&f);
}

/* A report reprinted from a source its closing credit line names speaks as that source. */
static void test_attribution_reprint_credit(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A bomb killed 6 people at a bus stop in the town on Friday.\n"
		 "Engineers cleared a second device near the stop.\n(Valley Daily-SANA)");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sana");
	fx_close(&f);
	/* a parenthesis that is not the closing line credits nobody */
	fx_open(&f, "en", "A bomb killed 6 people at a bus stop in the town on Friday.\n(SANA)\n"
		 "Engineers cleared a second device near the stop.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
	/* nor a parenthesis closing the last sentence */
	fx_open(&f, "en", "A bomb killed 6 people at a bus stop in the town on Friday. "
		 "Engineers cleared a second device (SANA).");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
}

/* A list opened by a colon speaks with its opener's speaker, item by item. */
static void test_attribution_list(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling hit the town on Friday.\n\nThe Syrian Civil Defence said the "
		 "shelling lasted an hour and left:\n- 4 people dead\n- 7 people wounded\n\n"
		 "Residents said the market was closed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "white_helmets");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 7)->src), "white_helmets");
	fx_close(&f);
	/* the opener goes on from the speaker of the sentence before it */
	fx_open(&f, "en", "Shelling hit the town on Friday.\n\nSANA said the army answered the fire.\n"
		 "During the exchange, the shells fell on the market, which led to:\n\n- 3 people dead\n\n"
		 "- 5 people wounded");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "sana");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "sana");
	fx_close(&f);
	/* no colon: the items are the outlet's own */
	fx_open(&f, "en", "Shelling hit the town on Friday.\n\nSANA said the army answered the fire.\n\n"
		 "- 3 people dead in the town\n\n- 5 people wounded in the town");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);
}

/*
 * A continuation ("كما أشار", "وأضاف") takes the speaker of the sentence
 * right before it, and no speaker when that sentence is the outlet's own.
 */
static void test_attribution_continuation(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما أشار إلى إصابة أربعة مدنيين.");
	assert_string_equal(fx_speaker(&f.c.si[1].src), "sohr");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sohr");
	fx_close(&f);

	/* an account set against another's goes on with its speaker */
	fx_open(&f, "ar", "قالت مصادر محلية إن الاشتباكات في بلدة جاسم خلفت نحو عشرة قتلى. "
		 "بينما لم تشارك أي قوات روسية في العمليات.");
	assert_true(f.c.si[1].has_speaker);
	assert_string_equal(fx_speaker(&f.c.si[1].src), "local_sources");
	fx_close(&f);

	/* a "كما" with no reporting verb goes on in the outlet's own voice */
	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما أصيب أربعة مدنيين.");
	assert_false(f.c.si[1].has_speaker);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "outlet");
	fx_close(&f);

	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "وتقع المدينة قرب الحدود. كما أصيب أربعة مدنيين.");
	assert_false(f.c.si[1].has_speaker);
	assert_false(f.c.si[2].has_speaker);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "outlet");
	fx_close(&f);

	/* no speaker carries into a sentence recalling an earlier time */
	fx_open(&f, "ar", "قال المرصد السوري لحقوق الإنسان إن غارة قتلت ستة مقاتلين في إدلب. "
		 "كما قتل ثلاثون شخصا في هجوم مماثل على المدينة عام 2017.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	/* (a figure of another time may also be left out altogether: framing.c) */
	if (fx_claim(f.d, RASD_CAS_KILLED, 30))
		assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 30)->src), "outlet");
	fx_close(&f);
}

/* "adding" reports only with "that": "adding new urgency" carries no speaker. */
static void test_attribution_participle(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "SANA said 4 soldiers were killed in Daraa. "
		 "A second blast killed 5 people in Jasim, adding new urgency to the talks.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);

	fx_open(&f, "en", "SANA said 4 soldiers were killed in Daraa, adding that 5 were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "sana");
	fx_close(&f);
}

/*
 * "مراسلنا" is the outlet itself; "مراسل سانا", "an AFP correspondent" speak
 * for the outlet named with them.
 */
static void test_attribution_correspondent(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وقال مراسلنا إن قصفا على بلدة جاسم قتل ثلاثة مدنيين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);

	fx_open(&f, "ar", "وأكد مراسل سانا في درعا مقتل أربعة جنود في قصف على بلدة جاسم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	fx_close(&f);

	fx_open(&f, "en", "An AFP correspondent in Idlib said 6 people were killed in the strike.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "afp");
	fx_close(&f);

	/* an outlet written in capitals with a possessive: its correspondent is the outlet */
	fx_open(&f, "en", "Shells fell on the market of Jasim on Friday, killing 8 people, TASS's reporter said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "tass");
	fx_close(&f);
	fx_open(&f, "en", "SANA\u2019s correspondent in Daraa said 9 soldiers were wounded when a mine went off near Jasim.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "sana");
	fx_close(&f);
	/* told to it: the one telling speaks */
	fx_open(&f, "en", "A doctor told AFP's correspondent that 4 children were killed in the strike on Jasim.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "medical_sources");
	fx_close(&f);

	/* the channel's bare name is also a region's: with "مراسل" it is the channel */
	fx_open(&f, "ar", "وقال مراسل الجزيرة إن قصفا على بلدة جاسم قتل خمسة مدنيين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "aljazeera");
	fx_close(&f);

	/* the spokesman of Syria's civil defence is not another country's */
	fx_open(&f, "ar", "وقال المتحدث باسم الدفاع المدني إن قصفا على بلدة جاسم في درعا قتل سبعة مدنيين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "white_helmets");
	fx_close(&f);
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
	fx_open(&f, "ar", "أعلن وزير الصحة اللبناني مقتل ثمانية أشخاص في انفجار بمدينة صور.");
	who = fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src);
	/* Lebanon's ministry by its lexicon entry, else named by its words: never Syria's */
	assert_true(!strcmp(who, "lebanon_health") || !strcmp(who, "وزير الصحة اللبناني"));
	fx_close(&f);

	fx_open(&f, "en", "The Lebanese Health Minister said 8 people were killed in the blast in Tyre.");
	who = fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src);
	assert_true(!strcmp(who, "lebanon_health") || !strcmp(who, "Lebanese Health Minister"));
	fx_close(&f);

	fx_open(&f, "en", "The HTS-run health ministry said 9 people were killed in Idlib.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "syria_health");
	fx_close(&f);

	/* its own country's adjective is part of its name */
	fx_open(&f, "ar", "أعلنت وزارة الصحة السورية مقتل ثمانية أشخاص في انفجار بمدينة حمص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "syria_health");
	fx_close(&f);

	/* a bare name: the country the report names picks the entry */
	fx_open(&f, "ar", "قصفت قوات النظام مدينة حمص. وأعلنت وزارة الصحة مقتل ثمانية أشخاص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "syria_health");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت سيارة مفخخة في سوق مزدحم. وأعلنت وزارة الصحة مقتل ثمانية أشخاص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "health_ministry");
	fx_close(&f);

	/* an actor of a country the report names by no place: somebody else's, by its words */
	fx_open(&f, "ar", "وقالت الشرطة إن خمسة أشخاص قتلوا في انفجار سيارة مفخخة في مدينة حمص.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "Syrian police");
	fx_close(&f);
	fx_open(&f, "ar", "وقالت الشرطة إن خمسة أشخاص قتلوا في انفجار سيارة مفخخة في السوق.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "الشرطة");
	fx_close(&f);

	/* local people bound to no state stay what they are with a nationality */
	fx_open(&f, "en", "Egyptian witnesses told reporters that 3 people were killed in the shelling "
		 "of Rafah.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "witnesses");
	fx_close(&f);

	/* a shorter name of an institution named in full before is that one again */
	fx_open(&f, "ar", "أعلنت وزارة الدفاع الأميركية مقتل متعاقد في هجوم بطائرة مسيرة على قاعدة "
		 "في ريف دير الزور. وقالت وزارة الدفاع إن خمسة جنود أصيبوا في الهجوم.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "pentagon");
	fx_close(&f);

	/*
	 * a title alone is a speaker, and a nationality beside it says whose:
	 * "مسؤول" + "أردني" is a Jordanian official, named by its words
	 * (a Kurdish one is kurdish_sources of the lexicon)
	 */
	fx_open(&f, "ar", "وقال مسؤول أردني إن أربعة عناصر قتلوا في قصف على قرية قرب الحدود.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "مسؤول أردني");
	fx_close(&f);
	fx_open(&f, "ar", "وذكر مسؤول آخر أن تسعة مدنيين أصيبوا في الانفجار.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "officials");
	fx_close(&f);
	/* a commander of a unit is a military source of the country the report names */
	fx_open(&f, "ar", "وقال آمر اللواء إن ثلاثة جنود قتلوا في هجوم على نقطة تفتيش قرب الموصل.");
	who = fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src);
	assert_true(!strcmp(who, "military_source") || !strcmp(who, "iraq_mod"));
	fx_close(&f);

	/* a channel's own name with its country stays the channel's */
	fx_open(&f, "ar", "وقالت قناة العالم الإيرانية إن الغارة قتلت ستة أشخاص في دمشق.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "alalam");
	fx_close(&f);
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
	fx_open(&f, "ar", "أعلنت وزارة الصحة السورية مقتل خمسة مدنيين في قصف على جاسم. "
		 "وقال مصدر عسكري إن القصف جاء من الجنوب. "
		 "وأضافت الوزارة أن سبعة أشخاص أصيبوا.");
	assert_true(f.c.si[2].described || f.c.si[2].own);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 7)->src), "syria_health");
	fx_close(&f);

	fx_open(&f, "en", "The Syrian Observatory for Human Rights said 5 civilians were killed in Jasim. "
		 "SANA said the shelling came from the south. "
		 "The monitor added that 7 people were wounded.");
	assert_true(f.c.si[2].described);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 7)->src), "sohr");
	fx_close(&f);

	/* an indefinite one is somebody new: no source named before speaks */
	fx_open(&f, "ar", "أعلنت وزارة الصحة السورية مقتل خمسة مدنيين في قصف على جاسم. "
		 "وقال مصدر إن سبعة أشخاص أصيبوا.");
	assert_false(f.c.si[1].described);
	fx_close(&f);
}

/*
 * A figure whose line is broken inside its sentence is the word of the
 * speaker named where the sentence ends, and a "كما" starting a broken
 * line goes on from nobody; an embedded post's credit line names its
 * source, a wire's name alone on a line does not.
 */
static void test_attribution_lines(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال مصدر عسكري إن قصفا مدفعيا استهدف بلدة جاسم في ريف درعا صباح\n"
		 "اليوم وأدى إلى أضرار كبيرة في المنازل والمحلات التجارية في\n"
		 "وسط البلدة.\n"
		 "كما أصيب أربعة مدنيين بجروح في قصف على مدينة نوى\n"
		 "بريف درعا الغربي، حسبما أفاد المرصد السوري لحقوق\n"
		 "الإنسان.");
	/* the lines of a hard-wrapped report are joined into their sentences */
	assert_int_equal(f.d->nsents, 2);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sohr");
	fx_close(&f);

	/* a headline credits its source at its end too */
	fx_open(&f, "en", "Six fighters killed in ISIS attack on Raqqa security building: SDF\n\n"
		 "The attack took place on Monday.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sdf_itself");
	fx_close(&f);

	/* a report of whole lines: the line after the headline does not speak for it */
	fx_open(&f, "ar", "مقتل أربعة مدنيين بقصف على مدينة نوى\n"
		 "قال المرصد السوري لحقوق الإنسان إن القصف استهدف السوق.");
	assert_false(f.c.wrapped);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "outlet");
	fx_close(&f);

	fx_open(&f, "ar", "إصابة 12 فلسطينيا برصاص قوات الاحتلال في بلدة حوارة جنوب نابلس\n"
		 "— وكالة الأناضول (@aa_arabic) March 1, 2023\n"
		 "وقالت مصادر محلية إن المواجهات استمرت حتى المساء.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 12)->src), "anadolu");
	fx_close(&f);

	/* a line of the wire's name alone credits the wire the outlet relays */
	fx_open(&f, "en", "Five people were killed in a strike on a car near Nabatieh on Tuesday.\n"
		 "— Reuters");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);
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
	fx_open(&f, "ar", "وأعلن المرصد السوري لحقوق الإنسان في بيان:\n"
		 "- مقتل خمسة مدنيين في قصف على بلدة جاسم\n"
		 "- إصابة ثلاثة أطفال في قصف على مدينة نوى");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 3)->src), "sohr");
	fx_close(&f);

	fx_open(&f, "ar", "وقال المرصد السوري لحقوق الإنسان في بيانه: «استهدف القصف بلدة جاسم صباحا. "
		 "وقتل في القصف خمسة مدنيين بينهم طفلان».");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);

	/* "according to reports" inside the statement's own words is the statement's */
	fx_open(&f, "ar", "وأصدر الدفاع المدني السوري بيانا: «وفقا للتقارير الأولية، قتل سبعة مدنيين "
		 "في قصف على بلدة جاسم».");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "white_helmets");
	fx_close(&f);

	fx_open(&f, "ar", "وقال المرصد السوري لحقوق الإنسان إن القصف استهدف بلدة جاسم.\n\n"
		 "وقتل في قصف آخر على مدينة نوى خمسة مدنيين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "outlet");
	fx_close(&f);

	/* a sentence opening inside a quotation (after "…") does not open a new one */
	fx_open(&f, "en", "\u201cWe struck the depot and the… men who guarded it,\u201d "
		 "the Syrian Observatory for Human Rights said.\n\n"
		 "Another strike on Nawa killed 4 civilians on Monday.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "outlet");
	fx_close(&f);
}

/* "It said" speaks for the speaker named last, however many sentences back. */
static void test_attribution_pronoun(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "The Syrian Observatory for Human Rights said shells hit the market of Douma "
		 "on Sunday. The market was crowded. Traders had just opened. Smoke rose over the "
		 "town. Ambulances came from nearby Harasta. It said 7 shoppers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "sohr");
	fx_close(&f);

	/* a sentence of the outlet's own voice, no pronoun: the outlet's */
	fx_open(&f, "en", "The Syrian Observatory for Human Rights said shells hit the market of Douma "
		 "on Sunday. The market was crowded. Traders had just opened. Smoke rose over the "
		 "town. Ambulances came from nearby Harasta. Seven shoppers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "outlet");
	fx_close(&f);
}

/* A headline's speaker named by description is the body's source it fits. */
static void test_attribution_headline_description(void **state)
{
	struct fx f;

	(void)state;
	fx_open_titled(&f, "en", "Monitor says 8 killed in shelling on Kafr Nabl",
		    "Monitor says 8 killed in shelling on Kafr Nabl\n\n"
		    "Artillery hit the centre of Kafr Nabl on Sunday. The Syrian Observatory for Human "
		    "Rights said the shells fell near a school.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sohr");
	fx_close(&f);

	/* after the figure, and a body source the description does not fit */
	fx_open_titled(&f, "en", "8 killed in shelling on Kafr Nabl, ministry says",
		    "8 killed in shelling on Kafr Nabl, ministry says\n\n"
		    "Artillery hit the centre of Kafr Nabl on Sunday. The Syrian Observatory for Human "
		    "Rights said the shells fell near a school.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sohr");
	fx_close(&f);
}

/* An embedded post's figures are its poster's, named by the credit line. */
static void test_attribution_post_credit(void **state)
{
	struct fx f;

	(void)state;
	/* the post and its credit on one line; a poster the lexicon does not know */
	fx_open(&f, "en", "Shelling hit the old market of Maarat al-Numan on Friday.\n"
		 "Nine shoppers killed in shelling on Maarat market https://t.co/q1w2e3 "
		 "pic.twitter.com/r4t5y6\u2014 Idlib Watch Radio (@idlibwatchradio) May 3, 2024\n"
		 "Rescuers worked through the night.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "Idlib Watch Radio");
	fx_close(&f);

	/* the credit on the line after the post */
	fx_open(&f, "en", "Shelling hit the old market of Maarat al-Numan on Friday.\n"
		 "Nine shoppers killed in shelling on Maarat market pic.twitter.com/r4t5y6\n"
		 "\u2014 Idlib Watch Radio (@idlibwatchradio) May 3, 2024\n"
		 "Rescuers worked through the night.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "Idlib Watch Radio");
	fx_close(&f);

	/* a dash and brackets that credit no post */
	fx_open(&f, "en", "Shelling killed nine shoppers in the old market of Maarat al-Numan "
		 "on Friday \u2014 the third attack (in a week) on the town.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "outlet");
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attribution_speaker),
		cmocka_unit_test(test_attribution_families),
		cmocka_unit_test(test_attribution_actor_described),
		cmocka_unit_test(test_attribution_subject_carrier),
		cmocka_unit_test(test_attribution_described_same_sentence),
		cmocka_unit_test(test_attribution_chain),
		cmocka_unit_test(test_attribution_unnamed),
		cmocka_unit_test(test_attribution_two_speakers),
		cmocka_unit_test(test_attribution_alias),
		cmocka_unit_test(test_attribution_continuation),
		cmocka_unit_test(test_attribution_participle),
		cmocka_unit_test(test_attribution_correspondent),
		cmocka_unit_test(test_attribution_country),
		cmocka_unit_test(test_attribution_description),
		cmocka_unit_test(test_attribution_lines),
		cmocka_unit_test(test_attribution_statement),
		cmocka_unit_test(test_attribution_post_credit),
		cmocka_unit_test(test_attribution_headline_description),
		cmocka_unit_test(test_attribution_pronoun),
		cmocka_unit_test(test_attribution_list),
		cmocka_unit_test(test_attribution_reprint_credit),
		cmocka_unit_test(test_attribution_cited_as_saying),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
