/*
 * test_framing3.c - the extraction stage of framing: events, their types,
 * and which sentences tell one happening (src/extract/framing.c), part 3 of
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

static void test_framing_frame_decision(void **state)
{
	struct fx f;

	(void)state;
	/*
	 * deaths of a cause that is no violence make no event: the figure is
	 * none (figures.c), and where an event forms, its frame is "none"
	 */
	fx_open(&f, "en", "Floods swept through Jasim on Monday and killed 12 people.");
	assert_int_equal(f.d->nevents, 0);
	if (f.d->nrejected)
		assert_string_equal(fx_chosen(&f.d->rejected[0]), "none");
	fx_close(&f);
	fx_open(&f, "en", "Floods swept through Jasim on Monday. Twelve people died in the village.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	fx_open(&f, "ar", "قتل 12 شخصا جراء الزلزال الذي ضرب بلدة جاسم يوم الإثنين.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* a cue acting on such a cause frames nothing */
	fx_open(&f, "ar", "تمكنت السلطات الصحية يوم الإثنين من السيطرة على وباء الكوليرا في بلدة جاسم.");
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	/* nor one such a cause does: "an earthquake struck", "سيول ضربت" */
	fx_open(&f, "en", "A powerful earthquake struck the town of Jasim on Monday, killing 12 people.");
	assert_int_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	fx_open(&f, "ar", "سيول جارفة ضربت بلدة جاسم يوم الإثنين وأدت إلى مقتل 12 شخصا.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);
	/*
	 * a happening named as a mark of time (an anniversary, years since
	 * it) frames nothing, and its toll makes no event of the report
	 */
	fx_no_event_told("en", "Residents of Jasim gathered on Monday to mark six years since a car bomb "
		      "killed 30 people at the market.");
	fx_no_event_told("ar", "أحيا أهالي بلدة جاسم يوم الإثنين ذكرى مجزرة السوق التي قتل فيها 30 شخصا.");
	fx_no_event_told("ar", "تجمع أهالي بلدة جاسم يوم الإثنين بعد مرور عامين على تفجير السوق الذي قتل "
		      "فيه 30 شخصا.");
	/* a passing that is no time's: "as a patrol passed" */
	fx_open(&f, "ar", "قتل جنديان يوم الإثنين لدى مرور دوريتهما فوق عبوة ناسفة في بلدة جاسم.");
	assert_int_not_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	/*
	 * a past attack a statement of today names by its date, the date
	 * further off in its clause, frames nothing, and its toll makes no
	 * event of the report
	 */
	fx_no_event_told("en", "The interior minister said on Monday that the bombing of the Jasim market "
		      "two years ago, which killed 12 people, had been planned abroad.");
	fx_no_event_told("ar", "قال وزير الداخلية يوم الإثنين إن تفجير سوق بلدة جاسم قبل عامين، والذي قتل "
		      "فيه 12 شخصا، خُطط له في الخارج.");
	/* the statement's own news is told */
	fx_open(&f, "en", "The interior minister said on Monday that a bomb at the Jasim market "
		 "killed 12 people on Sunday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* a cue of a sentence dated today is not another time's for a far date */
	fx_open(&f, "en", "Clashes broke out in Jasim on Monday near the base built in 2019, "
		 "killing 3 fighters.");
	assert_int_not_equal(f.c.si[0].trig, -1);
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* a span of days since the fighting began tells of the fighting itself */
	fx_open(&f, "en", "Four fighters have been killed in Jasim in the two days since clashes "
		 "broke out on Sunday.");
	assert_int_not_equal(f.c.si[0].trig, -1);
	fx_close(&f);
	/* an attack told beside the anniversary of another is still told */
	fx_open(&f, "ar", "قتل خمسة أشخاص بتفجير سيارة مفخخة في بلدة جاسم يوم الإثنين قبل أسبوع من "
		 "ذكرى تفجير السوق.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* a strike told after a flood, in a clause of its own, still counts */
	fx_open(&f, "en", "After the floods, an air strike hit the town of Jasim on Monday, killing 4 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* a report of floods: a later toll told without the cause is theirs too */
	fx_open(&f, "en", "Heavy rains and floods hit the province of Daraa on Monday. "
		 "Officials gave the death toll by town. "
		 "In Jasim, 12 people were injured.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* no such cause told, no "no event" reading */
	fx_open(&f, "en", "Clashes in Jasim on Monday killed 3 fighters.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_chosen(&f.d->events[0]), "Battles");
	assert_int_equal(f.d->events[0].nframes, 1);
	fx_close(&f);

	/* a bombardment that does not say from where gives way to a cue that does */
	fx_open(&f, "ar", "تعرضت بلدة جاسم يوم الإثنين لقصف بصواريخ أرض أرض أدى إلى مقتل أربعة مدنيين.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Explosions/Remote violence",
				"Shelling/artillery/missile attack"));
	assert_false(fx_has_reading(&f.d->events[0], "Explosions/Remote violence", NULL));
	assert_string_equal(f.d->events[0].sub_type, "Shelling/artillery/missile attack");
	fx_close(&f);

	/* force used with no protest named is no protest */
	fx_open(&f, "en", "Settlers attacked the village of Jasim on Monday and soldiers fired tear gas, "
		 "wounding 5 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Protests", "Protest with intervention"));
	assert_string_not_equal(f.d->events[0].event_type, "Protests");
	fx_close(&f);

	/* people killed in a raid: violence, not a strategic development */
	fx_open(&f, "en", "Security forces raided the town of Jasim on Monday; 3 people were killed "
		 "in the shooting.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Strategic developments", "Arrests"));
	assert_string_not_equal(f.d->events[0].event_type, "Strategic developments");
	fx_close(&f);

	/* a bomb, then gunfire: an ambush is a battle */
	fx_open(&f, "en", "A roadside bomb hit a police patrol near the town of Jasim on Monday, "
		 "followed by clashes with the gunmen; 4 policemen were killed.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "en", "A roadside bomb hit a police patrol near Jasim on Monday before gunmen "
		 "attacked the survivors with machine guns, killing 4 policemen.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "en", "A roadside bomb hit a police patrol near Jasim on Monday, killing 4 policemen.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/*
	 * a raid in which a fighter blew himself up is a battle, not a bombing:
	 * both are readings (frame.tsv holds battle_within at 0 for now)
	 */
	fx_open(&f, "en", "Commandos carried out an airborne raid on a farm near Jasim on Monday, "
		 "killing 3 militants. The farm belonged to a local commander of the group. "
		 "As the troops closed in, the commander blew himself up with an explosive belt.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Explosions/Remote violence", "Suicide bomb"));
	assert_true(fx_has_reading(&f.d->events[0], "Battles", "Armed clash"));
	fx_close(&f);
	fx_open(&f, "ar", "نفذت قوات خاصة يوم الإثنين عملية إنزال جوي على مزرعة قرب بلدة جاسم قتل فيها "
		 "ثلاثة مسلحين. وكانت المزرعة تعود لقيادي محلي في التنظيم. وفجر القيادي حزاما "
		 "ناسفا كان يرتديه لدى اقتراب الجنود.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Battles", "Armed clash"));
	fx_close(&f);
	/* the bomber alone, no fight: a suicide bombing */
	fx_open(&f, "en", "Two men blew themselves up at a crowded market in Jasim on Monday, "
		 "killing 6 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	assert_string_equal(f.d->events[0].sub_type, "Suicide bomb");
	fx_close(&f);
	/* a raid, then drones striking from afar: the strike stays a strike */
	fx_open(&f, "en", "Troops raided the outskirts of Jasim on Monday. Drones then struck a "
		 "house in the town, killing 4 militants.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(f.d->events[f.d->nevents - 1].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* gunmen storming a village are no riot; protesters storming a building are */
	fx_open(&f, "en", "Gunmen stormed the village of Jasim on Monday and killed 3 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_not_equal(f.d->events[0].event_type, "Riots");
	fx_close(&f);
	fx_open(&f, "en", "Angry protesters stormed the governor's office in Jasim on Monday and "
		 "set it on fire; 2 people were wounded.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Riots", "Violent demonstration"));
	fx_close(&f);

	/*
	 * two armed sides fighting it out, shells among their weapons: a battle;
	 * the same shells on the same side's positions with no fighting told
	 * stay a shelling
	 */
	fx_open(&f, "en", "Clashes broke out between the Syrian army and Islamic State fighters near "
		 "Jasim on Monday, and the army shelled their positions with artillery. The fierce "
		 "fighting killed 6 soldiers and 9 militants.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Explosions/Remote violence",
				"Shelling/artillery/missile attack"));
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "ar", "اندلعت اشتباكات عنيفة بين الجيش السوري وتنظيم داعش قرب بلدة جاسم يوم "
		 "الإثنين، وقصف الجيش مواقع التنظيم بالمدفعية. وأسفرت المعارك عن مقتل 6 جنود و9 "
		 "مسلحين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "en", "The Syrian army shelled Islamic State positions near Jasim on Monday with "
		 "artillery, killing 9 militants and 2 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	fx_open(&f, "ar", "قصف الجيش السوري بالمدفعية مواقع لتنظيم داعش قرب بلدة جاسم يوم الإثنين، ما "
		 "أسفر عن مقتل 9 مسلحين.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/*
	 * gunmen attacking unarmed people, civilians counted, no armed men and
	 * no explosion: violence against civilians; the same attack on soldiers
	 * is a battle
	 */
	fx_open(&f, "en", "Gunmen attacked a car on the road near Jasim on Monday, killing 3 "
		 "civilians, among them 2 children.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Battles", "Armed clash"));
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "ar", "هاجم مسلحون سيارة على الطريق قرب بلدة جاسم يوم الإثنين، ما أدى إلى مقتل 3 "
		 "مدنيين بينهم طفلان.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Violence against civilians");
	fx_close(&f);
	fx_open(&f, "en", "Gunmen attacked a checkpoint near Jasim on Monday, killing 3 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);

	/* explosives a raid dismantled or seized went off nowhere: the raid frames it */
	fx_open(&f, "en", "Troops raided a farm in Jasim on Monday and dismantled an explosives lab "
		 "holding dozens of roadside bombs; 2 gunmen were killed.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "ar", "اقتحمت القوات مزرعة في بلدة جاسم يوم الإثنين وفككت مختبرات للمتفجرات فيها "
		 "عشرات العبوات الناسفة، وقتل مسلحان.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	/* a bomb defused is a disrupted weapon, not a bombing */
	fx_open(&f, "en", "Engineers defused a roadside bomb planted near a school in Jasim on Monday.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Strategic developments");
	fx_close(&f);
	/* a bomb that went off is still a bombing */
	fx_open(&f, "en", "A roadside bomb exploded near a patrol in Jasim on Monday, killing "
		 "2 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	/*
	 * a suicide bomber arrested with his belt on: the belt never went off
	 * and proposes no suicide bombing; a belt that went off does
	 */
	fx_open(&f, "en", "Gunmen attacked an army checkpoint near Jasim on Monday, killing 3 "
		 "soldiers; troops arrested an attacker wearing a suicide belt.");
	assert_int_equal(f.d->nevents, 1);
	assert_false(fx_has_reading(&f.d->events[0], "Explosions/Remote violence", "Suicide bomb"));
	assert_string_not_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	fx_open(&f, "ar", "هاجم مسلحون حاجزا للجيش قرب بلدة جاسم يوم الإثنين ما أدى إلى مقتل 3 جنود، "
		 "وألقت القوات القبض على أحد المهاجمين كان يرتدي حزاما ناسفا.");
	assert_int_equal(f.d->nevents, 1);
	assert_false(fx_has_reading(&f.d->events[0], "Explosions/Remote violence", "Suicide bomb"));
	assert_string_not_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	fx_open(&f, "en", "A man wearing a suicide belt blew himself up at an army checkpoint near "
		 "Jasim on Monday, killing 3 soldiers.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Suicide bomb");
	fx_close(&f);

	/*
	 * a bomb, then an ambush on the soldiers it hit: a battle even when
	 * the bomb is told more often than the fighting
	 */
	fx_open(&f, "en", "A roadside bomb exploded under an army convoy near Jasim on Monday, "
		 "killing 4 soldiers. The blast was followed by an ambush by gunmen on the convoy, a "
		 "security source said, adding that the explosion destroyed 2 vehicles.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت عبوة ناسفة بقافلة للجيش قرب بلدة جاسم يوم الإثنين، ما أدى إلى مقتل 4 "
		 "جنود. وأعقب الانفجار كمين نصبه مسلحون للقافلة، بحسب مصدر أمني أضاف أن الانفجار دمر "
		 "آليتين.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(f.d->events[0].event_type, "Battles");
	fx_close(&f);

	/*
	 * a bomb that killed civilians near a front line: the fighting told
	 * with it is the place's setting, no ambush; the event is a bombing
	 */
	fx_open(&f, "en", "A car bomb exploded in the centre of Jasim on Monday, killing 7 civilians. "
		 "The blast hit a road near the front line, where fighting between the army and the "
		 "Islamic State goes on. The bombing was the third in the town this month, and the "
		 "explosion destroyed 3 shops.");
	assert_true(f.d->nevents >= 1);
	assert_true(fx_has_reading(&f.d->events[0], "Battles", "Armed clash"));
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);
	fx_open(&f, "ar", "انفجرت سيارة مفخخة وسط بلدة جاسم يوم الإثنين، ما أدى إلى مقتل 7 مدنيين. "
		 "ووقع الانفجار على طريق قرب خطوط التماس التي تشهد معارك بين الجيش وتنظيم داعش. "
		 "والتفجير هو الثالث في البلدة هذا الشهر.");
	assert_true(f.d->nevents >= 1);
	assert_string_equal(f.d->events[0].event_type, "Explosions/Remote violence");
	fx_close(&f);

	/* a protest's sub-type is what was done to it: every one is a reading */
	fx_open(&f, "en", "Hundreds of protesters marched in Jasim on Monday; security forces "
		 "fired tear gas and 2 protesters were killed.");
	assert_int_equal(f.d->nevents, 1);
	assert_true(fx_has_reading(&f.d->events[0], "Protests", "Peaceful protest"));
	assert_true(fx_has_reading(&f.d->events[0], "Protests", "Protest with intervention"));
	assert_true(fx_has_reading(&f.d->events[0], "Protests", "Excessive force against protesters"));
	fx_close(&f);

	/* protesters wounded, none killed: force used, not lethal force */
	fx_open(&f, "en", "Hundreds of protesters gathered in Jasim on Monday; police beat them with "
		 "batons and wounded 7 of them.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Protest with intervention");
	fx_close(&f);
	fx_open(&f, "ar", "تظاهر مئات الأشخاص في بلدة جاسم يوم الإثنين، وفرقتهم الشرطة بالهراوات ما أدى "
		 "إلى إصابة 7 منهم.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Protest with intervention");
	fx_close(&f);
	/* protesters killed: excessive force; nobody harmed: a peaceful protest */
	fx_open(&f, "en", "Hundreds of protesters gathered in Jasim on Monday; police fired on the "
		 "crowd and 2 protesters were killed.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Excessive force against protesters");
	fx_close(&f);
	fx_open(&f, "en", "Hundreds of protesters marched in Jasim on Monday, demanding the release "
		 "of detainees.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(f.d->events[0].sub_type, "Peaceful protest");
	fx_close(&f);
}

/* How many events of `d` are places of a wave. */
static size_t count_wave(const struct rasd_doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nevents; i++)
		n += d->events[i].wave;
	return n;
}

/*
 * The places of a wave named by what lies around them ("the outskirts of
 * X and the vicinity of Y", "محيط X وأطراف Y"): one event per town, and
 * the word around the second is no town the gazetteer does not know.
 */
static void test_framing_wave_outskirts(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Army artillery pounded the outskirts of Tafas and the vicinity of Nawa on Monday, killing a woman.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	assert_int_equal(f.d->events[1].nclaims, 0);
	fx_close(&f);
	fx_open(&f, "ar", "قصف الجيش بالمدفعية محيط بلدة طفس وأطراف مدينة نوى يوم الإثنين، ما أدى إلى مقتل امرأة.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
}

/*
 * An area given examples after a comma ("villages in southern Idlib, such
 * as X, Y", "towns in Idlib, including X", "قرى في ريف إدلب الجنوبي، منها
 * X وY", or with no comma before "including", "منها"): the area only locates its examples, one event per example, the
 * toll with the first.
 */
static void test_framing_wave_examples(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Troops shelled villages in western Daraa, such as Tafas and Nawa, killing a farmer.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	fx_open(&f, "en", "Troops shelled several towns in Daraa, including Tafas and Nawa, killing a farmer.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
	fx_open(&f, "ar", "قصف الجيش قرى في ريف درعا الغربي، منها طفس ونوى، ما أدى إلى مقتل مزارع.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
	/* no comma before the word of a subset */
	fx_open(&f, "en", "Troops shelled several towns in Daraa including Tafas and Nawa, killing a farmer.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	fx_open(&f, "ar", "قصف الجيش قرى في ريف درعا الغربي منها طفس ونوى، ما أدى إلى مقتل مزارع.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
}

/*
 * A place after the first one's kind and a preposition ("the Jobar area
 * of Damascus", "the Mezzeh area in Damascus city") only locates it: no
 * event of its own; a place listed after it still is one, whatever the
 * kind ("the Mezzeh district of Damascus and the town of Nawa").
 */
static void test_framing_wave_kind_of(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Shells hit the Jobar area of Damascus on Monday, killing 3 people.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jobar");
	fx_close(&f);
	fx_open(&f, "en", "Shells hit the Mezzeh area in Damascus city and the town of Nawa, killing 3 people.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Mezzeh");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	fx_open(&f, "ar", "سقطت قذائف على منطقة المزة في مدينة دمشق، ما أدى إلى مقتل 3 أشخاص.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* the list goes on past the place that only locates ("district", "suburb") */
	fx_open(&f, "en", "Shells hit the Mezzeh district of Damascus and the town of Nawa, killing 3 people.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Mezzeh");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	fx_open(&f, "en", "Jets struck the Jobar suburb of Damascus and the city of Homs on Monday.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Homs");
	fx_close(&f);
	/* "and the area of Nawa": a member of the list */
	assert_int_equal(fx_nevents("en", "Shells hit Tafas, and the area of Nawa, killing 3 people."), 2);
}

/*
 * The day the first place was hit, told before the list goes on ("hit
 * Tyre on Tuesday, as well as Sidon", "قصفت صور اليوم، إضافة إلى صيدا"),
 * does not end the wave: one event per place, the toll with the first.
 */
static void test_framing_wave_dated_first(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Blasts hit Tyre on Tuesday, as well as Sidon and Baalbek, killing 8 people.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tyre");
	assert_int_equal(f.d->events[0].nclaims, 1);
	assert_string_equal(fx_place(f.d->events[2].place)->name_en, "Baalbek");
	assert_int_equal(f.d->events[2].nclaims, 0);
	fx_close(&f);
	fx_open(&f, "ar", "قصفت الطائرات مدينة صور اليوم، إضافة إلى صيدا وبعلبك، ما أدى إلى مقتل 8 أشخاص.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Sidon");
	fx_close(&f);
	/* a day alone between two places joins nothing */
	assert_int_equal(fx_nevents("en", "Blasts hit Tyre on Tuesday as Sidon mourned, killing 8 people."), 1);
}

/*
 * A wave told as a list of lines: a sentence naming no place ends with a
 * colon, the places follow each on a line (bullets or numbers): one event
 * per place, the toll with the first; a line that says more ends the list.
 */
static void test_framing_wave_lines(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Army shelling on Monday struck these towns:\n- Tafas\n- Nawa\n- Jasim\nA woman and her son were killed, the monitor said.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_true(f.d->events[0].nclaims >= 1);   /* the toll goes with the first place */
	assert_int_equal(f.d->events[1].nclaims + f.d->events[2].nclaims, 0);
	assert_int_equal(count_wave(f.d), 2);
	fx_close(&f);
	fx_open(&f, "ar", "طال القصف المدفعي يوم الإثنين البلدات التالية:\n1. طفس\n2. مدينة نوى\nوقتلت امرأة وابنها.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Nawa");
	fx_close(&f);
	/* a line telling more than a place is no item: no wave */
	fx_open(&f, "en", "Army shelling on Monday struck these towns:\n- Tafas\nResidents of Nawa fled north.");
	assert_int_equal(count_wave(f.d), 0);
	fx_close(&f);
}

/*
 * An Arabic list set off by commas with a member the gazetteer does not
 * know ("طفس، تل الورود، نوى"): the member is an event at the area of its
 * neighbours; a word after a comma that runs on into the sentence
 * ("، المجاورة لبلدة") is no member.
 */
static void test_framing_wave_arabic_commas(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "ar", "قصفت قوات النظام بلدات طفس، تل الورود، نوى، ما أدى لمقتل مدني.");
	assert_int_equal(f.d->nevents, 3);
	assert_int_equal(count_wave(f.d), 2);
	fx_close(&f);
	fx_open(&f, "ar", "قصفت قوات النظام بلدة طفس، المجاورة لبلدة نوى، ما أدى لمقتل مدني.");
	assert_true(f.d->nevents <= 2);
	fx_close(&f);
	/* "Al-" written onto a known member is part of it, no member of its own */
	fx_open(&f, "en", "Government shelling hit Tafas, Al-Nawa and Jasim on Monday.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);
}

/*
 * Sites of one town hit in one attack ("the Mezzeh and Kafr Sousa
 * neighbourhoods of Damascus", "حيي المزة وكفرسوسة") are one event, not a
 * wave; sites of two towns are two.
 */
static void test_framing_wave_one_town(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Rockets fell on the Mezzeh and Kafr Sousa neighbourhoods of Damascus on Monday, "
		 "killing a man.");
	assert_int_equal(f.d->nevents, 1);
	assert_int_equal(count_wave(f.d), 0);
	fx_close(&f);
	fx_open(&f, "ar", "سقطت صواريخ على حيي المزة وكفرسوسة في دمشق يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "en", "Rockets fell on Mezzeh and Tafas on Monday.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
}

/* A wave of strikes on several towns is one event per town. */
static void test_framing_wave(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Government shelling hit Tafas, Jasim and Nawa on Monday, killing 3 civilians.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_int_equal(f.d->events[0].nclaims, 1);   /* the toll goes with the first place */
	assert_int_equal(f.d->events[1].nclaims + f.d->events[2].nclaims, 0);
	assert_int_equal(f.d->events[2].date.d, 11);
	fx_close(&f);

	fx_open(&f, "ar", "قصفت قوات النظام بلدات طفس وجاسم ونوى يوم الإثنين.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/* places that bound one event, or where people came from, are no wave */
	fx_open(&f, "en", "Heavy clashes broke out on the road between Tafas and Jasim on Monday, "
		 "killing 3 fighters.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	fx_open(&f, "ar", "قتل أربعة نازحين من طفس وجاسم بقصف على مخيم في بلدة نوى يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/*
	 * a member the gazetteer does not know does not break the list, and is
	 * an event of its own at the area holding its neighbours
	 */
	fx_open(&f, "ar", "قصفت قوات النظام يوم الإثنين قرى طفس ونوى ودير المجهول وجاسم.");
	assert_int_equal(f.d->nevents, 4);
	assert_true(rasdp_place_rank(fx_place(f.d->events[3].place)) < 5);
	fx_close(&f);

	fx_open(&f, "en", "Government shelling hit Tafas, Tell Mazbuta, Jasim and Nawa on Monday.");
	assert_int_equal(f.d->nevents, 4);
	assert_true(rasdp_place_rank(fx_place(f.d->events[3].place)) < 5);
	fx_close(&f);

	/* ... also right after the words naming the kind of the list's places */
	fx_open(&f, "en", "Protests broke out on Monday in Tafas and the towns of Tell Qarmoun, "
		 "Jasim and Nawa.");
	assert_int_equal(f.d->nevents, 4);
	assert_true(rasdp_place_rank(fx_place(f.d->events[3].place)) < 5);
	fx_close(&f);

	/* words of a place's kind between two members are no member */
	fx_open(&f, "ar", "قصفت قوات النظام يوم الإثنين بلدة طفس وأحياء سكنية وجاسم.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);

	/* the sentence's place named again at the head of the list */
	fx_open(&f, "en", "Reporters in Tafas said government shelling hit Tafas, Jasim and Nawa on Monday.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/*
	 * a town read as the subdistrict named after it holds no other town
	 * of the list, and the places of one wave are not merged
	 */
	fx_open(&f, "en", "Protests broke out on Friday in the towns of Atarib, Abyeen Samaan and "
		 "Kafr Takharim.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/* a capitalised word not after a comma still ends the list */
	fx_open(&f, "en", "Government shelling hit Tafas on Monday as Jasim Khalil told Nawa Radio.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/* Beirut's southern suburbs are a place of their own (places-extra.tsv) */
	fx_open(&f, "ar", "انفجرت يوم الإثنين عبوات في الضاحية الجنوبية لبيروت والبقاع وجنوب لبنان.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Dahiyeh");
	fx_close(&f);

	fx_open(&f, "ar", "قتل أربعة مدنيين بقصف على مخيم في بلدة نوى يوم الإثنين يأوي نازحين من "
		 "مناطق عدة من طفس وجاسم.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/* "في كل من": each of, no origin */
	fx_open(&f, "ar", "قتل خمسة مدنيين برصاص قوات النظام يوم الإثنين في كل من طفس وجاسم ونوى.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/* where marches set off from is where they were */
	fx_open(&f, "ar", "انطلقت المظاهرات يوم الإثنين من مدينة طفس وبلدات جاسم ونوى.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);

	/* words naming the next place's kind, or carrying the list on, join it */
	fx_open(&f, "en", "Protesters marched on Monday in Tafas and the towns of Jasim, Inkhil, "
		 "al-Dael and Nawa.");
	assert_int_equal(f.d->nevents, 5);
	fx_close(&f);

	fx_open(&f, "ar", "قصفت الطائرات الحربية بلدتي طفس وداعل ومدينة جاسم يوم الإثنين، ما أدى "
		 "إلى مقتل ستة مدنيين.");
	assert_int_equal(f.d->nevents, 3);
	assert_int_equal(fx_nclaims(f.d), 1);
	fx_close(&f);

	/* "in addition to", "as well as in": the list goes on */
	fx_open(&f, "ar", "خرجت مظاهرات يوم الإثنين في طفس وجاسم، إضافة إلى مدينتي نوى وداعل.");
	assert_int_equal(f.d->nevents, 4);
	fx_close(&f);
	fx_open(&f, "en", "Protests took place on Monday in Tafas and Jasim, as well as in Nawa and "
		 "al-Dael.");
	assert_int_equal(f.d->nevents, 4);
	fx_close(&f);

	/* the list goes on after an aside, when a word carries it on */
	fx_open(&f, "ar", "خرجت مظاهرات يوم الإثنين في طفس وجاسم ومخيمات عدة في ريف درعا، "
		 "إضافة إلى مدينتي نوى وداعل.");
	assert_int_equal(f.d->nevents, 4);
	fx_close(&f);
	fx_open(&f, "en", "Protests took place on Monday in Tafas and Jasim and in several camps "
		 "nearby, as well as in Nawa and al-Dael.");
	assert_int_equal(f.d->nevents, 4);
	fx_close(&f);
	/* an aside that opens a clause of its own ends the list */
	fx_open(&f, "en", "Protests took place on Monday in Tafas and Jasim while strikes hit "
		 "camps nearby, as well as Nawa and al-Dael.");
	assert_true(f.d->nevents < 4 || f.d->events[2].wave == 0);
	fx_close(&f);
	/* with no word carrying the list on, the aside ends it */
	fx_open(&f, "ar", "خرجت مظاهرات يوم الإثنين في طفس وجاسم ومخيمات عدة في ريف درعا، "
		 "وقال ناشطون في نوى إن الأمن اعتقل شابا.");
	assert_int_equal(count_wave(f.d), 1);
	fx_close(&f);

	/* a place that holds the others only locates them */
	fx_open(&f, "en", "On Monday, protests spread across Daraa province and the towns of "
		 "Tafas and Jasim.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Jasim");
	fx_close(&f);

	/* ... also named before the words of its places' kind ("the Daraa towns of") */
	fx_open(&f, "en", "On Monday, gunmen beat protesters in the Daraa towns of Tafas and "
		 "Jasim.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Jasim");
	fx_close(&f);
	fx_open(&f, "en", "Protests broke out on Monday in the Daraa cities of Nawa, Jasim and "
		 "Tafas.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);
	/* an area after a town's kind words only places the town: no list */
	fx_open(&f, "en", "Shelling hit the Daraa town of Jasim on Monday, killing 2 civilians.");
	assert_int_equal(f.d->nevents, 1);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	fx_close(&f);
	/* a town before another's kind words holds none of it: two sentences' worth */
	fx_open(&f, "en", "Reporters from Tafas said shelling hit the town of Jasim on Monday.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	fx_open(&f, "en", "Shelling hit Jasim, Daraa, on Monday, killing 2 civilians.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/*
	 * after "and", a governorate's seat named bare is a peer of the town
	 * before it, not where that town is; "X province", "محافظة X" stay
	 * the area
	 */
	fx_open(&f, "en", "Rockets fell on Nawa and Daraa on Monday, killing 2 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Nawa");
	assert_int_equal(f.d->events[1].nclaims, 0);
	fx_close(&f);
	fx_open(&f, "ar", "سقطت صواريخ على نوى ودرعا يوم الإثنين، ما أدى إلى مقتل مدنيين اثنين.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);
	fx_open(&f, "en", "Rockets fell on Nawa and Daraa province on Monday, killing 2 civilians.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	fx_open(&f, "ar", "سقطت صواريخ على نوى ومحافظة درعا يوم الإثنين، ما أدى إلى مقتل مدنيين اثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);
	/* a city named like its governorate, before another town, is one of the list */
	fx_open(&f, "en", "Air strikes hit Deir ez-Zor city and the town of al-Mayadin on Monday, "
		 "killing 4 people.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);

	/* a town is not the other villages of the subdistrict named after it */
	fx_open(&f, "ar", "قصفت قوات النظام يوم الإثنين مدينة جاسم وبلدة نمر، ما أدى إلى مقتل "
		 "ثلاثة مدنيين.");
	assert_int_equal(f.d->nevents, 2);
	fx_close(&f);

	/* a place's kind with "in" places the name before it: no list */
	fx_open(&f, "ar", "قتل مدنيان بغارة على قرية بليون بمنطقة جبل الزاوية يوم الإثنين.");
	assert_int_equal(f.d->nevents, 1);
	fx_close(&f);

	/*
	 * a place of the wave is the happening the first place's figure tells
	 * of, even with a cue too weak for an event of its own
	 */
	fx_open(&f, "ar", "قتل مدني في اعتداءات شنها مسلحون على قرى طفس وجاسم ونوى يوم الإثنين.");
	assert_int_equal(f.d->nevents, 3);
	fx_close(&f);
	fx_open(&f, "ar", "شن مسلحون اعتداءات على قرى طفس وجاسم ونوى يوم الإثنين.");
	assert_int_equal(f.d->nevents, 0);
	fx_close(&f);

	/* the list's preposition said again ("and in"), a comma before "and" */
	fx_open(&f, "en", "Demonstrators rallied on Friday in Tafas and Jasim and in Nawa.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[2].place)->name_en, "Nawa");
	fx_close(&f);
	assert_int_equal(fx_nevents("ar", "خرج متظاهرون يوم الجمعة في طفس وجاسم وفي نوى."), 3);
	/* not a preposition of time: "after" does not carry the list on */
	assert_true(fx_nevents("en", "Demonstrators rallied on Friday in Tafas and after the prayers "
			       "in Jasim.") < 3);

	/*
	 * the city named like its governorate, named a city, is a place of the
	 * list; after a town without a kind, the name only locates it
	 */
	assert_int_equal(fx_nevents("en", "Demonstrators rallied on Friday in Tafas and Jasim, and in the "
					"city of Daraa."), 3);
	assert_int_equal(fx_nevents("ar", "خرج متظاهرون يوم الجمعة في بلدتي طفس وجاسم ومدينة درعا."), 3);
	assert_int_equal(fx_nevents("en", "Shelling hit Jasim, Daraa, on Monday, killing 2."), 1);
}

/* The report's main event first: the lead's, unless a later one carries the figures. */
static void test_framing_main_first(void **state)
{
	struct fx f;

	(void)state;
	fx_open(&f, "en", "Government shelling hit Tafas on Monday.\n\n"
		 "An air strike on Jasim on Monday killed 5 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Jasim");
	assert_string_equal(fx_place(f.d->events[1].place)->name_en, "Tafas");
	fx_close(&f);

	/* a lead with a figure stays first, whatever the later tolls */
	fx_open(&f, "en", "Government shelling on Tafas killed 2 civilians on Monday.\n\n"
		 "An air strike on Jasim on Monday killed 5 civilians.");
	assert_int_equal(f.d->nevents, 2);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);

	/* a place of a wave stays behind the place its sentence names first */
	fx_open(&f, "en", "Government shelling hit Tafas, Jasim and Nawa on Monday, killing 3 "
		 "civilians.");
	assert_int_equal(f.d->nevents, 3);
	assert_string_equal(fx_place(f.d->events[0].place)->name_en, "Tafas");
	fx_close(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_framing_frame_decision),
		cmocka_unit_test(test_framing_wave),
		cmocka_unit_test(test_framing_wave_outskirts),
		cmocka_unit_test(test_framing_wave_lines),
		cmocka_unit_test(test_framing_wave_examples),
		cmocka_unit_test(test_framing_wave_dated_first),
		cmocka_unit_test(test_framing_wave_kind_of),
		cmocka_unit_test(test_framing_wave_arabic_commas),
		cmocka_unit_test(test_framing_wave_one_town),
		cmocka_unit_test(test_framing_main_first),
	};

	return cmocka_run_group_tests(tests, fx_setup, NULL);
}
