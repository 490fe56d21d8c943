/*
 * test_attribution2.c - the extraction stage of attribution: who speaks for
 * each sentence and figure (src/extract/attribution.c), part 2 of 2, on
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

/* The "to" of a longer "according to" frame addresses nobody: its source speaks. */
static void test_attribution_according_frame(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling on the market of Douma wounded 23 people on Tuesday, "
		 "according to figures from the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 23)->src), "sohr");
	fx_close(&f);

	/* a source spoken to is still no speaker */
	fx_open(&f, "en", "Shelling on the market of Douma wounded 23 people on Tuesday, "
		 "a doctor told the local Syrian Observatory for Human Rights.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 23)->src), "sohr");
	fx_close(&f);
}

/*
 * Mourning and condolences speak for the dead they name: "the ministry
 * mourned 4 medics", "ونعت وزارة الصحة 4 مسعفين"; "قائلا إن" goes on
 * from the verb before it.
 */
static void test_attribution_mourning(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "On Monday the Health Ministry mourned 4 paramedics killed in the raid on the clinic.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "health_ministry");
	fx_close(&f);

	fx_open(&f, "en", "The Health Minister on Monday expressed his condolences to the families "
		 "of 4 paramedics killed in the raid on the clinic.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "health_ministry");
	fx_close(&f);

	fx_open(&f, "ar", "ونعت وزارة الصحة يوم الاثنين 4 مسعفين قتلوا في الغارة على المستوصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "health_ministry");
	fx_close(&f);

	fx_open(&f, "ar", "وزارة الصحة نعت يوم الاثنين 4 مسعفين قتلوا في الغارة على المستوصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "health_ministry");
	fx_close(&f);

	fx_open(&f, "ar", "وظهر وزير الصحة على التلفزيون قائلا إن 7 أشخاص قتلوا في القصف على السوق.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "health_ministry");
	fx_close(&f);
}

/*
 * An "according to" frame right after the figure closes its clause and
 * names its source, over another speaker's verb before it; not past
 * another verb, nor far away.
 */
static void test_attribution_closing_frame(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Hamas accused Israel of an air strike on a school in Rafah that killed 14 people, "
		 "according to the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "sohr");
	fx_close(&f);

	fx_open(&f, "ar", "واتهمت حركة حماس إسرائيل بشن غارة على مدرسة في رفح أدت إلى مقتل 14 شخصا، "
		 "بحسب المرصد السوري لحقوق الإنسان.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "sohr");
	fx_close(&f);

	/* the frame before the figure, as before */
	fx_open(&f, "en", "According to the Syrian Observatory for Human Rights, an air strike on a school "
		 "in Rafah killed 14 people.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "sohr");
	fx_close(&f);

	/* another verb between: the frame speaks for its own clause */
	fx_open(&f, "en", "The Syrian Civil Defence said 14 people were killed in the strike on the school, "
		 "and rescuers said the roof fell on the pupils, according to the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "white_helmets");
	fx_close(&f);
}

/* A quotation over several sentences is its speaker's, named after it closes. */
static void test_attribution_quote_closes(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A drone hit a wedding hall in Marib on Sunday. \u201cNine guests died at once. "
		 "Another 14 were carried to the hospital with burns,\u201d the Yemen Red Crescent said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "yemen_red_crescent");
	fx_close(&f);

	/* a paragraph that is a quotation goes on in the words of the speaker before it */
	fx_open(&f, "en", "A drone hit a wedding hall in Marib on Sunday.\n\n"
		 "The Yemen Red Crescent said in a statement that its teams reached the hall at night.\n\n"
		 "\u201cNine guests died at once and the hall burned down.\u201d\n\n"
		 "Marib has been hit before.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "yemen_red_crescent");
	fx_close(&f);

	/* ... not a paragraph in the outlet's own words */
	fx_open(&f, "en", "A drone hit a wedding hall in Marib on Sunday.\n\n"
		 "The Yemen Red Crescent said in a statement that its teams reached the hall at night.\n\n"
		 "Nine guests died at once and the hall burned down.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "outlet");
	fx_close(&f);

	/* a speaker after a new paragraph does not reach back into the quotation */
	fx_open(&f, "en", "A drone hit a wedding hall in Marib on Sunday. \u201cNine guests died at once.\n\n"
		 "We are still searching,\u201d the Yemen Red Crescent said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "outlet");
	fx_close(&f);
}

/*
 * A line that breaks off after its reporting verb, the next line opening
 * a quotation: the quotation is the speaker's, as after a colon, even
 * when it never closes; the speaker of the line after it, which the
 * figure's line runs on into, does not take it.
 */
static void test_attribution_quoted_line(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال الدفاع المدني السوري إن فرقه عملت طوال الليل في\n"
		 "أحياء مدينة نوى لإخماد الحرائق التي اندلعت بعد القصف\n"
		 "وأعلنت وزارة الصحة عن\n"
		 "\"مقتل ستة مدنيين وإصابة تسعة آخرين في القصف على السوق الشعبي في\n"
		 "وقال المرصد السوري لحقوق الإنسان إن القصف استمر ساعتين وطال\n"
		 "أحياء أخرى في المدينة.");
	assert_true(f.c.wrapped);
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "syria_health");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "syria_health");
	fx_close(&f);

	fx_open(&f, "en", "The Syrian Civil Defence said its teams worked through the night in\n"
		 "the districts of Nawa to put out the fires that broke out after the\n"
		 "shelling. The health ministry announced\n"
		 "\u201cSix civilians were killed and nine others were wounded in the shelling of the market\n"
		 "The Syrian Observatory for Human Rights said the shelling lasted two hours and hit\n"
		 "other districts of the town.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "syria_health");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 9)->src), "syria_health");
	fx_close(&f);

	/* a line of the outlet's own words still runs on into its speaker's */
	fx_open(&f, "ar", "قال الدفاع المدني السوري إن فرقه عملت طوال الليل في\n"
		 "أحياء مدينة نوى لإخماد الحرائق التي اندلعت بعد القصف\n"
		 "على السوق الشعبي الذي أدى إلى مقتل ستة مدنيين في\n"
		 "المدينة، حسبما أفاد المرصد السوري لحقوق الإنسان.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sohr");
	fx_close(&f);
}

/*
 * A relaying verb ("نقل", "نقلت") replaces the sentence's reporting verb
 * only when a source stands right after it ("نقلت وكالة الأنباء عن
 * ..."); a bare "نقلت" later in the sentence is "took" ("نقلت الإصابات
 * إلى المستشفى") and leaves the speaker its verb, whose next sentence
 * goes on from it.
 */
static void test_attribution_bare_relay(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وأفاد الدفاع المدني السوري أن فرقه أخمدت الحرائق في السوق الشعبي، "
		 "حيث نقلت الفرق ثلاث إصابات إلى المستشفى الوطني في المدينة.\n\n"
		 "وأضاف أن فرقه انتشلت جثث خمسة مدنيين من تحت الأنقاض.");
	assert_int_equal(f.c.si[0].own, 1);
	assert_string_equal(fx_speaker(&f.c.si[0].src), "white_helmets");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "white_helmets");
	fx_close(&f);

	/* the relaying verb with its source after it is still the sentence's */
	fx_open(&f, "ar", "وذكر مراسل محلي أن القصف استمر ساعتين، ونقلت وكالة الأناضول عن "
		 "المرصد السوري لحقوق الإنسان أن سبعة مدنيين قتلوا في القصف.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "anadolu");
	fx_close(&f);
}

/*
 * A word setting clauses against each other ("فيما", "while") parts the
 * figure from a speaker named before it, except inside the speaker's own
 * quotation: what it quotes is its word to the end.
 */
static void test_attribution_contrast_in_quote(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قال أبو محمد، من الدفاع المدني السوري في ريف إدلب، لموقع محلي: \"استهدف "
		 "القصف السوق الشعبي في المدينة بعد الظهر، فيما أصيب أكثر من 20 شخصا بجروح نقلوا "
		 "إلى المستشفى\".");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 20)->src), "white_helmets");
	fx_close(&f);

	fx_open(&f, "en", "Abu Mohammed, of the Syrian Civil Defence in rural Idlib, told a local site: "
		 "\"The shelling hit the market in the town in the afternoon, while more than 20 people "
		 "were wounded and taken to hospital.\"");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 20)->src), "white_helmets");
	fx_close(&f);
}

/*
 * An English subject's head speaks, not a source inside the modifier
 * after it ("the ministry of the U.N.-backed government said") nor one
 * that only qualifies the noun it is joined to ("the UN-backed").
 */
static void test_attribution_subject_head(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A mortar shell killed 6 people near a bakery in Sirte on Friday, "
		 "the interior ministry of the U.N.-backed administration in the western city said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "libya_interior");
	fx_close(&f);

	fx_open(&f, "en", "Four farmers were wounded by a landmine outside Sirte, "
		 "the spokesman for the UN-backed council said.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "un");
	fx_close(&f);

	/* "reports" after its subject is the verb, not "media reports" */
	fx_open(&f, "en", "Four soldiers were killed in a drone strike on a checkpoint near Palmyra, "
		 "the Syrian Observatory for Human Rights (SOHR) reports.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sohr");
	fx_close(&f);
	fx_open_titled(&f, "en", "Four soldiers killed near Palmyra, reports Syrian Observatory for Human Rights",
		    "Four soldiers killed near Palmyra, reports Syrian Observatory for Human Rights\n\n"
		    "A drone hit a checkpoint on the Palmyra road on Monday.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Four soldiers were killed in a drone strike on a checkpoint near Palmyra, "
		 "local reports said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "media_reports");
	fx_close(&f);

	/* the source named as what the modifier is about, with a verb of its own, still speaks */
	fx_open(&f, "en", "A mortar shell killed 6 people near a bakery in Sirte on Friday. "
		 "The United Nations said the shelling must stop.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
}

/* A speaker closing its sentence speaks for its clauses on both sides of a contrast. */
static void test_attribution_closes_sentence(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Five farmers were killed by shelling on Kafr Nabl while a drone hit a bakery "
		 "in the village according to the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "In Kafr Nabl 8 people were killed by shelling, while 13 were wounded, "
		 "the Syrian Observatory for Human Rights said on Friday.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sohr");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 13)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "In Kafr Nabl 8 people were killed by shelling while 13 were wounded "
		 "said the Syrian Observatory for Human Rights.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "sohr");
	fx_close(&f);

	/* the speaker heading its own clause after the contrast speaks for that clause only */
	fx_open(&f, "en", "In Kafr Nabl 8 people were killed by shelling, while the Syrian Observatory "
		 "for Human Rights said 13 were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "outlet");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 13)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 8 people in Kafr Nabl, while the Syrian Observatory for Human "
		 "Rights said the death toll was higher.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 8)->src), "outlet");
	fx_close(&f);
}

/* A monitor named by what it is, without its name, is a monitor still. */
static void test_attribution_indefinite_monitor(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Air strikes on the market of Saraqib killed 11 civilians on Sunday a monitoring group said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "monitoring_group");
	fx_close(&f);
	fx_open(&f, "en", "Seven soldiers were killed in an ambush near Palmyra, a monitor said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "monitoring_group");
	fx_close(&f);
	/* "an NGO" speaks as one; in apposition to a name it is that name's */
	fx_open(&f, "en", "Shelling killed 12 people in the market of Douma on Monday an NGO said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "ngo");
	fx_close(&f);
	fx_open(&f, "en", "The Syrian Observatory for Human Rights, an NGO with a wide network of sources, "
		 "said 12 people were killed in Douma.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 12)->src), "sohr");
	fx_close(&f);
	/* the UK-based one is the Syrian Observatory */
	fx_open(&f, "en", "Seven soldiers were killed in an ambush near Palmyra, a British-based monitoring group said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 7)->src), "sohr");
	fx_close(&f);
}

/* Offices and bodies named by their country's possessive, their spokesman, or their own name. */
static void test_attribution_named_bodies(void **state)
{
	struct fx f;

	(void)state;
	/* "Russia's" is Russia's, not the ministry of the country the report is about */
	fx_open(&f, "en", "Air strikes killed 9 militants near Deir ez-Zor, Russia's defence ministry said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "russia_mod");
	fx_close(&f);
	fx_open(&f, "en", "Air strikes hit a depot near Deir ez-Zor on Tuesday. "
		 "Eleven militants were wounded, Konashenkov said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 11)->src), "russia_mod");
	fx_close(&f);
	/* the Observatory by its bare name, its toll or its director */
	fx_open(&f, "en", "The fighting in Kafr Nabl killed 23 rebels according to an Observatory toll.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 23)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "The blast killed a guard and 3 soldiers said Observatory director Rami Abdel Rahman.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Rami Abdurrahman said that 11 fighters were killed near Tal Rifaat.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "sohr");
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 4 people in Madaya on Friday Siege Watch reported.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "siege_watch");
	fx_close(&f);

	/* "alleged" before a noun is no reporting verb: the frame at the end speaks */
	fx_open(&f, "en", "Government forces killed 14 alleged smugglers in the village of Kafr Nabl in the south "
		 "of Idlib province according to a statement issued on Monday by the Local Coordination Committees.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "lcc");
	fx_close(&f);
	fx_open(&f, "en", "The Local Coordination Committees alleged that government forces killed 14 people in Kafr Nabl.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 14)->src), "lcc");
	fx_close(&f);
}

/* A source placed by "at" ("a source at the police command") is the subject of its verb still. */
static void test_attribution_source_at(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A source at Homs Police Command told SANA's correspondent that gunmen fired rocket shells "
		 "at the Akrama neighborhood, killing 3 people and injuring 11 others.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 11)->src), "unnamed_sources");
	fx_close(&f);
	/* a page or a website named by what it is speaks as social media */
	fx_open(&f, "en", "A militant website said 10 fighters were killed in the raid on Tabqa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 10)->src), "social_media");
	fx_close(&f);
	fx_open(&f, "en", "A local Facebook page said 6 people were wounded when the shell hit a school in Tabqa.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 6)->src), "social_media");
	fx_close(&f);
	/* "regime media", as the opposition's outlets call it, is the state's */
	fx_open(&f, "en", "In Homs regime media said 5 people were killed in a car bomb near a bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "syria_state_media");
	fx_close(&f);
}

/*
 * A source inside a relative clause ("..., which the ministry says ...")
 * speaks for its own clause only: not for the figure of the sentence
 * around it, but for a figure inside the clause.
 */
static void test_attribution_relative_clause(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Six farmers were killed near Jasim in a raid which the Syrian Observatory for "
		 "Human Rights says was carried out by drones.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "Drones hit Jasim, which SANA says is held by gunmen, killing 5 farmers, "
		 "the Syrian Observatory for Human Rights said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sohr");
	fx_close(&f);
	/* the figure inside the clause is its speaker's */
	fx_open(&f, "en", "Drones struck a bus which SANA said killed 4 farmers near Jasim.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 4)->src), "sana");
	fx_close(&f);
	fx_open(&f, "en", "The raid on the depot, which police said left 3 guards dead, came at night.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ستة مزارعين في غارة على جاسم التي قالت وكالة سانا إنها معقل للمسلحين.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "outlet");
	fx_close(&f);
}

/*
 * Generic speakers a reader credits though they are no named body: an
 * official of a side, described by the side; "official" as an adjective
 * ("official figures") is no speaker.
 */
static void test_attribution_generic_speakers(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Mortars hit Amuda on Sunday. A Kurdish official said 5 shoppers were wounded at the bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 5)->src), "kurdish_sources");
	fx_close(&f);
	fx_open(&f, "en", "Mortars hit Atarib on Sunday. An opposition spokesman said 6 shoppers were killed at the bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "opposition_sources");
	fx_close(&f);
	fx_open(&f, "en", "The Observatory said shells hit Atarib. Opposition websites said 11 shoppers were killed at the bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 11)->src), "opposition_sources");
	fx_close(&f);
	fx_open(&f, "ar", "سقطت قذائف على عامودا. وقال مسؤول كردي إن أربعة متسوقين أصيبوا قرب الفرن.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "kurdish_sources");
	fx_close(&f);
	fx_open(&f, "en", "Mortars hit Amuda on Sunday. Official figures show 8 shoppers were wounded at the bakery.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 8)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "ar", "سقطت قذائف على عامودا. وأفادت مصادر طبية بإصابة ثلاثة متسوقين قرب الفرن.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 3)->src), "medical_sources");
	fx_close(&f);
}

/*
 * A sentence framed by "In a statement," whose subject stands far from the
 * frame but right before its own "said" speaks by that verb, and its
 * statement runs on after the colon.
 */
static void test_attribution_frame_and_verb(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "In a statement issued late on Monday, the Kurdish-led Syrian Democratic Forces said:\n\n"
		 "Shells hit the market of Amuda. Five shoppers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 5)->src), "sdf_itself");
	fx_close(&f);
	/* the verb of a quoted inner speaker does not replace the quoting one */
	fx_open(&f, "en", "SANA said shells hit Amuda. The agency quoted a source at the hospital as saying "
		 "that 4 shoppers were wounded.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sana");
	fx_close(&f);
}

/*
 * A subject and its verb stand apart by a date ("the rebels on Sunday
 * claimed"); a pronoun right before a verb is its subject, not the place
 * before it ("... on the square it said" goes on from the last speaker).
 */
static void test_attribution_subject_gaps(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Syrian rebels on Sunday claimed that jets hit their post near Atarib, killing 3 fighters.");
	assert_string_not_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 3)->src), "outlet");
	fx_close(&f);
	fx_open(&f, "en", "SANA said shells hit the old market. \"Four people were wounded by a shell that fell "
		 "on the market\" near the Clock Square it said.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_WOUNDED, 4)->src), "sana");
	fx_close(&f);
	/* a body's own name written as an acronym keeps its own country's adjective */
	fx_open(&f, "en", "Jets struck Tabqa on Saturday. The Syrian SANA agency said 6 farmers were killed.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 6)->src), "sana");
	fx_close(&f);
	/* a hospital's spokesman or director speaks as a medical source */
	fx_open(&f, "en", "A spokesman at the hospital in Atarib said a strike hit its yard, killing 9 patients.");
	assert_string_equal(fx_speaker(&fx_claim(f.d, RASD_CAS_KILLED, 9)->src), "medical_sources");
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attribution_subject_head),
		cmocka_unit_test(test_attribution_closes_sentence),
		cmocka_unit_test(test_attribution_indefinite_monitor),
		cmocka_unit_test(test_attribution_named_bodies),
		cmocka_unit_test(test_attribution_source_at),
		cmocka_unit_test(test_attribution_relative_clause),
		cmocka_unit_test(test_attribution_generic_speakers),
		cmocka_unit_test(test_attribution_frame_and_verb),
		cmocka_unit_test(test_attribution_subject_gaps),
		cmocka_unit_test(test_attribution_mourning),
		cmocka_unit_test(test_attribution_closing_frame),
		cmocka_unit_test(test_attribution_quote_closes),
		cmocka_unit_test(test_attribution_quoted_line),
		cmocka_unit_test(test_attribution_bare_relay),
		cmocka_unit_test(test_attribution_contrast_in_quote),
		cmocka_unit_test(test_attribution_according_frame),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
