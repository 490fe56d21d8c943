/*
 * test_places1.c - the extraction stage of places: where each sentence and
 * event is (src/extract/places.c), part 1 of 2, on sentences written for
 * these tests.
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

/* ---- places.c -------------------------------------------------------- */

static void test_places_not_the_event(void **state)
{
	struct fx f;

	(void)state;
	/* where fire came from */
	fx_open(&f, "en", "Rockets fired from Idlib killed 3 civilians in Aleppo on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Aleppo");
	fx_close(&f);

	/* where the speaker is */
	fx_open(&f, "en", "A correspondent in Homs reported that shelling killed 5 civilians in Jasim.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a place attached to a speaker: its subject's, or the place it told in */
	fx_open(&f, "en", "A spokesman in Damascus said an air strike killed 6 fighters in the town of Jasim on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "The talks will go on next week, a spokesman told reporters in Beirut.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	fx_open(&f, "ar", "قال مسؤولون في دمشق إن غارة جوية قتلت ستة مقاتلين في بلدة جاسم يوم الاثنين.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* the only place of a sentence that tells the event is the event's */
	fx_open(&f, "en", "A car bomb killed 5 people on Monday, the governor told reporters in Baghdad.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Baghdad");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت سيارة مفخخة يوم الاثنين ما أدى إلى مقتل خمسة أشخاص، بحسب ما قال للصحفيين في بغداد.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Baghdad");
	fx_close(&f);
	fx_open(&f, "ar", "صرح متحدث في دمشق بأن المحادثات ستستمر الأسبوع المقبل.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	/* a passive verb of saying tells where the event was */
	fx_open(&f, "en", "Clashes were reported in Jasim and Daraa on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "A car bomb in Baghdad killed 5 people on Monday, officials said.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Baghdad");
	fx_close(&f);
	/* a source that is a side too: where it fought, no post of a speaker */
	fx_open(&f, "en", "Clashes between the army and the RSF in Nyala, the capital of South "
		 "Darfur, killed 11 people on Saturday.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Nyala");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 11 شخصا يوم السبت في اشتباكات بين الجيش وقوات الدعم السريع في "
		 "نيالا عاصمة جنوب دارفور.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Nyala");
	fx_close(&f);
	/* an agency named in quotes, then where it is */
	fx_open(&f, "ar", "وقالت وكالة «سانا» في اللاذقية إن قذيفة قتلت مدنيين اثنين في جبلة.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "lgn:19139");
	fx_close(&f);

	/* where the wounded were taken: no place of the event, no event of its own */
	fx_open(&f, "en", "Shelling killed 4 civilians in Jasim on Monday. The wounded were "
		 "transferred to a hospital in Daraa.");
	assert_int_equal(f.c.si[1].place, -1);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "ar", "قتل أربعة مدنيين بقصف على بلدة جاسم يوم الإثنين. ونقل الجرحى إلى مشفى "
		 "الرحمة في مدينة درعا.");
	assert_int_equal(f.c.si[1].place, -1);
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* "taken", "rushed", "brought" to a hospital are transfers too */
	fx_open(&f, "en", "The wounded were taken to a hospital in Daraa after shelling on the "
		 "village of Jasim killed 4 civilians on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 3 civilians in Jasim; two children were rushed to "
		 "a clinic in Daraa.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a place after "taken" with no "to" or "in" between is none of them */
	fx_open(&f, "en", "Shelling killed 3 civilians in Jasim, taken by the army on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a list of the places the wounded were taken to is no wave of events */
	fx_open(&f, "ar", "سقط صاروخ على (مخيم جاسم القديم) للنازحين، ما أدى إلى مقتل خمسة "
		 "مدنيين، تم نقل بعضهم إلى مشفى الرحمة في جاسم، ومشفى نوى، وطفس.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "A rocket hit the old camp of Jasim, killing 5 civilians; some of the "
		 "wounded were transferred to the Rahma hospital in Jasim, Nawa hospital and Tafas.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* every member of a list of where the wounded were taken */
	fx_open(&f, "en", "Gunmen clashed on Monday, killing 2 people; the wounded were "
		 "transferred to hospitals in Beirut and Dahiyeh.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	fx_open(&f, "ar", "اندلعت اشتباكات يوم الإثنين أدت إلى مقتل شخصين، ونقل الجرحى إلى "
		 "مستشفيات بيروت والضاحية الجنوبية.");
	assert_int_equal(f.c.si[0].place, -1);
	fx_close(&f);
	/* a list of where the event was stays */
	fx_open(&f, "en", "Shelling hit Jasim and Tafas on Monday, killing 4 civilians.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
	/* where the forces that fired are stationed */
	fx_open(&f, "ar", "قصفت قوات النظام المتمركزة في مدينة درعا بلدة جاسم يوم الإثنين، ما أدى "
		 "إلى مقتل مدنيين اثنين.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "Troops stationed in Daraa shelled Jasim on Monday, killing 2 civilians.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a hospital struck is the event's place */
	fx_open(&f, "en", "An air strike hit a hospital in Jasim on Monday, killing 3 people.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
}

/* A governorate named as a region of itself is the governorate, not its capital. */
static void test_places_region(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling killed 2 civilians in eastern Homs countryside on Monday.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	assert_int_equal(f.d->events[0].geo_precision, 3);
	fx_close(&f);

	/* the bare name is no region of it */
	fx_open(&f, "en", "Shelling killed 2 civilians in Homs on Monday.");
	assert_int_not_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "en", "Shelling killed 2 civilians in rural Idlib on Monday.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY07");
	fx_close(&f);
	/* the desert of a town that names a district: the district */
	fx_open(&f, "ar", "قتل أربعة عناصر من قوات النظام في هجوم على حافلة في بادية تدمر.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_DISTRICT);
	fx_close(&f);
	/* a point of the compass from a town named as one is outside it */
	fx_open(&f, "ar", "هاجم التنظيم نقطة عسكرية شمال مدينة السخنة، ما أدى إلى مقتل ثلاثة جنود.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_SUBDISTRICT);
	fx_close(&f);
}

/*
 * "the province of X" names the whole governorate, as "X province" does;
 * a town's name alone so named is its governorate (a province is named
 * after its seat), and a town of it told of next is the same event.
 */
static void test_places_province_of(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling killed 2 civilians in the northern province of Hama on Monday.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "en", "A drone struck a car in Dohuk province, killing 4 people.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "en", "Artillery fire on a hillside village in the province of Dohuk killed 4 shepherds. "
		 "The shells fell near Zakho, local officials said.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/* "of" after another word, and the city named as one, are no province */
	fx_open(&f, "en", "Shelling killed 2 civilians in the city of Hama on Monday.");
	assert_int_not_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
	fx_open(&f, "en", "Gunmen killed 2 traders on the outskirts of Hama on Monday.");
	assert_int_not_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_GOVERNORATE);
	fx_close(&f);
}

/*
 * A place the gazetteer does not know, named with a word of its kind
 * before a known name ("بلدة ... في درعا", "the village of ... in
 * Daraa"), is somewhere in the area that name stands for: the governorate,
 * not the city of that name; the city itself when named as one.
 */
static void test_places_unknown_inside(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قصفت قوات النظام بلدة الزهيرات في درعا، ما أدى إلى مقتل ثلاثة مدنيين.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY12");
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit the village of Qasr Nuwaylat in Daraa, killing 3 civilians.");
	assert_string_equal(fx_place(f.c.si[0].place)->id, "SY12");
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات النظام مدينة درعا، ما أدى إلى مقتل ثلاثة مدنيين.");
	assert_int_equal(fx_place(f.c.si[0].place)->kind, RASD_PLACE_CITY);
	fx_close(&f);
	/* a known town before it is the place */
	fx_open(&f, "en", "Shelling hit the town of Jasim in Daraa, killing 3 civilians.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Jasim");
	fx_close(&f);
}

static void test_places_inside(void **state)
{
	int32_t jasim = rasdp_lex_lookup(fx_lexicon(), RASD_LEX_PLACE, "Jasim", 5);
	int32_t daraa = rasdp_lex_find(fx_lexicon(), RASD_LEX_PLACE, "SY12");
	int32_t azaz = rasdp_lex_lookup(fx_lexicon(), RASD_LEX_PLACE, "Azaz", 4);

	(void)state;
	assert_true(jasim >= 0 && daraa >= 0 && azaz >= 0);
	assert_int_equal(rasdp_lex_governorate(fx_lexicon(), jasim), daraa);
	assert_true(rasdp_same_or_inside(fx_lexicon(), jasim, daraa));
	assert_true(rasdp_same_or_inside(fx_lexicon(), jasim, -1));
	assert_false(rasdp_same_or_inside(fx_lexicon(), jasim, azaz));
	assert_true(rasdp_place_rank(fx_place(jasim)) > rasdp_place_rank(fx_place(daraa)));
}

/*
 * A village (places-communities.tsv, match "context") is a place with its
 * governorate or district named near it, or after "قرية"/"village of";
 * not on its own.
 */
static void test_places_village_context(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قتل مدنيان في قصف مدفعي على عسان صباح اليوم.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "قتل مدنيان في قصف مدفعي على عسان بريف حلب الجنوبي صباح اليوم.");
	assert_string_equal(fx_sent_place(&f, 0), "C1004");
	fx_close(&f);
	fx_open(&f, "ar", "قتل مدنيان في قصف مدفعي على قرية عسان صباح اليوم.");
	assert_string_equal(fx_sent_place(&f, 0), "C1004");
	fx_close(&f);
	/* its governorate named three sentences away does not count */
	fx_open(&f, "ar", "زار الوفد حلب أمس. ثم عاد الوفد. وكان الطقس باردا. "
		 "قتل مدنيان في قصف مدفعي على عسان.");
	assert_string_equal(fx_sent_place(&f, 3), "");
	fx_close(&f);
	/* a plural word of their kind heads the list: each member is named with it */
	fx_open(&f, "ar", "قصفت الطائرات قرى عسان وبسنقول صباح اليوم.");
	assert_non_null(f.d->nevents >= 2 ? fx_place(f.d->events[1].place) : NULL);
	assert_string_equal(fx_place(f.d->events[1].place)->id, "C4322");
	fx_close(&f);
	fx_open(&f, "en", "Drones struck the villages of Esan, and Bsanqul this morning.");
	assert_true(f.d->nevents >= 2);
	assert_string_equal(fx_place(f.d->events[1].place)->id, "C4322");
	fx_close(&f);
	/* so is a name that is also an ordinary word ("حاس") */
	fx_open(&f, "ar", "سقطت قذائف على بلدتي معرشورين وحاس مساء أمس.");
	assert_true(f.d->nevents >= 2);
	assert_string_equal(fx_place(f.d->events[1].place)->id, "C4058");
	fx_close(&f);
	/* with no word of its kind, a village alone is still none */
	fx_open(&f, "en", "Drones struck Esan and Bsanqul this morning.");
	assert_true(f.d->nevents <= 1);
	fx_close(&f);
}

/*
 * The country of the report gates its names: a Syrian namesake is no place
 * in a report on Yemen, and a name inside a longer unknown name is none.
 */
static void test_places_country(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "In Taizz, Yemen, shelling hit a market in Ath Thawrah district, "
		 "killing 4 civilians.");
	assert_true(f.c.si[0].place < 0 || strcmp(fx_place(f.c.si[0].place)->country, "SY"));
	assert_string_equal(f.c.country, "YE");
	fx_close(&f);
	fx_open(&f, "en", "A drone struck a house in Bab Ghaliq on Monday, killing 2 children.");
	assert_true(f.c.si[0].place < 0 || strcmp(fx_place(f.c.si[0].place)->name_en, "Al Bab"));
	fx_close(&f);
	/* a person's name is no place, there or when repeated */
	fx_open(&f, "en", "The envoy Reza Karimi arrived on Monday. Karimi said 3 guards were "
		 "killed.");
	assert_string_equal(fx_sent_place(&f, 1), "");
	fx_close(&f);
	/* a foreign city's name inside a person's name says no country */
	fx_open(&f, "en", "Residents buried Ayham Hayel Hamdan on Tuesday. He was killed by "
		 "shelling on the village of Kuyah in Daraa, Syria.");
	assert_string_equal(f.c.country, "SY");
	assert_string_equal(fx_place(f.c.si[1].place)->country, "SY");
	fx_close(&f);
	/* two place names side by side, neither holding the other, are a person */
	fx_open(&f, "en", "A portrait of Qasem Soleimani hung in the house that was hit, "
		 "killing 3.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	assert_string_equal(f.c.country, "");
	fx_close(&f);
	/* family names written with the article name no towns ("al-X al-Y") */
	fx_open(&f, "en", "A drone killed the commander Abu Khalid al-Qurayshi al-Hashimi in Idlib.");
	assert_string_equal(fx_sent_place(&f, 0), "lgn:19142");
	fx_close(&f);
	fx_open(&f, "en", "A drone killed the commander Mahmoud al-Hashimi in Idlib.");
	assert_string_equal(fx_sent_place(&f, 0), "lgn:19142");
	fx_close(&f);
	/* a name written with the article is no place without it */
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على المنزل وأصيب طفلان بجروح حرجة.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف على مدينة الباب بريف حلب.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Al Bab");
	fx_close(&f);
	/* a two-letter name is no word with a proclitic: "باب" is a door */
	fx_open(&f, "ar", "قتل ثلاثة مدنيين بقصف سقط قرب باب المدرسة.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	/* two countries named once each: neither drops the other's places */
	fx_open(&f, "en", "Shelling on Aleppo killed 3 civilians a week after the talks in Beirut.");
	assert_string_equal(fx_sent_place(&f, 0), "lgn:19147");
	fx_close(&f);
	/* the Syrian town where nothing says otherwise */
	fx_open(&f, "en", "Shelling killed 2 civilians in Jassem, in the Daraa countryside.");
	assert_string_equal(fx_sent_place(&f, 0), "lgn:19125");
	fx_close(&f);
	/*
	 * a foreign city's name inside a longer place name ("الزاوية", a Libyan
	 * city, of "جبل الزاوية") names no country: the towns stay Syrian
	 */
	fx_open(&f, "ar", "سقطت قذائف على بلدة كنصفرة في جبل الزاوية مساء أمس.");
	assert_string_equal(fx_sent_place(&f, 0), "C4309");
	fx_close(&f);
}

/*
 * A governorate read as a part of a person's name is one only where it
 * stands: the report's other mentions of it stay places.  A known country
 * with an "s" stuck on it ("Syrias", apostrophe dropped) is no unknown
 * word making a name longer.
 */
static void test_places_name_where_it_stands(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling hit Syria's Idlib province on Monday, killing 3 people.");
	assert_string_equal(fx_sent_place(&f, 0), "SY07");
	fx_close(&f);
	fx_open(&f, "en", "Shelling hit Syrias Idlib province on Monday, killing 3 people.");
	assert_string_equal(fx_sent_place(&f, 0), "SY07");
	fx_close(&f);
	/* an unknown capitalised word with an "s" is still a part of a name */
	fx_open(&f, "en", "A portrait of Hamdans Idlib hung in the house, killing 3.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	/* names side by side in a tag line take no other mention away */
	fx_open(&f, "en", "Tags Aleppo Idlib. Shelling hit a market in Idlib on Monday, "
		 "killing 3 people.");
	assert_string_equal(fx_place(rasdp_lex_governorate(fx_lexicon(), f.c.si[1].place))->id, "SY07");
	fx_close(&f);
	/* a governorate in a person's name is a name there, a place elsewhere */
	fx_open(&f, "en", "A portrait of Zuhair Idlib hung in the house. Shelling hit a "
		 "market in Idlib on Monday, killing 3 people.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	assert_string_equal(fx_place(rasdp_lex_governorate(fx_lexicon(), f.c.si[1].place))->id, "SY07");
	fx_close(&f);
	/* a Title Case headline repeated in the body */
	fx_open(&f, "en", "Rebels Dead in Fighting for Key Aleppo Road\n"
		 "Fighting for a key Aleppo road killed 29 rebels on Monday.");
	assert_string_equal(fx_place(rasdp_lex_governorate(fx_lexicon(), f.d->events[0].place))->id, "SY02");
	fx_close(&f);
	/* a name of a town below a governorate is still a name when repeated */
	fx_open(&f, "en", "The envoy Reza Karimi arrived on Monday. Karimi said 3 guards were "
		 "killed.");
	assert_string_equal(fx_sent_place(&f, 1), "");
	fx_close(&f);
}

/*
 * A town and its same-name subdistrict are one place at two levels; the
 * town is the more precise.  Namesakes apart that context cannot tell
 * apart give what they share, never one of them.
 */
static void test_places_one_identity(void **state)
{
	int32_t town = rasdp_lex_find(fx_lexicon(), RASD_LEX_PLACE, "lgn:19142");
	int32_t sub = rasdp_lex_find(fx_lexicon(), RASD_LEX_PLACE, "SY070000");
	int32_t jasim = rasdp_lex_find(fx_lexicon(), RASD_LEX_PLACE, "lgn:19125");
	struct fx f;

	(void)state;
	assert_true(town >= 0 && sub >= 0 && jasim >= 0);
	assert_true(rasdp_same_name(fx_place(town), fx_place(sub)));   /* Idlib, Idleb */
	assert_true(rasdp_same_or_inside(fx_lexicon(), town, sub));
	assert_false(rasdp_same_or_inside(fx_lexicon(), jasim, sub));
	fx_open(&f, "en", "Warplanes struck the village of Jdideh, killing 3 civilians.");
	assert_true(f.c.si[0].place < 0 ||
		    fx_place(f.c.si[0].place)->kind < RASD_PLACE_CITY);
	fx_close(&f);
}

/* The candidate of event `ev` at place `id` whose feature `f` (by name) is set, or NULL. */
static const struct rasd_place_cand *pcand(const struct rasd_event *ev, const char *id,
					   const char *f)
{
	const struct rasd_decision *dec = rasdp_decisions[RASD_DEC_PLACE];
	size_t i, k;

	for (k = 0; k < dec->nfeats && strcmp(dec->feats[k].name, f); k++)
		;
	assert_true(k < dec->nfeats);
	for (i = 0; i < ev->npcands; i++)
		if (!strcmp(fx_place(ev->pcands[i].place)->id, id) && ev->pcands[i].x[k] > 0)
			return &ev->pcands[i];
	return NULL;
}

/*
 * The place decision: the event's place among the places its sentences
 * name.  Framing's most precise place wins, unless it is a town named
 * bare after the event's sentences gave its name as an area holding the
 * event ("بريف إدلب" ... "تشهده إدلب"): the event is in that area.
 */
static void test_places_decision(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قصفت الطائرات الروسية معسكرا في منطقة جبل القرنفل بريف إدلب، ما أدى إلى "
		 "مقتل خمسة عناصر. ويأتي القصف ضمن التصعيد الذي تشهده إدلب منذ أسابيع.");
	assert_int_equal(f.d->nevents, 1);
	assert_non_null(pcand(&f.d->events[0], "lgn:19142", "framed"));
	assert_non_null(pcand(&f.d->events[0], "lgn:19142", "bare_repeat"));
	assert_non_null(pcand(&f.d->events[0], "SY07", "repeated_area"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "SY07");
	assert_int_equal(f.d->events[0].geo_precision, 3);
	fx_close(&f);
	/* a town of another name is more precise than the area: it stays */
	fx_open(&f, "ar", "قصفت الطائرات الروسية مدينة سراقب بريف إدلب، ما أدى إلى مقتل خمسة مدنيين. "
		 "ويأتي القصف ضمن التصعيد الذي تشهده إدلب منذ أسابيع.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	assert_null(pcand(&f.d->events[0], "lgn:19142", "bare_repeat"));
	fx_close(&f);
	/* the town's name is also read as its governorate, a candidate of its own */
	fx_open(&f, "en", "Shelling killed 2 civilians in Idlib on Monday.");
	assert_non_null(pcand(&f.d->events[0], "SY07", "area_reading"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "lgn:19142");
	fx_close(&f);
}

/*
 * A town named bare like its governorate ("في دهوك") while the report
 * names another place of the governorate outside the town: the name may
 * be the governorate's, and the decision weighs it so; named with its
 * kind ("مدينة دهوك") or alone, it is the town.
 */
static void test_places_seat_elsewhere(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف مدفعي في دهوك، وامتد القصف إلى أطراف زاخو.");
	assert_true(f.d->nevents >= 1);
	assert_non_null(pcand(&f.d->events[0], "gn:96994", "seat_elsewhere"));
	assert_non_null(pcand(&f.d->events[0], "IQ.08", "seat_area"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "IQ.08");
	fx_close(&f);
	/* named with its kind: the city itself */
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف مدفعي في مدينة دهوك، وامتد القصف إلى أطراف زاخو.");
	assert_true(f.d->nevents >= 1);
	assert_null(pcand(&f.d->events[0], "gn:96994", "seat_elsewhere"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "gn:96994");
	fx_close(&f);
	/* no other place of the governorate: the city */
	fx_open(&f, "en", "A roadside bomb killed 2 soldiers in Duhok on Monday.");
	assert_true(f.d->nevents >= 1);
	assert_null(pcand(&f.d->events[0], "gn:96994", "seat_elsewhere"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "gn:96994");
	fx_close(&f);
}

/*
 * An item of a roundup opens with its area, set off by a comma ("In
 * Idlib, ...", "وفي درعا، ..."): a town of that governorate its clause
 * names is the event's place, the opening name only the area.
 */
static void test_places_opening_area(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "In Daraa, unknown gunmen shot dead a teacher in Tafas on Sunday.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "lgn:19114");
	fx_close(&f);
	fx_open(&f, "ar", "وفي إدلب، قتل طفلان بقصف مدفعي على مدينة سراقب.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "lgn:19120");
	fx_close(&f);
	/* the seat named in the clause itself is the town */
	fx_open(&f, "en", "Unknown gunmen shot dead a teacher in Daraa on Sunday.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "lgn:19154");
	fx_close(&f);
}

/*
 * Where a report was filed from says nothing of the country it is about:
 * the dateline's city, and its country after a comma, even after the
 * line's date and a time in parentheses.
 */
static void test_places_dateline_country(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "BEIRUT, LEBANON - Jets struck a camp in Idlib on Monday, killing 5 fighters.");
	assert_string_equal(f.c.country, "SY");
	fx_close(&f);
	fx_open(&f, "en", "date 2024-03-04 BEIRUT, LEBANON (7:45 P.M.) - Jets struck a camp in Idlib "
		 "on Monday, killing 5 fighters.");
	assert_string_equal(f.c.country, "SY");
	fx_close(&f);
	/* a country named in the text still counts */
	fx_open(&f, "en", "Jets struck a camp in Idlib on Monday, killing 5 fighters, Lebanon said.");
	assert_string_equal(f.c.country, "");
	fx_close(&f);
}

/*
 * A line of capitalised words is a title: a place name in it followed by a
 * capitalised word is no part of a longer name, there or where the report
 * repeats it; in prose it is.
 */
static void test_places_title_line(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling Near Jasim Bakery Kills Three Farmers\n"
		 "Artillery shells struck a bakery in Jasim on Monday, killing three farmers.");
	assert_string_equal(fx_sent_place(&f, 1), "lgn:19125");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "The office of Jasim Bakery Workers said three farmers were killed.\n"
		 "Artillery shells struck a bakery in Jasim on Monday, killing three farmers.");
	assert_string_equal(fx_sent_place(&f, 1), "");
	fx_close(&f);
}

/*
 * An event whose own sentences name no place takes the place a sentence
 * next to them in its paragraph names; not one of another paragraph, nor
 * one of another event.
 */
static void test_places_neighbour_sentence(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Gunmen opened fire on a minibus at dawn, killing four passengers. "
		 "Their families said they were farm workers.  The convoy was travelling "
		 "to the town of Jasim.");
	assert_int_equal(f.d->nevents, 1);
	assert_non_null(pcand(&f.d->events[0], "lgn:19125", "neighbour_sentence"));
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* the place it was filed from is no place of its own */
	fx_open(&f, "en", "DAMASCUS - Gunmen opened fire on a minibus at dawn, killing four passengers. "
		 "Their families said they were farm workers.  The convoy was travelling "
		 "to the town of Jasim.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* another paragraph says nothing of where it was */
	fx_open(&f, "en", "Gunmen opened fire on a minibus at dawn, killing four passengers. "
		 "Their families said they were farm workers.\n\nThe convoy was travelling "
		 "to the town of Jasim.");
	assert_int_equal(f.d->events[0].place, -1);
	fx_close(&f);
	/* a place the event's own sentence names is not looked for next to it */
	fx_open(&f, "en", "Gunmen opened fire on a minibus in Tafas at dawn, killing four passengers. "
		 "Their families said they were farm workers.  The convoy was travelling "
		 "to the town of Jasim.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_null(pcand(&f.d->events[0], "lgn:19125", "neighbour_sentence"));
	fx_close(&f);
}

/*
 * A part of a country ("eastern Syria", "شمال غرب سوريا") locates an
 * event that no finer place locates; a governorate or a town the event's
 * sentences name is still its place, and the country part splits off no
 * event of its own.
 */
static void test_places_country_part(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Unidentified drones struck a weapons depot in eastern Syria overnight, "
		 "killing seven fighters.");
	assert_int_equal(f.d->nevents, 1);
	assert_non_null(pcand(&f.d->events[0], "x:syria_e", "country_part"));
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:syria_e");
	assert_int_equal(f.d->events[0].geo_precision, 3);
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "قتل أربعة مسلحين بغارة جوية استهدفت مستودعا للذخيرة في شمال غربي سوريا فجر اليوم.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:syria_nw");
	fx_close(&f);
	/* a town of the same sentence is more precise: it stays the place */
	fx_open(&f, "en", "An air strike on the town of Saraqib in north-west Syria killed five civilians.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);
	fx_open(&f, "ar", "قتل خمسة مدنيين بقصف مدفعي على مدينة سراقب في شمال غرب سوريا.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);
}

/*
 * A part of a country framed as an event's place locates nothing finer: a
 * sentence next to the event's in its paragraph that names a town places
 * it; with none, the part stays its place.
 */
static void test_places_country_part_neighbour(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Militants shot dead nine shepherds in eastern Syria, residents said. "
		 "The bodies were found near the town of Muhasan in Deir ez-Zor province.");
	assert_int_equal(f.d->nevents, 1);
	assert_non_null(pcand(&f.d->events[0], "x:syria_e", "country_part"));
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Muhasan");
	fx_close(&f);
	fx_open(&f, "ar", "قتل مسلحون تسعة رعاة بالرصاص في شرق سوريا. "
		 "وعثر على الجثث قرب بلدة موحسن في ريف دير الزور.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Muhasan");
	fx_close(&f);
	/* another paragraph: the part of the country stays */
	fx_open(&f, "en", "Militants shot dead nine shepherds in eastern Syria, residents said.\n\n"
		 "The town of Muhasan in Deir ez-Zor province held elections last year.");
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:syria_e");
	fx_close(&f);
}

/*
 * Camps of the displaced and of refugees are places of their own
 * (places-extra.tsv), with their camp word or by a name that is nothing
 * else ("Zamzam camp", "مخيم زمزم", "عين الحلوة"); a name that is also an
 * everyday word is the camp only with its camp word: "ماء زمزم", Zamzam
 * water, and "الشاطئ", the beach, name no camp.
 */
static void test_places_camps(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Paramilitary fighters shelled the Zamzam camp for displaced people on "
		 "Friday, killing 12 civilians, medics said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:zamzam_camp");
	fx_close(&f);
	fx_open(&f, "ar", "قتل 12 مدنيا في قصف على مخيم زمزم للنازحين يوم الجمعة، بحسب مصادر طبية.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:zamzam_camp");
	fx_close(&f);
	fx_open(&f, "en", "Fighting between rival factions in the Ain al-Hilweh camp near Sidon "
		 "killed two people on Tuesday, a security source said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:ain_hilweh");
	fx_close(&f);
	fx_open(&f, "ar", "قتل شخصان بغارة على مخيم الشاطئ غرب مدينة غزة صباح الأربعاء، بحسب الدفاع المدني.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->id, "x:shati_camp");
	fx_close(&f);
	/* the everyday words alone are no camp */
	fx_open(&f, "ar", "قتل شخصان بغارة قرب الشاطئ في مدينة غزة صباح الأربعاء، بحسب الدفاع المدني.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Gaza");
	fx_close(&f);
	fx_open(&f, "ar", "قتل ثلاثة أشخاص بقصف على سوق في مدينة الأبيض، ووزع متطوعون ماء زمزم على الجرحى.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_not_equal(fx_place(f.d->events[0].place)->id, "x:zamzam_camp");
	fx_close(&f);
}

/*
 * A place written onto a source's name, before a capitalised English one
 * or after an Arabic one as its genitive ("the Idlib Health Directorate",
 * "مديرية صحة درعا"), places the event only when its sentence names no
 * other place; a lower-case source after a place ("Saraqib health
 * officials"), a side after its actor ("قصفت قوات النظام") and a name
 * listed whole are not asked.
 */
static void test_places_source_name(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Two people were killed when a mortar shell hit a market in Saraqib on "
		 "Monday, the Idlib Health Directorate said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);
	fx_open(&f, "ar", "قالت مديرية صحة درعا إن ثلاثة أشخاص قتلوا بانفجار عبوة ناسفة في بلدة طفس.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
	/* with no other place, the name's place stays the event's */
	fx_open(&f, "en", "Two people were killed when a mortar shell hit a market on Monday, "
		 "the Idlib Health Directorate said.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Idlib");
	fx_close(&f);
	fx_open(&f, "ar", "قالت مديرية صحة درعا إن ثلاثة أشخاص قتلوا بانفجار عبوة ناسفة يوم الاثنين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Daraa");
	fx_close(&f);
	/* a lower-case source says where its speakers are: the town stays a place */
	fx_open(&f, "en", "A shell killed two people in Idlib province on Monday, Saraqib health "
		 "officials said.");
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Saraqib");
	fx_close(&f);
	fx_open(&f, "ar", "في ريف حماة، قصفت قوات النظام كفرنبودة بالمدفعية وقتلت ثلاثة مدنيين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Kafr Nabudah");
	fx_close(&f);
}

/*
 * A word of its kind before a name ("the town of X", "مدينة X") makes it a
 * place even where an outlet bears the name, and so does "and" after
 * another place; the outlet named alone, or before a reporting verb, is
 * none.  An adjective of nationality ("Iraqi forces") names no country:
 * a Syrian town named beside it stays a place.
 */
static void test_places_kind_word_and_adjective(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "A car bomb killed six people near the town of Mayadeen on Friday.");
	assert_string_equal(fx_sent_place(&f, 0), "lgn:19173");
	fx_close(&f);
	fx_open(&f, "en", "A car bomb killed six people on Friday, Al Mayadeen reported.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	/* after "and" and another place it is a place too, unless it reports */
	fx_open(&f, "en", "Jets struck depots in Albu Kamal and Al-Mayadeen on Friday, killing six.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Al Mayadin");
	fx_close(&f);
	fx_open(&f, "en", "Jets struck depots in Albu Kamal and Al Mayadeen said six were killed.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "Heavy fighting raged in the town of Kobani as Iraqi fighters arrived "
		 "to help its defenders, killing 12.");
	assert_string_not_equal(f.c.country, "IQ");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Ayn al Arab");
	fx_close(&f);
	fx_open(&f, "en", "Yemeni officials said an air strike killed 5 in the city of Marib.");
	assert_string_equal(f.c.country, "YE");
	fx_close(&f);
}

/* News spellings of places the gazetteer holds under another name. */
/* The name of a large city is a place wherever it is written ("الموصل"). */
static void test_places_large_city(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قتل رجل برصاص مسلحين في الموصل امس.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Mosul");
	fx_close(&f);
	fx_open(&f, "ar", "قتل رجل برصاص مسلحين في البصرة امس.");
	assert_string_equal(fx_place(f.c.si[0].place)->pcode, "IQ.02");
	fx_close(&f);
}

/* A subdistrict spelt like an everyday word is a place only after a locative word. */
static void test_places_everyday_word(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "وفي هذا الصدد قتل رجل برصاص مسلحين امس.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "قتل رجل برصاص مسلحين في بلدة صدد امس.");
	assert_int_equal(f.c.si[0].place >= 0, 1);
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Sadad");
	fx_close(&f);
}

/*
 * Sudan's towns by the Arabic names its news write (GeoNames lacks them); a
 * town spelt like an everyday word ("الأبيض", white: El Obeid; "الكوة", an
 * opening: Al Kawa) is a place only after a locative word.
 */
static void test_places_sudan_arabic(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قتل ثلاثة مدنيين في قصف مدفعي على الدلنج امس.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Dilling");
	assert_string_equal(fx_place(f.c.si[0].place)->pcode, "SD.50");
	fx_close(&f);
	fx_open(&f, "ar", "قتل رجلان باشتباك مسلح في كوستي امس.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "Kosti");
	fx_close(&f);
	fx_open(&f, "ar", "سقطت قذائف على مدينة الأبيض فقتلت امرأة.");
	assert_string_equal(fx_place(f.c.si[0].place)->name_en, "El Obeid");
	fx_close(&f);
	fx_open(&f, "ar", "دان البيت الأبيض الهجوم الذي قتل ستة اشخاص.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
	fx_open(&f, "ar", "اطلق مسلح النار من الكوة في الجدار فقتل رجلا.");
	assert_string_equal(fx_sent_place(&f, 0), "");
	fx_close(&f);
}

static void test_places_news_spellings(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shelling killed 4 civilians in Marea on Sunday.");
	assert_string_equal(fx_sent_place(&f, 0), "x:marea");
	assert_string_equal(fx_place(f.c.si[0].place)->pcode, "C1643");
	fx_close(&f);
	fx_open(&f, "en", "Fighters clashed in the Qalamoun mountains, killing 9.");
	assert_string_equal(fx_sent_place(&f, 0), "x:qalamoun");
	fx_close(&f);
	fx_open(&f, "ar", "قتل تسعة مسلحين في اشتباكات بجبال القلمون.");
	assert_string_equal(fx_sent_place(&f, 0), "x:qalamoun");
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_places_not_the_event),
		cmocka_unit_test(test_places_region),
		cmocka_unit_test(test_places_province_of),
		cmocka_unit_test(test_places_unknown_inside),
		cmocka_unit_test(test_places_inside),
		cmocka_unit_test(test_places_village_context),
		cmocka_unit_test(test_places_country),
		cmocka_unit_test(test_places_name_where_it_stands),
		cmocka_unit_test(test_places_one_identity),
		cmocka_unit_test(test_places_decision),
		cmocka_unit_test(test_places_seat_elsewhere),
		cmocka_unit_test(test_places_opening_area),
		cmocka_unit_test(test_places_dateline_country),
		cmocka_unit_test(test_places_title_line),
		cmocka_unit_test(test_places_neighbour_sentence),
		cmocka_unit_test(test_places_country_part),
		cmocka_unit_test(test_places_country_part_neighbour),
		cmocka_unit_test(test_places_camps),
		cmocka_unit_test(test_places_source_name),
		cmocka_unit_test(test_places_kind_word_and_adjective),
		cmocka_unit_test(test_places_news_spellings),
		cmocka_unit_test(test_places_large_city),
		cmocka_unit_test(test_places_everyday_word),
		cmocka_unit_test(test_places_sudan_arabic),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
